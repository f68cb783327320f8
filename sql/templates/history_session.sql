-- main.{{table}} as the registry gave it on the session's date, for a report or query run --as-of:
-- the rows of history.{{table}} (the session's, up to that date) that still held then.
-- {{generated}}
create or replace view main.{{table}} as
select * exclude (valid_from, valid_to)
from history.{{table}}
where valid_to is null;
