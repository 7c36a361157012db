CREATE TYPE order_status AS ENUM ('draft', 'new', 'paid', 'shipped');
