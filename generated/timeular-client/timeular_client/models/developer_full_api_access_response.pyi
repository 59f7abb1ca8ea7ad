from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import Any as _Any
from typing import ClassVar as _ClassVar

from attrs import Attribute as _Attribute

from ..types import Unset

T = TypeVar("T", bound="DeveloperFullApiAccessResponse")

class DeveloperFullApiAccessResponse:
    """
    Example:
        {'apiKey': 'ZmVkY2JhMDk4NzY1NDMyMQ==', 'apiSecret': 'bmV3LWZha2Utc2VjcmV0LTAwMDA='}

    Attributes:
        api_key (str | Unset):
        api_secret (str | Unset):
    """

    __attrs_attrs__: _ClassVar[tuple[_Attribute[_Any], ...]]
    _request_id: str | None
    __match_args__ = ("api_key", "api_secret")
    api_key: str | Unset
    api_secret: str | Unset
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
    def __init__(self, api_key: str | Unset = ..., api_secret: str | Unset = ...) -> None: ...
