"""Helpers of the deploy/ checks: the tools in .cache/deploy-tools, rendered overlays, the alert
rules and the dashboard queries."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
K8S = DEPLOY / "k8s"
OVERLAYS = ("dev", "prod", "prod-hpa")
TOOLS = REPO / ".cache" / "deploy-tools" / "bin"
PROMETHEUS_RULE = K8S / "base" / "prometheusrule.yaml"
DASHBOARD = DEPLOY / "grafana" / "news-consumer.json"
OPERATING_DOC = REPO / "docs" / "operating.md"
METRIC_NAME = re.compile(r"\bnews_consumer_[a-z0-9_]+\b")


def find_tool(name: str) -> str:
    """The tool from `make deploy-tools`, else from PATH; missing: skip, or fail under CI."""
    local = TOOLS / name
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed: run `make deploy-tools` (installs into {TOOLS})"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def render(overlay: str) -> list[dict[str, Any]]:
    """`kustomize build` of one overlay, as a list of objects."""
    kustomize = find_tool("kustomize")
    result = subprocess.run(
        [kustomize, "build", str(K8S / "overlays" / overlay)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, f"kustomize build {overlay} failed:\n{result.stderr}"
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


def only(objects: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    """The single object of a kind."""
    matches = [obj for obj in objects if obj["kind"] == kind]
    assert len(matches) == 1, f"expected one {kind}, got {len(matches)}"
    return matches[0]


def rule_groups() -> list[dict[str, Any]]:
    """The `spec.groups` of the PrometheusRule: the rule file promtool and Prometheus read."""
    groups: list[dict[str, Any]] = yaml.safe_load(PROMETHEUS_RULE.read_text())["spec"]["groups"]
    return groups


def alert_rules() -> list[dict[str, Any]]:
    return [rule for group in rule_groups() for rule in group["rules"] if "alert" in rule]


def write_rules_file(directory: Path) -> Path:
    """The rules as a plain Prometheus rule file in ``directory``."""
    path = directory / "news-consumer-rules.yaml"
    path.write_text(yaml.safe_dump({"groups": rule_groups()}, sort_keys=False))
    return path


def dashboard() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DASHBOARD.read_text())
    return loaded


def dashboard_panels() -> Iterator[dict[str, Any]]:
    """Every panel, those nested in collapsed rows too."""
    for panel in dashboard()["panels"]:
        yield panel
        yield from panel.get("panels", [])


def dashboard_queries() -> list[tuple[str, str]]:
    """(panel title, PromQL) of every query target of the dashboard."""
    return [
        (panel["title"], target["expr"])
        for panel in dashboard_panels()
        for target in panel.get("targets", [])
        if target.get("expr")
    ]


def as_instant_query(expr: str, rate_interval: str = "30s") -> str:
    """A dashboard query with Grafana's variables replaced, so Prometheus can run it."""
    return (
        expr.replace("$__rate_interval", rate_interval)
        .replace("$namespace", ".*")
        .replace("$pod", ".*")
    )
