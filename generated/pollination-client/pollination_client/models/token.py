from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """
    Example:
        {'id': '3f2c9a1e-7b4d-4c8e-9f6a-2d1b0e5c8a47', 'secret': 'pk_fake_8Jd2kQm4Xz7Lw1Vn5Rt9Hs3Cb6Ya0Pe'}

    Attributes:
        id (str):
        secret (str | Unset):
    """

    id: str
    secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", MISSING)

        secret = d.pop("secret", UNSET)

        token = cls(
            id=id,
            secret=secret,
        )

        token.additional_properties = d
        return token

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

setattr(Token, "__repr__", _masked_repr)
