-- PostgreSQL cannot remove an enum value; 'refunded' stays.
SELECT 1;
