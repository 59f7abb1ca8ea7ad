"""The Python API surface of a spec is kept between runs, by everything it is read from."""

from __future__ import annotations

from pathlib import Path

import pytest

from specfleet.config import ClientSettings
from specfleet.diff import surface_cache
from specfleet.diff.surface import Argument, Surface, SurfaceReader, read_surface
from specfleet.errors import SpecfleetError
from specfleet.spec.document import Document
from specfleet.spec.load import load_document

SETTINGS = ClientSettings(distribution="api-client", package="api_client", version="0.0.0", description="")
SPEC = """\
openapi: 3.0.3
info: {title: Keys, version: "1.0.0"}
paths:
  /keys/{key_id}:
    get:
      operationId: getKey
      parameters: [{name: key_id, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Key'}}}}
components:
  schemas:
    Key:
      type: object
      %(required)s
      properties: {id: {type: %(id_type)s}, kind: {type: string, enum: [%(kinds)s]}}
"""


def _spec(
    tmp_path: Path, name: str, required: str = "", id_type: str = "integer", kinds: str = "a"
) -> Document:
    path = tmp_path / name
    path.write_text(SPEC % {"required": required, "id_type": id_type, "kinds": kinds})
    return load_document(path)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SPECFLEET_CACHE_DIR", str(folder))
    return folder / "surfaces"


def _pair(tmp_path: Path) -> tuple[Document, Document]:
    return _spec(tmp_path, "base.yaml"), _spec(
        tmp_path, "revision.yaml", required="required: [id]", id_type="string", kinds="a, b"
    )


def test_a_second_run_reads_both_sides_from_the_cache_with_the_same_result(
    tmp_path: Path, cache: Path
) -> None:
    base, revision = _pair(tmp_path)
    first = SurfaceReader(SETTINGS, base, revision, whole=True)
    assert all(side is not None for side in first._sides)
    changes = first.changes()
    assert {change.kind for change in changes} >= {
        "field-type-changed",
        "field-became-required",
        "enum-value-added",
    }
    assert len(list(cache.glob("*.json"))) == 2

    second = SurfaceReader(SETTINGS, base, revision, whole=True)
    assert second._sides == (None, None)
    assert second.changes() == changes


def test_kept_surface_is_the_surface_read(tmp_path: Path, cache: Path) -> None:
    base, revision = _pair(tmp_path)
    SurfaceReader(SETTINGS, base, revision, whole=True).changes()
    read = SurfaceReader(SETTINGS, base, base, whole=True)._sides
    assert read == (None, None)
    kept = surface_cache.load(surface_cache.key(SETTINGS, revision))
    assert isinstance(kept, dict)
    assert Surface.from_json(kept) == read_surface(SETTINGS, revision)
    assert Surface.from_json(kept).models["models.Key"]["id"] == Argument("str", True)


def test_key_changes_with_the_spec_text_and_the_settings(tmp_path: Path) -> None:
    base, revision = _pair(tmp_path)
    other = ClientSettings(distribution="x-client", package="x_client", version="0.0.0", description="")
    keys = {
        surface_cache.key(SETTINGS, base),
        surface_cache.key(SETTINGS, revision),
        surface_cache.key(other, base),
    }
    assert len(keys) == 3 and None not in keys
    assert surface_cache.key(SETTINGS, _spec(tmp_path, "again.yaml")) == surface_cache.key(SETTINGS, base)
    untexted = Document(path=base.path, data=base.data, marks=base.marks)
    assert surface_cache.key(SETTINGS, untexted) is None


def test_an_unreadable_entry_is_read_again(tmp_path: Path, cache: Path) -> None:
    base, revision = _pair(tmp_path)
    changes = SurfaceReader(SETTINGS, base, revision, whole=True).changes()
    for entry in cache.glob("*.json"):
        entry.write_text('{"functions": {"x": 1}')
    again = SurfaceReader(SETTINGS, base, revision, whole=True)
    assert all(side is not None for side in again._sides)
    assert again.changes() == changes


def test_nothing_is_kept_when_the_cache_is_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPECFLEET_CACHE_DIR", "")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    base, revision = _pair(tmp_path)
    SurfaceReader(SETTINGS, base, revision, whole=True).changes()
    assert surface_cache.cache_dir() is None
    assert not (tmp_path / "home").exists() and not (tmp_path / "xdg").exists()


def test_a_reader_given_files_loads_them_itself_and_keeps_what_it_read(tmp_path: Path, cache: Path) -> None:
    base, revision = _pair(tmp_path)
    from_files = SurfaceReader(SETTINGS, base.path, revision.path)
    assert all(side is not None for side in from_files._sides)
    changes = from_files.changes()
    assert changes == SurfaceReader(SETTINGS, base, revision, whole=True).changes()
    assert len(list(cache.glob("*.files.json"))) == 2  # which files each spec was read from
    assert len(list(cache.glob("*.json"))) == 4
    assert SurfaceReader(SETTINGS, base, revision, whole=True)._sides == (None, None)


def test_a_file_no_reader_can_load_names_its_side(tmp_path: Path, cache: Path) -> None:
    base, _ = _pair(tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: [unclosed\n")
    with pytest.raises(SpecfleetError, match="^the revision spec: "):
        SurfaceReader(SETTINGS, base.path, broken).changes()


def test_a_kept_file_is_keyed_without_loading_it(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base, revision = _pair(tmp_path)
    changes = SurfaceReader(SETTINGS, base.path, revision.path).changes()

    import specfleet.spec.bundle

    def no_loading(*args: object, **kwargs: object) -> None:
        raise AssertionError("a kept spec file was loaded again")

    monkeypatch.setattr(specfleet.spec.bundle, "load_spec", no_loading)
    again = SurfaceReader(SETTINGS, base.path, revision.path)
    assert again._sides == (None, None)  # nothing forked: both kept surfaces found by their files
    assert again.changes() == changes


def test_a_changed_bundled_file_is_read_again(tmp_path: Path, cache: Path) -> None:
    root = tmp_path / "openapi.yaml"
    root.write_text(
        (SPEC % {"required": "", "id_type": "integer", "kinds": "a"}).split("components:")[0]
        + "components:\n  schemas:\n    Key: {$ref: 'key.yaml'}\n"
    )
    part = tmp_path / "key.yaml"
    part.write_text("type: object\nproperties: {id: {type: integer}, kind: {type: string, enum: [a]}}\n")
    first = _spec(tmp_path, "base.yaml")
    assert SurfaceReader(SETTINGS, first.path, root).changes() == []
    part.write_text("type: object\nproperties: {id: {type: string}, kind: {type: string, enum: [a]}}\n")
    kinds = {change.kind for change in SurfaceReader(SETTINGS, first.path, root).changes()}
    assert "field-type-changed" in kinds


def test_the_scoped_read_finds_what_the_whole_read_finds(tmp_path: Path, cache: Path) -> None:
    """Both specs loaded: one child reads only the parts that changed, named as the whole client names them."""
    base, revision = _pair(tmp_path)
    scoped = SurfaceReader(SETTINGS, base, revision)
    assert scoped._sides == (None, None) and scoped._scoped is not None
    found = scoped.changes()
    assert found and found == SurfaceReader(SETTINGS, base, revision, whole=True).changes()
