ALTER TYPE shipment_state RENAME VALUE 'in_transit' TO 'shipped';
-- shale:ignore enum-value-removed leftover copy from migration 088, no column uses it
DROP TYPE shipment_state_old;
DROP TYPE carrier_code_old;
