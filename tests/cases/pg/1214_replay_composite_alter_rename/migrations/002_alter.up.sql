ALTER TYPE geo.point2 ADD ATTRIBUTE label text, DROP ATTRIBUTE IF EXISTS nothing;
ALTER TYPE geo.point2 RENAME ATTRIBUTE label TO name;
ALTER TYPE geo.point2 RENAME TO vertex;
COMMENT ON TYPE geo.vertex IS 'a point with a name';
