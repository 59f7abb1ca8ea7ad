from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset

T = TypeVar("T", bound="TokenResponseModel")


@_attrs_define
class TokenResponseModel:
    """Response schema that is used for authentication token generation.

    Example:
        {'status': 'success', 'token':
            'eyJhbGciOiJIUzUxMiIsImlhdCI6MTcwMDAwMDAwMH0.eyJ1c2VyX2lkIjoiZGVtb3VzZXIifQ.ZmFrZQ', 'message': 'Token
            successfully generated with an expiration time of 86400 seconds'}

    Attributes:
        status (str): The status of the resource, values: success, error
        token (str): The generated token for authentication
        message (str | Unset): The message of the token generation
    """

    status: str
    token: str
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        token = self.token

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(status, Unset):
            field_dict["status"] = status
        if not isinstance(token, Unset):
            field_dict["token"] = token
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", MISSING)

        token = d.pop("token", MISSING)

        message = d.pop("message", UNSET)

        token_response_model = cls(
            status=status,
            token=token,
            message=message,
        )

        token_response_model.additional_properties = d
        return token_response_model

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

setattr(TokenResponseModel, "__repr__", _masked_repr)
