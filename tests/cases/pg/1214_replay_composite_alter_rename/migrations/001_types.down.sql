DROP FUNCTION geo.dx(geo.segment);
DROP TABLE geo.routes;
DROP TYPE geo.segment;
DROP TYPE geo.point2;
DROP SCHEMA geo;
