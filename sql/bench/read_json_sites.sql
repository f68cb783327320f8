-- make bench's comparison: the sites of each study, unnested (each location as JSON, then its
-- fields: from_json into a list of structs runs out of memory on a study of 12,000 sites).
create table sites as
with located as (
    select
        p ->> '$.identificationModule.nctId' as nct_id,
        unnest(json_extract(p, '$.contactsLocationsModule.locations[*]')) as site
    from studies
)

select
    nct_id,
    site ->> 'facility' as facility,
    site ->> 'city' as city,
    site ->> 'state' as state,
    site ->> 'country' as country,
    site ->> 'status' as site_status
from located;
