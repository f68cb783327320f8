"""The DuckDB side: paths and connections, the build and its publish, the load, the bi views,
the run's bookkeeping, the writer lock, what the file owns. No dagster here."""
