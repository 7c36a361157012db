CREATE TABLE chat_messages (
  id uuid DEFAULT public.gen_random_uuid() NOT NULL PRIMARY KEY,
  room_id bigint NOT NULL,
  sender_id bigint NOT NULL,
  body text NOT NULL,
  sent_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX chat_messages_room_id_sent_at_idx ON chat_messages (room_id, sent_at);
