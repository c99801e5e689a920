"""The "who has it open" marker beside a workspace file, so two people never overwrite each other.

Like LibreOffice's `.~lock.NAME#`, the marker sits in the same folder as the file (so it works on
a shared folder or a stick passed around) and is hidden on Unix by its leading dot. Its content is
a small JSON object: {"app", "user", "machine", "pid", "since"}. It is created with O_EXCL, so of
two instances racing to open the same file exactly one wins. A marker is *stale* when it was
written on this machine by a process that no longer runs (a crash, kill -9, a pulled plug), or
when it is older than STALE_AFTER_HOURS (a colleague's laptop went away with the file "open");
a stale marker may be broken by the user, a live one only read.

Only a regular file is read as a marker (a FIFO would block the reader forever, a socket or a
link says nothing about who has the file): anything else, and a marker whose fields are not
what we write (a pid of 2^40, a user that is a list), is an *unreadable* marker. It still
counts as "in use", is stale (nobody we could name holds it) and may be broken.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import stat
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from leitplanken.storage.errors import FileError

STALE_AFTER_HOURS = 12
_MAX_MARKER_BYTES = 4096
#: Process ids fit in 32 bits on every system we run on (Linux pid_max is 2^22, Windows DWORD).
_MAX_PID = 2**31 - 1
#: A marker written more than this far in the future comes from a broken clock or a forgery.
_FUTURE_SLACK = timedelta(days=1)


#: The longest name (in bytes) most file systems allow for one folder entry.
MAX_ENTRY_BYTES = 255
#: Every name written beside a workspace file: backups, journals, the marker, migration copies.
_SIDE_NAMES = ("{}.bak-journal", "{}.v99-backup", ".~lock.{}#", "{}-journal", "{}.bak")


def too_long_to_save_beside(path: Path) -> bool:
    """True when a side file of `path` would exceed the name limit, so Save would always fail."""
    return any(len(form.format(path.name).encode("utf-8", "surrogateescape")) > MAX_ENTRY_BYTES
               for form in _SIDE_NAMES)


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
    #: False when the marker is no regular file or its fields are not what we write.
    readable: bool = True

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
        if not self.readable or since is None or since - now > _FUTURE_SLACK:
            return True
        return now - since > timedelta(hours=STALE_AFTER_HOURS)

    def details(self) -> dict[str, object]:
        """The fields FileError("locked") carries to the message and the dialog."""
        return {"user": self.user, "machine": self.machine, "since": self.since,
                "pid": self.pid, "stale": self.is_stale(), "unreadable": not self.readable}


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (a pid of a crashed app is not)."""
    if isinstance(pid, bool) or not isinstance(pid, int) or not 0 < pid <= _MAX_PID:
        return False  # no process can have it: os.kill would raise OverflowError
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


def _read_marker_bytes(marker: Path) -> bytes | None:
    """The first bytes of a regular-file marker; None when there is nothing at all.

    lstat first, then O_NONBLOCK|O_NOFOLLOW and fstat: a FIFO, socket, folder or link put
    there (by accident or to hang us) raises _Unreadable instead of blocking the reader.
    """
    try:
        st = os.lstat(marker)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return None  # no marker can have a name that long
        raise _Unreadable from None
    except ValueError:
        raise _Unreadable from None
    if not stat.S_ISREG(st.st_mode):
        raise _Unreadable
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(marker, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return None  # removed between lstat and open: its holder just closed the file
    except OSError:
        raise _Unreadable from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _Unreadable  # swapped for something else between lstat and open
        return os.read(fd, _MAX_MARKER_BYTES)
    except OSError:
        raise _Unreadable from None
    finally:
        os.close(fd)


class _Unreadable(Exception):
    """The marker is there but is no marker we could have written."""


def _text_field(data: dict, key: str, limit: int) -> str:
    """A marker's text field; anything but a short string makes the marker unreadable."""
    value = data.get(key, "")
    if not isinstance(value, str) or len(value) > limit or "\0" in value:
        raise _Unreadable
    return value


def parse_marker(raw: bytes) -> LockInfo:
    """The holder a marker's bytes name; LockInfo(readable=False) for anything we never write."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise _Unreadable
        pid = data.get("pid", 0)
        if isinstance(pid, bool) or not isinstance(pid, int) or not 0 <= pid <= _MAX_PID:
            raise _Unreadable
        return LockInfo(user=_text_field(data, "user", 200),
                        machine=_text_field(data, "machine", 200),
                        pid=pid, since=_text_field(data, "since", 64))
    except (_Unreadable, UnicodeDecodeError, ValueError, RecursionError):
        return LockInfo(readable=False)


def read_lock(path: Path) -> LockInfo | None:
    """The marker of `path` if there is one; a garbled marker still counts as a (stale) lock."""
    try:
        raw = _read_marker_bytes(lock_path(path))
    except _Unreadable:
        return LockInfo(readable=False)
    return None if raw is None else parse_marker(raw)


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
        if exc.errno == errno.ENAMETOOLONG:  # the marker's name, not the medium, is the problem
            raise FileError("name_too_long_to_save", path) from None
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


def _remove_marker(marker: Path) -> None:
    """Deletes whatever stands as the marker: a file, a link (never its target), an empty folder."""
    try:
        marker.unlink()
    except FileNotFoundError:
        pass
    except IsADirectoryError:
        marker.rmdir()
    except PermissionError:
        if not marker.is_dir() or marker.is_symlink():
            raise
        marker.rmdir()  # macOS says EPERM for unlink() on a folder


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
        _remove_marker(lock_path(path))
    except OSError as exc:
        raise FileError("permission", path, detail=str(exc)) from None
