from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenCodeRequest")


@_attrs_define
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

    code: str
    redirect_uri: str
    type_: Literal["ai.numind.extract.shared.TokenCodeRequest"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        redirect_uri = self.redirect_uri

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "redirectUri": redirect_uri,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        redirect_uri = d.pop("redirectUri")

        type_ = cast(Literal["ai.numind.extract.shared.TokenCodeRequest"], d.pop("type"))
        if type_ != "ai.numind.extract.shared.TokenCodeRequest":
            raise ValueError(f"type must match const 'ai.numind.extract.shared.TokenCodeRequest', got '{type_}'")

        token_code_request = cls(
            code=code,
            redirect_uri=redirect_uri,
            type_=type_,
        )

        token_code_request.additional_properties = d
        return token_code_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from .._response import REQUEST_ID as _REQUEST_ID
from .._secrets import masked_repr as _masked_repr

setattr(TokenCodeRequest, "__repr__", _masked_repr)
setattr(TokenCodeRequest, "_request_id", _REQUEST_ID)
