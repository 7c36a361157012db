CREATE TABLE other (
    id integer PRIMARY KEY
);

CREATE TABLE serials (
    a serial PRIMARY KEY,
    b bigserial,
    c smallserial,
    d serial4,
    e serial8
);
