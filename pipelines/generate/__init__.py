"""Files generated from the table registry (``contracts/``) and committed: ``make generate``.

``tables_sql`` writes each table's DDL, standard load statement and ``bi`` view, and the orphan
and duplicate-key checks, from the templates in ``sql/templates`` (identifiers only, never
values); ``pipelines.dictionary`` writes the data dictionary. A test fails when a committed file
is stale. No dagster here.
"""
