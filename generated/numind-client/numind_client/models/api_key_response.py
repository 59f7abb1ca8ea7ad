from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset

T = TypeVar("T", bound="ApiKeyResponse")


@_attrs_define
class ApiKeyResponse:
    """
    Example:
        {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47', 'name': 'ci-pipeline', 'token':
            'nx_fake_4f8b2c6d9e1a3b5c7d9e0f1a2b3c4d5e', 'userId': '8a1d5e2f-6c3b-4a9e-b7d0-1f2e3c4d5a6b', 'createdAt':
            '2024-05-02T09:15:00Z', 'expiresAt': '2025-05-02T09:15:00Z', 'organization':
            '5b7e9c1d-2a4f-4e6b-8c0d-9e1f2a3b4c5d'}

    Attributes:
        id (str):
        name (str):
        token (str):
        user_id (str):
        created_at (str):
        expires_at (str):
        organization (str | Unset):
    """

    id: str
    name: str
    token: str
    user_id: str
    created_at: str
    expires_at: str
    organization: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        token = self.token

        user_id = self.user_id

        created_at = self.created_at

        expires_at = self.expires_at

        organization = self.organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if not isinstance(name, Unset):
            field_dict["name"] = name
        if not isinstance(token, Unset):
            field_dict["token"] = token
        if not isinstance(user_id, Unset):
            field_dict["userId"] = user_id
        if not isinstance(created_at, Unset):
            field_dict["createdAt"] = created_at
        if not isinstance(expires_at, Unset):
            field_dict["expiresAt"] = expires_at
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", MISSING)

        name = d.pop("name", MISSING)

        token = d.pop("token", MISSING)

        user_id = d.pop("userId", MISSING)

        created_at = d.pop("createdAt", MISSING)

        expires_at = d.pop("expiresAt", MISSING)

        organization = d.pop("organization", UNSET)

        api_key_response = cls(
            id=id,
            name=name,
            token=token,
            user_id=user_id,
            created_at=created_at,
            expires_at=expires_at,
            organization=organization,
        )

        api_key_response.additional_properties = d
        return api_key_response

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

setattr(ApiKeyResponse, "__repr__", _masked_repr)
