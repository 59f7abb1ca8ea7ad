from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_response import OrganizationResponse


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Example:
        {'email': 'jane.doe@example.com', 'isAdmin': False, 'organizations': [{'id':
            '5b7e9c1d-2a4f-4e6b-8c0d-9e1f2a3b4c5d', 'name': 'Example Corp'}]}

    Attributes:
        email (str):
        is_admin (bool):
        organizations (list[OrganizationResponse] | Unset):
    """

    email: str
    is_admin: bool
    organizations: list[OrganizationResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        is_admin = self.is_admin

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(email, Unset):
            field_dict["email"] = email
        if not isinstance(is_admin, Unset):
            field_dict["isAdmin"] = is_admin
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_response import OrganizationResponse  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", MISSING)

        is_admin = d.pop("isAdmin", MISSING)

        _organizations = d.pop("organizations", UNSET)
        organizations: list[OrganizationResponse] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = []
            for organizations_item_data in _organizations:
                organizations_item = OrganizationResponse.from_dict(organizations_item_data)

                organizations.append(organizations_item)

        user = cls(
            email=email,
            is_admin=is_admin,
            organizations=organizations,
        )

        user.additional_properties = d
        return user

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

setattr(User, "__repr__", _masked_repr)
