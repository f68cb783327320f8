-- How a table joins the tables around it (bi.relationships, both ways), for the shell's .joins.
-- param name: the table (its bi view joins the same way)
select
    from_table as "table",
    to_table as joins,
    replace(replace(join_condition, 'c.', from_table || '.'), 'p.', to_table || '.') as "on"
from bi.relationships
where from_table = $name or to_table = $name
order by to_table = $name, from_table, to_table;
