"""``specfleet publish`` against a real index: pypiserver on loopback, with upload authentication.

What is published is chosen by ``PUBLISH_SETS``: "toy" (tests/data/publish/toy-client in a
scratch project) until the generated clients are final, then "generated" (the four clients in
a scratch copy of this project, drift gate and all). Each set lists what to install and how
to smoke-test it in a fresh virtual environment.
"""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from specfleet.cli import main as cli_main
from specfleet.errors import SpecfleetError
from specfleet.fleet import build
from specfleet.fleet.package_index import IndexFile, parse_html, parse_json, project_files, simple_url_for
from specfleet.fleet.publish import Credentials, Secret, twine_environment
from specfleet.layout import Project
from tests.conftest import PROVIDERS, PrismFor, RecordingServer, SharedDir, copy_project
from tests.support.processes import listening_ports
from tests.test_build import TOY_PROVIDER, make_toy_project

#: Which clients the publish tests build, upload and install: "toy" and/or "generated".
PUBLISH_SETS = ["toy"]

UPLOADER = "uploader"


# --- what gets published -------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientUnderTest:
    """A client expected on the index after publishing, and code that proves it works once installed."""

    distribution: str
    version: str
    smoke: str


@dataclass(frozen=True)
class PublishSet:
    project: Project
    providers: list[str]
    clients: list[ClientUnderTest]


TOY_SMOKE = """
from specfleet_toy_client import Client
request = Client(base_url="https://api.example.invalid").build_request("/ping")
assert str(request.url) == "https://api.example.invalid/ping", request.url
print("smoke ok", request.method, request.url)
"""

#: A real call against the Prism mock of each client's spec (BASE_URL is filled in by the test).
GENERATED_CALLS = {
    "timeular": ("with_token('tok')", "api.authentication", "get_api_key"),
    "actinia": ("basic('alice', 'pw')", "api.authentication_management", "token_get"),
    "pollination": ("with_token('jwt')", "api.authentication", "get_api_token"),
    "numind": ("with_api_key('key')", "api.authentication", "get_api_auth_me"),
}
GENERATED_SMOKE = """
import {package}
from {package}.{module} import {function}
client = {package}.{helper_call}
response = {function}.sync_detailed(client=client)
assert response.status_code == 200, response
print("smoke ok GET", response.status_code, type(response.parsed).__name__)
"""


def toy_set(root: Path, monkeypatch: pytest.MonkeyPatch) -> PublishSet:
    project = make_toy_project(root)
    # The toy is not generated from its spec, so the drift gate cannot pass for it; the gate
    # itself is covered by test_drift_gate_refuses and runs for real in the "generated" set.
    monkeypatch.setattr("specfleet.fleet.drift_check.drift", lambda project, names=None: [])
    settings = project.providers([TOY_PROVIDER])[0].settings
    return PublishSet(
        project, [TOY_PROVIDER], [ClientUnderTest(settings.distribution, settings.version, TOY_SMOKE)]
    )


def _generated_smoke(provider: str, package: str) -> str:
    helper, module, function = GENERATED_CALLS[provider]
    call = helper.replace(")", ", base_url='BASE_URL')")
    return GENERATED_SMOKE.format(package=package, module=module, function=function, helper_call=call)


def generated_set(root: Path, monkeypatch: pytest.MonkeyPatch) -> PublishSet:
    project = copy_project(root)
    providers = project.providers(list(PROVIDERS))
    clients = [
        ClientUnderTest(
            p.settings.distribution, p.settings.version, _generated_smoke(p.name, p.settings.package)
        )
        for p in providers
    ]
    return PublishSet(project, [p.name for p in providers], clients)


SET_FACTORIES: dict[str, Callable[[Path, pytest.MonkeyPatch], PublishSet]] = {
    "toy": toy_set,
    "generated": generated_set,
}


def _build_set(name: str, folder: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:
        scratch = SET_FACTORIES[name](folder / "project", patch)
        for target in build.targets(scratch.project, scratch.providers):
            build.build(target)


@pytest.fixture(scope="session")
def prebuilt_dist(shared_dir: SharedDir) -> Callable[[str, PublishSet], None]:
    """Copies a dist/ built once per test run (whichever worker asks first) into a set's project."""

    def provide(name: str, publish_set: PublishSet) -> None:
        built = shared_dir(f"prebuilt-{name}", lambda folder: _build_set(name, folder))
        shutil.copytree(built / "project" / "dist", publish_set.project.root / "dist")

    return provide


@pytest.fixture(params=PUBLISH_SETS)
def publish_set(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    prebuilt_dist: Callable[[str, PublishSet], None],
) -> PublishSet:
    publish_set = SET_FACTORIES[request.param](tmp_path / "project", monkeypatch)
    prebuilt_dist(request.param, publish_set)
    return publish_set


# --- a real index --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocalIndex:
    """pypiserver on loopback: uploads need UPLOADER's password, downloads are open."""

    url: str
    password: str
    packages: Path
    log: Path

    @property
    def simple_url(self) -> str:
        return f"{self.url}simple/"

    def files(self) -> dict[str, int]:
        """Each stored file with its mtime: an upload, or a re-upload, changes this."""
        return {path.name: path.stat().st_mtime_ns for path in sorted(self.packages.iterdir())}

    def stored_count(self) -> int:
        return self.log.read_text(encoding="utf-8", errors="replace").count(" stored ")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(process: subprocess.Popen[bytes], port: int, log: Path, seconds: float = 60.0) -> bool:
    """Until pypiserver itself listens on ``port`` and answers there; False when it lost the port."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = log.read_text(errors="replace")
            if "Address already in use" in output:
                return False
            pytest.fail(f"pypiserver exited with {process.returncode}:\n{output}")
        if port in listening_ports(process.pid):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as response:
                    if response.status == 200:
                        return True
            except (urllib.error.URLError, OSError):
                pass
        time.sleep(0.05)  # a poll interval: the loop waits on the condition above, with a deadline
    pytest.fail(f"pypiserver did not answer within {seconds} s:\n{log.read_text(errors='replace')}")


@pytest.fixture
def local_index(tmp_path: Path) -> Iterator[LocalIndex]:
    missing = [name for name in ("pypiserver", "passlib") if importlib.util.find_spec(name) is None]
    if missing:
        pytest.fail(
            f"{', '.join(missing)} not installed: the publish tests need pypiserver==2.4.2 and passlib==1.7.4 "
            "(specfleet's test extra)"
        )
    with warnings.catch_warnings():  # passlib 1.7.4 imports the deprecated crypt module
        warnings.simplefilter("ignore", DeprecationWarning)
        from passlib.apache import HtpasswdFile

    password = "pw-" + secrets.token_urlsafe(24)
    htpasswd = HtpasswdFile(str(tmp_path / "htpasswd"), new=True, default_scheme="sha256_crypt")
    htpasswd.set_password(UPLOADER, password)
    htpasswd.save()
    packages = tmp_path / "index-packages"
    packages.mkdir()
    for _attempt in range(5):  # another worker may take the free port before pypiserver binds it
        log = tmp_path / "pypiserver.log"
        port = free_port()
        command = [
            sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(port),
            "--authenticate", "update", "--passwords", str(tmp_path / "htpasswd"),
            "--disable-fallback", "--server", "wsgiref", "-v", str(packages),
        ]  # fmt: skip
        with log.open("wb") as log_file:
            process = subprocess.Popen(command, stdout=log_file, stderr=subprocess.STDOUT)
            try:
                if not wait_until_up(process, port, log):
                    continue
                yield LocalIndex(f"http://127.0.0.1:{port}/", password, packages, log)
                return
            finally:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
    pytest.fail("pypiserver lost its port to another process five times")


# --- running publish -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def run_publish(
    publish_set: PublishSet,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *args: str,
) -> Run:
    """``specfleet publish ARGS PROVIDERS`` from the set's project; output captured at the fd level."""
    monkeypatch.chdir(publish_set.project.root)
    capfd.readouterr()
    code = cli_main(["publish", *args, *publish_set.providers])
    out, err = capfd.readouterr()
    return Run(code, out, err)


def use_credentials(monkeypatch: pytest.MonkeyPatch, password: str, tmp_path: Path) -> None:
    for name in [key for key in os.environ if key.startswith("TWINE_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("TWINE_USERNAME", UPLOADER)
    monkeypatch.setenv("TWINE_PASSWORD", password)
    # A ~/.pypirc with other credentials must be ignored.
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    (home / ".pypirc").write_text(
        "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = someone-else\npassword = from-a-file\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("HOME", str(home))


def expected_files(publish_set: PublishSet) -> list[str]:
    return sorted(
        path.name for path in (publish_set.project.root / "dist").rglob("*") if path.suffix in (".whl", ".gz")
    )


def machine_index_url() -> str:
    """Where this machine's pip gets packages by default: PIP_INDEX_URL, pip's config, else PyPI."""
    if os.environ.get("PIP_INDEX_URL"):
        return os.environ["PIP_INDEX_URL"].split()[0]
    for key in ("global.index-url", "install.index-url"):
        result = subprocess.run(
            [sys.executable, "-m", "pip", "config", "get", key], capture_output=True, text=True, check=False
        )
        if result.returncode == 0 and result.stdout.strip():
            return result.stdout.strip()
    return "https://pypi.org/simple/"


def install_from_index(index: LocalIndex, publish_set: PublishSet, tmp_path: Path) -> Path:
    """A fresh venv with the clients installed by name from the index; returns its python."""
    venv = tmp_path / "fresh-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    report = tmp_path / "pip-report.json"
    requirements = [f"{client.distribution}=={client.version}" for client in publish_set.clients]
    command = [
        str(python),
        "-m",
        "pip",
        "install",
        "--no-cache-dir",
        "--disable-pip-version-check",
        "--index-url",
        index.simple_url,
        # The clients' dependencies (httpx, attrs, ...) come from where this machine's pip gets them.
        "--extra-index-url",
        machine_index_url(),
        "--report",
        str(report),
        *requirements,
    ]
    env = {key: value for key, value in os.environ.items() if not key.startswith(("TWINE_", "PIP_INDEX_URL"))}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    installed = {item["metadata"]["name"]: item for item in json.loads(report.read_text())["install"]}
    local_wheels = {
        path.name: build.file_sha256(path) for path in (publish_set.project.root / "dist").rglob("*.whl")
    }
    for client in publish_set.clients:
        item = installed[client.distribution]
        url = item["download_info"]["url"]
        assert url.startswith(index.url), f"{client.distribution} came from {url}, not from the local index"
        wheel_name = url.split("#")[0].rsplit("/", 1)[-1]
        assert item["download_info"]["archive_info"]["hashes"]["sha256"] == local_wheels[wheel_name]
    return python


# --- the end-to-end tests ------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("publish_set", ["toy", "generated"], indirect=True)
def test_publish_installs_from_the_index_and_publishing_again_is_a_no_op(
    publish_set: PublishSet,
    prism: PrismFor,
    local_index: LocalIndex,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    use_credentials(monkeypatch, local_index.password, tmp_path)

    first = run_publish(publish_set, capfd, monkeypatch, "--repository-url", local_index.url)
    assert first.code == 0, first.text
    assert sorted(local_index.files()) == expected_files(publish_set)
    for client in publish_set.clients:
        assert f"{client.distribution} {client.version}: uploaded" in first.out
    assert local_index.password not in first.text

    python = install_from_index(local_index, publish_set, tmp_path)
    for client, provider in zip(publish_set.clients, publish_set.providers, strict=True):
        code = (
            client.smoke.replace("BASE_URL", prism(provider).base_url)
            if "BASE_URL" in client.smoke
            else client.smoke
        )
        smoke = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=False)
        assert smoke.returncode == 0, smoke.stdout + smoke.stderr
        assert "smoke ok GET" in smoke.stdout

    stored_before, files_before = local_index.stored_count(), local_index.files()
    second = run_publish(publish_set, capfd, monkeypatch, "--repository-url", local_index.url)
    assert second.code == 0, second.text
    assert "uploading" not in second.out
    for client in publish_set.clients:
        assert (
            f"{client.distribution} {client.version}: already on {local_index.simple_url}, skipped"
            in second.out
        )
    assert f"published 0 client(s), {len(publish_set.clients)} already on the index" in second.out
    assert (local_index.stored_count(), local_index.files()) == (stored_before, files_before)


def test_wrong_password_fails_clearly_and_never_shows_it(
    publish_set: PublishSet,
    local_index: LocalIndex,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    wrong = "wrong-" + secrets.token_urlsafe(24)
    use_credentials(monkeypatch, wrong, tmp_path)

    run = run_publish(publish_set, capfd, monkeypatch, "--repository-url", local_index.url)

    assert run.code == 1
    assert f"specfleet publish: error: upload to {local_index.url} failed" in run.err
    assert "refused the credentials from TWINE_USERNAME/TWINE_PASSWORD" in run.err
    assert "403" in run.err
    assert wrong not in run.text
    assert Credentials(UPLOADER, Secret(wrong)).authorization().split()[1] not in run.text
    assert local_index.password not in run.text
    assert "Traceback" not in run.text
    assert local_index.files() == {}


def test_dry_run_needs_no_credentials_and_uploads_nothing(
    publish_set: PublishSet,
    local_index: LocalIndex,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in [key for key in os.environ if key.startswith("TWINE_")]:
        monkeypatch.delenv(name)

    run = run_publish(publish_set, capfd, monkeypatch, "--repository-url", local_index.url, "--dry-run")

    assert run.code == 0, run.text
    for client in publish_set.clients:
        assert f"{client.distribution} {client.version}: would upload" in run.out
    assert f"would publish {len(publish_set.clients)} client(s), 0 already on the index" in run.out
    assert local_index.files() == {}


def test_only_the_files_missing_from_the_index_are_uploaded(
    publish_set: PublishSet,
    local_index: LocalIndex,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """A run that died after the wheels went up resumes with the sdists, never re-uploading a file."""
    use_credentials(monkeypatch, local_index.password, tmp_path)
    for wheel in (publish_set.project.root / "dist").rglob("*.whl"):
        shutil.copy2(wheel, local_index.packages / wheel.name)

    run = run_publish(publish_set, capfd, monkeypatch, "--repository-url", local_index.url)

    assert run.code == 0, run.text
    uploading = [line for line in run.out.splitlines() if ": uploading " in line]
    assert len(uploading) == len(publish_set.clients)
    assert all(".tar.gz to " in line and ".whl" not in line for line in uploading)
    assert sorted(local_index.files()) == expected_files(publish_set)


def test_a_version_already_published_otherwise_is_never_uploaded_again(
    publish_set: PublishSet,
    local_index: LocalIndex,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Same wheel name with other bytes, and an sdist under the old unnormalised name: skip, and say why."""
    use_credentials(monkeypatch, local_index.password, tmp_path)
    for client in publish_set.clients:
        for wheel in (publish_set.project.root / "dist").rglob("*.whl"):
            if wheel.name.startswith(client.distribution.replace("-", "_") + "-"):
                (local_index.packages / wheel.name).write_bytes(b"other bytes")
        (local_index.packages / f"{client.distribution}-{client.version}.tar.gz").write_bytes(b"old sdist")
    before = local_index.files()

    run = run_publish(publish_set, capfd, monkeypatch, "--repository-url", local_index.url)

    assert run.code == 0, run.text
    assert local_index.files() == before
    for client in publish_set.clients:
        label = f"{client.distribution} {client.version}"
        assert f"{label}: already on {local_index.simple_url}, skipped" in run.out
        assert f"warning: {label}: the index has another sdist of {client.version}" in run.err
        assert (
            "py3-none-any.whl on the index differs from this build; a published version never changes"
            in run.err
        )


def test_drift_gate_refuses_before_anything_is_uploaded(
    publish_set: PublishSet,
    local_index: LocalIndex,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    use_credentials(monkeypatch, local_index.password, tmp_path)
    differing = [f"generated/{publish_set.providers[0]}-client/README.md"]
    monkeypatch.setattr("specfleet.fleet.drift_check.drift", lambda project, names=None: differing)

    run = run_publish(publish_set, capfd, monkeypatch, "--repository-url", local_index.url)

    assert run.code == 1
    assert "refusing to publish: generated/ is not what specs/ and templates/ produce" in run.err
    assert f"  {differing[0]}" in run.err
    assert local_index.files() == {}


def test_missing_credentials_are_an_error_even_with_a_pypirc(
    publish_set: PublishSet,
    local_index: LocalIndex,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    use_credentials(monkeypatch, local_index.password, tmp_path)
    monkeypatch.delenv("TWINE_PASSWORD")

    run = run_publish(publish_set, capfd, monkeypatch, "--repository-url", local_index.url)

    assert run.code == 1
    assert "specfleet publish: error: no upload credentials: set TWINE_PASSWORD" in run.err
    assert local_index.files() == {}


def test_credentials_in_the_url_are_refused_without_echoing_them(
    publish_set: PublishSet, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWINE_PASSWORD", "irrelevant")
    run = run_publish(
        publish_set, capfd, monkeypatch, "--repository-url", "http://user:hunter2-secret@127.0.0.1:9/"
    )
    assert run.code == 1
    assert "not in the URL" in run.err
    assert "hunter2-secret" not in run.text


# --- the pieces ----------------------------------------------------------------------------------


def test_secrets_stay_out_of_reprs_and_output() -> None:
    credentials = Credentials("__token__", Secret("pypi-AgE/secret+value=="))
    assert "secret" not in repr(credentials) and "secret" not in str(credentials.password)
    header = credentials.authorization().split()[1]
    text = f"a pypi-AgE/secret+value== b pypi-AgE%2Fsecret%2Bvalue%3D%3D c {header} d"
    assert credentials.scrub(text) == "a *** b *** c *** d"


def test_twine_runs_without_config_keyring_or_foreign_twine_settings() -> None:
    environ = {
        "PATH": "/bin",
        "TWINE_REPOSITORY": "pypi",
        "TWINE_REPOSITORY_URL": "https://elsewhere.invalid/",
        "TWINE_CERT": "/etc/ca.pem",
    }
    env = twine_environment(Credentials("u", Secret("p")), environ)
    assert env == {
        "PATH": "/bin",
        "TWINE_CERT": "/etc/ca.pem",
        "TWINE_USERNAME": "u",
        "TWINE_PASSWORD": "p",
        "TWINE_NON_INTERACTIVE": "1",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "NO_COLOR": "1",
        "COLUMNS": "1000",
    }


@pytest.mark.parametrize(
    ("upload", "simple"),
    [
        ("https://upload.pypi.org/legacy/", "https://pypi.org/simple/"),
        ("https://test.pypi.org/legacy", "https://test.pypi.org/simple/"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080/simple/"),
        ("https://pypi.example.invalid/team/", "https://pypi.example.invalid/team/simple/"),
        ("https://pypi.example.invalid/legacy/", "https://pypi.example.invalid/simple/"),
    ],
)
def test_simple_index_is_derived_from_the_upload_url(upload: str, simple: str) -> None:
    assert simple_url_for(upload) == simple


def test_simple_pages_are_read_in_html_and_json() -> None:
    html = '<a href="../../packages/toy-0.1.0.tar.gz#sha256=ABC">toy-0.1.0.tar.gz</a><a href="/x/toy-0.1.0-py3-none-any.whl">w</a>'
    assert parse_html(html) == [
        IndexFile("toy-0.1.0.tar.gz", "abc"),
        IndexFile("toy-0.1.0-py3-none-any.whl", None),
    ]
    page = {
        "meta": {"api-version": "1.1"},
        "name": "toy",
        "files": [{"filename": "toy-0.1.0.tar.gz", "hashes": {}}],
    }
    assert parse_json(json.dumps(page)) == [IndexFile("toy-0.1.0.tar.gz", None)]


def test_index_query_follows_its_own_redirects_only(recording_server: RecordingServer) -> None:
    base = recording_server.base_url
    recording_server.reply("GET /simple/moved/", 301, headers={"Location": "/simple/here/"})
    page = {
        "meta": {"api-version": "1.0"},
        "name": "here",
        "files": [{"filename": "here-1.0.tar.gz", "hashes": {}}],
    }
    recording_server.reply(
        "GET /simple/here/", 200, page, headers={"Content-Type": "application/vnd.pypi.simple.v1+json"}
    )
    recording_server.reply(
        "GET /simple/unknown/", 302, headers={"Location": "https://pypi.org/simple/unknown/"}
    )

    assert project_files(f"{base}/simple/", "Moved", authorization="Basic abc") == [
        IndexFile("here-1.0.tar.gz", None)
    ]
    assert project_files(f"{base}/simple/", "unknown") == []  # pypiserver's fallback: not on this index
    assert project_files(f"{base}/simple/", "absent") == []
    first = recording_server.requests[0]
    assert first.path == "/simple/moved/"
    assert "application/vnd.pypi.simple.v1+json" in first.headers["Accept"]
    assert first.headers["Authorization"] == "Basic abc"


def test_index_that_refuses_the_query_is_a_clear_error(recording_server: RecordingServer) -> None:
    recording_server.reply("GET /simple/toy/", 401)
    with pytest.raises(SpecfleetError, match="refused the query"):
        project_files(f"{recording_server.base_url}/simple/", "toy")
