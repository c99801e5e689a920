"""Undo commands: the only way the window changes data (orange-canvas-core's habit).

Each command changes the in-memory domain objects, writes the change through
`session.file` at once (the working copy), and announces it with `session.changed`. A write
that fails (disk full, file gone read-only, or a bug) reverts the in-memory change, reports
the error through `session.error` and marks the command obsolete so QUndoStack drops it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from leitplanken.domain.decisions import DecisionError, apply_decision
from leitplanken.domain.model import Decision, Record, UseCase
from leitplanken.ui.workspace.session import Session, scalar_snapshot, use_case_children

#: Commands with this id merge with the previous one (typing into one field is one step).
MERGE_ID = 0x4C50


def _copy(value: Any) -> Any:
    """Lists (tags) are copied so undo restores the old list, not a shared one."""
    return list(value) if isinstance(value, list) else value


class _Command(QUndoCommand):
    """Shared plumbing: guarded writes and announcing what changed."""

    def __init__(self, session: Session, text: str, parent: QUndoCommand | None = None) -> None:
        """Remembers the session; text is what Edit → Undo shows."""
        super().__init__(text, parent)
        self.session = session

    def _write(self, action: Callable[[], object]) -> bool:
        """Runs a storage write; any failure is reported instead of escaping into Qt."""
        if self.session.closed:
            self.setObsolete(True)
            return False
        try:
            action()
        except Exception as err:  # noqa: BLE001 - any failure must revert, not escape into Qt
            # A FileError is the file's (disk full, stick pulled); anything else is a bug that
            # the window logs and shows as one. Either way the caller reverts memory.
            self.setObsolete(True)
            self.session.report(err)
            return False
        return True

    def _announce(self, records: Iterable[Record]) -> None:
        """Emits `changed` once per (kind, uuid)."""
        seen: set[tuple[str, str]] = set()
        for record in records:
            key = self.session.kind_of(record)
            if key not in seen:
                seen.add(key)
                self.session.changed.emit(*key)


class SetFields(_Command):
    """Sets some fields of one record; `merge=True` folds repeated edits of the same fields."""

    def __init__(
        self,
        session: Session,
        record: Record,
        values: dict[str, Any],
        text: str | None = None,
        merge: bool = False,
        parent: QUndoCommand | None = None,
    ) -> None:
        """Captures the old values now, so undo restores exactly what was there."""
        super().__init__(
            session, text or QCoreApplication.translate("Commands", "Change"), parent
        )
        self.record = record
        self.new = {k: _copy(v) for k, v in values.items()}
        self.old = {k: _copy(getattr(record, k)) for k in values}
        self.merge = merge

    def redo(self) -> None:
        """Applies the new values (a no-op edit is dropped from the stack)."""
        if self.new == self.old:
            self.setObsolete(True)
            return
        self._apply(self.new, self.old)

    def undo(self) -> None:
        """Restores the old values."""
        self._apply(self.old, self.new)

    def _apply(self, values: dict[str, Any], previous: dict[str, Any]) -> None:
        """Sets values, writes the record, reverts when the write fails."""
        for key, value in values.items():
            setattr(self.record, key, _copy(value))
        if not self._write(lambda: self.session.file.put(self.record)):
            for key, value in previous.items():
                setattr(self.record, key, _copy(value))
            return
        self._announce([self.record])

    def id(self) -> int:
        """Mergeable edits share an id; others never merge."""
        return MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Takes over the newer values when the same fields of the same record were edited."""
        if not (
            isinstance(other, SetFields)
            and other.merge
            and other.record is self.record
            and set(other.new) == set(self.new)
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class AddRecords(_Command):
    """Adds records (people, systems, use cases with their children, RACI rows, items …)."""

    def __init__(
        self,
        session: Session,
        records: Iterable[Record],
        text: str | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        """Records are added in the given order; use cases first so children find them."""
        super().__init__(session, text or QCoreApplication.translate("Commands", "Add"), parent)
        self.records = sorted(records, key=lambda r: not isinstance(r, UseCase))

    def redo(self) -> None:
        """Appends each record to its list and writes all of them in one transaction."""
        added: list[tuple[list[Any], Record]] = []
        for record in self.records:
            holder = self.session.container(record)
            if holder is None:
                continue
            if not any(r is record for r in holder):
                holder.append(record)
                added.append((holder, record))
        if not self._write(lambda: self.session.file.put_many(_with_children(self.records))):
            for holder, record in reversed(added):
                _remove(holder, record)
            return
        self._announce(self.records)

    def undo(self) -> None:
        """Removes the records again (a use case's children go with it)."""
        for record in reversed(self.records):
            holder = self.session.container(record)
            if holder is not None:
                _remove(holder, record)
        if not self._write(lambda: self.session.file.delete_many(_top_only(self.records))):
            self.redo_lists_only()
            return
        self._announce(self.records)

    def redo_lists_only(self) -> None:
        """Puts records back into their lists after a failed undo (the file still has them)."""
        for record in self.records:
            holder = self.session.container(record)
            if holder is not None and not any(r is record for r in holder):
                holder.append(record)


class RemoveRecords(_Command):
    """Removes records; undo puts them back at their old place with all their children."""

    def __init__(
        self,
        session: Session,
        records: Iterable[Record],
        text: str | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        """Children listed after their use case are fine; they are removed with it."""
        super().__init__(
            session, text or QCoreApplication.translate("Commands", "Remove"), parent
        )
        self.records = list(records)
        self._places: list[tuple[Record, int]] = []

    def redo(self) -> None:
        """Takes the records out of their lists and deletes them in one transaction."""
        places: list[tuple[Record, int]] = []
        for record in self.records:
            holder = self.session.container(record)
            if holder is None:
                continue
            index = _remove(holder, record)
            if index is not None:
                places.append((record, index))
        if not self._write(lambda: self.session.file.delete_many(_top_only(self.records))):
            self._reinsert(places)
            return
        self._places = places
        self._announce(self.records)

    def undo(self) -> None:
        """Re-inserts the records where they were and writes them (with children) back."""
        self._reinsert(self._places)
        if not self._write(lambda: self.session.file.put_many(_with_children(self.records))):
            for record, _index in self._places:
                holder = self.session.container(record)
                if holder is not None:
                    _remove(holder, record)
            return
        self._announce(self.records)

    def _reinsert(self, places: list[tuple[Record, int]]) -> None:
        """Inserts in reverse order of removal so every index is right again."""
        for record, index in reversed(places):
            holder = self.session.container(record)
            if holder is not None and not any(r is record for r in holder):
                holder.insert(min(index, len(holder)), record)


class RecordDecision(_Command):
    """Appends a decision and applies its effect on the use case (status, dates)."""

    def __init__(
        self,
        session: Session,
        use_case: UseCase,
        decision: Decision,
        text: str | None = None,
        parent: QUndoCommand | None = None,
    ) -> None:
        """The decision must belong to the use case (its use_case_uuid is set here)."""
        super().__init__(
            session, text or QCoreApplication.translate("Commands", "Record decision"), parent
        )
        self.use_case = use_case
        self.decision = decision
        decision.use_case_uuid = use_case.uuid
        self._before: dict[str, Any] = {}

    def redo(self) -> None:
        """Applies the decision's effect and stores decision and use case atomically."""
        uc = self.use_case
        self._before = scalar_snapshot(uc)
        try:
            apply_decision(uc, self.decision, self.session.workspace)
        except DecisionError as err:
            self._restore()
            self.setObsolete(True)
            self.session.report(err)
            return
        if not any(d is self.decision for d in uc.decisions):
            uc.decisions.append(self.decision)
        if not self._write(lambda: self.session.file.add_decision(self.decision, uc)):
            self._restore()
            return
        self._announce([uc])

    def undo(self) -> None:
        """Takes the decision back out (only as the user's own undo) and restores the status."""
        after = scalar_snapshot(self.use_case)
        self._restore()

        def write() -> None:
            self.session.file.delete(self.decision)
            self.session.file.put(self.use_case)

        if not self._write(write):
            for key, value in after.items():
                setattr(self.use_case, key, _copy(value))
            self.use_case.decisions.append(self.decision)
            return
        self._announce([self.use_case])

    def _restore(self) -> None:
        """The use case's own values as before the decision, without the decision."""
        uc = self.use_case
        _remove(uc.decisions, self.decision)
        for key, value in self._before.items():
            setattr(uc, key, _copy(value))


def _remove(holder: list[Any], record: Record) -> int | None:
    """Removes by identity (dataclass equality would match equal twins); returns the index."""
    for index, item in enumerate(holder):
        if item is record:
            del holder[index]
            return index
    return None


def _with_children(records: list[Record]) -> list[Record]:
    """Records plus each use case's children, parents first, without duplicates."""
    out: list[Record] = []
    seen: set[int] = set()
    for record in records:
        batch = [record, *use_case_children(record)] if isinstance(record, UseCase) else [record]
        for item in batch:
            if id(item) not in seen:
                seen.add(id(item))
                out.append(item)
    return out


def _top_only(records: list[Record]) -> list[Record]:
    """Drops children whose use case is deleted in the same step (it takes them along)."""
    parents = {r.uuid for r in records if isinstance(r, UseCase)}
    return [r for r in records if getattr(r, "use_case_uuid", None) not in parents]
