"""A run's child processes die with it, however it ends; SIGTERM stops a run as cleanly as Ctrl-C.

CI cancels a job with SIGTERM, an out-of-memory kill is SIGKILL, a closed terminal is SIGHUP.
Whatever ended the run, nothing it started may go on: a worker left behind sleeps forever or
keeps writing into scratch that nobody will move into place.

- A forked Python worker calls :func:`attach` first thing: the kernel kills it when the run
  dies (Linux: ``PR_SET_PDEATHSIG``; elsewhere a thread notices the parent is gone).
- A tool run as a command (ruff, ``python -m build``, twine) runs under a *shepherd*
  (:func:`command`): a small process that is the tool's parent and a subreaper, so every
  process the tool starts stays below it.  When the run dies or stops it, the shepherd kills
  that whole tree, grandchildren included, then exits.
- :func:`handling_signals` turns SIGTERM and SIGHUP into :class:`Terminated` (and SIGINT into
  ``KeyboardInterrupt``, as before) after stopping every child, so ``with`` blocks remove the
  run's scratch; :func:`signals_deferred` keeps a signal from cutting a swap in two.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

#: Linux prctl options: the signal a process gets when its parent dies; adopt orphaned descendants.
PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
#: How often a worker without prctl checks that its parent is still there.
POLL_SECONDS = 0.2
#: The signals that stop a run, and the exit code each gives (128 + the signal's number).
STOPPING = {signal.SIGTERM: 128 + signal.SIGTERM, signal.SIGHUP: 128 + signal.SIGHUP}


class Terminated(KeyboardInterrupt):
    """The run was told to stop (SIGTERM, SIGHUP): unwinds like Ctrl-C, then exits 128 + signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def _prctl() -> Any:
    """libc's prctl, or None where there is none (not Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _prctl()


def attach(parent: int) -> None:
    """Call first thing in a process forked from ``parent``: it exits as soon as ``parent`` is gone.

    On Linux the kernel sends SIGKILL when the thread that forked this process ends, so fork
    workers from a thread that lives as long as they do (the main thread, here).  The handlers
    the run installed do not apply to a worker: SIGTERM ends it.
    """
    global _lock
    watched = _PRCTL is not None and _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    if os.getppid() != parent:  # the parent died before the kernel was told to watch it
        os._exit(1)
    for signum in STOPPING:
        signal.signal(signum, signal.SIG_DFL)
    # The parent's children and scratch are not this process's; its lock may have been held
    # by another of the parent's threads when this process was forked.
    _forked.clear()
    _shepherds.clear()
    _leftovers.clear()
    _deferred.clear()
    _lock = threading.Lock()
    if not watched:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="lifeline").start()


def _watch_parent(parent: int) -> None:
    event = threading.Event()
    while os.getppid() == parent:
        event.wait(POLL_SECONDS)
    os._exit(1)


#: Children forked with :func:`fork` and not yet waited for; stopped with the run.
_forked: set[int] = set()
#: Running commands (their shepherds, or the command itself when it runs alone); told to stop
#: (SIGTERM) with the run.
_shepherds: set[subprocess.Popen[Any]] = set()
_lock = threading.Lock()
_stopping = False


def fork() -> int:
    """``os.fork()`` whose child dies with this process; wait for it with :func:`wait`."""
    parent = os.getpid()
    with signals_deferred():  # see forking()
        pid = os.fork()
        if pid == 0:
            attach(parent)
        else:
            _forked.add(pid)
    return pid


def forking() -> contextlib.AbstractContextManager[None]:
    """Hold signals back while this process forks (starting a pool's or a child's processes).

    Python runs fork hooks (logging's lock, for one) around ``os.fork`` and ignores what they
    raise: a Ctrl-C or SIGTERM handled there would be lost, and the run would go on.
    """
    return signals_deferred()


def wait(pid: int) -> int:
    """Wait for a child from :func:`fork`; its exit code (negative: the signal that ended it)."""
    try:
        _, status = os.waitpid(pid, 0)
    finally:
        _forked.discard(pid)
    return os.waitstatus_to_exitcode(status)


# --- commands under a shepherd ----------------------------------------------------------------------

#: The shepherd: ``python -c SHEPHERD PARENT COMMAND...``.  It adopts every orphan below it
#: (a subreaper), runs the command as its child (which dies with it), and on SIGTERM or SIGHUP,
#: or when PARENT dies, kills every process below it; after the command ends, it kills what the
#: command left behind.  It ignores SIGINT: Ctrl-C reaches the command itself, and the run stops
#: the shepherd.  Kept to the standard library's lightest modules: it starts before every tool.
SHEPHERD = r"""
import os, signal, sys, time
parent, command = int(sys.argv[1]), sys.argv[2:]
try:
    import ctypes
    prctl = ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None
except (ImportError, OSError, AttributeError):
    prctl = None
linux = prctl is not None and os.path.isdir("/proc/self") and prctl(36, 1, 0, 0, 0) == 0

class Stop(Exception):
    pass

def stop(signum, frame):
    raise Stop(signum)

def below():
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if fields[0] != b"Z":
                children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [os.getpid()]
    while todo:
        for pid in children.get(todo.pop(), ()):
            found.append(pid)
            todo.append(pid)
    return found

def reap():
    try:
        while os.waitpid(-1, os.WNOHANG)[0] > 0:
            pass
    except ChildProcessError:
        pass

def kill_below(child):
    if not linux:
        try:
            os.killpg(child, signal.SIGKILL)
        except OSError:
            pass
        return
    for _ in range(100):
        found = below()
        if not found:
            return
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        reap()

signal.signal(signal.SIGINT, signal.SIG_IGN)
for signum in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(signum, stop)
if linux:
    prctl(1, signal.SIGTERM, 0, 0, 0)
child = None
try:
    if os.getppid() != parent:
        raise Stop(signal.SIGTERM)
    child = os.fork()
    if child == 0:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, signal.SIG_DFL)
        if linux:
            prctl(1, signal.SIGKILL, 0, 0, 0)
        else:
            os.setpgid(0, 0)
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    while True:
        if linux:
            _, status = os.waitpid(child, 0)
            break
        done, status = os.waitpid(child, os.WNOHANG)
        if done:
            break
        if os.getppid() != parent:
            raise Stop(signal.SIGTERM)
        time.sleep(0.2)
except Stop as exc:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    if child:
        kill_below(child)
    os._exit(128 + exc.args[0])
kill_below(child)
code = os.waitstatus_to_exitcode(status)
if code < 0:  # ended by a signal: end the same way, so the run sees what the tool saw
    try:
        signal.signal(-code, signal.SIG_DFL)
    except (OSError, ValueError):
        pass
    os.kill(os.getpid(), -code)
    code = 128 - code
os._exit(code & 0xFF)
"""


def command(args: list[str]) -> list[str]:
    """``args`` run under a shepherd, so the tool and everything it starts die with this run."""
    return [sys.executable, "-I", "-S", "-c", SHEPHERD, str(os.getpid()), *args]


def run(args: list[str], *, alone: bool = False, **options: Any) -> subprocess.CompletedProcess[Any]:
    """:func:`subprocess.run` of ``args`` under a shepherd (``check`` is not supported); see :func:`start`.

    When the run stops while the command runs, the shepherd is asked to stop (SIGTERM), never
    killed outright: killing it would leave the tool's own children behind.
    """
    if options.pop("capture_output", False):
        options.update(stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process = start(args, alone=alone, **options)
    try:
        out, err = process.communicate()
    finally:
        stop(process)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def start(args: list[str], *, alone: bool = False, **options: Any) -> subprocess.Popen[Any]:
    """A :class:`subprocess.Popen` of ``args`` under a shepherd; end it with :func:`stop`.

    ``alone``: the command starts no process of its own (ruff, one interpreter), so on Linux
    it needs no shepherd: the kernel kills it with the run.  Only from a process with one
    thread (the setting is made between fork and exec), which is checked.
    """
    direct = alone and _PRCTL is not None and threading.active_count() == 1
    with _lock:
        if _stopping:
            raise Terminated(signal.SIGTERM)
        if direct:
            parent = os.getpid()
            process = subprocess.Popen(args, preexec_fn=lambda: _die_with(parent), **options)
        else:
            process = subprocess.Popen(command(args), **options)
        _shepherds.add(process)
    return process


def _die_with(parent: int) -> None:
    """In a child between fork and exec: SIGKILL when ``parent`` dies (kept across exec)."""
    _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def stop(process: subprocess.Popen[Any]) -> None:
    """Stop a shepherd and everything below it (if still running), then collect its output and status."""
    if process.poll() is None:
        with contextlib.suppress(OSError):
            process.terminate()
    with contextlib.suppress(OSError, ValueError):
        process.communicate()
    with _lock:
        _shepherds.discard(process)


def stop_children() -> None:
    """Stop every child of this run: forked workers are killed, shepherds told to stop their trees.

    Safe in a signal handler: it only sends signals.  Commands started afterwards are refused.
    """
    global _stopping
    _stopping = True
    for child in multiprocessing.active_children():
        with contextlib.suppress(OSError, ValueError):
            child.kill()
    for pid in list(_forked):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    for process in list(_shepherds):
        with contextlib.suppress(OSError):
            process.send_signal(signal.SIGTERM)


# --- scratch of children ---------------------------------------------------------------------------

#: Folders that children write into, removed when the run ends however its code unwound.
_leftovers: set[Path] = set()


def remove_when_done(path: Path) -> None:
    """Remove ``path`` when the run ends, unless :func:`removed` said it is gone already."""
    _leftovers.add(path)


def removed(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    _leftovers.discard(path)


# --- signals ----------------------------------------------------------------------------------------

_deferred: list[int] = []
_deferring = 0
#: The first signal that told this run to stop.
_received: int | None = None


def received() -> int | None:
    """The signal that told the run to stop, if one did (its exception may have been swallowed)."""
    return _received


def _on_signal(signum: int, frame: FrameType | None) -> None:
    global _received
    _received = _received or signum
    stop_children()
    if _deferring:
        _deferred.append(signum)
        return
    _raise_for(signum)


def _raise_for(signum: int) -> None:
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated(signum)


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """A step that must finish once started (moving clients into place): a signal waits for its end.

    Only the main thread is ever interrupted by a signal; in another thread this changes nothing.
    """
    global _deferring
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _deferring += 1
    try:
        yield
    finally:
        _deferring -= 1
        if not _deferring and _deferred:
            signum = _deferred[0]
            _deferred.clear()
            _raise_for(signum)


@contextlib.contextmanager
def handling_signals() -> Iterator[None]:
    """SIGTERM, SIGHUP and SIGINT stop the run's children, then unwind it; restored on the way out."""
    global _stopping, _received
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signums = [signal.SIGINT, *STOPPING]
    previous = {signum: signal.getsignal(signum) for signum in signums}
    previous_hook = sys.unraisablehook

    def quiet_when_stopping(unraisable: Any) -> None:
        # A library may catch the exception a stop raises where it cannot pass it on (pydantic-core
        # validating, a finaliser) and have Python print it with a traceback; the run is stopping
        # anyway, and says so once.
        if _received is not None and isinstance(unraisable.exc_value, KeyboardInterrupt):
            return
        previous_hook(unraisable)

    sys.unraisablehook = quiet_when_stopping
    for signum in signums:
        if signum == signal.SIGINT and previous[signum] is signal.SIG_IGN:
            continue  # started in the background with Ctrl-C ignored: keep it that way
        signal.signal(signum, _on_signal)
    try:
        yield
    finally:
        for path in list(_leftovers):
            removed(path)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        sys.unraisablehook = previous_hook
        _stopping = False
        _received = None
        _deferred.clear()
