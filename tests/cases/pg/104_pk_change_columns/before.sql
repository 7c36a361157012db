CREATE TABLE memberships (
    id integer NOT NULL,
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);
