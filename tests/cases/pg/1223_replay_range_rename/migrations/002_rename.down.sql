ALTER TYPE weight_span RENAME TO floatrange;
