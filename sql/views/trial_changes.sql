-- What changed between consecutive versions of a trial, for the fields people track: status, why stopped, phase, enrollment and its type, the start, primary completion and completion dates and their types (changed), and the primary and secondary outcome measures, arms, sites and sponsors (added or removed). From the history: a trial the warehouse knows in one version has no rows.
-- grain: one row per change of a field (or per item added or removed) of a trial between two consecutive versions
-- column nct_id: The trial (trials.nct_id).
-- column field: What changed: overall_status, why_stopped, phase, enrollment, enrollment_type, start_date, start_date_type, primary_completion_date, primary_completion_date_type, completion_date, completion_date_type, primary_outcomes, secondary_outcomes, arms, sites or sponsors.
-- column change: changed (a field's value), added or removed (an item of a list: an outcome measure, an arm, a site, a sponsor).
-- column old_value: The value in the earlier version, as text; NULL when it was not given, or for an added item.
-- column new_value: The value in the later version, as text; NULL when it is not given, or for a removed item.
-- column previous_version: The Last Updated date of the earlier version.
-- column changed_on: The Last Updated date of the version that made the change.
create or replace view bi.trial_changes as
with versions as (
    select
        nct_id,
        coalesce(valid_from, '-infinity'::date) as version_date,
        lag(coalesce(valid_from, '-infinity'::date)) over (partition by nct_id order by valid_from asc nulls first) as previous_date
    from history.trials
    where nct_id in (select h.nct_id from history.trials as h group by h.nct_id having count(*) > 1)
),

scalars as (
    select
        nct_id,
        coalesce(valid_from, '-infinity'::date) as version_date,
        unnest([
            { 'field': 'overall_status', 'value': overall_status },
            { 'field': 'why_stopped', 'value': why_stopped },
            { 'field': 'phase', 'value': phase },
            { 'field': 'enrollment', 'value': enrollment::varchar },
            { 'field': 'enrollment_type', 'value': enrollment_type },
            { 'field': 'start_date', 'value': start_date::varchar },
            { 'field': 'start_date_type', 'value': start_date_type },
            { 'field': 'primary_completion_date', 'value': primary_completion_date::varchar },
            { 'field': 'primary_completion_date_type', 'value': primary_completion_date_type },
            { 'field': 'completion_date', 'value': completion_date::varchar },
            { 'field': 'completion_date_type', 'value': completion_date_type }
        ]) as tracked
    from history.trials
    where nct_id in (select v.nct_id from versions as v)
),

scalar_changes as (
    select
        nct_id,
        tracked.field,
        'changed' as change,
        lag(tracked.value) over (partition by nct_id, tracked.field order by version_date) as old_value,
        tracked.value as new_value,
        lag(version_date) over (partition by nct_id, tracked.field order by version_date) as previous_date,
        version_date
    from scalars
),

items as (
    select
        nct_id,
        lower(outcome_type) || '_outcomes' as field,
        measure as item,
        valid_from,
        valid_to
    from history.outcomes
    where outcome_type in ('PRIMARY', 'SECONDARY')
    union all
    select
        nct_id,
        'arms' as field,
        concat_ws(': ', arm_type, label) as item,
        valid_from,
        valid_to
    from history.arms
    union all
    select
        nct_id,
        'sites' as field,
        concat_ws(', ', facility, city, state, country) as item,
        valid_from,
        valid_to
    from history.sites
    union all
    select
        nct_id,
        'sponsors' as field,
        concat_ws(' ', name, '(' || lower(role) || ')') as item,
        valid_from,
        valid_to
    from history.sponsors
),

presence as (
    select distinct
        i.nct_id,
        i.field,
        i.item,
        v.version_date,
        v.previous_date
    from items as i
    inner join versions as v
        on
            i.nct_id = v.nct_id
            and v.version_date >= coalesce(i.valid_from, '-infinity'::date)
            and (i.valid_to is null or v.version_date < i.valid_to)
),

item_changes as (
    select
        now.nct_id,
        now.field,
        'added' as change,
        null as old_value,
        now.item as new_value,
        now.previous_date,
        now.version_date
    from presence as now
    anti join presence as before
        on
            now.nct_id = before.nct_id and now.field = before.field and now.item = before.item
            and now.previous_date = before.version_date
    where now.previous_date is not null
    union all
    select
        before.nct_id,
        before.field,
        'removed' as change,
        before.item as old_value,
        null as new_value,
        before.version_date as previous_date,
        next_version.version_date
    from presence as before
    inner join versions as next_version
        on before.nct_id = next_version.nct_id and before.version_date = next_version.previous_date
    anti join presence as now
        on
            before.nct_id = now.nct_id and before.field = now.field and before.item = now.item
            and now.version_date = next_version.version_date
)

select
    nct_id,
    field,
    change,
    old_value,
    new_value,
    nullif(previous_date, '-infinity'::date) as previous_version,
    nullif(version_date, '-infinity'::date) as changed_on
from scalar_changes
where previous_date is not null and old_value is distinct from new_value
union all
select
    nct_id,
    field,
    change,
    old_value,
    new_value,
    nullif(previous_date, '-infinity'::date) as previous_version,
    nullif(version_date, '-infinity'::date) as changed_on
from item_changes;
