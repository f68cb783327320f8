-- main.quarantine as the warehouse holds it, for a report or query run --as-of: the load's own
-- records are not versioned.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view main.quarantine as
select * from warehouse.main.quarantine;
