from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, Unset

T = TypeVar("T", bound="Auth0TokenResponse")


@_attrs_define
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

    access_token: str
    token_type: str
    expires_in: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(access_token, Unset):
            field_dict["access_token"] = access_token
        if not isinstance(token_type, Unset):
            field_dict["token_type"] = token_type
        if not isinstance(expires_in, Unset):
            field_dict["expires_in"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token", MISSING)

        token_type = d.pop("token_type", MISSING)

        expires_in = d.pop("expires_in", MISSING)

        auth_0_token_response = cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
        )

        auth_0_token_response.additional_properties = d
        return auth_0_token_response

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


from .._secrets import masked_repr as _masked_repr

setattr(Auth0TokenResponse, "__repr__", _masked_repr)
