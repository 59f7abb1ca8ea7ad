from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar
from typing import Any as _Any
from typing import ClassVar as _ClassVar

from attrs import Attribute as _Attribute

T = TypeVar("T", bound="TokenCodeRequest")

class TokenCodeRequest:
    """
    Example:
        {'type': 'ai.numind.extract.shared.TokenCodeRequest', 'code': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIx
            MjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SbXT6e7R0N1hVeJHtTh2uFd7y8Rg-Vu0oiL4T1jbAY0',
            'redirectUri': 'http://localhost:5173'}

    Attributes:
        code (str):
        redirect_uri (str):
        type_ (Literal['ai.numind.extract.shared.TokenCodeRequest']):
    """

    __attrs_attrs__: _ClassVar[tuple[_Attribute[_Any], ...]]
    _request_id: str | None
    __match_args__ = ("code", "redirect_uri", "type_")
    code: str
    redirect_uri: str
    type_: Literal["ai.numind.extract.shared.TokenCodeRequest"]
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
        self, code: str, redirect_uri: str, type_: Literal["ai.numind.extract.shared.TokenCodeRequest"]
    ) -> None: ...
