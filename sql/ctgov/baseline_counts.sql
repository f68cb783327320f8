-- AACT's baseline_counts: how many participants (or units) each baseline group analysed, overall.
-- grain: one row per overall baseline denominator of a group
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column result_group_id: AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.
-- column ctgov_group_code: AACT: the group's code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.
-- column units: AACT: what is counted (Participants ...). Here: result_denoms.units, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column scope: AACT: always overall (AACT's own value). Here: the same.
-- column count: AACT: the number analysed, read as Rails reads text into an integer column. Here: from result_denoms.count_raw.
create or replace view ctgov.baseline_counts as
select
    substr(d.nct_id, 4)::bigint * 1000000000 + d.ordinal as id,
    d.nct_id,
    substr(d.nct_id, 4)::bigint * 1000000000 + d.group_ordinal as result_group_id,
    d.group_code as ctgov_group_code,
    coalesce(w_d.units, d.units) as units,
    'overall' as scope,
    case when d.count_raw is not null then coalesce(try_cast(regexp_extract(d.count_raw, '^\s*[-+]?\d+') as bigint), 0) end as count
from main.result_denoms as d
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'units') as units
    from main.text_as_written
    where table_name = 'result_denoms'
    group by nct_id, row_ordinal
) as w_d on w_d.nct_id = d.nct_id and w_d.row_ordinal = d.ordinal
where d.result_type = 'baseline' and d.measure_ordinal is null;
