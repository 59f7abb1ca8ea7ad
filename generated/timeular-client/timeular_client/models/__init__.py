"""Contains all the data models used in inputs/outputs; each is imported on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .developer_api_access_response import DeveloperApiAccessResponse
    from .developer_full_api_access_response import DeveloperFullApiAccessResponse
    from .developer_sign_in_request import DeveloperSignInRequest
    from .developer_sign_in_response import DeveloperSignInResponse
    from .error_response import ErrorResponse

    pass

#: model name -> the module that defines it
_MODULES: dict[str, str] = {
    "DeveloperApiAccessResponse": ".developer_api_access_response",
    "DeveloperFullApiAccessResponse": ".developer_full_api_access_response",
    "DeveloperSignInRequest": ".developer_sign_in_request",
    "DeveloperSignInResponse": ".developer_sign_in_response",
    "ErrorResponse": ".error_response",
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


__all__ = (
    "DeveloperApiAccessResponse",
    "DeveloperFullApiAccessResponse",
    "DeveloperSignInRequest",
    "DeveloperSignInResponse",
    "ErrorResponse",
)
