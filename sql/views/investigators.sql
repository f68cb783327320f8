-- One row per overall official of a trial.
create or replace view bi.investigators as
select * replace (ordinal::bigint as ordinal)
from main.investigators;
