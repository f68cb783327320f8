-- The load of each trial the copy holds.
select nct_id, load_id
from main.trials;
