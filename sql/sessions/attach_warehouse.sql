-- The published warehouse, read-only, as the database warehouse of an in-memory session.
attach $path as warehouse (read_only);
