"""Typed Python client for the NuMind NuExtract platform authentication API."""

from ._retry import Retry
from .auth import (
    async_exchange_code,
    async_refresh,
    async_with_api_key,
    async_with_token,
    authorization_url,
    exchange_code,
    refresh,
    with_api_key,
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
    "with_api_key",
    "async_with_api_key",
    "with_token",
    "async_with_token",
    "exchange_code",
    "async_exchange_code",
    "refresh",
    "async_refresh",
    "authorization_url",
)
