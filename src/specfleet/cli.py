"""``python -m specfleet``: one sub-command per pipeline stage.

Each stage module exposes ``add_arguments(parser)`` and ``main(args) -> int``; this
module only wires them up and turns our errors into a message and an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from specfleet.errors import SpecError, SpecfleetError

#: sub-command -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("specfleet.validate", "check specs: YAML, OpenAPI schema and our lint rules"),
    "generate": ("specfleet.generate_command", "validate and regenerate the clients whose inputs changed"),
    "check": ("specfleet.check", "fail when generated/ is not what specs/ and templates/ produce"),
    "diff": ("specfleet.diff.command", "review an API change: rules broken, semver bump, changelog"),
    "release": ("specfleet.release", "apply the bump a spec change needs, write the changelog, regenerate"),
    "build": ("specfleet.build", "build sdists and wheels of the clients, reproducibly"),
    "publish": ("specfleet.publish", "upload client packages whose version is not on the index yet"),
}


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; only the stage named in ``argv`` (all of them without ``argv``) gets its options.

    Importing a stage is importing its tools (the diff engine alone takes half a second), and
    a command runs one stage: ``specfleet generate`` need not wait for the diff engine to load.
    """
    chosen = next((arg for arg in argv if not arg.startswith("-")), None) if argv is not None else None
    parser = argparse.ArgumentParser(prog="specfleet", description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(_module=module_name)
        if chosen in COMMANDS and name != chosen:
            continue
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not module_name.startswith(exc.name):
                raise
            continue  # that stage is not built yet
        module.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        module = importlib.import_module(args._module)
    except ModuleNotFoundError:
        parser.error(f"'{args.command}' is not available in this version of specfleet")
    try:
        return int(module.main(args))
    except SpecError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except SpecfleetError as exc:
        print(f"specfleet {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug of ours, never a traceback: one line and a way to report it
        where = _innermost_frame(exc)
        print(
            f"specfleet {args.command}: internal error: {type(exc).__name__}: {str(exc)[:300]} ({where}); "
            "this is a bug in specfleet, please report it with the command and spec that caused it",
            file=sys.stderr,
        )
        return 2


def _innermost_frame(exc: BaseException) -> str:
    """``module.py:123`` of the line that raised, so a bug report can point at it."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "no traceback"
    frame = frames[-1]
    return f"{Path(frame.filename).name}:{frame.lineno}"
