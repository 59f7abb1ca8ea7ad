"""Typed Python client for the actinia (GRASS GIS REST) authentication API."""

from ._retry import Retry
from .auth import (
    basic,
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
    "basic",
)
