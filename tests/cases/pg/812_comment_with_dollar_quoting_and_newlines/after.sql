CREATE TABLE docs (
    id integer PRIMARY KEY
);

COMMENT ON TABLE docs IS $c$Multi-line comment:
line two with 'single quotes'
line three$c$;
