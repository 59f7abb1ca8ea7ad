"""Contains all the data models used in inputs/outputs; each is imported on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .token_response_model import TokenResponseModel

    pass

#: model name -> the module that defines it
_MODULES: dict[str, str] = {
    "TokenResponseModel": ".token_response_model",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = ("TokenResponseModel",)
