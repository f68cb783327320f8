-- One row per trial the registry suggests as related.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.related_trials as
select * replace (ordinal::bigint as ordinal)
from main.related_trials;
