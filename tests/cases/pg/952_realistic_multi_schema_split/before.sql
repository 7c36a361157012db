CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email text NOT NULL
);

CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    amount numeric(12,2) NOT NULL
);
