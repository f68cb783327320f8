"""The bundled sample records (14 registry text pages and 13 API v2 JSON twins), shipped inside
the package as ``pipelines.samples``: ``trials run`` loads them when no source is given."""
