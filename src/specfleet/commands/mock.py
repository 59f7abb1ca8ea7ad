"""A live Prism mock server per spec, so generated clients are tested against real HTTP, not stubs.

The work is done by :mod:`specfleet.fleet.mock_server`; this module reads the arguments and prints.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

from specfleet.errors import SpecfleetError
from specfleet.fleet.mock_server import DEFAULT_PORT, HOST, POLL_SECONDS, PrismServer, _tail, prism_root


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("provider", nargs="?", metavar="PROVIDER", help="the provider whose spec to mock")
    parser.add_argument(
        "--from", dest="spec", type=Path, metavar="SPEC", help="mock any spec file instead of a provider's"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"port on {HOST} to listen on (default: {DEFAULT_PORT})",
    )


def main(args: argparse.Namespace) -> int:
    """Serve the mock until Ctrl-C (exit 0) or until Prism dies (exit 1), echoing its log."""
    from specfleet.layout import find_project  # config pulls in pydantic: only for the command

    if not 0 < args.port < 65536:
        raise SpecfleetError(f"--port {args.port}: a port is a number from 1 to 65535")
    if (args.spec is None) == (args.provider is None):
        raise SpecfleetError("give a PROVIDER or --from SPEC (one of them)")
    if args.spec is not None:
        if not args.spec.is_file():
            raise SpecfleetError(f"--from {args.spec}: no such file")
        spec, name, root = args.spec, args.spec.name, prism_root()
    else:
        project = find_project()
        [provider] = project.providers([args.provider])
        spec, name, root = provider.spec_path, provider.name, project.root
    server = PrismServer(spec, root=root, port=args.port)
    with server:
        print(f"Prism mock of {name} on {server.base_url} (Ctrl-C stops it)", flush=True)
        try:
            echoed = _echo_until_exit(server)
            # Ctrl-C reaches Prism too (one process group); it may be seen to exit first
            interrupted = server.process is not None and server.process.returncode in _INTERRUPTED
        except KeyboardInterrupt:
            interrupted = True
    if interrupted:
        print("stopped", flush=True)
        return 0
    raise SpecfleetError(f"Prism stopped on its own:\n{_tail(echoed)}")


#: Ctrl-C is how a mock server is meant to end: the run exits 0 then (see specfleet.cli).
STOPS_ON_CTRL_C = True

#: how a process that Ctrl-C ended reports it: killed by SIGINT, or exit status 128 + SIGINT
_INTERRUPTED = (-signal.SIGINT, 128 + signal.SIGINT)


def _echo_until_exit(server: PrismServer) -> str:
    """Copy Prism's log to stdout as it grows, until the process ends; the end of what was copied."""
    seen = ""
    with server.log_path.open("rb") as log:
        while True:
            exited = server.process is None or server.process.poll() is not None
            text = log.read().decode("utf-8", errors="replace")
            if text:
                sys.stdout.write(text)
                sys.stdout.flush()
                seen = (seen + text)[-20_000:]
            if exited:
                return seen
            time.sleep(POLL_SECONDS)
