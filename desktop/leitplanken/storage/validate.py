"""Checks a file is an intact Leitplanken workspace before anything writes to it.

The order matters: first what the bytes on disk say (exists, not empty, SQLite header, our
application_id, a version we understand), then what SQLite says about an isolated copy
(the exact schema, then the full integrity_check). Each failure is its own FileError code, so the user
learns whether the file is empty, someone else's, from a newer version, damaged or hostile.
"""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from leitplanken.storage.crypto import MAGIC as ENCRYPTED_MAGIC
from leitplanken.storage.errors import FileError, as_file_error
from leitplanken.storage.schema import (
    APPLICATION_ID,
    CURRENT_VERSION,
    SchemaEntry,
    expected_entries,
    known_version,
    schema_entries,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

# SQL that runs code when a row is written or read: the marks of a hostile table definition.
_CODE_IN_TABLE = re.compile(r"\b(CHECK|GENERATED|AS\s*\(|DEFAULT\s*\()", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    """What the 100-byte SQLite header of a file says, read without SQLite."""

    size: int
    page_size: int
    user_version: int
    application_id: int


def read_header(path: Path) -> Header:
    """Reads and judges the header: not_found, is_directory, permission, empty, not_sqlite,
    foreign or too_new (details name the version needed), else the Header."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise FileError("not_found", path) from None
    except OSError as exc:
        raise as_file_error(exc, path) from None
    require_regular(st.st_mode, path)  # a FIFO would block open(), a socket says ENXIO
    try:
        with open_regular(path) as fh:
            head = fh.read(HEADER_SIZE)
    except OSError as exc:
        raise as_file_error(exc, path) from None
    if not head:
        raise FileError("empty", path)
    if head.startswith(ENCRYPTED_MAGIC):  # a sent copy: the UI asks for the passphrase
        raise FileError("encrypted", path)
    if not head.startswith(SQLITE_MAGIC):
        raise FileError("not_sqlite", path)
    if len(head) < HEADER_SIZE:
        raise FileError("damaged", path, reason="truncated header")
    raw_page = int.from_bytes(head[16:18], "big")
    page_size = 65536 if raw_page == 1 else raw_page
    header = Header(
        size=st.st_size,
        page_size=page_size,
        user_version=int.from_bytes(head[60:64], "big", signed=True),
        application_id=int.from_bytes(head[68:72], "big", signed=False),
    )
    check_identity(header.application_id, header.user_version, path)
    if page_size < 512 or page_size & (page_size - 1):
        raise FileError("damaged", path, reason="bad page size")
    # Fixed by the file format (read/write versions, payload fractions, schema format,
    # UTF-8): anything else is a damaged header, not a file SQLite should guess about.
    if head[56:60] in (b"\0\0\0\2", b"\0\0\0\3"):
        raise FileError("utf16", path)  # another tool's encoding, not a damaged file of ours
    if head[18] not in (1, 2) or head[19] not in (1, 2) or head[21:24] != b"\x40\x20\x20":
        raise FileError("damaged", path, reason="bad header")
    if int.from_bytes(head[44:48], "big") not in (1, 2, 3, 4) or head[56:60] != b"\0\0\0\1":
        raise FileError("damaged", path, reason="bad header")
    if st.st_size < page_size:
        raise FileError("damaged", path, reason="truncated")
    return header


def require_regular(mode: int, path: Path) -> None:
    """Refuses folders and everything that is not a plain file (pipes, sockets, devices)."""
    if stat.S_ISDIR(mode):
        raise FileError("is_directory", path)
    if not stat.S_ISREG(mode):
        raise FileError("not_regular", path)


def open_regular(path: Path) -> BinaryIO:
    """Opens a file for reading that cannot block: a FIFO swapped in after the stat is refused.

    O_NONBLOCK makes opening a FIFO return at once; the type is then judged on the open handle.
    """
    fh = open(path, "rb", opener=_nonblocking)  # noqa: SIM115 - returned to the caller
    try:
        require_regular(os.fstat(fh.fileno()).st_mode, path)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fh.fileno(), True)
    except BaseException:
        fh.close()
        raise
    return fh


def _nonblocking(path: str, flags: int) -> int:
    """os.open with O_NONBLOCK (where the system has it), for open(..., opener=)."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def check_identity(application_id: int, user_version: int, path: Path) -> None:
    """Refuses files of other applications and of newer (or nonsensical) schema versions."""
    if application_id != APPLICATION_ID:
        raise FileError("foreign", path, application_id=application_id)
    if user_version > CURRENT_VERSION:
        raise FileError("too_new", path, version=user_version, supported=CURRENT_VERSION)
    if not known_version(user_version):
        raise FileError("damaged", path, reason=f"unknown schema version {user_version}")


def _is_hostile(entry: SchemaEntry) -> bool:
    """True for schema entries that can run code: triggers, views, tables with expressions."""
    kind, _name, _table, sql = entry
    if kind in ("trigger", "view"):
        return True
    if not sql:
        return False
    if kind == "index":  # an expression or a WHERE clause is code run on every write
        columns = sql.partition("(")[2]
        return "(" in columns or bool(re.search(r"\bWHERE\b", sql, re.IGNORECASE))
    return bool(_CODE_IN_TABLE.search(sql))


def compare_schema(actual: list[SchemaEntry], version: int, path: Path) -> None:
    """Refuses anything but the exact schema of `version`: hostile_schema for code
    (triggers, views, expressions in tables), unexpected_schema for other differences."""
    expected = expected_entries(version)
    if actual == expected:
        return
    expected_set, actual_set = set(expected), set(actual)
    extra = [e for e in actual if e not in expected_set]
    missing = [e for e in expected if e not in actual_set]
    names = sorted({e[1] for e in extra + missing})
    if any(_is_hostile(e) for e in extra):
        raise FileError("hostile_schema", path, entries=names)
    raise FileError("unexpected_schema", path, entries=names)


def opened_file_error(exc: BaseException, path: Path) -> FileError:
    """Like as_file_error, for a file whose header was fine: "not a database" means damaged."""
    err = as_file_error(exc, path)
    if err.code == "not_sqlite":
        return FileError("damaged", path, reason=str(exc))
    return err


def check_database(conn: sqlite3.Connection, path: Path, file_size: int | None = None) -> int:
    """Judges an opened (isolated) copy: identity, exact schema, integrity_check, and (given
    the copy's size) that no page was cut off, which the integrity check cannot always see.

    Returns the schema version. Any SQLite or decoding error means the file is damaged.
    """
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        check_identity(application_id, version, path)
        entries = schema_entries(conn)
    except FileError:
        raise
    except Exception as exc:  # UnicodeDecodeError from a flipped schema byte, MemoryError
        raise opened_file_error(exc, path) from None
    # The schema first: an integrity check on a recursive view or hostile code is pointless.
    compare_schema(entries, version, path)
    # The full check, not quick_check: only it compares every index with its table, and a
    # damaged index lets edits write a second row with the same UUID.
    try:
        rows = conn.execute("PRAGMA integrity_check(20)").fetchall()
    except Exception as exc:
        raise opened_file_error(exc, path) from None
    if [tuple(r) for r in rows] != [("ok",)]:
        raise FileError("damaged", path, reason=str(rows[0][0]) if rows else "integrity_check")
    if file_size is not None:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        if file_size % page_size or file_size < pages * page_size:
            raise FileError("damaged", path, reason="truncated")
    return version
