CREATE TABLE devices (id integer PRIMARY KEY, serial text, vendor text, retired boolean NOT NULL DEFAULT false);
CREATE UNIQUE INDEX devices_serial ON devices (serial);
CREATE UNIQUE INDEX devices_vendor_serial ON devices (vendor, serial) INCLUDE (id) NULLS NOT DISTINCT;
