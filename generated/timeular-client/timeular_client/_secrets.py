"""Keep secrets out of reprs: fields named like credentials show as '***'."""

import re
from typing import Any

import attrs

#: Attribute (and additional property) names whose values are credentials.
SECRET_NAME = re.compile(r"secret|password|passwd|token|api_?key|authorization|credential", re.IGNORECASE)
MASK = "'***'"


def _shown(name: str, value: Any) -> str:
    if SECRET_NAME.search(name) and isinstance(value, str):
        return MASK
    return repr(value)


def masked_repr(obj: Any) -> str:
    """``ClassName(field=value, ...)`` with secret-named string fields masked and unset fields left out."""
    parts = []
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        if type(value).__name__ == "Unset":  # the package's UNSET: not sent, not shown
            continue
        if field.name == "additional_properties" and isinstance(value, dict):
            shown = "{" + ", ".join(f"{key!r}: {_shown(key, item)}" for key, item in value.items()) + "}"
            parts.append(f"{field.name}={shown}")
        else:
            parts.append(f"{field.name}={_shown(field.name, value)}")
    return f"{type(obj).__name__}({', '.join(parts)})"
