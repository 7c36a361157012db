DROP TYPE invoice_status_old;
