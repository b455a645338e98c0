"""Which asyncio event loop runs the worker: the standard one, or uvloop on request.

uvloop (libuv, by MagicStack) runs the loop machinery in C: in `make bench` it cut the main
process's CPU per article by about 10 % and lifted pass-through from ~19,400 to ~22,400
msgs/s. It is opt-in (`processing.event_loop = "uvloop"`, `pip install
'news-consumer[uvloop]'`) because in the full-size rebalance storm (`make chaos`) a worker
on uvloop sometimes never finished its SIGTERM shutdown (3 of 8 runs; 0 of 3 on the
standard loop): no message is lost (Kubernetes kills it after the grace period and another
replica re-reads the uncommitted tail), but a clean leave is part of the contract.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, Literal, TypeVar

T = TypeVar("T")
EventLoopChoice = Literal["asyncio", "uvloop"]


def loop_factory(choice: EventLoopChoice) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """The factory for ``choice``; None means asyncio's default loop.

    Raises ImportError, with the install hint, for ``uvloop`` when it is not installed.
    """
    if choice == "asyncio":
        return None
    try:
        import uvloop
    except ImportError as exc:
        raise ImportError(
            "processing.event_loop = 'uvloop' needs uvloop: pip install 'news-consumer[uvloop]'"
        ) from exc
    return uvloop.new_event_loop


def run(main: Coroutine[Any, Any, T], choice: EventLoopChoice = "asyncio") -> T:
    """``asyncio.run`` on the chosen loop (Python 3.11's Runner takes a loop factory)."""
    with asyncio.Runner(loop_factory=loop_factory(choice)) as runner:
        return runner.run(main)
