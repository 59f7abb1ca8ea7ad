"""Diff of the info object (title, version, contact, license ...)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.contact import ContactDiff, get_contact_diff
from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.license_diff import LicenseDiff, get_license_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff, get_value_diff_conditional

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Info


@dataclass(slots=True)
class InfoDiff:
    """Changes between two info objects."""

    added: bool = False
    deleted: bool = False
    extensions_diff: ExtensionsDiff | None = None
    title_diff: ValueDiff | None = None
    summary_diff: ValueDiff | None = None
    description_diff: ValueDiff | None = None
    terms_of_service_diff: ValueDiff | None = None
    contact_diff: ContactDiff | None = None
    license_diff: LicenseDiff | None = None
    version_diff: ValueDiff | None = None

    def empty(self) -> bool:
        return self == InfoDiff()


def get_info_diff(config: Config, info1: Info | None, info2: Info | None) -> InfoDiff | None:
    diff = get_info_diff_internal(config, info1, info2)
    if diff is None or diff.empty():
        return None
    return diff


def get_info_diff_internal(config: Config, info1: Info | None, info2: Info | None) -> InfoDiff | None:
    if info1 is None and info2 is None:
        return None
    if info1 is None:
        return InfoDiff(added=True)
    if info2 is None:
        return InfoDiff(deleted=True)
    extensions_diff = get_extensions_diff(config, info1.extensions, info2.extensions)
    license_diff = get_license_diff(config, info1.license, info2.license)
    contact_diff = get_contact_diff(config, info1.contact, info2.contact)
    return InfoDiff(
        extensions_diff=extensions_diff,
        title_diff=get_value_diff_conditional(config.is_exclude_title(), info1.title, info2.title),
        summary_diff=get_value_diff_conditional(config.is_exclude_summary(), info1.summary, info2.summary),
        description_diff=get_value_diff_conditional(
            config.is_exclude_description(), info1.description, info2.description
        ),
        terms_of_service_diff=get_value_diff(info1.terms_of_service, info2.terms_of_service),
        contact_diff=contact_diff,
        license_diff=license_diff,
        version_diff=get_value_diff(info1.version, info2.version),
    )
