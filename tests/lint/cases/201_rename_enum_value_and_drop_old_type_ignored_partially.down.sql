CREATE TYPE carrier_code_old AS ENUM ('ups', 'fedex', 'dhl');
CREATE TYPE shipment_state_old AS ENUM ('pending', 'in_transit', 'delivered');
ALTER TYPE shipment_state RENAME VALUE 'shipped' TO 'in_transit';
