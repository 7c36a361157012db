CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');
