-- This run's quarantine rows per table they concern: a field's table (sites.country is sites);
-- a problem with a whole record (no field) concerns trials, as the record's trial was not loaded.
select coalesce(nullif(split_part(field, '.', 1), ''), 'trials') as table_name, count(*)::bigint as problems
from quarantine
where load_id = $load_id
group by all;
