select
    '{{table}}' as table_name,
    (select count(*) from (select {{key}} from {{table}} semi join run_trials using (nct_id) group by {{key}} having count(*) > 1) as duplicated) as duplicate_keys
