from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
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

    token: str
    expires_in: int
    refresh_token: str | Unset = UNSET
    refresh_expires_in: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expires_in = self.expires_in

        refresh_token = self.refresh_token

        refresh_expires_in = self.refresh_expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(token, Unset):
            field_dict["token"] = token
        if not isinstance(expires_in, Unset):
            field_dict["expiresIn"] = expires_in
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if refresh_expires_in is not UNSET:
            field_dict["refreshExpiresIn"] = refresh_expires_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", MISSING)

        expires_in = d.pop("expiresIn", MISSING)

        refresh_token = d.pop("refreshToken", UNSET)

        refresh_expires_in = d.pop("refreshExpiresIn", UNSET)

        token_response = cls(
            token=token,
            expires_in=expires_in,
            refresh_token=refresh_token,
            refresh_expires_in=refresh_expires_in,
        )

        token_response.additional_properties = d
        return token_response

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

setattr(TokenResponse, "__repr__", _masked_repr)
