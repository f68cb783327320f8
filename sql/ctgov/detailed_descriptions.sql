-- AACT's detailed_descriptions: the trial's detailed description (NULL when the record has a brief summary only, as in AACT).
-- grain: one row per trial with a description module
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number (NCT00012345 is 12345), one row per trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column description: AACT: the detailed description, as the record gives it. Here: trials.detailed_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.detailed_descriptions as
select
    substr(t.nct_id, 4)::bigint as id,
    t.nct_id,
    coalesce(w_t.detailed_description, t.detailed_description) as description
from main.trials as t
left join (
    select
        nct_id,
        max(written) filter (where column_name = 'detailed_description') as detailed_description
    from main.text_as_written
    where table_name = 'trials'
    group by nct_id
) as w_t on w_t.nct_id = t.nct_id
where t.brief_summary is not null or t.detailed_description is not null;
