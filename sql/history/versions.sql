-- Every version of the trials whose history this run rebuilds (history_incoming: the versions the
-- run brings), in order: those the history holds that no incoming version of the same Last Updated
-- replaces (held), and the incoming ones. version_date and next_date (the next version's, or
-- infinity for the latest) read an undated version as -infinity: it comes before every dated one.
create or replace temp table history_versions as
with incoming as (
    select distinct
        nct_id,
        coalesce(last_updated, '-infinity'::date) as version_date
    from history_incoming
),

every_version as (
    select
        nct_id,
        version_date,
        false as held
    from incoming
    union all
    select
        h.nct_id,
        coalesce(h.valid_from, '-infinity'::date) as version_date,
        true as held
    from history.trials as h
    semi join incoming as trial on h.nct_id = trial.nct_id
    anti join incoming as same
        on h.nct_id = same.nct_id and coalesce(h.valid_from, '-infinity'::date) = same.version_date
)

select
    nct_id,
    version_date,
    held,
    row_number() over (partition by nct_id order by version_date) as version_number,
    coalesce(
        lead(version_date) over (partition by nct_id order by version_date), 'infinity'::date
    ) as next_date
from every_version;
