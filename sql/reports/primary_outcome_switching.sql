-- Primary outcomes changed after the study started (outcome switching): each version of a trial, last updated after its start date, that removed or added a primary outcome measure, with the measures it removed and those it added.
-- param nct_id: only this trial (default: every trial)
select
    c.nct_id,
    v.start_date,
    c.previous_version,
    c.changed_on,
    string_agg(c.old_value, ' | ' order by c.old_value) filter (where c.change = 'removed') as old_measures,
    string_agg(c.new_value, ' | ' order by c.new_value) filter (where c.change = 'added') as new_measures
from bi.trial_changes as c
inner join bi.trial_versions as v on c.nct_id = v.nct_id and c.changed_on = v.valid_from
where
    c.field = 'primary_outcomes'
    and c.changed_on > v.start_date
    and ($nct_id is null or c.nct_id = upper(trim($nct_id)))
group by c.nct_id, v.start_date, c.previous_version, c.changed_on
order by c.nct_id, c.changed_on;
