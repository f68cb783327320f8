"""The docs site: the data dictionary as a static, searchable HTML site (``make docs``)."""
