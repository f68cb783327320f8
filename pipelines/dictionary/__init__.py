"""The data dictionary: every table's and ``bi`` view's grain, key, columns, types and descriptions.

Generated from the contracts (``contracts/``) and the view files' headers (``sql/views``) into
``docs/data-dictionary.md`` and ``sql/dictionary`` (the ``COMMENT ON`` statements a run applies),
by ``make generate``. No dagster here.
"""
