"""``python -m specfleet``: one sub-command per pipeline stage.

Each module of :mod:`specfleet.commands` exposes ``add_arguments(parser)`` and
``main(args) -> int``; this
module only wires them up and turns our errors into a message and an exit code.
A stage's ``--help`` shows the first paragraph of its module docstring, as plain text.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import signal
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import NoReturn

from specfleet import __version__
from specfleet._process import lifeline, progress, scratch
from specfleet.errors import SpecError, SpecfleetError

#: sub-command -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "list": (
        "specfleet.commands.list",
        "the providers: name, distribution, package, version (--json: a CI matrix)",
    ),
    "validate": ("specfleet.commands.validate", "check specs: YAML, OpenAPI schema and our lint rules"),
    "generate": ("specfleet.commands.generate", "validate and regenerate the clients whose inputs changed"),
    "check": ("specfleet.commands.check", "fail when generated/ is not what specs/ and templates/ produce"),
    "diff": ("specfleet.commands.diff", "review an API change: rules broken, semver bump, changelog"),
    "release": (
        "specfleet.commands.release",
        "apply the bump a spec change needs, write the changelog, regenerate",
    ),
    "build": ("specfleet.commands.build", "build sdists and wheels of the clients, reproducibly"),
    "publish": ("specfleet.commands.publish", "upload client packages whose version is not on the index yet"),
    "new": (
        "specfleet.commands.new",
        "start a provider: specs/NAME/ with a spec and client.toml that generate",
    ),
    "mock": (
        "specfleet.commands.mock",
        "serve a Prism mock of one provider's spec, for trying a client by hand",
    ),
}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; only the stage named in ``argv`` (all of them without ``argv``) gets its options.

    Importing a stage is importing its tools (the diff engine alone takes half a second), and
    a command runs one stage: ``specfleet generate`` need not wait for the diff engine to load.
    """
    chosen = next((arg for arg in argv if not arg.startswith("-")), None) if argv is not None else None
    parser = argparse.ArgumentParser(prog="specfleet", description=plain_help(__doc__ or ""))
    parser.add_argument("--version", action="version", version=f"specfleet {__version__}")
    _add_quiet(parser, default=False)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(_module=module_name)
        _add_quiet(sub, default=argparse.SUPPRESS)  # also after the command: `specfleet build -q`
        if chosen in COMMANDS and name != chosen:
            continue
        module = importlib.import_module(module_name)
        sub.description = plain_help(module.__doc__ or "") or help_text
        module.add_arguments(sub)
    return parser


def _add_quiet(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default,
        help="no progress or info lines on stderr (errors and results still print)",
    )


def plain_help(docstring: str) -> str:
    """The first paragraph of a docstring as help text: ``x`` and :func:`x` become plain x."""
    paragraph = docstring.strip().split("\n\n", 1)[0]
    text = re.sub(r":[a-z]+:`~?([^`]+)`", r"\1", paragraph)
    text = re.sub(r"``([^`]+)``", r"\1", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    progress.set_quiet(bool(getattr(args, "quiet", False)))
    with lifeline.handling_signals():
        try:
            module = importlib.import_module(args._module)
        except ModuleNotFoundError:
            parser.error(f"'{args.command}' is not available in this version of specfleet")
        except KeyboardInterrupt:
            return _interrupted(args)
        return _run(module, args)


def _run(module: ModuleType, args: argparse.Namespace) -> int:
    """One stage, with its errors and interruptions turned into a message and an exit code.

    A run told to stop ends as stopped whatever it was doing: the exception a signal raises
    can be swallowed (Python ignores exceptions in fork hooks and finalisers), and then the
    stopped workers show up as some other error.
    """
    try:
        _sweep()
        code = int(module.main(args))
    except KeyboardInterrupt:
        return _interrupted(args)
    except Exception as exc:
        if lifeline.received() is not None:
            return _interrupted(args)
        return _failed(args, exc)
    stopped = lifeline.received()
    if stopped is None or (stopped == signal.SIGINT and getattr(module, "STOPS_ON_CTRL_C", False)):
        return code  # a stage that runs until Ctrl-C (mock) keeps its own exit code for it
    return _interrupted(args)


def _failed(args: argparse.Namespace, exc: Exception) -> int:
    """Our errors as a message and exit 1; anything else as one line and exit 2."""
    if isinstance(exc, SpecError):
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    if isinstance(exc, SpecfleetError):
        print(f"specfleet {args.command}: error: {exc}", file=sys.stderr)
        return 1
    # A bug of ours, never a traceback: one line and a way to report it.
    where = _innermost_frame(exc)
    print(
        f"specfleet {args.command}: internal error: {type(exc).__name__}: {str(exc)[:300]} ({where}); "
        "this is a bug in specfleet, please report it with the command and spec that caused it",
        file=sys.stderr,
    )
    return 2


def _interrupted(args: argparse.Namespace) -> int:
    """Ctrl-C ends a run quietly with 130, as it always did; SIGTERM and SIGHUP with one line."""
    signum = lifeline.received() or signal.SIGINT
    if signum == signal.SIGINT:
        return 130
    print(
        f"specfleet {args.command}: stopped by {signal.Signals(signum).name}: "
        "its workers were stopped and its scratch removed",
        file=sys.stderr,
    )
    return 128 + signum


def _sweep() -> None:
    """Remove the scratch that runs killed outright left (never a live run's)."""
    from specfleet.layout import find_project

    try:
        root: Path | None = find_project().root
    except SpecfleetError:
        root = None  # a command run outside a project: only the temporary directory
    scratch.sweep(root)


def run() -> NoReturn:
    """The ``specfleet`` command: :func:`main`, then exit without freeing the heap.

    A diff of two 4 MB specs holds millions of objects; freeing them one by one at
    interpreter exit took two seconds of nothing.  Every file, child process and
    temporary directory is closed by then (``with`` blocks); only output is flushed.
    """
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # a reader that stopped early (``| head``) is not an error
        pass
    os._exit(code)


def _innermost_frame(exc: BaseException) -> str:
    """``module.py:123`` of the line that raised, so a bug report can point at it."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "no traceback"
    frame = frames[-1]
    return f"{Path(frame.filename).name}:{frame.lineno}"
