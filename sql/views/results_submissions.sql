-- One row per results submission the registry tracked for a trial (submissionTracking.submissionInfos); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.results_submissions as
select * replace (ordinal::bigint as ordinal, mcp_release_n::bigint as mcp_release_n)
from main.results_submissions;
