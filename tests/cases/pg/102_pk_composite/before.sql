CREATE TABLE memberships (
    group_id integer NOT NULL,
    user_id integer NOT NULL,
    role text
);
