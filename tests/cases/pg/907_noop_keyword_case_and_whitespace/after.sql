create   table USERS(ID Integer primary key,
  Email TEXT not null default '',     created_at   TIMESTAMPTZ
      default NOW()
);



create index USERS_EMAIL_IDX
  on Users(EMAIL) ;
