-- Primary outcome results of a condition's or a sponsor's trials: each posted primary outcome measure with its results per group and each statistical analysis (estimate, confidence interval, p-value).
-- param condition: part of a condition or its MeSH term, any letter case (default: every trial)
-- param sponsor: part of the lead sponsor's name, any letter case (default: every sponsor)
with measures as (
    select
        t.nct_id,
        t.lead_sponsor,
        m.ordinal as measure_ordinal,
        m.title as outcome,
        m.time_frame,
        m.unit_of_measure,
        m.param_type,
        m.dispersion_type
    from bi.trials as t
    inner join bi.result_measures as m on t.nct_id = m.nct_id
    where
        m.result_type = 'outcome'
        and m.outcome_type = 'PRIMARY'
        and coalesce(m.reporting_status, 'POSTED') = 'POSTED'
        and ($sponsor::varchar is null or t.lead_sponsor ilike '%' || $sponsor || '%')
        and (
            $condition::varchar is null
            or exists (
                select 1 from bi.trial_terms as w
                where w.nct_id = t.nct_id and w.kind = 'condition' and w.term ilike '%' || $condition || '%'
            )
        )
),

results as (
    select
        x.nct_id,
        x.measure_ordinal,
        string_agg(
            concat_ws(
                ' ',
                concat(g.title, coalesce(' / ' || k.title, ''), coalesce(' / ' || c.title, ''), ':'),
                x.value_raw,
                case
                    when x.lower_limit_raw is not null or x.upper_limit_raw is not null
                        then concat('(', x.lower_limit_raw, ' to ', x.upper_limit_raw, ')')
                end,
                '± ' || x.spread_raw
            ),
            '; '
            order by x.ordinal
        ) as results_per_group
    from bi.measurements as x
    inner join measures as m on x.nct_id = m.nct_id and x.measure_ordinal = m.measure_ordinal
    left join bi.result_groups as g on x.nct_id = g.nct_id and x.group_ordinal = g.ordinal
    left join bi.measure_classes as k on x.nct_id = k.nct_id and x.class_ordinal = k.ordinal
    left join bi.measure_categories as c on x.nct_id = c.nct_id and x.category_ordinal = c.ordinal
    group by x.nct_id, x.measure_ordinal
),

compared as (
    select
        ag.nct_id,
        ag.analysis_ordinal,
        string_agg(coalesce(g.title, ag.group_code), ' vs ' order by ag.ordinal) as groups_compared
    from bi.outcome_analysis_groups as ag
    left join bi.result_groups as g on ag.nct_id = g.nct_id and ag.group_ordinal = g.ordinal
    group by ag.nct_id, ag.analysis_ordinal
)

select
    m.nct_id,
    m.lead_sponsor,
    m.outcome,
    m.time_frame,
    m.unit_of_measure,
    m.param_type,
    m.dispersion_type,
    r.results_per_group,
    cp.groups_compared,
    a.statistical_method,
    a.param_type as estimate_type,
    a.param_value as estimate,
    a.ci_pct_value as ci_level_pct,
    a.ci_lower_limit,
    a.ci_upper_limit,
    a.p_value_modifier,
    a.p_value,
    a.p_value_raw
from measures as m
left join results as r on m.nct_id = r.nct_id and m.measure_ordinal = r.measure_ordinal
left join bi.outcome_analyses as a on m.nct_id = a.nct_id and m.measure_ordinal = a.measure_ordinal
left join compared as cp on a.nct_id = cp.nct_id and a.ordinal = cp.analysis_ordinal
order by m.nct_id, m.measure_ordinal, a.ordinal;
