"""File → Merge from file… and the merge after "changed by someone else": the conflict list.

The dialog summarises what the merge takes over by itself (records added, changed, deleted
on one side only) and lists every record both sides changed, field by field, with both
values; the user picks "mine" or "theirs" per field (or per record for two records claiming
one slot). The version not taken stays whole in the history. Applying reloads the window.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.model import Company
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.storage import (
    Cancelled,
    FileError,
    decrypt_to_temp,
    is_encrypted_file,
    prepare_merge,
    record_summary,
)
from leitplanken.ui.files.errors import show_error, show_unexpected
from leitplanken.ui.files.merge_values import field_label, value_text
from leitplanken.ui.files.send_copy_dialog import ask_and_decrypt

MINE, THEIRS = "mine", "theirs"


class MergeDialog(QDialog):
    """Shows a storage MergeSession; accept() leaves the picks in the session's conflicts."""

    def __init__(self, session: Any, source_name: str, parent: QWidget | None = None) -> None:
        """session: a leitplanken.storage.MergeSession."""
        super().__init__(parent)
        self.setObjectName("merge-dialog")
        self.session = session
        self.setWindowTitle(self.tr("Merge from file"))
        self.names = RecordNames(session.plan.mine.records, session.plan.theirs.records)
        self.fmt = self._formatter(session)
        counts = session.changes()
        summary = QLabel(fill(self.tr(
            "Merging “%1”: %2 added, %3 changed and %4 deleted automatically (changed on one "
            "side only)."), source_name, counts["added"], counts["changed"], counts["deleted"]),
            self)
        summary.setObjectName("merge-summary")
        summary.setWordWrap(True)
        if session.conflicts:
            ask = self.tr("%n record(s) were changed on both sides. Choose which version to "
                          "keep; the other one stays in the history.", None,
                          len(session.conflicts))
        else:
            ask = self.tr("Nothing was changed on both sides: no decision needed.")
        question = QLabel(ask, self)
        question.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("merge-conflicts")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Record / field"), self.tr("Mine"), self.tr("Theirs"),
                                   self.tr("Keep")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setVisible(bool(session.conflicts))
        self.pickers: list[tuple[Any, str | None, QComboBox]] = []
        for conflict in session.conflicts:
            self._add_conflict(conflict)
        self.tree.expandAll()
        all_mine = QPushButton(self.tr("Keep all m&ine"), self)
        all_mine.setObjectName("merge-all-mine")
        all_mine.clicked.connect(lambda: self.pick_all(MINE))
        all_theirs = QPushButton(self.tr("Take all &theirs"), self)
        all_theirs.setObjectName("merge-all-theirs")
        all_theirs.clicked.connect(lambda: self.pick_all(THEIRS))
        for button in (all_mine, all_theirs):
            button.setVisible(bool(session.conflicts))
        row = QHBoxLayout()
        row.addWidget(all_mine)
        row.addWidget(all_theirs)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (summary, self._notes(session), question, self.tree):
            if widget is not None:
                layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _notes(self, session: Any) -> QLabel | None:
        """What the user must know beyond conflicts: edits a deletion removes, rewritten
        decisions (both kept, see storage/merge.py); None when there is nothing to say."""
        notes = session.notes() if hasattr(session, "notes") else {}
        lines = []
        if notes.get("dropped"):
            lines.append(self.tr(
                "%n change(s) are removed by a deletion in the other copy that had not seen "
                "them; each is kept whole in the history.", None,
                notes["dropped"]))
        if notes.get("rewritten"):
            lines.append(self.tr(
                "%n decision(s) differ between the copies although decisions are never "
                "changed (edited with another tool?): yours stay, theirs are added as separate "
                "entries.", None, notes["rewritten"]))
        if not lines:
            return None
        label = QLabel("\n".join(lines), self)
        label.setObjectName("merge-notes")
        label.setWordWrap(True)
        return label

    @staticmethod
    def _formatter(session: Any) -> Any:
        """The workspace's date formatter (its company's locale)."""
        company = next((r for r in session.plan.mine.records.values()
                        if isinstance(r, Company)), None)
        return Formatter(company.locale if company is not None else "de_CH")

    def _shown(self, value: Any) -> str:
        """A value in words (names for UUIDs, translated statuses, formatted dates)."""
        return value_text(value, self.names, self.fmt)

    def _record_label(self, conflict: Any) -> str:
        """What the conflict is about, in words: "Use case: Title"."""
        kinds = {
            "Company": self.tr("Company"), "Person": self.tr("Person"),
            "System": self.tr("System"), "UseCase": self.tr("Use case"),
            "RaciCell": self.tr("RACI letter"), "RaciActivity": self.tr("RACI activity"),
            "RaciMember": self.tr("RACI member"), "ChecklistItem": self.tr("Checklist item"),
            "CxAnswer": self.tr("CX check answer"), "UseCaseSystem": self.tr("System link"),
            "BoardMember": self.tr("Board member"), "Decision": self.tr("Decision"),
        }
        kind = kinds.get(conflict.kind, conflict.kind)
        name = record_summary(conflict.mine) or record_summary(conflict.theirs)
        if conflict.duplicate:
            return fill(self.tr("%1 added on both sides: %2"), kind, name)
        return fill("%1: %2", kind, name) if name else kind

    def _picker(self, conflict: Any, field_name: str | None) -> QComboBox:
        """A Mine/Theirs choice bound to one field (or the whole record)."""
        box = QComboBox(self.tree)
        box.addItem(self.tr("Mine"), MINE)
        box.addItem(self.tr("Theirs"), THEIRS)
        side = conflict.side_of(field_name or "*")
        box.setCurrentIndex(0 if side == MINE else 1)
        box.currentIndexChanged.connect(
            lambda _i, c=conflict, f=field_name, b=box: c.pick(b.currentData(), f))
        self.pickers.append((conflict, field_name, box))
        return box

    def _add_conflict(self, conflict: Any) -> None:
        """One tree row per record, one child row per differing field."""
        top = QTreeWidgetItem(self.tree, [self._record_label(conflict), "", "", ""])
        top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        if conflict.whole:

            top.setText(1, self._shown(self._whole_text(conflict.mine)))
            top.setText(2, self._shown(self._whole_text(conflict.theirs)))
            self.tree.setItemWidget(top, 3, self._picker(conflict, None))
            return
        for name in conflict.fields:
            child = QTreeWidgetItem(top, [field_label(name), self._shown(getattr(conflict.mine, name)),
                                          self._shown(getattr(conflict.theirs, name)), ""])
            child.setToolTip(1, str(getattr(conflict.mine, name)))
            child.setToolTip(2, str(getattr(conflict.theirs, name)))
            self.tree.setItemWidget(child, 3, self._picker(conflict, name))

    def _whole_text(self, record: Any) -> str:
        """A record picked as a whole, in words: its letter, rating or name."""
        for attr in ("letter", "rating", "integration", "role"):
            if hasattr(record, attr):
                return self._shown(getattr(record, attr))
        return record_summary(record)

    def pick_all(self, side: str) -> None:
        """Sets every choice to one side."""
        for _conflict, _name, box in self.pickers:
            box.setCurrentIndex(0 if side == MINE else 1)


class RecordNames(Mapping[str, str]):
    """Record names by UUID for the conflict list, looked up when a value is shown.

    A dictionary of every record's name would take seconds to build for thousands of use
    cases; the list names only the few records its conflicts mention. Their name wins, as
    the name the colleague's copy gives a record is the newer one when both have it.
    """

    def __init__(self, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> None:
        """The records of both copies by UUID."""
        self._sides = (theirs, mine)

    def __getitem__(self, uuid: str) -> str:
        """The record's summary line; KeyError for a UUID neither copy has."""
        for records in self._sides:
            rec = records.get(uuid)
            if rec is not None:
                return str(record_summary(rec))
        raise KeyError(uuid)

    def __contains__(self, uuid: object) -> bool:
        """Whether either copy has a record with this UUID."""
        return any(uuid in records for records in self._sides)

    def __iter__(self) -> Iterator[str]:
        """Every UUID of either copy, once."""
        seen: set[str] = set()
        for records in self._sides:
            for u in records:
                if u not in seen:
                    seen.add(u)
                    yield u

    def __len__(self) -> int:
        """How many records the two copies have together."""
        return sum(1 for _ in self)


def run_merge(window: Any, source: Path, *, from_disk: bool = False,
              display: str | None = None) -> bool:
    """Plans the merge of `source`, lets the user decide conflicts, applies, reloads.

    Reading and planning, and writing the result, run on a worker thread behind a progress
    window that can be cancelled (nothing is written before the user confirms; a cancelled
    write is rolled back whole). The conflict list and the reload run on the GUI thread.
    With `from_disk` (our own file, changed by someone else) a further change on disk while
    the dialog is open is not overwritten: the user is told and the merge starts over with
    the newer version (nothing was written yet).
    """
    # delayed: the worker and its window load with the first long file operation
    from leitplanken.ui.files.file_task import report_failure, run_task

    session = window.session
    tr = AppTranslator()
    title = tr.translate("MergeDialog", "Merge from file")
    name = display or source.name
    session.flush()
    wf = session.file
    while True:
        try:
            plan = run_task(window, title,
                            fill(tr.translate("MergeDialog", "Reading “%1” and comparing it "
                                              "with your workspace …"), name),
                            lambda progress: prepare_merge(wf, source, from_disk=from_disk,
                                                           progress=progress))
        except Cancelled:
            return False
        except Exception as exc:  # noqa: BLE001 - a file problem said as such, a bug as a bug
            report_failure(window, exc, title, "preparing a merge")
            return False
        try:
            dialog = MergeDialog(plan, name, window)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        except Exception as exc:  # noqa: BLE001 - nothing was written: the work is as it was
            plan.close()
            show_unexpected(window, exc, "showing a merge")
            return False
        if not accepted:
            plan.close()
            return False
        try:
            run_task(window, title,
                     fill(tr.translate("MergeDialog", "Merging “%1” into your workspace …"),
                          name),
                     plan.apply)
        except Cancelled:
            _nothing_merged(window, name)
            return False
        except FileError as err:
            if from_disk and err.code == "changed_on_disk":
                _changed_again(window, name)
                continue
            show_error(window, err, title)
            return False
        except Exception as exc:  # noqa: BLE001 - rolled back: the work is as it was
            show_unexpected(window, exc, "merging")
            return False
        finally:
            plan.close()
        try:
            with _busy():
                session.reload()
        except FileError as err:
            show_error(window, err, title)
            return False
        except Exception as exc:  # noqa: BLE001 - the merge is in the working copy: kept
            show_unexpected(window, exc, "showing the merged workspace")
            return False
        return True


def _nothing_merged(window: Any, name: str) -> None:
    """Tells the user a cancelled merge left the workspace exactly as it was."""
    tr = AppTranslator()
    box = QMessageBox(QMessageBox.Icon.Information,
                      tr.translate("MergeDialog", "Merge from file"),
                      fill(tr.translate(
                          "MergeDialog",
                          "The merge of “%1” was cancelled. Nothing was merged: your "
                          "workspace is exactly as it was before."), name),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("merge-cancelled")
    box.exec()


def _changed_again(window: Any, name: str) -> None:
    """Tells the user the file changed once more and the merge starts over with it."""
    tr = AppTranslator()
    box = QMessageBox(QMessageBox.Icon.Information,
                      tr.translate("MergeDialog", "Merge from file"),
                      fill(tr.translate(
                          "MergeDialog",
                          "“%1” was changed again while you were merging. Nothing has been "
                          "merged yet: the merge starts over with the newest version, so "
                          "neither change is lost. Please check your choices again."), name),
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("merge-changed-again")
    box.exec()


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while the merged workspace is read back into the window."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def merge_from_file(window: Any) -> bool:
    """File → Merge from file…: choose a colleague's copy (encrypted ones ask a passphrase)."""
    session = window.session
    if session is None or session.read_only:
        return False
    tr = AppTranslator()
    start = str(Path(session.path).parent) if session.path is not None else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(
        window, tr.translate("MergeDialog", "Merge from file"), start,
        fill(tr.translate("MergeDialog", "Leitplanken workspaces (*%1);;All files (*)"),
             ".leitplanken"))
    if not path:
        return False
    source = Path(path)
    if not is_encrypted_file(source):
        return run_merge(window, source)
    try:
        plain = ask_and_decrypt(window, source, decrypt_to_temp)
    except FileError as err:
        show_error(window, err, tr.translate("MergeDialog", "Merge from file"))
        return False
    if plain is None:
        return False
    try:
        return run_merge(window, plain, display=source.name)
    finally:
        plain.unlink(missing_ok=True)
