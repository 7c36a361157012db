ALTER TYPE customer_mood RENAME TO mood;
