-- AACT's baseline_measurements: each baseline characteristic's value per group, class and category.
-- grain: one row per baseline measurement of a group
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
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
-- column number_analyzed: AACT: the group's denominator in number_analyzed_units: the class's, else the measure's, else the module's. Here: result_denoms, by the same rule.
-- column number_analyzed_units: AACT: the denominator's units, Participants when the measure names none. Here: result_measures.denom_units_selected.
-- column population_description: AACT: the analysis population. Here: result_measures.population_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column calculate_percentage: AACT: Yes or No: whether the registry computes percentages. Here: result_measures.calculate_pct.
create or replace view ctgov.baseline_measurements as
select
    substr(x.nct_id, 4)::bigint * 1000000000 + x.ordinal as id,
    x.nct_id,
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
    case when case when cd.nct_id is not null then dc.count_raw when md.nct_id is not null then dm.count_raw else d0.count_raw end is not null then coalesce(try_cast(regexp_extract(case when cd.nct_id is not null then dc.count_raw when md.nct_id is not null then dm.count_raw else d0.count_raw end, '^\s*[-+]?\d+') as bigint), 0) end as number_analyzed,
    coalesce(m.denom_units_selected, 'Participants') as number_analyzed_units,
    coalesce(w_m.population_description, m.population_description) as population_description,
    case m.calculate_pct when true then 'Yes' when false then 'No' end as calculate_percentage
from main.measurements as x
inner join main.result_measures as m on m.nct_id = x.nct_id and m.ordinal = x.measure_ordinal
left join main.measure_classes as c on c.nct_id = x.nct_id and c.ordinal = x.class_ordinal
left join main.measure_categories as k on k.nct_id = x.nct_id and k.ordinal = x.category_ordinal
left join (select distinct nct_id, class_ordinal from main.result_denoms where class_ordinal is not null) as cd
    on cd.nct_id = x.nct_id and cd.class_ordinal = x.class_ordinal
left join (select distinct nct_id, measure_ordinal from main.result_denoms where measure_ordinal is not null and class_ordinal is null) as md
    on md.nct_id = x.nct_id and md.measure_ordinal = x.measure_ordinal
left join main.result_denoms as dc
    on dc.nct_id = x.nct_id and dc.class_ordinal = x.class_ordinal and dc.group_code = x.group_code and dc.units = coalesce(m.denom_units_selected, 'Participants')
left join main.result_denoms as dm
    on
        dm.nct_id = x.nct_id and dm.measure_ordinal = x.measure_ordinal and dm.class_ordinal is null
        and dm.group_code = x.group_code and dm.units = coalesce(m.denom_units_selected, 'Participants')
left join main.result_denoms as d0
    on
        d0.nct_id = x.nct_id and d0.result_type = 'baseline' and d0.measure_ordinal is null
        and d0.group_code = x.group_code and d0.units = coalesce(m.denom_units_selected, 'Participants')
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
where m.result_type = 'baseline';
