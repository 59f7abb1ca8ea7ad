"""The fleet as the contract tests see it, read from ``specs/`` alone: no test names a provider.

For every provider (a folder under ``specs/`` with a spec and a ``client.toml``) this walks
the same pipeline generation runs (load, normalise, openapi-python-client's parse, the client
plan) and keeps, as plain data:

- each operation: the module and keywords openapi-python-client generated for it, the
  arguments to call it with (taken from the spec's examples, else made from its schemas),
  the credentials it needs, and what each documented response must parse into;
- the auth flows ``client.toml`` declares: static helpers, logins, the login URL, refresh.

A value that a generated function takes is a :class:`Value` recipe (a model from a dict, an
enum from its value, a plain value, ...), turned into real objects by :func:`build_value`
with the generated package in hand, so discovery never imports a client.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import (
    ConstProperty,
    DateProperty,
    DateTimeProperty,
    EnumProperty,
    FileProperty,
    ListProperty,
    ModelProperty,
    NoneProperty,
    UnionProperty,
)
from openapi_python_client.schema.untrusted_string import UntrustedString

from specfleet.checks.validate import load_checked
from specfleet.config import ClientSettings
from specfleet.errors import SpecError
from specfleet.generation.plan import build_plan, match_endpoints
from specfleet.generation.render import generator_config
from specfleet.layout import Project, Provider
from specfleet.normalise import normalise_for_opc
from specfleet.opc import parse as opc
from specfleet.spec.operations import Operation, SpecModel, spec_model

#: Credentials the tests present. Prism checks that a credential is there and well formed, not its value.
TOKEN = "test-token"
BASIC = ("test-user", "test-password")
#: Scheme kinds Prism enforces (it answers 401 without the credential).
ENFORCED_KINDS = frozenset({"api_key", "basic", "bearer", "oauth2"})


def _plain(value: object) -> Any:
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else value


# --- values -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Value:
    """How to build an argument (or check a result) of a generated function from JSON data.

    ``kind``: ``model`` / ``enum`` (``class_name`` in the package's ``models``), ``list``
    (``items``), ``union`` (``members``, tried in order), ``datetime``, ``date``, ``file``,
    ``none``, or ``plain`` (passed as it is).
    """

    kind: str
    raw: Any = None
    class_name: str = ""
    items: Value | None = None
    members: tuple[Value, ...] = ()
    #: for models: the required JSON keys and the const values, to tell union members apart
    required: tuple[str, ...] = ()
    consts: tuple[tuple[str, Any], ...] = ()


def shape_of(prop: Any, models: dict[str, Any]) -> Value:
    """The shape openapi-python-client gave a property (no data yet).

    ``models`` are opc's processed models by class name: a union's members are copies made
    before their properties were read, so required keys and consts come from there.
    """
    if isinstance(prop, ModelProperty):
        prop = models.get(str(prop.class_info.name), prop)
        required = tuple(str(_plain(p.name)) for p in prop.required_properties or ())
        consts = tuple(
            (str(_plain(p.name)), _plain(p.value.raw_value) if hasattr(p.value, "raw_value") else None)
            for p in [*(prop.required_properties or ()), *(prop.optional_properties or ())]
            if isinstance(p, ConstProperty)
        )
        return Value("model", class_name=str(prop.class_info.name), required=required, consts=consts)
    if isinstance(prop, EnumProperty):
        return Value("enum", class_name=str(prop.class_info.name))
    if isinstance(prop, ListProperty):
        return Value("list", items=shape_of(prop.inner_property, models))
    if isinstance(prop, UnionProperty):
        return Value("union", members=tuple(shape_of(inner, models) for inner in prop.inner_properties))
    if isinstance(prop, DateTimeProperty):
        return Value("datetime")
    if isinstance(prop, DateProperty):
        return Value("date")
    if isinstance(prop, FileProperty):
        return Value("file")
    if isinstance(prop, NoneProperty):
        return Value("none")
    return Value("plain")  # strings, numbers, booleans, literal enums, any: passed as they are


def with_data(shape: Value, data: Any) -> Value:
    """``shape`` filled with ``data``; a union keeps the first member the data fits."""
    if shape.kind == "list":
        assert shape.items is not None
        items = data if isinstance(data, list) else []
        return Value("list", raw=[with_data(shape.items, item) for item in items], items=shape.items)
    if shape.kind == "union":
        member = next((m for m in shape.members if fits(m, data)), shape.members[0])
        return with_data(member, data)
    return Value(
        shape.kind,
        raw=data,
        class_name=shape.class_name,
        items=shape.items,
        required=shape.required,
        consts=shape.consts,
    )


def fits(shape: Value, data: Any) -> bool:
    """Whether ``data`` can be this member of a union (required keys there, consts equal)."""
    if shape.kind == "model":
        return (
            isinstance(data, dict)
            and all(key in data for key in shape.required)
            and all(data.get(key) == value for key, value in shape.consts if value is not None)
        )
    if shape.kind == "none":
        return data is None
    if shape.kind == "list":
        return isinstance(data, list)
    if shape.kind in ("datetime", "date"):
        return isinstance(data, str)
    return data is not None


def build_value(package: str, value: Value) -> Any:
    """The Python object a generated function takes for ``value``, made with the package's own classes."""
    if value.kind == "model":
        return getattr(importlib.import_module(f"{package}.models"), value.class_name).from_dict(value.raw)
    if value.kind == "enum":
        return getattr(importlib.import_module(f"{package}.models"), value.class_name)(value.raw)
    if value.kind == "list":
        return [build_value(package, item) for item in value.raw]
    if value.kind == "datetime":
        return datetime.datetime.fromisoformat(str(value.raw).replace("Z", "+00:00"))
    if value.kind == "date":
        return datetime.date.fromisoformat(str(value.raw))
    if value.kind == "file":
        types = importlib.import_module(f"{package}.types")
        raw = value.raw if isinstance(value.raw, bytes) else str(value.raw).encode()
        return types.File(payload=io.BytesIO(raw), file_name="example")
    return value.raw


# --- examples from the spec ---------------------------------------------------------------------------

_FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "email": "user@example.com",
    "uuid": "3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "ZXhhbXBsZQ==",
}


_NONE = object()  # no value found here: the next way of making one is tried


def schema_example(model: SpecModel, schema: Any, depth: int = 0) -> Any:
    """The spec's example for a schema, else a value made from it that its own checks accept."""
    try:
        schema = model.resolve(schema)
    except Exception:  # noqa: BLE001 - an unreadable schema gets the plainest value
        return "example"
    if not isinstance(schema, dict) or depth > 8:
        return "example"
    for way in (_written_example, _composed_example):
        found = way(model, schema, depth)
        if found is not _NONE:
            return found
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None and "properties" in schema:
        kind = "object"
    made = _BY_TYPE.get(kind) if isinstance(kind, str) else None
    return (made or _string_example)(model, schema, depth)


def _written_example(model: SpecModel, schema: dict[str, Any], depth: int) -> Any:
    """A value the schema writes down: its example, first of ``examples``, const, default, first enum value."""
    if "example" in schema:
        return schema["example"]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    for key in ("const", "default"):
        if key in schema:
            return schema[key]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    return _NONE


def _composed_example(model: SpecModel, schema: dict[str, Any], depth: int) -> Any:
    """A union's first member's value, or the ``allOf`` parts' objects merged."""
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            return schema_example(model, schema[key][0], depth + 1)
    if isinstance(schema.get("allOf"), list):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            found = schema_example(model, part, depth + 1)
            if isinstance(found, dict):
                merged.update(found)
        return merged
    return _NONE


def _object_example(model: SpecModel, schema: dict[str, Any], depth: int) -> Any:
    properties = schema.get("properties") or {}
    return {
        name: schema_example(model, properties[name], depth + 1)
        for name in schema.get("required") or []
        if name in properties
    }


def _number(schema: dict[str, Any]) -> int:
    low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
    return int(low) + 1 if isinstance(low, int | float) else 1


def _string_example(model: SpecModel, schema: dict[str, Any], depth: int) -> Any:
    text = _FORMATS.get(str(schema.get("format")), "example")
    return text.ljust(int(schema.get("minLength", 0)), "x")


#: A value made for each JSON type (a string for any other schema).
_BY_TYPE: dict[str, Callable[[SpecModel, dict[str, Any], int], Any]] = {
    "object": _object_example,
    "array": lambda model, schema, depth: [schema_example(model, schema.get("items") or {}, depth + 1)],
    "integer": lambda model, schema, depth: _number(schema),
    "number": lambda model, schema, depth: float(_number(schema)),
    "boolean": lambda model, schema, depth: True,
    "null": lambda model, schema, depth: None,
}


def _given_example(model: SpecModel, holder: dict[str, Any]) -> Any:
    """The example a media type or parameter gives: ``example``, else the first of ``examples``."""
    if "example" in holder:
        return holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, dict) and examples:
        first = model.resolve(next(iter(examples.values())))
        if isinstance(first, dict) and "value" in first:
            return first["value"]
    return _NONE


def media_example(model: SpecModel, media: dict[str, Any]) -> Any:
    """What Prism answers (or a request carries) for a media type: its example, first ``examples``, or the schema's."""
    given = _given_example(model, media)
    return given if given is not _NONE else schema_example(model, media.get("schema") or {})


def has_example(model: SpecModel, media: dict[str, Any]) -> bool:
    """Whether the spec itself gives an example (so Prism's answer is exactly known)."""
    if "example" in media or media.get("examples"):
        return True
    try:
        schema = model.resolve(media.get("schema") or {})
    except Exception:  # noqa: BLE001
        return False
    return isinstance(schema, dict) and ("example" in schema or bool(schema.get("examples")))


def parameter_example(model: SpecModel, data: dict[str, Any]) -> Any:
    given = _given_example(model, data)
    if given is not _NONE:
        return given
    content = data.get("content")
    if isinstance(content, dict) and content:
        return media_example(model, next(iter(content.values())))
    return schema_example(model, data.get("schema") or {})


# --- cases --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResponseCase:
    """One documented response: the status Prism is asked for and what the client must parse."""

    status: str  # as the spec writes it: "200", "2XX", "default"
    code: int  # the status to ask Prism for (``default`` -> 500)
    shape: Value
    #: the body Prism sends, when the spec gives its example (else only the type is checked)
    example: Any
    has_example: bool
    has_body: bool
    media_type: str

    @property
    def success(self) -> bool:
        return 200 <= self.code < 300


@dataclass(frozen=True)
class OperationCase:
    """One operation of one provider and how to call its generated function."""

    provider: str
    package: str
    method: str  # upper case
    path: str  # as the spec writes it
    operation_id: str
    module: str  # importable: ``<package>.api.<tag>.<function>``
    tag: str  # the ``api`` sub-package openapi-python-client made of the operation's first tag
    function: str
    #: keyword -> value, for path, required (or exemplified) query/header/cookie parameters and the body
    arguments: tuple[tuple[str, Value], ...]
    #: alternatives of scheme names; ``()`` in it means anonymous is allowed
    security: tuple[tuple[str, ...], ...]
    responses: tuple[ResponseCase, ...]

    @property
    def id(self) -> str:
        return f"{self.provider}-{self.operation_id}"

    @property
    def anonymous(self) -> bool:
        return not self.security or () in self.security

    @property
    def success(self) -> ResponseCase:
        return next(response for response in self.responses if response.success)

    @property
    def errors(self) -> tuple[ResponseCase, ...]:
        return tuple(response for response in self.responses if not response.success)

    def kwargs(self) -> dict[str, Any]:
        """The keyword arguments, built with the generated package's classes."""
        return {keyword: build_value(self.package, value) for keyword, value in self.arguments}


@dataclass(frozen=True)
class SchemeCase:
    """A security scheme and the generated ``auth`` function that makes its credential."""

    name: str
    kind: str  # api_key | basic | bearer | oauth2 | mutual_tls
    function: str

    @property
    def enforced(self) -> bool:
        return self.kind in ENFORCED_KINDS

    def credential_args(self) -> tuple[str, ...]:
        """What the scheme's credential function takes (mutual TLS: nothing, it is set on the connection)."""
        if self.kind == "mutual_tls":
            return ()
        return BASIC if self.kind == "basic" else (TOKEN,)


@dataclass(frozen=True)
class StaticFlow:
    """``package.<function>(value, base_url=...)``: a client holding a credential you already have."""

    function: str
    scheme: SchemeCase


@dataclass(frozen=True)
class LoginFlow:
    """``package.<function>(*arguments, base_url=...)``: signs in through ``operation``, binds ``scheme``."""

    function: str
    scheme: SchemeCase
    operation: OperationCase
    arguments: tuple[Any, ...]
    #: the helper's parameter names, in order (``client.toml``'s ``arguments`` keys)
    argument_names: tuple[str, ...]
    #: the field of the login's answer that holds the token
    token_field: str
    #: the login's answer carries a refresh token and ``client.toml`` declares ``[auth.refresh]``
    refreshable: bool


@dataclass(frozen=True)
class LoginUrlFlow:
    """``package.<function>(*arguments, base_url=...)`` -> the URL the API answers with."""

    function: str
    operation: OperationCase
    arguments: tuple[Any, ...]
    argument_names: tuple[str, ...]
    expected: Any  # the operation's success example, when the spec gives one
    has_example: bool


@dataclass(frozen=True)
class ProviderCase:
    """One provider of the fleet: its files, its client's names, its operations and auth flows."""

    name: str
    spec_path: Path
    settings_path: Path
    client_dir: Path  # generated/<name>-client
    package: str
    distribution: str
    default_base_url: str
    server_urls: tuple[str, ...]
    operations: tuple[OperationCase, ...]
    schemes: dict[str, SchemeCase] = field(default_factory=dict)
    static: tuple[StaticFlow, ...] = ()
    logins: tuple[LoginFlow, ...] = ()
    login_url: LoginUrlFlow | None = None
    #: refresh is ``package.refresh(client)``, through this operation
    refresh_operation: OperationCase | None = None

    def example_arguments(self) -> dict[str, Any]:
        """Each auth helper's parameter name -> a value to call it with (what a README's ``"<name>"`` stands for)."""
        values: dict[str, Any] = {"token": TOKEN, "username": BASIC[0], "password": BASIC[1]}
        for login in self.logins:
            values.update(zip(login.argument_names, login.arguments, strict=True))
        if self.login_url is not None:
            values.update(zip(self.login_url.argument_names, self.login_url.arguments, strict=True))
        return values

    def operation(self, operation_id: str) -> OperationCase:
        return next(op for op in self.operations if op.operation_id == operation_id)

    def probe_for(self, scheme: str) -> OperationCase | None:
        """An operation that needs exactly ``scheme``, GETs first: proof that a credential works."""
        secured = [op for op in self.operations if (scheme,) in op.security and not op.anonymous]
        return next((op for op in secured if op.method == "GET"), secured[0] if secured else None)


@functools.cache
def discover(root: Path) -> tuple[ProviderCase, ...]:
    """Every provider under ``root/specs`` (spec + ``client.toml``), in a stable order; read once per root."""
    project = Project(root)
    return tuple(
        discover_provider(project, provider)
        for provider in project.providers()
        if provider.settings_path.is_file()
    )


def discover_provider(project: Project, provider: Provider) -> ProviderCase:
    settings = provider.settings
    report = load_checked(provider.spec_path, project.specs_dir, settings=settings)
    if report.errors or report.document is None:
        raise SpecError(report.errors)
    normalised = normalise_for_opc(report.document)
    output = project.output_dir(provider)
    openapi = opc.parse(normalised.document.data, generator_config(settings, provider.spec_path, output))
    if isinstance(openapi, GeneratorError):
        raise SpecError(opc.problem(report.document, openapi))
    normalised.apply(openapi)
    return _provider_case(provider, settings, normalised.document, openapi, output)


def _provider_case(
    provider: Provider, settings: ClientSettings, document: Any, openapi: GeneratorData, output: Path
) -> ProviderCase:
    model = spec_model(document)
    plan = build_plan(document, settings, openapi)
    package = settings.package
    models = {str(found.class_info.name): found for found in openapi.models}
    operations = tuple(
        _operation_case(
            provider.name, package, model, models, generated.operation, generated.endpoint, generated.module
        )
        for generated in sorted(
            match_endpoints(model, openapi).values(), key=lambda g: (g.operation.path, g.operation.method)
        )
    )
    schemes = {
        str(_plain(scheme.name)): SchemeCase(str(_plain(scheme.name)), scheme.kind, scheme.function)
        for scheme in plan.schemes
    }

    def by_key(name: str) -> OperationCase:
        """client.toml names an operation by operationId, or as ``METHOD /path``."""
        method, _, path = name.partition(" ")
        return next(
            (op for op in operations if (op.method, op.path) == (method.upper(), path)),
            None,
        ) or next(op for op in operations if op.operation_id == name)

    auth = settings.auth
    logins = tuple(
        LoginFlow(
            function=login.function,
            scheme=schemes[login.scheme],
            operation=by_key(login.operation),
            arguments=tuple(
                _field_example(model, login.body_schema, field_name)
                for field_name in login.arguments.values()
            ),
            argument_names=tuple(login.arguments),
            token_field=login.token_field,
            refreshable=login.refresh_token_field is not None and auth.refresh is not None,
        )
        for login in auth.logins
    )
    login_url = None
    if auth.login_url is not None:
        target = by_key(auth.login_url.operation)
        operation = model.operations_by_key[(target.path, target.method.lower())]
        parameters = {parameter.name: parameter for parameter in operation.parameters}
        login_url = LoginUrlFlow(
            function=auth.login_url.function,
            operation=target,
            arguments=tuple(
                parameter_example(model, parameters[name].data) for name in auth.login_url.arguments.values()
            ),
            argument_names=tuple(auth.login_url.arguments),
            expected=target.success.example,
            has_example=target.success.has_example,
        )
    return ProviderCase(
        name=provider.name,
        spec_path=provider.spec_path,
        settings_path=provider.settings_path,
        client_dir=output,
        package=package,
        distribution=settings.distribution,
        default_base_url=str(_plain(plan.base_url)),
        server_urls=tuple(str(_plain(url)) for url, _ in plan.servers),
        operations=operations,
        schemes=schemes,
        static=tuple(StaticFlow(function, schemes[name]) for function, name in sorted(auth.static.items())),
        logins=logins,
        login_url=login_url,
        refresh_operation=by_key(auth.refresh.operation) if auth.refresh is not None else None,
    )


def _field_example(model: SpecModel, schema_name: str, field_name: str) -> Any:
    """A login argument: the body schema's example for that field, else one made from the field's schema."""
    schema = model.resolve((model.data.get("components") or {}).get("schemas", {}).get(schema_name) or {})
    example = schema.get("example") if isinstance(schema, dict) else None
    if isinstance(example, dict) and field_name in example:
        return example[field_name]
    properties = schema.get("properties") or {} if isinstance(schema, dict) else {}
    return schema_example(model, properties.get(field_name) or {})


def _operation_case(
    provider: str,
    package: str,
    model: SpecModel,
    models: dict[str, Any],
    operation: Operation,
    endpoint: Any,
    module: str,
) -> OperationCase:
    spec_parameters = {(parameter.location, parameter.name): parameter for parameter in operation.parameters}
    arguments: list[tuple[str, Value]] = []
    for location, props in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
        ("cookie", endpoint.cookie_parameters),
    ):
        for prop in props:
            parameter = spec_parameters.get((location, str(_plain(prop.name))))
            if parameter is None:  # header names ignore case
                parameter = next(
                    (p for (loc, name), p in spec_parameters.items()
                     if loc == location and name.lower() == str(_plain(prop.name)).lower()),
                    None,
                )  # fmt: skip
            data = parameter.data if parameter is not None else {}
            exemplified = any(key in data for key in ("example", "examples"))
            if location == "path" or prop.required or exemplified:
                arguments.append(
                    (str(prop.python_name), with_data(shape_of(prop, models), parameter_example(model, data)))
                )
    if endpoint.bodies and operation.request_body is not None:
        body = endpoint.bodies[0]
        content = operation.request_body.data.get("content") or {}
        media = content.get(str(_plain(body.content_type))) or next(iter(content.values()), {})
        arguments.append(("body", with_data(shape_of(body.prop, models), media_example(model, media))))
    responses = []
    props = {
        response.status_code.pattern.upper(): response.prop
        for response in [*endpoint.responses.patterns, *([endpoint.responses.default] if endpoint.responses.default else [])]
    }  # fmt: skip
    for response in operation.responses:
        content = response.data.get("content") or {}
        media_type, media = next(iter(content.items()), ("", {}))
        prop = props.get(response.status.upper())
        code = 500 if response.status == "default" else int(response.status.upper().replace("XX", "00"))
        responses.append(
            ResponseCase(
                status=response.status,
                code=code,
                shape=shape_of(prop, models) if prop is not None else Value("none"),
                example=media_example(model, media) if content else None,
                has_example=bool(content) and has_example(model, media),
                has_body=bool(content),
                media_type=str(media_type),
            )
        )
    return OperationCase(
        provider=provider,
        package=package,
        method=operation.method.upper(),
        path=operation.path,
        operation_id=operation.operation_id or f"{operation.method} {operation.path}",
        module=f"{package}.{module}.{endpoint.name}",
        tag=module.removeprefix("api."),
        function=str(endpoint.name),
        arguments=tuple(arguments),
        security=operation.security.alternatives,
        responses=tuple(responses),
    )
