"""Contains all the data models used in inputs/outputs"""

from .auth_0_token_response import Auth0TokenResponse
from .http_validation_error import HTTPValidationError
from .new_token import NewToken
from .token import Token
from .validation_error import ValidationError

__all__ = (
    "Auth0TokenResponse",
    "HTTPValidationError",
    "NewToken",
    "Token",
    "ValidationError",
)
