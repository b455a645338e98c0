"""The worker's event loop choice: the standard loop by default, uvloop on request."""

from __future__ import annotations

import asyncio
import sys

import pytest

from consumer.runtime import event_loop
from consumer.settings import load_settings


async def _loop_module() -> str:
    return type(asyncio.get_running_loop()).__module__


def test_the_standard_loop_is_the_default():
    assert load_settings().processing.event_loop == "asyncio"
    assert event_loop.loop_factory("asyncio") is None
    assert event_loop.run(_loop_module()).startswith("asyncio")


def test_uvloop_runs_when_asked_for():
    pytest.importorskip("uvloop")
    assert event_loop.run(_loop_module(), "uvloop").startswith("uvloop")


def test_uvloop_missing_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "uvloop", None)  # makes `import uvloop` raise ImportError
    with pytest.raises(ImportError, match="news-consumer\\[uvloop\\]"):
        event_loop.loop_factory("uvloop")
