"""WorkspaceFile: the one object through which the app reads and writes a workspace file.

Open validates the file (validate.py) on a byte copy in the working folder and keeps working
on that copy; every put/delete commits to it at once, so a crash loses nothing; Save writes
a snapshot over the file atomically (saving.py). See docs/FILE_FORMAT.md.
"""

from __future__ import annotations

import contextlib
import dataclasses
import getpass
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from leitplanken.domain import model as m
from leitplanken.domain.digest import UseCaseDigest
from leitplanken.domain.digest import digest as digest_of
from leitplanken.domain.fields import dependents, every_record, use_case_children
from leitplanken.storage import digests, guards, migrations, reads, saving, working, writes
from leitplanken.storage.connection import close_quietly, connect
from leitplanken.storage.errors import (
    BadValue,
    FileError,
    as_file_error,
    in_data_folder,
    is_file_problem,
)
from leitplanken.storage.names import checked_target
from leitplanken.storage.rows import table_for
from leitplanken.storage.schema import CURRENT_VERSION, RECORD_TABLES, create_schema
from leitplanken.storage.validate import check_database, opened_file_error, read_header

#: Below this much free space an unexplained write error is reported as a full disk.
_LOW_SPACE = 4 * 1024 * 1024


@dataclass(frozen=True)
class HistoryEntry:
    """One change as the history shows it: when, who, which row, what happened."""

    at: str
    author: str
    table: str
    row_uuid: str
    action: str
    summary: str


def _default_author() -> str:
    """The logged-in user's name, recorded with each change."""
    try:
        return getpass.getuser()
    except Exception:
        return ""


#: What a `-wal` that belongs to another database (or to an older state) makes of a good file.
_WAL_MISFITS = ("damaged", "not_sqlite", "foreign", "hostile_schema", "unexpected_schema")


def _checked_copy(
    original: Path, work: Path, given: Path, with_wal: bool
) -> tuple[sqlite3.Connection, int] | None:
    """Copies the file (with its journal, and its WAL if asked) into `work` and checks the copy.

    Returns the connection and the schema version; None when a copied WAL made the copy fail
    the checks, so the caller can try the file without it. A newer version is not a misfit:
    falling back would hide a newer app's changes, so too_new is raised as it is.
    """
    conn = None
    had_wal = False
    try:
        try:
            had_wal = working.copy_in(original, work, with_wal)
            conn = connect(work, "rw")  # folds a WAL into the copy (journal_mode=DELETE)
        except Exception as exc:
            raise (
                in_data_folder(as_file_error(exc, given), work)
                if isinstance(exc, OSError)
                else opened_file_error(exc, given)
            ) from None
        return conn, check_database(conn, given, work.stat().st_size)
    except BaseException as exc:
        close_quietly(conn)
        err = exc if isinstance(exc, FileError) else None
        if err is None and is_file_problem(exc):
            err = opened_file_error(exc, given)
        if had_wal and err is not None and err.code in _WAL_MISFITS:
            working.remove(work)
            return None
        if err is not None and err is not exc:
            raise err from None
        raise


class WorkspaceFile:
    """An open workspace file: validated, backed by a working copy, saved atomically."""

    def __init__(
        self, conn: sqlite3.Connection, working_path: Path, path: Path | None, read_only: bool
    ) -> None:
        """Use create() or open(); this only wires an already validated working copy."""
        self._conn: sqlite3.Connection | None = conn
        self._db: Any = None
        self.working_path = working_path
        self.path = path
        self.read_only = read_only
        self.modified = False
        self.author = _default_author()
        self.schema_version = CURRENT_VERSION
        #: The schema version the file had before it was migrated on opening, else None.
        self.migrated_from: int | None = None
        #: What the file on disk looked like at open/save, and our "in use" marker (guards.py).
        self.disk_identity: Any = None
        self.lock_marker: Path | None = None
        #: The name Save as… offers for an untitled copy (a decrypted or opened copy), if any.
        self.suggested_name: str | None = None
        #: True when a `-wal` beside the file did not fit it (another database's, or stale
        #: over a newer file) and the file was read without it; Save keeps it with the .bak.
        self.wal_set_aside = False
        #: Every use case's digest by UUID, as stored (and refreshed by each write); filled by
        #: load_lazily().
        self.digests: dict[str, UseCaseDigest] = {}

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str | None, workspace: m.Workspace) -> WorkspaceFile:
        """A new file holding `workspace`; with a path it is saved there at once."""
        target = checked_target(path) if path is not None else None
        work = working.new_working_file()
        conn = None
        try:
            conn = connect(work, "rwc")
            create_schema(conn)
            wf = cls(conn, work, None, False)
            working.write_note(work, target)
            conn.execute("BEGIN")
            try:
                writes.insert_new(conn, every_record(workspace), writes.utc_now(), wf.author)
                made = [digest_of(uc, workspace) for uc in workspace.use_cases]
                digests.store(conn, made)
                wf.digests = {d.use_case_uuid: d for d in made}
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except BaseException as exc:
            close_quietly(conn)
            working.remove(work)
            if isinstance(exc, (ValueError, TypeError)):
                raise
            if isinstance(exc, Exception):
                raise in_data_folder(as_file_error(exc, target), work) from None
            raise
        if target is not None:
            try:
                wf.save(target)
            except BaseException:
                wf.close()
                raise
        return wf

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> WorkspaceFile:
        """Opens an existing file after checking it; FileError tells what is wrong with it."""
        given = Path(path).expanduser()
        read_header(given)  # judges the bytes before anything is copied
        original = given.resolve()
        work = working.new_working_file()
        conn = None
        try:
            checked = _checked_copy(original, work, given, with_wal=True)
            wal_set_aside = checked is None
            if checked is None:  # the -wal beside it does not fit this file: read it alone
                checked = _checked_copy(original, work, given, with_wal=False)
            assert checked is not None
            conn, version = checked
            migrated_from = None
            if version < CURRENT_VERSION:
                if not read_only:
                    migrations.backup_before_migration(original, version)
                migrations.migrate(conn, version, given)
                migrated_from = version
            writable = os.access(original, os.W_OK) and os.access(original.parent, os.W_OK)
            # Changes another program left in a -wal that does not fit must not be dropped by a
            # Save that replaces the file: such a file is only read until the user decides.
            wf = cls(conn, work, original, read_only or not writable or wal_set_aside)
            wf.migrated_from = migrated_from
            wf.modified = migrated_from is not None
            wf.wal_set_aside = wal_set_aside
            guards.after_open(wf)
            working.write_note(work, original, base=_note_base(wf))
            return wf
        except BaseException as exc:
            close_quietly(conn)
            working.remove(work)
            if is_file_problem(exc) and not isinstance(exc, FileError):
                raise opened_file_error(exc, given) from None
            raise  # a FileError as it is; anything else is a bug and must say so

    # -- reading -------------------------------------------------------------------------

    @property
    def db(self) -> Any:
        """The sqlite_utils Database over the hardened connection (imported on first use)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self._live(), recursive_triggers=False, execute_plugins=False)
        return self._db

    def _live(self) -> sqlite3.Connection:
        """The open connection; ValueError after close()."""
        if self._conn is None:
            raise ValueError("the workspace file is closed")
        return self._conn

    def load(self) -> m.Workspace:
        """The whole workspace, use cases with all their children, in a stable order."""
        conn = self._live()
        try:
            return reads.load_workspace(conn)
        except BadValue as exc:
            raise FileError("damaged", self.path, reason=str(exc)) from None
        except Exception as exc:
            if not is_file_problem(exc):
                raise  # a bug in reading, not a damaged file
            raise self._file_error(exc) from None

    def load_lazily(self) -> m.Workspace:
        """The workspace with its use cases' own fields; children are read when first used.

        Also reads every use case's digest (`self.digests`); those that are missing or were
        made by other rules are computed from the use case's rows and, in a writable file,
        stored for the next time (derived data: the file does not count as modified).
        """
        conn = self._live()
        try:
            ws = reads.load_workspace_lazily(conn, self._live)
            stored = digests.read_all(conn)
            orphans = digests.orphans(conn)
        except BadValue as exc:
            raise FileError("damaged", self.path, reason=str(exc)) from None
        except Exception as exc:
            if not is_file_problem(exc):
                raise
            raise self._file_error(exc) from None
        present = {uc.uuid for uc in ws.use_cases}
        missing = [u for u in present if u not in stored]
        if missing or orphans:
            try:
                made, _gone = digests.compute(conn, missing, ws.people_by_uuid())
            except BadValue as exc:
                raise FileError("damaged", self.path, reason=str(exc)) from None
            stored.update((d.use_case_uuid, d) for d in made)
            for u in orphans:
                stored.pop(u, None)
            if not self.read_only:
                # a file that cannot take them now simply computes them again next time
                with contextlib.suppress(FileError, ValueError), self._transaction():
                    digests.store(conn, made)
                    digests.forget(conn, orphans)
        self.digests = stored
        return ws

    def use_cases_naming(self, record: m.Record) -> set[str]:
        """The use cases whose children refer to `record` (by the declared references).

        Lets a deletion find what it reaches without reading every use case's children.
        """
        table = table_for(record)
        found: set[str] = set()
        try:
            for dep in dependents(table):
                if not dep.record_type.child_of_use_case:
                    continue
                found.update(str(u) for (u,) in self._live().execute(
                    f"SELECT DISTINCT use_case_uuid FROM {dep.record_type.table} "
                    f"WHERE {dep.field.name} = ?", [record.uuid]))
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self._file_error(exc) from None
        return found

    def use_cases_holding(self, row_uuids: Iterable[str]) -> set[str]:
        """The use cases that hold these rows as children (other rows, and rows gone, are
        passed over)."""
        wanted = list(dict.fromkeys(row_uuids))
        found: set[str] = set()
        try:
            conn = self._live()
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for rt in use_case_children():
                    found.update(str(u) for (u,) in conn.execute(
                        f"SELECT DISTINCT use_case_uuid FROM {rt.table} WHERE uuid IN ({marks})",
                        chunk))
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self._file_error(exc) from None
        return found

    def latest_change(self) -> str:
        """The latest `modified_at` of any record in the file ("" when none was ever stored)."""
        try:
            conn = self._live()
            stamps = [conn.execute(f"SELECT max(modified_at) FROM {table}").fetchone()[0]
                      for table in RECORD_TABLES]
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self._file_error(exc) from None
        return max((str(s) for s in stamps if s), default="")

    def latest_decision_day(self) -> date | None:
        """The day of the latest decision in the file, None without any."""
        try:
            row = self._live().execute("SELECT max(decided_on) FROM decision").fetchone()
            return date.fromisoformat(row[0]) if row and row[0] else None
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self._file_error(exc) from None
        except ValueError:
            return None  # a date the file holds in no known form: no stand-in then

    def history(self, limit: int = 200) -> list[HistoryEntry]:
        """The latest changes first."""
        try:
            rows = self._live().execute(
                "SELECT at, author, table_name, row_uuid, action, summary FROM history "
                # "version" rows are full records kept for merging (merge_apply), not changes
                "WHERE action != 'version' ORDER BY at DESC, rowid DESC LIMIT ?",
                [limit],
            ).fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self._file_error(exc) from None
        return [HistoryEntry(*map(str, row)) for row in rows]

    def counts(self) -> dict[str, int]:
        """Rows per table, for the file check."""
        try:
            return reads.counts(self._live())
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self._file_error(exc) from None

    def integrity_problems(self) -> list[str]:
        """A full integrity check and dangling references; empty when all is well."""
        conn = self._live()
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
            if problems == ["ok"]:
                problems = []
            for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table}: reference to a missing {parent}")
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self._file_error(exc) from None
        return problems

    # -- writing -------------------------------------------------------------------------

    def put(self, record: m.Record) -> None:
        """Inserts or updates one record (a UseCase without its children), with history."""
        self.put_many([record])

    def put_many(self, records: Iterable[m.Record], *, grouped: bool = False) -> None:
        """Inserts or updates records in one transaction: all of them or none.

        `grouped` (an import): one history entry per new use case, none for its children.
        """
        batch = list(records)
        self._require_writable()
        for record in batch:
            table_for(record)
        decisions = [r.uuid for r in batch if isinstance(r, m.Decision)]
        if len(set(decisions)) != len(decisions) or writes.existing(
            self._live(), "decision", decisions
        ):
            raise ValueError("decision log entries are append-only and cannot be changed")
        before = [(r.revision, r.modified_at) for r in batch]
        at = writes.utc_now()
        try:
            with self._transaction():
                conn = self._live()
                new, touched = self._digests_touched_by(conn, batch)
                for r in batch:
                    r.modified_at = at
                    r.revision += 1
                writes.put_records(self.db, batch, at, self.author, grouped=grouped)
                known = digests.people(conn)
                made = digests.of_new_use_cases(batch, new, known)
                digests.store(conn, made)
                refreshed, gone = digests.refresh(conn, touched, known)
        except BaseException:
            for r, (revision, modified_at) in zip(batch, before, strict=True):
                r.revision, r.modified_at = revision, modified_at
            raise
        self.remember_digests([*made, *refreshed], gone)
        self.modified = True

    def _digests_touched_by(self, conn: sqlite3.Connection,
                            batch: list[m.Record]) -> tuple[set[str], set[str]]:
        """Before a write: the new use cases of `batch`, and the stored ones it changes.

        A person counts only when they are new or their internal/external flag changes: the
        RACI rules ask nothing else of people.
        """
        written = [r.uuid for r in batch if isinstance(r, m.UseCase)]
        known = writes.existing(self.db, "use_case", written) if written else set()
        new = {u for u in written if u not in known}
        touched = {u for u in written if u in known}
        owners = (getattr(r, "use_case_uuid", None) for r in batch)
        touched.update(str(u) for u in owners if u and u not in new)
        persons = [r for r in batch if isinstance(r, m.Person)]
        if persons:
            flags = digests.internal_flags(conn, [p.uuid for p in persons])
            changed = [p.uuid for p in persons if flags.get(p.uuid) != bool(p.internal)]
            touched.update(digests.use_cases_of_people(conn, changed))
        return new, touched - new

    def remember_digests(self, made: Iterable[UseCaseDigest], gone: Iterable[str]) -> None:
        """After a committed write: the in-memory digests follow the stored ones (also called
        by a merge, which writes its rows itself)."""
        self.digests.update((d.use_case_uuid, d) for d in made)
        for u in gone:
            self.digests.pop(u, None)

    def delete(self, record: m.Record) -> None:
        """Removes a record (a use case with its children) and leaves tombstones."""
        self.delete_many([record])

    def delete_many(self, records: Iterable[m.Record], *, grouped: bool = False) -> None:
        """Removes records and everything depending on them, in one transaction (`grouped`:
        an import undone, one history entry per use case as when it was written)."""
        batch = list(records)
        self._require_writable()
        for record in batch:
            table_for(record)
            if isinstance(record, m.UseCase):
                # read now what the deletion takes along: an undo puts the same objects back,
                # and afterwards there would be nothing left in the file to read them from
                m.read_children_now(record)
        with self._transaction():
            touched = writes.delete_records(self.db, batch, writes.utc_now(), self.author,
                                            grouped=grouped)
            refreshed, gone = digests.refresh(self._live(), touched)
        self.remember_digests(refreshed, gone)
        self.modified = True

    def add_decision(self, decision: m.Decision, use_case: m.UseCase) -> None:
        """Appends a decision and stores the use case it changed, together or not at all."""
        if decision.use_case_uuid != use_case.uuid:
            raise ValueError("the decision belongs to another use case")
        self.put_many([use_case, decision])

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One atomic change; file problems become FileError, broken references ValueError."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.IntegrityError as exc:
            raise ValueError(f"the change refers to a missing record: {exc}") from None
        except (sqlite3.Error, OSError, UnicodeDecodeError, MemoryError) as exc:
            raise self._file_error(exc) from None

    def _require_writable(self) -> None:
        """Edits of a file opened read-only are refused (the UI offers Save as… instead)."""
        self._live()
        if self.read_only:
            raise FileError("read_only", self.path)

    def _file_error(self, exc: BaseException) -> FileError:
        """Maps an error on the working copy; an unexplained write error on a full disk is one."""
        err = as_file_error(exc, self.path)
        if err.code == "io":
            with contextlib.suppress(OSError):
                if shutil.disk_usage(self.working_path.parent).free < _LOW_SPACE:
                    err = FileError("disk_full", self.path, reason=str(exc))
        return in_data_folder(err, self.working_path)  # only the working copy is written here

    # -- saving and closing ----------------------------------------------------------------

    def save(self, path: Path | str | None = None,
             progress: saving.ProgressFn | None = None) -> None:
        """Save (None) or Save as (path): the working copy's snapshot replaces the target atomically.

        `progress(done, total)` hears how far the copy is and may raise saving.Cancelled,
        which leaves the target (and this workspace's state) as it was.
        """
        conn = self._live()
        if path is None:
            if self.path is None:
                raise ValueError("an untitled workspace needs a path: use save(path)")
            target = self.path
        else:
            target = checked_target(path)
        if self.read_only and target == self.path:
            raise FileError("read_only", self.path)
        guards.before_save(self, target)
        saving.write_snapshot(conn, target, like=self.path, progress=progress)
        previous, self.path = self.path, target
        self.read_only = False
        self.modified = False
        guards.after_save(self, previous)
        with contextlib.suppress(OSError):
            working.write_note(self.working_path, target, base=_note_base(self))

    def close(self) -> None:
        """Releases the file and removes the working copy; calling it twice is harmless."""
        conn, self._conn, self._db = self._conn, None, None
        if conn is not None:
            guards.before_close(self)
            close_quietly(conn)
            working.remove(self.working_path)

    def __enter__(self) -> WorkspaceFile:
        """`with WorkspaceFile.open(p) as wf:` closes the file at the end."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Closes the file."""
        self.close()


def _note_base(wf: WorkspaceFile) -> dict | None:
    """The identity just taken of the file, for its working copy's note (hashed once, not twice);
    None lets the note read it itself."""
    return dataclasses.asdict(wf.disk_identity) if wf.disk_identity is not None else None
