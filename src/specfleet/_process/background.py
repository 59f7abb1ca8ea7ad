"""Run one function in a forked process while this one goes on, and collect its result.

On the machines the fleet runs on (two cores), checking a big spec against the OpenAPI
schema and rendering its client take seconds each and need nothing from each other, so
``generate`` does both at once.  A forked child inherits the loaded spec as it is (no copy
is pickled across); only the result, small by design, travels back through a pipe.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import tempfile
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Generic, TypeVar

from specfleet._process import lifeline
from specfleet._process.scratch import make_dir
from specfleet.errors import SpecfleetError

T = TypeVar("T")


def _run(
    parent: int, scratch: str, connection: Connection, function: Callable[..., Any], args: tuple[Any, ...]
) -> None:
    lifeline.attach(parent)  # a child whose run was killed stops too, instead of working on for nobody
    tempfile.tempdir = scratch  # what it writes there goes with it, even when it is killed
    # What the child inherits (a loaded spec: a million objects) is never garbage here; frozen,
    # the collector skips it, and does not touch (and so copy) the pages it shares with the parent.
    gc.freeze()
    try:
        outcome: tuple[str, Any] = ("ok", function(*args))
    except BaseException as exc:  # the parent re-raises it as one line, never as a traceback
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        outcome = (
            "error",
            f"{type(exc).__name__}: {exc} ({os.path.basename(frame.filename)}:{frame.lineno})",
        )
    connection.send(outcome)
    connection.close()


class Background(Generic[T]):
    """``function(*args)`` running in a forked child; :meth:`result` waits for it."""

    def __init__(self, function: Callable[..., T], *args: Any) -> None:
        self._inline: tuple[Callable[..., T], tuple[Any, ...]] | None = None
        if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - not on Linux
            self._inline = (function, args)
            return
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._scratch = make_dir(Path(tempfile.gettempdir()), "specfleet-background")
        lifeline.remove_when_done(self._scratch)
        arguments = (os.getpid(), str(self._scratch), send, function, args)
        self._process = context.Process(target=_run, args=arguments, daemon=True)
        with lifeline.forking():
            self._process.start()
        send.close()

    def result(self) -> T:
        if self._inline is not None:  # pragma: no cover
            function, args = self._inline
            return function(*args)
        try:
            status, value = self._receive.recv()
        except EOFError:
            status, value = "error", f"the process died (exit code {self._process.exitcode})"
        finally:
            self._process.join()
            lifeline.removed(self._scratch)
        if status != "ok":
            raise SpecfleetError(f"checking the spec in the background failed: {value}")
        return value  # type: ignore[no-any-return]

    def cancel(self) -> None:
        """Stop the child when its result is no longer wanted."""
        if self._inline is None:
            if self._process.is_alive():
                self._process.kill()
                self._process.join()
            lifeline.removed(self._scratch)
