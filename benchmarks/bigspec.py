"""A synthetic spec of a chosen size, for benchmarks: many paths, schemas and $refs."""

from __future__ import annotations


def big_spec_text(target_bytes: int = 4_000_000, variant: int = 0) -> str:
    """YAML text of a valid OpenAPI 3.1 spec of about ``target_bytes``; ``variant`` changes a few things."""
    head = [
        "openapi: 3.1.0",
        "info:",
        "  title: Big",
        "  version: 1.0.0",
        "servers:",
        "  - url: https://api.example.com",
        "paths:",
    ]
    paths: list[str] = []
    schemas: list[str] = []
    index = 0
    size = 0
    while size < target_bytes:
        required = "[id, name]" if not (variant and index % 97 == 0) else "[id]"
        block_path = f"""  /items{index}/{{itemId}}:
    parameters:
      - name: itemId
        in: path
        required: true
        schema:
          type: string
    get:
      operationId: getItem{index}
      tags: [items]
      summary: Get item {index}
      parameters:
        - name: limit
          in: query
          required: false
          schema:
            type: integer
            minimum: 1
            maximum: {100 if not (variant and index % 89 == 0) else 50}
      responses:
        '200':
          description: The item
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Item{index}'
        '404':
          description: Not found
"""
        block_schema = f"""    Item{index}:
      type: object
      required: {required}
      properties:
        id:
          type: string
        name:
          type: string
          maxLength: 100
        status:
          type: string
          enum: [active, archived{", deleted" if variant and index % 83 == 0 else ""}]
        tags:
          type: array
          items:
            type: string
"""
        paths.append(block_path)
        schemas.append(block_schema)
        size += len(block_path) + len(block_schema)
        index += 1
    return "\n".join(head) + "\n" + "".join(paths) + "components:\n  schemas:\n" + "".join(schemas)
