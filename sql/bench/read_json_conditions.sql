-- make bench's comparison: the conditions of each study, unnested.
create table conditions as
select
    p ->> '$.identificationModule.nctId' as nct_id,
    unnest(from_json(p -> '$.conditionsModule.conditions', '["VARCHAR"]')) as condition
from studies;
