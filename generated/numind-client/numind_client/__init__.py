"""Typed Python client for the NuMind NuExtract platform authentication API."""

from ._retry import Retry
from .auth import (
    async_exchange_code,
    async_refresh,
    authorization_url,
    exchange_code,
    refresh,
    with_api_key,
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
    "with_api_key",
    "with_token",
    "exchange_code",
    "async_exchange_code",
    "refresh",
    "async_refresh",
    "authorization_url",
)
