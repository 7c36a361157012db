CREATE TABLE "Metrics" (
    "MetricId" integer PRIMARY KEY,
    "Value" double precision NOT NULL DEFAULT 0
);
