-- {{description}}
-- {{key_note}}
-- {{generated}}
create table if not exists {{table}} (
{{columns}}
);
