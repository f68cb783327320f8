-- One row per text value a JSON record writes otherwise than the warehouse stores it: the record's own text (markdown escapes, indentation, Research Site), which the ctgov views give as AACT does. JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.text_as_written as
select * replace (ordinal::bigint as ordinal, row_ordinal::bigint as row_ordinal)
from main.text_as_written;
