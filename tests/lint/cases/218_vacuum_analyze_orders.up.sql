-- shale:no-transaction
VACUUM (ANALYZE) orders;
