CREATE SCHEMA counters;
