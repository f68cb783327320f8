-- Every version of result_measures: One row per baseline characteristic (result_type baseline) or outcome measure (result_type outcome) of a trial's posted results; classes, categories, measurements, denominators and analyses point to it by measure_ordinal; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.result_measures (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    result_type varchar not null,
    outcome_type varchar,
    title varchar,
    description varchar,
    population_description varchar,
    reporting_status varchar,
    anticipated_posting_date date,
    anticipated_posting_date_raw varchar,
    param_type varchar,
    param_type_raw varchar,
    dispersion_type varchar,
    dispersion_type_raw varchar,
    unit_of_measure varchar,
    calculate_pct boolean,
    time_frame varchar,
    units_analyzed varchar,
    denom_units_selected varchar,
    valid_from date,
    valid_to date
);
