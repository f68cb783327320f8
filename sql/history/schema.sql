-- Every version of every trial: one table per table a registry record fills, each row with the
-- Last Updated dates of the versions between which it held (valid_from, valid_to).
create schema if not exists history;
