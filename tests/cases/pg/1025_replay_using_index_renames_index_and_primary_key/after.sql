CREATE TABLE tokens (
    id integer NOT NULL,
    token text NOT NULL,
    CONSTRAINT tokens_pkey PRIMARY KEY (id),
    CONSTRAINT tokens_token_key UNIQUE (token)
);
