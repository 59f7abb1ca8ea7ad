"""What our templates add to openapi-python-client's output, as plain data.

openapi-python-client 0.29.1 ignores ``securitySchemes``, global and anonymous
``security`` and ``servers``.  This parser reads them from the validated spec
(plus the provider's ``client.toml``) and builds a :class:`ClientPlan` that the
templates only render.  Text that comes from the spec stays an
``UntrustedString``, so a template that forgets its escaping filter renders
``UntrustedString object at ...`` and the run fails instead of emitting code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import ClassName, PythonCode, PythonIdentifier, snake_case

from specfleet.config import ClientSettings, LoginUrl, TokenLogin, TokenRefresh
from specfleet.errors import SpecfleetError
from specfleet.lint import HTTP_METHODS
from specfleet.load import Document

FIELD_PREFIX = "field_"


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
    kind: str  # api_key | basic | bearer | oauth2
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
    arguments: list[tuple[str, PythonCode]]  # (python argument, body field literal)
    constants: list[tuple[PythonCode, PythonCode]]
    token_field: PythonCode
    refresh_token_field: PythonCode
    expires_in_field: PythonCode


@dataclass(frozen=True)
class Refresh:
    endpoint: EndpointRef
    body_class: str
    token_argument: PythonCode
    constants: list[tuple[PythonCode, PythonCode]]


@dataclass(frozen=True)
class LoginUrlHelper:
    function: str
    endpoint: EndpointRef
    arguments: list[tuple[str, str]]  # (helper argument, endpoint keyword)


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
    members: list[UnionMember]


@dataclass
class ClientPlan:
    """Everything our templates need beyond openapi-python-client's own data."""

    distribution: str
    package: str
    version: str
    description: UntrustedString
    title: UntrustedString
    homepage: UntrustedString
    base_url: UntrustedString
    servers: list[tuple[UntrustedString, UntrustedString]]
    schemes: list[Scheme]
    endpoints: list[EndpointRef]
    #: endpoint function name -> literal tuple of alternatives of scheme names
    security: dict[str, PythonCode] = field(default_factory=dict)
    static_helpers: list[StaticHelper] = field(default_factory=list)
    logins: list[Login] = field(default_factory=list)
    refresh: Refresh | None = None
    login_url: LoginUrlHelper | None = None
    unions: list[DiscriminatedUnion] = field(default_factory=list)

    @property
    def auth_exports(self) -> list[str]:
        """The auth helpers the package re-exports, in a stable order."""
        names = [helper.function for helper in self.static_helpers]
        for login in self.logins:
            names += [login.function, f"async_{login.function}"]
        if self.refresh:
            names += ["refresh", "async_refresh"]
        if self.login_url:
            names.append(self.login_url.function)
        return names

    @property
    def example_endpoint(self) -> EndpointRef | None:
        """The operation the README calls: a secured GET without path parameters, if there is one."""

        def plain_get(endpoint: EndpointRef) -> bool:
            path = endpoint.path.get_untrusted_value()
            return endpoint.method == "GET" and "{" not in path and endpoint.security != "none"

        return next(
            (e for e in self.endpoints if plain_get(e)), self.endpoints[0] if self.endpoints else None
        )


def _scheme(name: str, data: dict[str, Any]) -> Scheme:
    kind = data.get("type")
    common = {
        "name": UntrustedString(name),
        "name_literal": _code(name),
        "function": str(PythonIdentifier(snake_case(name), FIELD_PREFIX)),
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
    if kind == "http" and str(data.get("scheme", "")).lower() == "basic":
        return Scheme(kind="basic", **common)  # type: ignore[arg-type]
    if kind == "http" and str(data.get("scheme", "")).lower() == "bearer":
        return Scheme(kind="bearer", **common)  # type: ignore[arg-type]
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
    raise SpecfleetError(
        f"security scheme {name!r}: type {kind!r} is not supported by specfleet's auth templates"
    )


def _security(requirements: list[dict[str, Any]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(sorted(requirement)) for requirement in requirements)


def _describe(alternatives: tuple[tuple[str, ...], ...]) -> str:
    if not alternatives:
        return "none"
    words = [" + ".join(alt) if alt else "anonymous" for alt in alternatives]
    return " or ".join(words)


def _endpoint_locations(openapi: GeneratorData) -> dict[str, str]:
    """endpoint function name -> module path under the package (``api.authentication``)."""
    found = {}
    for tag, collection in openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            found[str(PythonIdentifier(endpoint.name, FIELD_PREFIX))] = f"api.{tag}"
    return found


def build_plan(document: Document, settings: ClientSettings, openapi: GeneratorData) -> ClientPlan:
    data = document.data
    info = data.get("info") or {}
    servers = [
        (UntrustedString(str(server["url"]).rstrip("/")), UntrustedString(str(server.get("description", ""))))
        for server in data.get("servers") or []
    ]
    schemes_by_name = {
        name: _scheme(name, scheme)
        for name, scheme in sorted(((data.get("components") or {}).get("securitySchemes") or {}).items())
    }
    locations = _endpoint_locations(openapi)
    global_security = _security(data.get("security") or [])
    endpoints: dict[str, EndpointRef] = {}
    security: dict[str, PythonCode] = {}
    for path, item in (data.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            function = str(PythonIdentifier(snake_case(str(operation["operationId"])), FIELD_PREFIX))
            alternatives = _security(operation["security"]) if "security" in operation else global_security
            security[function] = _code(alternatives)
            endpoints[str(operation["operationId"])] = EndpointRef(
                module=locations.get(function, "api.default"),
                function=function,
                method=method.upper(),
                path=UntrustedString(path),
                summary=UntrustedString(str(operation.get("summary") or operation.get("description") or "")),
                security=_describe(alternatives),
            )
    plan = ClientPlan(
        distribution=settings.distribution,
        package=settings.package,
        version=settings.version,
        description=UntrustedString(settings.description),
        title=UntrustedString(str(info.get("title", settings.distribution))),
        homepage=UntrustedString(settings.homepage or ""),
        base_url=servers[0][0] if servers else UntrustedString(""),
        servers=servers,
        schemes=list(schemes_by_name.values()),
        endpoints=sorted(endpoints.values(), key=lambda e: e.function),
        security=security,
    )

    def endpoint(operation_id: str, where: str) -> EndpointRef:
        if operation_id not in endpoints:
            raise SpecfleetError(
                f"{where}: no operation with operationId {operation_id!r} in {document.path}"
            )
        return endpoints[operation_id]

    def scheme(name: str, where: str) -> Scheme:
        if name not in schemes_by_name:
            raise SpecfleetError(f"{where}: no security scheme {name!r} in {document.path}")
        return schemes_by_name[name]

    def constants(values: dict[str, str]) -> list[tuple[PythonCode, PythonCode]]:
        return [(_code(key), _code(value)) for key, value in sorted(values.items())]

    plan.unions = _unions(data)
    where = str(document.path.parent / "client.toml")
    plan.static_helpers = [
        StaticHelper(function, scheme(name, where)) for function, name in sorted(settings.auth.static.items())
    ]
    plan.logins = [
        _login(login, endpoint(login.operation, where), scheme(login.scheme, where), constants)
        for login in settings.auth.logins
    ]
    if settings.auth.refresh is not None:
        refresh: TokenRefresh = settings.auth.refresh
        plan.refresh = Refresh(
            endpoint=endpoint(refresh.operation, where),
            body_class=str(ClassName(refresh.body_schema, FIELD_PREFIX)),
            token_argument=_code(refresh.token_argument),
            constants=constants(refresh.constants),
        )
    if settings.auth.login_url is not None:
        login_url: LoginUrl = settings.auth.login_url
        plan.login_url = LoginUrlHelper(
            function=login_url.function,
            endpoint=endpoint(login_url.operation, where),
            arguments=[
                (arg, str(PythonIdentifier(snake_case(param), FIELD_PREFIX)))
                for arg, param in login_url.arguments.items()
            ],
        )
    return plan


def _unions(data: dict[str, Any]) -> list[DiscriminatedUnion]:
    schemas = (data.get("components") or {}).get("schemas") or {}
    unions = []
    for name, schema in sorted(schemas.items()):
        discriminator = schema.get("discriminator") if isinstance(schema, dict) else None
        if not isinstance(discriminator, dict) or "oneOf" not in schema:
            continue
        prop = str(discriminator.get("propertyName"))
        mapping = dict(discriminator.get("mapping") or {})
        if not mapping:  # implicit mapping: each member's const, else its schema name
            for member in schema["oneOf"]:
                ref = str(member.get("$ref", ""))
                target = ref.rsplit("/", 1)[-1]
                const = (
                    ((schemas.get(target) or {}).get("properties") or {}).get(prop, {}).get("const", target)
                )
                mapping[str(const)] = ref
        members = [
            UnionMember(_code(str(value)), str(ClassName(str(ref).rsplit("/", 1)[-1], FIELD_PREFIX)))
            for value, ref in sorted(mapping.items())
        ]
        unions.append(
            DiscriminatedUnion(
                name=str(ClassName(name, FIELD_PREFIX)),
                function=str(PythonIdentifier(snake_case(name), FIELD_PREFIX)),
                property=_code(prop),
                members=members,
            )
        )
    return unions


def _login(login: TokenLogin, endpoint: EndpointRef, scheme: Scheme, constants: Any) -> Login:
    return Login(
        function=login.function,
        endpoint=endpoint,
        scheme=scheme,
        body_class=str(ClassName(login.body_schema, FIELD_PREFIX)),
        arguments=[(argument, _code(field_name)) for argument, field_name in login.arguments.items()],
        constants=constants(login.constants),
        token_field=_code(login.token_field),
        refresh_token_field=_code(login.refresh_token_field),
        expires_in_field=_code(login.expires_in_field),
    )
