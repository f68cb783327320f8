-- Key values held by more than one row, per table. These tables carry no index (see sql/ddl), so
-- this blocking check is what keeps their keys unique. Only keys this run wrote are looked at: every
-- row a run writes belongs to one of the run's trials, or has the run's load_id, and the warehouse
-- it started from passed this check, so a run costs what it changed.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
with run_trials as (select nct_id from trials where load_id = $load_id)

select
    'trials' as table_name,
    (select count(*) from (select nct_id from trials semi join run_trials using (nct_id) group by nct_id having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'age_groups' as table_name,
    (select count(*) from (select nct_id, ordinal from age_groups semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'arm_interventions' as table_name,
    (select count(*) from (select nct_id, ordinal from arm_interventions semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'arms' as table_name,
    (select count(*) from (select nct_id, ordinal from arms semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'conditions' as table_name,
    (select count(*) from (select nct_id, ordinal from conditions semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'countries' as table_name,
    (select count(*) from (select nct_id, ordinal from countries semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'identifiers' as table_name,
    (select count(*) from (select nct_id, ordinal from identifiers semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'intervention_other_names' as table_name,
    (select count(*) from (select nct_id, ordinal from intervention_other_names semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'interventions' as table_name,
    (select count(*) from (select nct_id, ordinal from interventions semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'investigators' as table_name,
    (select count(*) from (select nct_id, ordinal from investigators semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'keywords' as table_name,
    (select count(*) from (select nct_id, ordinal from keywords semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'links' as table_name,
    (select count(*) from (select nct_id, ordinal from links semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'mesh_terms' as table_name,
    (select count(*) from (select nct_id, ordinal from mesh_terms semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'outcomes' as table_name,
    (select count(*) from (select nct_id, ordinal from outcomes semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'related_trials' as table_name,
    (select count(*) from (select nct_id, ordinal from related_trials semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'site_contacts' as table_name,
    (select count(*) from (select nct_id, ordinal from site_contacts semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'sites' as table_name,
    (select count(*) from (select nct_id, ordinal from sites semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'sponsors' as table_name,
    (select count(*) from (select nct_id, ordinal from sponsors semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'trial_references' as table_name,
    (select count(*) from (select nct_id, ordinal from trial_references semi join run_trials using (nct_id) group by nct_id, ordinal having count(*) > 1) as duplicated) as duplicate_keys
union all
select
    'api_pulls' as table_name,
    (
        select count(*) from (
            select stored.load_id from api_pulls as stored
            semi join (select load_id from api_pulls where load_id = $load_id) as written using (load_id)
            group by stored.load_id having count(*) > 1
        ) as duplicated
    ) as duplicate_keys
union all
select
    'file_manifest' as table_name,
    (
        select count(*) from (
            select stored.source_uri from file_manifest as stored
            semi join (select source_uri from file_manifest where load_id = $load_id) as written using (source_uri)
            group by stored.source_uri having count(*) > 1
        ) as duplicated
    ) as duplicate_keys
union all
select
    'load_runs' as table_name,
    (
        select count(*) from (
            select stored.load_id from load_runs as stored
            semi join (select load_id from load_runs where load_id = $load_id) as written using (load_id)
            group by stored.load_id having count(*) > 1
        ) as duplicated
    ) as duplicate_keys;
