-- One row per retraction of a publication a trial cites; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.reference_retractions as
select * replace (ordinal::bigint as ordinal, reference_ordinal::bigint as reference_ordinal)
from main.reference_retractions;
