"""Progress lines on stderr: one line per finished step, and one live line on a terminal.

Results go to stdout and stay the same from run to run; what took how long goes here, to
stderr, so a pipe or a CI log gets plain lines and ``--quiet`` can drop them.  Nothing here
writes a terminal escape: the live line is redrawn with a carriage return and spaces, so
``NO_COLOR``, ``TERM=dumb`` and a log file all see plain text.  Errors never come through
here: ``--quiet`` must not hide them.
"""

from __future__ import annotations

import os
import shutil
import sys
import threading
from typing import TextIO

_lock = threading.Lock()
_quiet = False
#: The live line now on screen ("": none), so the next write can blank it out or skip a repeat.
_live_text = ""


def set_quiet(quiet: bool) -> None:
    """``--quiet``: no progress or info lines for the rest of the run (errors still print)."""
    global _quiet
    _quiet = quiet


def is_quiet() -> bool:
    return _quiet


def _stream() -> TextIO:
    return sys.stderr


def is_terminal(stream: TextIO | None = None) -> bool:
    """Whether a live line makes sense: stderr is a terminal that understands a carriage return."""
    stream = stream or _stream()
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return interactive and os.environ.get("TERM") != "dumb"


def _clear_live(stream: TextIO) -> None:
    global _live_text
    if _live_text:
        stream.write("\r" + " " * len(_live_text) + "\r")
        _live_text = ""


def info(message: str) -> None:
    """One line of information on stderr, unless quiet (a live line is cleared first)."""
    if _quiet:
        return
    stream = _stream()
    with _lock:
        _clear_live(stream)
        stream.write(message + "\n")
        stream.flush()


def step(name: str, seconds: float) -> None:
    """A finished step and its time: ``built numind-client 0.1.0 in 6.1 s``."""
    info(f"{name} in {seconds:.1f} s")


def live(text: str) -> None:
    """Show ``text`` as the one live line, replacing the previous one; only on a terminal."""
    global _live_text
    stream = _stream()
    if _quiet or not is_terminal(stream):
        return
    width = max(shutil.get_terminal_size().columns - 1, 10)
    text = text if len(text) <= width else text[: width - 3] + "..."
    with _lock:
        if text == _live_text:
            return
        stream.write("\r" + text.ljust(len(_live_text)))  # spaces blank out a longer previous line
        stream.flush()
        _live_text = text


def done() -> None:
    """Remove the live line (when a run ends without a last :func:`info`)."""
    stream = _stream()
    with _lock:
        _clear_live(stream)
        stream.flush()
