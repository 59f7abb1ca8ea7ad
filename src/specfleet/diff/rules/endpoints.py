"""Endpoints appearing, disappearing, being deprecated, and their operationId."""

from __future__ import annotations

import re
from collections.abc import Iterator

from specfleet.diff.model import Finding
from specfleet.diff.operations import Operation
from specfleet.diff.rules.base import OperationPair, SpecPair, operation_rule, spec_rule


def _removed(pair: SpecPair, *, whole_path: bool, deprecated: bool) -> Iterator[Finding]:
    for key, operation in pair.base.operations.items():
        if key in pair.revision.operations or operation.deprecated != deprecated:
            continue
        path_gone = key[1] not in pair.revision.paths
        if path_gone != whole_path:
            continue
        what = "endpoint removed, with its whole path," if whole_path else "endpoint removed"
        how = "after being deprecated" if deprecated else "without deprecation"
        revision = ("paths",) if path_gone else ("paths", pair.revision.paths[key[1]])
        yield Finding(
            f"{what} {how}", revision=revision, base=operation.pointer, operation=(key[0], operation.path)
        )


@spec_rule("api-path-removed-without-deprecation", "ERR", "removed")
def api_path_removed_without_deprecation(pair: SpecPair) -> Iterator[Finding]:
    """Callers of a removed path get 404, and the client loses its methods."""
    yield from _removed(pair, whole_path=True, deprecated=False)


@spec_rule("api-path-removed-with-deprecation", "INFO", "removed")
def api_path_removed_with_deprecation(pair: SpecPair) -> Iterator[Finding]:
    """Deprecated first, yet the generated methods still disappear (see POLICY)."""
    yield from _removed(pair, whole_path=True, deprecated=True)


@spec_rule("api-removed-without-deprecation", "ERR", "removed")
def api_removed_without_deprecation(pair: SpecPair) -> Iterator[Finding]:
    """An operation removed from a path that stays: its callers break."""
    yield from _removed(pair, whole_path=False, deprecated=False)


@spec_rule("api-removed-with-deprecation", "INFO", "removed")
def api_removed_with_deprecation(pair: SpecPair) -> Iterator[Finding]:
    """A deprecated operation removed: the generated method still disappears (see POLICY)."""
    yield from _removed(pair, whole_path=False, deprecated=True)


@spec_rule("endpoint-added", "INFO", "added")
def endpoint_added(pair: SpecPair) -> Iterator[Finding]:
    """A new operation is a new client method: a minor release."""
    for key, operation in pair.revision.operations.items():
        if key not in pair.base.operations:
            yield Finding("endpoint added", revision=operation.pointer, operation=(key[0], operation.path))


@operation_rule("endpoint-deprecated", "INFO", "deprecated")
def endpoint_deprecated(pair: OperationPair) -> Iterator[Finding]:
    """Deprecating is a minor release (SemVer item 7); removing it later is the major one."""
    if pair.revision.deprecated and not pair.base.deprecated:
        yield Finding("endpoint deprecated", revision=(*pair.revision.pointer, "deprecated"))


@operation_rule("endpoint-reactivated", "INFO", "changed")
def endpoint_reactivated(pair: OperationPair) -> Iterator[Finding]:
    """A deprecation withdrawn: callers may keep using the endpoint."""
    if pair.base.deprecated and not pair.revision.deprecated:
        yield Finding("endpoint is no longer deprecated", revision=pair.revision.pointer)


def function_name(operation_id: str) -> str:
    """``getPetById`` -> ``get_pet_by_id``, as openapi-python-client names the function."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", operation_id)
    return re.sub(r"[^a-zA-Z0-9]+", "_", words).strip("_").lower()


def _operation_id_pointer(operation: Operation) -> tuple[str | int, ...]:
    return (*operation.pointer, "operationId")


@operation_rule("api-operation-id-removed", "INFO", "changed")
def api_operation_id_removed(pair: OperationPair) -> Iterator[Finding]:
    """The operationId names the generated function; changing it renames the function (see POLICY)."""
    old, new = pair.base.operation_id, pair.revision.operation_id
    if old is None or old == new:
        return
    if new is None:
        message = f"operationId '{old}' removed: the generated function {function_name(old)}() is renamed"
    else:
        message = (
            f"operationId changed from '{old}' to '{new}': the generated function "
            f"{function_name(old)}() becomes {function_name(new)}()"
        )
    yield Finding(message, revision=_operation_id_pointer(pair.revision))


@operation_rule("api-operation-id-added", "INFO", "changed")
def api_operation_id_added(pair: OperationPair) -> Iterator[Finding]:
    """An operationId where there was none (our lint requires one, so this is rare)."""
    if pair.base.operation_id is None and pair.revision.operation_id is not None:
        yield Finding(
            f"operationId '{pair.revision.operation_id}' added", revision=_operation_id_pointer(pair.revision)
        )
