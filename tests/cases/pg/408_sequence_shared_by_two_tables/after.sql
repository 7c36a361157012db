CREATE SEQUENCE global_id_seq;

CREATE TABLE a (
    id bigint PRIMARY KEY DEFAULT nextval('global_id_seq')
);

CREATE TABLE b (
    id bigint PRIMARY KEY DEFAULT nextval('global_id_seq')
);
