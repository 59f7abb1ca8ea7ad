"""Typed Python client for the Pollination cloud authentication API."""

from ._retry import Retry
from .auth import (
    async_login,
    login,
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
    "login",
    "async_login",
)
