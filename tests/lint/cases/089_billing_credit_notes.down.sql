DROP TABLE billing.credit_notes;
