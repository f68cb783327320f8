-- {{table}} rows whose trial is not in {{parent}}.
-- {{generated}}
select count(*) as orphans from {{table}} anti join {{parent}} using (nct_id);
