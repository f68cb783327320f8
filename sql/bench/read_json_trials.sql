-- make bench's comparison: one row per study, a few of its fields.
create table trials as
select
    p ->> '$.identificationModule.nctId' as nct_id,
    p ->> '$.identificationModule.briefTitle' as title,
    p ->> '$.statusModule.overallStatus' as overall_status,
    (p ->> '$.designModule.enrollmentInfo.count')::integer as enrollment,
    p ->> '$.statusModule.lastUpdatePostDateStruct.date' as last_updated
from studies;
