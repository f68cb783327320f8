-- The most frequent quarantine reasons of one run (a JSON field the parser does not know counts
-- every record that had it).
select reason, sum(occurrences)::bigint as occurrences
from quarantine
where load_id = $load_id
group by reason
order by occurrences desc, reason
limit 10;
