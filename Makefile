# news-consumer: `make run` and `make test` do all set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help venv test test-unit lint run kafka kafka-jars clean deploy-tools test-deploy bench-text-dump bench-text-worst bench-extract fuzz bench-enrich bench-metadata redis bench chaos

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

# The modules setup.py compiles with mypyc: an edit reinstalls, so that the in-place build
# (which Python imports before the source) is never stale.
COMPILED_SOURCES := $(shell grep -o 'consumer/core/enrich/[a-z_]*\.py' setup.py)

$(STAMP): pyproject.toml setup.py $(COMPILED_SOURCES)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)  ## create the virtualenv with the package and dev tools

test: $(STAMP) deploy-tools  ## the whole suite, integration tests against a real broker included
	$(BIN)/pytest -ra

test-unit: $(STAMP)  ## unit tests only (no broker)
	$(BIN)/pytest -ra -m 'not integration'

lint: $(STAMP)  ## ruff and mypy
	$(BIN)/ruff check consumer tests
	$(BIN)/mypy consumer

EXAMPLES := $(wildcard examples/articles/*.txt examples/articles/*.html)
METRICS_PORT ?= 9100
BOOTSTRAP_FILE := .cache/kafka-bootstrap

kafka-jars: $(STAMP)  ## fetch the Apache Kafka jars from Maven Central (once, into .cache/kafka)
	$(BIN)/python -m consumer.local_kafka fetch

kafka: kafka-jars  ## run a local single-node KRaft broker in the foreground until Ctrl-C
	$(BIN)/python -m consumer.local_kafka serve --bootstrap-file $(BOOTSTRAP_FILE)

# run: a broker (unless KAFKA_BOOTSTRAP_SERVERS or NEWS_CONSUMER_KAFKA__BOOTSTRAP_SERVERS is
# set), the topics, the worker, the example articles, a few enriched records; Ctrl-C stops all.
run: kafka-jars  ## start broker + worker, feed the examples, show results and metrics
	@set -euo pipefail; broker=""; worker=""; \
	stop() { for pid in $$worker $$broker; do kill $$pid 2>/dev/null && wait $$pid || true; done; }; \
	trap 'echo; echo "stopping..."; stop' EXIT; trap 'exit 0' INT TERM; \
	if [ -z "$${NEWS_CONSUMER_KAFKA__BOOTSTRAP_SERVERS:-}$${KAFKA_BOOTSTRAP_SERVERS:-}" ]; then \
	  rm -f $(BOOTSTRAP_FILE); \
	  setsid $(BIN)/python -m consumer.local_kafka serve --bootstrap-file $(BOOTSTRAP_FILE) & broker=$$!; \
	  for _ in $$(seq 240); do [ -s $(BOOTSTRAP_FILE) ] && break; sleep 0.5; done; \
	  [ -s $(BOOTSTRAP_FILE) ] || { echo "the local broker did not start"; exit 1; }; \
	  export KAFKA_BOOTSTRAP_SERVERS=$$(cat $(BOOTSTRAP_FILE)); \
	fi; \
	export NEWS_CONSUMER_METRICS__PORT=$(METRICS_PORT); \
	$(BIN)/news-consumer topics create; \
	setsid $(BIN)/news-consumer run & worker=$$!; \
	$(BIN)/news-consumer produce $(EXAMPLES); \
	echo "--- enriched records on the output topic (a few fields of each) ---"; \
	$(BIN)/news-consumer peek -n $(words $(EXAMPLES)) | $(BIN)/python examples/show.py; \
	echo "--- metrics: http://127.0.0.1:$(METRICS_PORT)/metrics  health: /healthz /readyz ---"; \
	echo "--- the worker keeps running; Ctrl-C stops it (and the local broker) ---"; \
	wait $$worker

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

clean:  ## remove the venv, caches and compiled modules (the Kafka jar cache is kept)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build
	rm -f *__mypyc.*.so *__mypyc.*.pyd
	find consumer \( -name '*.so' -o -name '*.pyd' \) -type f -delete

# --- deploy/ checks: tools go to .cache/deploy-tools (ignored), installed once -------------
DEPLOY_TOOLS := .cache/deploy-tools
KUSTOMIZE_VERSION := v5.7.1
GO ?= $(shell command -v go || echo /usr/local/go/bin/go)

deploy-tools: $(DEPLOY_TOOLS)/bin/kustomize $(DEPLOY_TOOLS)/bin/promtool  ## kustomize, prometheus + promtool into .cache/deploy-tools

$(DEPLOY_TOOLS)/bin/kustomize:  # built from the Go module proxy
	mkdir -p $(@D)
	GOBIN=$(abspath $(@D)) GOFLAGS=-mod=mod $(GO) install sigs.k8s.io/kustomize/kustomize/v5@$(KUSTOMIZE_VERSION)

$(DEPLOY_TOOLS)/bin/promtool:  # Debian's prometheus package, unpacked here: no service, no root files
	rm -rf $(DEPLOY_TOOLS)/deb && mkdir -p $(DEPLOY_TOOLS)/deb $(@D)
	cd $(DEPLOY_TOOLS)/deb && { apt-get download prometheus 2>/dev/null || { apt-get update -qq && apt-get download prometheus; }; }
	dpkg-deb -x $(DEPLOY_TOOLS)/deb/prometheus_*.deb $(DEPLOY_TOOLS)/deb/root
	install -m 755 $(DEPLOY_TOOLS)/deb/root/usr/bin/prometheus $(@D)/prometheus
	install -m 755 $(DEPLOY_TOOLS)/deb/root/usr/bin/promtool $(@D)/promtool
	rm -rf $(DEPLOY_TOOLS)/deb

test-deploy: $(STAMP) deploy-tools  ## the deploy/ checks: Dockerfile, manifests, rules, dashboard, real Prometheus
	$(BIN)/pytest -ra tests/deploy

bench-text-dump: $(STAMP)  ## text mode on full-page dumps of a corpus, both halves: DATA=<dir> [TYPE=article] [STYLE=node-per-line]
	$(BIN)/python bench/text_dump_score.py $(DATA) $(if $(TYPE),--type $(TYPE)) $(if $(STYLE),--style $(STYLE)) \
	  --out bench/results/text_dump_$(notdir $(DATA))$(if $(TYPE),_$(TYPE))$(if $(STYLE),_$(STYLE)).json

bench-text-worst: $(STAMP)  ## time text mode on pathological inputs (5 MB dumps, regex bombs)
	$(BIN)/python bench/text_worst_case.py bench/results/text_worst_case.json

DATA ?= /work/corpora/scrapinghub-aeb
BENCH_ARGS ?=
OUT ?= bench/results/extract.json
bench-extract: $(STAMP)  ## score HTML and text-mode extraction on a corpus: DATA=<dir> [BENCH_ARGS=...]
	$(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/python -m bench.extract $(DATA) --out $(OUT) $(BENCH_ARGS)

WCXB ?= /work/corpora/wcxb
bench-metadata: $(STAMP)  ## title/author/date accuracy vs WCXB truth, ours and trafilatura: [WCXB=<dir>]
	$(BIN)/pip install -q -e '.[dev,bench]'
	$(BIN)/python -m bench.metadata $(WCXB)/dev --half a --out bench/results/metadata.json
	$(BIN)/python -m bench.metadata $(WCXB)/dev --half b --out bench/results/metadata.json
	$(BIN)/python -m bench.metadata $(WCXB)/test --out bench/results/metadata.json

FUZZ_SECONDS ?= 120
fuzz: $(STAMP)  ## bounded fuzz run of the core (atheris if it installs, else a random mutator)
	$(BIN)/pip install -q -e '.[dev,fuzz]' || echo "atheris did not install: random mutator"
	$(BIN)/python -m bench.fuzz_enrich --seconds $(FUZZ_SECONDS)

# Optional real corpora, outside the repo (see README "Enrichment"): AEB=path of the
# scrapinghub article-extraction-benchmark checkout (html/ and ground-truth.json).
AEB ?= /work/corpora/scrapinghub-aeb
bench-enrich: $(STAMP)  ## quote-speaker accuracy, entity P/R, near-duplicate P/R, enrichment throughput cost
	$(BIN)/python -m bench.enrich.run --out bench/results/enrich.json \
	  $$(test -d $(AEB)/html && echo --pages $(AEB)/html) \
	  $$(test -f $(AEB)/ground-truth.json && echo --bodies $(AEB)/ground-truth.json)

redis:  ## install Debian's redis-server if missing (the Redis dedupe tests start their own)
	bash scripts/install-redis.sh
