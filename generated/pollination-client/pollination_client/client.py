"""The clients of the Pollination cloud API: ``Client`` for plain calls, ``AsyncClient`` for asyncio.

Operations are reached by their spec tag, ``client.<tag>.<operation>(...)``, return the success
response's model and raise this package's ``errors`` for anything else.  The functions in
``api.<tag>.<operation>`` take either client too.
"""

from attrs import define

from ._base_client import DEFAULT_TIMEOUT, BaseClient, Security
from .resources import (
    AsyncAuthenticationResource,
    AuthenticationResource,
)

#: The spec's first server.
DEFAULT_BASE_URL = "https://api.pollination.cloud"


@define(repr=False)
class Client(BaseClient):
    """A client of the Pollination cloud API; see ``BaseClient`` for its keyword arguments."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def authentication(self) -> AuthenticationResource:
        """Operations of ``api.authentication``."""
        return AuthenticationResource(self)


@define(repr=False)
class AsyncClient(BaseClient):
    """Like ``Client``, with awaitable operations."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def authentication(self) -> AsyncAuthenticationResource:
        """Operations of ``api.authentication``, awaitable."""
        return AsyncAuthenticationResource(self)


__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncClient", "BaseClient", "Client", "Security"]
