"""The one behaviour every diff node shares (oasdiff's ``IDiff``)."""

from __future__ import annotations

from typing import Protocol


class IDiff(Protocol):
    """A diff node that can say whether it found any change."""

    def empty(self) -> bool: ...
