"""The warehouse's SQL, one object per file, shipped inside the package as ``pipelines.sql``
(read through ``importlib.resources``; see ``pipelines/warehouse/sql_files.py``)."""
