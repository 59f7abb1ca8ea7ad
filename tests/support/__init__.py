"""Helpers the tests share: the fleet as the contract tests see it, the checks they run, processes, real specs."""
