"""`nox -s bench [-- NAME ...]`: the figures we hold ourselves to, measured on this machine.

- ``fleet``: a fleet of 20 clients (five renamed copies of each of our four providers):
  a cold ``specfleet generate`` against the naive loop (per spec, the ``openapi-spec-validator``
  CLI and the ``openapi-python-client generate`` CLI), then a ``generate`` that finds nothing
  changed, a ``check`` of the unchanged fleet, and a ``generate`` after one spec changed;
- ``synthetic``: load, validate and diff a synthetic 4 MB spec;
- ``real``: each real spec in ../shared/real-specs, side by side with its anchor, alternating
  in one run (the machines are shared and noisy, so the ratio is the figure, not the seconds):
  ``specfleet generate --from SPEC --lenient`` against ``openapi-python-client generate`` with
  ``literal_enums: true`` (time and peak memory of the whole process), and
  ``specfleet validate SPEC --lenient`` against the ``openapi-spec-validator`` CLI;
- ``diff``: ``specfleet diff BASE REVISION --format markdown`` on the real Stripe pair (rule
  report and Python API), side by side with parsing both files with PyYAML's C loader: cold,
  with the base's Python API surface kept by an earlier run, and with both kept; and the
  size of the pull-request comment (a GitHub comment holds at most 65,536 characters).
- ``build``: ``specfleet build`` of one small client (numind) against ``python -m build`` of
  the same client folder, alternating; the backend environment specfleet keeps is made once,
  untimed, before the rounds, as it is once per machine (goal: at most 5 s per client);
- ``sdk``: the client generated from OpenAI's published spec beside the official ``openai`` SDK
  (pinned in the bench session): ``import`` plus constructing a client (target: at most 1.0x),
  ``mypy --strict`` on equivalent 20-line scripts (benchmarks/sdk_scripts; target: at most
  1.5x), and how many of the openai and stripe SDKs' methods our resource names match
  (benchmarks/sdk_names.py; target: at least 80%);
- ``clients``: per-call overhead of a generated client: ``client.<tag>.<operation>()`` against a
  raw ``httpx.Client`` GET of the same URL on a loopback server (another process), alternating
  blocks of calls; the ratio of the medians is the figure (target: at most 1.15).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL_SPECS = ROOT.parent / "shared" / "real-specs"
BIN = Path(sys.executable).parent


def timed(label: str, func: object, *args: object, **kwargs: object) -> float:
    started = time.perf_counter()
    func(*args, **kwargs)  # type: ignore[operator]
    elapsed = time.perf_counter() - started
    print(f"{label:<45} {elapsed:8.2f} s")
    return elapsed


def run_measured(
    command: list[str], cwd: Path, output: Path | None = None, env: dict[str, str] | None = None
) -> tuple[float, float, int]:
    """Run ``command`` (its standard output into ``output``, if given); wall time (s), peak MB, exit code."""
    started = time.perf_counter()
    with open(output or os.devnull, "wb") as sink:
        process = subprocess.Popen(command, cwd=cwd, stdout=sink, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - started, usage.ru_maxrss / 1024, process.returncode


def side_by_side(
    label: str,
    ours: list[str],
    anchor: list[str],
    cwd: Path,
    rounds: int,
    *,
    ok: tuple[int, ...] = (0,),
    output: Path | None = None,
    env: dict[str, str] | None = None,
) -> None:
    """Alternate ours and the anchor ``rounds`` times; print medians and the ratios.

    ``ok``: the exit codes of ours that are a successful run; ``output``: where ours writes;
    ``env``: ours's environment.
    """
    times: dict[str, list[float]] = {"ours": [], "anchor": []}
    memory: dict[str, list[float]] = {"ours": [], "anchor": []}
    for _ in range(rounds):
        for who, command in (("ours", ours), ("anchor", anchor)):
            elapsed, peak, code = run_measured(
                command, cwd, output if who == "ours" else None, env if who == "ours" else None
            )
            if who == "ours" and code not in ok:
                raise SystemExit(f"{label}: {' '.join(command)} exited {code}")
            times[who].append(elapsed)
            memory[who].append(peak)
    ours_t, anchor_t = statistics.median(times["ours"]), statistics.median(times["anchor"])
    ours_m, anchor_m = max(memory["ours"]), max(memory["anchor"])
    print(
        f"{label:<34} ours {ours_t:6.1f} s {ours_m:6.0f} MB | anchor {anchor_t:6.1f} s {anchor_m:6.0f} MB"
        f" | time {ours_t / anchor_t:.2f}x memory {ours_m / anchor_m:.2f}x",
        flush=True,
    )


def real_specs(rounds: int) -> None:
    wanted = os.environ.get("BENCH_SPECS", "")  # e.g. BENCH_SPECS=stripe: only paths containing it
    specs = [spec for spec in sorted(REAL_SPECS.glob("*/*.yaml")) if wanted in str(spec)]
    if not specs:
        raise SystemExit(f"no real specs under {REAL_SPECS}")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        (work / "opc.yaml").write_text("literal_enums: true\n")
        for spec in specs:
            name = spec.stem.lower().replace("_", "-").replace(".", "-")
            ours = [str(BIN / "python"), "-m", "specfleet", "generate", "--from", str(spec)]
            ours += ["--out", str(work / "ours"), "--name", "bench", "--lenient"]
            anchor = [str(BIN / "openapi-python-client"), "generate", "--path", str(spec), "--meta", "none"]
            anchor += ["--config", "opc.yaml", "--overwrite", "--output-path", str(work / "opc")]
            side_by_side(f"generate {name}", ours, anchor, work, rounds)
            ours = [str(BIN / "python"), "-m", "specfleet", "validate", str(spec), "--lenient"]
            anchor = [str(BIN / "openapi-spec-validator"), str(spec)]
            side_by_side(f"validate {name}", ours, anchor, work, rounds)


#: The real pair the diff is measured on: a month of Stripe's API (131k changes, oasdiff's way).
STRIPE_BASE = REAL_SPECS / "stripe" / "spec3-2023-08-10.yaml"
STRIPE_REVISION = REAL_SPECS / "stripe" / "spec3-2023-09-12.yaml"
#: What GitHub accepts as one pull-request comment.
COMMENT_LIMIT = 65_536
_PARSE_BOTH = "import sys, yaml\nfor p in sys.argv[1:]:\n    yaml.load(open(p), Loader=yaml.CSafeLoader)"


def diff_real(rounds: int) -> None:
    """The default diff (rules and Python API) against parsing both specs, the least any diff reads.

    Cold only: the Python API side reads just the part of each spec whose surface can differ and
    keeps nothing on disk (kept surfaces serve whole reads: ``release``, specs that cannot be cut),
    so a second run on the same pair costs what the first did.
    """
    if not STRIPE_BASE.is_file() or not STRIPE_REVISION.is_file():
        raise SystemExit(f"no Stripe pair under {REAL_SPECS / 'stripe'}")
    specs = [str(STRIPE_BASE), str(STRIPE_REVISION)]
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        report = work / "report.md"
        ours = [str(BIN / "python"), "-m", "specfleet", "diff", *specs, "--format", "markdown"]
        anchor = [str(BIN / "python"), "-c", _PARSE_BOTH, *specs]
        side_by_side(
            "diff stripe (markdown, cold)",
            ours,
            anchor,
            work,
            rounds,
            ok=(0, 1),  # exit 1: the pair has breaking changes, which is a finished diff
            output=report,
            env=_with_cache(""),
        )
        size = len(report.read_text())
        verdict = "fits" if size <= COMMENT_LIMIT else "TOO BIG for"
        print(
            f"{'diff stripe markdown size':<34} {size:,} characters: {verdict} a comment ({COMMENT_LIMIT:,})"
        )


def _with_cache(directory: str) -> dict[str, str]:
    """This environment with specfleet's cache in ``directory`` ("": nothing kept)."""
    return {**os.environ, "SPECFLEET_CACHE_DIR": directory}


def main() -> None:
    chosen = set(sys.argv[1:]) or {"fleet", "synthetic", "real", "diff", "build"}
    if "real" in chosen:
        real_specs(rounds=int(os.environ.get("BENCH_ROUNDS", "1")))
    if "diff" in chosen:
        diff_real(rounds=int(os.environ.get("BENCH_ROUNDS", "3")))
    if "fleet" in chosen:
        fleet(rounds=int(os.environ.get("BENCH_ROUNDS", "1")))
    if "synthetic" in chosen:
        synthetic()
    if "clients" in chosen:
        clients_overhead()
    if "build" in chosen:
        build_one(rounds=int(os.environ.get("BENCH_ROUNDS", "3")))
    if "sdk" in chosen:
        sdk_comparison(rounds=int(os.environ.get("BENCH_ROUNDS", "5")))


# --- build ----------------------------------------------------------------------------------------

BUILD_PROVIDER = "numind"


def build_one(rounds: int) -> None:
    """``specfleet build PROVIDER`` against ``python -m build`` on the same client, in one scratch project."""
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for name in ("specs", "generated", "templates"):
            shutil.copytree(ROOT / name, work / name, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy2(ROOT / "pyproject.toml", work / "pyproject.toml")
        quiet = {"cwd": work, "check": True, "capture_output": True}
        subprocess.run(["git", "init", "-q"], **quiet)
        subprocess.run(["git", "add", "-A"], **quiet)
        subprocess.run(["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid",
                        "commit", "-q", "-m", "bench"], **quiet)  # fmt: skip
        ours = [str(BIN / "python"), "-m", "specfleet", "build", BUILD_PROVIDER]
        subprocess.run(ours, **quiet)  # the kept backend environment, made once per machine
        client = next((work / "generated").glob(f"{BUILD_PROVIDER}-client"))
        anchor = [str(BIN / "python"), "-m", "build", "--outdir", str(work / "anchor-dist"), str(client)]
        side_by_side(f"build {BUILD_PROVIDER} (goal <= 5 s)", ours, anchor, work, rounds)


# --- sdk ------------------------------------------------------------------------------------------

_IMPORT_OURS = "import openai_client; openai_client.Client()"
_IMPORT_SDK = "import openai; openai.OpenAI(api_key='unused')"
SDK_SCRIPTS = ROOT / "benchmarks" / "sdk_scripts"


def sdk_comparison(rounds: int) -> None:
    """The generated OpenAI client against the official SDK: import, mypy, names (see the top)."""
    import openai

    sdk_dir = Path(openai.__file__).parent
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(os.environ.get("BENCH_OPENAI_CLIENT") or scratch)  # a kept client skips generating it
        target = out / "openai-client"
        if not (target / "pyproject.toml").is_file():
            spec = REAL_SPECS / "openai" / "openapi-latest.yaml"
            command = [
                "generate",
                "--from",
                str(spec),
                "--name",
                "openai",
                "--lenient",
                "--out",
                str(out),
                "-q",
            ]
            timed("generate the openai client", _run, [str(BIN / "specfleet"), *command], ROOT)
        # both compiled ahead, so neither import pays for compiling
        for folder in (target / "openai_client", sdk_dir):
            subprocess.run(
                [sys.executable, "-m", "compileall", "-q", str(folder)], check=True, capture_output=True
            )
        python = [sys.executable, "-c"]
        side_by_side(
            "import + construct (openai SDK)", [*python, _IMPORT_OURS], [*python, _IMPORT_SDK], target, rounds
        )
        for script in SDK_SCRIPTS.glob("*.py"):
            shutil.copy2(script, target / script.name)
        mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull]
        side_by_side(
            "mypy --strict, 20 lines (openai SDK)",
            [*mypy, "ours.py"],
            [*mypy, "openai_sdk.py"],
            target,
            max(1, rounds // 2),
            ok=(0, 1),  # what mypy says about the generated package is `nox -s lint`'s business
        )
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import sdk_names

    sdk_names.main([])


# --- clients --------------------------------------------------------------------------------------

_LOOPBACK_SERVER = r"""
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
BODY = b'{"apiKey": "k"}'
# one write per answer: headers and body in separate segments meet delayed ACKs (40 ms a call)
ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(BODY), BODY)
class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        self.wfile.write(ANSWER)
    def log_message(self, *args):
        pass
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


def clients_overhead(blocks: int = 20, calls: int = 100) -> None:
    """A resource call of the timeular client against raw httpx, same URL, alternating blocks."""
    import httpx

    sys.path.insert(0, str(ROOT / "generated" / "timeular-client"))
    import timeular_client

    server = subprocess.Popen([sys.executable, "-c", _LOOPBACK_SERVER], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        with timeular_client.with_token("t", base_url=url) as client, httpx.Client(base_url=url) as raw:

            def ours() -> object:
                return client.api_access.retrieve().api_key

            def plain() -> object:
                return raw.get("/developer/api-access", headers={"Authorization": "Bearer t"}).json()[
                    "apiKey"
                ]

            labels = ("resource call", "raw httpx")
            wall: dict[str, list[float]] = {label: [] for label in labels}
            cpu: dict[str, list[float]] = {label: [] for label in labels}
            for func in (ours, plain):  # warm both connections
                for _ in range(calls):
                    func()
            for _ in range(blocks):
                for label, func in zip(labels, (ours, plain), strict=True):
                    started, started_cpu = time.perf_counter(), time.process_time()
                    for _ in range(calls):
                        func()
                    wall[label].append((time.perf_counter() - started) / calls)
                    cpu[label].append((time.process_time() - started_cpu) / calls)
        # The machine is shared: the fastest block is the least disturbed, and this process's CPU
        # time per call is what the client itself costs (the server runs in another process).
        for name, times in (("wall", wall), ("cpu", cpu)):
            best = {label: min(values) for label, values in times.items()}
            shown = ", ".join(f"{label} {value * 1e6:.0f} us" for label, value in best.items())
            ratio = best["resource call"] / best["raw httpx"]
            print(f"per call ({name}, fastest block): {shown}; {ratio:.2f}x raw httpx (target <= 1.15x)")
    finally:
        server.kill()
        server.wait()


#: How many copies of each of our providers make the measured fleet (4 x 5 = 20 clients).
FLEET_COPIES = 5


def build_fleet(destination: Path, copies: int = FLEET_COPIES) -> Path:
    """A project of ``copies`` renamed copies of each provider (``numind2``: ``numind2-client``/``numind2_client``)."""
    (destination / "specs").mkdir(parents=True)
    shutil.copytree(ROOT / "templates", destination / "templates")
    shutil.copy2(ROOT / "pyproject.toml", destination / "pyproject.toml")
    for spec_dir in sorted(path for path in (ROOT / "specs").iterdir() if (path / "client.toml").is_file()):
        provider = spec_dir.name
        for copy in range(1, copies + 1):
            name = f"{provider}{copy}"
            target = destination / "specs" / name
            shutil.copytree(spec_dir, target)
            settings = (target / "client.toml").read_text()
            settings = settings.replace(f'"{provider}-client"', f'"{name}-client"')
            settings = settings.replace(f'"{provider}_client"', f'"{name}_client"')
            (target / "client.toml").write_text(settings)
    return destination


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(
        command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def naive_fleet(project: Path, out: Path) -> float:
    """The anchor: for each spec, the spec validator's CLI, then openapi-python-client's (its ruff hooks on)."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    started = time.perf_counter()
    for spec in sorted((project / "specs").glob("*/openapi.yaml")):
        subprocess.run(
            [str(BIN / "openapi-spec-validator"), str(spec)], env=env, check=True, capture_output=True
        )
        generate = [str(BIN / "openapi-python-client"), "generate", "--path", str(spec), "--meta", "uv"]
        generate += ["--overwrite", "--output-path", str(out / spec.parent.name)]
        subprocess.run(generate, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def fleet(rounds: int) -> None:
    """20 clients: cold ``generate`` against the naive per-spec loop, a no-op ``generate`` and ``check``."""
    with tempfile.TemporaryDirectory() as scratch:
        project = build_fleet(Path(scratch) / "project")
        clients = len(list((project / "specs").iterdir()))
        generate = [str(BIN / "python"), "-m", "specfleet", "generate"]
        check = [str(BIN / "python"), "-m", "specfleet", "check"]
        times: dict[str, list[float]] = {"naive": [], "cold": [], "no-op": [], "check": [], "one spec": []}
        for _ in range(rounds):
            times["naive"].append(naive_fleet(project, Path(scratch) / "naive"))
            shutil.rmtree(project / "generated", ignore_errors=True)
            times["cold"].append(_run(generate, project))
            times["no-op"].append(_run(generate, project))
            times["check"].append(_run(check, project))
            spec = project / "specs" / "numind1" / "openapi.yaml"
            spec.write_text(spec.read_text() + "\n")  # one changed spec: one client rendered again
            times["one spec"].append(_run(generate, project))
        median = {label: statistics.median(values) for label, values in times.items()}
        naive, cold = median["naive"], median["cold"]
        print(f"fleet of {clients} clients, median of {rounds} round(s):")
        print(f"{'  naive loop (validator + opc CLIs)':<45} {naive:8.2f} s")
        print(
            f"{'  generate, cold (new process)':<45} {cold:8.2f} s   {cold / naive:.3f}x naive (goal <= 0.15)"
        )
        no_op = median["no-op"]
        print(f"{'  generate, nothing changed':<45} {no_op:8.2f} s   {no_op / cold:.3f}x cold (goal <= 0.10)")
        print(
            f"{'  check, nothing changed':<45} {median['check']:8.2f} s   {median['check'] / cold:.3f}x cold"
        )
        one = median["one spec"]
        print(f"{'  generate, one spec changed':<45} {one:8.2f} s   {one / cold:.3f}x cold")


def synthetic() -> None:
    from specfleet.diff.synthetic import big_spec, revise, to_yaml

    with tempfile.TemporaryDirectory() as scratch:
        big = Path(scratch) / "specs" / "big" / "openapi.yaml"
        big.parent.mkdir(parents=True)
        spec = big_spec(4_000_000)
        big.write_text(to_yaml(spec))
        revision = big.with_name("revision.yaml")
        revision.write_text(to_yaml(revise(spec)))
        print(f"synthetic spec: {big.stat().st_size / 1e6:.1f} MB")

        from specfleet.checks.validate import check_file
        from specfleet.spec.load import load_document

        timed("load 4 MB spec (libyaml events + marks)", load_document, big)
        timed("validate 4 MB spec (refs, schema, lint)", check_file, big, big.parent.parent)
        from specfleet.diff.engine import compare

        loads: list[float] = []
        for path in (big, revision):
            started = time.perf_counter()
            load_document(path)
            loads.append(time.perf_counter() - started)
        print(f"{'load both 4 MB specs (the anchor)':<45} {sum(loads):8.2f} s")
        base_doc, revision_doc = load_document(big), load_document(revision)
        compared = timed("diff two 4 MB specs (loaded)", compare, base_doc, revision_doc)
        print(f"{'  compare / load both':<45} {compared / sum(loads):8.2f}x (goal <= 3)")


if __name__ == "__main__":
    main()
