"""Every metric the dashboard, the alerts and the HPA name is one the service exports, and every
metric the service exports is on the dashboard."""

from __future__ import annotations

from typing import Any

import yaml

from consumer.observability.metrics import Metrics
from tests.deploy.support import K8S, METRIC_NAME, alert_rules, dashboard_queries

# Series that Prometheus makes itself, not the service.
SCRAPE_SERIES = {"up"}


def exported_series() -> dict[str, str]:
    """Every series name the registry can expose, mapped to its metric family."""
    names: dict[str, str] = {}
    for family in Metrics().registry.collect():
        suffixes = {
            "counter": ("_total", "_created"),
            "histogram": ("_bucket", "_sum", "_count", "_created"),
            "gauge": ("",),
        }[family.type]
        for suffix in suffixes:
            names[family.name + suffix] = family.name
    return names


def used_in_rules() -> set[str]:
    return {name for rule in alert_rules() for name in METRIC_NAME.findall(rule["expr"])}


def used_in_dashboard() -> set[str]:
    return {name for _, expr in dashboard_queries() for name in METRIC_NAME.findall(expr)}


def hpa_metric_names() -> set[str]:
    hpa: dict[str, Any] = yaml.safe_load(
        (K8S / "components" / "hpa" / "horizontalpodautoscaler.yaml").read_text()
    )
    return {m["pods"]["metric"]["name"] for m in hpa["spec"]["metrics"] if m["type"] == "Pods"}


def test_the_registry_is_what_the_spec_lists() -> None:
    families = set(exported_series().values())
    assert len(families) >= 20
    assert all(name.startswith("news_consumer_") for name in families)


def test_alerts_use_only_exported_series() -> None:
    used = used_in_rules()
    assert len(used) >= 8
    assert used - exported_series().keys() == set()
    for rule in alert_rules():
        if not METRIC_NAME.search(rule["expr"]):
            # Only scrape health may be watched without a series of ours.
            assert rule["expr"].split("{")[0] in SCRAPE_SERIES, rule["alert"]


def test_dashboard_uses_only_exported_series() -> None:
    assert used_in_dashboard() - exported_series().keys() == set()


def test_hpa_scales_on_an_exported_gauge() -> None:
    assert hpa_metric_names() <= exported_series().keys()


def test_dashboard_shows_every_metric_family() -> None:
    series = exported_series()
    shown = {series[name] for name in used_in_dashboard()}
    assert set(series.values()) - shown == set()
