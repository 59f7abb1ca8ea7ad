"""The command line itself: --version, --quiet, plain --help, and no terminal escapes anywhere."""

from __future__ import annotations

import argparse
import os
import select
import signal
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import cast

import pytest

import specfleet
from specfleet import cli
from specfleet._process import lifeline
from specfleet.cli import COMMANDS, plain_help

from .conftest import ROOT, CliRunner

ESCAPE = "\x1b"


def test_version_is_the_package_version(run_cli: CliRunner) -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert result.stdout == f"specfleet {declared}\n" == f"specfleet {specfleet.__version__}\n"


def test_plain_help_drops_restructured_text_markup() -> None:
    docstring = """``specfleet build``: a wheel of each client into ``dist/<provider>/``.

    Not this paragraph.
    """
    assert plain_help(docstring) == "specfleet build: a wheel of each client into dist/<provider>/."
    assert (
        plain_help("Uses :func:`specfleet.generation.plan.plan` and `x`\n  twice.")
        == "Uses specfleet.generation.plan.plan and x twice."
    )


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_is_plain_text(run_cli: CliRunner, command: str | None) -> None:
    result = run_cli(*([command] if command else []), "--help")
    assert result.returncode == 0, result.stderr
    assert "`" not in result.stdout and ":func:" not in result.stdout
    assert ESCAPE not in result.stdout + result.stderr
    assert "--quiet" in result.stdout


BROKEN_SPEC = """openapi: 3.0.3
info: {title: Broken, version: '1'}
paths:
  /a:
    get:
      operationId: getA
      summary: A
      tags: [a]
      responses:
        '200': {$ref: '#/components/responses/Nope'}
"""


def test_quiet_drops_info_lines_but_never_problems_or_errors(tmp_path: Path, run_cli: CliRunner) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(BROKEN_SPEC, encoding="utf-8")
    loud = run_cli("validate", str(spec), cwd=tmp_path)
    assert loud.returncode == 1 and "spec(s) checked" in loud.stderr
    for args in (("--quiet", "validate", str(spec)), ("validate", "-q", str(spec))):
        quiet = run_cli(*args, cwd=tmp_path)
        assert quiet.returncode == 1
        assert quiet.stdout == loud.stdout and "error ref-" in quiet.stdout
        assert quiet.stderr == ""
    failed = run_cli("--quiet", "build", "no-such-provider", cwd=ROOT)
    assert failed.returncode == 1 and "unknown provider(s): no-such-provider" in failed.stderr


def _on_a_terminal(code: str, env: dict[str, str]) -> str:
    """Run ``code`` with stderr on a pseudo-terminal; what the terminal received."""
    primary, secondary = os.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-c", code],
            stderr=secondary,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **env},
        )
        os.close(secondary)
        received = b""
        while True:
            ready, _, _ = select.select([primary], [], [], 30)
            if not ready:
                break
            try:
                chunk = os.read(primary, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not chunk:
                break
            received += chunk
        assert process.wait(timeout=30) == 0
    finally:
        os.close(primary)
    return received.decode()


PROGRESS = """
from specfleet._process import progress
progress.set_quiet({quiet})
progress.live("building actinia, numind, pollination")
progress.live("building numind")
progress.live("building numind")
progress.step("built numind-client 0.1.0", 6.14)
progress.live("building pollination")
progress.done()
"""


def test_live_line_on_a_terminal_is_redrawn_without_escapes() -> None:
    shown = _on_a_terminal(PROGRESS.format(quiet=False), {"NO_COLOR": "1", "TERM": "xterm"})
    assert ESCAPE not in shown
    assert "\rbuilding actinia, numind, pollination" in shown
    # the shorter line blanks out the rest of the longer one, then the finished step replaces it
    longer, shorter = "building actinia, numind, pollination", "building numind"
    assert "\r" + shorter + " " * (len(longer) - len(shorter)) in shown
    assert shown.count("building numind") == 1  # an unchanged live line is not written again
    assert "built numind-client 0.1.0 in 6.1 s\r\n" in shown
    assert shown.endswith("\r" + " " * len("building pollination") + "\r")


def test_no_live_line_when_quiet_or_on_a_dumb_terminal() -> None:
    assert _on_a_terminal(PROGRESS.format(quiet=True), {}) == ""
    dumb = _on_a_terminal(PROGRESS.format(quiet=False), {"TERM": "dumb"})
    assert dumb == "built numind-client 0.1.0 in 6.1 s\r\n"


def test_validate_on_a_terminal_with_no_color_has_no_escapes(tmp_path: Path) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(BROKEN_SPEC, encoding="utf-8")
    code = f"import sys; from specfleet.cli import main; main(['validate', {str(spec)!r}]); sys.exit(0)"
    shown = _on_a_terminal(code, {"NO_COLOR": "1"})
    assert "spec(s) checked" in shown and ESCAPE not in shown


class _SwallowsCtrlC:
    """A stage whose library catches the KeyboardInterrupt Ctrl-C raised, then fails for it."""

    @staticmethod
    def main(args: object) -> int:
        class Finalised:
            def __del__(self) -> None:
                raise KeyboardInterrupt  # what a library's finaliser or callback is left holding

        try:
            signal.raise_signal(signal.SIGINT)  # its handler runs before this call returns
        except KeyboardInterrupt:
            Finalised()  # dropped at once: Python reports the exception as unraisable
            print("spec.yaml:1:1: error made-up: the validator was interrupted", file=sys.stderr)
        return 1


class _RunsUntilCtrlC(_SwallowsCtrlC):
    STOPS_ON_CTRL_C = True


def test_a_run_whose_ctrl_c_was_swallowed_still_ends_as_stopped(capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(command="generate")
    with lifeline.handling_signals():
        code = cli._run(cast(ModuleType, _SwallowsCtrlC), args)
    assert code == 130
    assert "Traceback" not in capsys.readouterr().err


def test_a_stage_that_runs_until_ctrl_c_keeps_its_exit_code() -> None:
    with lifeline.handling_signals():
        assert cli._run(cast(ModuleType, _RunsUntilCtrlC), argparse.Namespace(command="mock")) == 1
