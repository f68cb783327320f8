-- Add the columns of history.mesh_terms that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.mesh_terms add column if not exists nct_id varchar;
alter table history.mesh_terms add column if not exists ordinal integer;
alter table history.mesh_terms add column if not exists source_kind varchar;
alter table history.mesh_terms add column if not exists domain varchar;
alter table history.mesh_terms add column if not exists level varchar;
alter table history.mesh_terms add column if not exists mesh_id varchar;
alter table history.mesh_terms add column if not exists term varchar;
