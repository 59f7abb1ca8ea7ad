"""`nox -s bench -- names`: do our resource names match the official SDKs' on their own specs?

For each official SDK (``openai``, ``stripe``; pinned in the bench session) the methods that send
one request are found by reading their source: the first string given to ``self._get``,
``self._post``, ... (openai) or ``self._request("get", "/v1/...")`` (stripe) is the operation's
method and path.  Each such method that is an operation of the spec is looked up in the plan
specfleet builds from openapi-python-client's own parse of that spec; the figure is the share
found under the same dotted name (``chat.completions.create``), and the misses are listed.
A leading SDK-only namespace (``beta.``, ``admin.``) is set aside; the strict figure is beside it.

Run alone: ``python benchmarks/sdk_names.py [openai|stripe] [--all]`` with the two SDKs
importable (``--all`` compares each SDK with its older spec as well).
"""

from __future__ import annotations

import ast
import inspect
import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REAL_SPECS = ROOT.parent / "shared" / "real-specs"
_PARAM = re.compile(r"\{[^}]*\}")


def our_names(spec: Path) -> dict[tuple[str, str], str]:
    """(path with ``{}`` for parameters, method) -> our dotted name, from opc's parse of ``spec``."""
    from specfleet.checks.validate import load_checked
    from specfleet.generation.plan import match_endpoints, route_of
    from specfleet.generation.render import generator_config, settings_for
    from specfleet.generation.resource_tree import place
    from specfleet.normalise import normalise_for_opc
    from specfleet.opc import parse as opc
    from specfleet.spec.operations import spec_model

    report = load_checked(spec, spec.parent, lenient=True)
    assert report.document is not None, report.errors
    settings = settings_for("sdk", report.document)
    normalised = normalise_for_opc(report.document)
    openapi = opc.parse(normalised.document.data, generator_config(settings, spec, Path("/tmp/unused")))
    normalised.apply(openapi)
    generated = match_endpoints(spec_model(normalised.document), openapi)
    placements, _ = place([route_of(item) for item in generated.values()])
    return {(_PARAM.sub("{}", path), method): found.dotted for (path, method), found in placements.items()}


def _calls(function: Any) -> tuple[str, str] | None:
    """The (method, path template) of the first request a method's source makes."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    except (OSError, TypeError, SyntaxError):
        return None
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        verb = node.func.attr.lstrip("_")
        args = node.args
        if verb in ("get", "post", "put", "patch", "delete", "get_api_list") and args:
            method = "get" if verb == "get_api_list" else verb
            path = _template(args[0])
        elif verb in ("request", "request_async", "request_stream") and len(args) >= 2:
            method = args[0].value if isinstance(args[0], ast.Constant) else None
            path = _template(args[1])
        else:
            continue
        if isinstance(method, str) and path:
            return method.lower(), path
    return None


def _template(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.Call) and node.args:  # stripe: "/v1/x/{id}".format(id=...) or path_template(...)
        return _template(node.args[0]) if not isinstance(node.func, ast.Name) else _template(node.args[0])
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _template(node.func.value)
    return None


def sdk_methods(root: Any, resource_base: type, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, Any]]:
    """(dotted name, function) of every public method of every resource reachable from ``root``."""
    seen: set[int] = set()

    def walk(obj: Any, where: tuple[str, ...]) -> Iterator[tuple[str, Any]]:
        if id(obj) in seen or len(where) > 6:
            return
        seen.add(id(obj))
        for name, member in inspect.getmembers(type(obj)):
            if name.startswith("_") or name.startswith("with_"):
                continue
            if isinstance(member, property | _cached_property()):
                try:
                    value = getattr(obj, name)
                except Exception:  # noqa: BLE001 - a property that needs configuration is no resource
                    continue
                if isinstance(value, resource_base):
                    yield from walk(value, (*where, name))
            elif inspect.isfunction(member):
                yield ".".join((*where, name)), member

    yield from walk(root, prefix)


def _cached_property() -> type:
    import functools

    return functools.cached_property


def compare(label: str, ours: dict[tuple[str, str], str], theirs: list[tuple[str, Any]]) -> float:
    """Share of the SDK's request-sending methods (each an operation of the spec) that we name alike.

    A leading SDK namespace that is no segment of the operation's path (``beta.``, ``admin.``,
    ``v1.``) is a grouping the spec does not carry; such a method also counts when the rest
    matches, and the strict figure (whole dotted name) is printed beside it.
    """
    strict = relaxed = counted = 0
    misses = []
    # the asyncio twins (stripe's ``list_async``) are our AsyncClient's methods of the same name
    unique = {dotted: function for dotted, function in theirs if not dotted.endswith("_async")}
    for dotted, function in sorted(unique.items()):
        call = _calls(function)
        if call is None:
            continue
        method, path = call
        key = (_PARAM.sub("{}", path.split("?")[0]), method)
        if key not in ours:
            continue  # not an operation of this spec
        counted += 1
        parts = dotted.split(".")
        segments = {part.replace("-", "_") for part in key[0].split("/")}
        while len(parts) > 2 and parts[0] not in segments and ".".join(parts) != ours[key]:
            parts = parts[1:]
        if ours[key] == dotted:
            strict += 1
        if ours[key] == ".".join(parts):
            relaxed += 1
        else:
            misses.append(f"  {dotted:<55} ours: {ours[key]}  ({method.upper()} {key[0]})")
    share = relaxed / counted if counted else 0.0
    print(
        f"{label}: {relaxed} of {counted} SDK methods that are operations of the spec have our name "
        f"({share:.0%}; {strict} with the SDK's own namespaces, {strict / max(counted, 1):.0%})"
    )
    for line in misses:
        print(line)
    return share


#: The specs each SDK is compared on: its current spec, and an older one as a second sample.
SPECS = {
    "openai": [
        REAL_SPECS / "openai" / "openapi-latest.yaml",
        REAL_SPECS / "openai" / "openapi-previous.yaml",
    ],
    "stripe": [
        REAL_SPECS / "stripe" / "spec3-2023-09-12.yaml",
        REAL_SPECS / "stripe" / "spec3-2023-08-10.yaml",
    ],
}


def main(which: list[str], *, every_spec: bool = False) -> dict[str, float]:
    """The share per SDK and spec; ``every_spec`` compares the older specs too (``--all``)."""
    shares: dict[str, float] = {}
    if not which or "openai" in which:
        import openai
        from openai._resource import SyncAPIResource

        client = openai.OpenAI(api_key="unused", base_url="http://127.0.0.1:9")
        methods = list(sdk_methods(client, SyncAPIResource))
        for spec in SPECS["openai"][: None if every_spec else 1]:
            label = f"openai {openai.__version__} on {spec.name}"
            shares[label] = compare(label, our_names(spec), methods)
        client.close()
    if not which or "stripe" in which:
        import warnings

        import stripe
        from stripe._stripe_service import StripeService

        warnings.simplefilter("ignore", DeprecationWarning)  # the services outside ``v1`` are aliases
        methods = list(sdk_methods(stripe.StripeClient("sk_test_unused"), StripeService))
        for spec in SPECS["stripe"][: None if every_spec else 1]:
            label = f"stripe {stripe.VERSION} on {spec.name}"
            shares[label] = compare(label, our_names(spec), methods)
    return shares


if __name__ == "__main__":
    main([arg for arg in sys.argv[1:] if arg != "--all"], every_spec="--all" in sys.argv)
