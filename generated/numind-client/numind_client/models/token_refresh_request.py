from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TokenRefreshRequest")


@_attrs_define
class TokenRefreshRequest:
    """
    Example:
        {'type': 'ai.numind.extract.shared.TokenRefreshRequest', 'token':
            'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0eXAiOiJSZWZyZXNoIn0.ZmFrZS1yZWZyZXNoLXNpZw'}

    Attributes:
        token (str):
        type_ (Literal['ai.numind.extract.shared.TokenRefreshRequest']):
    """

    token: str
    type_: Literal["ai.numind.extract.shared.TokenRefreshRequest"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        type_ = cast(Literal["ai.numind.extract.shared.TokenRefreshRequest"], d.pop("type"))
        if type_ != "ai.numind.extract.shared.TokenRefreshRequest":
            raise ValueError(f"type must match const 'ai.numind.extract.shared.TokenRefreshRequest', got '{type_}'")

        token_refresh_request = cls(
            token=token,
            type_=type_,
        )

        token_refresh_request.additional_properties = d
        return token_refresh_request

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

setattr(TokenRefreshRequest, "__repr__", _masked_repr)
setattr(TokenRefreshRequest, "_request_id", _REQUEST_ID)
