"""oasdiff's breaking-change checker, ported: rules, checks and the runner over a structured spec diff."""
