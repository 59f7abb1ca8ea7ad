"""Diff of the info.contact object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from specfleet.diff.delta.extensions_diff import ExtensionsDiff, get_extensions_diff
from specfleet.diff.delta.value_diff import ValueDiff, get_value_diff

if TYPE_CHECKING:
    from specfleet.diff.delta.config import Config
    from specfleet.diff.openapi3 import Contact


@dataclass(slots=True)
class ContactDiff:
    """Changes between two contact objects (or that one side has none)."""

    added: bool = False
    deleted: bool = False
    extensions_diff: ExtensionsDiff | None = None
    name_diff: ValueDiff | None = None
    url_diff: ValueDiff | None = None
    email_diff: ValueDiff | None = None

    def empty(self) -> bool:
        return self == ContactDiff()


def get_contact_diff(
    config: Config, contact1: Contact | None, contact2: Contact | None
) -> ContactDiff | None:
    diff = get_contact_diff_internal(config, contact1, contact2)
    if diff.empty():
        return None
    return diff


def get_contact_diff_internal(
    config: Config, contact1: Contact | None, contact2: Contact | None
) -> ContactDiff:
    result = ContactDiff()
    if contact1 is None and contact2 is None:
        return result
    if contact1 is None:
        result.added = True
        return result
    if contact2 is None:
        result.deleted = True
        return result
    result.extensions_diff = get_extensions_diff(config, contact1.extensions, contact2.extensions)
    result.name_diff = get_value_diff(contact1.name, contact2.name)
    result.url_diff = get_value_diff(contact1.url, contact2.url)
    result.email_diff = get_value_diff(contact1.email, contact2.email)
    return result
