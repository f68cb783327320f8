-- A schema of a user's, carried into a rewritten warehouse ($schema: its quoted name, from the catalog).
create schema if not exists $schema;
