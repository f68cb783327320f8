-- Every input problem, with its source and a reason: nothing is lost silently.
create or replace view bi.quarantine as
select *
from main.quarantine;
