CREATE TABLE audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    msg text
);

CREATE PROCEDURE write_audit(m text)
LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO audit (msg) VALUES (m);
END;
$$;
