select '{{table}}' as table_name, count(*) as orphans from {{table}} anti join {{parent}} using (nct_id)
