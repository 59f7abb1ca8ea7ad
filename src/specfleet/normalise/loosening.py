"""Degrade, then repair: what openapi-python-client (opc) refuses is typed loosely, never dropped.

A lenient run parses the normalised spec with opc, maps each error opc reports (a model, an
endpoint's response, parameter or body, a path it cannot template) to the smallest part of
the spec that encloses it, widens that part to the narrowest type that still generates, warns
"typed loosely: <why>" at its line, and parses again.  Each round only widens (a part once
widened is never narrowed), and the rounds are bounded, so the loop ends; what is still
refused after the last round is an error, as in a strict run.

Widenings are rows of :data:`WIDENINGS` (an id, what it gives, why); the summary counts each.
Errors that only follow from another (a model that refers to a refused one, an endpoint
whose response does) wait a round: widening the cause usually clears them exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from specfleet.errors import Problem, SpecError
from specfleet.normalise._spec import resolve
from specfleet.opc import parse as opc
from specfleet.spec.document import Document, Pointer
from specfleet.spec.refs import lookup, refs_below

#: How many times opc parses before what it still refuses is an error (each round only widens).
MAX_ROUNDS = 8
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: opc's words for an error that follows from another one it reported.
_CASCADE = re.compile(
    r"Could not find reference|was not processed|Could not resolve \$ref|Reference \S+ not found"
)
_ENDPOINT_HEADER = re.compile(r"WARNING parsing [A-Z]+ ")
_STATUS = re.compile(r"status code '?(?P<code>[^' ]+?)'? ")
#: opc's words for a default it cannot write as a value of the schema's type (its convert_value).
_BAD_DEFAULT = re.compile(
    r"Invalid (?:boolean|float|int|UUID) value|Invalid (?:date|datetime):|Cannot convert .* to |"
    r"is not valid for enum|only None is allowed|cannot have a default|Invalid value for const|"
    r"Invalid default value for union"
)


@dataclass(frozen=True)
class Widening:
    """One way to widen a spec part: its rule id, the type it gives, and when it applies."""

    id: str
    gives: str
    why: str


WIDENINGS = {
    row.id: row
    for row in (
        Widening("model-any", "Any (an object: dict[str, Any])", "a schema the generator cannot model"),
        Widening("response-raw", "raw JSON (Any)", "a response the generator cannot read"),
        Widening("parameter-string", "str", "a parameter the generator cannot type"),
        Widening("body-any", "Any", "a request body the generator cannot type"),
        Widening("path-parameter", "str", "a path parameter the path names but the operation never declares"),
        Widening("operation-any", "Any", "an operation the generator refused for another reason"),
        Widening("parameter-dropped", "nothing", "a parameter the generator cannot read at all (in: body)"),
        Widening(
            "default-dropped", "no default", "a default the generator cannot write as a value of its type"
        ),
    )
}


@dataclass(frozen=True)
class Loosened:
    """A part of the spec that was typed loosely: where, by which widening, and why."""

    pointer: Pointer
    rule: str
    why: str


def parse_whole(
    document: Document, data: dict[str, Any], config: Config, forced: Sequence[Loosened] = ()
) -> tuple[GeneratorData, list[Loosened]]:
    """Parse ``data`` (the normalised spec, changed in place) until opc refuses nothing.

    ``forced``: parts to widen first, whose generated code an earlier round could not compile
    or import (see :func:`part_of_output`).  Returns opc's model and every part loosened;
    raises :class:`SpecError` with what opc still refuses after :data:`MAX_ROUNDS` rounds,
    each at the spec's line.
    """
    loosened: list[Loosened] = []
    done: set[Pointer] = set()
    for item in forced:
        done.add(item.pointer)
        if item.rule == "operation-any":
            _loosen_operation(data, item.pointer)
        else:
            _replace(data, item.pointer, _any)
        loosened.append(item)
    for _ in range(MAX_ROUNDS):
        try:
            parsed = opc.parse(data, config)
        except Exception as exc:  # opc's own bug (it crashes on some $ref chains): never a traceback
            raise SpecError(
                [
                    document.problem(
                        (),
                        "generator",
                        f"openapi-python-client crashed reading this spec: {type(exc).__name__}: {exc}",
                    )
                ]
            ) from None
        errors = [parsed] if isinstance(parsed, GeneratorError) else opc.parse_errors(parsed)
        if not errors:
            assert isinstance(parsed, GeneratorData)
            return parsed, loosened
        causes = _causes(document, data, errors)
        widened = [found for error in (causes or errors) for found in _widen(document, data, error, done)]
        if not widened:  # the causes are as wide as they go: what seemed to follow from them is its own
            widened = [
                found
                for error in errors
                if error not in causes
                for found in _widen(document, data, error, done)
            ]
        if not widened:
            break
        loosened.extend(widened)
    raise SpecError(opc.problem(document, error) for error in errors)


def _causes(document: Document, data: dict[str, Any], errors: list[GeneratorError]) -> list[GeneratorError]:
    """The errors that do not only follow from another one of this round.

    opc reports a schema that extends or holds a refused schema with words of its own ("Cannot
    take allOf a non-object"), so besides its words for a missing reference, a refused
    component that refers to another refused component waits: widening the other may be enough.
    """
    pointers = [opc.pointer_of(document, error) for error in errors]
    names = {
        f"#/components/schemas/{p[2]}" for p in pointers if len(p) == 3 and p[:2] == ("components", "schemas")
    }
    causes = []
    for error, pointer in zip(errors, pointers, strict=True):
        if _CASCADE.search(error.detail or ""):
            continue
        if len(pointer) == 3 and pointer[:2] == ("components", "schemas"):
            own = f"#/components/schemas/{pointer[2]}"
            try:
                node = lookup(data, pointer)
            except KeyError:
                node = None
            if (names - {own}) & set(refs_below(node)):
                continue
        causes.append(error)
    return causes


def _widen(
    document: Document, data: dict[str, Any], error: GeneratorError, done: set[Pointer]
) -> Iterator[Loosened]:
    """Widen the smallest part that encloses ``error``; yield what was widened (nothing if done)."""
    pointer = opc.pointer_of(document, error)
    why = opc.message_of(error)
    if _BAD_DEFAULT.search(error.detail or ""):
        region = pointer[:3] if _ENDPOINT_HEADER.match((error.header or "").strip()) else pointer
        dropped = list(_drop_defaults(data, region, error.detail or "", why, done))
        if dropped:
            yield from dropped
            return
    if _ENDPOINT_HEADER.match((error.header or "").strip()) and len(pointer) >= 3:
        yield from _widen_operation(data, pointer[:3], error, why, done)
        return
    if len(pointer) == 3 and pointer[:2] == ("components", "parameters") and pointer not in done:
        done.add(pointer)  # a shared parameter opc cannot type: sent as text
        _replace(data, pointer, _string_parameter)
        yield Loosened(pointer, "parameter-string", why)
        return
    named = _schema_at(data, pointer) if opc.names_a_schema(error) else None
    target = named or _enclosing_schema(pointer)
    if target is not None and target not in done:
        done.add(target)
        _replace(data, target, _any)
        yield Loosened(target, "model-any", why)
        return
    parameter = _enclosing(pointer, "parameters")
    if parameter is not None and parameter not in done:  # opc cannot read the parameter itself
        done.add(parameter)
        del lookup(data, parameter[:-1])[int(parameter[-1])]
        yield Loosened(parameter, "parameter-dropped", why)
        return
    response = _enclosing(pointer, "responses")
    if response is not None and response not in done:
        done.add(response)
        _replace(data, response, _raw_response)
        yield Loosened(response, "response-raw", why)


def _drop_defaults(
    data: dict[str, Any], region: Pointer, detail: str, why: str, done: set[Pointer]
) -> Iterator[Loosened]:
    """Drop the defaults in ``region`` that opc names in ``detail`` (all of them, if it names none).

    opc refuses the whole schema over one default it cannot write; without that default
    the schema is read exactly, so only the default goes.
    """
    try:
        node = lookup(data, region)
    except KeyError:
        return
    found: list[tuple[Pointer, dict[str, Any]]] = []
    stack: list[tuple[Pointer, Any]] = [(region, node)]
    while stack:
        here, item = stack.pop()
        if isinstance(item, dict):
            if "default" in item and "$ref" not in item and (*here, "default") not in done:
                found.append((here, item))
            stack.extend(
                ((*here, key), value) for key, value in item.items() if key not in ("default", "example")
            )
        elif isinstance(item, list):
            stack.extend(((*here, index), value) for index, value in enumerate(item))
    named = [(here, item) for here, item in found if str(item["default"]) in detail]
    for here, item in named or found:
        done.add((*here, "default"))
        del item["default"]
        yield Loosened((*here, "default"), "default-dropped", why)


#: Where a schema sits: under these keys by name, or as the value of these keys, or in these lists.
_SCHEMA_MAPS = ("schemas", "properties", "patternProperties", "$defs", "definitions")
_SCHEMA_ONE = ("schema", "items", "additionalProperties", "not", "contains", "propertyNames")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def _enclosing_schema(pointer: Pointer) -> Pointer | None:
    """The innermost schema ``pointer`` lies in (a schema the document model refused)."""
    for end in range(len(pointer), 1, -1):
        here = pointer[:end]
        if here[-2] in _SCHEMA_MAPS and not (end >= 3 and here[-3] in _SCHEMA_MAPS):
            return here
        if here[-1] in _SCHEMA_ONE and not (end >= 2 and here[-2] in _SCHEMA_MAPS):
            return here
        if here[-2] in _SCHEMA_LISTS and str(here[-1]).isdigit():
            return here
    return None


def _enclosing(pointer: Pointer, section: str) -> Pointer | None:
    """The entry of ``section`` (``parameters``, ``responses``) that ``pointer`` lies in."""
    for end in range(len(pointer) - 1, 0, -1):
        if pointer[end - 1] == section:
            return pointer[: end + 1]
    return None


def _string_parameter(old: Any) -> Any:
    """A parameter typed as a string: its schema or content replaced, the rest kept."""
    if not isinstance(old, dict):
        return old
    return {**{key: value for key, value in old.items() if key != "content"}, "schema": {"type": "string"}}


def _raw_response(old: Any) -> dict[str, Any]:
    """A response read as raw JSON: its description kept, its content any JSON value."""
    description = old.get("description", "") if isinstance(old, dict) else ""
    return {"description": description, "content": {"application/json": {"schema": {}}}}


def _schema_at(data: dict[str, Any], pointer: Pointer) -> Pointer | None:
    """The schema ``pointer`` names, or the component schema opc named after it (``PetType0``)."""
    if not pointer:
        return None
    try:
        lookup(data, pointer)
        return pointer
    except KeyError:
        pass
    if len(pointer) == 3 and pointer[:2] == ("components", "schemas"):
        name = str(pointer[2])
        schemas = data.get("components", {}).get("schemas", {})
        owners = [key for key in schemas if name.lower().startswith(key.lower()) and key != name]
        if owners:
            return ("components", "schemas", max(owners, key=len))
    return None


def _widen_operation(
    data: dict[str, Any], at: Pointer, error: GeneratorError, why: str, done: set[Pointer]
) -> Iterator[Loosened]:
    operation = lookup(data, at)
    path_item = lookup(data, at[:2])
    detail = error.detail or ""
    status = _STATUS.search(detail)
    if "Cannot parse response" in detail and status is not None:
        code = status["code"]
        responses = operation.get("responses") or {}
        key = next((k for k in responses if str(k) == code), None)
        target = (*at, "responses", code)
        if key is not None and target not in done:
            done.add(target)
            old = resolve(data, responses[key])
            description = old.get("description", "") if isinstance(old, dict) else ""
            responses[key] = {"description": description, "content": {"application/json": {"schema": {}}}}
            yield Loosened(target, "response-raw", why)
        return
    if "Incorrect path templating" in detail:
        yield from _declare_path_parameters(data, at, operation, path_item, why, done)
        return
    if "cannot parse parameter" in detail or "Parameters" in detail or "is not allowed in" in detail:
        for where, params in ((at, operation.get("parameters")), (at[:2], path_item.get("parameters"))):
            for index, param in enumerate(params or []):
                resolved = resolve(data, param)
                if not isinstance(resolved, dict) or _plain(resolve(data, resolved.get("schema"))):
                    continue
                target = (*where, "parameters", index)
                if target in done:
                    continue
                done.add(target)
                params[index] = {
                    **{k: v for k, v in resolved.items() if k not in ("content",)},
                    "schema": {"type": "string"},
                }
                yield Loosened(target, "parameter-string", why)
        return
    body_words = ("body", "content type", "missing schema")
    if any(word in f"{detail} {error.header or ''}".lower() for word in body_words):
        body = resolve(data, operation.get("requestBody"))
        target = (*at, "requestBody")
        if isinstance(body, dict) and target not in done:
            done.add(target)
            operation["requestBody"] = {
                **{k: v for k, v in body.items() if k != "content"},
                "content": {"application/json": {"schema": {}}},
            }
            yield Loosened(target, "body-any", why)
        return
    if at not in done:  # a reason we cannot place more narrowly: every typed part of the operation
        done.add(at)
        _loosen_operation(data, at)
        yield Loosened(at, "operation-any", why)


def _called_endpoint(module: Path, line: int) -> list[str]:
    """``["api", tag, function]`` of the operation the resource method at ``line`` calls (its
    signature or its body): the first endpoint import after the ``def`` that line is in."""
    try:
        lines = module.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    starts = [index for index, text in enumerate(lines[:line]) if _DEF.match(text)]
    for text in lines[starts[-1] if starts else line - 1 :]:
        called = _CALLS_ENDPOINT.search(text)
        if called is not None:
            return ["api", called[1], called[2] or called[3]]
    return []


def _loosen_operation(data: dict[str, Any], at: Pointer) -> None:
    """Every typed part of the operation at ``at`` read as any JSON: its responses and its body."""
    operation = lookup(data, at)
    for code, response in list((operation.get("responses") or {}).items()):
        old = resolve(data, response)
        description = old.get("description", "") if isinstance(old, dict) else ""
        operation["responses"][code] = {
            "description": description,
            "content": {"application/json": {"schema": {}}},
        }
    if isinstance(resolve(data, operation.get("requestBody")), dict):
        operation["requestBody"] = {"content": {"application/json": {"schema": {}}}}


#: The generated-code check's words (``<client>/<package>/<module>.py:<line>: generated code ...``)
#: and ruff's, when it cannot parse a module (``Failed to parse <client>/<package>/<module>.py:<line>:<col>: ...``).
_OUTPUT_FAILURE = re.compile(
    r"(?:^|Failed to parse )(?P<file>[^/\s]+/[^/]+/(?P<module>[\w/]+)\.py):(?P<line>\d+)(?::\d+)?: "
    r"(?:generated code (?:does not compile|fails to import): )?(?P<why>.*)$",
    re.MULTILINE,
)


#: How a resource method imports its operation's module (``from ..api.<tag> import <function> as
#: _operation``; earlier clients ``from ..api.<tag>.<function> import ...``).
_CALLS_ENDPOINT = re.compile(r"from \.\.api\.(\w+)(?:\.(\w+) import| import (\w+) as )")
_DEF = re.compile(r"\s*(?:async\s+)?def ")


def part_of_output(data: dict[str, Any], message: str, scratch: Path | None = None) -> Loosened | None:
    """The spec part whose generated module ``message`` says does not compile or import.

    A model module is its component schema (typed ``Any``), an endpoint module its operation
    (its responses and body as any JSON), a line of a resource module (read from ``scratch``,
    where the client was rendered) the operation its method calls; ``None`` for anything else.
    """
    from specfleet.normalise._spec import class_name, endpoint_name, operations, snake_case

    found = _OUTPUT_FAILURE.search(message.strip())
    if found is None:
        return None
    parts = found["module"].split("/")
    if parts[0] == "resources" and scratch is not None:
        parts = _called_endpoint(scratch / found["file"], int(found["line"]))
    why = f"the generated code would not compile or import ({found['why']})"
    if len(parts) == 2 and parts[0] == "models":
        for name in (data.get("components") or {}).get("schemas") or {}:
            if snake_case(class_name(str(name))) == parts[1]:
                return Loosened(("components", "schemas", name), "model-any", why)
    if len(parts) == 3 and parts[0] == "api":
        for pointer, path, method, operation in operations(data):
            if endpoint_name(path, method, operation) == parts[2]:
                return Loosened(pointer, "operation-any", why)
    return None


def _declare_path_parameters(
    data: dict[str, Any],
    at: Pointer,
    operation: dict[str, Any],
    path_item: dict[str, Any],
    why: str,
    done: set[Pointer],
) -> Iterator[Loosened]:
    """Declare each ``{name}`` of the path that no parameter of the operation declares, as a string."""
    declared = set()
    for params in (operation.get("parameters"), path_item.get("parameters")):
        for param in params or []:
            resolved = resolve(data, param)
            if isinstance(resolved, dict) and resolved.get("in") == "path":
                declared.add(resolved.get("name"))
    for name in re.findall(r"{([^{}]+)}", str(at[1])):
        target = (*at, "parameters", name)
        if name in declared or target in done:
            continue
        done.add(target)
        operation.setdefault("parameters", []).append(
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        )
        yield Loosened(at, "path-parameter", f"{{{name}}} is in the path but no parameter declares it")


def _plain(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") in ("string", "integer", "number", "boolean")
        and "$ref" not in schema
    )


def _any(old: Any) -> dict[str, Any]:
    """The widest schema that keeps the old one's kind: an object stays an object (a model with
    any properties, ``dict[str, Any]``, which schemas extending it with allOf can still extend),
    anything else becomes ``Any``.  What documents the old schema is kept."""
    kept = {key: old[key] for key in ("description", "title") if isinstance(old, dict) and key in old}
    objectish = isinstance(old, dict) and (
        old.get("type") == "object" or "properties" in old or "allOf" in old
    )
    return {**kept, "type": "object", "additionalProperties": {}} if objectish else kept


def _replace(data: dict[str, Any], pointer: Pointer, make: Callable[[Any], Any]) -> None:
    holder = lookup(data, pointer[:-1])
    key = pointer[-1]
    if isinstance(holder, list):
        holder[int(key)] = make(holder[int(key)])
    else:
        holder[key] = make(holder[key])


def warnings(document: Document, loosened: list[Loosened]) -> list[Problem]:
    """Each loosened part as a warning at its line: ``typed loosely: <why>``."""
    return [document.problem(item.pointer, item.rule, _warning_text(item), "warning") for item in loosened]


def _warning_text(item: Loosened) -> str:
    if item.rule == "default-dropped":  # the schema itself stays exact: no part is typed loosely
        return f"default dropped, the rest of the schema is kept exactly: {item.why}"
    return f"typed loosely as {WIDENINGS[item.rule].gives}: {item.why}"


@dataclass(frozen=True)
class Summary:
    """How typed a lenient run's client is: a lenient run's last line, and ``--format json``."""

    operations_generated: int
    operations_in_spec: int
    models_exact: int
    models_in_spec: int
    #: widening rule -> how many parts it loosened (rules of this module and of loading)
    loosened: dict[str, int]

    def line(self) -> str:
        parts = ", ".join(f"{rule} {count}" for rule, count in sorted(self.loosened.items()))
        total = sum(self.loosened.values())
        return (
            f"{self.operations_generated}/{self.operations_in_spec} operations generated, "
            f"{self.models_exact}/{self.models_in_spec} models typed exactly, "
            f"{total} part(s) typed loosely" + (f" ({parts})" if parts else "")
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "operations": {"generated": self.operations_generated, "in_spec": self.operations_in_spec},
            "models": {"exact": self.models_exact, "in_spec": self.models_in_spec},
            "loosened": dict(sorted(self.loosened.items())),
        }


def is_loosening(problem: Problem) -> bool:
    """Whether a warning says a part of the spec was typed loosely (what ``--explain`` lists).

    A loop of references is a mistake in the spec, not a part opc refused: it is always shown.
    """
    return _typed_loosely(problem) and "loops back on itself" not in problem.message


def _typed_loosely(problem: Problem) -> bool:
    return problem.level == "warning" and "typed loosely" in problem.message


def summarise(
    document: Document, package: Path, loosened: list[Loosened], warnings: list[Problem] | None = None
) -> Summary:
    """Count the spec's operations and component schemas, and what the generated ``package`` has."""
    in_spec = sum(
        1
        for item in (document.data.get("paths") or {}).values()
        if isinstance(item, dict)
        for method in METHODS
        if isinstance(item.get(method), dict)
    )
    api = package / "api"
    generated = sum(1 for path in api.rglob("*.py") if path.name != "__init__.py") if api.is_dir() else 0
    schemas = (document.data.get("components") or {}).get("schemas") or {}
    loose_models = {
        item.pointer[2]
        for item in loosened
        if len(item.pointer) >= 3
        and item.pointer[:2] == ("components", "schemas")
        and item.rule != "default-dropped"
    }
    counts: dict[str, int] = {}
    for item in loosened:
        counts[item.rule] = counts.get(item.rule, 0) + 1
    for problem in warnings or []:
        if _typed_loosely(problem) and problem.rule not in WIDENINGS:
            counts[problem.rule] = counts.get(problem.rule, 0) + 1
    exact = sum(1 for name in schemas if name not in loose_models)
    return Summary(generated, in_spec, exact, len(schemas), counts)
