-- Every version of {{table}}: {{description}} A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- {{generated}}
create table if not exists history.{{table}} (
{{columns}},
    valid_from date,
    valid_to date
);
