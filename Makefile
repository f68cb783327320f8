# Two commands from a fresh clone: `make run` and `make test`. Both create .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SOURCES ?= data/samples
WAREHOUSE ?= data/warehouse/trials.duckdb
LANDING ?= data/landing
DAGSTER_HOME ?= $(CURDIR)/.dagster_home
# What the Dagster UI and its schedules use here (the package's own defaults are the user's data folder).
PROJECT_ENV = DAGSTER_HOME=$(DAGSTER_HOME) TRIALS_WAREHOUSE=$(CURDIR)/$(WAREHOUSE) TRIALS_LANDING=$(CURDIR)/$(LANDING) \
	TRIALS_SOURCES=$(CURDIR)/$(SOURCES):$(CURDIR)/$(LANDING)
N ?= 100000
FORMAT ?= text json
DAYS ?= 0

.PHONY: help run pull test test-fast lint bench dev docs check-defs generate dictionary clean
.DEFAULT_GOAL := help

## help: this list (what `make` alone prints)
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed -e 's/^## //'

$(DAGSTER_HOME)/dagster.yaml: config/dagster.yaml $(STAMP)
	$(BIN)/python -m pipelines.instance --force $(DAGSTER_HOME)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: load the bundled sample pages and JSON twins and publish data/warehouse/trials.duckdb
run: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	DAGSTER_HOME=$(DAGSTER_HOME) $(BIN)/trials run --source $(SOURCES) --warehouse $(WAREHOUSE)

## pull: fetch what changed on ClinicalTrials.gov since the last pull and publish it (PULL_ARGS="--condition asthma" for a first, scoped pull)
pull: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	DAGSTER_HOME=$(DAGSTER_HOME) $(BIN)/trials pull --warehouse $(WAREHOUSE) --landing $(LANDING) $(PULL_ARGS)

## test: the whole test suite (what CI runs), two test files at a time
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile

## test-fast: the inner loop, in seconds: parsing, transform and contract tests
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m fast -q

## lint: ruff (lint and format) on the code, sqlfluff on sql/, and the generated files current
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/sqlfluff lint sql --processes 2
	$(BIN)/python -m pipelines.generate --check

## bench: full, 1%-changed and no-op runs on N generated records, as text pages and as JSON API pages shaped like
##        the registry (N=100000; N="10000 100000" for several; FORMAT=text, json or archive: the bulk zip, with
##        DuckDB's read_json beside it; DAYS=30: then 30 daily 1% pulls on the JSON form (one or two fields edited: the history's
##        growth, each day's time, an as-of query over every trial), and the file against a fresh
##        load; POSTGRES=URL: a PostgreSQL publish after each run, into that scratch database); appends to docs/benchmarks.md
bench: $(STAMP)
	$(BIN)/python -m pipelines.bench --pages $(N) --format $(FORMAT) --days $(DAYS) --work data/bench --output docs/benchmarks.md \
		$(if $(POSTGRES),--postgres $(POSTGRES))

## dev: the Dagster UI on http://127.0.0.1:3000
dev: $(STAMP) $(DAGSTER_HOME)/dagster.yaml
	mkdir -p $(LANDING)
	$(PROJECT_ENV) $(BIN)/dagster dev -h 127.0.0.1 -p 3000  # the code location as pyproject.toml names it (tool.dagster)

## docs: the data dictionary as a static, searchable site in build/docs (open build/docs/index.html)
docs: $(STAMP)
	$(BIN)/python -m pipelines.docs_site --output $(CURDIR)/build/docs

## generate: regenerate what follows from the contracts (each table's DDL, load, bi view and checks in sql/, the data dictionary)
generate: $(STAMP)
	$(BIN)/python -m pipelines.generate

## dictionary: the same as generate (its former name)
dictionary: generate

## check-defs: validate the Dagster definitions
check-defs: $(STAMP)
	$(BIN)/dagster definitions validate -m pipelines.definitions

clean:
	rm -rf $(VENV) .pytest_cache data/warehouse .dagster_home
