"""The Dagster instance configuration, shipped inside the package as ``pipelines.config``
(``python -m pipelines.instance DIR`` writes it into a ``DAGSTER_HOME``)."""
