"""Errors raised by this client."""


class UnexpectedStatus(Exception):
    """The API answered with a status code its spec does not document (with ``raise_on_unexpected_status``)."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} ({len(content)} bytes of content)")


class MissingCredentials(Exception):
    """The operation needs a credential this client does not hold; nothing was sent."""

    def __init__(self, security: tuple[tuple[str, ...], ...]):
        self.security = security
        wanted = " or ".join(" + ".join(alternative) for alternative in security)
        super().__init__(
            f"this operation needs credentials for {wanted}; create the client with one of the auth helpers"
        )


class AuthenticationFailed(Exception):
    """Signing in, or refreshing a token, did not give a usable token.

    The message carries the status code only: a server may echo the credentials
    in its body, so the body is kept in ``content`` and never printed.
    """

    def __init__(self, status_code: int, reason: str, content: bytes = b""):
        self.status_code = status_code
        self.content = content
        super().__init__(f"authentication failed: {reason} (HTTP {status_code})")


__all__ = ["AuthenticationFailed", "MissingCredentials", "UnexpectedStatus"]
