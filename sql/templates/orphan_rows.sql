-- {{table}} rows whose trial is not in {{parent}}{{named}}.
-- {{generated}}
select
    (select count(*) from {{table}} anti join {{parent}} using (nct_id)){{references}} as orphans;
