-- shale:no-transaction
CREATE UNIQUE INDEX CONCURRENTLY products_organization_sku_idx ON products (organization_id, sku);
