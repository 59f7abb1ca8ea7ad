"""Diff of one link object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.interface_map_diff import InterfaceMapDiff, get_interface_map_diff
from specfleet.diff.delta.server_diff import ServerDiff, get_server_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Link


@dataclass(slots=True)
class LinkDiff:
    """Changes between two links with the same name."""

    extensions_diff: ExtensionsDiff | None = None
    operation_id_diff: ValueDiff | None = None
    operation_ref_diff: ValueDiff | None = None
    description_diff: ValueDiff | None = None
    parameters_diff: InterfaceMapDiff | None = None
    server_diff: ServerDiff | None = None
    request_body_diff: ValueDiff | None = None

    def empty(self) -> bool:
        return (
            self.extensions_diff is None
            and self.operation_id_diff is None
            and self.operation_ref_diff is None
            and self.description_diff is None
            and self.parameters_diff is None
            and self.server_diff is None
            and self.request_body_diff is None
        )


def get_link_diff(config: Config, link1: Link, link2: Link) -> LinkDiff | None:
    diff = get_link_diff_internal(config, link1, link2)
    if diff.empty():
        return None
    return diff


def get_link_diff_internal(config: Config, link1: Link, link2: Link) -> LinkDiff:
    return LinkDiff(
        extensions_diff=get_extensions_diff(config, link1.extensions, link2.extensions),
        operation_id_diff=get_value_diff(link1.operation_id, link2.operation_id),
        operation_ref_diff=get_value_diff(link1.operation_ref, link2.operation_ref),
        description_diff=get_value_diff_conditional(
            config.is_exclude_description(), link1.description, link2.description
        ),
        parameters_diff=get_interface_map_diff(link1.parameters, link2.parameters),
        server_diff=get_server_diff(config, link1.server, link2.server),
        request_body_diff=get_value_diff(link1.request_body, link2.request_body),
    )
