"""The clients of the actinia (actinia-core GRASS GIS REST API): ``Client`` for plain calls, ``AsyncClient`` for asyncio.

Operations are reached by their spec tag, ``client.<tag>.<operation>(...)``, return the success
response's model and raise this package's ``errors`` for anything else.  The functions in
``api.<tag>.<operation>`` take either client too.
"""

from attrs import define

from ._base_client import DEFAULT_TIMEOUT, BaseClient, Security
from .resources import (
    AsyncAuthenticationManagementResource,
    AuthenticationManagementResource,
)

#: The spec's first server.
DEFAULT_BASE_URL = "https://actinia.mundialis.de/api/v3"


@define(repr=False)
class Client(BaseClient):
    """A client of the actinia (actinia-core GRASS GIS REST API); see ``BaseClient`` for its keyword arguments."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def authentication_management(self) -> AuthenticationManagementResource:
        """Operations of ``api.authentication_management``."""
        return AuthenticationManagementResource(self)


@define(repr=False)
class AsyncClient(BaseClient):
    """Like ``Client``, with awaitable operations."""

    default_base_url = DEFAULT_BASE_URL

    @property
    def authentication_management(self) -> AsyncAuthenticationManagementResource:
        """Operations of ``api.authentication_management``, awaitable."""
        return AsyncAuthenticationManagementResource(self)


__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncClient", "BaseClient", "Client", "Security"]
