"""openapi-python-client (opc) as a library: its config, and a faster parse of big specs.

opc 0.29.1 deep-copies every endpoint in ``Endpoint.sort_parameters`` only to reorder
its path-parameter list and rewrite its path; on the Stripe spec that copy is nearly all
of its 25 s of parsing.  :func:`parse` swaps in a version that copies the endpoint and
that one list (nothing else is changed), which yields the same endpoints, errors and
models in about a second.  The swap is scoped to our own parse and checked against the
pinned opc version, so a new opc release fails loudly instead of running stale code.
"""

from __future__ import annotations

import contextlib
import copy
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import version
from typing import Any

from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser import openapi as opc_openapi
from openapi_python_client.parser.errors import GeneratorError, ParseError
from openapi_python_client.schema.untrusted_string import UntrustedString

#: The opc release :func:`_sort_parameters` was written against (``Endpoint.sort_parameters``).
OPC_VERSION = "0.29.1"
_PATH_PARAM = re.compile(r"{([a-zA-Z_-][a-zA-Z0-9_-]*)}")
_lock = threading.Lock()


def _sort_parameters(*, endpoint: opc_openapi.Endpoint) -> opc_openapi.Endpoint | ParseError:
    """opc's ``Endpoint.sort_parameters`` with a shallow copy instead of ``deepcopy``.

    Only ``path_parameters`` (re-sorted in place) and ``path`` (reassigned) change, so a copy
    of the endpoint and of that one list keeps the caller's endpoint untouched, as upstream does.
    """
    endpoint = copy.copy(endpoint)
    endpoint.path_parameters = list(endpoint.path_parameters)
    in_path = _PATH_PARAM.findall(endpoint.path.get_untrusted_value())
    with contextlib.suppress(ValueError):  # the comparison below reports it
        endpoint.path_parameters.sort(key=lambda param: in_path.index(param.name))
    if in_path != [param.name for param in endpoint.path_parameters]:
        return ParseError(
            detail=f"Incorrect path templating for {endpoint.path.get_untrusted_value()} "
            "(Path parameters do not match with path)",
        )
    for parameter in endpoint.path_parameters:
        endpoint.path = UntrustedString(
            endpoint.path.get_untrusted_value().replace(
                f"{{{parameter.name.get_untrusted_value()}}}", f"{{{parameter.python_name}}}"
            )
        )
    return endpoint


@contextmanager
def fast_sort_parameters() -> Iterator[None]:
    """Use :func:`_sort_parameters` for the duration of one parse."""
    installed = version("openapi-python-client")
    if installed != OPC_VERSION:  # pragma: no cover - guarded by the exact pin in pyproject.toml
        raise RuntimeError(
            f"specfleet's opc speed-up was written for openapi-python-client {OPC_VERSION}, "
            f"found {installed}; re-check Endpoint.sort_parameters before upgrading"
        )
    with _lock:
        original = opc_openapi.Endpoint.__dict__["sort_parameters"]
        opc_openapi.Endpoint.sort_parameters = staticmethod(_sort_parameters)  # type: ignore[method-assign]
        try:
            yield
        finally:
            opc_openapi.Endpoint.sort_parameters = original  # type: ignore[method-assign]


def parse(data: dict[str, Any], config: Config) -> GeneratorData | GeneratorError:
    """opc's own parse of already-loaded spec data (no second YAML read), made fast."""
    with fast_sort_parameters():
        return GeneratorData.from_dict(data, config=config)
