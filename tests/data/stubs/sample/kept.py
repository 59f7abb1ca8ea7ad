"""A field option the stub's ``__init__`` does not model: attrs' own decorator is kept for mypy's plugin."""

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class Validated:
    size: int = _attrs_field(kw_only=True)
