"""What a user's mypy reads for a generated package (specfleet.generation.reach).

``models/__init__.py`` names for type checkers only the models the client's modules reach, so
importing one model does not make mypy read every model of the spec: checked on a package tree
written here (stubs, ``TYPE_CHECKING`` imports, names imported from a package), and on a client
generated from a small spec with a schema no operation uses, through mypy's own log.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

from specfleet.generation.reach import reached_models
from specfleet.generation.render import generate_from

FILES = {
    "__init__.py": "from .client import Client\n",
    "client.py": (
        "from typing import TYPE_CHECKING\n"
        "from .models import Listed\n"
        "if TYPE_CHECKING:\n"
        "    from .api.files import (\n        listing,\n    )\n"
    ),
    "api/__init__.py": "",
    "api/files/__init__.py": "",
    "api/files/listing.py": "from ...models.body import Body  # the stub below is read instead\n",
    "api/files/listing.pyi": "from ...models.file import File as _File\n",
    "models/__init__.py": "from .event import Event\nfrom .file import File\n",
    "models/file.pyi": "from ..models.purpose import Purpose\n",
    "models/file.py": "",
    "models/purpose.py": "",
    "models/listed.py": "",
    "models/body.py": "",
    "models/event.py": "from .file import File\n",
}
CLASSES = {name: f"models.{module}" for name, module in [("Listed", "listed"), ("Event", "event")]}


def test_the_models_reached_are_those_the_other_modules_import(tmp_path: Path) -> None:
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    # body: only the .py a stub replaces imports it; event: only models/__init__.py does
    assert reached_models(tmp_path, CLASSES) == {"file", "purpose", "listed"}


SPEC = """\
openapi: 3.1.0
info: {title: Reach, version: "1.0"}
paths:
  /files:
    get:
      operationId: listFiles
      tags: [files]
      responses:
        "200":
          description: The files.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Document"}
components:
  schemas:
    Document:
      type: object
      required: [id]
      properties:
        id: {type: string}
    DocumentEvent:
      description: What a webhook sends; no operation takes or answers it.
      type: object
      required: [document]
      properties:
        document: {$ref: "#/components/schemas/Document"}
"""

USER = """\
from typing import reveal_type

from reach_client.models import Document
from reach_client.models.document_event import DocumentEvent

reveal_type(Document.from_dict({"id": "f"}).id)
reveal_type(DocumentEvent.from_dict({"document": {"id": "f"}}).document)
"""


def test_a_users_mypy_reads_a_model_no_operation_reaches_only_when_imported(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    client, _ = generate_from(tmp_path / "spec.yaml", tmp_path / "out", "reach", lenient=True)
    init = (client / "reach_client" / "models" / "__init__.py").read_text(encoding="utf-8")
    checked = init.split("if TYPE_CHECKING:")[1].split("\n\n")[0]
    assert "from .document import Document" in checked
    assert "document_event" not in checked
    assert '"DocumentEvent": ".document_event"' in init  # still importable from the package at run time
    sys.path.insert(0, str(client))
    try:
        assert importlib.import_module("reach_client.models").DocumentEvent.__name__ == "DocumentEvent"
    finally:
        sys.path.remove(str(client))
        for name in [name for name in sys.modules if name.split(".")[0] == "reach_client"]:
            del sys.modules[name]

    def mypy(script: str) -> subprocess.CompletedProcess[str]:
        """mypy --strict on ``script`` with a cache of its own, so its log names each module it parses."""
        (tmp_path / "user.py").write_text(script, encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "-v",
            "--no-incremental",
            "--cache-dir",
            os.devnull,
            "user.py",
        ]
        env = {"MYPYPATH": str(client), "PATH": ""}
        return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)

    typed = mypy(USER)
    assert 'Revealed type is "str"' in typed.stdout
    assert 'Revealed type is "reach_client.models.document.Document"' in typed.stdout
    assert "error:" not in typed.stdout, typed.stdout
    plain = mypy("import reach_client\nfrom reach_client.models import Document\n")
    assert plain.returncode == 0, plain.stdout + plain.stderr
    assert "(reach_client.models.document)" in plain.stderr  # -v logs each module mypy parses
    assert "(reach_client.models.document_event)" not in plain.stderr
