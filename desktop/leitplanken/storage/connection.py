"""Opens SQLite connections the one safe way: hardened, never creating a file by accident.

A workspace file comes from someone else and is untrusted. Every connection therefore
refuses to let schema code call app functions (trusted_schema=OFF), does not recurse into
triggers, runs SQLite's DEFENSIVE mode and switches triggers and views off entirely (our
schema has neither, so nothing legitimate is lost). Existing files are opened through a
`file:` URI with mode=rw or mode=ro, so a typo never silently creates an empty database.

Loading the schema also loads the planner statistics (sqlite_stat1/4) of the file, before any
check of ours can look at them; a forged statistics table with a generated column would make
SQLite compute it for minutes. Every connection therefore loads the schema once under a time
budget (a progress handler stops the statistics, the schema itself stays loaded) and with a
cap on the length of any value, so no single step can run for long either.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

# Connection options to switch off, where this Python exposes them (3.12+).
_OFF = (
    "SQLITE_DBCONFIG_TRUSTED_SCHEMA",
    "SQLITE_DBCONFIG_ENABLE_TRIGGER",
    "SQLITE_DBCONFIG_ENABLE_VIEW",
    "SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION",
)


#: How long loading the schema (and with it the planner statistics) may take at most.
SCHEMA_LOAD_SECONDS = 0.5
#: No value of ours comes near this; a bigger one is built by hostile SQL, not stored.
MAX_VALUE_BYTES = 64 * 1024 * 1024
#: Our own SQL never uses LIKE/GLOB with long patterns; long ones only slow SQLite down.
MAX_LIKE_PATTERN = 1000
#: How often an interrupted schema load is tried again before the file counts as unreadable.
_SCHEMA_ATTEMPTS = 3
#: Virtual machine steps between two looks at the clock.
_PROGRESS_STEPS = 1000


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
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, MAX_LIKE_PATTERN)
    return conn


def _stop_after(seconds: float) -> Callable[[], bool]:
    """A progress handler that asks SQLite to stop once `seconds` have passed."""
    deadline = time.monotonic() + seconds
    return lambda: time.monotonic() > deadline


def load_schema_bounded(conn: sqlite3.Connection, seconds: float = SCHEMA_LOAD_SECONDS) -> None:
    """Loads the schema with a time budget, so forged statistics cannot stall the app.

    SQLite reads sqlite_stat1/4 right after the schema; interrupted there, it keeps the schema
    and plans without statistics (harmless). Interrupted while reading the schema itself, the
    load is tried again; only a schema that never loads in time counts as damaged.
    """
    for attempt in range(_SCHEMA_ATTEMPTS):
        conn.set_progress_handler(_stop_after(seconds), _PROGRESS_STEPS)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return
        except sqlite3.OperationalError as exc:
            # Interrupted in the schema itself (a busy machine): try again, a damaged file
            # must not be claimed for slowness. Stats interrupted never get here.
            if "interrupt" not in str(exc) or attempt == _SCHEMA_ATTEMPTS - 1:
                raise
        finally:
            conn.set_progress_handler(None, 0)


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
        load_schema_bounded(conn)
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
