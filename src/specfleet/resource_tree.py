"""Where each operation lives in a client's resource tree, and what its method is called.

Developers who know the official SDKs expect ``client.chat.completions.create(...)`` and
``client.api_keys.update(id, name=...)``, not one flat namespace of operationIds.  The names are
derived from the paths alone, by rules that hold for any spec:

- the leading segments every path shares (``/v1``, ``/api/auth``) are dropped, unless they
  name a collection (``/files`` stays ``client.files``);
- each further segment that is not a parameter is a nested resource, in snake_case;
- a GET whose success body is an array (or a page object around one) is ``list``, any other GET
  ``retrieve``; on an item (the path ends in a parameter) PUT, PATCH and POST are ``update``;
  DELETE is ``delete``;
  a singular leaf with only a GET (or only a DELETE) right under an item or a collection is a
  method of that parent (``/files/{id}/content`` is ``files.content(id)``, ``/charges/search``
  ``charges.search()``, a DELETE of ``/customers/{id}/discount`` ``customers.delete_discount(id)``); a POST on a collection (a plural segment, one that also has a GET, or one
  with items under it) is ``create``; a POST-only leaf that names an action is a method of its
  parent (``/runs/{id}/cancel`` is ``runs.cancel(id)``);
- anything else, and any verb on the client itself, keeps its snake-cased operationId.

Two operations that would share a name are told apart deterministically (the shorter path keeps
the verb, the others fall back to their operationId) and each fallback is reported.
``client.toml``'s ``[resources]`` table overrides any name, by operationId.

This module works on plain data (:class:`Route`), so the rules are tested without generating.
"""

from __future__ import annotations

import keyword
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

#: Names the client and every resource have themselves: no resource or method may hide one.
RESERVED = frozenset(
    {
        "aclose",
        "auth_for",
        "base_url",
        "close",
        "credentials",
        "get_async_httpx_client",
        "get_httpx_client",
        "raise_on_unexpected_status",
        "set_async_httpx_client",
        "set_httpx_client",
        "with_cookies",
        "with_credentials",
        "with_headers",
        "with_options",
        "with_raw_response",
        "with_retry",
        "with_streaming_response",
        "with_timeout",
    }
)

#: Names the client alone has (its calls to paths the spec lacks): no resource or method of its own may hide one.
CLIENT_RESERVED = frozenset({"get", "post", "put", "patch", "delete"})


def _reserved(path: tuple[str, ...]) -> bool:
    return path[-1] in RESERVED or (len(path) == 1 and path[0] in CLIENT_RESERVED)


_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def snake(text: str) -> str:
    """``api-keys``, ``apiKeys``, ``API_Keys`` -> ``api_keys``; a keyword gets ``_`` after it and a
    leading digit one before it (``0`` -> ``_0``), so every name is an identifier."""
    words = _WORD.findall(text)
    name = "_".join(word.lower() for word in words) or "_"
    if name[0].isdigit():
        name = f"_{name}"
    elif keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name = f"{name}_"
    return name


def is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def is_plural(segment: str) -> bool:
    """A segment naming many things: its last word ends in ``s`` (not ``ss``, ``us`` or ``is``)."""
    words = _WORD.findall(segment)
    last = words[-1].lower() if words else ""
    return len(last) > 2 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


@dataclass(frozen=True)
class Route:
    """One operation, as the naming rules see it."""

    path: str
    method: str  # lower case
    #: the snake-cased operationId (or, without one, the generated function's name)
    fallback: str
    operation_id: str = ""
    #: the success body is an array, or an object around one array (a page)
    lists: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.path, self.method)


@dataclass(frozen=True)
class Placement:
    """``client.<resource...>.<name>(...)``; ``resource`` is empty for a method of the client."""

    resource: tuple[str, ...]
    name: str
    #: why the name is not what the rules first gave it, when it is not
    note: str = ""

    @property
    def dotted(self) -> str:
        return ".".join((*self.resource, self.name))


def _segments(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


def shared_prefix(paths: Iterable[str]) -> int:
    """How many leading segments every path shares (``/v1``, ``/api/auth``) and that name no
    collection (plural, or with items under it), leaving some path a segment."""
    split = [_segments(path) for path in paths]
    if not split:
        return 0
    count = 0
    for column in zip(*split, strict=False):
        if len(set(column)) != 1 or is_parameter(column[0]) or is_plural(column[0]):
            break  # a collection every path is under is still a resource (``/files``)
        if any(len(segments) > count + 1 and is_parameter(segments[count + 1]) for segments in split):
            break  # so is a segment with items under it
        count += 1
    if count and all(len(segments) == count for segments in split):
        count -= 1  # every path is the prefix itself: keep its last segment as the resource
    return count


@dataclass(frozen=True)
class _Named:
    route: Route
    resource: tuple[str, ...]
    name: str
    ruled: bool  # the name comes from a rule (a verb or an action), not from the operationId


def _first_name(route: Route, relative: list[str], paths: Mapping[tuple[str, ...], set[str]]) -> _Named:
    """What the rules call one operation, before collisions are looked at."""
    names = tuple(snake(segment) for segment in relative if not is_parameter(segment))
    item = bool(relative) and is_parameter(relative[-1])
    method = route.method
    key = tuple(relative)

    def named(name: str, resource: tuple[str, ...] = names) -> _Named:
        return _Named(route, resource, name, True)

    fallback = _Named(route, names, route.fallback, False)
    if not names:  # the client itself: verbs need a resource to act on
        return fallback
    if method == "get":
        if _part_of_parent(relative, paths, method):
            return named(names[-1], names[:-1])  # ``/files/{id}/content``: ``files.content(id)``
        return named("list" if route.lists else "retrieve")
    if method == "delete":
        if item or not _part_of_parent(relative, paths, method):
            return named("delete")
        return named(f"delete_{names[-1]}", names[:-1])  # ``/customers/{id}/discount``
    if item and method in ("put", "patch", "post"):
        return named("update")
    if method in ("put", "patch"):
        return named("update")  # a singleton (``PUT /me``)
    if method == "post":
        last = relative[-1]
        has_items = any(
            len(other) == len(key) + 1 and other[: len(key)] == key and is_parameter(other[-1])
            for other in paths
        )
        if is_plural(last) or "get" in paths[key] or has_items:
            return named("create")
        is_leaf = not any(len(other) > len(key) and other[: len(key)] == key for other in paths)
        if is_leaf and paths[key] == {"post"}:
            return named(names[-1], names[:-1])
    return fallback


def _part_of_parent(relative: list[str], paths: Mapping[tuple[str, ...], set[str]], method: str) -> bool:
    """A singular leaf with one method, right under an item or a collection, is a part of that
    parent or a query over it (``/files/{id}/content``, ``/charges/search``): a method of the parent."""
    key = tuple(relative)
    if len(key) < 2 or is_parameter(key[-1]) or is_plural(key[-1]) or paths[key] != {method}:
        return False
    parent = key[-2]
    under_collection = is_plural(parent) or any(
        len(other) == len(key) and other[:-1] == key[:-1] and is_parameter(other[-1]) for other in paths
    )
    if not (is_parameter(parent) or under_collection):
        return False
    return not any(len(other) > len(key) and other[: len(key)] == key for other in paths)


def place(
    routes: list[Route], overrides: Mapping[str, str] | None = None
) -> tuple[dict[tuple[str, str], Placement], list[str]]:
    """Every route's placement and the notes on the names that had to change.

    ``overrides`` maps an operationId to a dotted name (``"api_keys.list"``, ``"logout"``).
    Raises ``ValueError`` when an override is not a dotted name of identifiers or two overrides
    give one name.
    """
    overrides = dict(overrides or {})
    prefix = shared_prefix(route.path for route in routes)
    paths: dict[tuple[str, ...], set[str]] = defaultdict(set)
    relatives = {}
    for route in routes:
        relative = _segments(route.path)[prefix:]
        relatives[route.key] = relative
        paths[tuple(relative)].add(route.method)
    ordered = sorted(routes, key=lambda route: (len(relatives[route.key]), route.path, route.method))
    named: dict[tuple[str, str], _Named] = {}
    fixed: dict[tuple[str, ...], tuple[str, str]] = {}
    for route in ordered:
        dotted = overrides.get(route.operation_id) if route.operation_id else None
        if dotted is None:
            named[route.key] = _first_name(route, relatives[route.key], paths)
            continue
        parts = tuple(dotted.split("."))
        if not all(part.isidentifier() and not keyword.iskeyword(part) for part in parts):
            raise ValueError(
                f"resources.{route.operation_id}: {dotted!r} is not a dotted name of identifiers"
            )
        if parts in fixed:
            raise ValueError(
                f"resources.{route.operation_id}: {dotted!r} is already the name of {fixed[parts][1].upper()} {fixed[parts][0]}"
            )
        fixed[parts] = route.key
        named[route.key] = _Named(route, parts[:-1], parts[-1], False)
    notes: list[str] = []
    placements = _resolve(ordered, named, set(fixed), notes)
    return placements, notes


def _resolve(
    ordered: list[Route], named: dict[tuple[str, str], _Named], fixed: set[tuple[str, ...]], notes: list[str]
) -> dict[tuple[str, str], Placement]:
    """Names made unique: the first of a clash (shortest path, then path, then method) keeps its
    rule name, the others take their operationId (numbered if that is taken too).  A method may
    not hide a sub-resource, and neither may hide a name every client has."""
    resources = {
        item.resource[:depth] for item in named.values() for depth in range(1, len(item.resource) + 1)
    }
    renamed_resources = {
        resource: (*resource[:-1], f"{resource[-1]}_api")
        for resource in sorted(resources)
        if _reserved(resource)
    }
    taken: set[tuple[str, ...]] = fixed | resources
    placements: dict[tuple[str, str], Placement] = {}
    for route in ordered:
        item = named[route.key]
        full = candidate = (*item.resource, item.name)
        note = ""
        if full not in fixed:
            if item.ruled and (candidate in taken or _reserved(candidate)):
                candidate = (*item.resource, route.fallback)
            base, number = candidate, 2
            while candidate in taken or _reserved(candidate):
                candidate = (*base[:-1], f"{base[-1]}_{number}")
                number += 1
            if candidate != full:
                why = (
                    "a name every client has"
                    if _reserved(full)
                    else "a sub-resource"
                    if full in resources
                    else "another operation's"
                )
                note = f"{route.method.upper()} {route.path}: {'.'.join(full)} is {why}; named {'.'.join(candidate)}"
                notes.append(note)
        taken.add(candidate)
        placements[route.key] = Placement(_renamed(candidate[:-1], renamed_resources), candidate[-1], note)
    for old, new in renamed_resources.items():
        notes.append(f"resource {'.'.join(old)} is a name every client has; named {'.'.join(new)}")
    return placements


def _renamed(
    resource: tuple[str, ...], renamed: Mapping[tuple[str, ...], tuple[str, ...]]
) -> tuple[str, ...]:
    parts = list(resource)
    for depth in range(1, len(parts) + 1):
        new = renamed.get(resource[:depth])
        if new is not None:
            parts[depth - 1] = new[-1]
    return tuple(parts)
