"""What our templates add to openapi-python-client's output, as plain data.

openapi-python-client 0.29.1 ignores ``securitySchemes``, global and anonymous
``security`` and ``servers``.  This parser reads them from the validated spec
(plus the provider's ``client.toml``) and builds a :class:`ClientPlan` that the
templates only render.  Text that comes from the spec stays an
``UntrustedString``, so a template that forgets its escaping filter renders
``UntrustedString object at ...`` and the run fails instead of emitting code.

Operations are matched to opc's endpoints by path and method, never by name: the function
and module names are the ones opc generated, whatever it made of (or without) an
operationId, and a normaliser may rename operationIds without the plan losing its way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.bodies import BodyType
from openapi_python_client.parser.openapi import _PATH_PARAM_REGEX as OPC_PATH_PARAM  # what opc rewrites
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import ClassName, PythonCode, PythonIdentifier, snake_case

from specfleet.config import RESOURCE_PREFIX, ClientSettings, LoginUrl, TokenLogin, TokenRefresh
from specfleet.errors import SpecfleetError
from specfleet.generation.directions import LITERAL_IMPORT, SENT, retyped
from specfleet.generation.pagination import Paging, detect
from specfleet.generation.params import Need, ParamDict, Params, import_lines
from specfleet.generation.resource_tree import Route, derived_prefix, place, record_key
from specfleet.opc.parse import FIELD_PREFIX, METHOD_KEYWORDS
from specfleet.spec.document import Document, Pointer
from specfleet.spec.operations import Operation, OperationKey, SpecModel, spec_model


def _code(value: object) -> PythonCode:
    """A Python literal for ``value``; ``repr`` of str/int/tuple can never be more than a literal."""
    return PythonCode(repr(value))


@dataclass(frozen=True)
class Scheme:
    """One entry of ``components.securitySchemes``, reduced to what a credential needs."""

    name: UntrustedString
    name_literal: PythonCode
    #: the auth module's function that makes this scheme's credential
    function: str
    kind: str  # api_key | basic | bearer | oauth2 | mutual_tls
    description: UntrustedString
    location: str = ""  # header | query | cookie, for api_key
    parameter: UntrustedString = UntrustedString("")
    prefix: UntrustedString = UntrustedString("")
    authorization_url: UntrustedString = UntrustedString("")
    token_url: UntrustedString = UntrustedString("")
    refresh_url: UntrustedString = UntrustedString("")
    scopes_literal: PythonCode = PythonCode("()")


@dataclass(frozen=True)
class EndpointRef:
    """Where openapi-python-client put an operation: ``api.<tag>.<function>``."""

    module: str
    function: str
    method: str
    path: UntrustedString
    summary: UntrustedString
    security: str  # human words for the README
    #: the Python names of the arguments a call must give (path parameters, required query,
    #: header and cookie parameters, a required body), in the function's order
    required: tuple[str, ...] = ()


@dataclass(frozen=True)
class StaticHelper:
    function: str
    scheme: Scheme


@dataclass(frozen=True)
class Login:
    function: str
    endpoint: EndpointRef
    scheme: Scheme
    body_class: str
    arguments: tuple[tuple[str, PythonCode], ...]  # (python argument, body field literal)
    constants: tuple[tuple[PythonCode, PythonCode], ...]
    token_field: PythonCode
    refresh_token_field: PythonCode
    expires_in_field: PythonCode


@dataclass(frozen=True)
class Refresh:
    endpoint: EndpointRef
    body_class: str
    token_argument: PythonCode
    constants: tuple[tuple[PythonCode, PythonCode], ...]


@dataclass(frozen=True)
class LoginUrlHelper:
    function: str
    endpoint: EndpointRef
    arguments: tuple[tuple[str, str], ...]  # (helper argument, endpoint keyword)


@dataclass(frozen=True)
class UnionMember:
    value: PythonCode  # the discriminator value, as a literal
    class_name: str


@dataclass(frozen=True)
class DiscriminatedUnion:
    """A ``oneOf`` with a ``discriminator``: parsed by the discriminator's value, never by trial."""

    name: str
    function: str
    property: PythonCode
    members: tuple[UnionMember, ...]


@dataclass(frozen=True)
class Doc:
    """A method's docstring parts, all spec text kept untrusted."""

    summary: UntrustedString
    description: UntrustedString
    arguments: tuple[tuple[str, UntrustedString], ...]
    returns: UntrustedString
    raises: tuple[tuple[str, str], ...]  # (exception class, the statuses it stands for)


@dataclass(frozen=True)
class ResourceMethod:
    """``client.<resource...>.<name>(...)``: one operation, sent through opc's endpoint module."""

    name: str
    #: the endpoint module, from the package root (``api.<tag>.<function>``)
    operation: str
    #: the same, as ``from ..<operation_package> import <operation_module> as _operation`` reads it
    operation_package: str
    operation_module: str
    endpoint: Endpoint
    #: the union of the success responses' types ("None" when none has a body)
    success_type: PythonCode
    positional: tuple[PythonCode, ...]  # path parameters, in path order
    keywords: tuple[PythonCode, ...]  # query, header and cookie parameters
    #: ``body: <type>`` as the endpoint function declares it ("" without a body)
    body: PythonCode
    #: an object body's properties as keywords (empty: the body is only passed as ``body=``)
    fields: tuple[PythonCode, ...]
    field_names: tuple[str, ...]
    body_class: str
    #: the body model's module, from the package root (``models.create_api_key``)
    body_module: str
    body_required: bool
    #: what the keyword body's property types and defaults import (as opc writes them from ``api/<tag>/``)
    field_imports: tuple[str, ...]
    #: each keyword body argument's JSON name (a literal) and Python name
    field_keys: tuple[tuple[PythonCode, str], ...]
    #: the body is JSON and may be given as a dict (see :mod:`specfleet.generation.params`)
    json_body: bool
    #: what the dict-taking types import, from the package root (``from .params.x import XParam``)
    dict_imports: tuple[str, ...]
    #: the request as the resource method's call declares it: method, path template (literals),
    #: the path's parameters, the keywords of the endpoint's ``request_parts``, the credentials
    request_method: PythonCode
    request_path: PythonCode
    path_params: tuple[str, ...]
    parts: tuple[str, ...]
    security: PythonCode
    doc: Doc
    #: ``client.<dotted>(...)``
    dotted: str
    #: the event model of a ``text/event-stream`` success answer ("" when the operation has none)
    stream_class: str = ""
    stream_module: str = ""
    #: the body has a ``stream`` property of its own, set by ``stream=``
    stream_in_body: bool = False
    #: the README's call: the required arguments, as placeholders
    example_arguments: str = ""
    #: how the list pages (``None``: a plain call), and why a list that looks paged stays plain
    paging: Paging | None = None
    paging_note: str = ""
    #: ``T`` of the ``SyncPage[T]`` a paged list returns
    page_item: PythonCode = PythonCode("")


@dataclass(frozen=True)
class Resource:
    """One node of the resource tree: ``client.<path...>``, a class per mode in ``resources/<top>.py``."""

    path: tuple[str, ...]
    class_name: str
    methods: tuple[ResourceMethod, ...] = ()
    children: tuple[Resource, ...] = ()

    @property
    def attribute(self) -> str:
        return self.path[-1] if self.path else ""

    @property
    def dotted(self) -> str:
        return ".".join(self.path)

    def walk(self) -> list[Resource]:
        """This node and every node under it, parents first."""
        found = [self]
        for child in self.children:
            found += child.walk()
        return found


@dataclass(frozen=True)
class ResourceModule:
    """``resources/<name>.py``: a top-level resource and everything under it, imported on first use."""

    name: str
    root: Resource
    #: the module's imports, written from ``resources/`` (``from ..models.pet import Pet``)
    imports: tuple[str, ...]
    #: imports only type checkers read (the models in signatures): loading them waits for a call
    typing_imports: tuple[str, ...] = ()

    @property
    def nodes(self) -> list[Resource]:
        return self.root.walk()


def _success(endpoint: Endpoint) -> tuple[PythonCode, PythonCode]:
    """The success responses' type (as upstream's ``response_type`` writes one) and status ranges."""
    types: set[str] = set()
    ranges: list[tuple[int, int]] = []
    for response in endpoint.responses.patterns:
        code_range = response.status_code.range
        if code_range is not None and code_range[0] >= 200 and code_range[1] <= 299:
            ranges.append(code_range)
            no_body = response.source["attribute"] == "None"  # upstream parses such a body as None
            types.add("None" if no_body else str(response.prop.get_type_string().as_unembedded_code()))
    if str(endpoint.response_type()) == "Any":  # upstream parses no response of it
        types = {"None"}
    shown = sorted(types - {"None"}) + (["None"] if "None" in types or not types else [])
    return PythonCode(" | ".join(shown)), _statuses(ranges)


def success_statuses(endpoint: Endpoint) -> PythonCode:
    """What the endpoint template reads as ``endpoint | success_statuses`` (its ``ANSWERS``)."""
    return _success(endpoint)[1]


def _statuses(ranges: list[tuple[int, int]]) -> PythonCode:
    """The success statuses as a literal: ``(200, 201)``, ``range(200, 300)`` for ``2XX``."""
    parts = [str(low) if low == high else f"*range({low}, {high + 1})" for low, high in ranges]
    if len(parts) == 1 and parts[0].startswith("*"):
        return PythonCode(parts[0][1:])
    return PythonCode("(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")")


def _untrusted(value: object) -> UntrustedString:
    if isinstance(value, UntrustedString):
        return value
    return UntrustedString("" if value is None else str(value))


def _raises(endpoint: Endpoint) -> list[tuple[str, str]]:
    """The exceptions the documented error statuses raise, each with its statuses."""
    from specfleet.generation.runtime.errors import status_error_class

    by_class: dict[str, list[str]] = {}
    for response in endpoint.responses.patterns:
        code_range = response.status_code.range
        if code_range is None or code_range[0] < 400:
            continue
        low, high = code_range
        label = str(low) if low == high else f"{low}-{high}"
        by_class.setdefault(status_error_class(low).__name__, []).append(label)
    found = [(name, ", ".join(statuses)) for name, statuses in sorted(by_class.items())]
    return [*found, ("APIStatusError", "any other error status"), ("APIConnectionError", "no answer")]


def _body_fields(endpoint: Endpoint, taken: set[str]) -> tuple[list[Any], str]:
    """An object body's properties, when they can all be keywords, and the body's model class."""
    if len(endpoint.bodies) != 1:
        return [], ""
    prop = endpoint.bodies[0].prop
    if (
        not isinstance(prop, ModelProperty)
        or prop.required_properties is None
        or prop.optional_properties is None
    ):
        return [], ""
    fields = [*prop.required_properties, *prop.optional_properties]
    names = {str(item.python_name) for item in fields}
    if not fields or names & (taken | METHOD_KEYWORDS) or any(name.startswith("_") for name in names):
        return [], ""
    return fields, str(prop.class_info.name)


def _body_module(endpoint: Endpoint) -> str:
    prop = endpoint.bodies[0].prop if len(endpoint.bodies) == 1 else None
    return f"models.{prop.class_info.module_name}" if isinstance(prop, ModelProperty) else ""


#: The media type of a response sent as a stream of events.
EVENT_STREAM = "text/event-stream"


def _stream_event(operation: Operation, models: dict[str, tuple[str, str]]) -> tuple[str, str]:
    """The model class and module of a success answer's ``text/event-stream`` events, when the
    spec gives them as a component schema opc made a model of."""
    for response in operation.responses:
        if not response.status.startswith("2"):
            continue
        content = response.data.get("content") or {}
        schema = (content.get(EVENT_STREAM) or {}).get("schema") if isinstance(content, dict) else None
        ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found = models.get(ref.rsplit("/", 1)[-1])
            if found:
                return found
    return "", ""


def _method(
    name: str,
    dotted: str,
    generated: GeneratedEndpoint,
    models: dict[str, tuple[str, str]],
    params: Params | None = None,
    forced_paging: str = "",
) -> ResourceMethod:
    endpoint = generated.endpoint
    success_type = _success(endpoint)[0]
    parameters = [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]
    taken = {str(item.python_name) for item in [*endpoint.path_parameters, *parameters]}
    stream_class, stream_module = _stream_event(generated.operation, models)
    if stream_class:
        taken.add("stream")
    fields, body_class = _body_fields(endpoint, taken - {"stream"})
    fields = [retyped(item, SENT) for item in fields]  # a body's model may be answered too
    stream_in_body = bool(stream_class) and any(str(item.python_name) == "stream" for item in fields)
    if stream_class and "stream" in {str(item.python_name) for item in parameters}:
        stream_class = stream_module = ""  # a parameter of that name: no stream= of ours
    shown_fields = [item for item in fields if not (stream_in_body and str(item.python_name) == "stream")]
    body = _body_declaration(endpoint)
    json_body, needs = _json_body(endpoint, params), set[Need]()
    declared = [item.to_string() for item in shown_fields]
    if json_body and params is not None:
        body, declared = _dict_typed(endpoint.bodies[0].prop, shown_fields, params, needs)
    found = detect(generated.operation, endpoint, params.models if params else {}, forced_paging)
    return ResourceMethod(
        name=name,
        operation=generated.module + "." + str(endpoint.name),
        operation_package=generated.module,
        operation_module=str(endpoint.name),
        endpoint=endpoint,
        success_type=success_type,
        positional=tuple(item.to_string() for item in endpoint.path_parameters),
        keywords=tuple(item.to_string() for item in parameters),
        body=body,
        fields=tuple(declared),
        field_names=tuple(str(item.python_name) for item in shown_fields),
        field_keys=tuple((_code(_plain(item.name)), str(item.python_name)) for item in fields),
        json_body=json_body,
        dict_imports=tuple(line for line in import_lines(needs, ".") if line not in _TEMPLATE_IMPORTS),
        body_class=body_class,
        body_module=_body_module(endpoint) if body_class else "",
        field_imports=tuple(
            sorted(
                {
                    line
                    for item in fields
                    for line in [*item.get_imports(prefix="..."), *item.get_lazy_imports(prefix="...")]
                }
            )
        ),
        body_required=bool(endpoint.bodies) and all(b.prop.required for b in endpoint.bodies),
        request_method=_code(str(endpoint.method)),
        request_path=_code(_untrusted(endpoint.path).get_untrusted_value()),
        path_params=tuple(str(item.python_name) for item in endpoint.path_parameters),
        parts=(*(["body"] if endpoint.bodies else []), *(str(item.python_name) for item in parameters)),
        security=_code(generated.operation.security.alternatives),
        doc=_doc(generated, shown_fields, success_type),
        dotted=dotted,
        example_arguments=_example(endpoint, parameters, fields),
        stream_class=stream_class,
        stream_module=stream_module,
        stream_in_body=stream_in_body,
        paging=found.paging,
        paging_note=found.reason,
        page_item=PythonCode(found.paging.item_type if found.paging else ""),
    )


def _body_declaration(endpoint: Endpoint) -> PythonCode:
    """``body: <type>`` as the endpoint function declares it ("" without a body)."""
    if len(endpoint.bodies) == 1:
        prop = endpoint.bodies[0].prop
        default = "" if prop.required else " = UNSET"
        return PythonCode(f"body: {prop.get_type_string().as_unembedded_code()}{default}")
    if endpoint.bodies:
        types = " | ".join(
            str(b.prop.get_type_string(no_optional=True).as_unembedded_code()) for b in endpoint.bodies
        )
        required = all(b.prop.required for b in endpoint.bodies)
        return PythonCode(f"body: {types}" + ("" if required else " | Unset = UNSET"))
    return PythonCode("")


def _doc(generated: GeneratedEndpoint, shown_fields: list[Any], success_type: PythonCode) -> Doc:
    """The method's docstring parts: each argument's description (a parameter's is on the parameter,
    opc keeps only its schema's), what it returns and what it raises."""
    endpoint = generated.endpoint
    written = {
        (parameter.location, parameter.name): parameter.data.get("description")
        for parameter in generated.operation.parameters
    }
    places = {
        "path": endpoint.path_parameters,
        "query": endpoint.query_parameters,
        "header": endpoint.header_parameters,
        "cookie": endpoint.cookie_parameters,
    }
    arguments = [
        (str(item.python_name), _untrusted(written.get((place_, _plain(item.name))) or item.description))
        for place_, items in places.items()
        for item in items
    ]
    arguments = [(name, text) for name, text in arguments if text.get_untrusted_value().strip()]
    arguments += [(str(item.python_name), _field_doc(item)) for item in shown_fields]
    return Doc(
        summary=_untrusted(endpoint.summary),
        description=_untrusted(endpoint.description),
        arguments=tuple(arguments),
        returns=UntrustedString(success_type.as_unembedded_code()),
        raises=tuple(_raises(endpoint)),
    )


def _example(endpoint: Endpoint, parameters: list[Any], fields: list[Any]) -> str:
    """The README's call: the required arguments, as placeholders."""
    example = [f'"<{item.python_name}>"' for item in endpoint.path_parameters]
    example += [f'{item.python_name}="<{item.python_name}>"' for item in parameters if item.required]
    if fields:
        example += [f'{item.python_name}="<{item.python_name}>"' for item in fields if item.required]
    elif endpoint.bodies and all(b.prop.required for b in endpoint.bodies):
        example.append('body="<body>"')
    return ", ".join(example)


#: Imports the resource module's template writes itself.
_TEMPLATE_IMPORTS = frozenset({"from typing import Any", "from typing import Literal"})


def _json_body(endpoint: Endpoint, params: Params | None) -> bool:
    """A JSON body of one object (or a union): it may be given as a dict, sent by the runtime's ``to_json``."""
    if params is None or len(endpoint.bodies) != 1 or endpoint.bodies[0].body_type != BodyType.JSON:
        return False
    return isinstance(endpoint.bodies[0].prop, ModelProperty | UnionProperty)


def _dict_typed(
    prop: Any, fields: list[Any], params: Params, needs: set[Need]
) -> tuple[PythonCode, list[PythonCode]]:
    """``body: <model or its dict>`` and each keyword field typed to take dicts (defaults kept)."""
    body = f"body: {params.type_of(prop, needs)}" + ("" if prop.required else " | Unset = UNSET")
    declared = []
    for item in fields:
        written = f"{item.python_name}: {params.type_of(item, needs)}"
        if not item.required:
            default = item.to_string().as_unembedded_code().partition(" = ")[2] or "UNSET"
            written += f" | Unset = {default}"
        declared.append(PythonCode(written))
    return PythonCode(body), declared


def _field_doc(item: Any) -> UntrustedString:
    """A keyword body argument's line in Args: its description, else the JSON name it is sent as."""
    text = _untrusted(item.description)
    if text.get_untrusted_value().strip():
        return text
    return UntrustedString(f"sent as the body's ``{_plain(item.name)}``.")


def _class_name(path: tuple[str, ...], taken: set[str]) -> str:
    name = "".join(str(ClassName(part, FIELD_PREFIX)) for part in path) + "Resource"
    while name in taken or f"Async{name}" in taken:
        name += "_"
    taken |= {name, f"Async{name}"}
    return name


def build_resources(
    generated: dict[OperationKey, GeneratedEndpoint],
    overrides: dict[str, str],
    taken_names: set[str],
    models: dict[str, tuple[str, str]] | None = None,
    prefix: str | None = None,
    params: Params | None = None,
    paging: Mapping[OperationKey, str] | None = None,
    paging_notes: list[tuple[Pointer, str]] | None = None,
) -> tuple[Resource, list[tuple[Pointer, str]], dict[str, str]]:
    """The resource tree of every generated operation (its root holds the client's own methods),
    the notes on names the rules had to change, each where the spec writes its operation, and
    the record of every name (``[resources]``: the prefix dropped, each operation's dotted name)."""
    ordered = sorted(generated.values(), key=lambda item: (item.operation.path, item.operation.method))
    routes = [route_of(item) for item in ordered]
    if prefix is None:
        prefix = derived_prefix(route.path for route in routes)
    try:
        placements, notes = place(routes, overrides, prefix)
    except ValueError as exc:
        raise SpecfleetError(f"client.toml: {exc}") from None
    taken = set(taken_names)
    class_names: dict[tuple[str, ...], str] = {(): ""}
    methods: dict[tuple[str, ...], list[ResourceMethod]] = {}
    located: list[tuple[Pointer, str]] = []
    for item, route in zip(ordered, routes, strict=True):
        placement = placements[route.key]
        for depth in range(1, len(placement.resource) + 1):  # parents first: names in the order met
            path = placement.resource[:depth]
            if path not in class_names:
                class_names[path] = _class_name(path, taken)
        forced = (paging or {}).get(item.operation.key, "")
        method = _method(placement.name, placement.dotted, item, models or {}, params, forced)
        methods.setdefault(placement.resource, []).append(method)
        if method.paging_note and paging_notes is not None:
            paging_notes.append(
                (item.operation.pointer, f"{method.dotted}() stays a plain call: {method.paging_note}")
            )
        if placement.note:
            located.append((item.operation.pointer, placement.note))
    said = {note for _, note in located}
    located += [(("paths",), note) for note in notes if note not in said]
    record = {RESOURCE_PREFIX: prefix} | {record_key(route): placements[route.key].dotted for route in routes}
    return _tree((), class_names, methods), located, record


def _tree(
    path: tuple[str, ...],
    class_names: Mapping[tuple[str, ...], str],
    methods: Mapping[tuple[str, ...], list[ResourceMethod]],
) -> Resource:
    """The frozen node at ``path``: its methods by name, its children by path."""
    children = sorted(other for other in class_names if len(other) == len(path) + 1 and other[:-1] == path)
    return Resource(
        path,
        class_names[path],
        tuple(sorted(methods.get(path, ()), key=lambda method: method.name)),
        tuple(_tree(child, class_names, methods) for child in children),
    )


def resource_modules(root: Resource) -> tuple[ResourceModule, ...]:
    """One module per top-level resource (and ``_root`` for the client's own methods): what each
    imports for its signatures is its endpoints' own imports, rebased from ``api/<tag>/``."""
    modules = []
    for name, top in [
        ("_root", Resource((), "", root.methods)),
        *[(child.attribute, child) for child in root.children],
    ]:
        if name == "_root" and not top.methods:
            continue
        shadowed = {method.name for each in top.walk() for method in each.methods} & set(_TYPE_BUILTINS)
        found = {"import builtins"} if shadowed else set()
        if shadowed:
            top = _unshadowed(top, shadowed)
        nodes = top.walk()
        for each in nodes:
            for method in each.methods:
                for line in [*method.endpoint.relative_imports, *method.field_imports]:
                    if line == LITERAL_IMPORT:  # the module imports it itself
                        continue
                    found.add("from ." + line[len("from ...") :] if line.startswith("from ...") else line)
                found.update(method.dict_imports)
                if method.stream_class:
                    found.add(f"from .{method.stream_module} import {method.stream_class}")
                if method.paging:
                    found.update(method.paging.item_imports)
        defaults = " ".join(
            declaration.as_unembedded_code().partition(" = ")[2]
            for each in nodes
            for method in each.methods
            for declaration in [*method.positional, *method.keywords, *method.fields]
        )
        runtime = {
            line for line in found if not _is_model_import(line) or line.rsplit(" ", 1)[-1] in defaults
        }
        imports = tuple(_from_resources(line) for line in sorted(runtime))
        modules.append(
            ResourceModule(
                name, top, imports, tuple(_from_resources(line) for line in sorted(found - runtime))
            )
        )
    return tuple(modules)


def _from_resources(line: str) -> str:
    """An import relative to the package, as ``resources/<name>.py`` writes it (a level deeper)."""
    return "from .." + line[len("from .") :] if line.startswith("from .") else line


#: Builtin names opc's type strings use; a method of the same name would shadow it in the class body.
_TYPE_BUILTINS = ("list", "dict", "str", "int", "float", "bool", "bytes", "set", "tuple", "type", "object")


def _qualified(code: PythonCode, shadowed: set[str], *, declaration: bool = True) -> PythonCode:
    """``code`` (``name: type = default``, or a bare type) with each builtin that a method name
    shadows written as ``builtins.<name>`` in its type."""
    text = code.as_unembedded_code()
    head, rest = text.partition(": ")[::2] if declaration else ("", text)
    annotation, equals, default = rest.partition(" = ")
    for name in sorted(shadowed):  # never inside a Literal's quoted values
        pattern = rf"('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")|(?<![\w.]){name}\b"
        qualified = f"builtins.{name}"
        annotation = re.sub(pattern, lambda found: found[1] or qualified, annotation)  # noqa: B023
    return PythonCode((f"{head}: " if declaration and text else "") + annotation + equals + default)


def _unshadowed(node: Resource, shadowed: set[str]) -> Resource:
    """``node`` and its children with the shadowed builtins of their signatures written as
    ``builtins.<name>``."""
    methods = tuple(
        replace(
            method,
            success_type=_qualified(method.success_type, shadowed, declaration=False),
            page_item=_qualified(method.page_item, shadowed, declaration=False),
            positional=tuple(_qualified(code, shadowed) for code in method.positional),
            keywords=tuple(_qualified(code, shadowed) for code in method.keywords),
            fields=tuple(_qualified(code, shadowed) for code in method.fields),
            body=_qualified(method.body, shadowed),
        )
        for method in node.methods
    )
    children = tuple(_unshadowed(child, shadowed) for child in node.children)
    return replace(node, methods=methods, children=children)


def _is_model_import(line: str) -> bool:
    """``from .models.x import X``: needed at run time only for a default value, else only by type checkers."""
    if line.startswith(("import datetime", "from uuid ", "from collections.abc ", "from typing ")):
        return True
    return line.startswith(("from .models.", "from .params.")) and "," not in line


@dataclass(frozen=True)
class ClientPlan:
    """Everything our templates need beyond openapi-python-client's own data: built once by
    :func:`build_plan`, every name worked out, so the templates only render."""

    distribution: str
    package: str
    version: str
    description: UntrustedString
    title: UntrustedString
    homepage: UntrustedString
    base_url: UntrustedString
    servers: tuple[tuple[UntrustedString, UntrustedString], ...]
    schemes: tuple[Scheme, ...]
    endpoints: tuple[EndpointRef, ...]
    #: endpoint function name -> literal tuple of alternatives of scheme names
    security: Mapping[str, PythonCode]
    static_helpers: tuple[StaticHelper, ...]
    logins: tuple[Login, ...]
    refresh: Refresh | None
    login_url: LoginUrlHelper | None
    unions: tuple[DiscriminatedUnion, ...]
    #: SPDX expression for ``project.license`` ("": none is claimed)
    license: str
    #: ``(name, email)`` literals for ``project.authors``
    authors: tuple[tuple[PythonCode, PythonCode], ...]
    #: where an adopted spec came from ("": a hand-written spec of the fleet)
    source: UntrustedString
    spec_version: UntrustedString
    resources: Resource
    #: names the resource rules had to change, each at its operation, for the generate report
    resource_notes: tuple[tuple[Pointer, str], ...]
    #: ``[resources]`` as this plan names things (prefix, every operation's name), for client.toml
    resource_record: Mapping[str, str]
    #: ``resources/<name>.py``, worked out once from ``resources``
    resource_modules: tuple[ResourceModule, ...]
    #: ``params/<module>.py``: the TypedDict of each object a JSON request body reaches
    params: tuple[ParamDict, ...]
    #: lists that look paged but stay plain calls, each at its operation, for ``generate --explain``
    paging_notes: tuple[tuple[Pointer, str], ...]

    @property
    def methods_by_function(self) -> dict[str, ResourceMethod]:
        """Each endpoint function's resource method (the README shows the resource call)."""
        return {
            str(method.endpoint.name): method for node in self.resources.walk() for method in node.methods
        }

    @property
    def auth_exports(self) -> list[str]:
        """The auth helpers the package re-exports, in a stable order."""
        names = []
        for helper in self.static_helpers:
            names += [helper.function, f"async_{helper.function}"]
        for login in self.logins:
            names += [login.function, f"async_{login.function}"]
        if self.refresh:
            names += ["refresh", "async_refresh"]
        if self.login_url:
            names.append(self.login_url.function)
        return names

    @property
    def example_endpoint(self) -> EndpointRef | None:
        """The operation the README calls: one that needs no arguments, a secured GET if there is
        one (it shows the credential at work), else the first operation (called with its
        required arguments as placeholders)."""

        def preference(endpoint: EndpointRef) -> tuple[bool, bool, bool]:
            return (
                bool(endpoint.required),
                endpoint.method != "GET",
                endpoint.security == "none",
            )

        return min(self.endpoints, key=preference, default=None)


#: Names ``auth.py`` defines or imports itself; a scheme's credential function must not shadow one.
AUTH_MODULE_NAMES = frozenset(
    {
        "json",
        "time",
        "urllib",
        "httpx",
        "Any",
        "Client",
        "DEFAULT_BASE_URL",
        "AuthenticationFailed",
        "Response",
        "ssl",
        "Callable",
        "Generator",
        "TypeVar",
        "DEFAULT_TIMEOUT",
        "BaseClient",
        "Retry",
        "AsyncClient",
        "RefreshingBearer",
        "ApiKey",
        "Basic",
        "Bearer",
        "refresh",
        "async_refresh",
    }
)


def _scheme_functions(names: list[str], taken: set[str]) -> dict[str, str]:
    """Each scheme's credential function: its snake-cased name, with ``_scheme`` or a number
    appended when that would repeat another scheme's, a helper's or the module's own name."""
    functions: dict[str, str] = {}
    for name in names:
        base = str(PythonIdentifier(snake_case(name), FIELD_PREFIX))
        candidate = base if base not in taken else f"{base}_scheme"
        number = 2
        while candidate in taken:
            candidate = f"{base}_scheme_{number}"
            number += 1
        taken.add(candidate)
        functions[name] = candidate
    return functions


def _scheme(name: str, data: dict[str, Any], function: str) -> Scheme:
    """A scheme reduced to the credential our auth module can make for it.

    apiKey, HTTP basic and bearer, and OAuth2 are what the templates know.  The rest is
    mapped onto them so a published spec never stops generation: an OpenID Connect access
    token is sent as a bearer token, any other HTTP scheme (``Digest``, ``AWS4-HMAC-SHA256``,
    ...) as an ``Authorization`` header with the scheme's name as prefix, and mutual TLS,
    which is configured on the connection rather than sent, as a credential that adds nothing.
    """
    kind = data.get("type")
    http_scheme = str(data.get("scheme", ""))
    common = {
        "name": UntrustedString(name),
        "name_literal": _code(name),
        "function": function,
        "description": UntrustedString(str(data.get("description", ""))),
    }
    if kind == "apiKey":
        return Scheme(
            kind="api_key",
            location=str(data.get("in")),
            parameter=UntrustedString(str(data.get("name", ""))),
            prefix=UntrustedString(str(data.get("x-specfleet-prefix", ""))),
            **common,  # type: ignore[arg-type]
        )
    if kind == "http" and http_scheme.lower() == "basic":
        return Scheme(kind="basic", **common)  # type: ignore[arg-type]
    if (kind == "http" and http_scheme.lower() == "bearer") or kind == "openIdConnect":
        return Scheme(kind="bearer", **common)  # type: ignore[arg-type]
    if kind == "http":
        return Scheme(
            kind="api_key",
            location="header",
            parameter=UntrustedString("Authorization"),
            prefix=UntrustedString(http_scheme),
            **common,  # type: ignore[arg-type]
        )
    if kind == "oauth2":
        flows: dict[str, Any] = data.get("flows") or {}
        flow: dict[str, Any] = flows.get("authorizationCode") or next(iter(flows.values()), {})
        return Scheme(
            kind="oauth2",
            authorization_url=UntrustedString(str(flow.get("authorizationUrl", ""))),
            token_url=UntrustedString(str(flow.get("tokenUrl", ""))),
            refresh_url=UntrustedString(str(flow.get("refreshUrl") or flow.get("tokenUrl", ""))),
            scopes_literal=_code(tuple(sorted(flow.get("scopes") or {}))),
            **common,  # type: ignore[arg-type]
        )
    return Scheme(kind="mutual_tls", **common)  # type: ignore[arg-type]


def _describe(alternatives: tuple[tuple[str, ...], ...]) -> str:
    if not alternatives:
        return "none"
    words = [" + ".join(alt) if alt else "anonymous" for alt in alternatives]
    return " or ".join(words)


def spec_path(endpoint: Endpoint) -> str:
    """The path as the spec writes it, from opc's endpoint.

    opc rewrites ``/things/{thingId}`` to ``/things/{thing_id}`` but keeps each path
    parameter's spec ``name``, sorted in path order.  Each placeholder is given back the spec
    name of the parameter opc named it after, so a name written twice (``/a/{id}/b/{id}``, one
    parameter) is put back twice; where opc's names cannot be matched, the names in path order.
    """
    parameters = endpoint.path_parameters
    path = endpoint.path.get_untrusted_value()
    found = OPC_PATH_PARAM.findall(path)
    # opc's own name for a parameter wins over the snake_case of another's (``thing_id`` and
    # ``thingId`` in one path are two parameters), and a snake_case two names share says nothing
    snaked: dict[str, set[str]] = {}
    for each in parameters:
        snaked.setdefault(snake_case(_plain(each.name)), set()).add(_plain(each.name))
    by_name = {key: names.pop() for key, names in snaked.items() if len(names) == 1}
    by_name.update({str(each.python_name): _plain(each.name) for each in parameters})
    if found and all(name in by_name for name in found):
        return OPC_PATH_PARAM.sub(lambda match: "{" + by_name[match.group(1)] + "}", path)
    if len(found) != len(parameters):
        raise SpecfleetError(
            f"openapi-python-client's endpoint {endpoint.name} ({endpoint.method.upper()} {path}) "
            f"has {len(parameters)} path parameter(s) for {len(found)} in its path"
        )
    unwritten = iter(parameters)
    return OPC_PATH_PARAM.sub(lambda _: "{" + _plain(next(unwritten).name) + "}", path)


def _plain(value: object) -> str:
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


@dataclass(frozen=True)
class GeneratedEndpoint:
    """One operation of the spec and the function opc generated for it."""

    operation: Operation
    endpoint: Endpoint
    module: str  # ``api.<tag>``


def match_endpoints(model: SpecModel, openapi: GeneratorData) -> dict[OperationKey, GeneratedEndpoint]:
    """opc's endpoints by ``(spec path, method)``: names never decide which operation is which."""
    found: dict[OperationKey, GeneratedEndpoint] = {}
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            key = (spec_path(endpoint), endpoint.method.lower())
            operation = model.operations_by_key.get(key)
            if operation is None:
                raise SpecfleetError(
                    f"openapi-python-client generated {endpoint.name} for {key[1].upper()} {key[0]}, "
                    "which is no operation of the spec"
                )
            found.setdefault(key, GeneratedEndpoint(operation, endpoint, f"api.{tag}"))
    return found


def _endpoint_ref(generated: GeneratedEndpoint) -> EndpointRef:
    operation = generated.operation
    return EndpointRef(
        module=generated.module,
        function=str(generated.endpoint.name),
        method=operation.method.upper(),
        path=UntrustedString(operation.path),
        summary=UntrustedString(
            str(operation.data.get("summary") or operation.data.get("description") or "")
        ),
        security=_describe(operation.security.alternatives),
        required=_required_arguments(generated.endpoint),
    )


def _required_arguments(endpoint: Any) -> tuple[str, ...]:
    found = [
        str(prop.python_name)
        for prop in (
            *endpoint.path_parameters,
            *endpoint.query_parameters,
            *endpoint.header_parameters,
            *endpoint.cookie_parameters,
        )
        if prop.required
    ]
    if endpoint.bodies and all(body.prop.required for body in endpoint.bodies):
        found.append("body")
    return tuple(found)


def _security_by_function(generated: list[GeneratedEndpoint]) -> dict[str, PythonCode]:
    """What the endpoint template reads as ``operation_security[endpoint.name]``."""
    security: dict[str, PythonCode] = {}
    owners: dict[str, Operation] = {}
    for item in generated:
        name, alternatives = str(item.endpoint.name), item.operation.security.alternatives
        other = owners.setdefault(name, item.operation)
        if other is not item.operation and other.security.alternatives != alternatives:
            raise SpecfleetError(
                f"{other.label} and {item.operation.label} both generate a function {name!r} but need "
                "different credentials; give them distinct operationIds"
            )
        security[name] = _code(alternatives)
    return security


def _find_operation(model: SpecModel, name: str, where: str) -> Operation:
    """client.toml names an operation by operationId, or as ``METHOD /path`` when it has none."""
    method, _, path = name.partition(" ")
    written = model.operations_by_key.get((path, method.lower()))
    if written is not None:
        return written
    try:
        return model.by_operation_id(name)
    except SpecfleetError as exc:
        raise SpecfleetError(f"{where}: {exc}") from None


def _argument_names(endpoint: Endpoint, names: list[str], where: str) -> dict[str, str]:
    """Spec parameter names -> the keyword opc's endpoint function takes for each."""
    parameters = [
        *endpoint.query_parameters,
        *endpoint.path_parameters,
        *endpoint.header_parameters,
        *endpoint.cookie_parameters,
    ]
    keywords = {}
    for name in names:
        found = next((p for p in parameters if _plain(p.name) == name), None)
        if found is None:
            raise SpecfleetError(f"{where}: {endpoint.name} has no parameter {name!r}")
        keywords[name] = str(found.python_name)
    return keywords


def _model_modules(openapi: GeneratorData) -> dict[str, tuple[str, str]]:
    """Component schema name -> opc's model class for it and its module (``models.<module>``)."""
    prefix = "/components/schemas/"
    found = {}
    for model in openapi.models:
        name = _plain(model.name)
        if name.startswith(prefix):
            info = model.class_info
            found[name[len(prefix) :]] = (str(info.name), f"models.{info.module_name}")
    return found


def _model_classes(openapi: GeneratorData) -> dict[str, str]:
    """Component schema name -> the model class opc generated for it."""
    prefix = "/components/schemas/"
    found = {}
    for model in openapi.models:
        name = _plain(model.name)
        if name.startswith(prefix):
            found[name[len(prefix) :]] = str(model.class_info.name)
    return found


def build_plan(document: Document, settings: ClientSettings, openapi: GeneratorData) -> ClientPlan:
    """The plan of one client, built once: what the spec says, what ``client.toml`` asks, and the
    resource tree over opc's endpoints."""
    data = document.data
    model = spec_model(document)
    info = data.get("info") or {}
    servers = tuple(
        (UntrustedString(str(server["url"]).rstrip("/")), UntrustedString(str(server.get("description", ""))))
        for server in data.get("servers") or []
    )
    generated = match_endpoints(model, openapi)
    ordered = sorted(generated.values(), key=lambda item: (str(item.endpoint.name), item.module))
    lookup = _Lookup(model, generated, _schemes(model, settings), _model_classes(openapi), document.path)
    model_names = {str(item.class_info.name) for item in [*openapi.models, *openapi.enums]}
    params = Params(openapi, model_names)
    paging = {lookup.operation(name).key: scheme for name, scheme in settings.pagination.items()}
    paging_notes: list[tuple[Pointer, str]] = []
    resources, resource_notes, resource_record = build_resources(
        generated,
        settings.resource_names,
        model_names,
        _model_modules(openapi),
        settings.resource_prefix,
        params,
        paging,
        paging_notes,
    )
    return ClientPlan(
        distribution=settings.distribution,
        package=settings.package,
        version=settings.version,
        description=UntrustedString(settings.description),
        title=UntrustedString(str(info.get("title", settings.distribution))),
        homepage=UntrustedString(settings.homepage or ""),
        base_url=servers[0][0] if servers else UntrustedString(""),
        servers=servers,
        schemes=tuple(lookup.schemes.values()),
        endpoints=tuple(lookup.refs[item.operation.key] for item in ordered),
        security=_security_by_function(ordered),
        static_helpers=tuple(
            StaticHelper(function, lookup.scheme(name))
            for function, name in sorted(settings.auth.static.items())
        ),
        logins=tuple(lookup.login(login) for login in settings.auth.logins),
        refresh=None if settings.auth.refresh is None else lookup.refresh(settings.auth.refresh),
        login_url=None if settings.auth.login_url is None else lookup.login_url(settings.auth.login_url),
        unions=tuple(_unions(data, lookup.classes)),
        license=_license(settings, info),
        authors=tuple(_authors(settings, info)),
        source=UntrustedString(settings.source or ""),
        spec_version=UntrustedString(str(info.get("version", ""))),
        resources=resources,
        resource_notes=tuple(resource_notes),
        resource_record=resource_record,
        resource_modules=resource_modules(resources),
        params=tuple(sorted(params.dicts.values(), key=lambda item: item.module)),
        paging_notes=tuple(paging_notes),
    )


def _schemes(model: SpecModel, settings: ClientSettings) -> dict[str, Scheme]:
    """Each security scheme, its credential function named clear of the auth module's own names."""
    helpers = {*settings.auth.static, *(login.function for login in settings.auth.logins)}
    helpers |= {f"async_{login.function}" for login in settings.auth.logins}
    helpers |= {f"async_{function}" for function in settings.auth.static}
    if settings.auth.login_url is not None:
        helpers.add(settings.auth.login_url.function)
    schemes = sorted(model.security_schemes.items())
    functions = _scheme_functions([name for name, _ in schemes], set(AUTH_MODULE_NAMES) | helpers)
    return {name: _scheme(name, component.data, functions[name]) for name, component in schemes}


class _Lookup:
    """What ``client.toml`` names (operations, schemes, body schemas), found in the spec and in
    what opc generated; a name that is not there is an error at ``client.toml``."""

    def __init__(
        self,
        model: SpecModel,
        generated: dict[OperationKey, GeneratedEndpoint],
        schemes: dict[str, Scheme],
        classes: dict[str, str],
        spec: Path,
    ) -> None:
        self.model, self.generated, self.schemes, self.classes = model, generated, schemes, classes
        self.refs = {key: _endpoint_ref(item) for key, item in generated.items()}
        self.spec, self.where = spec, str(spec.parent / "client.toml")

    def operation(self, name: str) -> Operation:
        return _find_operation(self.model, name, self.where)

    def generated_for(self, name: str) -> GeneratedEndpoint:
        operation = self.operation(name)
        if operation.key not in self.generated:
            raise SpecfleetError(
                f"{self.where}: operation {name!r} ({operation.label}) was not generated by openapi-python-client"
            )
        return self.generated[operation.key]

    def endpoint(self, name: str) -> EndpointRef:
        return self.refs[self.generated_for(name).operation.key]

    def scheme(self, name: str) -> Scheme:
        if name not in self.schemes:
            raise SpecfleetError(f"{self.where}: no security scheme {name!r} in {self.spec}")
        return self.schemes[name]

    def body_class(self, schema: str) -> str:
        if schema not in self.classes:
            raise SpecfleetError(
                f"{self.where}: body_schema {schema!r} is not a component schema openapi-python-client made a model of"
            )
        return self.classes[schema]

    def login(self, login: TokenLogin) -> Login:
        return Login(
            function=login.function,
            endpoint=self.endpoint(login.operation),
            scheme=self.scheme(login.scheme),
            body_class=self.body_class(login.body_schema),
            arguments=tuple(
                (argument, _code(field_name)) for argument, field_name in login.arguments.items()
            ),
            constants=_constants(login.constants),
            token_field=_code(login.token_field),
            refresh_token_field=_code(login.refresh_token_field),
            expires_in_field=_code(login.expires_in_field),
        )

    def refresh(self, refresh: TokenRefresh) -> Refresh:
        return Refresh(
            endpoint=self.endpoint(refresh.operation),
            body_class=self.body_class(refresh.body_schema),
            token_argument=_code(refresh.token_argument),
            constants=_constants(refresh.constants),
        )

    def login_url(self, login_url: LoginUrl) -> LoginUrlHelper:
        target = self.generated_for(login_url.operation)
        keywords = _argument_names(target.endpoint, list(login_url.arguments.values()), self.where)
        return LoginUrlHelper(
            function=login_url.function,
            endpoint=self.refs[target.operation.key],
            arguments=tuple((arg, keywords[param]) for arg, param in login_url.arguments.items()),
        )


def _constants(values: dict[str, str]) -> tuple[tuple[PythonCode, PythonCode], ...]:
    return tuple((_code(key), _code(value)) for key, value in sorted(values.items()))


def _unions(data: dict[str, Any], classes: dict[str, str]) -> list[DiscriminatedUnion]:
    """The spec's discriminated unions whose members are all models opc generated.

    Member classes are opc's own (``classes``: component schema -> class), never guessed from
    names; a union with a member opc made no model for (inline, an enum, a bare type) is left
    out, as is one whose name would repeat another union's or shadow a member's.
    """
    schemas = (data.get("components") or {}).get("schemas") or {}
    unions: list[DiscriminatedUnion] = []
    taken: set[str] = set()
    for name, schema in sorted(schemas.items()):
        discriminator = schema.get("discriminator") if isinstance(schema, dict) else None
        members_data = schema.get("oneOf") if isinstance(schema, dict) else None
        if not isinstance(discriminator, dict) or not isinstance(members_data, list):
            continue
        prop = str(discriminator.get("propertyName"))
        mapping = {
            str(value): str(target)
            for value, target in (discriminator.get("mapping") or {}).items()
            if isinstance(target, str)
        }
        if not mapping:  # implicit mapping: each member's const, else its schema name
            for member in members_data:
                ref = str(member.get("$ref", "")) if isinstance(member, dict) else ""
                target = ref.rsplit("/", 1)[-1]
                target_schema = schemas.get(target)
                properties = target_schema.get("properties") if isinstance(target_schema, dict) else None
                declared = properties.get(prop) if isinstance(properties, dict) else None
                const = declared.get("const", target) if isinstance(declared, dict) else target
                mapping[str(const)] = ref
        members = []
        for value, target in sorted(mapping.items()):
            component = target.rsplit("/", 1)[-1] if target.startswith("#/components/schemas/") else target
            if component not in classes:
                break
            members.append(UnionMember(_code(value), classes[component]))
        else:
            union = str(ClassName(name, FIELD_PREFIX))
            function = str(PythonIdentifier(snake_case(name), FIELD_PREFIX))
            if not members or {union, function} & taken or union in set(classes.values()):
                continue
            taken |= {union, function}
            unions.append(DiscriminatedUnion(union, function, _code(prop), tuple(members)))
    return unions


def _success_props(endpoint: Endpoint) -> list[Any]:
    return [
        response.prop
        for response in endpoint.responses.patterns
        if response.status_code.range is not None
        and 200 <= response.status_code.range[0] <= 299
        and response.source["attribute"] != "None"
    ]


def _is_page(prop: Any) -> bool:
    """An object whose one array property is required and all it carries besides scalars (cursors,
    counts, flags); an optional array beside scalars is part of a single thing (a user's teams)."""
    if not isinstance(prop, ModelProperty):
        return False
    properties = [*(prop.required_properties or []), *(prop.optional_properties or [])]
    arrays = [item for item in properties if isinstance(item, ListProperty)]
    return len(arrays) == 1 and arrays[0].required and not any(_structured(item) for item in properties)


def _structured(prop: Any) -> bool:
    """An object, or a union with an object or array member (``anyOf: [string, null]`` is a scalar)."""
    if isinstance(prop, UnionProperty):
        return any(isinstance(inner, ModelProperty | ListProperty) for inner in prop.inner_properties)
    return isinstance(prop, ModelProperty)


def route_of(generated: GeneratedEndpoint) -> Route:
    """What the resource naming rules read of one operation (see :mod:`specfleet.generation.resource_tree`)."""
    operation, endpoint = generated.operation, generated.endpoint
    item = operation.path.rstrip("/").endswith("}")
    props = _success_props(endpoint)
    lists = bool(props) and all(
        isinstance(prop, ListProperty) or (not item and _is_page(prop)) for prop in props
    )
    operation_id = str(operation.data.get("operationId") or "")
    return Route(
        path=operation.path,
        method=operation.method.lower(),
        fallback=str(endpoint.name),
        operation_id=operation_id,
        lists=lists,
    )


_SPDX = re.compile(r"^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$")


def _license(settings: ClientSettings, info: dict[str, Any]) -> str:
    """client.toml's license, else the spec's own ``info.license`` when it is an SPDX expression."""
    if settings.license:
        return settings.license
    written = info.get("license") if isinstance(info.get("license"), dict) else {}
    assert isinstance(written, dict)
    for candidate in (written.get("identifier"), written.get("name")):
        if isinstance(candidate, str) and _SPDX.match(candidate.strip()):
            return candidate.strip()
    return ""


def _authors(settings: ClientSettings, info: dict[str, Any]) -> list[tuple[PythonCode, PythonCode]]:
    """client.toml's authors (``Name <email>``), else the spec's ``info.contact``, as TOML-safe literals."""
    found: list[tuple[str, str]] = []
    for author in settings.authors:
        name, _, email = author.partition("<")
        found.append((name.strip(), email.rstrip(">").strip()))
    contact = info.get("contact") if isinstance(info.get("contact"), dict) else None
    if not found and isinstance(contact, dict) and (contact.get("name") or contact.get("email")):
        found.append((str(contact.get("name") or ""), str(contact.get("email") or "")))
    return [(PythonCode(json.dumps(name)), PythonCode(json.dumps(email))) for name, email in found]
