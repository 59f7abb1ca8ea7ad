"""``specfleet generate``: validated specs -> rendered packages -> ruff -> swapped into generated/.

Everything is rendered into a scratch directory next to ``generated/`` and only
moved into place once every client rendered, formatted and compiled; a failed
run leaves ``generated/`` exactly as it was.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import multiprocessing
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import CodeType, SimpleNamespace
from typing import Any

from jinja2 import BytecodeCache, ChoiceLoader, PackageLoader, PrefixLoader, Template
from jinja2.bccache import Bucket
from jinja2.runtime import Context
from openapi_python_client import Project as UpstreamProject
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData, import_string_from_class
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError
from openapi_python_client.schema.untrusted_string import UntrustedString

from specfleet._process import lifeline
from specfleet._process.background import Background
from specfleet._process.scratch import make_dir
from specfleet.checks.validate import Report, check_loaded, check_provider, lint_table_problems, load_checked
from specfleet.config import Auth, ClientSettings, derived_auth, load_settings, record_resources
from specfleet.errors import Problem, SpecError, SpecfleetError
from specfleet.generation import directions
from specfleet.generation.plan import ClientPlan, build_plan, success_statuses
from specfleet.generation.reach import reached_models
from specfleet.generation.runtime._retry import idempotency_header
from specfleet.generation.stamps import RUNTIME_DIR, Fleet, assess, progress, write_stamp
from specfleet.generation.stubs import write_stubs
from specfleet.layout import Project, Provider, find_project
from specfleet.normalise import Normalised, normalise_for_opc
from specfleet.normalise import loosening as loosely
from specfleet.normalise.properties import collision_warnings
from specfleet.opc import parse as opc
from specfleet.opc.parse import FIELD_PREFIX
from specfleet.spec.document import Document
from specfleet.spec.operations import spec_model

CHANGELOG = "CHANGELOG.md"
#: Our templates reach openapi-python-client's own under this prefix, to import or include them.
UPSTREAM_PREFIX = "upstream"
#: From this many models and enums on, two processes render them (forking costs ~0.1 s).
PARALLEL_MODELS = 200
#: Text that only appears when a template printed an object instead of escaped text.
LEAK_MARKERS = ("UntrustedString object at", "PythonCode object at")


def markdown_text(value: UntrustedString | str) -> str:
    """Spec text made safe for one Markdown table cell or line."""
    text = value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)
    text = " ".join(text.split())
    for char in "\\|<>`*_[]":
        text = text.replace(char, "\\" + char)
    return text


class _InstanceApart:
    """A model whose ``from_dict`` names its instance apart from its properties (see :func:`instance_apart`)."""

    def __init__(self, model: Any, local: str) -> None:
        self._model = model
        self.class_info = SimpleNamespace(name=model.class_info.name, module_name=local)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)


def instance_apart(model: Any) -> Any:
    """``model``, or a view of it whose instance variable cannot be one of its properties.

    opc's model template names the instance ``from_dict`` builds after the model's module
    (``error = cls(...)``); a property with that name (an ``Error`` with an ``error``) is then
    rebound to the instance, which mypy rightly refuses.  A property's Python name never starts
    with ``_``, so ``_error`` is free.  Other models keep upstream's name (the same files).
    """
    names = {str(prop.python_name) for prop in [*model.required_properties, *model.optional_properties]}
    local = str(model.class_info.module_name)
    return _InstanceApart(model, f"_{local}") if local in names else model


class _Template(Template):
    """A Jinja template whose ``{% import %}`` is cheap when nothing new must be passed in.

    The templates import a property's macros once per property rendered (45,000 times for
    Stripe's client).  Jinja 3.1 first checks whether the importing template has globals the
    imported one lacks, with a set difference against a ``ChainMap`` keys view that tests
    each key in Python: a sixth of all rendering.  ``set.difference`` gives the same keys.
    """

    def _get_default_module(self, ctx: Context | None = None) -> Any:
        if ctx is not None:
            keys = ctx.globals_keys.difference(self.globals)
            if keys:
                return self.make_module({key: ctx.parent[key] for key in keys})
        return super()._get_default_module()


class ClientProject(UpstreamProject):
    """openapi-python-client's project, plus our plan and the files it does not write."""

    def __init__(self, *, openapi: GeneratorData, config: Config, templates: Path, plan: ClientPlan) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=templates)
        # Upstream's templates stay reachable as "upstream/<name>" even where ours has the same
        # name, so ours can import upstream's macros instead of copying them.
        assert self.env.loader is not None
        self.env.loader = ChoiceLoader(
            [self.env.loader, PrefixLoader({UPSTREAM_PREFIX: PackageLoader("openapi_python_client")})]
        )
        # Before any template loads: templates don't change during a run, so Jinja need not stat
        # each template file again on every import of it (auto_reload), and imports are cheap.
        self.env.auto_reload = False
        self.env.template_class = _Template
        self.plan = plan
        self.changelog: str | None = None
        #: The child rendering part of the models, and its side directory (see _build_models).
        self._side_models: tuple[int, Path] | None = None
        self.env.filters["markdown_text"] = markdown_text
        self.env.filters["instance_apart"] = instance_apart
        self.env.filters["idempotency_header"] = partial(
            idempotency_header, text=UntrustedString.get_untrusted_value
        )
        self.env.filters["member_condition"] = directions.member_condition(
            {str(model.class_info.name): model for model in openapi.models}
        )
        self.env.filters["success_statuses"] = success_statuses
        self.env.globals.update(plan=plan, operation_security=plan.security)

    def _build_models(self) -> None:
        """Upstream's model rendering, split over two processes when there are many models.

        This overrides a private method of opc's ``Project``: opc has no public hook for how
        models are rendered (recorded in templates/UPSTREAM.md).

        Rendering a model (and cutting its stub) is pure Python and most of a big spec's
        generation time (1,951 models on Stripe).  A forked child renders three models in five
        into a side directory while this process renders the rest, then the endpoints;
        :meth:`_join_models` then moves the child's files in and renders ``models/__init__.py``
        again with every model, in upstream's order (models, then enums).
        """
        models, enums = list(self.openapi.models), list(self.openapi.enums)
        if len(models) + len(enums) < PARALLEL_MODELS or not hasattr(os, "fork"):
            super()._build_models()
            self._write_model_stubs()
            return
        side = Path(tempfile.mkdtemp(prefix=".models-", dir=self.project_dir.parent))
        try:
            child = lifeline.fork()
        except BaseException:
            shutil.rmtree(side, ignore_errors=True)
            raise
        if child == 0:  # pragma: no cover - runs in the forked child, which reports by exit code
            code = 1
            try:
                self.package_dir = side
                self.openapi.models, self.openapi.enums = _share(models, enums, 1)
                super()._build_models()
                self._write_model_stubs()
                code = 0
            finally:
                os._exit(code)
        self._side_models = (child, side)
        try:
            self.openapi.models, self.openapi.enums = _share(models, enums, 0)
            super()._build_models()
            self._write_model_stubs()
        finally:
            self.openapi.models, self.openapi.enums = models, enums

    def _join_models(self, *, failed: bool = False) -> None:
        """Wait for the child rendering models (if one is), then move its files in; when the run
        ``failed``, stop the child instead and only remove its side directory."""
        if self._side_models is None:
            return
        child, side = self._side_models
        self._side_models = None
        try:
            if failed:
                with contextlib.suppress(OSError):
                    os.kill(child, signal.SIGKILL)
            if lifeline.wait(child) != 0 and not failed:
                raise SpecfleetError("rendering the models failed in the second process")
            if not failed:
                self._move_side_models(side)
        finally:
            shutil.rmtree(side, ignore_errors=True)

    def _move_side_models(self, side: Path) -> None:
        """The child's models into the package, and ``models/__init__.py`` again with every model."""
        models_dir = self.package_dir / "models"
        for path in [*(side / "models").glob("*.py"), *(side / "models").glob("*.pyi")]:
            if path.name != "__init__.py":
                os.replace(path, models_dir / path.name)
        self._write_models_init()

    def _write_models_init(self, **checked: set[str]) -> None:
        """``models/__init__.py`` with every model, in upstream's order (models, then enums); type
        checkers read the ``checked`` models' imports only, when given (see generation.reach)."""
        classes = [model.class_info for model in self.openapi.models]
        classes += [enum.class_info for enum in self.openapi.enums]
        (self.package_dir / "models" / "__init__.py").write_text(
            self.env.get_template("models_init.py.jinja").render(
                imports=[import_string_from_class(info) for info in classes],
                alls=[info.name for info in classes],
                **checked,
            ),
            encoding=self.config.file_encoding,
        )

    def _write_model_stubs(self) -> None:
        """A stub beside each model this process rendered (an enum's module has no bodies to skip)."""
        folder = self.package_dir / "models"
        stubs_beside(folder / f"{model.class_info.module_name}.py" for model in self.openapi.models)

    def build(self) -> Any:
        """Upstream's build (its public entry point), then the files upstream does not write.

        opc has no hook for extra files, so they are written after it: our own templates, the
        runtime modules (``errors.py`` replaces the one upstream renders), and the changelog.
        """
        try:
            errors = super().build()  # models (see _build_models), then the endpoints
            stubs_beside((self.package_dir / "api").glob("*/*.py"))
        except BaseException:
            self._join_models(failed=True)
            raise
        self._join_models()
        if self.changelog is not None:
            (self.project_dir / CHANGELOG).write_text(self.changelog, encoding=self.config.file_encoding)
        modules = ["auth"] + (["unions"] if self.plan.unions else [])
        for name in modules:
            text = self.env.get_template(f"{name}.py.jinja").render()
            (self.package_dir / f"{name}.py").write_text(text, encoding=self.config.file_encoding)
        self._build_resources()
        self._build_params()
        classes = [*self.openapi.models, *self.openapi.enums]
        where = {str(item.class_info.name): f"models.{item.class_info.module_name}" for item in classes}
        self._write_models_init(checked=reached_models(self.package_dir, where))
        mark_generated(self.project_dir, skip={self.project_dir / CHANGELOG})
        for path in sorted(RUNTIME_DIR.glob("*.py")):
            if path.name != "__init__.py":
                shutil.copyfile(path, self.package_dir / path.name)
        return errors

    def _build_resources(self) -> None:
        """``resources/<name>.py`` for each top-level resource, each imported on first use."""
        folder = self.package_dir / "resources"
        folder.mkdir(exist_ok=True)
        encoding = self.config.file_encoding
        (folder / "__init__.py").write_text(
            '"""The resource tree of ``Client``: one module per top-level resource, imported on first use."""\n',
            encoding=encoding,
        )
        template = self.env.get_template("resource_module.py.jinja")
        for module in self.plan.resource_modules:
            (folder / f"{module.name}.py").write_text(template.render(module=module), encoding=encoding)

    def _build_params(self) -> None:
        """``params/<module>.py``: the TypedDict of each model a JSON request body takes (see
        :mod:`specfleet.generation.params`), with a lazy index like the models'."""
        folder = self.package_dir / "params"
        folder.mkdir(exist_ok=True)
        encoding = self.config.file_encoding
        (folder / "__init__.py").write_text(
            self.env.get_template("params_init.py.jinja").render(), encoding=encoding
        )
        template = self.env.get_template("params_module.py.jinja")
        for param in self.plan.params:
            (folder / f"{param.module}.py").write_text(template.render(param=param), encoding=encoding)


#: The first line of every file rendered from templates, by how the file writes a comment.
GENERATED_LINE = "Generated by specfleet from the API's OpenAPI spec: do not edit, regenerate instead."
_COMMENTS = {
    ".py": "# {}\n",
    ".pyi": "# {}\n",
    ".toml": "# {}\n",
    ".md": "<!-- {} -->\n",
    ".gitignore": "# {}\n",
}


def mark_generated(root: Path, skip: set[Path]) -> None:
    """Start every rendered file under ``root`` with a line saying it is generated (a marker file
    such as ``py.typed`` and data files without comments stay as they are)."""
    for path in sorted(root.rglob("*")):
        comment = _COMMENTS.get(path.suffix or path.name)
        if comment is None or path in skip or not path.is_file() or path.name == "py.typed":
            continue
        text = path.read_text(encoding="utf-8")
        if "Generated by specfleet" not in text.partition("\n")[0]:
            path.write_text(comment.format(GENERATED_LINE) + text, encoding="utf-8")


def stubs_beside(modules: Iterable[Path]) -> None:
    """A stub beside each module that parses; one that does not is left to the import check,
    which names its file and line (and a lenient run widens the spec part that made it)."""
    for module in modules:
        try:
            write_stubs([module])
        except SyntaxError:
            continue


def _share(models: list[Any], enums: list[Any], worker: int) -> tuple[list[Any], list[Any]]:
    """Worker 1 (the forked child) renders three models and enums in five, worker 0 the rest and
    then the endpoints: about the same time each."""

    def mine(index: int) -> bool:
        return (index % 5 < 3) == (worker == 1)

    return [m for i, m in enumerate(models) if mine(i)], [e for i, e in enumerate(enums) if mine(i)]


class CompiledTemplates(BytecodeCache):
    """Templates compiled once per process, for every client it renders.

    Each client gets its own Jinja environment (its globals hold its plan), which would parse
    and compile every template again: nine tenths of rendering a small client.  The code is
    kept with the checksum of its source, so an edited template is compiled again; every
    environment that shares it is configured alike (the same project class).
    """

    def __init__(self) -> None:
        self._code: dict[str, tuple[str, CodeType]] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        found = self._code.get(bucket.key)
        if found is not None and found[0] == bucket.checksum:
            bucket.code = found[1]

    def dump_bytecode(self, bucket: Bucket) -> None:
        if bucket.code is not None:
            self._code[bucket.key] = (bucket.checksum, bucket.code)


COMPILED_TEMPLATES = CompiledTemplates()


def generator_config(settings: ClientSettings, spec_path: Path, output: Path) -> Config:
    file = ConfigFile(
        project_name_override=settings.distribution,
        package_name_override=settings.package,
        package_version_override=settings.version,
        post_hooks=[],  # ruff runs once over every client, see format_tree
        field_prefix=FIELD_PREFIX,
    )
    return Config.from_sources(file, MetaType.UV, spec_path, "utf-8", overwrite=True, output_path=output)


def render_client(
    templates: Path,
    settings: ClientSettings,
    document: Document,
    output: Path,
    *,
    lenient: bool = False,
    loosened: list[loosely.Loosened] | None = None,
    record: dict[str, str] | None = None,
    forced: Sequence[loosely.Loosened] = (),
) -> list[Problem]:
    """Render one client package into ``output`` (no formatting yet).

    The spec is normalised first (see :mod:`specfleet.normalise`); the warnings that say what
    was repaired are returned.  Anything openapi-python-client still drops (an endpoint, a
    response, a model) is an error at the spec's line: a client is generated whole or not at
    all.  A lenient run types such parts loosely instead (:func:`parse_lenient`); what it
    loosened is added to ``loosened``, for the run's summary; the client's names (the
    ``[resources]`` record) to ``record``.
    """
    normalised = normalise_for_opc(document)
    config = generator_config(settings, document.path, output)
    widened: list[loosely.Loosened] = []
    openapi = (
        parse_lenient(normalised, config, widened, forced) if lenient else _parse_strict(normalised, config)
    )
    if loosened is not None:
        loosened.extend(widened)
    normalised.apply(openapi)
    directions.apply(openapi)  # before the plan and the templates read any type
    plan = build_plan(normalised.document, settings, openapi)
    if record is not None:
        record.update(plan.resource_record)
    named = resource_name_warnings(normalised.document, plan)
    client = ClientProject(openapi=openapi, config=config, templates=templates, plan=plan)
    client.env.bytecode_cache = COMPILED_TEMPLATES
    changelog = document.path.parent / CHANGELOG
    if changelog.is_file():  # written by `specfleet release`, shipped in the package
        client.changelog = changelog.read_text(encoding="utf-8")
    # opc's model of a big spec is millions of objects that outlive rendering; frozen, the
    # collector stops walking them again and again while the templates allocate.
    gc.freeze()
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # opc prints "Generating ..."; we report
            errors = client.build()
    finally:
        gc.unfreeze()
    problems = [error for error in errors if error.level in (ErrorLevel.ERROR, ErrorLevel.WARNING)]
    if problems:
        raise SpecError(opc.problem(document, error) for error in problems)
    collisions = collision_warnings(normalised.document)
    return sorted(
        [*normalised.problems, *named, *collisions, *loosely.warnings(normalised.document, widened)]
    )


def resource_name_warnings(document: Document, plan: ClientPlan) -> list[Problem]:
    """A warning at each operation whose method the resource rules had to name otherwise, and at
    each list that looks paged but stays a plain call."""
    named = [
        document.problem(pointer, "resource-name", note, "warning") for pointer, note in plan.resource_notes
    ]
    return named + [
        document.problem(pointer, "pagination", note, "warning") for pointer, note in plan.paging_notes
    ]


def _parse_strict(normalised: Normalised, config: Config) -> GeneratorData:
    """opc's model of the normalised spec; anything it would drop is an error at the spec's line."""
    openapi = opc.parse(normalised.document.data, config)
    if isinstance(openapi, GeneratorError):
        raise SpecError(opc.problem(normalised.document, openapi))
    dropped = [opc.problem(normalised.document, error) for error in opc.parse_errors(openapi)]
    if dropped:
        raise SpecError(dropped)
    return openapi


def parse_lenient(
    normalised: Normalised,
    config: Config,
    loosened: list[loosely.Loosened],
    forced: Sequence[loosely.Loosened] = (),
) -> GeneratorData:
    """opc's model of the normalised spec, with what opc refuses typed loosely (see :mod:`specfleet.normalise.loosening`)."""
    openapi, widened = loosely.parse_whole(normalised.document, normalised.document.data, config, forced)
    loosened.extend(widened)
    return openapi


def _ruff(*args: str, cwd: Path) -> None:
    command = [sys.executable, "-m", "ruff", *args]
    result = lifeline.run(command, alone=True, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SpecfleetError(
            f"ruff {' '.join(args)} failed in the generated code:\n{result.stdout}{result.stderr}"
        )


def format_tree(root: Path) -> None:
    """ruff fixes imports and formats, with each client's own ``[tool.ruff]`` settings."""
    _ruff("check", "--fix-only", "--no-cache", ".", cwd=root)
    _ruff("format", "--no-cache", ".", cwd=root)


def check_output(root: Path) -> None:
    """Refuse output in which a template printed an object instead of escaped text."""
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        for marker in LEAK_MARKERS:
            if marker in text:
                line = text[: text.index(marker)].count("\n") + 1
                raise SpecfleetError(
                    f"{path.relative_to(root)}:{line}: a template printed a value without its escaping filter "
                    f"({marker!r}); use safe_for_docstring, in_double_quote_literal or as_unembedded_code"
                )


class ImportCheck:
    """Compile and import every module of some generated packages, as their users will, in the background.

    A fresh interpreter, no bytecode written, and syntax warnings (bad escapes) as errors: what
    imports here compiles under ``python -W error -m compileall``.  Each package whole in one
    interpreter, because ``models/__init__`` imports every model: a split would import them
    twice; several packages share one (their runtime, httpx and attrs, loads once).  It reads
    the rendered modules before ruff rewrites them (:meth:`wait_until_read`) and imports those
    texts, each under its own file name, so ruff and the check share the machine's cores
    without a copy of the packages (thousands of files) to write first.
    """

    def __init__(self, scratch: Path, packages: dict[str, str]) -> None:
        """``packages``: client directory (under ``scratch``) -> its package."""
        scratch = scratch.resolve()  # the check runs in scratch: a relative path would find nothing
        self.scratch = scratch
        clients = [[str(scratch / directory), package] for directory, package in packages.items()]
        # -P: the scratch folder (cwd) is not on sys.path, so only the child's finder reads the packages
        command = [
            sys.executable,
            "-B",
            "-P",
            "-W",
            "error::SyntaxWarning",
            "-m",
            "specfleet.generation.import_child",
        ]
        self.process = lifeline.start(
            [*command, json.dumps(clients)],
            alone=True,
            cwd=scratch,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self._early: list[str] = []

    def wait_until_read(self) -> None:
        """Return once the check holds every module's text (or has stopped): the files may change."""
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if line.strip() != "read":  # it stopped before reading all; wait() reports what it said
            self._early.append(line)

    def wait(self) -> None:
        output, _ = self.process.communicate()
        output = "".join(self._early) + (output or "")
        if self.process.returncode != 0:
            message = (output.strip().splitlines() or ["no output"])[-1]
            raise SpecfleetError(message.replace(str(self.scratch) + os.sep, ""))

    def stop(self) -> None:
        lifeline.stop(self.process)


def finish(scratch: Path, packages: dict[str, str], *, jobs: int | None = None) -> None:
    """Format, then check what was rendered into ``scratch`` (client directory -> package).

    The import check reads the rendered code, then imports it while ruff formats the files,
    so they take the machine's cores at once.  What ruff does (safe fixes: unused imports
    removed, imports sorted; formatting, which keeps the syntax tree) never changes whether or
    how a module imports, so the rendered code answers for the formatted code.  The clients
    are shared out over ``jobs`` interpreters (default: one per CPU).
    """
    shares = max(1, min(len(packages), default_jobs() if jobs is None else jobs))
    groups = [dict(list(packages.items())[index::shares]) for index in range(shares)]
    checks: list[ImportCheck] = []
    try:
        for group in groups:
            if group:
                checks.append(ImportCheck(scratch, group))
        for check in checks:
            check.wait_until_read()
        format_tree(scratch)
        check_output(scratch)
        for check in checks:
            check.wait()
    finally:
        for check in checks:
            check.stop()


@dataclass
class Rendered:
    """What rendering one client in a worker gave: its problems, or its warnings and its time."""

    name: str
    seconds: float = 0.0
    warnings: list[Problem] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    #: the client's names, as ``[resources]`` records them
    record: dict[str, str] = field(default_factory=dict)


def render_provider(root: Path, name: str, output: Path, lenient: bool) -> Rendered:
    """Validate one provider's spec, then render its client into ``output``; run in a worker process.

    Spec problems come back as data (a ``SpecError`` does not survive pickling); any other
    error is raised and reaches the parent through the pool.
    """
    started = time.perf_counter()
    project = Project(root)
    [provider] = project.providers([name])
    report = check_provider(provider, project.specs_dir, lenient=lenient)
    if report.errors or report.document is None:
        return Rendered(name, errors=report.errors)
    record: dict[str, str] = {}
    try:
        warnings = render_client(
            project.templates_dir, provider.settings, report.document, output, lenient=lenient, record=record
        )
    except SpecError as exc:
        return Rendered(name, errors=exc.problems)
    return Rendered(name, time.perf_counter() - started, warnings, record=record)


def _render_each(tasks: list[tuple[Path, str, Path, bool]], jobs: int) -> Iterator[Rendered]:
    """Render every task, in ``jobs`` forked worker processes when there is more than one to do."""
    if jobs <= 1 or len(tasks) <= 1:
        for task in tasks:
            yield render_provider(*task)
        return
    methods = multiprocessing.get_all_start_methods()
    # Forked workers start at once with everything this process imported; spawned ones would
    # import the whole pipeline again, each.
    context = multiprocessing.get_context("fork") if "fork" in methods else None
    # Each worker dies with this process, whatever ends it (see specfleet._process.lifeline).
    with ProcessPoolExecutor(
        max_workers=min(jobs, len(tasks)),
        mp_context=context,
        initializer=lifeline.attach,
        initargs=(os.getpid(),),
    ) as pool:
        with lifeline.forking():  # the pool forks its workers on the first submit
            futures = [pool.submit(render_provider, *task) for task in tasks]
        stopped = False
        try:
            for future in as_completed(futures):
                yield future.result()
        except KeyboardInterrupt:
            # The run is stopping and its workers are gone: the pool fails what is left itself
            # (cancelling too would race it, and Python 3.11's pool prints an error then).
            stopped = True
            raise
        finally:
            if not stopped:
                for future in futures:
                    future.cancel()


def default_jobs() -> int:
    return os.cpu_count() or 1


def render_all(
    project: Project,
    names: list[str] | None,
    scratch: Path,
    *,
    lenient: bool = False,
    jobs: int | None = None,
    record: bool = False,
) -> tuple[list[Provider], list[Problem]]:
    """Validate, render, format, check and stamp the named clients into ``scratch/<provider>-client``.

    Each client is validated and rendered in a worker process (``jobs`` of them, default: one
    per CPU); ruff and the import check then run once over all of them.  Every spec problem of
    every provider is reported together.  Returns the providers and the warnings (repairs the
    normaliser made), both in the providers' order.  ``record``: each client.toml's
    ``[resources]`` gets the names it does not keep yet, once every client rendered.
    """
    providers = project.providers(names)
    fleet = Fleet.of(project)
    inputs = {provider.name: fleet.inputs(provider, lenient=lenient) for provider in providers}
    outputs = {provider.name: scratch / project.output_dir(provider).name for provider in providers}
    tasks = [(project.root, provider.name, outputs[provider.name], lenient) for provider in providers]
    results: dict[str, Rendered] = {}
    for rendered in _render_each(tasks, default_jobs() if jobs is None else jobs):
        results[rendered.name] = rendered
        if not rendered.errors:
            progress(f"rendered {outputs[rendered.name].name} in {rendered.seconds:.1f} s")
    errors = [problem for provider in providers for problem in results[provider.name].errors]
    if errors:
        raise SpecError(errors)
    packages = {outputs[provider.name].name: provider.settings.package for provider in providers}
    finish(scratch, packages, jobs=jobs)
    for provider in providers:
        if record and record_resources(provider.settings_path, results[provider.name].record):
            progress(f"recorded new resource names in {provider.settings_path.name} of {provider.name}")
            inputs[provider.name] = fleet.inputs(provider, lenient=lenient)  # the names it rendered
        write_stamp(outputs[provider.name], inputs[provider.name])
    warnings = [problem for provider in providers for problem in results[provider.name].warnings]
    return providers, warnings


def replace_dirs(moves: list[tuple[Path, Path]]) -> None:
    """Move each new directory onto its target in one rename each; undo all if one fails."""
    if not moves:
        return
    parent = moves[0][1].parent
    parent.mkdir(parents=True, exist_ok=True)
    backups: list[tuple[Path, Path | None]] = []
    # SIGTERM or Ctrl-C waits until every client moved (or none did) and the old ones are gone.
    with lifeline.signals_deferred():
        trash = make_dir(parent, ".old")
        try:
            for new, target in moves:
                backup = None
                if target.exists():
                    backup = trash / target.name
                    os.replace(target, backup)
                backups.append((target, backup))
                os.replace(new, target)
        except OSError as exc:
            for target, backup in reversed(backups):
                if target.exists() and backup is not None:
                    shutil.rmtree(target, ignore_errors=True)
                if backup is not None:
                    os.replace(backup, target)
            raise SpecfleetError(f"could not move the new clients into {parent}: {exc}") from None
        finally:
            shutil.rmtree(trash, ignore_errors=True)


def swap_in(project: Project, providers: list[Provider], scratch: Path) -> None:
    """Move every rendered client into generated/, restoring the old ones if a move fails."""
    replace_dirs([(scratch / project.output_dir(p).name, project.output_dir(p)) for p in providers])


@contextmanager
def scratch_dir(project: Project | Path) -> Iterator[Path]:
    """A temporary directory on the same filesystem as the output, so the swap is a rename."""
    parent = project.root if isinstance(project, Project) else project
    path: Path | None = None
    try:
        with lifeline.signals_deferred():  # a signal cannot fall between making it and owning it
            path = make_dir(parent, ".specfleet")  # named after this run: see specfleet._process.scratch
        yield path
    finally:
        if path is not None:
            with lifeline.signals_deferred():
                shutil.rmtree(path, ignore_errors=True)


def generate(
    project: Project,
    names: list[str] | None = None,
    *,
    lenient: bool = False,
    force: bool = False,
    jobs: int | None = None,
) -> tuple[list[Provider], list[Problem]]:
    """Regenerate the named clients (default: all) whose stamp says they are out of date.

    ``force`` regenerates them all.  All or nothing: every client that needs work is rendered
    into one scratch directory, and only when all of them rendered, formatted and checked are
    they moved into ``generated/``.  Returns the clients regenerated and the warnings.
    """
    states = assess(project, project.providers(names), lenient=lenient)
    stale = [state.provider.name for state in states if force or not state.up_to_date]
    for state in states:
        if state.provider.name not in stale:
            progress(f"{state.client_dir.name} up to date")
    if not stale:
        return [], []
    with scratch_dir(project) as scratch:
        providers, warnings = render_all(project, stale, scratch, lenient=lenient, jobs=jobs, record=True)
        swap_in(project, providers, scratch)
    return providers, warnings


# --- one spec outside the fleet -------------------------------------------------------------------

_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*\Z")
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)\Z")


def settings_for(name: str, document: Document) -> ClientSettings:
    """Client settings for a spec adopted as it is: ``<name>-client`` / ``<name>_client``, an auth
    helper per security scheme, and the spec file named as the source."""
    info = document.data.get("info") if isinstance(document.data.get("info"), dict) else {}
    assert isinstance(info, dict)
    version = str(info.get("version", ""))
    title = " ".join(str(info.get("title") or name).split())
    return adopted(
        ClientSettings(
            distribution=f"{name}-client",
            package=f"{name.replace('-', '_')}_client",
            version=version if _SEMVER.match(version) else "0.1.0",
            description=f"A Python client for {title}, generated by specfleet."[:200],
        ),
        document,
    )


def adopted(settings: ClientSettings, document: Document) -> ClientSettings:
    """Settings of a spec adopted from elsewhere: helpers from its security schemes when
    ``[auth]`` names none, and the spec file as its source when ``source`` says nothing."""
    changes: dict[str, object] = {}
    if settings.auth == Auth():
        components = document.data.get("components")
        schemes = components.get("securitySchemes") if isinstance(components, dict) else None
        uses: dict[str, int] = {}
        for operation in spec_model(document).operations:
            for name in {name for alternative in operation.security.alternatives for name in alternative}:
                uses[name] = uses.get(name, 0) + 1
        changes["auth"] = derived_auth(schemes if isinstance(schemes, dict) else {}, uses)
    if not settings.source:
        changes["source"] = f"`{document.path.name}`, adopted as published"
    return settings.model_copy(update=changes)


def templates_dir() -> Path:
    """The fleet's templates when run inside a project, else the ones beside this source tree."""
    try:
        return find_project().templates_dir
    except SpecfleetError:
        here = Path(__file__).resolve().parents[3] / "templates"
        if here.is_dir():
            return here
        raise


def generate_from(
    spec: Path,
    out: Path,
    name: str | None,
    *,
    lenient: bool = False,
    config: Path | None = None,
    summary: list[loosely.Summary] | None = None,
) -> tuple[Path, list[Problem]]:
    """Validate, normalise, render, format, check and atomically write one client for ``spec``.

    ``config``: a ``client.toml`` (names, license, authors, auth helpers, resource names);
    ``summary``: receives how typed the client came out (a lenient run's last line).
    """
    configured = _adoption_settings(spec, name, config)
    root = spec.resolve().parent
    report = load_checked(spec, root, lenient=lenient)
    if report.errors or report.document is None:
        raise SpecError(report.errors)
    document = report.document
    settings = adopted(configured, document) if configured else settings_for(str(name), document)
    out.mkdir(parents=True, exist_ok=True)
    target = out / settings.distribution
    # The schema check and lint run beside rendering; their errors, when any, are the real cause.
    checking = Background(_problems_after_load, report, root, lenient)
    try:
        with scratch_dir(out) as scratch:
            try:
                warnings, loosened, record = _render_until_it_builds(
                    settings, document, scratch / target.name, lenient
                )
            except Exception:  # a spec the checks refuse may trip rendering first: their errors are the cause
                _raise_errors(checking.result())
                raise
            problems = checking.result()
            _raise_errors(problems)
            if summary is not None:
                package = scratch / target.name / settings.package
                summary.append(loosely.summarise(document, package, loosened, [*problems, *warnings]))
            replace_dirs([(scratch / target.name, target)])
            if config is not None:  # the adopted client's names, kept for its next generation
                record_resources(config, record)
    finally:
        checking.cancel()
    return target, [*problems, *warnings]


def _adoption_settings(spec: Path, name: str | None, config: Path | None) -> ClientSettings | None:
    """The ``--config`` file's settings (None without one), once the command line is checked."""
    configured = None
    if config is not None:
        configured = load_settings(config)
        refused = lint_table_problems(config, configured)
        if refused:
            raise SpecError(refused)
    if configured is None and name is None:
        raise SpecfleetError("--from SPEC needs --name NAME or --config client.toml")
    if name is not None and not _NAME.match(name):
        raise SpecfleetError(
            f"--name {name!r}: use lower-case letters, digits and single hyphens, starting with a letter"
        )
    if not spec.is_file():
        raise SpecfleetError(f"--from {spec}: no such file")
    return configured


def _render_until_it_builds(
    settings: ClientSettings, document: Document, output: Path, lenient: bool
) -> tuple[list[Problem], list[loosely.Loosened], dict[str, str]]:
    """Render and finish the client in ``output``: its warnings, the parts a lenient run typed
    loosely, and the names ``[resources]`` records.

    A lenient run widens the part whose generated code fails, then renders again; a part that
    fails once widened, or a strict run, raises.
    """
    forced: list[loosely.Loosened] = []
    while True:
        loosened: list[loosely.Loosened] = []
        record: dict[str, str] = {}
        try:
            warnings = render_client(
                templates_dir(),
                settings,
                document,
                output,
                lenient=lenient,
                loosened=loosened,
                forced=forced,
                record=record,
            )
            finish(output.parent, {output.name: settings.package})
            return warnings, loosened, record
        except SpecfleetError as exc:
            part = loosely.part_of_output(document.data, str(exc), output.parent) if lenient else None
            if part is None or part.pointer in {item.pointer for item in forced}:
                raise
            forced.append(part)
            shutil.rmtree(output, ignore_errors=True)


def _raise_errors(problems: list[Problem]) -> None:
    """Stop at the schema check's and lint's errors, when there are any: they are the cause."""
    errors = [problem for problem in problems if problem.level == "error"]
    if errors:
        raise SpecError(errors) from None


def _problems_after_load(report: Report, root: Path, lenient: bool) -> list[Problem]:
    return check_loaded(report, root, lenient=lenient).problems
