-- main.reference_retractions as the registry gave it on the session's date, for a report or query run --as-of:
-- the rows of history.reference_retractions (the session's, up to that date) that still held then.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view main.reference_retractions as
select * exclude (valid_from, valid_to)
from history.reference_retractions
where valid_to is null;
