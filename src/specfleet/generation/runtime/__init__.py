"""Modules copied as they are into every generated client package (this file is not).

They are plain Python, so they are type-checked and unit-tested here, and may import only the
standard library, httpx, attrs and each other: nothing from the package they are copied into.
"""
