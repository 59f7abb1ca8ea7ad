from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from typing import Any as _Any
from typing import ClassVar as _ClassVar

from attrs import Attribute as _Attribute

T = TypeVar("T", bound="NewToken")

class NewToken:
    """
    Example:
        {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47'}

    Attributes:
        id (str):
    """

    __attrs_attrs__: _ClassVar[tuple[_Attribute[_Any], ...]]
    _request_id: str | None
    __match_args__ = ("id",)
    id: str
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
    def __init__(self, id: str) -> None: ...
