SELECT id, team_id, assignee FROM tasks ORDER BY id;
SELECT team_id, username FROM members ORDER BY 1, 2;
