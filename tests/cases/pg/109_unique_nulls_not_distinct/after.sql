CREATE TABLE devices (
    id integer PRIMARY KEY,
    serial text,
    vendor text,
    CONSTRAINT devices_vendor_serial_key UNIQUE NULLS NOT DISTINCT (vendor, serial)
);
