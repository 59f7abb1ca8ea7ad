"""Our own lint rules: what openapi-spec-validator accepts but a good client cannot use.

Shaped like oasdiff's checker: each rule is one small function registered under
a rule id with a level, and each has a failing fixture under ``tests/data/lint/``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from specfleet.errors import Problem
from specfleet.spec.document import Document, Pointer
from specfleet.spec.operations import Operation, RefError, SpecModel, spec_model
from specfleet.spec.refs import RefChecker, iter_refs, parse_fragment
from specfleet.spec.schema_values import ValueChecker, keyword_message

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: The words of a field name: ``maxTokens``, ``max_tokens`` and ``max-tokens`` -> max, tokens.
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
#: Words that make a field about tokens a count, a limit or a description of one, not a credential.
_NOT_A_CREDENTIAL = frozenset(
    {"max", "min", "num", "number", "count", "limit", "total", "budget", "usage", "length", "type", "hint",
     "expires", "expiry", "ttl", "url", "uri", "endpoint", "logprobs", "per", "estimated", "used"}
)  # fmt: skip


def names_a_secret(name: str) -> bool:
    """Whether a field name says it carries a secret: ``client_secret``, ``password``, ``access_token``.

    ``token`` names a credential only in the singular and without a word that makes it a
    count or a description (``max_tokens``, ``token_count`` and ``token_type`` are not secrets).
    """
    words = [word.lower() for word in _WORDS.findall(name)]
    if any(word.startswith(("secret", "password", "passwd")) for word in words):
        return True
    return "token" in words and not _NOT_A_CREDENTIAL.intersection(words)


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


RuleFunction = Callable[[LintContext], Iterator[Finding]]
#: correctness: the spec is wrong or a client generated from it is broken; always an error.
#: style: house style a provider may relax (``[lint]`` in client.toml) or baseline.
Kind = Literal["correctness", "style"]
Level = Literal["error", "warning"]
Setting = Literal["error", "warning", "off"]


@dataclass(frozen=True)
class Rule:
    id: str
    kind: Kind
    level: Level  # the default level; a correctness rule's is always "error"
    why: str
    check: RuleFunction


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str, kind: Kind, why: str, *, level: Level = "error"
) -> Callable[[RuleFunction], RuleFunction]:
    """Register ``check`` under ``rule_id``; only a style rule may default to a warning."""

    def register(check: RuleFunction) -> RuleFunction:
        assert rule_id not in RULES, rule_id
        assert kind == "style" or level == "error", rule_id
        RULES[rule_id] = Rule(rule_id, kind, level, why, check)
        return check

    return register


def style_rules() -> list[str]:
    return sorted(rule_id for rule_id, registered in RULES.items() if registered.kind == "style")


# --- rules -----------------------------------------------------------------------------------------


@rule("ref-safe", "correctness", "a $ref to a URL or outside the spec's folder is never fetched or read")
def ref_safe(ctx: LintContext) -> Iterator[Finding]:
    checker = RefChecker(ctx.document, ctx.specs_root)
    checker.check()
    for document, pointer, message in checker.findings:
        if document is ctx.document:  # problems inside a referenced file are that file's
            yield Finding(pointer, message)


@rule("servers-present", "style", "the first server becomes the client's default base_url")
def servers_present(ctx: LintContext) -> Iterator[Finding]:
    servers = ctx.data.get("servers")
    if not servers:
        yield Finding((), "no `servers`: add at least one with the API's base URL")
        return
    for index, server in enumerate(servers):
        url = server.get("url") if isinstance(server, dict) else None
        if not isinstance(url, str) or not url:
            yield Finding(("servers", index), "a server needs a `url`")


def _operation_says(rule_id: str, why: str, says: Callable[[dict[str, Any]], object], missing: str) -> None:
    """Register a style rule that wants every operation to say one thing (``says`` is falsy
    for an operation that does not); ``missing`` finishes the finding's sentence."""

    def check(ctx: LintContext) -> Iterator[Finding]:
        for op in ctx.operations:
            if not says(op.data):
                yield Finding(op.pointer, f"{op.label} {missing}")

    rule(rule_id, "style", why)(check)


_operation_says(
    "operation-id-present",
    "the operationId names the generated function (without one, opc derives a name from method and path)",
    lambda data: data.get("operationId"),
    "has no operationId; it names the generated function",
)


@rule("operation-id-unique", "correctness", "the OpenAPI spec requires it: one id names one operation")
def operation_id_unique(ctx: LintContext) -> Iterator[Finding]:
    # Only exact duplicates: ids that collide once they are Python names (getThing and
    # get_thing) are renamed by the generation normaliser, so they are no problem here.
    first: dict[str, Operation] = {}
    for op in ctx.operations:
        operation_id = op.data.get("operationId")
        if not isinstance(operation_id, str):
            continue
        if operation_id in first:
            other = first[operation_id]
            line = ctx.document.mark((*other.pointer, "operationId")).line
            yield Finding(
                (*op.pointer, "operationId"),
                f"operationId {operation_id!r} of {op.label} is already used by {other.label} "
                f"(line {line}); operationIds must be unique, rename one",
            )
        else:
            first[operation_id] = op


_operation_says(
    "operation-tagged",
    "tags group the generated modules",
    lambda data: data.get("tags"),
    "has no tag; add `tags: [<group>]`",
)
_operation_says(
    "operation-described",
    "the summary or description becomes the function's docstring",
    lambda data: data.get("summary") or data.get("description"),
    "has neither summary nor description",
)


@rule(
    "operation-success-response",
    "style",
    "a client needs to know what success looks like (a redirect-only endpoint is valid, so style)",
)
def operation_success_response(ctx: LintContext) -> Iterator[Finding]:
    for op in ctx.operations:
        responses = op.data.get("responses") or {}
        codes = [str(code) for code in responses] if isinstance(responses, dict) else []
        if not any(code.startswith("2") or code == "default" for code in codes):
            yield Finding((*op.pointer, "responses"), f"{op.label} has no 2xx or default response")


@rule("security-scheme-defined", "correctness", "a requirement naming no scheme can never be satisfied")
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


@rule("path-parameter-declared", "correctness", "an undeclared path parameter cannot be filled in")
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


def _responses(ctx: LintContext) -> Iterator[tuple[Pointer, str, Any]]:
    """``(pointer, label, response)`` of every operation's responses and of ``components.responses``."""
    for op in ctx.operations:
        responses = op.data.get("responses")
        for code, response in responses.items() if isinstance(responses, dict) else ():
            yield (*op.pointer, "responses", code), f"response {code} of {op.label}", response
    components = (ctx.data.get("components") or {}).get("responses")
    for name, response in components.items() if isinstance(components, dict) else ():
        yield ("components", "responses", name), f"response component {name!r}", response


@rule(
    "response-described",
    "correctness",
    "OpenAPI requires a response's description, and openapi-python-client refuses a spec without one",
)
def response_described(ctx: LintContext) -> Iterator[Finding]:
    for pointer, label, response in _responses(ctx):
        if (
            isinstance(response, dict)
            and "$ref" not in response
            and not isinstance(response.get("description"), str)
        ):
            yield Finding(
                pointer, f"{label} has no `description`; OpenAPI requires one (it may be short: ok)"
            )


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


def _operation_holders(op: Operation) -> Iterator[tuple[Pointer, Any]]:
    """An operation's places that hold a schema and its examples: parameters and media types."""
    for index, parameter in enumerate(op.data.get("parameters") or []):
        yield (*op.pointer, "parameters", index), parameter
    body = op.data.get("requestBody")
    if isinstance(body, dict):
        for media, content in (body.get("content") or {}).items():
            yield (*op.pointer, "requestBody", "content", media), content
    for code, response in (op.data.get("responses") or {}).items():
        if isinstance(response, dict):
            for media, content in (response.get("content") or {}).items():
                yield (*op.pointer, "responses", code, "content", media), content


def _all_examples(ctx: LintContext) -> Iterator[tuple[Pointer, Any, Pointer]]:
    components = ctx.data.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from _schema_examples(ctx, ("components", "schemas", name), schema)
    holders = [holder for op in ctx.operations for holder in _operation_holders(op)]
    for name, parameter in (components.get("parameters") or {}).items():
        holders.append((("components", "parameters", name), parameter))
    for pointer, holder in holders:
        if not isinstance(holder, dict) or not isinstance(holder.get("schema"), dict):
            continue
        for example_pointer, example in _holder_examples(holder, pointer):
            yield example_pointer, example, (*pointer, "schema")
        yield from _schema_examples(ctx, (*pointer, "schema"), holder["schema"])


@rule(
    "example-valid",
    "style",
    "an example that contradicts its schema teaches users (and Prism) the wrong thing",
)
def example_valid(ctx: LintContext) -> Iterator[Finding]:
    checker = ValueChecker(ctx.data)
    for example_pointer, example, schema_pointer in _all_examples(ctx):
        error = checker.first_error(schema_pointer, example)
        if error is not None:
            where = "/".join(str(part) for part in error.absolute_path)
            reason = keyword_message(error)[:300]
            if error.message == "None for not nullable":  # openapi-schema-validator's words for 3.0
                reason = "null is not allowed: the schema is not `nullable: true`"
            yield Finding(
                example_pointer,
                f"example does not match its schema{f' at {where}' if where else ''}: {reason}",
            )


@rule(
    "unused-component-schema",
    "style",
    "an unused schema still becomes a generated model nobody needs",
    level="warning",
)
def unused_component_schema(ctx: LintContext) -> Iterator[Finding]:
    schemas = (ctx.data.get("components") or {}).get("schemas") or {}
    # A schema referenced only from itself, or from other unused schemas, is still unused.
    used: set[str] = set()
    # a reference a lenient load replaced by Any still says where the schema was used
    dropped = ctx.document.unresolved
    outside = {key: value for key, value in ctx.data.items() if key != "components"}
    roots = {
        name
        for target in [
            *(target for _, target in iter_refs(outside)),
            *(target for pointer, target in dropped if pointer[:2] != ("components", "schemas")),
        ]
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
            for target in [
                *(target for _, target in iter_refs(schemas[name])),
                *(target for pointer, target in dropped if pointer[:3] == ("components", "schemas", name)),
            ]
            if target.startswith("#/components/schemas/")
        )
    for name in schemas:
        if name not in used:
            yield Finding(
                ("components", "schemas", name), f"component schema {name!r} is not used by any operation"
            )


#: Media types a generated client reads a response as: JSON (and ``+json``), text, bytes.
def _client_reads(media: str) -> bool:
    simple = media.split(";", 1)[0].strip().lower()
    return (
        simple.startswith("text/")
        or simple in ("application/json", "application/octet-stream")
        or simple.endswith("+json")
    )


@rule(
    "response-media-types-read",
    "style",
    "a client reads one media type of a response (the first it can read); another one, such as a "
    "text/event-stream beside application/json, would be left out without a word",
    level="warning",
)
def response_media_types_read(ctx: LintContext) -> Iterator[Finding]:
    seen: set[int] = set()
    for op in ctx.operations:
        for status, raw in (op.data.get("responses") or {}).items():
            response = ctx.resolve(raw)
            content = response.get("content") if isinstance(response, dict) else None
            if not isinstance(content, dict) or len(content) < 2 or id(content) in seen:
                continue
            seen.add(id(content))
            read = next((str(media) for media in content if _client_reads(str(media))), None)
            where: Pointer = (*op.pointer, "responses", status)
            if raw is not response and isinstance(raw, dict) and str(raw.get("$ref", "")).startswith("#/"):
                where = parse_fragment(str(raw["$ref"])[1:])
            for media in content:
                if read is not None and str(media) != read:
                    yield Finding(
                        (*where, "content", media),
                        f"a generated client reads this response as {read!r}; its {media!r} form is left out",
                    )


def _request_schemas(ctx: LintContext) -> Iterator[tuple[Pointer, Any]]:
    for op in ctx.operations:
        body = ctx.resolve(op.data.get("requestBody"))
        if not isinstance(body, dict):
            continue
        for media, content in (body.get("content") or {}).items():
            if isinstance(content, dict) and "schema" in content:
                yield (*op.pointer, "requestBody", "content", media, "schema"), content["schema"]


@rule(
    "secret-field-protected",
    "style",
    "a secret a client sends should never be echoed or logged",
    level="warning",
)
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
            if names_a_secret(name) and isinstance(resolved, dict) and not protected:
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


def effective_level(registered: Rule, setting: Setting | None = None, lenient: bool = False) -> Setting:
    """A correctness rule is always an error; a style rule is what the provider set, and at most
    a warning in a lenient run."""
    if registered.kind == "correctness":
        return "error"
    level: Setting = setting or registered.level
    return "warning" if lenient and level == "error" else level


@dataclass(frozen=True)
class Located:
    """A problem and the pointer it is about (what a baseline entry is keyed by)."""

    pointer: Pointer
    problem: Problem


def lint_located(
    document: Document,
    specs_root: Path,
    *,
    levels: Mapping[str, Setting] | None = None,
    lenient: bool = False,
    skip: frozenset[str] = frozenset(),
) -> list[Located]:
    """Run every registered rule not skipped or set ``off``, at its effective level."""
    ctx = LintContext(document, specs_root)
    found = []
    for rule_id, registered in RULES.items():
        level = effective_level(registered, (levels or {}).get(rule_id), lenient)
        if rule_id in skip or level == "off":
            continue
        for finding in registered.check(ctx):
            problem = document.problem(finding.pointer, rule_id, finding.message, level)
            found.append(Located(finding.pointer, problem))
    return sorted(found, key=lambda located: located.problem)


def lint(
    document: Document,
    specs_root: Path,
    rules: list[str] | None = None,
    skip: frozenset[str] = frozenset(),
    *,
    levels: Mapping[str, Setting] | None = None,
    lenient: bool = False,
) -> list[Problem]:
    """Run the registered rules (or those named, less those skipped) on ``document``."""
    if rules is not None:
        skip = skip | (frozenset(RULES) - frozenset(rules))
    return [
        located.problem
        for located in lint_located(document, specs_root, levels=levels, lenient=lenient, skip=skip)
    ]
