# news-consumer: `make run` and `make test` do all set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help venv test test-unit lint run kafka clean bench-extract fuzz

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

DATA ?= /work/corpora/scrapinghub-aeb
BENCH_ARGS ?=
OUT ?= bench/results/extract.json
bench-extract: $(STAMP)  ## score HTML and text-mode extraction on a corpus: DATA=<dir> [BENCH_ARGS=...]
	$(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/python -m bench.extract $(DATA) --out $(OUT) $(BENCH_ARGS)

FUZZ_SECONDS ?= 120
fuzz: $(STAMP)  ## bounded fuzz run of the core (atheris if it installs, else a random mutator)
	$(BIN)/pip install -q -e '.[dev,fuzz]' || echo "atheris did not install: random mutator"
	$(BIN)/python -m bench.fuzz_enrich --seconds $(FUZZ_SECONDS)
