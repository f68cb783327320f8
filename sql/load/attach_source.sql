-- The warehouse to copy from, read-only.
attach $source as source_warehouse (read_only);
