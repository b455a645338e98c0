"""Fixtures of the deploy/ checks."""

from __future__ import annotations

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
