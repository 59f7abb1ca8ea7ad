"""Operation names: each becomes a function and a module, so it must be unique and short.

opc names an operation's function and module after its ``operationId`` (or, without one,
its method and path) in snake case, so ``getThing``, ``get_thing`` and ``GetThing`` are one
name and opc keeps only one of them.  A name too long for a file name makes opc crash while
writing the module.  Colliding names get a numbered suffix (in document order, the first
keeps its name); long ones are cut and end in a short hash of the full name, so the result
is the same on every run and distinct for distinct names.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_python_client.parser.openapi import generate_operation_id
from openapi_python_client.schema.untrusted_string import UntrustedString

from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import operations, python_name, short_hash, unique
from specfleet.opc.parse import FIELD_PREFIX
from specfleet.spec.document import Pointer

#: Longest generated identifier (also a module's file name) allowed; file systems stop at 255 bytes.
MAX_NAME = 80


def shorten(name: str, limit: int = MAX_NAME) -> str:
    """``name`` cut to fit ``limit`` once converted, ending in a hash of the whole name.

    The result is already snake case, so opc's conversion keeps the hash in one piece.
    """
    converted = python_name(name)
    if len(converted) <= limit:
        return name
    return f"{converted[: limit - 9].rstrip('_')}_{short_hash(name)}"


def operation_ids(
    data: dict[str, Any],
) -> Iterator[tuple[Pointer, dict[str, Any], str | None, str, str]]:
    """Each operation (in document order) with its given operationId, the name opc would make
    of it (or of its path), and the id this repair gives it (the same name when it keeps it)."""
    taken: set[str] = set()
    for pointer, path, method, operation in operations(data):
        op_id = operation.get("operationId")
        given = op_id if isinstance(op_id, str) and op_id else None
        name = given or str(
            generate_operation_id(path=UntrustedString(path), method=method, prefix=FIELD_PREFIX)
        )
        new = unique(shorten(name), taken)
        taken.add(python_name(new))
        yield pointer, operation, given, name, new


@repair(
    "operation-names",
    "generate",
    "opc keeps one of the operations whose ids make the same Python name (getThing, get_thing) and "
    "crashes on names too long for a file; ids get a numbered suffix or are cut and hashed",
)
def operation_names(ctx: RepairContext) -> Iterator[Change]:
    for pointer, operation, given, name, new in operation_ids(ctx.data):
        if new == name:
            continue
        operation["operationId"] = new
        reason = (
            "is too long for a module name"
            if len(python_name(name)) > MAX_NAME
            else ("makes the same Python name as an earlier operation")
        )
        where = (*pointer, "operationId") if given else pointer
        yield Change(where, f"operation {name!r} {reason}; opc names it {python_name(new)!r}")
