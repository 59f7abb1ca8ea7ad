from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeveloperSignInResponse")


@_attrs_define
class DeveloperSignInResponse:
    """
    Example:
        {'token': 'eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiIxMjM0NSJ9.ZmFrZS1zaWduYXR1cmU'}

    Attributes:
        token (str | Unset):
    """

    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        developer_sign_in_response = cls(
            token=token,
        )

        developer_sign_in_response.additional_properties = d
        return developer_sign_in_response

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

setattr(DeveloperSignInResponse, "__repr__", _masked_repr)
