from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, Unset

T = TypeVar("T", bound="ValidationError")


@_attrs_define
class ValidationError:
    """
    Example:
        {'loc': ['body', 'id'], 'msg': 'field required', 'type': 'value_error.missing'}

    Attributes:
        loc (list[str]):
        msg (str):
        type_ (str):
    """

    loc: list[str]
    msg: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not isinstance(self.loc, Unset):
            loc = self.loc

        else:
            loc = MISSING

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(loc, Unset):
            field_dict["loc"] = loc
        if not isinstance(msg, Unset):
            field_dict["msg"] = msg
        if not isinstance(type_, Unset):
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        if "loc" in d:
            loc = cast(list[str], d.pop("loc"))

        else:
            loc = MISSING

        msg = d.pop("msg", MISSING)

        type_ = d.pop("type", MISSING)

        validation_error = cls(
            loc=loc,
            msg=msg,
            type_=type_,
        )

        validation_error.additional_properties = d
        return validation_error

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

setattr(ValidationError, "__repr__", _masked_repr)
