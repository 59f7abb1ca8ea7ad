from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import Any as _Any
from typing import ClassVar as _ClassVar

from attrs import Attribute as _Attribute

from ..types import Unset

T = TypeVar("T", bound="TokenResponse")

class TokenResponse:
    """
    Example:
        {'token': 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4YTFkNWUyZiJ9.ZmFrZS1hY2Nlc3Mtc2ln', 'expiresIn':
            300, 'refreshToken': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0eXAiOiJSZWZyZXNoIn0.ZmFrZS1yZWZyZXNoLXNpZw',
            'refreshExpiresIn': 1800}

    Attributes:
        token (str):
        expires_in (int):
        refresh_token (str | Unset):
        refresh_expires_in (int | Unset):
    """

    __attrs_attrs__: _ClassVar[tuple[_Attribute[_Any], ...]]
    _request_id: str | None
    __match_args__ = ("token", "expires_in", "refresh_token", "refresh_expires_in")
    token: str
    expires_in: int
    refresh_token: str | Unset
    refresh_expires_in: int | Unset
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
        self, token: str, expires_in: int, refresh_token: str | Unset = ..., refresh_expires_in: int | Unset = ...
    ) -> None: ...
