-- CASCADE drops both views that read parents and the foreign key of children
-- (children itself stays)
DROP TABLE parents CASCADE;
