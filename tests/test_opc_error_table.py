"""The table of every place openapi-python-client (opc) refuses a spec: read from opc's own
source and models, each row handled by something that exists, each fixture refused by opc
where its rows say and read whole by a lenient run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError

from specfleet.checks.validate import load_checked
from specfleet.errors import SpecError
from specfleet.normalise import REPAIRS, load_repairs, normalise_for_opc
from specfleet.normalise import loosening as loosely
from specfleet.opc import parse as opc
from specfleet.opc.parse import FIELD_PREFIX
from specfleet.opc.refusals import TABLE, places
from specfleet.spec.load import load_document

from .conftest import DATA

load_repairs()
#: What a row may be handled by besides the normaliser's repairs and the widenings.
OTHER_HANDLERS = {"opc-sort-parameters", "ref-unresolved", "ref-safe"}
FIXTURES = sorted({row.fixture for row in TABLE if row.fixture is not None})
#: Places handled in the table whose fixture does not reach them yet (opc takes another path first).
UNSHOWN = {
    "parser/properties/merge_properties.py _merge_with_enum: can't redefine an enum property with incompatible lists of v",
    "parser/properties/schemas.py update_schemas_with_data: header Unable to parse schema",
    "parser/properties/none.py NoneProperty.convert_value: Value…is not valid, only None is allowed",
}


def _config(path: Path, output: Path) -> Config:
    file = ConfigFile(field_prefix=FIELD_PREFIX, post_hooks=[], package_name_override="table_client")
    return Config.from_sources(file, MetaType.NONE, path, "utf-8", overwrite=True, output_path=output)


def test_every_place_opc_can_refuse_a_spec_has_exactly_one_row() -> None:
    found = places()
    rows = [row.place for row in TABLE]
    assert len(rows) == len(set(rows)), "a place has two rows"
    assert sorted(set(found) - set(rows)) == [], (
        "places in opc without a row: add one to specfleet.opc.refusals"
    )
    assert sorted(set(rows) - set(found)) == [], "rows for places opc no longer has"


def test_every_row_names_what_handles_it_and_a_fixture() -> None:
    known = set(REPAIRS) | set(loosely.WIDENINGS) | OTHER_HANDLERS
    for row in TABLE:
        assert row.part and row.by, row.place
        if row.handling == "unreachable":
            continue
        assert set(row.by) <= known, f"{row.place}: unknown {set(row.by) - known}"
        assert row.fixture is not None and (DATA / row.fixture / "input.yaml").is_file(), row.place


def _opc_says(path: Path, tmp_path: Path) -> str:
    """Every error opc gives on the spec as written (no repair), as one text."""
    try:
        parsed = opc.parse(load_document(path).data, _config(path, tmp_path / "out"))
    except Exception as exc:  # opc 0.29.1 crashes on some component $ref chains
        return f"opc crashed: {exc!r}"
    errors = [parsed] if isinstance(parsed, GeneratorError) else opc.parse_errors(parsed)
    return "\n".join(f"{error.header or ''} {error.detail or ''}" for error in errors)


def _says_place(said: str, place: str, shows: str | None = None) -> bool:
    """Whether opc's errors carry the words of ``place`` (a model field: pydantic's location)."""
    if shows is not None:
        return shows in said
    if place.startswith("model "):
        field = place.rsplit(".", 1)[1]
        return re.search(rf"(^|\.){re.escape(field)}\n\s+Field required", said, re.MULTILINE) is not None
    words = place.split(": ", 1)[1].removeprefix("header ")
    words = re.sub(r" \(\d\)$", "", words)
    pattern = ".*?".join(re.escape(part) for part in words.split("…") if part)
    return re.search(pattern, said, re.DOTALL) is not None


@pytest.mark.parametrize("fixture", FIXTURES)
def test_opc_refuses_each_fixture_where_its_rows_say(fixture: str, tmp_path: Path) -> None:
    said = _opc_says(DATA / fixture / "input.yaml", tmp_path)
    for row in TABLE:
        if row.fixture == fixture and row.place not in UNSHOWN:
            assert _says_place(said, row.place, row.shows), (
                f"{fixture} does not reach {row.place}:\n{said[:2000]}"
            )


@pytest.mark.parametrize("fixture", FIXTURES)
def test_a_lenient_run_reads_each_fixture_whole(fixture: str, tmp_path: Path) -> None:
    path = DATA / fixture / "input.yaml"
    rows = [row for row in TABLE if row.fixture == fixture]
    report = load_checked(path, path.parent, lenient=True)
    if all(row.by == ("ref-safe",) for row in rows):  # an unsafe $ref stays refused, as ever
        assert {problem.rule for problem in report.errors} == {"ref-safe"}
        return
    assert report.errors == [] and report.document is not None
    normalised = normalise_for_opc(report.document)
    try:
        _, loosened = loosely.parse_whole(
            normalised.document, normalised.document.data, _config(path, tmp_path / "out")
        )
    except SpecError as exc:
        pytest.fail("\n".join(map(str, exc.problems)))
    rules = {p.rule for p in [*report.repairs, *normalised.problems]} | {item.rule for item in loosened}
    for row in rows:
        if row.handling != "unreachable" and "cascade" not in row.part:
            assert set(row.by) & rules, f"{row.place}: none of {row.by} in {sorted(rules)}"
