from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from typing import Any as _Any
from typing import ClassVar as _ClassVar

from attrs import Attribute as _Attribute

from ..types import Unset

if TYPE_CHECKING:
    from ..models.organization_response import OrganizationResponse
T = TypeVar("T", bound="User")

class User:
    """
    Example:
        {'email': 'jane.doe@example.com', 'isAdmin': False, 'organizations': [{'id':
            '5b7e9c1d-2a4f-4e6b-8c0d-9e1f2a3b4c5d', 'name': 'Example Corp'}]}

    Attributes:
        email (str):
        is_admin (bool):
        organizations (list[OrganizationResponse] | Unset):
    """

    __attrs_attrs__: _ClassVar[tuple[_Attribute[_Any], ...]]
    _request_id: str | None
    __match_args__ = ("email", "is_admin", "organizations")
    email: str
    is_admin: bool
    organizations: list[OrganizationResponse] | Unset
    additional_properties: dict[str, Any]
    def to_dict(self) -> dict[str, Any]: ...
    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T: ...
    @property
    def additional_keys(self) -> list[str]: ...
    def __getitem__(self, key: str) -> Any: ...
    def __setitem__(self, key: str, value: Any) -> None: ...
    def __delitem__(self, key: str) -> None: ...
    def __contains__(self, key: str) -> bool: ...
    def __init__(self, email: str, is_admin: bool, organizations: list[OrganizationResponse] | Unset = ...) -> None: ...
