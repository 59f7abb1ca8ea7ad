"""A change in the paths section: it belongs to one operation (method and path)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from specfleet.diff.checks.change import Source
from specfleet.diff.checks.level import Level
from specfleet.diff.checks.rules import localize, quoted_values
from specfleet.diff.checks.transition_claims import claimed_by_transition

if TYPE_CHECKING:
    from specfleet.diff.checks.config import Config
    from specfleet.diff.delta.schema_diff import SchemaDiff
    from specfleet.diff.openapi3 import Operation


@dataclass(slots=True)
class ApiChange:
    """One finding about an operation; the ``with_*`` methods return modified copies."""

    id: str
    args: list[Any] = field(default_factory=list)
    comment: str = ""
    details: str = ""
    level: Level = Level.NONE
    operation: str = ""
    operation_id: str = ""
    path: str = ""
    base_pointer: Source | None = None
    revision_pointer: Source | None = None
    attributes: dict[str, Any] | None = None
    # Set when a recognized schema transition explains this change (see transition_claims.py);
    # the runner drops claimed changes in favour of the transition's own finding.
    claimed: bool = False

    def _copy(self) -> ApiChange:
        # dataclasses.replace re-runs __init__ with validation; a big diff makes hundreds of
        # thousands of these copies, so the slots are copied directly (test_checks_infra
        # checks that every field is listed).
        new = object.__new__(ApiChange)
        new.id = self.id
        new.args = self.args
        new.comment = self.comment
        new.details = self.details
        new.level = self.level
        new.operation = self.operation
        new.operation_id = self.operation_id
        new.path = self.path
        new.base_pointer = self.base_pointer
        new.revision_pointer = self.revision_pointer
        new.attributes = self.attributes
        new.claimed = self.claimed
        return new

    def with_schema(self, schema_diff: SchemaDiff | None) -> ApiChange:
        """A copy marked claimed when a transition at ``schema_diff`` accounts for this rule."""
        new = self._copy()
        new.claimed = claimed_by_transition(schema_diff, self.id)
        return new

    def with_sources(self, base_source: Source | None, revision_source: Source | None) -> ApiChange:
        """A copy that points at the change in the base and in the revision."""
        new = self._copy()
        new.base_pointer, new.revision_pointer = base_source, revision_source
        return new

    def with_details(self, details: str) -> ApiChange:
        """A copy with extra context appended to the message (e.g. the media type)."""
        new = self._copy()
        new.details = details
        return new

    def get_section(self) -> str:
        return "paths"

    def is_breaking(self) -> bool:
        return self.level.is_breaking()

    def get_id(self) -> str:
        return self.id

    def get_text(self) -> str:
        """The message with its arguments quoted, plus any details."""
        text = localize(self.id, *quoted_values(self.args))
        return f"{text} {self.details}" if self.details else text

    def get_args(self) -> list[Any]:
        return self.args

    def get_comment(self) -> str:
        return localize(self.comment) if self.comment else ""

    def get_level(self) -> Level:
        return self.level

    def get_operation(self) -> str:
        return self.operation

    def get_operation_id(self) -> str:
        return self.operation_id

    def get_path(self) -> str:
        return self.path

    def get_attributes(self) -> dict[str, Any] | None:
        return self.attributes

    def get_base_source(self) -> Source | None:
        return self.base_pointer

    def get_revision_source(self) -> Source | None:
        return self.revision_pointer


#: how many changes were made so far: lets the property walk tell a quiet check (see media_type_walker)
CREATED = [0]


def new_api_change(
    id: str,
    config: Config,
    args: list[Any],
    comment: str,
    operation: Operation | None,
    method: str,
    path: str,
) -> ApiChange:
    """A change of ``operation`` at the level the config gives the rule."""
    CREATED[0] += 1
    return ApiChange(
        id=id,
        level=config.get_log_level(id),
        args=list(args),
        comment=comment,
        operation_id=(operation.operation_id or "") if operation is not None else "",
        operation=method,
        path=path,
        attributes=get_attributes(config, operation),
    )


def get_attributes(config: Config, operation: Operation | None) -> dict[str, Any] | None:
    """The configured operation extensions present on ``operation`` (None when there are none)."""
    if operation is None:
        return None
    extensions = operation.extensions or {}
    result = {tag: extensions[tag] for tag in config.attributes if tag in extensions}
    return result or None
