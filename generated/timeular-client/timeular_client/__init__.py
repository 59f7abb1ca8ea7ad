"""Typed Python client for the Timeular public API v1 (authentication)."""

from ._retry import Retry
from .auth import (
    async_sign_in,
    async_with_token,
    sign_in,
    with_token,
)
from .client import DEFAULT_BASE_URL, AsyncClient, Client
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    AuthenticationFailed,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingCredentials,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedStatus,
    UnprocessableEntityError,
)

__version__ = "0.1.0"

__all__ = (
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "AuthenticationFailed",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "MissingCredentials",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "Retry",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "with_token",
    "async_with_token",
    "sign_in",
    "async_sign_in",
)
