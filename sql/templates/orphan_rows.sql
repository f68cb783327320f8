-- Rows whose parent row is missing (a child row without its trial), per table.
-- {{generated}}
{{branches}};
