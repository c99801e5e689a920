"""Working copies: the local SQLite files that edits go to at once, before any Save.

Each open workspace has one, in locations.working_dir(), named by a random token, with a
small JSON note beside it (`TOKEN.json`: the file it belongs to, the process and the time).
After a crash the copy and its note stay there, so the next start can offer the unsaved work.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import secrets
import shutil
from datetime import UTC, datetime
from pathlib import Path

from leitplanken import FILE_SUFFIX
from leitplanken.storage.disk_watch import identity_of
from leitplanken.storage.locations import working_dir

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
    tmp.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
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


def copy_in(original: Path, working: Path) -> None:
    """Copies a file and its journal or WAL into the working copy, byte for byte.

    The journal comes along so SQLite rolls a crashed transaction back in the copy; the
    original is never written to, even when it sits on read-only media.
    """
    shutil.copyfile(original, working)
    for suffix in SIDE_SUFFIXES:
        side = original.with_name(original.name + suffix)
        if side.is_file():
            shutil.copyfile(side, working.with_name(working.name + suffix))


def remove(working: Path) -> None:
    """Deletes a working copy with its side files and note."""
    for path in (
        working,
        note_path(working),
        *(working.with_name(working.name + s) for s in SIDE_SUFFIXES),
    ):
        with contextlib.suppress(OSError):
            path.unlink()
