"""Waiting on what a started process writes, with a deadline: never a sleep, never a single read.

A line a server prints (``listening``, ``Request received``) can arrive a moment after the
request that caused it was answered; a test that reads once, or sleeps and hopes, races it.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import IO


class Output:
    """A text stream read to its end on a thread; :meth:`wait_for` blocks until a text appears."""

    def __init__(self, stream: IO[str]) -> None:
        self._text = ""
        self._closed = False
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        with stream:  # closed here, at its end: the process's pipe is never left to the collector
            for line in iter(stream.readline, ""):
                with self._changed:
                    self._text += line
                    self._changed.notify_all()
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    @property
    def text(self) -> str:
        with self._changed:
            return self._text

    def wait_for(self, expected: str, timeout: float = 60.0) -> str:
        """All the output so far, once it holds ``expected``; fails when the stream ends or time runs out."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while expected not in self._text:
                left = deadline - time.monotonic()
                if self._closed or left <= 0:
                    why = "the output ended" if self._closed else f"{timeout:g} s passed"
                    raise AssertionError(
                        f"{expected!r} never appeared ({why}); output:\n{self._text[-3000:]}"
                    )
                self._changed.wait(left)
            return self._text

    def rest(self, timeout: float = 60.0) -> str:
        """All the output, once the stream has ended (the process closed it or exited)."""
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise AssertionError(f"the output did not end within {timeout:g} s:\n{self.text[-3000:]}")
        return self.text


def listening_ports(pid: int) -> set[int]:
    """The TCP ports process ``pid`` itself listens on (Linux: its socket inodes in /proc/net/tcp).

    A port that answers may be another process's: on a machine running tests in parallel, a
    server that lost its port to a race must not be mistaken for one that got it.
    """
    inodes = set()
    try:
        descriptors = os.listdir(f"/proc/{pid}/fd")
    except OSError:  # the process ended
        return set()
    for fd in descriptors:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:  # closed while we looked
            continue
        if target.startswith("socket:["):
            inodes.add(target[len("socket:[") : -1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports
