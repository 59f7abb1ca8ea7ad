"""A client generated from a small spec once per test module, importable while its tests run."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from specfleet.generation.render import generate_from


def generated_client(spec: Path, name: str, *, lenient: bool) -> Callable[..., Iterator[Path]]:
    """A module-scoped ``client_dir`` fixture: ``spec``'s client, named ``name``, generated into a
    temporary folder and on ``sys.path`` (as ``<name>_client``) until the module's tests are done.

    Use it as ``client_dir = generated_client(SPEC, "paging", lenient=True)`` in the test module.
    """
    package = f"{name.replace('-', '_')}_client"

    @pytest.fixture(scope="module", name="client_dir")
    def client_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
        target, _ = generate_from(spec, tmp_path_factory.mktemp(name), name, lenient=lenient)
        sys.path.insert(0, str(target))
        try:
            yield target
        finally:
            sys.path.remove(str(target))
            for module in [module for module in sys.modules if module.split(".")[0] == package]:
                del sys.modules[module]

    return client_dir
