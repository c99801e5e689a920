"""Working copies: the local SQLite files that edits go to at once, before any Save.

Each open workspace has one, in locations.working_dir(), named by a random token, with a
small JSON note beside it (`TOKEN.json`: the file it belongs to, the process and the time).
After a crash the copy and its note stay there, so the next start can offer the unsaved work.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import os
import secrets
import shutil
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from leitplanken import FILE_SUFFIX
from leitplanken.storage.disk_watch import identity_of
from leitplanken.storage.errors import FileError
from leitplanken.storage.locations import working_dir
from leitplanken.storage.validate import open_regular

#: Files that belong to a SQLite database and must travel with it when it is copied.
SIDE_SUFFIXES = ("-journal", "-wal")


def note_path(working: Path) -> Path:
    """The JSON note describing a working copy."""
    return working.with_suffix(".json")


def write_note(working: Path, origin: Path | None, base: dict | None = None,
               since: str | None = None) -> None:
    """Records which file a working copy belongs to (updated after Save as).

    `base` is what that file looked like when the working copy last matched it (size,
    mtime_ns, sha256): recovery compares it with the file then, so work saved there in the
    meantime is noticed. By default it is read now (right after opening or saving). `since`
    is when that was (default now); recovered work keeps its crash's time, else its edits,
    all older than a new note, would count as saved.
    """
    if base is None and origin is not None:
        base = origin_state(origin)
    note = {
        "origin": str(origin) if origin is not None else None,
        "pid": os.getpid(),
        "created_at": since or datetime.now(UTC).isoformat(timespec="microseconds"),  # recovery compares it with history times
        "origin_state": base,
    }
    tmp = note_path(working).with_suffix(".json.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()  # left by a killed write; a new one is created private
    with private_file(tmp) as fh:
        fh.write(json.dumps(note, ensure_ascii=False).encode("utf-8"))
    os.replace(tmp, note_path(working))


def origin_state(origin: Path) -> dict | None:
    """The file's identity as the note keeps it, or None when it cannot be read."""
    try:
        return dataclasses.asdict(identity_of(origin))
    except OSError:
        return None


def new_working_path() -> Path:
    """A fresh, unused name for a working copy."""
    return working_dir() / f"{secrets.token_hex(8)}{FILE_SUFFIX}"


def private_file(path: Path) -> BinaryIO:
    """A new file only the user can read (0600), whatever the umask; FileExistsError if there."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o600), "wb")


def new_working_file() -> Path:
    """A fresh, empty, private (0600) working copy: SQLite keeps that mode for its journals."""
    path = new_working_path()
    private_file(path).close()
    return path


def _copy_regular(source: Path, dest: Path) -> None:
    """Copies a plain file into a new private file; a pipe or device is refused, never read."""
    with open_regular(source) as src, private_file(dest) as out:
        shutil.copyfileobj(src, out, 1024 * 1024)


def copy_in(original: Path, working: Path, with_wal: bool = True) -> bool:
    """Copies a file and its journal or WAL into the (new, private) working copy.

    The journal comes along so SQLite rolls a crashed transaction back in the copy, the WAL so
    its committed changes are there (connect() folds it into the copy at once). The `-shm`
    never travels: it is an index of another process's memory, SQLite rebuilds it from the WAL.
    Side files that are not plain files (a FIFO `-journal`) are not SQLite's and are ignored.
    The original is never written to, even when it sits on read-only media. Returns whether a
    WAL was copied.
    """
    with contextlib.suppress(FileNotFoundError):
        working.unlink()  # the empty private file from new_working_file()
    _copy_regular(original, working)
    copied_wal = False
    for suffix in SIDE_SUFFIXES:
        if suffix == "-wal" and not with_wal:
            continue
        side = original.with_name(original.name + suffix)
        try:
            if not stat.S_ISREG(os.stat(side).st_mode):
                continue
            _copy_regular(side, working.with_name(working.name + suffix))
        except (FileNotFoundError, FileError):
            continue
        except OSError as exc:  # NAME-journal longer than 255 bytes: it cannot exist
            if exc.errno != errno.ENAMETOOLONG:
                raise
            continue
        copied_wal = copied_wal or suffix == "-wal"
    return copied_wal


def remove(working: Path) -> None:
    """Deletes a working copy with its side files and note."""
    for path in (
        working,
        note_path(working),
        *(working.with_name(working.name + s) for s in (*SIDE_SUFFIXES, "-shm")),
    ):
        with contextlib.suppress(OSError):
            path.unlink()
