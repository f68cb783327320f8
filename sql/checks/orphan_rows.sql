-- Rows whose parent row is missing (a child row without its trial), per table.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select 'age_groups' as table_name, count(*) as orphans from age_groups anti join trials using (nct_id)
union all
select 'arm_interventions' as table_name, count(*) as orphans from arm_interventions anti join trials using (nct_id)
union all
select 'arms' as table_name, count(*) as orphans from arms anti join trials using (nct_id)
union all
select 'conditions' as table_name, count(*) as orphans from conditions anti join trials using (nct_id)
union all
select 'countries' as table_name, count(*) as orphans from countries anti join trials using (nct_id)
union all
select 'identifiers' as table_name, count(*) as orphans from identifiers anti join trials using (nct_id)
union all
select 'intervention_other_names' as table_name, count(*) as orphans from intervention_other_names anti join trials using (nct_id)
union all
select 'interventions' as table_name, count(*) as orphans from interventions anti join trials using (nct_id)
union all
select 'investigators' as table_name, count(*) as orphans from investigators anti join trials using (nct_id)
union all
select 'keywords' as table_name, count(*) as orphans from keywords anti join trials using (nct_id)
union all
select 'links' as table_name, count(*) as orphans from links anti join trials using (nct_id)
union all
select 'mesh_terms' as table_name, count(*) as orphans from mesh_terms anti join trials using (nct_id)
union all
select 'outcomes' as table_name, count(*) as orphans from outcomes anti join trials using (nct_id)
union all
select 'related_trials' as table_name, count(*) as orphans from related_trials anti join trials using (nct_id)
union all
select 'site_contacts' as table_name, count(*) as orphans from site_contacts anti join trials using (nct_id)
union all
select 'sites' as table_name, count(*) as orphans from sites anti join trials using (nct_id)
union all
select 'sponsors' as table_name, count(*) as orphans from sponsors anti join trials using (nct_id)
union all
select 'trial_references' as table_name, count(*) as orphans from trial_references anti join trials using (nct_id);
