"""Typed Python client for the Timeular public API v1 (authentication)."""

from ._retry import Retry
from .auth import (
    async_sign_in,
    sign_in,
    with_token,
)
from .client import DEFAULT_BASE_URL, Client
from .errors import AuthenticationFailed, MissingCredentials, UnexpectedStatus

__version__ = "0.1.0"

__all__ = (
    "DEFAULT_BASE_URL",
    "AuthenticationFailed",
    "Client",
    "MissingCredentials",
    "Retry",
    "UnexpectedStatus",
    "with_token",
    "sign_in",
    "async_sign_in",
)
