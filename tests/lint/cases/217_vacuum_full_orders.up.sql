-- shale:no-transaction
VACUUM FULL orders;
