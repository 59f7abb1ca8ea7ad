"""Models written the way the generated ones are, plus attrs options they may one day use."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Pet")
LIMIT: int = 3


@_attrs_define
class Pet:
    """A pet.

    Attributes:
        name (str): What it answers to.
    """

    kind: ClassVar[str] = "pet"
    name: str
    _secret: str
    tag: str | None = None
    mood: Literal["café", "thé"] | None = None  # columns count bytes: the text after é still lines up
    colour: (
        str
        | None
    ) = None
    owner: str = _attrs_field(default="nobody", alias="owned_by")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The pet as JSON."""
        return {"name": self.name, **self.additional_properties}

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls(src_dict["name"], src_dict["secret"])


@_attrs_define(kw_only=True)
class Owner:
    name: str
    pets: list[Pet] = _attrs_field(factory=list)


@overload
def describe(pet: Pet) -> str: ...
@overload
def describe(pet: None) -> None: ...
def describe(pet: Pet | None) -> str | None:
    """A pet's name, if there is a pet."""
    return None if pet is None else pet.name


setattr(Pet, "__str__", describe)
