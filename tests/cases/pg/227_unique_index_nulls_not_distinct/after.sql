CREATE TABLE devices (id integer PRIMARY KEY, serial text, vendor text, retired boolean NOT NULL DEFAULT false);
-- NULLS DISTINCT ↔ NULLS NOT DISTINCT is a change of the index.
CREATE UNIQUE INDEX devices_serial ON devices (serial) NULLS NOT DISTINCT WHERE NOT retired;
CREATE UNIQUE INDEX devices_vendor_serial ON devices (vendor, serial) INCLUDE (id);
