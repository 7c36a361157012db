-- shale:irreversible
SELECT 1;
