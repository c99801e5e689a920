"""Send copy: a clean snapshot of the open workspace for a stick or a mail, optionally encrypted.

The copy is made with `VACUUM INTO` from the working copy: a consistent snapshot without free
pages, so text deleted earlier does not linger in the file's unused space. It keeps the
history and the tombstones on purpose: the copy is meant to come back changed and be merged,
and merge needs both (history tells which versions a copy has seen, tombstones which records
were deleted); the history is also the record of what changed since the last board meeting.
With a passphrase the snapshot is wrapped in the container of crypto.py. The open workspace
itself is not touched (its path, modified flag and lock stay as they are).

The copy also carries every record's current version in full ("version" history entries, see
merge_apply.py): the common ancestor that lets merging it back later combine changes of
different fields of one record. A target someone has open (a live "in use" marker) is never
replaced, and an existing target is kept as NAME.bak before it is replaced, as Save does.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from leitplanken import FILE_SUFFIX
from leitplanken.storage import crypto, lock, working
from leitplanken.storage.errors import FileError, as_file_error
from leitplanken.storage.locations import working_dir
from leitplanken.storage.names import checked_target
from leitplanken.storage.rows import TABLE_OF
from leitplanken.storage.saving import ProgressFn, backup_file, database_bytes
from leitplanken.storage.validate import open_regular
from leitplanken.storage.workspace_file import WorkspaceFile


def _private_temp(suffix: str) -> Path:
    """A fresh name in the app's own folder (never beside the target, never world-readable)."""
    return working_dir() / f".send-{secrets.token_hex(8)}{suffix}"


#: Bytes written between two progress reports (and two chances to cancel).
_CHUNK = 4 * 1024 * 1024


class _Steps:
    """Progress over the phases of one copy, each about the database's size, as done/total."""

    PHASES = 5  # snapshot, full versions, compaction, encryption, writing

    def __init__(self, report: ProgressFn | None, size: int) -> None:
        """`size`: the database's size in bytes."""
        self._report = report
        self.size = max(size, 1)
        self.total = self.size * self.PHASES
        self.done = 0

    def add(self, amount: int) -> None:
        """Counts `amount` bytes more as done; the report may raise Cancelled."""
        self.done = min(self.done + amount, self.total)
        if self._report is not None:
            self._report(self.done, self.total)

    def reach(self, phase: int) -> None:
        """Counts everything up to the end of phase number `phase` (1 to PHASES) as done."""
        self.add(max(0, phase * self.size - self.done))


def _write_atomically(data: bytes | Path, target: Path, steps: _Steps | None = None) -> None:
    """Writes bytes (or a file's content, copied in chunks) next to the target, fsyncs and
    renames: the target is never partial.

    Stopped (Cancelled) or failed before the rename, only the temporary file was written,
    and it is removed: an existing target stays exactly as it was.
    """
    tmp = target.with_name(f".~lp-send-{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            for chunk, share in _chunks(data):
                fh.write(chunk)
                if steps is not None:
                    steps.add(int(share * steps.size))
            if steps is not None:
                steps.reach(steps.PHASES)  # the last chance to stop: then the rename
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise as_file_error(exc, target) from None
        raise


def _chunks(data: bytes | Path) -> Iterator[tuple[bytes | memoryview, float]]:
    """The content in pieces of _CHUNK, each with its share of the whole (for progress)."""
    if isinstance(data, Path):
        size = max(data.stat().st_size, 1)
        with open_regular(data) as src:
            while piece := src.read(_CHUNK):
                yield piece, len(piece) / size
        return
    view = memoryview(data)
    try:
        for start in range(0, len(view), _CHUNK):
            part = view[start:start + _CHUNK]
            yield part, len(part) / max(len(view), 1)
    finally:
        view.release()


def _keep_previous(target: Path) -> None:
    """Copies an existing target to NAME.bak (through a temporary name) before it is replaced."""
    if not target.is_file():
        return
    _write_atomically(target, backup_file(target))


def _refuse_if_in_use(target: Path) -> None:
    """FileError("locked") when another process or machine has the target open right now."""
    holder = lock.read_lock(target)
    if holder is not None and not holder.is_ours() and not holder.is_stale():
        raise FileError("locked", target, **holder.details())


def _add_versions(wf: WorkspaceFile, snapshot: Path, steps: _Steps | None = None) -> None:
    """Writes every record's current version in full into the snapshot's history.

    The records are read from the snapshot itself, a table at a time (a workspace of
    thousands of use cases is never held whole).
    """
    # delayed import: merge_apply imports the whole merge machinery
    from leitplanken.storage.merge_apply import VERSION, records_in, version_entries

    conn = sqlite3.connect(snapshot)
    try:
        rows_total = max(1, sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                for t in TABLE_OF.values()))
        known = {(str(u), str(at)) for u, at in conn.execute(
            "SELECT row_uuid, at FROM history WHERE action = ?", [VERSION])}

        def read(rows: int) -> None:
            if steps is not None:
                steps.add(rows * steps.size // rows_total)

        conn.execute("BEGIN")
        for batch in records_in(conn, read):
            conn.executemany(
                "INSERT OR IGNORE INTO history (uuid, at, author, table_name, row_uuid, action,"
                " summary) VALUES (:uuid, :at, :author, :table_name, :row_uuid, :action,"
                " :summary)", version_entries(batch, known, wf.author))
        conn.execute("COMMIT")
        if steps is not None:
            steps.reach(2)
        conn.execute("VACUUM")
    except sqlite3.Error as exc:
        raise as_file_error(exc, snapshot) from None
    finally:
        conn.close()


def snapshot_to(wf: WorkspaceFile, out: Path) -> None:
    """VACUUM INTO `out` (which must not exist) from the working copy."""
    try:
        wf.db.execute("VACUUM INTO ?", [str(out)])
    except (sqlite3.Error, OSError) as exc:
        raise as_file_error(exc, out) from None


def send_copy(wf: WorkspaceFile, out: Path | str, passphrase: str | None = None,
              progress: ProgressFn | None = None) -> Path:
    """Writes a clean copy to `out` (encrypted when a passphrase is given); returns the path.

    `progress(done, total)` hears how far it is and may raise Cancelled: until the copy
    replaces the target, stopping leaves nothing behind and an existing target as it was.
    """
    target = checked_target(out)
    if wf.path is not None and target == wf.path.resolve():
        raise FileError("same_file", target)
    if not target.parent.is_dir():
        raise FileError("io", target, reason="folder_missing")
    _refuse_if_in_use(target)
    steps = _Steps(progress, database_bytes(wf.db.conn)) if progress is not None else None
    tmp = _private_temp(".leitplanken")
    try:
        snapshot_to(wf, tmp)
        if steps is not None:
            steps.reach(1)
        _add_versions(wf, tmp, steps)
        if steps is not None:
            steps.reach(3)
        data: bytes | Path = tmp  # a plain copy is copied from the file, never held whole
        if passphrase:
            try:
                plain = tmp.read_bytes()
            except OSError as exc:
                raise as_file_error(exc, tmp) from None
            data = crypto.encrypt_bytes(plain, passphrase)
            del plain
        if steps is not None:
            steps.reach(4)
        _refuse_if_in_use(target)  # again: the snapshot took a while
        _keep_previous(target)
        _write_atomically(data, target, steps)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return target


def suggested_name(encrypted: Path) -> str:
    """The name offered for Save as after opening an encrypted copy ("offer.leitplanken")."""
    stem = encrypted.name
    for ending in (".enc", FILE_SUFFIX):
        if stem.lower().endswith(ending):
            stem = stem[: -len(ending)]
    return (stem or "workspace") + FILE_SUFFIX


def open_encrypted(path: Path | str, passphrase: str) -> WorkspaceFile:
    """Decrypts an encrypted copy and opens it as a new, untitled workspace.

    FileError "wrong_passphrase" (wrong passphrase or altered file: GCM cannot tell which),
    "bad_container" (cut off or not our container), or any code the decrypted file earns.
    The decrypted bytes live only in the app's folder and are removed once opened.
    """
    source = Path(path)
    tmp = _private_temp(".leitplanken")
    try:
        crypto.decrypt_file(source, passphrase, tmp)
        wf = WorkspaceFile.open(tmp, read_only=True)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    detach(wf)
    wf.suggested_name = suggested_name(source)  # what Save as… offers: the name it arrived with
    return wf


def detach(wf: WorkspaceFile) -> WorkspaceFile:
    """Turns a file opened read-only into an untitled workspace with its content (a copy).

    Save as… then asks where it goes; crash recovery treats it as untitled work too.
    """
    if wf.lock_marker is not None:
        raise ValueError("only a file opened read-only can become a copy")
    wf.path = None
    wf.read_only = False
    wf.modified = True
    wf.disk_identity = None
    with contextlib.suppress(OSError):
        working.write_note(wf.working_path, None)
    return wf


def decrypt_to_temp(path: Path | str, passphrase: str) -> Path:
    """Decrypts an encrypted copy into a private temporary file (to merge it); caller deletes it."""
    tmp = _private_temp(".leitplanken")
    try:
        crypto.decrypt_file(Path(path), passphrase, tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp
