"""The CLI's sub-commands that are only argument parsing and printing over a stage."""
