# news-consumer: `make run` and `make test` do all set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help venv test test-unit lint run kafka clean bench-enrich redis

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

# Optional real corpora, outside the repo (see README "Enrichment"): AEB=path of the
# scrapinghub article-extraction-benchmark checkout (html/ and ground-truth.json).
AEB ?= /work/corpora/scrapinghub-aeb
bench-enrich: $(STAMP)  ## quote-speaker accuracy, entity P/R, near-duplicate P/R, enrichment throughput cost
	$(BIN)/python -m bench.enrich.run --out bench/results/enrich.json \
	  $$(test -d $(AEB)/html && echo --pages $(AEB)/html) \
	  $$(test -f $(AEB)/ground-truth.json && echo --bodies $(AEB)/ground-truth.json)

redis:  ## install Debian's redis-server if missing (the Redis dedupe tests start their own)
	bash scripts/install-redis.sh
