-- AACT's outcome_analysis_groups: the groups a statistical analysis compares.
-- grain: one row per group of an analysis
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column outcome_analysis_id: AACT: the analysis's id (join outcome_analyses.id). Here: from outcome_analysis_groups.analysis_ordinal.
-- column result_group_id: AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.
-- column ctgov_group_code: AACT: the group's code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.
create or replace view ctgov.outcome_analysis_groups as
select
    substr(g.nct_id, 4)::bigint * 1000000000 + g.ordinal as id,
    g.nct_id,
    substr(g.nct_id, 4)::bigint * 1000000000 + g.analysis_ordinal as outcome_analysis_id,
    substr(g.nct_id, 4)::bigint * 1000000000 + g.group_ordinal as result_group_id,
    g.group_code as ctgov_group_code
from main.outcome_analysis_groups as g;
