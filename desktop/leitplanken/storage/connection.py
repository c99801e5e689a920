"""Opens SQLite connections the one safe way: hardened, never creating a file by accident.

A workspace file comes from someone else and is untrusted. Every connection therefore
refuses to let schema code call app functions (trusted_schema=OFF), does not recurse into
triggers, runs SQLite's DEFENSIVE mode and switches triggers and views off entirely (our
schema has neither, so nothing legitimate is lost). Existing files are opened through a
`file:` URI with mode=rw or mode=ro, so a typo never silently creates an empty database.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

# Connection options to switch off, where this Python exposes them (3.12+).
_OFF = (
    "SQLITE_DBCONFIG_TRUSTED_SCHEMA",
    "SQLITE_DBCONFIG_ENABLE_TRIGGER",
    "SQLITE_DBCONFIG_ENABLE_VIEW",
    "SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION",
)


def file_uri(path: Path, mode: str) -> str:
    """A `file:` URI for SQLite with special characters (#, ?, %) escaped."""
    return f"{Path(path).absolute().as_uri()}?mode={mode}"


def harden(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Applies the settings that keep a hostile file from doing anything on our writes."""
    if hasattr(conn, "setconfig"):
        conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
        for name in _OFF:
            option = getattr(sqlite3, name, None)
            if option is not None:
                conn.setconfig(option, False)
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA recursive_triggers=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    conn.execute("PRAGMA mmap_size=0")
    return conn


def connect(path: Path, mode: str = "rw") -> sqlite3.Connection:
    """A hardened connection to a file: mode "rw" or "ro" for existing files, "rwc" to create.

    Transactions are explicit (isolation_level=None): every write happens inside
    `Database.atomic()` so a change is either complete or absent.
    """
    conn = sqlite3.connect(
        file_uri(path, mode), uri=True, isolation_level=None, check_same_thread=False
    )
    try:
        harden(conn)
        if mode != "ro":
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
    except BaseException:
        conn.close()
        raise
    return conn


def memory() -> sqlite3.Connection:
    """A hardened in-memory database, used to build the expected schema for comparison."""
    return harden(sqlite3.connect(":memory:", isolation_level=None))


def close_quietly(conn: sqlite3.Connection | None) -> None:
    """Closes a connection during error handling, where a second error must not mask the first."""
    if conn is not None:
        with contextlib.suppress(Exception):
            conn.close()
