"""The per-operation context most check helpers need, bundled so their signatures stay short."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from specfleet.diff.checks.api_change import ApiChange, new_api_change

if TYPE_CHECKING:
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.method_diff import MethodDiff
    from specfleet.diff.openapi3 import Operation


@dataclass(slots=True)
class OpInfo:
    """Config, operation, method and path; ``method_diff`` is set when working from a diff."""

    config: Config
    operation: Operation | None
    method: str
    path: str
    method_diff: MethodDiff | None = None

    def new_api_change(self, id: str, args: list[Any], comment: str) -> ApiChange:
        """A change of this operation; callers chain ``with_sources``/``with_details``."""
        return new_api_change(id, self.config, args, comment, self.operation, self.method, self.path)


# oasdiff's spelling of the type.
opInfo = OpInfo


def new_op_info(config: Config, operation: Operation | None, method: str, path: str) -> OpInfo:
    """Context for a check looking at one side's operation (e.g. a sunset date)."""
    return OpInfo(config=config, operation=operation, method=method, path=path)


def new_op_info_from_diff(config: Config, method_diff: MethodDiff, method: str, path: str) -> OpInfo:
    """Context for a modified operation: changes are attributed to its revision."""
    return OpInfo(
        config=config, operation=method_diff.revision, method=method, path=path, method_diff=method_diff
    )
