"""A toy API client: enough to prove a published package installs, imports and builds a request."""

from __future__ import annotations

import attrs
import httpx

__version__ = "0.1.0"


@attrs.frozen
class Client:
    """Holds the base URL the way the generated clients do."""

    base_url: str

    def build_request(self, path: str) -> httpx.Request:
        return httpx.Request("GET", self.base_url.rstrip("/") + path, headers={"Accept": "application/json"})


__all__ = ("Client",)
