"""Walks over modified request/response body schemas, handing each check the context it needs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from specfleet.diff.checks.api_change import CREATED, ApiChange, new_api_change
from specfleet.diff.checks.checks_utils import (
    children,
    clear_walk_cache,
    groups_below,
    join_path,
    property_group,
)
from specfleet.diff.checks.media_type import format_media_type_details
from specfleet.diff.checks.transition_claims import claimed_by_transition

if TYPE_CHECKING:
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.diff import Diff
    from specfleet.diff.delta.media_type_diff import MediaTypeDiff
    from specfleet.diff.delta.method_diff import MethodDiff
    from specfleet.diff.delta.schema_diff import SchemaDiff


@dataclass(slots=True)
class MediaTypeInfo:
    """One modified body media type: where it is, its schema diff, and the change plumbing.

    ``response_status`` is "" for request bodies and the status code for responses.
    """

    path: str
    method: str
    response_status: str
    operation_item: MethodDiff
    media_type: str
    media_type_details: str
    schema_diff: SchemaDiff
    config: Config

    def new_change(self, id: str, args: list[Any], comment: str) -> ApiChange:
        """A change of the operation, claim-checked against the body schema, with media-type details."""
        return self._new_change(id, args, comment, self.schema_diff)

    def _new_change(self, id: str, args: list[Any], comment: str, claimed_at: SchemaDiff) -> ApiChange:
        # Built fresh here, so set in place rather than copied by with_schema/with_details.
        change = new_api_change(
            id, self.config, args, comment, self.operation_item.revision, self.method, self.path
        )
        change.claimed = claimed_by_transition(claimed_at, id)
        change.details = self.media_type_details
        return change

    def walk_properties(self, processor: Callable[[PropertyInfo], None]) -> None:
        """Call ``processor`` for every modified property present on both sides.

        A big spec reaches the same property change through many operations and paths
        (Stripe: half a million visits).  When a check finds nothing at a property, it finds
        nothing at that same property diff (same parent, name, media type and status) anywhere
        else either, so such visits are skipped after the first: a check's verdict depends on
        the schemas, the message on the path.
        """
        code = getattr(processor, "__code__", None)
        operation = self.operation_item.revision
        # What a check may also look at besides the property: the body's media type and
        # status, and the operation's stability (deprecation windows differ by stability).
        stability = str(operation.extensions.get("x-stability-level", "")) if operation is not None else ""
        place = (self.media_type, self.response_status, stability)
        quiet = _QUIET.setdefault((code, place), set()) if code is not None else set()
        # The walk of modified_properties, depth first in oasdiff's order, skipping every
        # subtree where this check is known to find nothing (Stripe: half a million visits
        # over two thousand groups).
        stack: list[tuple[str, str, SchemaDiff, SchemaDiff | None]] = [("", "", self.schema_diff, None)]
        while stack:
            path, name, diff, parent = stack.pop()
            if name or path:
                group = property_group(diff, parent, name)
                if diff.base is not None and diff.revision is not None and group not in quiet:
                    before = CREATED[0]
                    processor(
                        PropertyInfo(
                            path=self.path,
                            method=self.method,
                            response_status=self.response_status,
                            operation_item=self.operation_item,
                            media_type=self.media_type,
                            media_type_details=self.media_type_details,
                            schema_diff=self.schema_diff,
                            config=self.config,
                            property_path=path,
                            property_name=name,
                            property_diff=diff,
                            parent=parent,
                            group=group,
                        )
                    )
                    if code is not None and CREATED[0] == before:
                        quiet.add(group)
            if code is not None and groups_below(diff) <= quiet:
                continue
            if name:
                path = join_path(path, name)
            for suffix, alone, child_name, child in reversed(children(diff)):
                stack.append((path + suffix if path else alone, child_name, child, diff))


@dataclass(slots=True)
class PropertyInfo(MediaTypeInfo):
    """One modified property of a body schema, with its media type's context."""

    property_path: str
    property_name: str
    property_diff: SchemaDiff
    parent: SchemaDiff | None
    #: visits of the same property diff in the same place share a group (see walk_properties)
    group: int = -1

    @property
    def media_type_info(self) -> MediaTypeInfo:
        """The body-level context this property was found in."""
        return MediaTypeInfo(
            path=self.path,
            method=self.method,
            response_status=self.response_status,
            operation_item=self.operation_item,
            media_type=self.media_type,
            media_type_details=self.media_type_details,
            schema_diff=self.schema_diff,
            config=self.config,
        )

    def new_change(self, id: str, args: list[Any], comment: str) -> ApiChange:
        """Like the body-level change, but claim-checked against the property's own schema diff."""
        return self._new_change(id, args, comment, self.property_diff)


# oasdiff's spellings of the types.
mediaTypeInfo = MediaTypeInfo
propertyInfo = PropertyInfo


def modified_schema_present_both_sides(d: MediaTypeDiff) -> bool:
    """A media type whose schema changed and exists on both sides (added/removed schemas are not walked)."""
    return d.schema_diff is not None and d.schema_diff.base is not None and d.schema_diff.revision is not None


MediaTypeProcessor = Callable[[MediaTypeInfo], None]

_BODIES: dict[tuple[int, int, str], tuple[object, list[MediaTypeInfo]]] = {}
# (a check's property processor (its code), place) -> groups where it found nothing
_QUIET: dict[tuple[object, tuple[str, str, str]], set[int]] = {}


def reset_walks() -> None:
    """Forget the walks of the previous diff: the checker calls this before each run."""
    _BODIES.clear()
    clear_walk_cache()
    _QUIET.clear()


def _cached_bodies(
    diff_report: Diff, config: Config, kind: str, build: Callable[[], list[MediaTypeInfo]]
) -> list[MediaTypeInfo]:
    key = (id(diff_report), id(config), kind)
    cached = _BODIES.get(key)
    if cached is not None and cached[0] is diff_report:
        return cached[1]
    found = build()
    _BODIES[key] = (diff_report, found)
    return found


def walk_modified_request_body_schemas(
    diff_report: Diff | None, config: Config, processor: MediaTypeProcessor
) -> None:
    """Call ``processor`` once per modified request-body media type with a schema on both sides."""
    if diff_report is None or diff_report.paths_diff is None:
        return
    paths_diff = diff_report.paths_diff

    def build() -> list[MediaTypeInfo]:
        found: list[MediaTypeInfo] = []
        for path, path_item in paths_diff.modified.items():
            if path_item.operations_diff is None:
                continue
            for method, operation_item in path_item.operations_diff.modified.items():
                body = operation_item.request_body_diff
                if body is None or body.content_diff is None or not body.content_diff.media_type_modified:
                    continue
                modified = body.content_diff.media_type_modified
                for media_type, media_type_diff in modified.items():
                    if not modified_schema_present_both_sides(media_type_diff):
                        continue
                    assert media_type_diff.schema_diff is not None
                    found.append(
                        MediaTypeInfo(
                            path=path,
                            method=method,
                            response_status="",
                            operation_item=operation_item,
                            media_type=media_type,
                            media_type_details=format_media_type_details(media_type, len(modified)),
                            schema_diff=media_type_diff.schema_diff,
                            config=config,
                        )
                    )
        return found

    for info in _cached_bodies(diff_report, config, "request", build):
        processor(info)


def walk_modified_response_schemas(
    diff_report: Diff | None, config: Config, processor: MediaTypeProcessor
) -> None:
    """Call ``processor`` once per modified response media type with a schema on both sides."""
    if diff_report is None or diff_report.paths_diff is None:
        return
    paths_diff = diff_report.paths_diff

    def build() -> list[MediaTypeInfo]:
        found: list[MediaTypeInfo] = []
        for path, path_item in paths_diff.modified.items():
            if path_item.operations_diff is None:
                continue
            for method, operation_item in path_item.operations_diff.modified.items():
                responses = operation_item.responses_diff
                if responses is None or not responses.modified:
                    continue
                for status, response_diff in responses.modified.items():
                    content = response_diff.content_diff
                    if content is None or not content.media_type_modified:
                        continue
                    modified = content.media_type_modified
                    for media_type, media_type_diff in modified.items():
                        if not modified_schema_present_both_sides(media_type_diff):
                            continue
                        assert media_type_diff.schema_diff is not None
                        found.append(
                            MediaTypeInfo(
                                path=path,
                                method=method,
                                response_status=status,
                                operation_item=operation_item,
                                media_type=media_type,
                                media_type_details=format_media_type_details(media_type, len(modified)),
                                schema_diff=media_type_diff.schema_diff,
                                config=config,
                            )
                        )
        return found

    for info in _cached_bodies(diff_report, config, "response", build):
        processor(info)
