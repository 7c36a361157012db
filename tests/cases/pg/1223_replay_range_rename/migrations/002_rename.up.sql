-- The multirange keeps its name (floatmultirange).
ALTER TYPE floatrange RENAME TO weight_span;
