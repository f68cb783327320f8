-- One run's figures, from the load history.
select
    files_seen, files_unchanged, files_parsed, records_loaded, records_history, records_quarantined, issues_recorded, trials_total,
    inputs_skipped, file_bytes, compacted
from load_runs
where load_id = $load_id;
