"""The spec as data: files read with a position for every node, references checked and bundled, one walk of its operations."""
