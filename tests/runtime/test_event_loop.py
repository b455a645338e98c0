"""The worker's event loop choice: uvloop when asked for or installed, asyncio on request."""

from __future__ import annotations

import asyncio

import pytest

from consumer.runtime import event_loop


async def _loop_type_name() -> str:
    return type(asyncio.get_running_loop()).__module__


def test_asyncio_choice_runs_the_standard_loop():
    assert event_loop.loop_factory("asyncio") is None
    assert event_loop.run(_loop_type_name(), "asyncio").startswith("asyncio")


def test_auto_prefers_uvloop_when_installed():
    pytest.importorskip("uvloop")
    assert event_loop.run(_loop_type_name(), "auto").startswith("uvloop")


def test_uvloop_choice_fails_clearly_without_uvloop(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "uvloop", None)  # makes `import uvloop` raise ImportError
    with pytest.raises(ImportError):
        event_loop.loop_factory("uvloop")
    assert event_loop.loop_factory("auto") is None
