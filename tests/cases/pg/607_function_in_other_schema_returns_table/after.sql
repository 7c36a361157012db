CREATE SCHEMA util;

CREATE TABLE users (
    id integer PRIMARY KEY,
    email text
);

CREATE FUNCTION util.users_by_domain(domain text)
RETURNS TABLE (id integer, email text)
LANGUAGE sql STABLE
AS $$
    SELECT u.id, u.email FROM public.users u WHERE u.email LIKE '%@' || domain
$$;
