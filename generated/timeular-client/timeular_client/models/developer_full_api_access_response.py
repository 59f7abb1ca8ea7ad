from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeveloperFullApiAccessResponse")


@_attrs_define
class DeveloperFullApiAccessResponse:
    """
    Example:
        {'apiKey': 'ZmVkY2JhMDk4NzY1NDMyMQ==', 'apiSecret': 'bmV3LWZha2Utc2VjcmV0LTAwMDA='}

    Attributes:
        api_key (str | Unset):
        api_secret (str | Unset):
    """

    api_key: str | Unset = UNSET
    api_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        api_secret = self.api_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if api_secret is not UNSET:
            field_dict["apiSecret"] = api_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("apiKey", UNSET)

        api_secret = d.pop("apiSecret", UNSET)

        developer_full_api_access_response = cls(
            api_key=api_key,
            api_secret=api_secret,
        )

        developer_full_api_access_response.additional_properties = d
        return developer_full_api_access_response

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

setattr(DeveloperFullApiAccessResponse, "__repr__", _masked_repr)
