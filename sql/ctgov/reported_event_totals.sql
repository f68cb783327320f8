-- AACT's reported_event_totals: per adverse-event group, the participants affected and at risk: serious, other, and all-cause mortality.
-- grain: three rows per adverse-event group: serious, other and deaths
-- key: id
-- column id: AACT: the row's id. Here: stable across runs, the trial's number times 10^9 plus the group's ordinal (plus 100,000,000 for other, 200,000,000 for deaths).
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column ctgov_group_code: AACT: the group's code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.
-- column event_type: AACT: serious, other or deaths (AACT's own values). Here: the same.
-- column classification: AACT: Total, serious adverse events; Total, other adverse events; Total, all-cause mortality. Here: the same.
-- column subjects_affected: AACT: participants affected. Here: result_groups.serious_num_affected, other_num_affected, deaths_num_affected.
-- column subjects_at_risk: AACT: participants at risk. Here: result_groups.serious_num_at_risk, other_num_at_risk, deaths_num_at_risk.
-- column created_at: AACT: when AACT loaded the row. Here: when this warehouse loaded the trial (trials.loaded_at).
-- column updated_at: AACT: when AACT last changed the row. Here: trials.loaded_at.
create or replace view ctgov.reported_event_totals as
select
    x.id,
    x.nct_id,
    x.ctgov_group_code,
    x.event_type,
    x.classification,
    x.subjects_affected::bigint as subjects_affected,
    x.subjects_at_risk::bigint as subjects_at_risk,
    t.loaded_at as created_at,
    t.loaded_at as updated_at
from (
    select
        substr(g.nct_id, 4)::bigint * 1000000000 + g.ordinal as id, g.nct_id, g.group_code as ctgov_group_code, 'serious' as event_type, 'Total, serious adverse events' as classification,
        g.serious_num_affected as subjects_affected, g.serious_num_at_risk as subjects_at_risk
    from main.result_groups as g where g.result_type = 'adverse_events'
    union all
    select
        substr(g.nct_id, 4)::bigint * 1000000000 + 100000000 + g.ordinal as id, g.nct_id, g.group_code as ctgov_group_code, 'other' as event_type, 'Total, other adverse events' as classification,
        g.other_num_affected as subjects_affected, g.other_num_at_risk as subjects_at_risk
    from main.result_groups as g where g.result_type = 'adverse_events'
    union all
    select
        substr(g.nct_id, 4)::bigint * 1000000000 + 200000000 + g.ordinal as id, g.nct_id, g.group_code as ctgov_group_code, 'deaths' as event_type, 'Total, all-cause mortality' as classification,
        g.deaths_num_affected as subjects_affected, g.deaths_num_at_risk as subjects_at_risk
    from main.result_groups as g where g.result_type = 'adverse_events'
) as x
inner join main.trials as t on t.nct_id = x.nct_id;
