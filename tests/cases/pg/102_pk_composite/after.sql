CREATE TABLE memberships (
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    role text,
    PRIMARY KEY (group_id, user_id)
);
