-- One row per keyword the sponsor gave a trial; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.keywords as
select * replace (ordinal::bigint as ordinal)
from main.keywords;
