-- The newest run that wrote the file whole, with the file's size and trials then: the baseline
-- against which the file's growth is measured.
select file_bytes, trials_total
from load_runs
where compacted and file_bytes is not null and trials_total > 0
order by finished_at desc
limit 1;
