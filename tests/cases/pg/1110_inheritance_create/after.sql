CREATE TABLE base (id bigint PRIMARY KEY);
CREATE TABLE items (
    id bigint NOT NULL DEFAULT 0,
    label text,
    CONSTRAINT items_id_check CHECK (id >= 0)
);
CREATE TABLE audited (changed_at timestamp DEFAULT now());
-- Two parents; its own column, key, check and index; the parents' columns and checks are theirs.
CREATE TABLE books (
    isbn text NOT NULL,
    CHECK (length(isbn) > 0),
    PRIMARY KEY (isbn)
) INHERITS (items, audited);
CREATE INDEX books_label ON books (label);
CREATE TABLE ebooks (url text) INHERITS (books);
CREATE VIEW book_labels AS SELECT label, isbn FROM books;
COMMENT ON TABLE ebooks IS 'a grandchild';
