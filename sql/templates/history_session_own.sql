-- main.{{table}} as the warehouse holds it, for a report or query run --as-of: the load's own
-- records are not versioned.
-- {{generated}}
create or replace view main.{{table}} as
select * from warehouse.main.{{table}};
