-- Every version of intervention_arms: One row per arm an intervention says it is given in (the other side of arm_interventions, as the record states it); JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.intervention_arms (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    intervention_ordinal integer not null,
    intervention_name varchar not null,
    arm_label varchar not null,
    valid_from date,
    valid_to date
);
