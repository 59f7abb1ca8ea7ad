"""Parameters whose Python names collide, or shadow the generated function's own names.

opc drops a whole operation when two of its parameters make the same Python name (Twilio's
``DateCreated``, ``DateCreated<`` and ``DateCreated>``), and a parameter named ``body`` or
``headers`` would shadow the argument or local variable of the same name in the generated
function.  The repair renames such a parameter *for opc only*: a fix-up puts the spec's name
back on opc's parsed parameter, so the generated request still sends ``DateCreated<``.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from openapi_python_client.schema.untrusted_string import UntrustedString

from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import endpoints_at, operations, python_name, resolve
from specfleet.opc.parse import METHOD_KEYWORDS

#: Names the generated endpoint functions use themselves: their arguments (``client``, ``body``),
#: opc's reserved ``url``, the locals ``_get_kwargs`` builds the request in, and what the endpoint
#: module imports (a path parameter ``quote`` hid ``urllib.parse.quote`` from the URL it fills in),
#: and the per-call options every resource method takes (``timeout``, ``extra_headers``...).
SHADOWED = frozenset(
    {"client", "body", "url", "headers", "params", "cookies", "kwargs", "response",
     "quote", "cast", "httpx", "errors", "http_status", "request_parts", "build_request",
     "Answers", "ANSWERS"}
) | METHOD_KEYWORDS  # fmt: skip
#: Symbols spelled out so ``DateCreated<`` becomes ``date_created_lt`` rather than a number.
SYMBOLS = {
    "<": "lt",
    ">": "gt",
    "=": "eq",
    "!": "not",
    "+": "plus",
    "*": "star",
    "@": "at",
    "#": "hash",
    "$": "dollar",
    "%": "percent",
    "&": "and",
    "|": "or",
    "~": "tilde",
    "^": "caret",
    "?": "q",
}
_SYMBOL = re.compile("[" + re.escape("".join(SYMBOLS)) + "]")
LOCATIONS = ("path", "query", "header", "cookie")


def _spelled(name: str) -> str:
    return _SYMBOL.sub(lambda match: f"_{SYMBOLS[match.group()]}_", name).strip("_") or name


def _new_name(name: str, location: str, taken: set[str]) -> str:
    for candidate in (_spelled(name), f"{name}_{location}"):
        if python_name(candidate) not in taken and python_name(candidate) not in SHADOWED:
            return candidate
    number = 2
    while python_name(f"{name}_{location}_{number}") in taken:
        number += 1
    return f"{name}_{location}_{number}"


def _effective(
    data: dict[str, Any], path: str, operation: dict[str, Any]
) -> list[tuple[list[Any], int, dict[str, Any]]]:
    """(list, index, resolved parameter) for what opc reads: the operation's, then the path's not overridden."""
    found: list[tuple[list[Any], int, dict[str, Any]]] = []
    keys: set[tuple[str, str]] = set()
    path_level = data["paths"][path].get("parameters")
    for owner in (operation.get("parameters"), path_level):
        if not isinstance(owner, list):
            continue
        for index, raw in enumerate(owner):
            param = resolve(data, raw)
            if not isinstance(param, dict) or not isinstance(param.get("name"), str):
                continue
            key = (param["name"], str(param.get("in")))
            if key in keys:
                continue
            keys.add(key)
            found.append((owner, index, param))
    # opc names path parameters first, so they keep their names (renaming one would break the path)
    found.sort(key=lambda entry: entry[2].get("in") != "path")
    return found


class _RestoreWireNames:
    """Fix-up: put the spec's parameter names back on opc's parsed endpoints."""

    def __init__(self) -> None:
        self.renamed: dict[tuple[str, str], dict[tuple[str, str], str]] = {}

    def add(self, path: str, method: str, location: str, new: str, original: str) -> None:
        self.renamed.setdefault((path, method), {})[(location, new)] = original

    def __call__(self, openapi: Any) -> None:
        for (path, method), names in self.renamed.items():
            for endpoint in endpoints_at(openapi, path, method):
                for location in LOCATIONS:
                    for prop in getattr(endpoint, f"{location}_parameters"):
                        original = names.get((location, prop.name.get_untrusted_value()))
                        if original is not None:
                            object.__setattr__(prop, "name", UntrustedString(original))


@repair(
    "parameter-names",
    "generate",
    "opc drops an operation whose parameters share a Python name, and a parameter named like the "
    "generated function's own arguments shadows them; renamed for opc, the spec's name is still sent",
)
def rename_parameters(ctx: RepairContext) -> Any:
    restore = _RestoreWireNames()
    #: path-level parameters renamed for one operation, so every operation of that path restores them
    renamed_path_level: dict[int, str] = {}
    for pointer, path, method, operation in operations(ctx.data):
        taken: set[str] = set()
        for owner, index, param in _effective(ctx.data, path, operation):
            name, location = param["name"], str(param.get("in"))
            if id(param) in renamed_path_level:
                taken.add(python_name(name))
                restore.add(path, method, location, name, renamed_path_level[id(param)])
                continue
            identifier = python_name(name)
            if location == "path" or (identifier not in taken and identifier not in SHADOWED):
                taken.add(identifier)  # a path parameter keeps its name: the path template names it
                continue
            new = _new_name(name, location, taken | SHADOWED)
            renamed = copy.deepcopy(param)
            renamed["name"] = new
            owner[index] = renamed
            at_path_level = owner is not operation.get("parameters")
            if at_path_level:
                renamed_path_level[id(renamed)] = name
            where = ("paths", path, "parameters", index) if at_path_level else (*pointer, "parameters", index)
            reason = (
                f"would shadow the generated function's own {identifier!r}"
                if identifier in SHADOWED
                else f"makes the same Python name as another parameter ({identifier!r})"
            )
            yield Change(
                where,
                f"{location} parameter {name!r} {reason}; opc reads it as {new!r}, requests still send {name!r}",
            )
            taken.add(python_name(new))
            restore.add(path, method, location, new, name)
    if restore.renamed:
        ctx.fixups.append(restore)
