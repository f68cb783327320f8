-- AACT's brief_summaries: the trial's brief summary.
-- grain: one row per trial with a description module
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number (NCT00012345 is 12345), one row per trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column description: AACT: the brief summary, as the record gives it. Here: trials.brief_summary, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.brief_summaries as
select
    substr(t.nct_id, 4)::bigint as id,
    t.nct_id,
    coalesce(w_t.brief_summary, t.brief_summary) as description
from main.trials as t
left join (
    select
        nct_id,
        max(written) filter (where column_name = 'brief_summary') as brief_summary
    from main.text_as_written
    where table_name = 'trials'
    group by nct_id
) as w_t on w_t.nct_id = t.nct_id
where t.brief_summary is not null or t.detailed_description is not null;
