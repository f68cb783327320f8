-- One row per MeSH browse leaf the registry derived for a trial's conditions or interventions, with its relevance; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.browse_leaves as
select * replace (ordinal::bigint as ordinal)
from main.browse_leaves;
