"""Security requirements: who may call an operation, with which credentials."""

from __future__ import annotations

from collections.abc import Iterator

from specfleet.diff.model import Finding
from specfleet.diff.rules.base import OperationPair, operation_rule


def _names(requirement: frozenset[str]) -> str:
    return " + ".join(f"'{name}'" for name in sorted(requirement))


@operation_rule("api-security-added", "INFO", "changed")
def api_security_added(pair: OperationPair) -> Iterator[Finding]:
    """A new security requirement: callers without those credentials are now refused (see POLICY)."""
    was_open = not any(pair.base.security)
    for requirement in sorted(pair.revision.security - pair.base.security, key=sorted):
        if requirement:  # `{}` (anonymous access allowed) only widens
            how = "now requires" if was_open else "now also accepts"
            yield Finding(
                f"{how} security scheme {_names(requirement)}", revision=pair.revision.security_pointer
            )


@operation_rule("api-security-removed", "ERR", "removed")
def api_security_removed(pair: OperationPair) -> Iterator[Finding]:
    """Callers that authenticate with a dropped scheme are refused."""
    for requirement in sorted(pair.base.security - pair.revision.security, key=sorted):
        if requirement:
            yield Finding(
                f"no longer accepts security scheme {_names(requirement)}",
                revision=pair.revision.security_pointer,
            )
