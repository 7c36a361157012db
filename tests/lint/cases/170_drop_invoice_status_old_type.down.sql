CREATE TYPE invoice_status_old AS ENUM ('draft', 'open', 'paid', 'void', 'uncollectible');
