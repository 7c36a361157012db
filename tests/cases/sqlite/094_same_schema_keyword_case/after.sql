create table orders (
    id INTEGER primary key autoincrement,
    user_id INTEGER not null,
    total NUMERIC not null default 0,
    unique (user_id, id)
);

create unique index orders_user_total_idx on orders (user_id, total desc);
