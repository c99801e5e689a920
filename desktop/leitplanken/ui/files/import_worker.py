"""Writes an import off the GUI thread, and the one undo step that makes it visible.

The job builds the use cases by the mapping, adds the catalogue's activities, checklist and
CX questions, and writes them with the new people in ONE transaction (one history entry per
use case), reporting progress and honouring cancel until the write begins; the write itself
takes about a second and is all or nothing. The window then pushes ImportRecords: its first
redo only puts the written records into the workspace's lists, an undo removes them from
the file again, a later redo writes them again.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtGui import QUndoCommand

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import Record, UseCase
from leitplanken.storage import ImportResult
from leitplanken.ui.workspace.commands import AddRecords
from leitplanken.ui.workspace.session import Session, use_case_children

#: From this many records on, the views rebuild once instead of hearing of each record.
RESET_FROM = 50


class Cancelled(Exception):
    """The user cancelled before the write began; nothing was written."""


class ImportSignals(QObject):
    """What the job reports; queued to the window's thread."""

    #: (done, total) steps; total is the number of rows plus one for the write.
    progress = Signal(int, int)
    #: The written ImportResult (its records are in the file, not yet in the workspace).
    finished = Signal(object)
    cancelled = Signal()
    #: An exception (a FileError when the file could not be written, anything else a bug).
    failed = Signal(object)


class ImportJob(QRunnable):
    """Seeds and writes one built import on a pool thread."""

    def __init__(self, session: Session, result: ImportResult) -> None:
        """`result` is the summary's build; its records are not in the workspace yet."""
        super().__init__()
        self.setAutoDelete(False)
        self.signals = ImportSignals()
        self._session = session
        self._result = result
        company = session.workspace.company
        self._language, self._version = company.language, company.catalogue_version
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Asks the job to stop before it writes (safe from any thread)."""
        self._stop.set()

    def run(self) -> None:
        """Runs on a pool thread; exactly one of finished, cancelled, failed is emitted."""
        try:
            self._work()
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - handed to the window, which shows it
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(self._result)

    def _work(self) -> None:
        """Seed (cancellable, with progress), then write in one transaction."""
        use_cases = self._result.use_cases
        total = len(use_cases) + 1
        self.signals.progress.emit(0, total)
        for i, uc in enumerate(use_cases, start=1):
            seed_use_case(uc, self._language, self._version)
            if i % 100 == 0:
                if self._stop.is_set():
                    raise Cancelled
                self.signals.progress.emit(i, total)
        if self._stop.is_set():
            raise Cancelled
        self.signals.progress.emit(total - 1, total)
        self._session.file.put_many(records_of(self._result), grouped=True)
        self.signals.progress.emit(total, total)


def records_of(result: ImportResult) -> list[Record]:
    """The people and the use cases with all their children, in the order storage wants."""
    records: list[Record] = list(result.new_people)
    for uc in result.use_cases:
        records.append(uc)
        records += use_case_children(uc)
    return records


class ImportRecords(AddRecords):
    """The import as one undo step: the records are already written when it is pushed."""

    def __init__(self, session: Session, result: ImportResult, text: str,
                 parent: QUndoCommand | None = None) -> None:
        """Takes the people and use cases of a written import."""
        top: list[Record] = [*result.new_people, *result.use_cases]
        super().__init__(session, top, text, parent)
        self.records = [*result.new_people, *result.use_cases]  # people first: owners exist
        self._written = True

    def redo(self) -> None:
        """First time: into the lists only (the job wrote them); later: write again, grouped."""
        if not self._written and not self._write(lambda: self.session.file.put_many(
                _with_children(self.records), grouped=True)):
            return
        self._written = False
        present: dict[int, set[int]] = {}  # per list, the ids in it: one pass, not one per record
        for record in self.records:
            holder = self.session.container(record)
            if holder is None:
                continue
            ids = present.setdefault(id(holder), {id(r) for r in holder})
            if id(record) not in ids:
                holder.append(record)
                ids.add(id(record))
        self._tell()

    def undo(self) -> None:
        """Removes the records from the lists and the file (their children go with them)."""
        if len(self.records) < RESET_FROM:
            super().undo()
            return
        # the same as AddRecords.undo, but the views rebuild once instead of 3,000 times, and
        # each list is filtered once instead of searched once per record
        leaving: dict[int, tuple[list[Any], set[int]]] = {}
        for record in self.records:
            holder = self.session.container(record)
            if holder is not None:
                leaving.setdefault(id(holder), (holder, set()))[1].add(id(record))
        for holder, ids in leaving.values():
            holder[:] = [r for r in holder if id(r) not in ids]
        if not self._write(lambda: self.session.file.delete_many(self.records, grouped=True)):
            self.redo_lists_only()
            self.session.reset.emit()
            return
        self.session.reset.emit()

    def _tell(self) -> None:
        """Announces the new records (one reset for a large import)."""
        if len(self.records) >= RESET_FROM:
            self.session.reset.emit()
        else:
            self._announce(self.records)


def _with_children(records: list[Record]) -> list[Record]:
    """Each use case followed by its children; other records as they are."""
    out: list[Record] = []
    for record in records:
        out.append(record)
        if isinstance(record, UseCase):
            out += use_case_children(record)
    return out
