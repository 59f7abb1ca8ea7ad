"""The body of the one pull-request comment that carries the API diff report.

``python tools/ci/diff_comment.py REPORT.md > COMMENT.md`` reads what
``python -m specfleet diff --format markdown`` wrote and puts a hidden marker on its first
line: the pull-request workflow finds the comment it posted before by that marker and
updates it, so a pull request has one report however often it is pushed to. The body stays
within GitHub's comment limit with the marker included.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: Invisible in the rendered comment; the workflow's script looks for exactly this text.
MARKER = "<!-- specfleet-diff-report -->"

#: GitHub refuses a comment body longer than this many characters.
COMMENT_LIMIT = 65_536

CUT_NOTE = "\n\n… (report cut to fit a comment; run `python -m specfleet diff --format json`)\n"


def comment_body(report: str) -> str:
    """``report`` under the marker, cut at a line boundary when the two exceed the limit."""
    if not report.strip():
        raise ValueError("the diff report is empty: specfleet diff wrote nothing")
    body = f"{MARKER}\n{report}"
    if len(body) <= COMMENT_LIMIT:
        return body
    kept = body[: COMMENT_LIMIT - len(CUT_NOTE)].rsplit("\n", 1)[0]
    return kept + CUT_NOTE


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: diff_comment.py REPORT.md", file=sys.stderr)
        return 2
    try:
        report = Path(argv[0]).read_text(encoding="utf-8")
        body = comment_body(report)
    except (OSError, ValueError) as exc:
        print(f"diff_comment.py: error: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(body)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
