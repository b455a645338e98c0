# news-consumer: `make run` and `make test` do all set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help venv test test-unit lint run kafka clean bench chaos

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

# make bench: the stream benchmarks (extraction vs trafilatura on generated articles, offline
# vs end to end with 1 and 2 pool workers, pass-through, latency, memory, profiles) into
# bench/results/; with DATA=<corpus> also `make bench-extract` on that corpus first.
BENCH_STREAM_ARGS ?=
bench: $(STAMP)  ## stream benchmarks into bench/results/ (DATA=<corpus> adds bench-extract)
	$(BIN)/pip install -q -e '.[dev,bench-stream]'
	@if [ "$(origin DATA)" = "command line" ] || [ "$(origin DATA)" = "environment" ]; then \
	  $(MAKE) bench-extract DATA="$(DATA)"; fi
	$(BIN)/python -m bench.stream.run $(BENCH_STREAM_ARGS)
	$(BIN)/python -m bench.stream.profile

chaos: $(STAMP)  ## full-size fault proofs (kill -9, broker restart, poison flood, rebalance storm, slow output)
	$(BIN)/pip install -q -e '.[dev,bench-stream]'
	rm -f bench/results/chaos.json
	NEWS_CONSUMER_CHAOS_FULL=1 NEWS_CONSUMER_CHAOS_RESULTS=bench/results/chaos.json \
	  $(BIN)/pytest -ra -m slow tests/chaos
	@cat bench/results/chaos.json

clean:  ## remove the venv and caches (the Kafka jar cache is kept)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
