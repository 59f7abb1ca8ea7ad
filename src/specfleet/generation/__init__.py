"""From a checked spec to a client package: the plan our templates read, rendering, stubs, stamps, the runtime."""
