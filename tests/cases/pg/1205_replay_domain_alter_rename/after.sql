-- The NOT VALID check is validated by the plan.
CREATE DOMAIN quantity AS integer DEFAULT 2 NOT NULL
    CONSTRAINT quantity_positive CHECK (VALUE > 0)
    CONSTRAINT quantity_small CHECK (VALUE < 100)
    CONSTRAINT quantity_not_13 CHECK (VALUE <> 13);

COMMENT ON DOMAIN quantity IS 'how many';

CREATE TABLE items (
    id integer PRIMARY KEY,
    qty quantity
);
