-- AACT's result_groups: the groups (arms) of every results module: Participant Flow, Baseline, Outcome (one set per outcome) and Reported Event.
-- grain: one row per group of a results module
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column ctgov_group_code: AACT: the group's code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.
-- column result_type: AACT: Participant Flow, Baseline, Outcome or Reported Event (AACT's own values). Here: from result_groups.result_type.
-- column title: AACT: the group's title. Here: result_groups.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column description: AACT: the group's description. Here: result_groups.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column outcome_id: AACT: for an Outcome group, its outcome's id (join outcomes.id); NULL for the others. Here: from result_groups.measure_ordinal.
create or replace view ctgov.result_groups as
select
    substr(g.nct_id, 4)::bigint * 1000000000 + g.ordinal as id,
    g.nct_id,
    g.group_code as ctgov_group_code,
    case g.result_type when 'participant_flow' then 'Participant Flow' when 'baseline' then 'Baseline' when 'outcome' then 'Outcome' else 'Reported Event' end as result_type,
    coalesce(w_g.title, g.title) as title,
    coalesce(w_g.description, g.description) as description,
    case when g.result_type = 'outcome' then substr(g.nct_id, 4)::bigint * 1000000000 + g.measure_ordinal end as outcome_id
from main.result_groups as g
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'title') as title,
        max(written) filter (where column_name = 'description') as description
    from main.text_as_written
    where table_name = 'result_groups'
    group by nct_id, row_ordinal
) as w_g on w_g.nct_id = g.nct_id and w_g.row_ordinal = g.ordinal;
