create table "group" ("id" integer primary key, "name" text not null);
create table "memberships" (
  "group_id" integer not null references "group" ("id"),
  "user_id" integer not null,
  "role" text not null default 'member',
  primary key ("group_id", "user_id")
) without rowid;
