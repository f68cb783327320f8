-- Every input problem, with its source and a reason: nothing is lost silently.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.quarantine as
select *
from main.quarantine;
