"""The Grafana dashboard: well-formed, laid out without overlaps, on a data-source variable, and
showing what the operators asked for."""

from __future__ import annotations

from typing import Any

from tests.deploy.support import dashboard, dashboard_panels, dashboard_queries


def visible_panels() -> list[dict[str, Any]]:
    return [panel for panel in dashboard_panels() if panel["type"] != "row"]


def test_dashboard_identity_and_variables() -> None:
    board = dashboard()
    assert board["uid"] == "news-consumer" and board["title"] == "news-consumer"
    assert isinstance(board["schemaVersion"], int) and board["schemaVersion"] >= 36
    variables = {v["name"]: v for v in board["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    for name in ("namespace", "pod"):
        assert variables[name]["includeAll"] and variables[name]["allValue"] == ".*"


def test_every_panel_queries_the_selected_prometheus() -> None:
    ids = [panel["id"] for panel in dashboard_panels()]
    assert len(ids) == len(set(ids)), "panel ids are unique"
    for panel in visible_panels():
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}, panel["title"]
        assert panel["targets"], panel["title"]
        assert panel.get("description"), f"{panel['title']} explains itself"
        ref_ids = [target["refId"] for target in panel["targets"]]
        assert len(ref_ids) == len(set(ref_ids))
        for target in panel["targets"]:
            expr = target["expr"]
            assert 'namespace=~"$namespace"' in expr and 'pod=~"$pod"' in expr, panel["title"]
            if "rate(" in expr:
                assert "[$__rate_interval]" in expr, panel["title"]


def test_panels_do_not_overlap_and_fit_the_grid() -> None:
    occupied: set[tuple[int, int]] = set()
    for panel in dashboard_panels():
        grid = panel["gridPos"]
        assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 24, panel["title"]
        cells = {
            (x, y)
            for x in range(grid["x"], grid["x"] + grid["w"])
            for y in range(grid["y"], grid["y"] + grid["h"])
        }
        assert not cells & occupied, f"{panel['title']} overlaps another panel"
        occupied |= cells


def test_the_asked_for_views_are_there() -> None:
    queries = "\n".join(expr for _, expr in dashboard_queries())
    # view asked for -> a fragment of the query that shows it
    asked = {
        "throughput in": "rate(news_consumer_messages_consumed_total",
        "throughput out": "rate(news_consumer_messages_produced_total",
        "lag in records per partition": "(topic, partition) (news_consumer_consumer_lag_messages",
        "lag in seconds per partition": "by (topic, partition) (news_consumer_consumer_lag_seconds",
        "end-to-end p99": "histogram_quantile(0.99, sum by (le) (rate(news_consumer_end_to_end_",
        "processing p50": "histogram_quantile(0.5, sum by (le) (rate(news_consumer_processing_",
        "dead letters by reason": "by (reason) (rate(news_consumer_messages_dead_lettered_total",
        "pool busy": "news_consumer_pool_busy_workers",
        "restarts": "news_consumer_worker_restarts_total",
        "cleaning removals by reason": "by (reason) (rate(news_consumer_cleaning_removed_chars",
        "replicas": "count(news_consumer_build_info",
    }
    missing = [view for view, fragment in asked.items() if fragment not in queries]
    assert missing == []
