"""Diff of one response object (same status, or same component name)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.content_diff import ContentDiff, get_content_diff
from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.headers_diff import HeadersDiff, get_headers_diff
from specfleet.diff.delta.links_diff import LinksDiff, get_links_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_string_ref_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.delta.state import State
    from specfleet.diff.openapi3 import Response


@dataclass(slots=True)
class ResponseDiff:
    """Changes between two responses; ``base``/``revision`` are the compared responses."""

    extensions_diff: ExtensionsDiff | None = None
    description_diff: ValueDiff | None = None
    headers_diff: HeadersDiff | None = None
    content_diff: ContentDiff | None = None
    links_diff: LinksDiff | None = None
    base: Response | None = None
    revision: Response | None = None

    def empty(self) -> bool:
        return (
            self.extensions_diff is None
            and self.description_diff is None
            and self.headers_diff is None
            and self.content_diff is None
            and self.links_diff is None
        )


def diff_response_values(
    config: Config, state: State, response1: Response, response2: Response
) -> ResponseDiff | None:
    diff = diff_response_values_internal(config, state, response1, response2)
    if diff.empty():
        return None
    return diff


def diff_response_values_internal(
    config: Config, state: State, response1: Response, response2: Response
) -> ResponseDiff:
    result = ResponseDiff()
    result.extensions_diff = get_extensions_diff(config, response1.extensions, response2.extensions)
    result.description_diff = get_string_ref_diff_conditional(
        config.is_exclude_description(), response1.description, response2.description
    )
    result.headers_diff = get_headers_diff(config, state, response1.headers, response2.headers)
    result.content_diff = get_content_diff(config, state, response1.content, response2.content)
    result.links_diff = get_links_diff(config, response1.links, response2.links)
    result.base = response1
    result.revision = response2
    return result
