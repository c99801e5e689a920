"""The RACI matrix of one use case as a Qt table: activities down, people across.

Column 0 names the activity (editable for the user's own activities) and carries the rule
findings of its row as icon and tooltip; every further column is one person. The model never
changes domain objects itself: every edit is an undo command pushed through `edits`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication, QStyle

from leitplanken.domain import limits
from leitplanken.domain.catalogue import activity_guidance, activity_label
from leitplanken.domain.fields import Field, field_of
from leitplanken.domain.finding import Finding, sorted_findings
from leitplanken.domain.load import PersonLoad
from leitplanken.domain.model import Letter, Person, RaciActivity, RaciCell, UseCase
from leitplanken.domain.raci import raci_findings
from leitplanken.i18n.labels import letter_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.editor.use_case_tab import finding_words
from leitplanken.ui.widgets.colours import Tone, tint
from leitplanken.ui.workspace import edits

Index = QModelIndex | QPersistentModelIndex

#: Background of a cell holding the A, so the one accountable person stands out.


def activity_name(activity: RaciActivity, language: str) -> str:
    """A catalogue activity in the workspace language, the user's own one by its title."""
    return activity_label(activity, language)


def _language(session: Any) -> str:
    """The workspace language for catalogue titles inside texts."""
    return session.workspace.company.language or "de"


class RaciModel(QAbstractTableModel):
    """Activities × people of one use case, with findings per row and load per person."""

    def __init__(self, session: Any, parent: Any = None) -> None:
        """Starts empty; set_use_case() chooses the matrix to show."""
        super().__init__(parent)
        self.session = session
        self._uuid: str | None = None
        self._activities: list[RaciActivity] = []
        self._people: list[Person] = []
        self._findings: list[Finding] = []
        self._load: dict[str, PersonLoad] = {}

    # -- what is shown ---------------------------------------------------------------------
    def use_case(self) -> UseCase | None:
        """The use case on show, looked up afresh."""
        return self.session.workspace.use_case(self._uuid) if self._uuid else None

    def use_case_uuid_differs(self, uuid: str | None) -> bool:
        """Whether the tab asks for another use case than the one on show."""
        return uuid != self._uuid

    def set_use_case(self, uuid: str | None) -> None:
        """Shows another use case's matrix."""
        self.beginResetModel()
        self._uuid = uuid
        self._collect()
        self.endResetModel()

    def refresh(self) -> None:
        """Re-reads the matrix; keeps the view's current cell when rows and columns stay."""
        old = ([a.uuid for a in self._activities], [p.uuid for p in self._people])
        uc = self.use_case()
        if uc is None and self._uuid is not None:
            self._uuid = None
        activities, people = self._rows_and_columns(uc)
        if old == ([a.uuid for a in activities], [p.uuid for p in people]):
            self._collect()
            if self.rowCount() and self.columnCount():
                last = self.index(self.rowCount() - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            if self.columnCount() > 1:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, self.columnCount() - 1)
        else:
            self.beginResetModel()
            self._collect()
            self.endResetModel()

    def _rows_and_columns(self, uc: UseCase | None) -> tuple[list[RaciActivity], list[Person]]:
        """Activities in their order, and the people who are columns of this matrix."""
        if uc is None:
            return [], []
        activities = sorted(uc.activities, key=lambda a: a.sort)
        people = []
        for member in sorted(uc.members, key=lambda m: m.sort):
            person = self.session.workspace.person(member.person_uuid)
            if person is not None and person not in people:
                people.append(person)
        return activities, people

    def _collect(self) -> None:
        """Caches rows, columns, findings and loads for fast painting."""
        uc = self.use_case()
        self._activities, self._people = self._rows_and_columns(uc)
        ws = self.session.workspace
        self._findings = sorted_findings(raci_findings(uc, ws)) if uc is not None else []
        self._load = self.session.person_load() if uc is not None else {}

    def activity_at(self, row: int) -> RaciActivity | None:
        """The activity of a row."""
        return self._activities[row] if 0 <= row < len(self._activities) else None

    def person_at(self, column: int) -> Person | None:
        """The person of a column (column 0 is the activity)."""
        return self._people[column - 1] if 1 <= column <= len(self._people) else None

    def row_of(self, activity_uuid: str) -> int:
        """The row showing an activity, -1 when it is not there."""
        for row, activity in enumerate(self._activities):
            if activity.uuid == activity_uuid:
                return row
        return -1

    def column_of(self, person_uuid: str) -> int:
        """The column showing a person, -1 when they are not a member."""
        for i, person in enumerate(self._people):
            if person.uuid == person_uuid:
                return i + 1
        return -1

    def findings(self) -> list[Finding]:
        """All RACI findings of the use case, most serious first."""
        return list(self._findings)

    def row_findings(self, row: int) -> list[Finding]:
        """The findings concerning one activity."""
        activity = self.activity_at(row)
        if activity is None:
            return []
        return [f for f in self._findings if f.activity_uuid == activity.uuid]

    def load_text(self, person: Person) -> str:
        """How much the person carries across use cases, in words."""
        load = self._load.get(person.uuid)
        a = getattr(load, "accountable_use_cases", 0)
        r = getattr(load, "responsible_use_cases", 0)
        return fill(
            "%1: %2, %3",
            person.name,
            self.tr("accountable (A) on %n use case(s)", None, a),
            self.tr("responsible (R) on %n use case(s)", None, r),
        )

    # -- Qt model interface ----------------------------------------------------------------
    def field_at(self, index: Index) -> Field | None:
        """The declared field a cell edits: an activity's title in column 0, no text elsewhere."""
        return field_of(RaciActivity, "title") if index.isValid() and index.column() == 0 else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per activity."""
        return 0 if parent.isValid() else len(self._activities)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """The activity column plus one per person."""
        return 0 if parent.isValid() else 1 + len(self._people)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Own activity titles are editable; letters are set by key or menu (see RaciView)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            activity = self.activity_at(index.row())
            if activity is not None and not activity.catalogue_key:
                base |= Qt.ItemFlag.ItemIsEditable
            return base
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Activity titles with their findings, letters with their meaning."""
        if not index.isValid():
            return None
        activity = self.activity_at(index.row())
        if activity is None:
            return None
        if index.column() == 0:
            return self._activity_data(index.row(), activity, role)
        person = self.person_at(index.column())
        uc = self.use_case()
        if person is None or uc is None:
            return None
        held = uc.letter(activity.uuid, person.uuid)
        letter = Letter(held) if held else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return letter.value if letter else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            name = activity_name(activity, _language(self.session))
            if letter is None:
                return fill(self.tr("%1 – %2: no letter (type R, A, C or I)"), person.name, name)
            return fill("%1 – %2: %3", person.name, name, letter_label(letter, AppTranslator()))
        if role == Qt.ItemDataRole.FontRole and letter == Letter.A:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and letter == Letter.A:
            return QBrush(tint(Tone.ACCENT))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return letter_label(letter, AppTranslator()) if letter else self.tr("No letter")
        return None

    def _activity_data(self, row: int, activity: RaciActivity, role: int) -> Any:
        """Column 0: the title, and the row's findings as icon and tooltip."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return activity_name(activity, _language(self.session))
        found = self.row_findings(row)
        if role == Qt.ItemDataRole.DecorationRole and found:
            style = QApplication.style()
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if any(f.is_error for f in found)
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return style.standardIcon(pixmap)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [finding_words(f, self.session) for f in found]
            if activity.catalogue_key:
                guidance = activity_guidance(activity.catalogue_key, _language(self.session))
                if guidance:
                    lines.append(guidance)
            else:
                lines.append(self.tr("Your own activity: double-click to rename."))
            return "\n".join(lines) or None
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """People's names (externals marked) with their load; numbered rows."""
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        if section == 0:
            return self.tr("Activity") if role == Qt.ItemDataRole.DisplayRole else None
        person = self.person_at(section)
        if person is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if person.internal:
                return person.name
            return fill(self.tr("%1 (ext.)"), person.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.person_tooltip(person)
        if role == Qt.ItemDataRole.DecorationRole and self.is_bottleneck(person):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and not person.internal:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def person_tooltip(self, person: Person) -> str:
        """Who the person is and what they carry, for the column header."""
        lines = [person.name]
        if person.function:
            lines.append(person.function)
        if person.internal:
            lines.append(self.tr("Internal"))
        else:
            org = person.organisation or self.tr("organisation not named")
            lines.append(fill(self.tr("External (%1): may not be accountable (A)"), org))
        lines.append(self.load_text(person))
        if self.is_bottleneck(person):
            lines.append(self.tr("Accountable on many use cases: a possible bottleneck."))
        return "\n".join(lines)

    def is_bottleneck(self, person: Person) -> bool:
        """Whether the person holds the A on as many use cases as the company's threshold."""
        load = self._load.get(person.uuid)
        threshold = max(1, self.session.workspace.company.bottleneck_threshold)
        return load is not None and load.accountable_use_cases >= threshold

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Typing a letter (or nothing) sets a cell; typing in column 0 renames an own activity."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == 0:
            return self.rename_activity(index.row(), str(value or ""))
        text = str(value or "").strip().upper()
        if text and text not in {letter.value for letter in Letter}:
            return False
        return self.set_letter(index.row(), index.column(), Letter(text) if text else None)

    # -- edits -----------------------------------------------------------------------------
    def set_letter(self, row: int, column: int, letter: Letter | None) -> bool:
        """Gives a person a letter on an activity (None clears it), as one undo step."""
        uc = self.use_case()
        activity = self.activity_at(row)
        person = self.person_at(column)
        if uc is None or activity is None or person is None:
            return False
        cells = [c for c in uc.cells if c.activity_uuid == activity.uuid and c.person_uuid == person.uuid]
        current = Letter(cells[0].letter) if cells else None
        if letter == current and len(cells) <= 1:
            return True
        if letter is None:
            return edits.remove_records(self.session, cells, self.tr("Clear RACI letter"))
        if cells:
            ok = edits.set_fields(self.session, cells[0], {"letter": letter}, self.tr("Set RACI letter"))
            if ok and len(cells) > 1:  # a merged file may hold a second cell: keep one only
                edits.remove_records(self.session, cells[1:], self.tr("Clear RACI letter"))
            return ok
        cell = RaciCell(
            use_case_uuid=uc.uuid, activity_uuid=activity.uuid, person_uuid=person.uuid, letter=letter
        )
        return edits.add_records(self.session, [cell], self.tr("Set RACI letter"))

    def rename_activity(self, row: int, title: str) -> bool:
        """Renames one of the user's own activities; empty titles are refused."""
        activity = self.activity_at(row)
        title_field = field_of(RaciActivity, "title")
        assert title_field is not None
        # the editor stops at the limit; a title set another way is cut, not refused by storage
        title = limits.cut_text(title_field, title.strip())
        if activity is None or activity.catalogue_key or not title:
            return False
        if title == activity.title:
            return True
        return edits.set_fields(self.session, activity, {"title": title}, self.tr("Rename activity"))
