"""Match the path items of two specs: exact key first, then by template shape (renamed params)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from specfleet.diff.delta.path import normalize_templated_path
from specfleet.diff.delta.path_params_map import PathParamsMap, new_path_params_map
from specfleet.diff.openapi3 import Paths, Pointer, _Context

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import PathItem


class PathMap(Protocol):
    """What the paths diff reads: kin's ``Paths`` or a callback (expression -> path item)."""

    def map(self) -> dict[str, PathItem]: ...


def new_paths(pointer: Pointer = (), like: object = None) -> Paths:
    """An empty, editable ``Paths`` (kin's ``NewPaths``).

    ``pointer`` says where its items come from; ``like`` (a wrapper of the same document) lends its
    document so the copy still knows which file it describes.
    """
    context = getattr(like, "_ctx", None)
    paths = Paths(context if isinstance(context, _Context) else _Context({}, None), {}, pointer)
    paths.map()  # materialize the (empty) item map that set/delete edit
    return paths


def paths_set(paths: PathMap, key: str, path_item: PathItem) -> None:
    """kin's ``Paths.Set``: edits the view only, never the loaded document."""
    setter = getattr(paths, "set", None)
    if callable(setter):
        setter(key, path_item)
    else:
        paths.map()[key] = path_item


def paths_delete(paths: PathMap, key: str) -> None:
    """kin's ``Paths.Delete``: edits the view only, never the loaded document."""
    deleter = getattr(paths, "delete", None)
    if callable(deleter):
        deleter(key)
    else:
        paths.map().pop(key, None)


@dataclass(slots=True)
class PathItemPair:
    """A base path item, the revision path item it matched, and how path params were renamed."""

    path_item1: PathItem | None
    path_item2: PathItem | None
    path_params_map: PathParamsMap = field(default_factory=PathParamsMap)


class PathItemPairs(dict[str, PathItemPair]):
    """Base path -> matched pair."""


def get_path_items_diff(
    config: Config, paths1: PathMap, paths2: PathMap
) -> tuple[Paths, Paths, PathItemPairs]:
    """Split into revision-only paths, base-only paths, and matched pairs (keyed by base path)."""
    added = new_paths()
    deleted = new_paths()
    other = PathItemPairs()
    for endpoint1, path_item1 in paths1.map().items():
        found = find_endpoint(config, endpoint1, paths2)
        if found is not None:
            path_item2, path_params_map = found
            other[endpoint1] = PathItemPair(path_item1, path_item2, path_params_map)
        else:
            paths_set(deleted, endpoint1, path_item1)
    for endpoint2, path_item2 in paths2.map().items():
        if find_endpoint(config, endpoint2, paths1) is None:
            paths_set(added, endpoint2, path_item2)
    return added, deleted, other


def rewrite_prefix(paths: Mapping[str, PathItem], strip: str, prepend: str, source: object = None) -> Paths:
    """A new Paths with ``strip`` removed from and ``prepend`` added to the front of every key.

    ``source`` (the paths being rewritten) lends the copy its pointer and document.
    """
    pointer: Pointer = getattr(source, "pointer", ())
    result = new_paths(pointer, source)
    for path, path_item in paths.items():
        paths_set(result, prepend + path.removeprefix(strip), path_item)
    return result


def find_endpoint(config: Config, endpoint: str, paths: PathMap) -> tuple[PathItem, PathParamsMap] | None:
    """The path item in ``paths`` matching ``endpoint`` and the param renaming, or None."""
    found = paths.map().get(endpoint)
    if found is not None:
        return found, PathParamsMap()
    if config.include_path_params:
        return None
    return find_normalized_endpoint(endpoint, paths)


def find_normalized_endpoint(key: str, paths: PathMap) -> tuple[PathItem, PathParamsMap] | None:
    """Match ignoring template variable names (kin's ``Paths.Find``), remembering the renaming."""
    normalized_path, expected, path_params1 = normalize_templated_path(key)
    for path, path_item in paths.map().items():
        path_normalized, got, path_params2 = normalize_templated_path(path)
        if got == expected and path_normalized == normalized_path:
            path_params_map = new_path_params_map(path_params1, path_params2)
            if path_params_map is not None:
                return path_item, path_params_map
    return None
