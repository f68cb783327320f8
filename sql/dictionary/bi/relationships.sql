-- bi.relationships: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.relationships is 'Every join the contracts declare, one row each: the columns of a child table and the row of its parent they name, always within one trial (the file declares no foreign key: see the README, "Joins"). Grain: one row per declared join. Key: from_table, from_columns.';
comment on column bi.relationships.from_table is 'The table whose rows name a parent row (bi.<from_table>, main.<from_table>).';
comment on column bi.relationships.from_columns is 'Its columns that name the parent row, comma-separated, in the order of to_columns.';
comment on column bi.relationships.to_table is 'The parent table.';
comment on column bi.relationships.to_columns is 'The parent''s columns they equal (its key: nct_id, or nct_id and ordinal).';
comment on column bi.relationships.optional is 'True when the naming column may be NULL (the row then names no parent row).';
comment on column bi.relationships.join_condition is 'The join, ready to paste: child aliased c, parent p.';
comment on column bi.relationships.key_column is 'The one column of the same name to join their bi views on (nct_id, or <to_table>_key: nct_id:ordinal), for tools that join on one column.';
