CREATE TABLE addresses (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  line1 text NOT NULL,
  line2 text,
  city text NOT NULL,
  region text,
  postal_code text,
  country_code char(2) NOT NULL
);

CREATE INDEX addresses_customer_id_idx ON addresses (customer_id);
CREATE INDEX customers_name_idx ON customers (name);
