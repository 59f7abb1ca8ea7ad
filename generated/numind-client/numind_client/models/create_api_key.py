from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKey")


@_attrs_define
class CreateApiKey:
    """
    Example:
        {'name': 'ci-pipeline', 'maybeOrga': '5b7e9c1d-2a4f-4e6b-8c0d-9e1f2a3b4c5d'}

    Attributes:
        name (str):
        maybe_orga (str | Unset):
    """

    name: str
    maybe_orga: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        maybe_orga = self.maybe_orga

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if maybe_orga is not UNSET:
            field_dict["maybeOrga"] = maybe_orga

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        maybe_orga = d.pop("maybeOrga", UNSET)

        create_api_key = cls(
            name=name,
            maybe_orga=maybe_orga,
        )

        create_api_key.additional_properties = d
        return create_api_key

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

setattr(CreateApiKey, "__repr__", _masked_repr)
setattr(CreateApiKey, "_request_id", _REQUEST_ID)
