"""Crash recovery: the unsaved work of a crashed or killed app is offered at the next start.

Every open workspace has a working copy in working_dir() with a JSON note (working.py): the
file it belongs to, the process, the time of the last open or Save. A clean close removes
both. What is left behind while its process no longer runs is an orphan. Its edits since the
note's time (history entries later than that) are the unsaved work; an orphan without any is
the saved file's twin and can go silently. Recovering opens the orphan as the workspace with
its original file as the Save target (marked modified); discarding deletes it. Nothing is
removed without the user's word unless it holds nothing unsaved.

The note also keeps what the original looked like when the working copy last matched it
(`origin_state`: size, mtime_ns, sha256, read at open and after each Save). Recovering
compares the original with *that*, not with the file as it is now: work saved there after
the crash (by a colleague, or by the user who chose "Later" and edited the file) makes Save
say "changed on disk" and offer merge or Save as, instead of overwriting it. A note that is
not what we write (a pid of 2^40, an origin that is a number, huge or broken JSON) still
lets its work be offered: as an orphan whose file is unknown, saved with Save as.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from leitplanken.storage import lock, working
from leitplanken.storage.connection import close_quietly, connect
from leitplanken.storage.disk_watch import FileIdentity
from leitplanken.storage.errors import FileError
from leitplanken.storage.guards import after_open
from leitplanken.storage.locations import working_dir
from leitplanken.storage.workspace_file import WorkspaceFile

_MAX_NOTE = 64 * 1024
_MAX_PID = 2**31 - 1
_MAX_ORIGIN = 4096

#: The base of a working copy whose note does not say it: compares unequal to every file,
#: so Save after recovering always asks (merge or Save as) rather than overwrite blindly.
UNKNOWN_BASE = FileIdentity(-1, -1, "")
#: The "saved at" of recovered work whose note had no usable time: every edit is unsaved.
_LONG_AGO = "0001-01-01T00:00:00+00:00"


@dataclass(frozen=True)
class Orphan:
    """A working copy whose app is gone."""

    working: Path
    origin: Path | None
    since: str
    changes: int
    last_change: str
    #: What the original looked like when the working copy last matched it.
    base: FileIdentity = UNKNOWN_BASE
    #: A copy that holds nothing of its own: killed before its note was written (opening or
    #: creating), or a recovery killed before the new copy's note named the original file.
    leftover: bool = False

    @property
    def unsaved(self) -> bool:
        """True when it holds edits that never reached the original file."""
        if self.leftover:
            return False
        return self.changes > 0 or (self.origin is None and self.last_change != "")


def _read_note(working_path: Path) -> dict | None:
    """The note of a working copy, or None when missing or unreadable."""
    try:
        raw = working.note_path(working_path).read_bytes()[:_MAX_NOTE]
        note = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    return note if isinstance(note, dict) else None


def _pid(note: dict | None) -> int | None:
    """The note's process id if it is one a process could have; else None (treated as gone)."""
    pid = note.get("pid") if note else None
    if isinstance(pid, bool) or not isinstance(pid, int) or not 0 < pid <= _MAX_PID:
        return None
    return pid


def _origin(note: dict | None) -> Path | None:
    """The file a note names, or None when the field is not a usable absolute path."""
    origin = note.get("origin") if note else None
    if not isinstance(origin, str) or not origin or len(origin) > _MAX_ORIGIN or "\0" in origin:
        return None
    path = Path(origin)
    return path if path.is_absolute() else None


def _base(note: dict | None) -> FileIdentity:
    """The original's identity the note recorded; UNKNOWN_BASE when missing or malformed."""
    state = note.get("origin_state") if note else None
    if not isinstance(state, dict):
        return UNKNOWN_BASE
    size, mtime, digest = state.get("size"), state.get("mtime_ns"), state.get("sha256")
    if (isinstance(size, bool) or isinstance(mtime, bool) or not isinstance(size, int)
            or not isinstance(mtime, int) or not isinstance(digest, str) or len(digest) != 64):
        return UNKNOWN_BASE
    return FileIdentity(size, mtime, digest)


def _since(note: dict | None) -> str:
    """The note's time stamp as text (empty when missing or not a short string)."""
    since = note.get("created_at") if note else None
    return since if isinstance(since, str) and len(since) <= 64 else ""


def _when(stamp: str) -> datetime:
    """A stored time as a comparable moment (garbage counts as long ago)."""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError, OverflowError):
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _unsaved_changes(working_path: Path, since: str) -> tuple[int, str]:
    """(edits after `since`, time of the last edit) read from the working copy's history."""
    conn = None
    try:
        conn = connect(working_path, "ro")
        # "fields" entries hold an edit's old and new values beside its "update": not edits
        rows = conn.execute("SELECT at FROM history WHERE action != 'fields'").fetchall()
    except (sqlite3.Error, UnicodeDecodeError):
        return 1, ""  # unreadable: offer it rather than delete it silently
    finally:
        close_quietly(conn)
    after = [str(r[0]) for r in rows if _when(str(r[0])) > _when(since)]
    last = max((str(r[0]) for r in rows), key=_when, default="")
    return len(after), last


def _is_leftover(candidate: Path, origin: Path | None) -> bool:
    """Whether a working copy holds nothing that is not also somewhere else (see Orphan.leftover).

    Without a note it was killed while opening (a byte copy of a file that still exists) or
    creating (an empty schema): the note is written before the first edit can be. A note naming
    another working copy is a recovery killed half-way: that orphan is removed only after this
    copy's note names the real file, so it still exists and holds the same work.
    """
    if not os.path.lexists(working.note_path(candidate)):
        return True
    return (origin is not None and origin.exists()
            and origin.parent.resolve() == working_dir().resolve())


def find_orphans() -> list[Orphan]:
    """Working copies left by processes that no longer run, newest first."""
    found = []
    for candidate in sorted(working_dir().glob("*.leitplanken")):
        note = _read_note(candidate)
        pid = _pid(note)
        if pid is not None and (pid == os.getpid() or lock.pid_alive(pid)):
            continue  # an open window of this or another running instance
        origin = _origin(note)
        since = _since(note)
        changes, last = _unsaved_changes(candidate, since)
        found.append(Orphan(candidate, origin, since, changes, last, _base(note),
                            _is_leftover(candidate, origin)))
    return sorted(found, key=lambda o: _when(o.last_change or o.since), reverse=True)


def discard(orphan: Orphan) -> None:
    """Deletes an orphaned working copy the user gave up (or that held nothing unsaved)."""
    working.remove(orphan.working)


def discard_saved_twins() -> list[Orphan]:
    """Removes orphans without unsaved work; returns those that remain to be offered."""
    left = []
    for orphan in find_orphans():
        if orphan.unsaved:
            left.append(orphan)
        else:
            discard(orphan)
    return left


def recover(orphan: Orphan) -> WorkspaceFile:
    """Opens the orphan's work as a workspace whose Save goes to the original file.

    The orphan is validated like any file. If the original is gone or someone else has it
    open now, the workspace opens untitled (Save as… asks where). Save compares the original
    with the state the work was based on (orphan.base), so changes saved since the crash are
    merged or kept, never overwritten. The orphan itself is removed only once its content
    lives in the new working copy (and its note carries the same base).
    """
    wf = WorkspaceFile.open(orphan.working, read_only=True)
    try:
        wf.read_only = False
        wf.modified = True
        wf.path = None
        origin = orphan.origin
        if origin is not None and origin.is_file():
            wf.path = origin
            try:
                after_open(wf)  # the marker our crashed process left is replaced silently
            except FileError:
                wf.path = None  # someone else has it open now: Save as… instead
                wf.read_only = False
                wf.lock_marker = None
            wf.disk_identity = orphan.base  # not the file as it is now: see the module text
        base = None if orphan.base == UNKNOWN_BASE else dataclasses.asdict(orphan.base)
        with contextlib.suppress(OSError):  # the work is open either way; only a re-crash needs it
            working.write_note(wf.working_path, origin, base or {"unknown": True},
                               orphan.since or _LONG_AGO)
    except BaseException:
        wf.close()
        raise
    discard(orphan)
    return wf
