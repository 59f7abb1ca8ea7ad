"""Walks over modified request/response body schemas, handing each check the context it needs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from specfleet.diff.checks.api_change import CREATED, ApiChange, new_api_change
from specfleet.diff.checks.checks_utils import clear_walk_cache, modified_properties
from specfleet.diff.checks.media_type import format_media_type_details

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
        return (
            new_api_change(
                id, self.config, args, comment, self.operation_item.revision, self.method, self.path
            )
            .with_schema(self.schema_diff)
            .with_details(self.media_type_details)
        )

    def walk_properties(self, processor: Callable[[PropertyInfo], None]) -> None:
        """Call ``processor`` for every modified property present on both sides.

        A big spec reaches the same property change through many operations and paths
        (Stripe: half a million visits).  When a check finds nothing at a property, it finds
        nothing at that same property diff (same parent, name, media type and status) anywhere
        else either, so such visits are skipped after the first: a check's verdict depends on
        the schemas, the message on the path.
        """
        code = getattr(processor, "__code__", None)
        quiet = _QUIET.setdefault(code, set()) if code is not None else set()
        visits, infos = self._visits()
        todo = [index for index, visit in enumerate(visits) if visit[0] not in quiet]
        for index in todo:
            group, property_path, property_name, property_diff, parent = visits[index]
            if group in quiet:  # found quiet earlier in this same body
                continue
            info = infos.get(index)
            if info is None:
                info = infos[index] = PropertyInfo(
                    path=self.path,
                    method=self.method,
                    response_status=self.response_status,
                    operation_item=self.operation_item,
                    media_type=self.media_type,
                    media_type_details=self.media_type_details,
                    schema_diff=self.schema_diff,
                    config=self.config,
                    property_path=property_path,
                    property_name=property_name,
                    property_diff=property_diff,
                    parent=parent,
                    group=group,
                )
            before = CREATED[0]
            processor(info)
            if code is not None and CREATED[0] == before:
                quiet.add(group)

    def _visits(self) -> tuple[list[_GroupedVisit], dict[int, PropertyInfo]]:
        """This body's modified properties (both sides present), numbered by group, built once."""
        cached = _PROPERTIES.get(id(self))
        if cached is not None and cached[0] is self:
            return cached[1], cached[2]
        groups = _GROUPS
        # what a check may also look at besides the property: the body's media type and
        # status, and the operation's stability (deprecation windows differ by stability)
        operation = self.operation_item.revision
        stability = str(operation.extensions.get("x-stability-level", "")) if operation is not None else ""
        place = (self.media_type, self.response_status, stability)
        visits: list[_GroupedVisit] = [
            (
                groups.setdefault((id(diff), id(parent), name, place), len(groups)),
                path,
                name,
                diff,
                parent,
            )
            for path, name, diff, parent in _modified_properties(self.schema_diff)
            # A sub-schema present on one side only (e.g. items removed) has nothing for
            # the property checks to compare.
            if diff.base is not None and diff.revision is not None
        ]
        infos: dict[int, PropertyInfo] = {}
        _PROPERTIES[id(self)] = (self, visits, infos)
        return visits, infos


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
        return MediaTypeInfo.new_change(self, id, args, comment).with_schema(self.property_diff)


# oasdiff's spellings of the types.
mediaTypeInfo = MediaTypeInfo
propertyInfo = PropertyInfo


def modified_schema_present_both_sides(d: MediaTypeDiff) -> bool:
    """A media type whose schema changed and exists on both sides (added/removed schemas are not walked)."""
    return d.schema_diff is not None and d.schema_diff.base is not None and d.schema_diff.revision is not None


MediaTypeProcessor = Callable[[MediaTypeInfo], None]

_Visit = tuple[str, str, "SchemaDiff", "SchemaDiff | None"]
# Walk results, kept for one run of the checks (see reset_walks); each entry holds its key
# object, so an id() cannot be reused while its entry lives.
_GroupedVisit = tuple[int, str, str, "SchemaDiff", "SchemaDiff | None"]
_PROPERTIES: dict[int, tuple[object, list[_GroupedVisit], dict[int, PropertyInfo]]] = {}
_BODIES: dict[tuple[int, int, str], tuple[object, list[MediaTypeInfo]]] = {}
# (property diff, parent, name, (media type, status, stability)) -> group number; the diffs themselves are
# kept alive by the walk cache entries (checks_utils) that produced them
_GROUPS: dict[tuple[int, int, str, tuple[str, str, str]], int] = {}
# a check's property processor (its code) -> groups where it found nothing
_QUIET: dict[object, set[int]] = {}


def reset_walks() -> None:
    """Forget the walks of the previous diff: the checker calls this before each run."""
    _PROPERTIES.clear()
    _BODIES.clear()
    _GROUPS.clear()
    clear_walk_cache()
    _QUIET.clear()


def _modified_properties(schema_diff: SchemaDiff) -> list[_Visit]:
    """Every modified property below ``schema_diff`` in oasdiff's order, walked once."""
    return modified_properties(schema_diff)


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
