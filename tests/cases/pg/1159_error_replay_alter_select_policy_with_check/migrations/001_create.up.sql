CREATE TABLE reports (
    id integer PRIMARY KEY,
    author text NOT NULL
);
CREATE POLICY reports_read ON reports FOR SELECT USING (author = current_user);
