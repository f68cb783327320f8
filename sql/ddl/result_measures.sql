-- One row per baseline characteristic (result_type baseline) or outcome measure (result_type outcome) of a trial's posted results; classes, categories, measurements, denominators and analyses point to it by measure_ordinal; JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists result_measures (
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
    denom_units_selected varchar
);
