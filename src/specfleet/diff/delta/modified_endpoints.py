"""Endpoints present on both sides whose operation changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from specfleet.diff.delta.endpoints import Endpoints

if TYPE_CHECKING:
    from specfleet.diff.delta.endpoints_diff import Endpoint
    from specfleet.diff.delta.method_diff import MethodDiff


class ModifiedEndpoints(dict["Endpoint", "MethodDiff | None"]):
    """Endpoint -> the changes to its operation."""

    def to_endpoints(self) -> Endpoints:
        return Endpoints(self.keys())
