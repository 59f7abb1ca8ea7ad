"""Repairs between a loaded spec and the tools that read it, one registered transform each.

Plain data in, plain data out: every repair gets a deep copy of the spec's data, changes
it in place and reports each change with the pointer it made it at, so the user sees a
warning at the line of the spec it is about.  Repairs come in two phases:

- ``schema``: schema violations that published specs commonly carry and that have one
  unambiguous repair (duplicate ``required`` entries, ...).  They run before the OpenAPI
  schema check, only when the run is lenient or the provider allows it.
- ``generate``: what openapi-python-client would drop or crash on (names that collide
  once they are Python names, non-finite defaults, content types it cannot read, ...).
  They always run between validation and opc, and may leave *fix-ups* that put back,
  on opc's parsed model, what the spec really says (a parameter's name on the wire).

Each module of this package registers the repairs of one concern; modules are imported in
name order and repairs run in registration order, so those that move or rename schemas
(``composition``, ``identifiers``, ``parameters``, ``properties``) come before
``schema_names``, which predicts opc's class names from the result.  No repair needs a
change to opc's configuration: what opc cannot read is rewritten in the data, and what the
client must still send differently (a wire name, a Content-Type) is restored by a fix-up.

Callers: ``normalised = normalise_for_opc(document)``, parse ``normalised.document.data``
with opc, then ``normalised.apply(openapi)`` before rendering; report
``normalised.problems`` (warnings at the spec's lines).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from specfleet._process.gc_pause import collector_paused
from specfleet.errors import Problem
from specfleet.spec.document import Document, Pointer

Phase = Literal["schema", "generate"]


@dataclass(frozen=True)
class Change:
    """One change a repair made: where in the spec, and what, in words for the user."""

    pointer: Pointer
    message: str


@dataclass
class RepairContext:
    """What a repair gets: the data to change (a copy) and the original document for positions."""

    document: Document
    data: dict[str, Any]
    #: callables run on opc's parsed ``GeneratorData`` after parsing (see :class:`Normalised`)
    fixups: list[Callable[[Any], None]] = field(default_factory=list)


RepairFunction = Callable[[RepairContext], Iterator[Change]]


@dataclass(frozen=True)
class Repair:
    id: str
    phase: Phase
    why: str
    run: RepairFunction


REPAIRS: dict[str, Repair] = {}


def repair(repair_id: str, phase: Phase, why: str) -> Callable[[RepairFunction], RepairFunction]:
    """Register ``run`` under ``repair_id``; its warnings carry that id as their rule."""

    def register(run: RepairFunction) -> RepairFunction:
        assert repair_id not in REPAIRS, repair_id
        REPAIRS[repair_id] = Repair(repair_id, phase, why, run)
        return run

    return register


@dataclass
class Normalised:
    """A repaired document, the warnings that say what changed, and fix-ups for opc's model."""

    document: Document
    problems: list[Problem]
    fixups: list[Callable[[Any], None]] = field(default_factory=list)

    def apply(self, openapi: Any) -> None:
        """Run the fix-ups on opc's ``GeneratorData`` (e.g. restore wire names)."""
        for fixup in self.fixups:
            fixup(openapi)


def run_phase(
    document: Document, phase: Phase, only: frozenset[str] | None = None, *, in_place: bool = False
) -> Normalised:
    """Apply every registered repair of ``phase`` (or those in ``only``) to a copy of the document.

    ``in_place``: repair the document's own data instead (for a forked process, whose data is
    its own copy).  The copy and the repairs only add objects that live on, so the cyclic
    collector is paused.
    """
    with collector_paused():
        return _run_phase(document, phase, only, in_place)


def _run_phase(document: Document, phase: Phase, only: frozenset[str] | None, in_place: bool) -> Normalised:
    load_repairs()
    ctx = RepairContext(document, document.data if in_place else _copy(document.data))
    problems: list[Problem] = []
    for repair_id, registered in REPAIRS.items():
        if registered.phase != phase or (only is not None and repair_id not in only):
            continue
        for change in registered.run(ctx):
            problems.append(document.problem(change.pointer, repair_id, change.message, "warning"))
    if not problems and not ctx.fixups:
        return Normalised(document, [])
    repaired = replace(document, data=ctx.data)
    return Normalised(repaired, sorted(problems), ctx.fixups)


def _copy(data: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of plain spec data; pickle's C round trip is about three times copy.deepcopy's speed."""
    copied: dict[str, Any] = pickle.loads(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    return copied


def repair_schema(document: Document) -> Normalised:
    """The unambiguous schema repairs, run before the OpenAPI schema check (lenient runs only)."""
    return run_phase(document, "schema")


def normalise_for_opc(document: Document, *, in_place: bool = False) -> Normalised:
    """What openapi-python-client needs to generate the whole spec; always run before it."""
    return run_phase(document, "generate", in_place=in_place)


def load_repairs() -> None:
    """Import the modules that register repairs (kept apart so each stays small)."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")
