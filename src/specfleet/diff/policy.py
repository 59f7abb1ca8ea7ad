"""Old home of our stricter levels; each is a ``policy=`` column of :mod:`specfleet.diff.rules`."""

from specfleet.diff.rules import POLICY, POLICY_REASONS

__all__ = ["POLICY", "POLICY_REASONS"]
