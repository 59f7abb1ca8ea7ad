from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import Any as _Any
from typing import ClassVar as _ClassVar

from attrs import Attribute as _Attribute

from ..types import Unset

T = TypeVar("T", bound="ApiKeyResponse")

class ApiKeyResponse:
    """
    Example:
        {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47', 'name': 'ci-pipeline', 'token':
            'nx_fake_4f8b2c6d9e1a3b5c7d9e0f1a2b3c4d5e', 'userId': '8a1d5e2f-6c3b-4a9e-b7d0-1f2e3c4d5a6b', 'createdAt':
            '2024-05-02T09:15:00Z', 'expiresAt': '2025-05-02T09:15:00Z', 'organization':
            '5b7e9c1d-2a4f-4e6b-8c0d-9e1f2a3b4c5d'}

    Attributes:
        id (str):
        name (str):
        token (str):
        user_id (str):
        created_at (str):
        expires_at (str):
        organization (str | Unset):
    """

    __attrs_attrs__: _ClassVar[tuple[_Attribute[_Any], ...]]
    _request_id: str | None
    __match_args__ = ("id", "name", "token", "user_id", "created_at", "expires_at", "organization")
    id: str
    name: str
    token: str
    user_id: str
    created_at: str
    expires_at: str
    organization: str | Unset
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
    def __init__(
        self,
        id: str,
        name: str,
        token: str,
        user_id: str,
        created_at: str,
        expires_at: str,
        organization: str | Unset = ...,
    ) -> None: ...
