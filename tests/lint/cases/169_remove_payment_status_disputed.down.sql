-- shale:irreversible
ALTER TYPE payment_status ADD VALUE 'disputed';
