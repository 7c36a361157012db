-- a SELECT policy reads rows: it has nothing to check
ALTER POLICY reports_read ON reports WITH CHECK (author = current_user);
