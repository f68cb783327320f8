-- main.result_groups as the registry gave it on the session's date, for a report or query run --as-of:
-- the rows of history.result_groups (the session's, up to that date) that still held then.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view main.result_groups as
select * exclude (valid_from, valid_to)
from history.result_groups
where valid_to is null;
