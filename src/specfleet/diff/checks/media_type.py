"""Media-type context for messages, shown only when an operation has several media types."""

from __future__ import annotations


def format_media_type_details(media_type: str, total_media_types: int) -> str:
    """ "(media type: X)" when more than one media type is involved, else ""."""
    if total_media_types <= 1:
        return ""
    return f"(media type: {media_type})"


def combine_details(*details: str) -> str:
    """Join the non-empty detail strings with spaces."""
    return " ".join(detail for detail in details if detail)
