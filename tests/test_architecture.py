"""The layers of specfleet hold: commands call stages, stages read the spec, nothing climbs back up.

The contracts are in pyproject.toml (``[tool.importlinter]``); this runs import-linter's own
command on them, so a new import that goes the wrong way fails here with the import named.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_imports_flow_one_way_and_in_no_circle() -> None:
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or "lint-imports"
    result = subprocess.run([command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout
