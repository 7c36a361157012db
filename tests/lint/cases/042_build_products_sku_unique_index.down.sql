-- shale:no-transaction
DROP INDEX CONCURRENTLY products_organization_sku_idx;
