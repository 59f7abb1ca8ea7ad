"""``specfleet new NAME``: a new provider folder that validates and generates from the start.

A provider starts as ``specs/<name>/openapi.yaml`` and ``client.toml``.  Writing both by hand
from nothing means meeting every lint rule before the first client exists; this writes a
small real spec instead (one tagged operation with a parameter, examples, a bearer
security scheme, a server) and the client settings with a ``with_token`` helper, so the
user edits a working provider rather than an empty file.  The two files appear together or
not at all.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from string import Template

from specfleet.errors import SpecfleetError
from specfleet.layout import SETTINGS_FILE, SPEC_FILE, SPEC_FILES, Project

#: The names ``generate --from --name`` accepts: the distribution is ``<name>-client``.
NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*\Z")
MAX_NAME = 40

SPEC = Template("""\
# OpenAPI 3.1 spec of the $name API, written by `specfleet new $name`.
#
# Replace the example operation with the provider's real ones (every operation needs an
# operationId, a tag, a summary and a 2xx response), keep the examples true to their schemas,
# and mark every fact you inferred rather than read in the provider's docs with
# `# inferred: <why>`.
openapi: 3.1.0
info:
  title: $name API
  version: 1.0.0
  description: The $name API.
servers:
  - url: https://api.example.com/$name
    description: Production
security:
  - bearerAuth: []
tags:
  - name: items
    description: The items of the $name API.
paths:
  /items:
    get:
      operationId: listItems
      tags:
        - items
      summary: List the items
      description: The items, first ones first, at most `limit` of them.
      parameters:
        - name: limit
          in: query
          required: false
          description: How many items to return at most.
          schema:
            type: integer
            minimum: 1
            maximum: 100
            default: 20
          example: 2
      responses:
        '200':
          description: The items
          content:
            application/json:
              schema:
                type: array
                items:
                  $$ref: '#/components/schemas/Item'
              example:
                - id: item-1
                  name: First item
                - id: item-2
                  name: Second item
        '401':
          description: The access token is missing or invalid
          content:
            application/json:
              schema:
                $$ref: '#/components/schemas/Error'
              example:
                message: Missing or invalid access token
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: 'An access token, sent as `Authorization: Bearer <token>`.'
  schemas:
    Item:
      type: object
      required:
        - id
        - name
      properties:
        id:
          type: string
          description: The item's identifier.
        name:
          type: string
          description: What the item is called.
      example:
        id: item-1
        name: First item
    Error:
      type: object
      required:
        - message
      properties:
        message:
          type: string
          description: What went wrong.
      example:
        message: Missing or invalid access token
""")

SETTINGS = Template("""\
# Settings of the client generated from openapi.yaml.
distribution = "$name-client"
package = "$package"
version = "0.1.0"
description = "Typed Python client for the $name API."
homepage = "https://api.example.com/$name"

[auth]
# $package.with_token(token): a client sending a token you already have.
static = { with_token = "bearerAuth" }
""")


def check_name(name: str) -> None:
    """Refuse a name that cannot be a provider folder, a distribution and a Python package."""
    if not NAME.match(name) or len(name) > MAX_NAME:
        raise SpecfleetError(
            f"{name!r} is not a provider name: use up to {MAX_NAME} lower-case letters, digits and "
            "single hyphens, starting with a letter (e.g. acme or acme-billing)"
        )


def package_name(name: str) -> str:
    return f"{name.replace('-', '_')}_client"


def scaffold(project: Project, name: str) -> list[Path]:
    """Write ``specs/<name>/`` with its spec and client settings; the paths written."""
    check_name(name)
    target = project.specs_dir / name
    if target.exists() or target.is_symlink():
        existing = next((target / spec for spec in SPEC_FILES if (target / spec).is_file()), target)
        raise SpecfleetError(f"provider {name!r} already exists ({existing}); pick another name")
    project.specs_dir.mkdir(parents=True, exist_ok=True)
    values = {"name": name, "package": package_name(name)}
    staging = Path(tempfile.mkdtemp(prefix=f".new-{name}-", dir=project.specs_dir))
    try:
        (staging / SPEC_FILE).write_text(SPEC.substitute(values), encoding="utf-8")
        (staging / SETTINGS_FILE).write_text(SETTINGS.substitute(values), encoding="utf-8")
        staging.chmod(0o755)
        try:
            os.rename(staging, target)  # both files or neither; fails if the name was taken meanwhile
        except OSError as exc:
            raise SpecfleetError(f"cannot create {target}: {exc.strerror}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return [target / SPEC_FILE, target / SETTINGS_FILE]
