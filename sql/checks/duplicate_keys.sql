-- Key values held by more than one row, per table. These tables carry no index (see sql/ddl), so
-- this blocking check is what keeps their keys unique.
select 'trials' as table_name, (select count(*) from (select nct_id from trials group by nct_id having count(*) > 1)) as duplicate_keys
union all select 'arms', (select count(*) from (select nct_id, ordinal from arms group by nct_id, ordinal having count(*) > 1))
union all select 'interventions', (select count(*) from (select nct_id, ordinal from interventions group by nct_id, ordinal having count(*) > 1))
union all select 'arm_interventions', (select count(*) from (select nct_id, ordinal from arm_interventions group by nct_id, ordinal having count(*) > 1))
union all select 'sites', (select count(*) from (select nct_id, ordinal from sites group by nct_id, ordinal having count(*) > 1))
union all select 'countries', (select count(*) from (select nct_id, ordinal from countries group by nct_id, ordinal having count(*) > 1))
union all select 'trial_references', (select count(*) from (select nct_id, ordinal from trial_references group by nct_id, ordinal having count(*) > 1))
union all select 'identifiers', (select count(*) from (select nct_id, ordinal from identifiers group by nct_id, ordinal having count(*) > 1))
union all select 'conditions', (select count(*) from (select nct_id, ordinal from conditions group by nct_id, ordinal having count(*) > 1))
union all select 'sponsors', (select count(*) from (select nct_id, ordinal from sponsors group by nct_id, ordinal having count(*) > 1))
union all select 'investigators', (select count(*) from (select nct_id, ordinal from investigators group by nct_id, ordinal having count(*) > 1))
union all select 'links', (select count(*) from (select nct_id, ordinal from links group by nct_id, ordinal having count(*) > 1))
union all select 'related_trials', (select count(*) from (select nct_id, ordinal from related_trials group by nct_id, ordinal having count(*) > 1))
union all select 'keywords', (select count(*) from (select nct_id, ordinal from keywords group by nct_id, ordinal having count(*) > 1))
union all select 'age_groups', (select count(*) from (select nct_id, ordinal from age_groups group by nct_id, ordinal having count(*) > 1))
union all select 'mesh_terms', (select count(*) from (select nct_id, ordinal from mesh_terms group by nct_id, ordinal having count(*) > 1))
union all select 'outcomes', (select count(*) from (select nct_id, ordinal from outcomes group by nct_id, ordinal having count(*) > 1))
union all select 'site_contacts', (select count(*) from (select nct_id, ordinal from site_contacts group by nct_id, ordinal having count(*) > 1))
union all select 'intervention_other_names', (select count(*) from (select nct_id, ordinal from intervention_other_names group by nct_id, ordinal having count(*) > 1))
union all select 'file_manifest', (select count(*) from (select source_uri from file_manifest group by source_uri having count(*) > 1));
