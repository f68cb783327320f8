-- history.result_denoms as it stood on the session's date (the variable as_of), for a report or query
-- run --as-of: the versions last updated on or before it, a row still holding then open-ended.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view history.result_denoms as
select * replace (case when valid_to <= getvariable('as_of') then valid_to end as valid_to)
from warehouse.history.result_denoms
where coalesce(valid_from, '-infinity'::date) <= getvariable('as_of');
