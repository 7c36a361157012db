INSERT INTO plans (code, name, monthly_price_cents, max_seats) VALUES
  ('free', 'Free', 0, 3),
  ('team', 'Team', 2900, 25),
  ('business', 'Business', 9900, 250)
ON CONFLICT (code) DO NOTHING;
