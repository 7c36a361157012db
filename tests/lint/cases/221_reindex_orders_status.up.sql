REINDEX INDEX orders_status_idx;
REINDEX TABLE orders;
