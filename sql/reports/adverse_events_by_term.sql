-- Adverse events by organ system and term for the trials of an intervention or a condition: per arm (adverse-event group) of each trial, the participants affected over those at risk.
-- param intervention: part of an intervention's name, other name or MeSH term, any letter case (default: every trial)
-- param condition: part of a condition or its MeSH term, any letter case (default: every trial)
-- param event_type: serious or other (default: both)
with chosen as (
    select t.nct_id
    from bi.trials as t
    where
        t.has_results
        and (
            $intervention::varchar is null
            or exists (
                select 1 from bi.trial_terms as w
                where w.nct_id = t.nct_id and w.kind = 'intervention' and w.term ilike '%' || $intervention || '%'
            )
        )
        and (
            $condition::varchar is null
            or exists (
                select 1 from bi.trial_terms as w
                where w.nct_id = t.nct_id and w.kind = 'condition' and w.term ilike '%' || $condition || '%'
            )
        )
)

select
    e.organ_system,
    e.term,
    e.event_type,
    e.nct_id,
    g.title as arm,
    s.num_affected,
    s.num_at_risk,
    s.num_events,
    round(100.0 * s.num_affected / nullif(s.num_at_risk, 0), 1)::double as affected_pct
from bi.adverse_events as e
inner join chosen as c on e.nct_id = c.nct_id
inner join bi.adverse_event_stats as s on e.nct_id = s.nct_id and e.ordinal = s.event_ordinal
left join bi.result_groups as g on s.nct_id = g.nct_id and s.group_ordinal = g.ordinal
where $event_type::varchar is null or e.event_type = lower($event_type)
order by e.organ_system, e.term, e.event_type, e.nct_id, g.group_code;
