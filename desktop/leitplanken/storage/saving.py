"""Writes a snapshot of the working copy over the target so the target is never partial.

The recipe of trusted document apps (LibreOffice, KeePassXC's QSaveFile): SQLite's backup
API takes a consistent snapshot (into memory, then serialised), Python writes it to a
temporary file in the target's own folder (a rename is only atomic within one file system;
Python's OSError names ENOSPC/EFBIG precisely where SQLite would only say "disk I/O error"),
fsync it, keep the previous version as NAME.bak, rename the temporary file over
the target, fsync the folder. A crash at any moment leaves the old or the new file.
Permissions: the saved file and its .bak keep the original's mode; SQLite's side files
beside the target (journal, WAL, shm) are removed before the rename, so they can never be
rolled back or replayed into the new file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from leitplanken.storage.errors import FileError, as_file_error
from leitplanken.storage.validate import open_regular, require_regular

#: A long file operation's progress report (done, total); it may raise Cancelled to stop.
ProgressFn = Callable[[int, int], None]

#: Bytes written between two progress reports (and two chances to cancel).
_CHUNK = 4 * 1024 * 1024
#: Pages the backup API copies between two progress reports.
_PAGES = 2048


class Cancelled(Exception):
    """The user stopped a long file operation before its point of no return: nothing changed."""


class _Steps:
    """Progress over the phases of one save (snapshot, write, backup), as one done/total."""

    def __init__(self, report: ProgressFn | None, total: int) -> None:
        """`total` in bytes (each phase handles about the database's size)."""
        self._report = report
        self.total = max(total, 1)
        self.done = 0

    def add(self, amount: int) -> None:
        """Counts `amount` more bytes as done and reports (Cancelled may come out of it)."""
        self.done = min(self.done + amount, self.total)
        if self._report is not None:
            self._report(self.done, self.total)


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


#: SQLite's side files that are kept with the .bak, so the copy opens with the same content.
_KEPT_SIDES = ("-journal", "-wal")
#: Side files removed beside the target before the new file takes its place: SQLite would
#: roll a stale journal back into the new file, or replay a stale WAL over its pages.
_STALE_SIDES = ("-journal", "-wal", "-shm")


def side_file(path: Path, suffix: str) -> Path:
    """A SQLite side file (`-journal`, `-wal`, `-shm`) beside a database file."""
    return path.with_name(path.name + suffix)


def _regular_stat(path: Path) -> os.stat_result | None:
    """The stat of a plain file at `path`, None when nothing (or no plain file) is there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st if stat.S_ISREG(st.st_mode) else None


def _check_target(target: Path) -> None:
    """Refuses to save over a folder, a pipe, a socket or a device (never replace /dev/null)."""
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return
    require_regular(st.st_mode, target)


def _model(target: Path, like: Path | None) -> os.stat_result | None:
    """Whose permissions the saved file takes: the target's own, else the file it came from."""
    for path in (target, like):
        if path is not None and (st := _regular_stat(path)) is not None:
            return st
    return None


def _create(path: Path, model: os.stat_result | None) -> BinaryIO:
    """A new file with the model's mode and group (default permissions without a model).

    Created 0600 and widened afterwards, so it is never more readable than the original.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600 if model is not None else 0o666)
    try:
        if model is not None and hasattr(os, "fchmod"):
            with contextlib.suppress(OSError):  # a group we are not in: the mode still holds
                os.fchown(fd, -1, model.st_gid)
            os.fchmod(fd, stat.S_IMODE(model.st_mode))
        return os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        raise


def _copy_durably(source: Path, dest: Path, tmp: Path, model: os.stat_result | None,
                  steps: _Steps | None = None) -> None:
    """Copies a plain file to `dest` through `tmp`, synced, with the model's permissions."""
    _remove(tmp)
    try:
        with open_regular(source) as src, _create(tmp, model) as out:
            if steps is None:
                shutil.copyfileobj(src, out, 1024 * 1024)
            else:
                while chunk := src.read(_CHUNK):
                    out.write(chunk)
                    steps.add(len(chunk))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    finally:
        _remove(tmp)


def _link(target: Path, bak: Path, tmp: Path) -> bool:
    """Makes NAME.bak a second name of the current file (through `tmp`, then a rename).

    The new file then takes the target's name by a rename, so the old bytes stay under
    NAME.bak without being copied (a copy of a 145 MB file took most of a save). False where
    the file system has no hard links (FAT on a USB stick, some network shares): then copy.
    """
    _remove(tmp)
    try:
        os.link(target, tmp)
        os.replace(tmp, bak)
    except OSError:
        _remove(tmp)
        return False
    return True


def _keep_previous(target: Path, steps: _Steps | None = None) -> None:
    """Keeps the current target as NAME.bak with the same permissions: a second name for the
    same bytes where the file system allows it, else a copy (temporary, rename).

    A hot journal or a WAL beside the target is kept with the copy (NAME.bak-journal,
    NAME.bak-wal), so the copy opens with exactly the content the user saw. The old copy's
    side files go first: a crash in between leaves a .bak without them, never a new .bak with
    an old WAL that would be replayed over it.
    """
    model = _regular_stat(target)
    if model is None:
        return
    bak = backup_file(target)
    for suffix in (*_KEPT_SIDES, "-shm"):
        _remove(side_file(bak, suffix))
    if _link(target, bak, temp_path(target, "bak")):
        if steps is not None:
            steps.add(model.st_size)  # the progress counted a copy that was not needed
    else:
        _copy_durably(target, bak, temp_path(target, "bak"), model, steps)
    for suffix in _KEPT_SIDES:
        source = side_file(target, suffix)
        if _regular_stat(source) is not None:
            _copy_durably(source, side_file(bak, suffix), temp_path(target, "bak" + suffix), model)


def _remove_stale_sides(target: Path) -> None:
    """Removes journal, WAL and shm beside the target (a FIFO there too); a folder is refused."""
    for suffix in _STALE_SIDES:
        side = side_file(target, suffix)
        try:
            side.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            if side.is_dir():
                raise FileError("not_regular", side) from None
            raise


def snapshot_bytes(source: sqlite3.Connection, steps: _Steps | None = None) -> bytes:
    """A consistent copy of the whole database behind `source`, made with the backup API."""
    mem = sqlite3.connect(":memory:")
    try:
        if steps is None:
            source.backup(mem)
        else:
            page = _page_size(source)
            copied = [0]

            def step(_status: int, remaining: int, total: int) -> None:
                done = total - remaining
                steps.add((done - copied[0]) * page)  # may raise Cancelled: the backup stops
                copied[0] = done

            source.backup(mem, pages=_PAGES, progress=step)
        return mem.serialize()
    finally:
        mem.close()


def _page_size(conn: sqlite3.Connection) -> int:
    """The database's page size in bytes."""
    return int(conn.execute("PRAGMA page_size").fetchone()[0])


def database_bytes(conn: sqlite3.Connection) -> int:
    """How big the database behind `conn` is (pages times page size), for progress."""
    return int(conn.execute("PRAGMA page_count").fetchone()[0]) * _page_size(conn)


def write_snapshot(source: sqlite3.Connection, target: Path, like: Path | None = None,
                   progress: ProgressFn | None = None) -> None:
    """Saves the database behind `source` as `target` atomically; FileError on failure.

    The saved file keeps the target's permissions (and group); a new target takes those of
    `like` (the file the workspace was opened from), else the default ones. On any failure
    the target is untouched and the temporary file removed. `progress(done, total)` hears of
    every few MB (snapshot, write, backup copy) and may raise Cancelled to stop; that is
    honoured until the new file replaces the target, after which the save always completes.
    """
    folder = target.parent
    if not folder.is_dir():
        raise FileError("io", target, reason="folder_missing")
    _check_target(target)
    tmp = temp_path(target)
    leftovers = [tmp, *(temp_path(target, part) for part in ("bak", "bak-journal", "bak-wal"))]
    steps = None
    try:
        if progress is not None:
            size = database_bytes(source)
            previous = _regular_stat(target)
            steps = _Steps(progress, 2 * size + (previous.st_size if previous else 0))
        data = snapshot_bytes(source, steps)
        for leftover in leftovers:
            _remove(leftover)  # from a save that was killed
        with _create(tmp, _model(target, like)) as fh:
            if steps is None:
                fh.write(data)
            else:
                view = memoryview(data)
                for start in range(0, len(view), _CHUNK):
                    fh.write(view[start:start + _CHUNK])
                    steps.add(min(_CHUNK, len(view) - start))
                view.release()
            fh.flush()
            os.fsync(fh.fileno())
        del data
        _keep_previous(target, steps)
        # Journal, WAL and shm beside the target belong to the old file; left there they
        # would be rolled back or replayed into the new one on its next opening. Removed
        # before the rename: a crash in between leaves the old file and its complete .bak.
        _remove_stale_sides(target)
        os.replace(tmp, target)
        _fsync_path(folder, directory=True)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            for leftover in leftovers:
                _remove(leftover)
        if isinstance(exc, Exception) and not isinstance(exc, Cancelled):
            raise as_file_error(exc, target) from None
        raise
