"""Which asyncio event loop runs the worker: uvloop when available, else the standard one.

The main process is a thin event loop (fetch, hand to the pool, produce, commit); most of
its CPU is loop machinery (callbacks, futures, timers). uvloop (libuv, from the asyncio
maintainers' circle at MagicStack) does the same work in C, which leaves more of the cores
to the extraction pool (bench/results/stream.md).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, Literal, TypeVar

T = TypeVar("T")
EventLoopChoice = Literal["auto", "uvloop", "asyncio"]


def loop_factory(choice: EventLoopChoice) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """The factory for ``choice``; None means asyncio's default loop.

    ``auto`` takes uvloop when it is installed; ``uvloop`` insists on it (ImportError, which
    the CLI reports, when it is missing).
    """
    if choice == "asyncio":
        return None
    try:
        import uvloop
    except ImportError:
        if choice == "uvloop":
            raise
        return None
    return uvloop.new_event_loop


def run(main: Coroutine[Any, Any, T], choice: EventLoopChoice = "auto") -> T:
    """``asyncio.run`` on the chosen loop (Python 3.11's Runner takes a loop factory)."""
    with asyncio.Runner(loop_factory=loop_factory(choice)) as runner:
        return runner.run(main)
