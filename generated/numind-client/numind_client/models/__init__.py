"""Contains all the data models used in inputs/outputs; each is imported on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_key_response import ApiKeyResponse
    from .create_api_key import CreateApiKey
    from .error import Error
    from .organization_response import OrganizationResponse
    from .post_api_auth_logout_response_200 import PostApiAuthLogoutResponse200
    from .token_code_request import TokenCodeRequest
    from .token_refresh_request import TokenRefreshRequest
    from .token_response import TokenResponse
    from .update_api_key import UpdateApiKey
    from .user import User

    pass

#: model name -> the module that defines it
_MODULES: dict[str, str] = {
    "ApiKeyResponse": ".api_key_response",
    "CreateApiKey": ".create_api_key",
    "Error": ".error",
    "OrganizationResponse": ".organization_response",
    "PostApiAuthLogoutResponse200": ".post_api_auth_logout_response_200",
    "TokenCodeRequest": ".token_code_request",
    "TokenRefreshRequest": ".token_refresh_request",
    "TokenResponse": ".token_response",
    "UpdateApiKey": ".update_api_key",
    "User": ".user",
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
    "ApiKeyResponse",
    "CreateApiKey",
    "Error",
    "OrganizationResponse",
    "PostApiAuthLogoutResponse200",
    "TokenCodeRequest",
    "TokenRefreshRequest",
    "TokenResponse",
    "UpdateApiKey",
    "User",
)
