"""``specfleet validate``: YAML, then references, then the OpenAPI schema, then our lint rules.

Each stage only runs on what the previous one let through: the validator never
sees a document with an unchecked ``$ref``, and lint rules never see a document
the validator rejected (their findings would only repeat its errors).

Adopting a published spec as it is: a lenient run (``--lenient``, or
``repair-schema = true`` in client.toml) first applies the unambiguous schema
repairs, and ``--lenient`` makes every style rule a warning; a provider's
``[lint]`` table sets style rules' levels; its ``lint-baseline.toml`` lists the
style findings it accepted, so only new ones fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from specfleet._process import progress
from specfleet.checks import validation_cache
from specfleet.config import ClientSettings, settings_problem_at
from specfleet.errors import Problem, SpecError
from specfleet.layout import Project, Provider

if TYPE_CHECKING:  # the stages themselves load only when a spec is validated, not on a cached result
    from specfleet.checks.lint import Located
    from specfleet.spec.document import Document

#: specs/<provider>/lint-baseline.toml (specfleet.checks.lint_baseline.BASELINE_FILE, kept here to stay light)
BASELINE_FILE = "lint-baseline.toml"


@dataclass
class Report:
    """The problems found in one spec file, and the document (repaired, when it was) when it loaded."""

    path: Path
    document: Document | None = None
    problems: list[Problem] = field(default_factory=list)
    #: what the schema repairs changed (warnings), when they ran
    repairs: list[Problem] = field(default_factory=list)
    #: every lint finding before the baseline dropped any (what ``--write-baseline`` writes)
    findings: list[Located] = field(default_factory=list)
    #: how many findings the provider's baseline accepted
    baselined: int = 0
    #: whether lint rules ran (a baseline is only written from a spec that got that far)
    linted: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.level == "error"]


def check_file(
    path: Path,
    specs_root: Path,
    *,
    settings: ClientSettings | None = None,
    lenient: bool = False,
    baseline: Path | None = None,
) -> Report:
    """Validate one spec file; never raises for a bad spec, reports it.

    ``settings`` gives the provider's rule levels and whether schema repairs are allowed;
    ``baseline`` is its accepted-findings file (absent is fine).
    """
    report = load_checked(path, specs_root, settings=settings, lenient=lenient)
    if report.document is None or report.problems:
        return report
    return check_loaded(report, specs_root, settings=settings, lenient=lenient, baseline=baseline)


def load_checked(
    path: Path, specs_root: Path, *, settings: ClientSettings | None = None, lenient: bool = False
) -> Report:
    """The first, quick stages: load, check every ``$ref``, repair the schema when allowed.

    ``report.document`` is what the later stages check and what generation renders; a
    report with problems stops here.
    """
    from specfleet.normalise import repair_schema
    from specfleet.spec.bundle import load_spec

    report = Report(path)
    loosened: list[Problem] = []
    try:
        # refs checked, files bundled, all inside the spec's own folder
        document = load_spec(path, lenient=lenient, warnings=loosened)
    except SpecError as exc:
        report.problems = exc.problems
        return report
    report.document = document
    report.repairs = loosened
    if lenient or (settings is not None and settings.lint.repair_schema):
        repaired = repair_schema(document)
        report.document, report.repairs = repaired.document, sorted([*loosened, *repaired.problems])
    return report


#: Rules whose errors stop even a lenient run: the file is not YAML/JSON or cannot be read.
UNREADABLE_RULES = frozenset({"yaml", "json", "encoding", "io"})
#: Words of the errors that stay errors in a lenient run: unsafe references and unsupported documents.
_HARD = ("leaves the spec's folder", "points outside the spec", "specfleet reads OpenAPI 3.x",
         "not a version specfleet supports", "no `openapi` version")  # fmt: skip


def repairable(problem: Problem) -> bool:
    """Whether a lenient run would report ``problem`` as a warning (or type its part loosely)."""
    if problem.rule in UNREADABLE_RULES:  # a duplicate key is the one thing a reader does decide
        return problem.message.startswith("duplicate key")
    return not any(words in problem.message for words in _HARD)


def demoted(problems: list[Problem]) -> list[Problem]:
    """A lenient run's view of schema and lint findings: each is a warning at its line.

    Only what stops a spec from being read at all stays an error, and that is found before
    (YAML/JSON, an unsafe ``$ref``) or reported apart (a document that is not OpenAPI 3.x).
    """
    return [replace(problem, level="warning") for problem in problems]


def check_loaded(
    report: Report,
    specs_root: Path,
    *,
    settings: ClientSettings | None = None,
    lenient: bool = False,
    baseline: Path | None = None,
) -> Report:
    """The slow stages on what :func:`load_checked` let through: the OpenAPI schema, then lint."""
    # Imported here: openapi-spec-validator and jsonschema take a quarter of a second to load, and
    # ``generate`` runs this stage in a background process, so the renderer need not wait for them.
    from specfleet.checks.lint import lint_located
    from specfleet.checks.openapi_schema import schema_problems, supported_version

    assert report.document is not None
    schema = list(schema_problems(report.document))
    if lenient and supported_version(report.document):
        report.repairs = sorted([*report.repairs, *demoted(schema)])
        schema = []
    if schema:
        report.problems = sorted([*report.repairs, *schema])
        return report
    # ref-safe already ran in load_checked, as the gate in front of the validator
    report.findings = lint_located(
        report.document,
        specs_root,
        levels=settings.lint.rules if settings is not None else None,
        lenient=lenient,
        skip=frozenset({"ref-safe"}),
    )
    if lenient:
        report.findings = [
            replace(found, problem=replace(found.problem, level="warning")) for found in report.findings
        ]
    report.linted = True
    report.problems = sorted([*report.repairs, *(located.problem for located in report.findings)])
    if baseline is not None:
        _apply_baseline(report, baseline)
    return report


def _apply_baseline(report: Report, path: Path) -> None:
    from specfleet.checks.lint_baseline import apply_baseline, load_baseline

    try:
        filtered = apply_baseline(load_baseline(path), report.findings)
    except SpecError as exc:
        report.problems = sorted([*report.problems, *exc.problems])
        return
    report.baselined = filtered.baselined
    report.problems = sorted(
        [*report.repairs, *(located.problem for located in filtered.kept), *filtered.stale]
    )


def check_provider(
    provider: Provider, specs_root: Path, *, lenient: bool = False, use_baseline: bool = True
) -> Report:
    """Validate a provider's spec with its own settings and baseline."""
    try:
        settings = provider.settings
    except SpecError as exc:
        return Report(_relative(provider.spec_path), problems=exc.problems)
    refused = lint_table_problems(provider.settings_path, settings)
    if refused:
        return Report(_relative(provider.spec_path), problems=refused)
    baseline = _relative(provider.directory / BASELINE_FILE) if use_baseline else None
    return check_file(
        _relative(provider.spec_path), specs_root, settings=settings, lenient=lenient, baseline=baseline
    )


def lint_table_problems(path: Path, settings: ClientSettings) -> list[Problem]:
    """``[lint]`` of the settings at ``path`` sets style rules only: an id lint does not know, or a
    correctness rule (always an error), is a settings error at the line that sets it."""
    from specfleet.checks.lint import RULES, style_rules  # lint pulls in jsonschema: only when needed

    problems = []
    for rule_id in settings.lint.rules:
        registered = RULES.get(rule_id)
        if registered is None:
            message = f"unknown lint rule {rule_id!r}; style rules: {', '.join(style_rules())}"
        elif registered.kind != "style":
            message = f"{rule_id!r} is a correctness rule: it is always an error and cannot be set"
        else:
            continue
        problems.append(settings_problem_at(path, ("lint", rule_id), message))
    return problems


def check_project(project: Project, names: list[str] | None = None, *, lenient: bool = False) -> list[Report]:
    return [
        check_provider(provider, project.specs_dir, lenient=lenient) for provider in project.providers(names)
    ]


def check_provider_cached(project: Project, provider: Provider, *, lenient: bool = False) -> Report:
    """:func:`check_provider`, or its stored result when nothing it depends on changed."""
    key = validation_cache.inputs_key(provider.directory, lenient)
    stored = validation_cache.load(project.root, provider.name, key)
    if stored is not None:
        return Report(
            Path(stored.path), problems=stored.problems, baselined=stored.baselined, linted=stored.linted
        )
    progress.live(f"validating {provider.name}")
    report = check_provider(provider, project.specs_dir, lenient=lenient)
    result = validation_cache.Result(str(report.path), report.problems, report.baselined, report.linted)
    validation_cache.store(project.root, provider.name, key, result)
    return report


def load_valid(
    project: Project, names: list[str] | None = None, *, lenient: bool = False
) -> dict[str, Document]:
    """Documents of the named providers (repaired when allowed); raise SpecError with every error when any spec is bad."""
    reports = check_project(project, names, lenient=lenient)
    errors = [problem for report in reports for problem in report.errors]
    if errors:
        raise SpecError(errors)
    documents = {}
    for provider, report in zip(project.providers(names), reports, strict=True):
        assert report.document is not None
        documents[provider.name] = report.document
    return documents


def _relative(path: Path) -> Path:
    """Paths in messages are relative to where the user stands, when they can be."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path
