-- Every join the contracts declare, one row each: the columns of a child table and the row of its parent they name, always within one trial (the file declares no foreign key: see the README, "Joins").
-- grain: one row per declared join
-- key: from_table, from_columns
-- column from_table: The table whose rows name a parent row (bi.<from_table>, main.<from_table>).
-- column from_columns: Its columns that name the parent row, comma-separated, in the order of to_columns.
-- column to_table: The parent table.
-- column to_columns: The parent's columns they equal (its key: nct_id, or nct_id and ordinal).
-- column optional: True when the naming column may be NULL (the row then names no parent row).
-- column join_condition: The join, ready to paste: child aliased c, parent p.
-- column key_column: The one column of the same name to join their bi views on (nct_id, or <to_table>_key: nct_id:ordinal), for tools that join on one column.
-- {{generated}}
create or replace view bi.relationships as
select
    joins.from_table,
    joins.from_columns,
    joins.to_table,
    joins.to_columns,
    joins.optional,
    joins.join_condition,
    joins.key_column
from (
    values
{{rows}}
) as joins (from_table, from_columns, to_table, to_columns, optional, join_condition, key_column);
