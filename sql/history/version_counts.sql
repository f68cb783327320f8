-- How many versions each trial whose history this run rebuilds has after it (history_versions), to
-- cut the rebuild into shares of trials.
select
    nct_id,
    count(*) as versions
from history_versions
group by nct_id
order by nct_id;
