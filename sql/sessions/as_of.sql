-- The date an as-of session reads the warehouse on (pipelines/as_of.py): every history view of the
-- session reads it through getvariable('as_of').
set variable as_of = $as_of::date;
