"""The open workspace as the window sees it: the data, its file, the undo stack and signals.

Every view reads `session.workspace` and listens to `changed`; every edit is an undo command
(workspace/commands.py) that changes the domain objects, writes through `session.file` and emits
`changed`. Views therefore never talk to storage and never to each other.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import fields
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from leitplanken.domain import fields as decl
from leitplanken.domain.digest import UseCaseDigest, digest
from leitplanken.domain.load import PersonLoad, person_load
from leitplanken.domain.model import (
    BoardMember,
    Company,
    Person,
    Record,
    System,
    UseCase,
    Workspace,
)

#: Which list of a use case holds each kind of child record (from domain/fields.py).
CHILD_LISTS: dict[type, str] = {rt.cls: str(rt.collection) for rt in decl.use_case_children()}

#: Which list of the workspace holds each kind of top-level record.
WORKSPACE_LISTS: dict[type, str] = {
    Person: "people",
    System: "systems",
    BoardMember: "board",
    UseCase: "use_cases",
}

#: The `kind` a change to each top-level record is announced with.
KINDS: dict[type, str] = {
    Company: "company",
    Person: "person",
    System: "system",
    BoardMember: "board",
    UseCase: "use_case",
}


def use_case_children(uc: UseCase) -> list[Record]:
    """All child rows of a use case, in an order storage can insert them."""
    children: list[Record] = []
    for name in CHILD_LISTS.values():
        children.extend(getattr(uc, name))
    return children


def scalar_snapshot(record: Record) -> dict[str, Any]:
    """The record's own values (no children, no change tracking), to restore on undo."""
    skip = {"uuid", "modified_at", "revision"}
    if isinstance(record, UseCase):
        skip |= set(CHILD_LISTS.values())
    snap: dict[str, Any] = {}
    for f in fields(record):
        if f.name in skip:
            continue
        value = getattr(record, f.name)
        snap[f.name] = list(value) if isinstance(value, list) else value
    return snap


#: A use case whose share of people's load was not noted yet.
_UNKNOWN = object()


class _Digests(Mapping[str, UseCaseDigest]):
    """The session's digests as a mapping by use-case UUID (see Session.digest)."""

    def __init__(self, session: Session) -> None:
        """Looks digests up through `session` when asked (the file's own first)."""
        self._session = session
        stored = getattr(session.file, "digests", None)
        self._stored: dict[str, UseCaseDigest] = stored if isinstance(stored, dict) else {}

    def __getitem__(self, uuid: str) -> UseCaseDigest:
        """The digest of a use case of the workspace; KeyError for any other UUID."""
        found = self._stored.get(uuid)
        if found is not None:
            return found
        uc = self._session.workspace.use_case(uuid)
        if uc is None:
            raise KeyError(uuid)
        return self._session.digest(uc)

    def get(self, uuid: str, default: Any = None) -> Any:
        """As [], with `default` for a UUID that is not a use case (asked 20,000 times)."""
        found = self._stored.get(uuid)
        if found is not None:
            return found
        try:
            return self[uuid]
        except KeyError:
            return default

    def __iter__(self) -> Iterator[str]:
        """The UUIDs of the workspace's use cases."""
        return (uc.uuid for uc in self._session.workspace.use_cases)

    def __len__(self) -> int:
        """How many use cases there are."""
        return len(self._session.workspace.use_cases)


class Session(QObject):
    """One open workspace file with its in-memory data and undo history."""

    #: (kind, uuid): kind in "company", "person", "system", "board", "use_case"; a change to a
    #: use case's child row is announced as ("use_case", use_case_uuid).
    changed = Signal(str, str)
    #: The file's path, modified mark or read-only state may have changed.
    file_state_changed = Signal()
    #: The whole workspace was replaced (reload after a merge): views rebuild from scratch.
    reset = Signal()
    #: A write failed (a storage FileError) or a decision was refused (DecisionError, with
    #: `.findings`); the window shows it, the command was dropped.
    error = Signal(object)
    #: Editors commit text still being typed (debounced) before a save or close.
    flush_requested = Signal()

    def __init__(
        self,
        file: Any,
        workspace: Workspace | None = None,
        today: date | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Wraps an open WorkspaceFile; loads its workspace unless one is given."""
        super().__init__(parent)
        self.file = file
        self.workspace: Workspace = workspace if workspace is not None else self._read()
        self.undo = QUndoStack(self)
        self._today = today
        #: True once close() ran: the file is released and edits are no longer possible.
        self.closed = False
        #: Digests condensed here for use cases the file has none for (see digest()).
        self._computed: dict[str, UseCaseDigest] = {}
        self._load: dict[str, PersonLoad] | None = None
        #: Per use case, what the load counted of it last (see _forget_computed).
        self._load_basis: dict[str, tuple[object, ...] | None] = {}
        self._latest: str | None = None
        self.changed.connect(self._forget_computed)
        self.undo.indexChanged.connect(self._undo_moved)
        self.undo.cleanChanged.connect(self._undo_moved)

    def _read(self) -> Workspace:
        """The file's workspace: use cases' children are read when first used, where the file
        can do that (a large workspace opens without reading every checklist)."""
        lazily = getattr(self.file, "load_lazily", None)
        return lazily() if lazily is not None else self.file.load()

    def _undo_moved(self, *_args: object) -> None:
        """An undo, redo or new command may have changed the modified mark."""
        self.file_state_changed.emit()

    # -- facts -------------------------------------------------------------------------------
    def today(self) -> date:
        """The date rules judge against (fixed in tests and screenshots, else the real day)."""
        return self._today or date.today()

    def set_today(self, value: date | None) -> None:
        """Pins "today" (tests, demo screenshots) or returns to the real date with None."""
        self._today = value

    @property
    def read_only(self) -> bool:
        """Whether the file was opened read-only (no command may write)."""
        return bool(getattr(self.file, "read_only", False))

    @property
    def path(self) -> Any:
        """The file's path, None while untitled."""
        return self.file.path

    # -- actions -----------------------------------------------------------------------------
    def flush(self) -> None:
        """Asks editors to turn any pending typing into commands (before save/close)."""
        if not self.closed:
            self.flush_requested.emit()

    def save(self, path: Any = None) -> None:
        """Save (path None) or Save as; raises FileError, which the caller shows."""
        self.flush()
        self.file.save(path)
        self.undo.setClean()
        self.file_state_changed.emit()

    def reload(self) -> None:
        """Re-reads everything from the working copy (after a merge) and forgets undo."""
        self.workspace = self._read()
        self._computed.clear()
        self._load = None
        self._latest = None
        self.undo.clear()
        self.reset.emit()
        self.file_state_changed.emit()

    def close(self) -> None:
        """Releases the file; afterwards nothing is written and nothing is modified."""
        if not self.closed:
            self.closed = True
            self.file.close()

    @property
    def modified(self) -> bool:
        """Whether the working copy has changes not yet saved to the file."""
        return not self.closed and bool(self.file.modified)

    # -- digests -----------------------------------------------------------------------------
    def digest(self, use_case: UseCase) -> UseCaseDigest:
        """What the register and dashboard need of a use case's children, without reading them.

        The file keeps every use case's digest current on each write; a workspace that did
        not come from a file (or a use case the file has none for) is condensed here.
        """
        stored = getattr(self.file, "digests", None)
        found = stored.get(use_case.uuid) if stored is not None else None
        if found is None:
            found = self._computed.get(use_case.uuid)
            if found is None:
                found = digest(use_case, self.workspace)
                self._computed[use_case.uuid] = found
        return found

    def person_load(self) -> dict[str, PersonLoad]:
        """What each person carries across use cases, worked out once per change (a matrix
        asks for it on every repaint of its headings)."""
        if self._load is None:
            self._load = person_load(self.workspace, self.digests())
            self._load_basis = {}
        return self._load

    def _load_fact(self, uuid: str) -> tuple[object, ...] | None:
        """What of a use case people's load depends on (None: the use case is gone)."""
        uc = self.workspace.use_case(uuid)
        if uc is None:
            return None
        d = self.digest(uc)
        return (uc.status, uc.owner_uuid, d.accountable, d.responsible)

    def _forget_computed(self, kind: str, uuid: str) -> None:
        """A change makes the digests condensed here stale (a person's: any of them); people's
        load is worked out again only when what it counts changed (a tick in a checklist does
        not: at 10,000 use cases that saves a pass over all of them per edit)."""
        self._latest = None
        if kind == "use_case":
            self._computed.pop(uuid, None)
            if self._load is not None:
                before = self._load_basis.get(uuid, _UNKNOWN)
                now = self._load_fact(uuid)
                if before is _UNKNOWN or before != now:
                    self._load = None
                self._load_basis[uuid] = now
            return
        self._load = None
        if kind == "person":
            self._computed.clear()

    def digests(self) -> Mapping[str, UseCaseDigest]:
        """Every use case's digest by UUID (for the attention list and people's load), looked
        up as asked rather than copied: 10,000 of them are asked for on every matrix edit."""
        return _Digests(self)

    def use_cases_naming(self, record: Record) -> set[str] | None:
        """The use cases whose children refer to `record`, as the file knows them without
        reading every checklist (None: look at every use case)."""
        naming = getattr(self.file, "use_cases_naming", None)
        return naming(record) if naming is not None else None

    def use_cases_holding(self, row_uuids: Collection[str]) -> set[str] | None:
        """The use cases holding these rows as children, as the file knows them without reading
        every use case's children (None: look at every use case)."""
        holding = getattr(self.file, "use_cases_holding", None)
        return holding(row_uuids) if holding is not None else None

    def latest_change(self) -> str | None:
        """The latest `modified_at` of any record as the file knows it without reading every
        use case's children (None: the file cannot say; work it out from the workspace)."""
        if self._latest is None:
            latest = getattr(self.file, "latest_change", None)
            if latest is None:
                return None
            self._latest = str(latest())  # a scan of every table: kept until the next change
        return self._latest

    def latest_decision_day(self) -> date | None:
        """The day of the latest decision in the workspace (asked of the file where it can)."""
        latest = getattr(self.file, "latest_decision_day", None)
        if latest is not None:
            found: date | None = latest()
            return found
        days = [d.decided_on for uc in self.workspace.use_cases for d in uc.decisions]
        return max(days) if days else None

    # -- helpers for commands ----------------------------------------------------------------
    def announce(self, record: Record) -> None:
        """Emits `changed` for a record (children announce their use case)."""
        kind, uuid = self.kind_of(record)
        self.changed.emit(kind, uuid)

    def kind_of(self, record: Record) -> tuple[str, str]:
        """The (kind, uuid) pair `changed` carries for this record."""
        for cls, kind in KINDS.items():
            if isinstance(record, cls):
                return kind, record.uuid
        return "use_case", getattr(record, "use_case_uuid", "")

    def container(self, record: Record) -> list[Any] | None:
        """The in-memory list that holds the record (None for the company or an unknown parent)."""
        for cls, name in WORKSPACE_LISTS.items():
            if isinstance(record, cls):
                return getattr(self.workspace, name)
        for cls, name in CHILD_LISTS.items():
            if isinstance(record, cls):
                uc = self.workspace.use_case(getattr(record, "use_case_uuid", ""))
                return getattr(uc, name) if uc is not None else None
        return None

    def report(self, err: Exception) -> None:
        """Hands a storage error to whoever shows messages (the main window)."""
        self.error.emit(err)
