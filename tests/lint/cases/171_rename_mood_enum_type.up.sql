ALTER TYPE mood RENAME TO customer_mood;
