-- One row per keyword the sponsor gave a trial; JSON and API sources only.
create or replace view bi.keywords as
select * replace (ordinal::bigint as ordinal)
from main.keywords;
