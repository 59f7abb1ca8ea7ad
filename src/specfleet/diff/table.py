"""Old home of the rule table; the registry is :mod:`specfleet.diff.rules`."""

from specfleet.diff.rules import DOCUMENTATION_RULES, RULES, VERSIONING_RULES

__all__ = ["DOCUMENTATION_RULES", "RULES", "VERSIONING_RULES"]
