"""Writes a snapshot of the working copy over the target so the target is never partial.

The recipe of trusted document apps (LibreOffice, KeePassXC's QSaveFile): SQLite's backup
API takes a consistent snapshot (into memory, then serialised), Python writes it to a
temporary file in the target's own folder (a rename is only atomic within one file system;
Python's OSError names ENOSPC/EFBIG precisely where SQLite would only say "disk I/O error"),
fsync it, keep the previous version as NAME.bak, rename the temporary file over
the target, fsync the folder. A crash at any moment leaves the old or the new file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

from leitplanken.storage.errors import FileError, as_file_error


def temp_path(target: Path, part: str = "") -> Path:
    """The fixed temporary name used while saving `target` (part "bak" for the backup copy).

    Fixed, not random: a file left by a killed save is overwritten by the next save instead
    of piling up, and is recognisable as ours.
    """
    digest = hashlib.sha1(target.name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return target.with_name(f".~lp-{digest}{'-' + part if part else ''}.tmp")


def backup_file(target: Path) -> Path:
    """Where the previous version of a saved file is kept."""
    return target.with_name(target.name + ".bak")


def _fsync_path(path: Path, directory: bool = False) -> None:
    """Forces a file or a folder entry to the medium (folders only where the OS allows it)."""
    # Windows flushes only handles opened for writing; folders are opened read-only.
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if directory else os.O_RDWR
    try:
        fd = os.open(path, flags)
    except OSError:
        if directory:
            return  # Windows cannot open folders; its rename is durable on its own
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    """Deletes a file if it is there, ignoring a missing one."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _keep_previous(target: Path) -> None:
    """Copies the current target to NAME.bak (through a temporary name, then a rename).

    A hot journal beside the target is kept with the copy, so the copy opens consistent.
    """
    if not target.exists():
        return
    bak = backup_file(target)
    for source, dest, part in (
        (target, bak, "bak"),
        (_journal(target), _journal(bak), "bak-journal"),
    ):
        if not source.exists():
            _remove(dest)
            continue
        tmp = temp_path(target, part)
        try:
            shutil.copyfile(source, tmp)
            _fsync_path(tmp)
            os.replace(tmp, dest)
        finally:
            _remove(tmp)


def _journal(path: Path) -> Path:
    """SQLite's rollback journal beside a database file."""
    return path.with_name(path.name + "-journal")


def snapshot_bytes(source: sqlite3.Connection) -> bytes:
    """A consistent copy of the whole database behind `source`, made with the backup API."""
    mem = sqlite3.connect(":memory:")
    try:
        source.backup(mem)
        return mem.serialize()
    finally:
        mem.close()


def write_snapshot(source: sqlite3.Connection, target: Path) -> None:
    """Saves the database behind `source` as `target` atomically; FileError on failure.

    On any failure the target is untouched and the temporary file removed.
    """
    folder = target.parent
    if not folder.is_dir():
        raise FileError("io", target, reason="folder_missing")
    tmp = temp_path(target)
    try:
        data = snapshot_bytes(source)
        for leftover in (tmp, temp_path(target, "bak"), temp_path(target, "bak-journal")):
            _remove(leftover)  # from a save that was killed
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _keep_previous(target)
        # A stale rollback journal beside the target belongs to the old file; left there it
        # would be "rolled back" into the new one on its next opening.
        _remove(_journal(target))
        os.replace(tmp, target)
        _fsync_path(folder, directory=True)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            _remove(tmp)
            _remove(temp_path(target, "bak"))
        if isinstance(exc, Exception):
            raise as_file_error(exc, target) from None
        raise
