SET lock_timeout = '5s';
ALTER TABLE guest_carts
  ADD COLUMN id uuid DEFAULT gen_random_uuid(),
  ADD PRIMARY KEY (id);
