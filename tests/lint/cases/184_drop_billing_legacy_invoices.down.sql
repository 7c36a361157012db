-- shale:irreversible
CREATE TABLE billing.legacy_invoices (id bigint PRIMARY KEY, data jsonb NOT NULL);
