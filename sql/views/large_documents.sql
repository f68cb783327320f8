-- One row per large document (protocol, statistical analysis plan, informed consent form) a trial posted; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.large_documents as
select * replace (ordinal::bigint as ordinal)
from main.large_documents;
