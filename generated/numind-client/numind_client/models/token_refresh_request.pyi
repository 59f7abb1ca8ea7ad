from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from typing import Any as _Any
from typing import ClassVar as _ClassVar

from attrs import Attribute as _Attribute

T = TypeVar("T", bound="TokenRefreshRequest")

class TokenRefreshRequest:
    """
    Example:
        {'type': 'ai.numind.extract.shared.TokenRefreshRequest', 'token':
            'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0eXAiOiJSZWZyZXNoIn0.ZmFrZS1yZWZyZXNoLXNpZw'}

    Attributes:
        token (str):
        type_ (Literal['ai.numind.extract.shared.TokenRefreshRequest']):
    """

    __attrs_attrs__: _ClassVar[tuple[_Attribute[_Any], ...]]
    _request_id: str | None
    __match_args__ = ("token", "type_")
    token: str
    type_: Literal["ai.numind.extract.shared.TokenRefreshRequest"]
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
    def __init__(self, token: str, type_: Literal["ai.numind.extract.shared.TokenRefreshRequest"]) -> None: ...
