-- AACT's outcomes: the outcome measures with posted results (or a date results are expected).
-- grain: one row per outcome measure of the posted results
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column outcome_type: AACT: PRIMARY, SECONDARY, OTHER_PRE_SPECIFIED or POST_HOC, the API's code. Here: result_measures.outcome_type.
-- column title: AACT: the measure's title. Here: result_measures.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column description: AACT: its description. Here: result_measures.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column time_frame: AACT: when it was measured. Here: result_measures.time_frame, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column population: AACT: the analysis population. Here: result_measures.population_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column anticipated_posting_date: AACT: when results not yet posted are expected, as a date: the first day of a month-only date (a year-only date 31 December). Here: result_measures.anticipated_posting_date.
-- column anticipated_posting_month_year: AACT: that date as the record gives it. Here: result_measures.anticipated_posting_date_raw.
-- column units: AACT: the unit of measure. Here: result_measures.unit_of_measure, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column units_analyzed: AACT: what was analysed when not participants. Here: result_measures.units_analyzed, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column dispersion_type: AACT: the dispersion type, the API's code. Here: result_measures.dispersion_type.
-- column param_type: AACT: the measure type, the API's code. Here: result_measures.param_type.
create or replace view ctgov.outcomes as
select
    substr(m.nct_id, 4)::bigint * 1000000000 + m.ordinal as id,
    m.nct_id,
    m.outcome_type,
    coalesce(w_m.title, m.title) as title,
    coalesce(w_m.description, m.description) as description,
    coalesce(w_m.time_frame, m.time_frame) as time_frame,
    coalesce(w_m.population_description, m.population_description) as population,
    case length(m.anticipated_posting_date_raw) when 4 then make_date(year(m.anticipated_posting_date), 12, 31) else m.anticipated_posting_date end as anticipated_posting_date,
    m.anticipated_posting_date_raw as anticipated_posting_month_year,
    coalesce(w_m.unit_of_measure, m.unit_of_measure) as units,
    coalesce(w_m.units_analyzed, m.units_analyzed) as units_analyzed,
    m.dispersion_type,
    m.param_type
from main.result_measures as m
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'title') as title,
        max(written) filter (where column_name = 'description') as description,
        max(written) filter (where column_name = 'time_frame') as time_frame,
        max(written) filter (where column_name = 'population_description') as population_description,
        max(written) filter (where column_name = 'unit_of_measure') as unit_of_measure,
        max(written) filter (where column_name = 'units_analyzed') as units_analyzed
    from main.text_as_written
    where table_name = 'result_measures'
    group by nct_id, row_ordinal
) as w_m on w_m.nct_id = m.nct_id and w_m.row_ordinal = m.ordinal
where m.result_type = 'outcome';
