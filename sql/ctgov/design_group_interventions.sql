-- AACT's design_group_interventions: which intervention each arm receives (from each intervention's arm labels).
-- grain: one row per arm label an intervention lists
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column design_group_id: AACT: the arm's id (join design_groups.id), found by its label (the last arm of that label, as AACT's lookup); NULL when no arm has it. Here: intervention_arms.arm_label matched to arms.label.
-- column intervention_id: AACT: the intervention's id (join interventions.id). Here: from intervention_arms.intervention_ordinal.
create or replace view ctgov.design_group_interventions as
select
    substr(x.nct_id, 4)::bigint * 1000000000 + x.ordinal as id,
    x.nct_id,
    substr(x.nct_id, 4)::bigint * 1000000000 + a.ordinal as design_group_id,
    substr(x.nct_id, 4)::bigint * 1000000000 + x.intervention_ordinal as intervention_id
from main.intervention_arms as x
left join (select nct_id, label, max(ordinal) as ordinal from main.arms group by nct_id, label) as a on a.nct_id = x.nct_id and a.label = x.arm_label;
