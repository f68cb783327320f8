-- AACT's links: web sites the record points to.
-- grain: one row per link
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column url: AACT: the address. Here: links.url.
-- column description: AACT: what it is. Here: links.label, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.links as
select
    substr(l.nct_id, 4)::bigint * 1000000000 + l.ordinal as id,
    l.nct_id,
    l.url,
    coalesce(w_l.label, l.label) as description
from main.links as l
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'label') as label
    from main.text_as_written
    where table_name = 'links'
    group by nct_id, row_ordinal
) as w_l on w_l.nct_id = l.nct_id and w_l.row_ordinal = l.ordinal;
