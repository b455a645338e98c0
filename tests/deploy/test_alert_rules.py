"""The alert rules: promtool accepts them, and promtool's unit tests fire every alert (and keep
it quiet where it should be); each alert has a runbook in docs/operating.md."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.deploy.support import OPERATING_DOC, alert_rules, find_tool

UNIT_TESTS = Path(__file__).with_name("alert_rules_test.yaml")


def test_promtool_accepts_the_rules(rules_file: Path) -> None:
    promtool = find_tool("promtool")
    result = subprocess.run(
        [promtool, "check", "rules", str(rules_file)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(alert_rules())} rules found" in result.stdout


def unit_tests_with_static_annotations() -> dict[str, Any]:
    """The unit tests, each expected alert completed with its rule's static annotations."""
    static = {
        rule["alert"]: {k: v for k, v in rule["annotations"].items() if "{{" not in v}
        for rule in alert_rules()
    }
    suite: dict[str, Any] = yaml.safe_load(UNIT_TESTS.read_text())
    for case in suite["tests"]:
        for check in case["alert_rule_test"]:
            for alert in check["exp_alerts"]:
                alert["exp_annotations"] = {
                    **static[check["alertname"]],
                    **alert["exp_annotations"],
                }
    return suite


def test_every_alert_fires_in_promtool_unit_tests(rules_file: Path) -> None:
    promtool = find_tool("promtool")
    suite = unit_tests_with_static_annotations()
    tests_file = rules_file.with_name("alert_rules_test.yaml")
    tests_file.write_text(yaml.safe_dump(suite, sort_keys=False))
    result = subprocess.run(
        [promtool, "test", "rules", str(tests_file)],
        capture_output=True, text=True, timeout=120, cwd=rules_file.parent,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    fired = {
        check["alertname"]
        for case in suite["tests"]
        for check in case["alert_rule_test"]
        if check["exp_alerts"]
    }
    assert fired == {rule["alert"] for rule in alert_rules()}, "an alert without a firing test"


def test_promtool_unit_tests_can_fail(rules_file: Path) -> None:
    """A wrong expectation must make promtool fail: the suite above is not vacuous."""
    promtool = find_tool("promtool")
    suite = unit_tests_with_static_annotations()
    first_firing = next(
        check for case in suite["tests"] for check in case["alert_rule_test"] if check["exp_alerts"]
    )
    first_firing["exp_alerts"][0]["exp_labels"]["severity"] = "page-the-ceo"
    tests_file = rules_file.with_name("broken_test.yaml")
    tests_file.write_text(yaml.safe_dump(suite, sort_keys=False))
    result = subprocess.run(
        [promtool, "test", "rules", str(tests_file)],
        capture_output=True, text=True, timeout=120, cwd=rules_file.parent,
    )  # fmt: skip
    assert result.returncode != 0


def test_every_alert_has_severity_and_a_runbook_section() -> None:
    doc = OPERATING_DOC.read_text()
    headings = {
        re.sub(r"[^a-z0-9 -]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
        for line in doc.splitlines()
        if line.startswith("#")
    }
    for rule in alert_rules():
        assert rule["labels"]["severity"] in {"warning", "critical"}, rule["alert"]
        annotations = rule["annotations"]
        assert {"summary", "description", "runbook", "runbook_url"} <= annotations.keys()
        path, _, anchor = annotations["runbook_url"].partition("#")
        assert path == "docs/operating.md" and anchor == rule["alert"].lower()
        assert anchor in headings, f"docs/operating.md has no section {rule['alert']}"
        assert "for" in rule, f"{rule['alert']} would fire on a single bad scrape"
