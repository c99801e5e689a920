"""The "who has it open" marker beside a workspace file, so two people never overwrite each other.

Like LibreOffice's `.~lock.NAME#`, the marker sits in the same folder as the file (so it works on
a shared folder or a stick passed around) and is hidden on Unix by its leading dot. Its content is
a small JSON object: {"app", "user", "machine", "pid", "since"}. It is created with O_EXCL, so of
two instances racing to open the same file exactly one wins. A marker is *stale* when it was
written on this machine by a process that no longer runs (a crash, kill -9, a pulled plug), or
when it is older than STALE_AFTER_HOURS (a colleague's laptop went away with the file "open");
a stale marker may be broken by the user, a live one only read.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from leitplanken.storage.errors import FileError

STALE_AFTER_HOURS = 12
_MAX_MARKER_BYTES = 4096


def lock_path(path: Path) -> Path:
    """Where the marker of a workspace file lives (beside it, LibreOffice's naming)."""
    return path.with_name(f".~lock.{path.name}#")


def _user() -> str:
    """The login name for the marker, or a neutral placeholder when it cannot be found."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors on odd systems
        return "?"


def _machine() -> str:
    """This computer's name, so a colleague reads which laptop has the file."""
    return socket.gethostname() or "?"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a marker, read back from disk; unreadable fields stay empty."""

    user: str = ""
    machine: str = ""
    pid: int = 0
    since: str = ""

    def since_datetime(self) -> datetime | None:
        """When the marker was written, or None if the field is garbled."""
        try:
            moment = datetime.fromisoformat(self.since)
        except (TypeError, ValueError):
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def is_ours(self) -> bool:
        """True when this very process wrote the marker."""
        return self.machine == _machine() and self.pid == os.getpid()

    def is_own_crash(self) -> bool:
        """True when this user on this machine wrote it from a process that is gone (a crash)."""
        return (self.machine == _machine() and self.user == _user() and bool(self.pid)
                and self.pid != os.getpid() and not pid_alive(self.pid))

    def is_stale(self, now: datetime | None = None) -> bool:
        """True when the holder is certainly gone (dead pid here) or the marker is very old."""
        now = now or datetime.now(UTC)
        if self.machine == _machine() and self.pid and not pid_alive(self.pid):
            return True
        since = self.since_datetime()
        if since is None:
            return True
        return now - since > timedelta(hours=STALE_AFTER_HOURS)

    def details(self) -> dict[str, object]:
        """The fields FileError("locked") carries to the message and the dialog."""
        return {"user": self.user, "machine": self.machine, "since": self.since,
                "pid": self.pid, "stale": self.is_stale()}


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (a pid of a crashed app is not)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:
    """Windows has no signal 0: ask the kernel whether the process still has no exit code."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return False
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def read_lock(path: Path) -> LockInfo | None:
    """The marker of `path` if there is one; a garbled marker still counts as a (stale) lock."""
    marker = lock_path(path)
    try:
        with open(marker, "rb") as fh:
            raw = fh.read(_MAX_MARKER_BYTES)
    except FileNotFoundError:
        return None
    except OSError:
        return LockInfo()
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError
    except (UnicodeDecodeError, ValueError):
        return LockInfo()
    pid = data.get("pid")
    return LockInfo(
        user=str(data.get("user", ""))[:200],
        machine=str(data.get("machine", ""))[:200],
        pid=pid if isinstance(pid, int) and not isinstance(pid, bool) else 0,
        since=str(data.get("since", ""))[:64],
    )


def acquire(path: Path) -> Path:
    """Writes the marker for `path` or raises FileError("locked") naming who holds it.

    Returns the marker's path. Raises FileError("read_only") when the folder refuses new files
    (a write-protected stick): the caller then opens the file read-only.
    """
    marker = lock_path(path)
    info = {
        "app": "leitplanken",
        "user": _user(),
        "machine": _machine(),
        "pid": os.getpid(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    payload = json.dumps(info, ensure_ascii=False).encode("utf-8")
    try:
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        holder = read_lock(path) or LockInfo()
        raise FileError("locked", path, **holder.details()) from None
    except (PermissionError, OSError) as exc:
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            raise FileError("read_only", path) from None
        raise FileError("io", path, detail=str(exc)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
    except OSError as exc:
        with contextlib.suppress(OSError):
            marker.unlink()
        raise FileError("io", path, detail=str(exc)) from None
    return marker


def acquire_or_recover(path: Path) -> Path:
    """Like acquire(), but silently replaces a marker our own crashed process left behind.

    Nobody can be using the file then (same user, same machine, the process is gone); the
    unsaved work of that process is offered separately by crash recovery.
    """
    try:
        return acquire(path)
    except FileError as err:
        holder = read_lock(path) if err.code == "locked" else None
        if holder is None or not holder.is_own_crash():
            raise
    with contextlib.suppress(OSError):
        lock_path(path).unlink()
    return acquire(path)


def release(path: Path) -> None:
    """Removes our marker; leaves a marker alone that someone else wrote in the meantime."""
    holder = read_lock(path)
    if holder is None or not holder.is_ours():
        return
    with contextlib.suppress(OSError):
        lock_path(path).unlink()


def break_lock(path: Path) -> None:
    """Removes a stale marker the user chose to break; a live one is refused with "locked"."""
    holder = read_lock(path)
    if holder is None:
        return
    if not holder.is_stale() and not holder.is_ours():
        raise FileError("locked", path, **holder.details())
    try:
        lock_path(path).unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise FileError("permission", path, detail=str(exc)) from None
