"""Where each operation lives in a client's resource tree, and what its method is called.

Developers who know the official SDKs expect ``client.chat.completions.create(...)`` and
``client.api_keys.update(id, name=...)``, not one flat namespace of operationIds.  The names are
derived from the paths (and, where a path cannot say, the operationId's first word) by rules
that hold for any spec:

- the leading segments every mounted path shares (``/v1``, ``/api/auth``: paths that start
  with ``api``, ``rest`` or a version) are dropped, unless they name a collection (``/files``
  stays ``client.files``); a path outside that prefix (``/health``) keeps all of its segments,
  and is not counted, so adding one never moves another name;
- each further segment that is not a parameter is a nested resource, in snake_case (two words
  run together read apart by the words the other paths use: ``invoiceitems`` is ``invoice_items``);
- a GET whose success body is an array (or a page object around one) is ``list``, any other GET
  ``retrieve``; on an item (the path ends in a parameter) PUT, PATCH and POST are ``update``;
  DELETE is ``delete``; a POST on a collection is ``create``, on a path with no item under it
  ``update`` when the operationId starts with an update;
- a part of one item (a singular leaf with only GET or DELETE under an item) is a method of the
  item's resource (``files.content(id)``, ``customers.delete_discount(id)``), and so is a query
  over a collection (``charges.search()``) and each report of a namespace of reports
  (``organization.usage.completions()``);
- a POST-only leaf is an action of its parent when a verb leads it or it sits under an item, a
  collection or the client (``runs.cancel(id)``, ``payment_intents.verify_microdeposits(id)``);
  under a namespace it is a resource that creates (``audio.speech.create()``);
- anything else, and any verb on the client itself, keeps its snake-cased operationId.

Two operations that would share a name are told apart deterministically (the shorter path keeps
the verb, the others fall back to their operationId) and each fallback is reported.
``client.toml``'s ``[resources]`` table overrides any name; ``generate`` writes there the prefix
it dropped and every name it chose, so that no endpoint added later moves one.

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

#: Names every resource has itself (the client has :data:`RESERVED`): ``client.disputes.close(id)``
#: hides nothing, ``client.close()`` would.
RESOURCE_RESERVED = frozenset({"with_raw_response", "with_streaming_response"})


#: Names the client alone has (its calls to paths the spec lacks): no resource or method of its own may hide one.
CLIENT_RESERVED = frozenset({"get", "post", "put", "patch", "delete"})
_ROOT_RESERVED = RESERVED | CLIENT_RESERVED


def reserved(parent: tuple[str, ...]) -> frozenset[str]:
    """The names a method or resource under ``parent`` may not take."""
    return RESOURCE_RESERVED if parent else _ROOT_RESERVED


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


class Words:
    """The words a spec's paths are written in, to read a segment that runs two together.

    ``invoiceitems`` beside ``invoices`` and ``line_items`` reads as ``invoice_items``, as the SDKs
    spell it; a word the paths use on its own (``webhooks``) or one that splits into no two
    known words stays as it is.
    """

    def __init__(self, paths: Iterable[str]) -> None:
        self.known: set[str] = set()
        self.alone: set[str] = set()
        for path in paths:
            for segment in _segments(path):
                words = [word.lower() for word in _WORD.findall(segment)]
                self.known.update(words)
                if len(words) > 1:
                    self.alone.update(words)

    def _word(self, text: str) -> bool:
        return any(form in self.known for form in (text, f"{text}s", f"{text}es"))

    def split(self, segment: str) -> str:
        """``segment``, with ``_`` between the two known words it runs together, when it does."""
        if not (segment.isalpha() and segment.islower()) or len(segment) < 8 or segment in self.alone:
            return segment
        for cut in range(4, len(segment) - 3):
            head, tail = segment[:cut], segment[cut:]
            if self._word(head) and tail in self.alone:
                return f"{head}_{tail}"
        return segment


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


#: Words that make a segment an action when they lead it (``verify_microdeposits``,
#: ``submit_tool_outputs``, ``cancel``): the SDKs call such a POST a method of its parent, however
#: plural its last word reads.
ACTION_VERBS = frozenset(
    {
        "accept", "activate", "apply", "approve", "archive", "attach", "authorize", "cancel",
        "capture", "close", "complete", "confirm", "decline", "deactivate", "detach", "expire",
        "finalize", "increment", "mark", "pause", "pay", "publish", "reactivate", "reject",
        "release", "reopen", "resume", "retry", "reverse", "revoke", "send", "start", "stop",
        "submit", "unarchive", "unpublish", "validate", "verify", "void",
    }
)  # fmt: skip


class _Shape:
    """What the rules ask of the tree the paths make: which keys have which methods, children, items."""

    def __init__(self, paths: Mapping[tuple[str, ...], set[str]], words: Words) -> None:
        self.methods = paths
        self.words = words
        self.children: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for key in paths:
            for depth in range(len(key)):
                self.children[key[:depth]].add(key[: depth + 1])

    def leaf(self, key: tuple[str, ...]) -> bool:
        return not self.children.get(key)

    def has_items(self, key: tuple[str, ...]) -> bool:
        return any(is_parameter(child[-1]) for child in self.children.get(key, ()))

    def collection(self, key: tuple[str, ...]) -> bool:
        """A segment naming many things: plural, or with items under it."""
        return bool(key) and not is_parameter(key[-1]) and (is_plural(key[-1]) or self.has_items(key))

    def namespace(self, key: tuple[str, ...]) -> bool:
        """A grouping with no operation of its own (``/audio``, ``/organization/usage``)."""
        return (
            bool(key) and not self.methods.get(key) and not is_parameter(key[-1]) and not self.collection(key)
        )

    def only(self, key: tuple[str, ...], *allowed: str) -> bool:
        """``key`` is a leaf whose methods are all among ``allowed``."""
        return self.leaf(key) and bool(self.methods.get(key)) and self.methods[key] <= set(allowed)

    def reports(self, key: tuple[str, ...]) -> bool:
        """A namespace whose every child is a leaf with only a GET (``/organization/usage/*``): one
        resource with a query method per child, as the SDKs name a usage or report API."""
        children = self.children.get(key, set())
        nested = len(key) > 1  # a report is of something; a top segment (``/v1``) groups an API
        return (
            nested
            and self.namespace(key)
            and len(children) > 1
            and all(self.only(child, "get") for child in children)
        )


#: An operationId's first word that makes a POST on one thing (no collection) its update.
_UPDATE_VERBS = frozenset({"update", "set", "modify", "edit", "change", "replace", "upsert"})


def _first_word(operation_id: str) -> str:
    words = _WORD.findall(operation_id)
    return words[0].lower() if words else ""


def _says_update(operation_id: str) -> bool:
    """``updateSpendLimit``, ``update-spend-limit``, ``Updatespendlimit``: the first word is an update."""
    first = _first_word(operation_id)
    alone = len(_WORD.findall(operation_id)) == 1
    return first in _UPDATE_VERBS or (alone and first.startswith(tuple(_UPDATE_VERBS - {"set"})))


def _first_name(route: Route, relative: list[str], shape: _Shape) -> _Named:
    """What the rules call one operation, before collisions are looked at."""
    names = tuple(snake(shape.words.split(segment)) for segment in relative if not is_parameter(segment))
    key = tuple(relative)
    item = bool(key) and is_parameter(key[-1])
    parent = key[:-1]
    under_item = len(key) > 1 and is_parameter(parent[-1])
    method = route.method

    def named(name: str, resource: tuple[str, ...] = names) -> _Named:
        return _Named(route, resource, name, True)

    if not names:  # the client itself: verbs need a resource to act on
        return _Named(route, names, route.fallback, False)
    leaf = names[-1]
    if not item and under_item and not is_plural(key[-1]) and shape.only(key, "get", "delete"):
        # a part of one item: ``/files/{id}/content`` is ``files.content(id)``, its DELETE
        # ``customers.delete_discount(id)``
        return named(leaf if method == "get" else f"delete_{leaf}", names[:-1])
    if method == "get":
        return _read_name(route, key, names, shape)
    if method == "delete":
        return named("delete")
    if method in ("put", "patch") or (item and method == "post"):
        return named("update")
    if method == "post":
        found = _post_name(route, key, names, shape)
        if found is not None:
            return found
    return _Named(route, names, route.fallback, False)


def _read_name(route: Route, key: tuple[str, ...], names: tuple[str, ...], shape: _Shape) -> _Named:
    """A GET's name: a read-only part of a collection (``/charges/search``: ``charges.search()``),
    else ``list`` or ``retrieve``."""
    item, parent = is_parameter(key[-1]), key[:-1]
    if (
        not item
        and shape.only(key, "get")
        and ((not is_plural(key[-1]) and shape.collection(parent)) or shape.reports(parent))
    ):
        return _Named(route, names[:-1], names[-1], True)
    # a page of one thing's settings is still that thing when its operationId says so
    explicit = _first_word(route.operation_id) == "retrieve"
    return _Named(route, names, "list" if route.lists and not explicit else "retrieve", True)


def _post_name(route: Route, key: tuple[str, ...], names: tuple[str, ...], shape: _Shape) -> _Named | None:
    """A POST with no item to address: an action, a create, or an update that replaces."""
    parent = key[:-1]
    action = shape.only(key, "post")
    if action and _WORD.findall(key[-1])[0].lower() in ACTION_VERBS:
        return _Named(route, names[:-1], names[-1], True)  # ``/runs/{id}/cancel``: ``runs.cancel(id)``
    if shape.collection(key) or "get" in shape.methods[key]:
        # a POST with no item to address creates, unless it replaces what is there: its
        # operationId says so (``/organization/data_retention``: ``update-organization-...``)
        replaces = not shape.has_items(key) and _says_update(route.operation_id)
        return _Named(route, names, "update" if replaces else "create", True)
    if action and not shape.namespace(parent):
        return _Named(route, names[:-1], names[-1], True)  # an action on an item, a collection or the client
    if action:
        return _Named(route, names, "create", True)  # ``/audio/speech``: ``audio.speech.create()``
    return None


#: A segment that says where an API is mounted, not what it serves: ``api``, ``rest``, a
#: version (``v1``, ``v2beta1``, ``2010-04-01``).
_MOUNT = re.compile(r"(?i)^(api|rest|v\d+([a-z]+\d*)?|\d{4}-\d{2}-\d{2})$")


def derived_prefix(paths: Iterable[str]) -> str:
    """The leading segments the tree drops, as a path (``/api/auth``; ``/`` for none), when
    ``client.toml`` records none: those every *mounted* path shares (one that starts at a
    mount segment, ``/v1/...``, ``/api/...``).  A path outside the mount (``/health``) is not
    counted, so adding one moves no other name; without a mounted path nothing is dropped."""
    mounted = [path for path in paths if (segments := _segments(path)) and _MOUNT.match(segments[0])]
    count = shared_prefix(mounted)
    return "/" + "/".join(_segments(mounted[0])[:count]) if mounted else "/"


def relative_segments(path: str, prefix: str) -> list[str]:
    """``path``'s segments below ``prefix``; a path outside it keeps all of its own, so an
    endpoint added outside the prefix (``/health``) is a resource of its own and moves no other."""
    segments, dropped = _segments(path), _segments(prefix)
    return segments[len(dropped) :] if segments[: len(dropped)] == dropped else segments


def record_key(route: Route) -> str:
    """How ``[resources]`` names an operation: its operationId, else ``"GET /path"``."""
    return route.operation_id or f"{route.method.upper()} {route.path}"


def place(
    routes: list[Route], overrides: Mapping[str, str] | None = None, prefix: str | None = None
) -> tuple[dict[tuple[str, str], Placement], list[str]]:
    """Every route's placement and the notes on the names that had to change.

    ``overrides`` maps an operationId (or ``"GET /path"``) to a dotted name (``"api_keys.list"``,
    ``"logout"``): ``client.toml``'s ``[resources]``, where ``generate`` keeps every name it
    chose so that no later endpoint moves one.  ``prefix`` is the path the tree drops (kept
    there too); without one, the prefix every path shares.  Raises ``ValueError`` when an
    override is not a dotted name of identifiers or two overrides give one name.
    """
    overrides = dict(overrides or {})
    if prefix is None:
        prefix = derived_prefix(route.path for route in routes)
    paths: dict[tuple[str, ...], set[str]] = defaultdict(set)
    relatives = {}
    for route in routes:
        relative = relative_segments(route.path, prefix)
        relatives[route.key] = relative
        paths[tuple(relative)].add(route.method)
    shape = _Shape(paths, Words(route.path for route in routes))
    ordered = sorted(routes, key=lambda route: (len(relatives[route.key]), route.path, route.method))
    named: dict[tuple[str, str], _Named] = {}
    fixed: dict[tuple[str, ...], tuple[str, str]] = {}
    for route in ordered:
        key = record_key(route)
        dotted = overrides.get(key, overrides.get(f"{route.method.upper()} {route.path}"))
        if dotted is None:
            named[route.key] = _first_name(route, relatives[route.key], shape)
            continue
        parts = tuple(dotted.split("."))
        if not all(part.isidentifier() and not keyword.iskeyword(part) for part in parts):
            raise ValueError(f"resources.{key}: {dotted!r} is not a dotted name of identifiers")
        if parts in fixed:
            raise ValueError(
                f"resources.{key}: {dotted!r} is already the name of {fixed[parts][1].upper()} {fixed[parts][0]}"
            )
        fixed[parts] = route.key
        named[route.key] = _Named(route, parts[:-1], parts[-1], False)
    notes: list[str] = []
    placements = _resolve(ordered, named, fixed, notes)
    return placements, notes


def _resolve(
    ordered: list[Route],
    named: dict[tuple[str, str], _Named],
    fixed: Mapping[tuple[str, ...], tuple[str, str]],
    notes: list[str],
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
        if resource[-1] in reserved(resource[:-1])
    }
    taken: set[tuple[str, ...]] = set(fixed) | resources
    placements: dict[tuple[str, str], Placement] = {}
    for route in ordered:
        item = named[route.key]
        full = candidate = (*item.resource, item.name)
        note = ""
        if fixed.get(full) != route.key:  # a name the record gives is that operation's alone
            taboo = reserved(item.resource)
            if item.ruled and (candidate in taken or item.name in taboo):
                candidate = (*item.resource, route.fallback)
            base, number = candidate, 2
            while candidate in taken or candidate[-1] in taboo:
                candidate = (*base[:-1], f"{base[-1]}_{number}")
                number += 1
            if candidate != full:
                why = (
                    "a name every client has"
                    if item.name in taboo
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
