-- One row per kind of information (protocol, SAP, ICF, CSR, code) a trial's IPD sharing plan shares; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.ipd_info_types as
select * replace (ordinal::bigint as ordinal)
from main.ipd_info_types;
