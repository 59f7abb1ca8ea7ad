"""Lists of endpoints (method + path) with oasdiff's ordering."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from specfleet.diff.delta.endpoints_diff import Endpoint


class Endpoints(list["Endpoint"]):
    """A list of endpoints."""

    @staticmethod
    def sort_func(a: Endpoint, b: Endpoint) -> int:
        """Order by path, then method (a ``cmp``-style comparison, for ``functools.cmp_to_key``)."""
        if a.path != b.path:
            return -1 if a.path < b.path else 1
        if a.method != b.method:
            return -1 if a.method < b.method else 1
        return 0

    def sorted(self) -> Endpoints:
        return Endpoints(sorted(self, key=lambda endpoint: (endpoint.path, endpoint.method)))
