CREATE TABLE "Metrics" (
    "MetricId" integer PRIMARY KEY,
    "Value" real
);
