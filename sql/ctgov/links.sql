-- AACT's links: web sites the record points to.
-- grain: one row per link
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column url: AACT: the address. Here: links.url.
-- column description: AACT: what it is. Here: links.label.
create or replace view ctgov.links as
select
    substr(l.nct_id, 4)::bigint * 1000000000 + l.ordinal as id,
    l.nct_id,
    l.url,
    l.label as description
from main.links as l;
