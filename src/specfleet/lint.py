"""Our own lint rules: what openapi-spec-validator accepts but a good client cannot use.

Shaped like oasdiff's checker: each rule is one small function registered under
a rule id with a level, and each has a failing fixture under ``tests/data/lint/``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from specfleet.errors import Problem
from specfleet.load import Document, Pointer
from specfleet.refs import RefChecker, iter_refs, parse_fragment
from specfleet.spec import Operation, RefError, SpecModel, spec_model

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SECRET_NAME = re.compile(r"secret|password|passwd|token", re.IGNORECASE)
PATH_TEMPLATE = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Finding:
    pointer: Pointer
    message: str


@dataclass
class LintContext:
    """What every rule gets: the loaded document and where ``specs/`` is."""

    document: Document
    specs_root: Path

    @property
    def data(self) -> dict[str, Any]:
        return self.document.data

    @property
    def spec(self) -> SpecModel:
        """The shared walk of the document (operations, references), built once per document."""
        return spec_model(self.document)

    @property
    def operations(self) -> tuple[Operation, ...]:
        return self.spec.operations

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref``s; ``{}`` when they lead nowhere (ref-safe reports that)."""
        try:
            return self.spec.resolve(node)
        except RefError:
            return {}

    @cached_property
    def registry(self) -> Registry[Any]:
        resource: Resource[Any] = Resource.from_contents(self.data, default_specification=DRAFT202012)
        registry: Registry[Any] = Registry().with_resource("urn:specfleet:spec", resource)
        return registry


RuleFunction = Callable[[LintContext], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    level: str  # "error" or "warning"
    why: str
    check: RuleFunction


RULES: dict[str, Rule] = {}


def rule(rule_id: str, level: str, why: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register ``check`` under ``rule_id``."""

    def register(check: RuleFunction) -> RuleFunction:
        assert rule_id not in RULES, rule_id
        RULES[rule_id] = Rule(rule_id, level, why, check)
        return check

    return register


# --- rules -----------------------------------------------------------------------------------------


@rule("ref-safe", "error", "a $ref to a URL or outside specs/ is never fetched or read")
def ref_safe(ctx: LintContext) -> Iterator[Finding]:
    checker = RefChecker(ctx.document, ctx.specs_root)
    checker.check()
    for document, pointer, message in checker.findings:
        if document is ctx.document:  # problems inside a referenced file are that file's
            yield Finding(pointer, message)


@rule("servers-present", "error", "the first server becomes the client's default base_url")
def servers_present(ctx: LintContext) -> Iterator[Finding]:
    servers = ctx.data.get("servers")
    if not servers:
        yield Finding((), "no `servers`: add at least one with the API's base URL")
        return
    for index, server in enumerate(servers):
        url = server.get("url") if isinstance(server, dict) else None
        if not isinstance(url, str) or not url:
            yield Finding(("servers", index), "a server needs a `url`")


@rule("operation-id-present", "error", "the operationId names the generated function")
def operation_id_present(ctx: LintContext) -> Iterator[Finding]:
    for op in ctx.operations:
        if not op.data.get("operationId"):
            yield Finding(op.pointer, f"{op.label} has no operationId; it names the generated function")


@rule("operation-id-unique", "error", "two operations with one id would generate one function twice")
def operation_id_unique(ctx: LintContext) -> Iterator[Finding]:
    first: dict[str, Operation] = {}
    for op in ctx.operations:
        operation_id = op.data.get("operationId")
        if not isinstance(operation_id, str):
            continue
        key = re.sub(r"[^a-z0-9]", "", operation_id.lower())
        if key in first:
            other = first[key]
            yield Finding(
                (*op.pointer, "operationId"),
                f"operationId {operation_id!r} of {op.label} is already used by {other.label}; make it unique",
            )
        else:
            first[key] = op


@rule("operation-tagged", "error", "tags group the generated modules")
def operation_tagged(ctx: LintContext) -> Iterator[Finding]:
    for op in ctx.operations:
        if not op.data.get("tags"):
            yield Finding(op.pointer, f"{op.label} has no tag; add `tags: [<group>]`")


@rule("operation-described", "error", "the summary or description becomes the function's docstring")
def operation_described(ctx: LintContext) -> Iterator[Finding]:
    for op in ctx.operations:
        if not (op.data.get("summary") or op.data.get("description")):
            yield Finding(op.pointer, f"{op.label} has neither summary nor description")


@rule("operation-success-response", "error", "a client needs to know what success looks like")
def operation_success_response(ctx: LintContext) -> Iterator[Finding]:
    for op in ctx.operations:
        responses = op.data.get("responses") or {}
        codes = [str(code) for code in responses] if isinstance(responses, dict) else []
        if not any(code.startswith("2") or code == "default" for code in codes):
            yield Finding((*op.pointer, "responses"), f"{op.label} has no 2xx or default response")


@rule("security-scheme-defined", "error", "a requirement naming no scheme can never be satisfied")
def security_scheme_defined(ctx: LintContext) -> Iterator[Finding]:
    schemes = (ctx.data.get("components") or {}).get("securitySchemes") or {}
    places: list[tuple[Pointer, Any]] = [(("security",), ctx.data.get("security"))]
    places += [((*op.pointer, "security"), op.data.get("security")) for op in ctx.operations]
    for pointer, requirements in places:
        for index, requirement in enumerate(requirements or []):
            for name in requirement if isinstance(requirement, dict) else ():
                if name not in schemes:
                    yield Finding(
                        (*pointer, index),
                        f"security requirement names {name!r}, which is not in components.securitySchemes",
                    )


@rule("path-parameter-declared", "error", "an undeclared path parameter cannot be filled in")
def path_parameter_declared(ctx: LintContext) -> Iterator[Finding]:
    for op in ctx.operations:
        declared = set()
        for parameter in [*(op.path_item.get("parameters") or []), *(op.data.get("parameters") or [])]:
            parameter = ctx.resolve(parameter)
            if isinstance(parameter, dict) and parameter.get("in") == "path":
                declared.add(parameter.get("name"))
        in_template = PATH_TEMPLATE.findall(op.path)
        for name in in_template:
            if name not in declared:
                yield Finding(
                    op.pointer, f"{op.label}: path parameter {{{name}}} is not declared in `parameters`"
                )
        for name in sorted(declared - set(in_template), key=str):
            yield Finding(op.pointer, f"{op.label}: path parameter {name!r} is declared but not in the path")


def _schema_examples(
    ctx: LintContext, pointer: Pointer, schema: Any, depth: int = 0
) -> Iterator[tuple[Pointer, Any, Pointer]]:
    """``(example pointer, example, schema pointer)`` for a schema and its inline sub-schemas."""
    if not isinstance(schema, dict) or depth > 32 or "$ref" in schema:
        return
    if "example" in schema:
        yield (*pointer, "example"), schema["example"], pointer
    for index, example in enumerate(
        schema.get("examples") or [] if isinstance(schema.get("examples"), list) else []
    ):
        yield (*pointer, "examples", index), example, pointer
    for key in ("properties", "patternProperties", "$defs"):
        for name, sub in (schema.get(key) or {}).items():
            yield from _schema_examples(ctx, (*pointer, key, name), sub, depth + 1)
    for key in ("items", "additionalProperties", "not", "contains"):
        if isinstance(schema.get(key), dict):
            yield from _schema_examples(ctx, (*pointer, key), schema[key], depth + 1)
    for key in ("allOf", "oneOf", "anyOf", "prefixItems"):
        for index, sub in enumerate(schema.get(key) or []):
            yield from _schema_examples(ctx, (*pointer, key, index), sub, depth + 1)


def _holder_examples(holder: dict[str, Any], pointer: Pointer) -> Iterator[tuple[Pointer, Any]]:
    """Examples of a media type or parameter object: ``example`` and ``examples.*.value``."""
    if "example" in holder:
        yield (*pointer, "example"), holder["example"]
    examples = holder.get("examples")
    for name, example in examples.items() if isinstance(examples, dict) else ():
        if isinstance(example, dict) and "value" in example:
            yield (*pointer, "examples", name, "value"), example["value"]


def _all_examples(ctx: LintContext) -> Iterator[tuple[Pointer, Any, Pointer]]:
    components = ctx.data.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from _schema_examples(ctx, ("components", "schemas", name), schema)
    holders: list[tuple[Pointer, Any]] = []
    for op in ctx.operations:
        for index, parameter in enumerate(op.data.get("parameters") or []):
            holders.append(((*op.pointer, "parameters", index), parameter))
        body = op.data.get("requestBody")
        if isinstance(body, dict):
            for media, content in (body.get("content") or {}).items():
                holders.append(((*op.pointer, "requestBody", "content", media), content))
        for code, response in (op.data.get("responses") or {}).items():
            if isinstance(response, dict):
                for media, content in (response.get("content") or {}).items():
                    holders.append(((*op.pointer, "responses", code, "content", media), content))
    for name, parameter in (components.get("parameters") or {}).items():
        holders.append((("components", "parameters", name), parameter))
    for pointer, holder in holders:
        if not isinstance(holder, dict) or not isinstance(holder.get("schema"), dict):
            continue
        for example_pointer, example in _holder_examples(holder, pointer):
            yield example_pointer, example, (*pointer, "schema")
        yield from _schema_examples(ctx, (*pointer, "schema"), holder["schema"])


def _json_pointer(pointer: Pointer) -> str:
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in pointer)


@rule(
    "example-valid",
    "error",
    "an example that contradicts its schema teaches users (and Prism) the wrong thing",
)
def example_valid(ctx: LintContext) -> Iterator[Finding]:
    for example_pointer, example, schema_pointer in _all_examples(ctx):
        schema = {"$ref": "urn:specfleet:spec#" + _json_pointer(schema_pointer)}
        try:
            validator = Draft202012Validator(schema, registry=ctx.registry)
            error = next(iter(validator.iter_errors(example)), None)
        except (SchemaError, RecursionError, Unresolvable):
            continue  # an unusable schema is openapi-schema's finding, not this rule's
        if error is not None:
            where = "/".join(str(part) for part in error.absolute_path)
            yield Finding(
                example_pointer,
                f"example does not match its schema{f' at {where}' if where else ''}: {error.message[:200]}",
            )


@rule("unused-component-schema", "warning", "an unused schema still becomes a generated model nobody needs")
def unused_component_schema(ctx: LintContext) -> Iterator[Finding]:
    schemas = (ctx.data.get("components") or {}).get("schemas") or {}
    # A schema referenced only from itself, or from other unused schemas, is still unused.
    used: set[str] = set()
    roots = {
        name
        for pointer, target in iter_refs(
            {key: value for key, value in ctx.data.items() if key != "components"}
        )
        if target.startswith("#/components/schemas/")
        for name in [str(parse_fragment(target[1:])[2])]
    }
    components = {key: value for key, value in (ctx.data.get("components") or {}).items() if key != "schemas"}
    roots |= {
        str(parse_fragment(target[1:])[2])
        for _, target in iter_refs(components)
        if target.startswith("#/components/schemas/")
    }
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in used or name not in schemas:
            continue
        used.add(name)
        stack.extend(
            str(parse_fragment(target[1:])[2])
            for _, target in iter_refs(schemas[name])
            if target.startswith("#/components/schemas/")
        )
    for name in schemas:
        if name not in used:
            yield Finding(
                ("components", "schemas", name), f"component schema {name!r} is not used by any operation"
            )


def _request_schemas(ctx: LintContext) -> Iterator[tuple[Pointer, Any]]:
    for op in ctx.operations:
        body = ctx.resolve(op.data.get("requestBody"))
        if not isinstance(body, dict):
            continue
        for media, content in (body.get("content") or {}).items():
            if isinstance(content, dict) and "schema" in content:
                yield (*op.pointer, "requestBody", "content", media, "schema"), content["schema"]


@rule("secret-field-protected", "warning", "a secret a client sends should never be echoed or logged")
def secret_field_protected(ctx: LintContext) -> Iterator[Finding]:
    seen: set[Pointer] = set()
    stack = list(_request_schemas(ctx))
    while stack:
        pointer, schema = stack.pop()
        if (
            isinstance(schema, dict)
            and isinstance(schema.get("$ref"), str)
            and schema["$ref"].startswith("#")
        ):
            try:
                pointer = parse_fragment(schema["$ref"][1:])
            except ValueError:
                continue
            schema = ctx.resolve(schema)
        if pointer in seen or not isinstance(schema, dict):
            continue
        seen.add(pointer)
        for name, prop in (schema.get("properties") or {}).items():
            resolved = ctx.resolve(prop)
            protected = isinstance(resolved, dict) and (
                resolved.get("writeOnly") or resolved.get("format") == "password"
            )
            if SECRET_NAME.search(name) and isinstance(resolved, dict) and not protected:
                yield Finding(
                    (*pointer, "properties", name),
                    f"request field {name!r} carries a secret: mark it `writeOnly: true` or `format: password`",
                )
            stack.append(((*pointer, "properties", name), prop))
        for key in ("allOf", "oneOf", "anyOf"):
            for index, sub in enumerate(schema.get(key) or []):
                stack.append(((*pointer, key, index), sub))
        if isinstance(schema.get("items"), dict):
            stack.append(((*pointer, "items"), schema["items"]))


# --- running ---------------------------------------------------------------------------------------


def lint(
    document: Document, specs_root: Path, rules: list[str] | None = None, skip: frozenset[str] = frozenset()
) -> list[Problem]:
    """Run the registered rules (or those named, less those skipped) on ``document``."""
    ctx = LintContext(document, specs_root)
    problems = []
    for rule_id, registered in RULES.items():
        if (rules is not None and rule_id not in rules) or rule_id in skip:
            continue
        for finding in registered.check(ctx):
            problems.append(document.problem(finding.pointer, rule_id, finding.message, registered.level))
    return sorted(problems)
