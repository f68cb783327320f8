select
    '{{table}}' as table_name,
    (
        select count(*) from (
            select {{stored_key}} from {{table}} as stored
            semi join (select {{key}} from {{table}} where load_id = $load_id) as written using ({{key}})
            group by {{stored_key}} having count(*) > 1
        ) as duplicated
    ) as duplicate_keys
