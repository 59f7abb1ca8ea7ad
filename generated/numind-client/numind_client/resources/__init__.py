"""The resource tree of ``Client``: one module per top-level resource, imported on first use."""
