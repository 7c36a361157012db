CREATE TABLE places (
    id integer PRIMARY KEY,
    location point,
    bounds box
);

CREATE INDEX places_location_gist ON places USING gist (location);
CREATE INDEX places_bounds_gist ON places USING gist (bounds);
