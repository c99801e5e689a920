"""The one error type for everything that can go wrong with a workspace file.

The interface shows `file_error_text(err, tr)` for it; code elsewhere never has to know about
sqlite3 exceptions, OSError numbers or decoding errors. `as_file_error` sorts those into the
codes below so that nothing but a FileError leaves the storage API for a file problem.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

#: Every code a FileError may carry (the user-facing texts live in i18n/file_errors.py).
CODES = (
    "not_found",
    "is_directory",
    "permission",
    "empty",
    "not_sqlite",
    "foreign",
    "too_new",
    "damaged",
    "hostile_schema",
    "unexpected_schema",
    "locked",
    "read_only",
    "disk_full",
    "io",
    "changed_on_disk",
    "encrypted",
    "wrong_passphrase",
    "bad_container",
    "same_file",
    "bad_name",
    "data_folder_full",
    "utf16",
    "symlink_loop",
    "not_regular",
    "name_too_long_to_save",
    "wal_set_aside",
)

_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG} | (
    {errno.EDQUOT} if hasattr(errno, "EDQUOT") else set()
)
_PERMISSION_ERRNOS = {errno.EACCES, errno.EPERM}

# Primary SQLite result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_NOMEM = 3, 5, 6, 7
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL = 8, 10, 11, 13
_SQLITE_CANTOPEN, _SQLITE_NOTADB = 14, 26


class FileError(Exception):
    """A file problem the user must be told about, identified by a code from CODES."""

    def __init__(self, code: str, path: Path | str | None = None, **details: object) -> None:
        """Keeps the code, the file concerned and details such as the version a file needs."""
        if code not in CODES:
            raise ValueError(f"unknown FileError code {code!r}")
        self.code = code
        self.path = Path(path) if path is not None else None
        self.details = details
        super().__init__(f"{code}: {self.path}" + (f" {details}" if details else ""))


def _from_os_error(exc: OSError, path: Path | None) -> FileError:
    """Maps an operating-system error onto the code that tells the user what to do."""
    if exc.errno in _DISK_FULL_ERRNOS:
        return FileError("disk_full", path, reason=str(exc))
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return FileError("io", path, reason=str(exc))
    if isinstance(exc, IsADirectoryError):
        return FileError("is_directory", path)
    if exc.errno == errno.EROFS:
        return FileError("read_only", path, reason=str(exc))
    if isinstance(exc, PermissionError) or exc.errno in _PERMISSION_ERRNOS:
        return FileError("permission", path, reason=str(exc))
    if exc.errno == errno.ENAMETOOLONG:
        return FileError("bad_name", path, reason="too_long")
    if exc.errno == errno.ELOOP:
        return FileError("symlink_loop", path, reason=str(exc))
    return FileError("io", path, reason=str(exc))


def _from_sqlite_error(exc: sqlite3.Error, path: Path | None) -> FileError:
    """Sorts SQLite's result codes into the environment's fault and the file's fault."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    message = str(exc)
    if primary == _SQLITE_FULL or "disk is full" in message:
        return FileError("disk_full", path, reason=message)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return FileError("locked", path, reason=message)
    if primary == _SQLITE_READONLY:
        return FileError("read_only", path, reason=message)
    if primary == _SQLITE_PERM:
        return FileError("permission", path, reason=message)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        return FileError("io", path, reason=message)
    if primary == _SQLITE_NOTADB:
        return FileError("not_sqlite", path, reason=message)
    return FileError("damaged", path, reason=message)


def in_data_folder(err: FileError, working: Path) -> FileError:
    """A full disk met while writing the working copy: the app's data folder is full, not the file's medium.

    Edits, opening (the byte copy) and creating write only into the working folder, so
    "the medium holding the file is full" would send the user to free the wrong drive.
    """
    if err.code != "disk_full":
        return err
    return FileError("data_folder_full", err.path, folder=str(working.parent), **err.details)


class BadValue(ValueError):
    """A stored value no version of the app could have written: the file's fault, not ours."""


#: Exceptions that say something about the file's bytes: a flipped byte in the schema or a
#: text column (UnicodeDecodeError), absurd sizes (MemoryError, OverflowError), a value that
#: cannot be ours (BadValue). Anything else raised while handling a file is a bug.
FILE_CONTENT_ERRORS: tuple[type[BaseException], ...] = (
    UnicodeDecodeError, MemoryError, OverflowError, BadValue)


def is_file_problem(exc: BaseException) -> bool:
    """Whether an exception is the file's or the environment's fault rather than a bug."""
    return isinstance(exc, (FileError, sqlite3.Error, OSError, *FILE_CONTENT_ERRORS))


def as_file_error(exc: BaseException, path: Path | str | None) -> FileError:
    """Turns an exception met while handling a file into the FileError to show.

    A bug (any exception that is not a file problem, see is_file_problem) is raised again as
    it is: calling it a damaged file would send the user to their backups for nothing.
    """
    p = Path(path) if path is not None else None
    if isinstance(exc, FileError):
        return exc
    if isinstance(exc, sqlite3.Error):
        return _from_sqlite_error(exc, p)
    if isinstance(exc, OSError):
        return _from_os_error(exc, p)
    if isinstance(exc, FILE_CONTENT_ERRORS):
        return FileError("damaged", p, reason=f"{type(exc).__name__}: {exc}")
    raise exc
