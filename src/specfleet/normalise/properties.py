"""Object properties whose Python names collide, or clash with the generated model's own members.

opc fails a model whose properties make the same Python name even in its fallback spelling
(``DateCreated`` and ``DateCreated<``), and a property named ``additional_properties`` or
``to_dict`` would overwrite the attribute or method of that name on the generated class.
Such a property is renamed for opc; the spec's name is kept on the schema
(``x-specfleet-wire-names``) and a fix-up puts it back on opc's parsed property, so the
model still reads and writes the JSON key the spec names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from openapi_python_client.schema.untrusted_string import UntrustedString

from specfleet.errors import Problem
from specfleet.normalise import Change, RepairContext, repair
from specfleet.normalise._spec import python_name, schemas
from specfleet.spec.document import Document

#: Members every generated model class has (see opc's and specfleet's model.py.jinja).
MODEL_MEMBERS = frozenset(
    {"additional_properties", "additional_keys", "to_dict", "from_dict", "to_multipart"}
)
MARKER = "x-specfleet-wire-names"


def _fallback(name: str) -> str:
    """opc's second try at a distinct name: the raw name with only word characters kept."""
    return re.sub(
        r"[^\w]+", "", "".join(c for c in name if c.isidentifier() or c.isdecimal() or c in "\\. _-")
    )


def restore_wire_names(openapi: Any) -> None:
    """Fix-up: put each renamed property's spec name back on opc's model properties."""
    for model in openapi.models:
        extra = getattr(model.data, "model_extra", None) or {}
        names = extra.get(MARKER)
        if not isinstance(names, dict):
            continue
        for prop in [*(model.required_properties or []), *(model.optional_properties or [])]:
            original = names.get(prop.name.get_untrusted_value())
            if isinstance(original, str):
                object.__setattr__(prop, "name", UntrustedString(original))


@repair(
    "property-names",
    "generate",
    "opc fails a model whose properties make the same Python name, and a property named like a "
    "model member (to_dict, additional_properties) overwrites it; renamed for opc, the JSON key is kept",
)
def property_names(ctx: RepairContext) -> Iterator[Change]:
    renamed_any = False
    for pointer, schema in list(schemas(ctx.data)):
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            continue
        taken: set[str] = set()
        fallbacks: set[str] = set()
        renames: dict[str, str] = {}
        for name in properties:
            identifier = python_name(name)
            if identifier in MODEL_MEMBERS or (identifier in taken and _fallback(name) in fallbacks):
                new, number = f"{name}_field", 2
                while python_name(new) in taken or python_name(new) in MODEL_MEMBERS:
                    new, number = f"{name}_field_{number}", number + 1
                renames[name] = new
                identifier = python_name(new)
            taken.add(identifier)
            fallbacks.add(_fallback(str(renames.get(name, name))))
        if not renames:
            continue
        renamed_any = True
        schema["properties"] = {renames.get(key, key): value for key, value in properties.items()}
        if isinstance(schema.get("required"), list):
            schema["required"] = [
                renames.get(key, key) if isinstance(key, str) else key for key in schema["required"]
            ]
        schema.setdefault(MARKER, {}).update({new: old for old, new in renames.items()})
        for old, new in renames.items():
            yield Change(
                (*pointer, "properties", old),
                f"property {old!r} collides with another Python name "
                f"or a model member; the class attribute is {python_name(new)!r}, the JSON key stays {old!r}",
            )
    if renamed_any:
        ctx.fixups.append(restore_wire_names)


def collision_warnings(document: Document) -> list[Problem]:
    """A warning at each property whose Python name another property of its object also makes.

    opc keeps such properties apart by their spec spelling (``user_id`` and ``userId``); the
    names are distinct and stable, but not what a reader of the spec expects, so both are named.
    Properties the repair above renamed were already reported.
    """
    found = []
    for pointer, schema in schemas(document.data):
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            continue
        first: dict[str, str] = {}
        for name in properties:
            identifier = python_name(str(name))
            if identifier in first:
                message = (
                    f"properties {first[identifier]!r} and {name!r} both make the Python name {identifier!r}; "
                    f"the model names them {_fallback(first[identifier])!r} and {_fallback(str(name))!r}"
                )
                found.append(
                    document.problem((*pointer, "properties", name), "property-names", message, "warning")
                )
            else:
                first[identifier] = str(name)
    return found
