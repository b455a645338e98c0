"""Fixtures of the deploy/ checks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.deploy.support import OVERLAYS, render, write_rules_file


@pytest.fixture(scope="session")
def rendered() -> dict[str, list[dict[str, Any]]]:
    """Every overlay rendered once per session."""
    return {overlay: render(overlay) for overlay in OVERLAYS}


@pytest.fixture
def rules_file(tmp_path: Path) -> Path:
    """The PrometheusRule's groups as a plain Prometheus rule file."""
    return write_rules_file(tmp_path)


@pytest.fixture(scope="session")
def bootstrap_servers(request: pytest.FixtureRequest) -> Iterator[str]:
    """The session's broker (the suite's `kafka_broker` when there is one), else our own."""
    try:
        broker = request.getfixturevalue("kafka_broker")
    except pytest.FixtureLookupError:
        from consumer.local_kafka import LocalKafka

        with LocalKafka() as local:
            yield local.bootstrap_servers
        return
    yield broker.bootstrap_servers
