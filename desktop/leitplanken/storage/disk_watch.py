"""Notices that someone else changed the file on disk since we opened or saved it.

KeePassXC refuses to save over unmerged changes; we do the same. The identity of the file is
taken at open and after every save: size and mtime_ns are cheap, the SHA-256 of the content is
decisive. A file whose size and mtime are unchanged is taken as unchanged (no hashing on every
save); a file whose size or mtime differs is hashed, so a mere `touch` or a copy back of the very
same bytes is not reported as a change.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from leitplanken.storage.errors import FileError
from leitplanken.storage.validate import open_regular, require_regular

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class FileIdentity:
    """What the file on disk looked like when we last read or wrote it."""

    size: int
    mtime_ns: int
    sha256: str
    #: The content of a `-wal` beside it ("" for none or an empty one): another SQLite tool
    #: that keeps the file open in WAL mode commits there, not into the file itself.
    wal_sha256: str = ""


def _digest(path: Path) -> str:
    """SHA-256 of a file's bytes, read in chunks so a large file does not fill memory."""
    h = hashlib.sha256()
    with open_regular(path) as fh:  # a FIFO put in its place must not hang the Save
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _wal_digest(path: Path) -> str:
    """SHA-256 of the `-wal` beside a file; "" when there is none, it is empty or no file."""
    wal = path.with_name(path.name + "-wal")
    try:
        st = os.stat(wal)
        if not stat.S_ISREG(st.st_mode) or st.st_size == 0:
            return ""
        return _digest(wal)
    except (OSError, FileError):
        return ""  # a vanished or odd side file is not content of anyone's


def identity_of(path: Path) -> FileIdentity:
    """The identity of the file now; OSError is left to the caller's own mapping."""
    st = os.stat(path)
    return FileIdentity(st.st_size, st.st_mtime_ns, _digest(path), _wal_digest(path))


def has_changed(path: Path, known: FileIdentity | None) -> bool:
    """True when the file's content differs from `known`; a vanished file is Save's own problem."""
    if known is None:
        return False
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise FileError("io", path, detail=str(exc)) from None
    require_regular(st.st_mode, path)
    if _wal_digest(path) != known.wal_sha256:
        return True  # a tool in WAL mode committed beside the file (or its WAL went away)
    if st.st_size == known.size and st.st_mtime_ns == known.mtime_ns:
        return False
    if st.st_size != known.size:
        return True
    try:
        return _digest(path) != known.sha256
    except OSError as exc:
        raise FileError("io", path, detail=str(exc)) from None


def check_unchanged(path: Path, known: FileIdentity | None) -> None:
    """Raises FileError("changed_on_disk") before a Save would overwrite someone else's work."""
    if has_changed(path, known):
        raise FileError("changed_on_disk", path)
