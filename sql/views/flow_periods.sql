-- One row per period of a trial's participant flow; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column flow_periods_key: Single-column key of this row (nct_id:ordinal): the rows that name it carry the same flow_periods_key.
create or replace view bi.flow_periods as
select
    * replace (ordinal::bigint as ordinal),
    nct_id || ':' || ordinal as flow_periods_key
from main.flow_periods;
