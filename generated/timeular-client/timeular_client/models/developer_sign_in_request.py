from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeveloperSignInRequest")


@_attrs_define
class DeveloperSignInRequest:
    """
    Example:
        {'apiKey': 'MTIzNDU2Nzg5MGFiY2RlZg==', 'apiSecret': 'c2VjcmV0LTAwMDAtZmFrZS1zZWNyZXQ='}

    Attributes:
        api_key (str):
        api_secret (str):
    """

    api_key: str
    api_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        api_secret = self.api_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
                "apiSecret": api_secret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        api_secret = d.pop("apiSecret")

        developer_sign_in_request = cls(
            api_key=api_key,
            api_secret=api_secret,
        )

        developer_sign_in_request.additional_properties = d
        return developer_sign_in_request

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

setattr(DeveloperSignInRequest, "__repr__", _masked_repr)
setattr(DeveloperSignInRequest, "_request_id", _REQUEST_ID)
