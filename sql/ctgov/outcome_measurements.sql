-- AACT's outcome_measurements: each outcome's value per group, class and category.
-- grain: one row per outcome measurement of a group
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column outcome_id: AACT: the outcome's id (join outcomes.id). Here: from measurements.measure_ordinal.
-- column result_group_id: AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.
-- column ctgov_group_code: AACT: the group's code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.
-- column classification: AACT: the class's title (a row of the measure's table). Here: measure_classes.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column category: AACT: the category's title. Here: measure_categories.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column title: AACT: the measure's title. Here: result_measures.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column description: AACT: the measure's description. Here: result_measures.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column units: AACT: the unit of measure. Here: result_measures.unit_of_measure, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column param_type: AACT: the measure type, the API's code (MEAN, COUNT_OF_PARTICIPANTS ...). Here: result_measures.param_type.
-- column param_value: AACT: the value as written. Here: measurements.value_raw.
-- column param_value_num: AACT: the value as a number, NULL when it is not one (<0.001, NA). Here: from measurements.value_raw.
-- column dispersion_type: AACT: the dispersion type, the API's code (STANDARD_DEVIATION ...). Here: result_measures.dispersion_type.
-- column dispersion_value: AACT: the dispersion as written. Here: measurements.spread_raw.
-- column dispersion_value_num: AACT: the dispersion as a number, NULL when it is not one. Here: from measurements.spread_raw.
-- column dispersion_lower_limit: AACT: the lower limit (of a range or confidence interval) as a number. Here: from measurements.lower_limit_raw.
-- column dispersion_upper_limit: AACT: the upper limit as a number. Here: from measurements.upper_limit_raw.
-- column explanation_of_na: AACT: why a value is NA. Here: measurements.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column dispersion_upper_limit_raw: AACT: the upper limit as written. Here: measurements.upper_limit_raw.
-- column dispersion_lower_limit_raw: AACT: the lower limit as written. Here: measurements.lower_limit_raw.
create or replace view ctgov.outcome_measurements as
select
    substr(x.nct_id, 4)::bigint * 1000000000 + x.ordinal as id,
    x.nct_id,
    substr(x.nct_id, 4)::bigint * 1000000000 + x.measure_ordinal as outcome_id,
    substr(x.nct_id, 4)::bigint * 1000000000 + x.group_ordinal as result_group_id,
    x.group_code as ctgov_group_code,
    coalesce(w_c.title, c.title) as classification,
    coalesce(w_k.title, k.title) as category,
    coalesce(w_m.title, m.title) as title,
    coalesce(w_m.description, m.description) as description,
    coalesce(w_m.unit_of_measure, m.unit_of_measure) as units,
    m.param_type,
    x.value_raw as param_value,
    try_cast(trim(x.value_raw) as double) as param_value_num,
    m.dispersion_type,
    x.spread_raw as dispersion_value,
    try_cast(trim(x.spread_raw) as double) as dispersion_value_num,
    try_cast(trim(x.lower_limit_raw) as double) as dispersion_lower_limit,
    try_cast(trim(x.upper_limit_raw) as double) as dispersion_upper_limit,
    coalesce(w_x.comment, x.comment) as explanation_of_na,
    x.upper_limit_raw as dispersion_upper_limit_raw,
    x.lower_limit_raw as dispersion_lower_limit_raw
from main.measurements as x
inner join main.result_measures as m on m.nct_id = x.nct_id and m.ordinal = x.measure_ordinal
left join main.measure_classes as c on c.nct_id = x.nct_id and c.ordinal = x.class_ordinal
left join main.measure_categories as k on k.nct_id = x.nct_id and k.ordinal = x.category_ordinal
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'title') as title,
        max(written) filter (where column_name = 'description') as description,
        max(written) filter (where column_name = 'unit_of_measure') as unit_of_measure,
        max(written) filter (where column_name = 'population_description') as population_description
    from main.text_as_written
    where table_name = 'result_measures'
    group by nct_id, row_ordinal
) as w_m on w_m.nct_id = m.nct_id and w_m.row_ordinal = m.ordinal
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'title') as title
    from main.text_as_written
    where table_name = 'measure_classes'
    group by nct_id, row_ordinal
) as w_c on w_c.nct_id = c.nct_id and w_c.row_ordinal = c.ordinal
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'title') as title
    from main.text_as_written
    where table_name = 'measure_categories'
    group by nct_id, row_ordinal
) as w_k on w_k.nct_id = k.nct_id and w_k.row_ordinal = k.ordinal
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'comment') as comment
    from main.text_as_written
    where table_name = 'measurements'
    group by nct_id, row_ordinal
) as w_x on w_x.nct_id = x.nct_id and w_x.row_ordinal = x.ordinal
where m.result_type = 'outcome';
