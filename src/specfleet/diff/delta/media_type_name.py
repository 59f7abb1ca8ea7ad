"""Media type names split into type/subtype/suffix/parameters, so renamed media types can be paired.

The parser follows the rules of Go's ``mime.ParseMediaType`` (which oasdiff relies on): the
type is lower-cased, both halves must be RFC 2045 tokens, parameters are ``;key=value`` with a
token or quoted-string value, keys are lower-cased, and RFC 2231 continuations are stitched.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field

from specfleet.errors import SpecfleetError

_TSPECIALS = frozenset('()<>@,;:\\"/[]?=')


class MediaTypeNameError(SpecfleetError):
    """A media type name that cannot be parsed (oasdiff fails the diff on these when pairing)."""


@dataclass(slots=True)
class MediaTypeName:
    """The parts of a media type name such as ``application/problem+json;charset=utf-8``."""

    name: str = ""
    type: str = ""
    subtype: str = ""
    suffix: str = ""
    parameters: dict[str, str] = field(default_factory=dict)


def _is_token_char(char: str) -> bool:
    return " " < char < "\x7f" and char not in _TSPECIALS


def _consume_token(value: str) -> tuple[str, str]:
    for index, char in enumerate(value):
        if not _is_token_char(char):
            return value[:index], value[index:]
    return value, ""


def _consume_value(value: str) -> tuple[str, str]:
    if not value:
        return "", ""
    if value[0] != '"':
        return _consume_token(value)
    buffer: list[str] = []
    index = 1
    while index < len(value):
        char = value[index]
        if char == '"':
            return "".join(buffer), value[index + 1 :]
        if char == "\\" and index + 1 < len(value) and value[index + 1] in _TSPECIALS:
            buffer.append(value[index + 1])
            index += 2
            continue
        if char in "\r\n":
            return "", value
        buffer.append(char)
        index += 1
    return "", value


def _consume_media_param(value: str) -> tuple[str, str, str]:
    rest = value.lstrip()
    if not rest.startswith(";"):
        return "", "", value
    rest = rest[1:].lstrip()
    param, rest = _consume_token(rest)
    param = param.lower()
    if not param:
        return "", "", value
    rest = rest.lstrip()
    if not rest.startswith("="):
        return "", "", value
    rest = rest[1:].lstrip()
    param_value, rest2 = _consume_value(rest)
    if not param_value and rest2 == rest:
        return "", "", value
    return param, param_value, rest2


def _check_media_type_disposition(media_type: str) -> None:
    main, rest = _consume_token(media_type)
    if not main:
        raise MediaTypeNameError("mime: no media type")
    if not rest:
        return
    if not rest.startswith("/"):
        raise MediaTypeNameError("mime: expected slash after first token")
    subtype, rest = _consume_token(rest[1:])
    if not subtype:
        raise MediaTypeNameError("mime: expected token after slash")
    if rest:
        raise MediaTypeNameError("mime: unexpected content after media subtype")


def _decode_2231(value: str) -> str | None:
    parts = value.split("'", 2)
    if len(parts) != 3:
        return None
    charset = parts[0].lower()
    if not charset or charset not in ("us-ascii", "utf-8"):
        return None
    return urllib.parse.unquote(parts[2]) if parts[2] else None


def _stitch_continuations(params: dict[str, str], continuation: dict[str, dict[str, str]]) -> None:
    for key, pieces in continuation.items():
        single = pieces.get(key + "*")
        if single is not None:
            decoded = _decode_2231(single)
            if decoded is not None:
                params[key] = decoded
            continue
        buffer: list[str] = []
        valid = False
        number = 0
        while True:
            simple = f"{key}*{number}"
            if simple in pieces:
                valid = True
                buffer.append(pieces[simple])
                number += 1
                continue
            encoded = pieces.get(simple + "*")
            if encoded is None:
                break
            valid = True
            if number == 0:
                decoded = _decode_2231(encoded)
                if decoded is not None:
                    buffer.append(decoded)
            else:
                buffer.append(urllib.parse.unquote(encoded))
            number += 1
        if valid:
            params[key] = "".join(buffer)


def parse_media_type(value: str) -> tuple[str, dict[str, str]]:
    """The lower-cased ``type/subtype`` and the parameters of a media type string."""
    base = value.split(";", 1)[0]
    media_type = base.lower().strip()
    _check_media_type_disposition(media_type)
    params: dict[str, str] = {}
    continuation: dict[str, dict[str, str]] = {}
    rest = value[len(base) :]
    while rest:
        rest = rest.lstrip()
        if not rest:
            break
        key, param_value, remainder = _consume_media_param(rest)
        if not key:
            if remainder.strip() == ";":
                break
            raise MediaTypeNameError("mime: invalid media parameter")
        target = params
        if "*" in key:
            target = continuation.setdefault(key.split("*", 1)[0], {})
        if key in target and target[key] != param_value:
            raise MediaTypeNameError("mime: duplicate parameter name")
        target[key] = param_value
        rest = remainder
    _stitch_continuations(params, continuation)
    return media_type, params


def parse_media_type_name(media_type: str) -> MediaTypeName:
    """Split a media type name into its parts; raises ``MediaTypeNameError`` when it is malformed."""
    try:
        media_type_no_params, params = parse_media_type(media_type)
    except MediaTypeNameError as error:
        raise MediaTypeNameError(f"failed to parse media type '{media_type}': {error}") from error

    parts = media_type_no_params.split("/")
    if len(parts) != 2:
        raise MediaTypeNameError(f"invalid media type format (missing '/'): {media_type_no_params}")

    result = MediaTypeName(name=media_type, type=parts[0].strip(), parameters=params)
    subtype_parts = parts[1].strip().split("+")
    result.subtype = subtype_parts[0].strip()
    if len(subtype_parts) == 2:
        result.suffix = subtype_parts[1].strip()
        if not result.suffix:
            raise MediaTypeNameError(f"invalid media type: empty suffix in '{media_type_no_params}'")
    elif len(subtype_parts) > 2:
        raise MediaTypeNameError(f"multiple suffixes not supported in '{media_type_no_params}'")
    return result


def is_media_type_name_contained(media_type1: str, media_type2: str) -> bool:
    """Whether ``media_type2`` is ``media_type1`` or a refinement of it (``json`` -> ``problem+json``).

    Parameters are ignored; unparsable names contain nothing.
    """
    try:
        parts1 = parse_media_type_name(media_type1)
        parts2 = parse_media_type_name(media_type2)
    except MediaTypeNameError:
        return False

    if parts1.type != parts2.type:
        return False
    if parts1.suffix == "" and parts2.suffix != "" and parts2.suffix == parts1.subtype:
        return True
    if parts1.subtype != parts2.subtype:
        return False
    return parts1.suffix == parts2.suffix
