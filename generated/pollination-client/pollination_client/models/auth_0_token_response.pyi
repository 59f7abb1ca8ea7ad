from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import Any as _Any
from typing import ClassVar as _ClassVar

from attrs import Attribute as _Attribute

T = TypeVar("T", bound="Auth0TokenResponse")

class Auth0TokenResponse:
    """
    Example:
        {'access_token': 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhdXRoMHwzZjJjIn0.ZmFrZS1zaWduYXR1cmU',
            'token_type': 'Bearer', 'expires_in': 86400}

    Attributes:
        access_token (str):
        token_type (str):
        expires_in (int):
    """

    __attrs_attrs__: _ClassVar[tuple[_Attribute[_Any], ...]]
    _request_id: str | None
    __match_args__ = ("access_token", "token_type", "expires_in")
    access_token: str
    token_type: str
    expires_in: int
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
    def __init__(self, access_token: str, token_type: str, expires_in: int) -> None: ...
