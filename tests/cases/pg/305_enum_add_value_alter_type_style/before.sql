CREATE TYPE priority AS ENUM ('low', 'high');
