-- Child rows whose trial is not in trials, per table.
select 'arms' as table_name, count(*) as orphans from arms anti join trials using (nct_id)
union all select 'interventions', count(*) from interventions anti join trials using (nct_id)
union all select 'arm_interventions', count(*) from arm_interventions anti join trials using (nct_id)
union all select 'sites', count(*) from sites anti join trials using (nct_id)
union all select 'countries', count(*) from countries anti join trials using (nct_id)
union all select 'trial_references', count(*) from trial_references anti join trials using (nct_id)
union all select 'identifiers', count(*) from identifiers anti join trials using (nct_id)
union all select 'conditions', count(*) from conditions anti join trials using (nct_id)
union all select 'sponsors', count(*) from sponsors anti join trials using (nct_id)
union all select 'investigators', count(*) from investigators anti join trials using (nct_id)
union all select 'links', count(*) from links anti join trials using (nct_id)
union all select 'related_trials', count(*) from related_trials anti join trials using (nct_id);
