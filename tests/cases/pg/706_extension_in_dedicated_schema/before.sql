CREATE SCHEMA extensions;
