-- shale:renamed-from customer
CREATE TABLE clients (
    id integer PRIMARY KEY,
    name text NOT NULL,
    -- shale:renamed-from note
    remark text
);
GRANT SELECT ON clients TO app_read;
GRANT UPDATE (remark) ON clients TO app_write;
