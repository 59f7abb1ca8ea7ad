"""Request parameters as the official SDKs take them: plain dicts typed by ``TypedDict``s.

Every object a JSON request body reaches (the body, nested objects, union members) gets a
``TypedDict`` in the package's ``params/`` (``<Model>Param``, keyed by the JSON names, optional
keys ``NotRequired``), and every position that takes a model takes that dict too, so
``messages=[{"role": "user", "content": "hi"}]`` type-checks key by key and is sent as written.
Enum-typed values take their string values and ``date``/``date-time``/``uuid`` values take strings,
as users have them.  The runtime's ``to_json`` sends models, dicts and mixtures the same way.

Types are written from opc's properties (never from spec text): the only spec text in them is an
enum's values, each a ``repr`` literal.
"""

from __future__ import annotations

import builtins
import keyword
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode

#: What a type string needs imported: (module from the package root or a stdlib module, name).
Need = tuple[str, str]

#: Names a TypedDict's class body may not define: its annotations read them.
_ANNOTATION_NAMES = frozenset(
    {*dir(builtins), "Any", "Literal", "Mapping", "NotRequired", "Sequence", "TypedDict", "UUID", "datetime"}
)


@dataclass
class ParamField:
    """One key of a ``TypedDict``."""

    key: PythonCode  # the JSON name, as a literal
    name: str  # the JSON name, when it can be a class-body name ("" otherwise)
    annotation: PythonCode
    description: UntrustedString

    @property
    def quoted(self) -> PythonCode:
        """The annotation as a string literal (``TypedDict("Name", {...})`` evaluates its values)."""
        return PythonCode(repr(self.annotation.as_unembedded_code()))


@dataclass
class ParamDict:
    """``params/<module>.py``: the ``TypedDict`` of one model."""

    name: str
    module: str
    model: str
    fields: list[ParamField] = field(default_factory=list)
    needs: set[Need] = field(default_factory=set)

    @property
    def functional(self) -> bool:
        """Keys that cannot be class-body names make it ``TypedDict("Name", {...})``."""
        return any(not item.name for item in self.fields)

    @property
    def imports(self) -> list[str]:
        """What its annotations read (only type checkers need them)."""
        own = {(f"params.{self.module}", self.name), ("typing", "TypedDict"), ("typing", "NotRequired")}
        return import_lines(self.needs - own, "..")


def import_lines(needs: set[Need], prefix: str) -> list[str]:
    """``needs`` as import lines, package modules relative to ``prefix`` (``..`` from a subpackage)."""
    lines = set()
    for module, name in needs:
        if module == "datetime":
            lines.add("import datetime")
        elif module in {"typing", "collections.abc", "uuid"}:
            lines.add(f"from {module} import {name}")
        else:
            lines.add(f"from {prefix}{module} import {name}")
    return sorted(lines)


def _plain(value: object) -> str:
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


class Params:
    """The ``TypedDict``s of one client and the dict-accepting type of each request property."""

    def __init__(self, openapi: GeneratorData, taken: set[str]) -> None:
        self.models = {str(model.class_info.name): model for model in openapi.models}
        self._taken = set(taken)
        self.dicts: dict[str, ParamDict] = {}

    def type_of(self, prop: Any, needs: set[Need]) -> str:
        """The type a request position takes for ``prop``: its model or its dict, enum values as
        strings, dates and ids as strings (``None`` and ``Unset`` are left to the caller)."""
        if isinstance(prop, ModelProperty):
            return self._model_type(prop, needs)
        if isinstance(prop, ListProperty):
            needs.add(("collections.abc", "Sequence"))
            return f"Sequence[{self.type_of(prop.inner_property, needs)}]"
        if isinstance(prop, UnionProperty):
            parts: list[str] = []
            for inner in prop.inner_properties:
                for part in _members(self.type_of(inner, needs)):
                    if part not in parts:
                        parts.append(part)
            return " | ".join(parts)
        return _scalar_type(prop, needs)

    def _model_type(self, prop: ModelProperty, needs: set[Need]) -> str:
        name = str(prop.class_info.name)
        model = self.models.get(name, prop)
        needs.add((f"models.{prop.class_info.module_name}", name))
        properties = model.required_properties, model.optional_properties
        if properties[0] is None or properties[1] is None:  # opc never read its properties
            return name
        if not properties[0] and not properties[1]:  # a map: its values' type
            needs.add(("collections.abc", "Mapping"))
            extra = model.additional_properties
            if extra is None or isinstance(extra, bool):
                needs.add(("typing", "Any"))
                return f"{name} | Mapping[str, Any]"
            return f"{name} | Mapping[str, {self.type_of(extra, needs)}]"
        param = self.dict_of(model)
        needs.add((f"params.{param.module}", param.name))
        return f"{param.name} | {name}"

    def dict_of(self, model: ModelProperty) -> ParamDict:
        """The ``TypedDict`` of ``model`` (made once; a model that holds itself refers to it)."""
        name = str(model.class_info.name)
        found = self.dicts.get(name)
        if found is not None:
            return found
        param_name = f"{name}Param"
        while param_name in self._taken:
            param_name += "_"
        self._taken.add(param_name)
        found = self.dicts[name] = ParamDict(param_name, str(model.class_info.module_name), name)
        found.needs.add(("typing", "TypedDict"))
        required = {id(item) for item in model.required_properties or []}
        for item in [*(model.required_properties or []), *(model.optional_properties or [])]:
            key = _plain(item.name)
            written = self.type_of(item, found.needs)
            if id(item) not in required:
                found.needs.add(("typing", "NotRequired"))
                written = f"NotRequired[{written}]"
            found.fields.append(
                ParamField(
                    PythonCode(repr(key)), key, PythonCode(written), item.description or UntrustedString("")
                )
            )
        imported = {name for _, name in found.needs}
        for each in found.fields:
            usable = each.name.isidentifier() and not keyword.iskeyword(each.name)
            if not usable or each.name in _ANNOTATION_NAMES or each.name in imported:
                each.name = ""
        return found


def _scalar_type(prop: Any, needs: set[Need]) -> str:
    """The type a request position takes for a value that holds no model: an enum's values as
    strings, a date or an id as a string too, anything else as opc types it."""
    if isinstance(prop, EnumProperty):
        needs |= {
            ("typing", "Literal"),
            (f"models.{prop.class_info.module_name}", str(prop.class_info.name)),
        }
        values = ", ".join(repr(value) for value in prop.values.values())
        return f"Literal[{values}] | {prop.class_info.name}"
    for kind, written in ((DateTimeProperty, "datetime.datetime"), (DateProperty, "datetime.date")):
        if isinstance(prop, kind):
            needs.add(("datetime", ""))
            return f"str | {written}"
    if isinstance(prop, UuidProperty):
        needs.add(("uuid", "UUID"))
        return "str | UUID"
    written = str(prop.get_type_string(no_optional=True).as_unembedded_code())
    for name, module in (("Any", "typing"), ("Literal", "typing"), ("File", "types")):
        if name in written:
            needs.add((module, name))
    return written


def _members(written: str) -> list[str]:
    """A union's top-level members (``|`` outside brackets)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(written):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(written[start:index].strip())
            start = index + 1
    parts.append(written[start:].strip())
    return parts
