"""The structural diff of two OpenAPI documents (oasdiff's ``diff.Get``), the root of every check.

The per-part diff modules import ``DiffError`` from here, so this module imports them only inside
functions: that keeps it importable from anywhere in the (cyclic) diff graph.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from specfleet.errors import SpecfleetError

if TYPE_CHECKING:
    from specfleet.diff.delta.components_diff import ComponentsDiff
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.endpoints_diff import EndpointsDiff
    from specfleet.diff.delta.extensions_diff import ExtensionsDiff
    from specfleet.diff.delta.external_docs_diff import ExternalDocsDiff
    from specfleet.diff.delta.info_diff import InfoDiff
    from specfleet.diff.delta.paths_diff import PathsDiff
    from specfleet.diff.delta.security_requirements_diff import SecurityRequirementsDiff
    from specfleet.diff.delta.servers_diff import ServersDiff
    from specfleet.diff.delta.state import State
    from specfleet.diff.delta.summary import Summary
    from specfleet.diff.delta.tags_diff import TagsDiff
    from specfleet.diff.delta.value_diff import ValueDiff
    from specfleet.diff.delta.webhooks_diff import WebhooksDiff
    from specfleet.diff.openapi3 import Info, Operation, PathItem, Paths, T

SINCE_DATE_EXTENSION = "x-since-date"
DEFAULT_SINCE_DATE = datetime.date(2000, 1, 1)
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class DiffError(SpecfleetError):
    """The two documents cannot be compared (a nil node where one is required, a bad filter regex)."""


@dataclass(slots=True)
class Diff:
    """Every change between two documents, by part.

    ``base_info``/``revision_info`` carry both info objects as context for checks that judge the
    version against the changes; they are set only on a non-empty diff and are not changes.
    """

    extensions_diff: ExtensionsDiff | None = None
    open_api_diff: ValueDiff | None = None
    info_diff: InfoDiff | None = None
    paths_diff: PathsDiff | None = None
    webhooks_diff: WebhooksDiff | None = None
    endpoints_diff: EndpointsDiff | None = None
    security_diff: SecurityRequirementsDiff | None = None
    servers_diff: ServersDiff | None = None
    tags_diff: TagsDiff | None = None
    external_docs_diff: ExternalDocsDiff | None = None
    components_diff: ComponentsDiff | None = None
    json_schema_dialect_diff: ValueDiff | None = None
    base_info: Info | None = None
    revision_info: Info | None = None

    def empty(self) -> bool:
        return (
            self.extensions_diff is None
            and self.open_api_diff is None
            and self.info_diff is None
            and self.paths_diff is None
            and self.webhooks_diff is None
            and self.endpoints_diff is None
            and self.security_diff is None
            and self.servers_diff is None
            and self.tags_diff is None
            and self.external_docs_diff is None
            and self.components_diff is None
            and self.json_schema_dialect_diff is None
        )

    def get_summary(self) -> Summary:
        """Counts of added/deleted/modified items per part."""
        from specfleet.diff.delta import summary as names
        from specfleet.diff.delta.summary import new_summary

        summary = new_summary()
        if self.empty():
            return summary
        summary.diff = True
        summary.add(self.paths_diff, names.PATHS_DETAIL)
        summary.add(self.webhooks_diff, names.WEBHOOKS_DETAIL)
        summary.add(self.security_diff, names.SECURITY_DETAIL)
        summary.add(self.servers_diff, names.SERVERS_DETAIL)
        summary.add(self.tags_diff, names.TAGS_DETAIL)
        components = self.components_diff
        if components is not None:
            summary.add(components.schemas_diff, names.SCHEMAS_DETAIL)
            summary.add(components.parameters_diff, names.PARAMETERS_DETAIL)
            summary.add(components.headers_diff, names.HEADERS_DETAIL)
            summary.add(components.request_bodies_diff, names.REQUEST_BODIES_DETAIL)
            summary.add(components.responses_diff, names.RESPONSES_DETAIL)
            summary.add(components.security_schemes_diff, names.SECURITY_SCHEMES_DETAIL)
            summary.add(components.examples_diff, names.EXAMPLES_DETAIL)
            summary.add(components.links_diff, names.LINKS_DETAIL)
            summary.add(components.callbacks_diff, names.CALLBACKS_DETAIL)
        summary.add(self.endpoints_diff, names.ENDPOINTS_DETAIL)
        return summary


def new_diff() -> Diff:
    return Diff()


def get(config: Config, s1: T | None, s2: T | None) -> Diff | None:
    """The diff of two loaded documents, or None when nothing differs. Raises ``DiffError``."""
    from specfleet.diff.delta.state import new_state
    from specfleet.diff.delta.unchanged_schemas import UnchangedSchemas

    state = new_state()
    if s1 is not None and s2 is not None:
        state.unchanged = UnchangedSchemas(_component_schemas(s1), _component_schemas(s2))
    return get_diff(config, state, s1, s2)


def _component_schemas(spec: T) -> Mapping[str, Any]:
    components = spec.raw.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    return schemas if isinstance(schemas, Mapping) else {}


def get_diff(config: Config, state: State, s1: T | None, s2: T | None) -> Diff | None:
    if s1 is None or s2 is None:
        raise DiffError("spec is nil")
    diff = get_diff_internal(config, state, s1, s2)
    if diff.empty():
        return None
    diff.base_info, diff.revision_info = s1.info, s2.info
    return diff


def get_diff_internal(config: Config, state: State, s1: T, s2: T) -> Diff:
    from specfleet.diff.delta.components_diff import get_components_diff
    from specfleet.diff.delta.endpoints_diff import get_endpoints_diff
    from specfleet.diff.delta.extensions_diff import get_extensions_diff
    from specfleet.diff.delta.external_docs_diff import get_external_docs_diff
    from specfleet.diff.delta.info_diff import get_info_diff
    from specfleet.diff.delta.paths_diff import get_paths_diff
    from specfleet.diff.delta.security_requirements_diff import get_security_requirements_diff
    from specfleet.diff.delta.servers_diff import get_servers_diff
    from specfleet.diff.delta.tags_diff import get_tags_diff
    from specfleet.diff.delta.value_diff import get_value_diff
    from specfleet.diff.delta.webhooks_diff import get_webhooks_diff

    result = new_diff()
    result.extensions_diff = get_extensions_diff(config, s1.extensions, s2.extensions)
    result.open_api_diff = get_value_diff(s1.openapi, s2.openapi)
    result.info_diff = get_info_diff(config, s1.info, s2.info)
    result.paths_diff = get_paths_diff(config, state, s1.paths, s2.paths)
    result.webhooks_diff = get_webhooks_diff(config, state, s1.webhooks, s2.webhooks)
    result.endpoints_diff = get_endpoints_diff(config, state, s1.paths, s2.paths)
    result.security_diff = get_security_requirements_diff(s1.security, s2.security)
    if result.security_diff is not None:
        # Root-level security changes are located through the documents themselves.
        result.security_diff.base_origin = s1.pointer
        result.security_diff.revision_origin = s2.pointer
    result.servers_diff = get_servers_diff(config, s1.servers, s2.servers)
    result.tags_diff = get_tags_diff(config, s1.tags, s2.tags)
    result.external_docs_diff = get_external_docs_diff(config, s1.external_docs, s2.external_docs)
    result.components_diff = get_components_diff(config, state, s1.components, s2.components)
    result.json_schema_dialect_diff = get_value_diff(s1.json_schema_dialect, s2.json_schema_dialect)
    return result


@dataclass(slots=True)
class SpecInfo:
    """One loaded document and where it came from (oasdiff's ``load.SpecInfo``), for composed mode."""

    url: str
    spec: T


OperationsSourcesMap = dict["Operation", str]


def get_paths_diff(
    config: Config, s1: list[SpecInfo], s2: list[SpecInfo]
) -> tuple[Diff | None, OperationsSourcesMap | None]:
    """Composed mode: diff the paths of several documents per side, merged endpoint by endpoint.

    When two documents of one side define the same endpoint, the one with the later ``x-since-date``
    (operation over path item, default 2000-01-01) wins; equal dates are an error.
    """
    from specfleet.diff.delta.endpoints_diff import get_endpoints_diff
    from specfleet.diff.delta.paths_diff import get_paths_diff as get_paths_part
    from specfleet.diff.delta.state import new_state

    state = new_state()
    result = new_diff()
    paths1, operations_sources1 = merged_paths(s1, config.include_path_params)
    paths2, operations_sources2 = merged_paths(s2, config.include_path_params)
    result.paths_diff = get_paths_part(config, state, paths1, paths2)
    result.endpoints_diff = get_endpoints_diff(config, state, paths1, paths2)
    if result.empty():
        return None, None
    return result, {**operations_sources1, **operations_sources2}


def get_path_item(paths: Paths, path: str, include_path_params: bool) -> PathItem | None:
    if include_path_params:
        return paths.value(path)
    return paths.find(path)


def merged_paths(specs: list[SpecInfo], include_path_params: bool) -> tuple[Paths, OperationsSourcesMap]:
    """All documents' paths in one ``Paths``, and which document each operation came from."""
    from specfleet.diff.delta.path_items_diff import new_paths, paths_set

    result = new_paths()
    operations_sources: OperationsSourcesMap = {}
    for spec_info in specs:
        paths = spec_info.spec.paths
        for path, path_item in ({} if paths is None else paths.map()).items():
            merged = get_path_item(result, path, include_path_params)
            if merged is None:
                paths_set(result, path, copy_path_item(path_item))
                for operation in path_item.operations().values():
                    operations_sources[operation] = spec_info.url
                continue
            for method, operation in path_item.operations().items():
                old_operation = merged.get_operation(method)
                if old_operation is None:
                    set_operation(merged, method, operation)
                    operations_sources[operation] = spec_info.url
                    continue
                old_since = _since_date(
                    merged, old_operation, operations_sources.get(old_operation, ""), method, path
                )
                new_since = _since_date(path_item, operation, spec_info.url, method, path)
                if new_since > old_since:
                    set_operation(merged, method, operation)
                    operations_sources[operation] = spec_info.url
                if new_since == old_since:
                    raise DiffError(
                        f"duplicate endpoint ({method} {path}) found in "
                        f"{operations_sources.get(old_operation, '')} and {spec_info.url}. "
                        f"You may add the {SINCE_DATE_EXTENSION} extension to specify order"
                    )
    return result, operations_sources


def copy_path_item(path_item: PathItem) -> PathItem:
    """A shallow copy whose operations can be replaced without touching the original."""
    return copy.copy(path_item)


def set_operation(path_item: PathItem, method: str, operation: Operation | None) -> None:
    """kin's ``PathItem.SetOperation`` on the view (shadows the cached operation)."""
    setattr(path_item, method.lower(), operation)


def _since_date(path_item: PathItem, operation: Operation, url: str, method: str, path: str) -> datetime.date:
    try:
        return since_date_from(path_item, operation)
    except ValueError as err:
        raise DiffError(
            f"invalid {SINCE_DATE_EXTENSION} extension value in {url} ({method} {path}), {err}"
        ) from err


def since_date_from(path_item: PathItem, operation: Operation) -> datetime.date:
    """The operation's ``x-since-date``, else its path item's, else the default."""
    since, _ = get_since_date(path_item.extensions)
    op_since, found = get_since_date(operation.extensions)
    return op_since if found else since


def get_since_date(extensions: dict[str, Any]) -> tuple[datetime.date, bool]:
    """The ``x-since-date`` (RFC 3339 full-date) and whether it was set; ValueError when malformed."""
    value = extensions.get(SINCE_DATE_EXTENSION)
    if value is None:
        return DEFAULT_SINCE_DATE, False
    if isinstance(value, datetime.datetime):
        return value.date(), True
    if isinstance(value, datetime.date):
        return value, True
    if not isinstance(value, str):
        raise ValueError("unmarshal failed")
    if not _FULL_DATE.fullmatch(value):
        raise ValueError("failed to parse time")
    try:
        return datetime.date.fromisoformat(value), True
    except ValueError as err:
        raise ValueError("failed to parse time") from err
