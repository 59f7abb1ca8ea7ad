"""specfleet's sessions: each installs the pipeline and calls it; the logic lives in src/specfleet.

Environments are made and filled by uv, pinned beside nox in the README's commands (venv and
pip are the slower fallback). specfleet is installed editable, so source edits show at once,
and installed again only when a pyproject.toml it was installed from changed.
"""

import hashlib
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["validate", "tests", "check"]

PYTHON = "3.11"
ROOT = Path(__file__).parent
CLIENTS = sorted(
    str(path) for path in (ROOT / "generated").glob("*-client") if (path / "pyproject.toml").is_file()
)


#: Kept in each session's environment: the digest of what was installed there.
INSTALLED_MARKER = ".specfleet-installed"


def install_key(extras: tuple[str, ...], clients: list[str]) -> str:
    """A digest of the install's inputs: the extras and every installed project's pyproject.toml.

    Installs are editable, so source edits need no reinstall; a changed pyproject (a new
    dependency, a bumped client version, another client) does.
    """
    digest = hashlib.sha256(",".join(extras).encode() + b"\0")
    for project in [str(ROOT), *clients]:
        pyproject = Path(project) / "pyproject.toml"
        digest.update(Path(project).name.encode() + b"\0" + pyproject.read_bytes() + b"\0")
    return digest.hexdigest()


def install(session: nox.Session, *extras: str, clients: list[str] | None = None) -> None:
    """Install specfleet (and ``clients``) editable, unless this environment already has them as declared now."""
    key = install_key(extras, clients or [])
    # An editable install's code stays in src/, where uv compiles nothing: compile it here
    # (only what changed), or under PYTHONDONTWRITEBYTECODE every run compiles every module.
    session.run("python", "-m", "compileall", "-q", "src", *(clients or []), silent=True, external=True)
    location = getattr(session.virtualenv, "location", None)
    marker = Path(location) / INSTALLED_MARKER if location else None
    if marker is not None and marker.is_file() and marker.read_text(encoding="utf-8") == key:
        session.log("specfleet is installed as pyproject.toml declares it; not reinstalling")
        return
    if session.venv_backend == "venv":
        session.warn("uv is not installed beside nox: falling back to venv and pip, several times slower")
    # uv leaves bytecode to the first import, which PYTHONDONTWRITEBYTECODE turns into every import
    compiled = {"UV_COMPILE_BYTECODE": "1"}
    session.install("-e", f".[{','.join(extras)}]" if extras else ".", env=compiled)
    if clients:
        session.install(*[arg for client in clients for arg in ("-e", client)], env=compiled)
    if marker is not None:
        marker.write_text(key, encoding="utf-8")


@nox.session(python=PYTHON)
def validate(session: nox.Session) -> None:
    """Check every spec: YAML, $refs, the OpenAPI schema and our lint rules."""
    install(session)
    session.run("python", "-m", "specfleet", "validate", *session.posargs)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Validate the specs, then regenerate every client into generated/ (atomically)."""
    install(session)
    session.run("python", "-m", "specfleet", "generate", *session.posargs)


@nox.session(python=PYTHON)
def check(session: nox.Session) -> None:
    """Drift gate: fail when generated/ is not what specs/ and templates/ produce."""
    install(session)
    session.run("python", "-m", "specfleet", "check", *session.posargs)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite (Prism and pypiserver included), with the generated clients installed."""
    install(session, "test", clients=CLIENTS)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """Draw specs from the grammar for ``-- --minutes N`` (default 10); each that fails is kept in tests/data/fuzz."""
    install(session, "test", clients=CLIENTS)
    args = list(session.posargs)
    minutes = "10"
    if "--minutes" in args:
        at = args.index("--minutes")
        minutes = args[at + 1]
        del args[at : at + 2]
    session.run(
        "pytest", "tests/test_spec_generator.py", "-n", "0", "-q", "-k", "every_drawn_spec", *args,
        env={"SPECFLEET_FUZZ_MINUTES": minutes, "SPECFLEET_FUZZ_KEEP": "1"},
    )  # fmt: skip


@nox.session(python=False)
def prism(session: nox.Session) -> None:
    """Install the pinned Prism mock server (tools/prism) exactly as locked; the tests do it too."""
    session.run(
        "npm", "ci", "--prefix", "tools/prism", "--no-audit", "--no-fund", "--loglevel=error", external=True
    )


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict on the pipeline and on every generated client."""
    install(session, "test")
    session.run("ruff", "check", "src", "tests", "noxfile.py")
    session.run("mypy", "src/specfleet")
    for client in CLIENTS:
        with session.chdir(client):
            # the bodies the signature-only stubs (.pyi) leave out, then the stubs users' mypy reads
            session.run(
                "mypy",
                "--strict",
                *sorted(str(p) for p in Path().rglob("*.py") if "__pycache__" not in p.parts),
            )
            session.run("mypy", "--strict", ".")


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks: real specs beside opc and the spec validator, Stripe diff beside PyYAML (ratios), fleet, 4 MB diff,
    the generated OpenAI client beside the official SDKs."""
    install(session)
    # the official SDKs the generated clients are compared with (`nox -s bench -- sdk`), pinned
    session.install("openai==3.63.0", "stripe==16.1.0", "mypy==2.4.1")
    session.run("python", "benchmarks/run.py", *session.posargs)


@nox.session(python=PYTHON)
def diff(session: nox.Session) -> None:
    """Review spec changes against a git ref (default: merge base with main): rules, bump, report.

    Arguments after ``--`` are ``specfleet diff``'s own: ``nox -s diff -- numind --base v1 --format markdown``.
    """
    install(session)
    session.run("python", "-m", "specfleet", "diff", *session.posargs)


@nox.session(python=PYTHON)
def release(session: nox.Session) -> None:
    """Apply the bump each spec change needs, prepend the changelog, regenerate."""
    install(session)
    session.run("python", "-m", "specfleet", "release", *session.posargs)


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Reproducible sdist and wheel of every client into dist/<provider>/."""
    install(session)
    session.run("python", "-m", "specfleet", "build", *session.posargs)


@nox.session(python=PYTHON)
def publish(session: nox.Session) -> None:
    """Upload clients whose version is not on the index yet (credentials from TWINE_* only)."""
    install(session)
    session.run("python", "-m", "specfleet", "publish", *session.posargs)


@nox.session(python=PYTHON)
def workflows(session: nox.Session) -> None:
    """The GitHub Actions workflows and pre-commit files: schemas, zizmor's audits (pinned checkers)."""
    session.install("-r", "tools/ci/checkers.txt")
    workflow_files = sorted(str(path) for path in (ROOT / ".github" / "workflows").glob("*.yml"))
    session.run("check-jsonschema", "--builtin-schema", "vendor.github-workflows", *workflow_files)
    session.run("zizmor", "--offline", ".github/")
    session.run("pre-commit", "validate-config", ".pre-commit-config.yaml")
    session.run("pre-commit", "validate-manifest", ".pre-commit-hooks.yaml")
