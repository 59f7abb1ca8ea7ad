"""A port of oasdiff's ``diff`` package: the structured difference between two specs."""
