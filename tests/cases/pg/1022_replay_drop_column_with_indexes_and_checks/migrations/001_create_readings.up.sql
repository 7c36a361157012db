CREATE TABLE readings (
    id integer PRIMARY KEY,
    a integer NOT NULL CHECK (a > 0),
    b integer NOT NULL,
    note text,
    CONSTRAINT readings_a_below_b CHECK (a < b),
    CONSTRAINT readings_b_a_key UNIQUE (b, a)
);

CREATE INDEX readings_a_idx ON readings (a);
CREATE INDEX readings_note_a_idx ON readings (note) WHERE a > 10;
CREATE INDEX readings_b_idx ON readings (b);

INSERT INTO readings VALUES (1, 1, 2, 'x'), (2, 20, 30, NULL);
