-- Every version the warehouse holds of the incoming trials (a row of history.trials each), with
-- the run that loaded it and whether it is the current one.
select
    h.nct_id,
    h.last_updated,
    h.source_kind,
    h.source_uri,
    h.load_id,
    h.valid_to is null as is_current
from history.trials as h
semi join incoming_versions as i on h.nct_id = i.nct_id;
