-- One row per trial: the trial at the centre of the star schema.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.trials as
select * replace (enrollment::bigint as enrollment)
from main.trials;
