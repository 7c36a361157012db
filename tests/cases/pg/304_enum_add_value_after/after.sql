CREATE TYPE order_status AS ENUM ('new', 'paid', 'packed', 'shipped');
