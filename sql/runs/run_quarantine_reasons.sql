-- The most frequent quarantine reasons of one run.
select reason, count(*) as occurrences
from quarantine
where load_id = $load_id
group by reason
order by occurrences desc, reason
limit 10;
