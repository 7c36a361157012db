CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    category TEXT,
    published_at TEXT
);

CREATE INDEX posts_category_idx ON posts (category);
CREATE INDEX posts_published_at_idx ON posts (published_at);
