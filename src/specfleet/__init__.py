"""specfleet: keep a fleet of Python API clients true to their hand-written OpenAPI specs."""

__version__ = "0.2.0"
