"""Contains all the data models used in inputs/outputs"""

from .developer_api_access_response import DeveloperApiAccessResponse
from .developer_full_api_access_response import DeveloperFullApiAccessResponse
from .developer_sign_in_request import DeveloperSignInRequest
from .developer_sign_in_response import DeveloperSignInResponse
from .error_response import ErrorResponse

__all__ = (
    "DeveloperApiAccessResponse",
    "DeveloperFullApiAccessResponse",
    "DeveloperSignInRequest",
    "DeveloperSignInResponse",
    "ErrorResponse",
)
