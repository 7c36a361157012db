CREATE SCHEMA hr;

CREATE TABLE hr.employees (
    id integer PRIMARY KEY,
    salary numeric(10,2)
);

COMMENT ON TABLE hr.employees IS 'Employees';
COMMENT ON COLUMN hr.employees.salary IS 'Gross yearly salary in EUR';
