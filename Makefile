# news-consumer: `make run` and `make test` do all set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help venv test test-unit lint run kafka clean bench-text-dump bench-text-worst

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)  ## create the virtualenv with the package and dev tools

test: $(STAMP)  ## the whole suite, integration tests against a real broker included
	$(BIN)/pytest -ra

test-unit: $(STAMP)  ## unit tests only (no broker)
	$(BIN)/pytest -ra -m 'not integration'

lint: $(STAMP)  ## ruff and mypy
	$(BIN)/ruff check consumer tests
	$(BIN)/mypy consumer

clean:  ## remove the venv and caches (the Kafka jar cache is kept)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

bench-text-dump: $(STAMP)  ## text mode on full-page dumps of a corpus, both halves: DATA=<dir> [TYPE=article]
	$(BIN)/python bench/text_dump_score.py $(DATA) $(if $(TYPE),--type $(TYPE)) --out bench/results/text_dump_$(notdir $(DATA))$(if $(TYPE),_$(TYPE)).json

bench-text-worst: $(STAMP)  ## time text mode on pathological inputs (5 MB dumps, regex bombs)
	$(BIN)/python bench/text_worst_case.py bench/results/text_worst_case.json
