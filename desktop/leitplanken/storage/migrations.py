"""Brings files of an older schema version up to the current one, one version at a time.

Each step turns version N into N+1 inside one transaction and must leave exactly the schema
of N+1 (checked afterwards). Steps run on the working copy only; the original file stays as
it is until the user saves, and a copy of it is kept beside it first (NAME.leitplanken.vN-backup),
the habit of Anki, Zotero and Vorta. sqlite-utils' Migrations class is not used because it
keeps a bookkeeping table, and the schema of a file must be exact.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from leitplanken.storage.errors import FileError, as_file_error
from leitplanken.storage.schema import CURRENT_VERSION, schema_entries, step_sql
from leitplanken.storage.validate import compare_schema

#: A step receives the connection inside an open transaction and turns version N into N+1.
Step = Callable[[sqlite3.Connection], None]


def schema_step(to_version: int, data: Step | None = None) -> Step:
    """The step to `to_version`: schema.step_sql's statements, then an optional data change.

    The statements are the same ones that build a new file and the expected schema, so the
    migrated file matches exactly what a new file of that version has.
    """

    def step(conn: sqlite3.Connection) -> None:
        for statement in step_sql(to_version):
            conn.execute(statement)
        if data is not None:
            data(conn)

    step.__doc__ = f"Migrates version {to_version - 1} to {to_version}."
    return step


#: STEPS[N] migrates version N to N+1. Version 2 added the board's motion section (options,
#: recommendation, agenda) to use cases and the next meeting's facts to the company.
STEPS: dict[int, Step] = {1: schema_step(2)}


def backup_path(path: Path, version: int) -> Path:
    """Where the copy of a file is kept before migrating it from `version`."""
    return path.with_name(f"{path.name}.v{version}-backup")


def backup_before_migration(original: Path, version: int) -> Path | None:
    """Copies the original file beside itself; None when its folder is not writable.

    The original is never changed by a migration, so a read-only folder is no reason to
    refuse: the copy is a second safety net, the untouched original the first.
    """
    target = backup_path(original, version)
    if target.exists():
        return target
    try:
        shutil.copy2(original, target)
    except OSError:
        return None
    return target


def migrate(
    conn: sqlite3.Connection,
    from_version: int,
    path: Path,
    steps: dict[int, Step] | None = None,
    to_version: int = CURRENT_VERSION,
) -> int:
    """Applies the steps from `from_version` up to `to_version`; returns the new version.

    Each step and its new user_version commit together, so an interrupted migration leaves
    the working copy at a complete version, never in between.
    """
    steps = STEPS if steps is None else steps
    version = from_version
    while version < to_version:
        step = steps.get(version)
        if step is None:
            raise FileError("damaged", path, reason=f"no migration from version {version}")
        try:
            conn.execute("BEGIN IMMEDIATE")
            step(conn)
            conn.execute(f"PRAGMA user_version={version + 1}")
            conn.execute("COMMIT")
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise as_file_error(exc, path) from None
        version += 1
        compare_schema(schema_entries(conn), version, path)
    return version
