-- AACT's design_outcomes: the outcome measures the protocol plans (primary, secondary, other).
-- grain: one row per planned outcome measure
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column outcome_type: AACT: primary, secondary or other (lower case, AACT's own values). Here: lower(outcomes.outcome_type).
-- column measure: AACT: the measure. Here: outcomes.measure, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column time_frame: AACT: when it is measured. Here: outcomes.time_frame, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column population: AACT: a column the API v2 importer does not fill: NULL in AACT too. Here: always NULL.
-- column description: AACT: the measure's description. Here: outcomes.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.design_outcomes as
select
    substr(o.nct_id, 4)::bigint * 1000000000 + o.ordinal as id,
    o.nct_id,
    lower(o.outcome_type) as outcome_type,
    coalesce(w_o.measure, o.measure) as measure,
    coalesce(w_o.time_frame, o.time_frame) as time_frame,
    null::varchar as population,
    coalesce(w_o.description, o.description) as description
from main.outcomes as o
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'measure') as measure,
        max(written) filter (where column_name = 'time_frame') as time_frame,
        max(written) filter (where column_name = 'description') as description
    from main.text_as_written
    where table_name = 'outcomes'
    group by nct_id, row_ordinal
) as w_o on w_o.nct_id = o.nct_id and w_o.row_ordinal = o.ordinal;
