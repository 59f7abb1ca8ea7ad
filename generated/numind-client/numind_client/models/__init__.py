"""Contains all the data models used in inputs/outputs"""

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
