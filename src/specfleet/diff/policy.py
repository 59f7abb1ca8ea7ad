"""Where our policy is stricter than oasdiff's default levels, and why.

oasdiff judges the HTTP contract.  We also publish a generated Python client, and its
callers break in ways the wire never shows: a renamed function, a lost method, a lost
keyword argument.  The corpus in ``shared/api-diff-corpus`` marks exactly these cases
(05, 06, 26, 30); oasdiff users would raise them with ``--severity-levels``.
"""

from __future__ import annotations

from specfleet.diff.model import Level

#: rule id -> our level, where it differs from oasdiff's default.
POLICY: dict[str, Level] = {
    # The operationId names the generated function (getPet -> get_pet): a new id renames it,
    # and every caller of the old name fails although the wire contract did not change.
    "api-operation-id-removed": "ERR",
    # Removing a deprecated operation still deletes a method from the client.  Deprecation
    # warned its callers; it did not keep their code running.  (oasdiff: INFO, or nothing at
    # all once x-sunset has passed.)
    "api-removed-with-deprecation": "ERR",
    "api-path-removed-with-deprecation": "ERR",
    # Same for a deprecated parameter: its keyword argument leaves the generated signature,
    # and callers still passing it get a TypeError.
    "request-parameter-removed-with-deprecation": "ERR",
    # A new security requirement: callers without those credentials now get 401/403, and the
    # generated function may start to demand an AuthenticatedClient.
    "api-security-added": "ERR",
    # A parameter whose type widens (integer -> string) still accepts every old value on the
    # wire, but the generated keyword argument changes type: ``limit: int`` becomes
    # ``limit: str``, and typed callers stop type-checking.
    "request-parameter-type-generalized": "ERR",
}
