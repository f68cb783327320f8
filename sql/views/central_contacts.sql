-- One row per central contact of a trial (whom to ask about enrolling, whatever the site); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.central_contacts as
select * replace (ordinal::bigint as ordinal)
from main.central_contacts;
