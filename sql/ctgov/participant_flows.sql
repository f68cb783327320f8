-- AACT's participant_flows: the participant flow's recruitment and pre-assignment details.
-- grain: one row per trial with a participant-flow module
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number (NCT00012345 is 12345), one row per trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column recruitment_details: AACT: recruitment details. Here: trials.flow_recruitment_details.
-- column pre_assignment_details: AACT: pre-assignment details. Here: trials.flow_pre_assignment_details.
-- column units_analyzed: AACT: what the flow counts when not participants. Here: trials.flow_units_analyzed.
create or replace view ctgov.participant_flows as
select
    substr(t.nct_id, 4)::bigint as id,
    t.nct_id,
    t.flow_recruitment_details as recruitment_details,
    t.flow_pre_assignment_details as pre_assignment_details,
    t.flow_units_analyzed as units_analyzed
from main.trials as t
left join (
    select
        nct_id,
        max(written) filter (where column_name = 'flow_recruitment_details') as flow_recruitment_details,
        max(written) filter (where column_name = 'flow_pre_assignment_details') as flow_pre_assignment_details,
        max(written) filter (where column_name = 'flow_units_analyzed') as flow_units_analyzed
    from main.text_as_written
    where table_name = 'trials'
    group by nct_id
) as w_t on w_t.nct_id = t.nct_id
where
    coalesce(t.flow_recruitment_details, t.flow_pre_assignment_details, t.flow_units_analyzed) is not null
    or exists (select 1 from main.result_groups as g where g.nct_id = t.nct_id and g.result_type = 'participant_flow');
