"""The integration checklist of one use case as a two-level Qt tree: categories, then items.

A category row shows its progress ("3 of 5 done"); an item row its state, owner, due date,
note and evidence. The check box in front of each switched-on item means "done" — what every
owner expects of a tick — and a click toggles done/open, nothing else. Switching a catalogue
item off (not needed for this use case) is its own action (`set_enabled`). Every change is an
undo command pushed through `edits`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from leitplanken.domain.catalogue import item_hint, item_label
from leitplanken.domain.model import Category, ChecklistItem, ItemState, UseCase
from leitplanken.domain.readiness import item_resolved
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.labels import category_label, item_state_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.widgets.colours import Tone, brush
from leitplanken.ui.workspace import edits

Index = QModelIndex | QPersistentModelIndex

#: Columns of the tree.
TITLE, STATE, OWNER, DUE, NOTE, EVIDENCE = range(6)
#: Role carrying the ChecklistItem of a row (None on category rows).
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_FIELDS = {NOTE: "note", EVIDENCE: "evidence"}
_CATEGORY_ID = 0  # internalId of category rows; item rows carry category row + 1


class ChecklistModel(QAbstractItemModel):
    """Categories with their items; switched-off items hidden unless asked for."""

    #: A change was refused; the text says why (e.g. N/A without a reason).
    refused = Signal(str)
    #: The user chose "not applicable" for this item (uuid): the view asks for the reason.
    reason_needed = Signal(str)

    def __init__(self, session: Any, parent: Any = None) -> None:
        """Starts empty; set_use_case() picks the checklist."""
        super().__init__(parent)
        self.session = session
        self._uuid: str | None = None
        self._show_disabled = False
        self._groups: list[tuple[Category, list[ChecklistItem]]] = []

    # -- structure -------------------------------------------------------------------------
    def use_case(self) -> UseCase | None:
        """The use case on show."""
        return self.session.workspace.use_case(self._uuid) if self._uuid else None

    def use_case_uuid_differs(self, uuid: str | None) -> bool:
        """Whether the tab asks for another use case than the one on show."""
        return uuid != self._uuid

    def set_use_case(self, uuid: str | None) -> None:
        """Shows another use case's checklist."""
        self.beginResetModel()
        self._uuid = uuid
        self._groups = self._build()
        self.endResetModel()

    def show_disabled(self) -> bool:
        """Whether switched-off catalogue items are shown (greyed)."""
        return self._show_disabled

    def set_show_disabled(self, show: bool) -> None:
        """Shows or hides the switched-off items."""
        if show != self._show_disabled:
            self._show_disabled = show
            self.refresh()

    def refresh(self) -> None:
        """Re-reads the items; keeps the view's selection when the rows stay the same."""
        groups = self._build()
        if self._shape(groups) == self._shape(self._groups):
            self._groups = groups
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, TITLE, EVIDENCE)
            for row in range(len(groups)):
                parent = self.index(row, 0)
                self.dataChanged.emit(parent, self.index(row, EVIDENCE))
                count = self.rowCount(parent)
                if count:
                    self.dataChanged.emit(
                        self.index(0, 0, parent), self.index(count - 1, EVIDENCE, parent)
                    )
        else:
            self.beginResetModel()
            self._groups = groups
            self.endResetModel()

    @staticmethod
    def _shape(groups: list[tuple[Category, list[ChecklistItem]]]) -> list[tuple[str, list[str]]]:
        """What decides whether rows moved: categories and item identities."""
        return [(str(cat), [i.uuid for i in items]) for cat, items in groups]

    def _build(self) -> list[tuple[Category, list[ChecklistItem]]]:
        """Groups the visible items by category in catalogue order."""
        uc = self.use_case()
        if uc is None:
            return []
        groups = []
        for category in Category:
            items = sorted(
                (i for i in uc.checklist if i.category == category),
                key=lambda i: (i.sort, i.title),
            )
            if not self._show_disabled:
                items = [i for i in items if i.enabled]
            groups.append((category, items))
        return groups

    def item_at(self, index: Index) -> ChecklistItem | None:
        """The item of an item row (None for category rows)."""
        if not index.isValid() or index.internalId() == _CATEGORY_ID:
            return None
        group = self._groups[index.internalId() - 1][1]
        return group[index.row()] if index.row() < len(group) else None

    def category_at(self, index: Index) -> Category | None:
        """The category of a row (its own, or the one it belongs to)."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _CATEGORY_ID else index.internalId() - 1
        return self._groups[row][0] if row < len(self._groups) else None

    def index_of(self, item_uuid: str, column: int = TITLE) -> QModelIndex:
        """Where an item is shown (invalid when hidden or unknown)."""
        for g, (_cat, items) in enumerate(self._groups):
            for r, item in enumerate(items):
                if item.uuid == item_uuid:
                    return self.createIndex(r, column, g + 1)
        return QModelIndex()

    def category_index(self, category: Category) -> QModelIndex:
        """The header row of a category."""
        for g, (cat, _items) in enumerate(self._groups):
            if cat == category:
                return self.createIndex(g, 0, _CATEGORY_ID)
        return QModelIndex()

    def progress(self, category: Category) -> tuple[int, int, int]:
        """(done, not applicable, total) over the category's switched-on items.

        Not applicable counts only with its reason (the readiness rule); such items are left
        out of "x of y done", so the count says what is still to do.
        """
        uc = self.use_case()
        if uc is None:
            return 0, 0, 0
        items = [i for i in uc.checklist if i.category == category and i.enabled]
        done = sum(1 for i in items if i.state == ItemState.DONE)
        na = sum(1 for i in items if i.state != ItemState.DONE and item_resolved(i))
        return done, na, len(items)

    # -- Qt model interface ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Category rows at the top, item rows below them."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _CATEGORY_ID)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Items belong to their category row."""
        if not index.isValid() or index.internalId() == _CATEGORY_ID:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _CATEGORY_ID)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Categories, or a category's visible items."""
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() != _CATEGORY_ID or parent.column() != 0:
            return 0
        return len(self._groups[parent.row()][1]) if parent.row() < len(self._groups) else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Item, state, owner, due date, note, evidence."""
        return 6

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Item"), self.tr("State"), self.tr("Owner"), self.tr("Due"),
            self.tr("Note"), self.tr("Evidence"),
        ][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Switched-on items have the "done" box and editable cells (titles only for own items)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        item = self.item_at(index)
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if item is None:
            return base
        if not item.enabled:
            return base
        if index.column() == TITLE:
            checkable = base | Qt.ItemFlag.ItemIsUserCheckable
            return checkable if item.catalogue_key else checkable | Qt.ItemFlag.ItemIsEditable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, tooltips and the overdue marking."""
        if not index.isValid():
            return None
        item = self.item_at(index)
        if item is None:
            return self._category_data(index, role)
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole:
            if not item.enabled:
                return brush(Tone.MUTED)
            if index.column() == DUE and self.is_overdue(item):
                return brush(Tone.ERROR)
            return None
        column = index.column()
        if column == TITLE:
            return self._title_data(item, role)
        if column == STATE:
            return self._state_data(item, role)
        if column == OWNER:
            person = self.session.workspace.person(item.owner_uuid)
            if role == Qt.ItemDataRole.DisplayRole:
                return person.name if person else ""
            if role == Qt.ItemDataRole.EditRole:
                return item.owner_uuid or ""
            return None
        if column == DUE:
            return self._due_data(item, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            text = getattr(item, _FIELDS[column])
            if role == Qt.ItemDataRole.DisplayRole:
                return text.replace("\n", " ")
            return text or None if role == Qt.ItemDataRole.ToolTipRole else text
        return None

    def _category_data(self, index: Index, role: int) -> Any:
        """Category heading with its progress."""
        category = self.category_at(index)
        if category is None:
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == TITLE:
            # the heading row spans the whole width (the view spans it): name and progress
            return fill(self.tr("%1 — %2"), category_label(category, AppTranslator()),
                        self.progress_text(category))
        if index.column() == STATE:
            return self.progress_text(category)
        return None

    def progress_text(self, category: Category) -> str:
        """The progress in words ("3 of 5 done"), the items not applicable named apart."""
        done, na, total = self.progress(category)
        if na:
            return fill(self.tr("%1 of %2 done, %3 not applicable"), done, total - na, na)
        return fill(self.tr("%1 of %2 done"), done, total)

    def _title_data(self, item: ChecklistItem, role: int) -> Any:
        """The item's title in the workspace language, its hint, its on/off check box."""
        lang = self.session.workspace.company.language or "de"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item_label(item, lang)
        if role == Qt.ItemDataRole.CheckStateRole and item.enabled:
            if item.state == ItemState.DONE:
                return Qt.CheckState.Checked
            # not applicable is settled, not done: a half tick, and a click makes it done
            return (Qt.CheckState.PartiallyChecked if item.state == ItemState.NOT_APPLICABLE
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item_label(item, lang)]
            if item.catalogue_key:
                hint = item_hint(item.catalogue_key, lang)
                if hint:
                    lines.append(hint)
            if not item.enabled:
                lines.append(self.tr("Switched off: not needed for this use case. Right-click to switch it on again."))
            else:
                lines.append(self.tr("Tick the box (or press Space) when the item is done."))
                if not item.catalogue_key:
                    lines.append(self.tr("Your own item: double-click to rename."))
            if not item.required:
                lines.append(self.tr("Optional: does not count for readiness."))
            return "\n".join(lines)
        return None

    def _state_data(self, item: ChecklistItem, role: int) -> Any:
        """State in words; N/A shows its reason."""
        label = item_state_label(ItemState(item.state), AppTranslator())
        if role == Qt.ItemDataRole.EditRole:
            return ItemState(item.state).value
        if role == Qt.ItemDataRole.DisplayRole:
            if item.state == ItemState.NOT_APPLICABLE and item.na_reason.strip():
                return fill(self.tr("%1: %2"), label, item.na_reason.strip().replace("\n", " "))
            return label
        if role == Qt.ItemDataRole.ToolTipRole and item.state == ItemState.NOT_APPLICABLE:
            return fill(self.tr("Reason: %1"), item.na_reason.strip() or self.tr("none given"))
        return None

    def _due_data(self, item: ChecklistItem, role: int) -> Any:
        """The due date formatted for the locale, with "overdue" in words."""
        if role == Qt.ItemDataRole.EditRole:
            return item.due_date
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = Formatter(self.session.workspace.company.locale).date_short(item.due_date)
        if self.is_overdue(item):
            days = (self.session.today() - item.due_date).days if item.due_date else 0
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Overdue by %n day(s)", None, days)
            return fill(self.tr("%1 – overdue"), text)
        return text if role == Qt.ItemDataRole.DisplayRole else None

    def is_overdue(self, item: ChecklistItem) -> bool:
        """Past its due date and neither done nor N/A (the dashboard's rule)."""
        if not item.enabled or item.due_date is None:
            return False
        if item.state in (ItemState.DONE, ItemState.NOT_APPLICABLE):
            return False
        return item.due_date < self.session.today()

    # -- edits -----------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Each column's edit as an undo step; N/A without a reason is refused."""
        item = self.item_at(index)
        if item is None:
            return False
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == TITLE:
            # the tick means done: a click toggles done/open and never switches an item off
            if not item.enabled:
                return False
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.set_state(item, ItemState.DONE if done else ItemState.OPEN)
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column == TITLE:
            title = str(value or "").strip()
            if item.catalogue_key or not title:
                return False
            return edits.set_fields(self.session, item, {"title": title}, self.tr("Rename item"))
        if column == STATE:
            state = ItemState(value)
            if state == ItemState.NOT_APPLICABLE:
                self.reason_needed.emit(item.uuid)
                return False
            return self.set_state(item, state)
        if column == OWNER:
            owner = str(value) if value else None
            return edits.set_fields(self.session, item, {"owner_uuid": owner}, self.tr("Set owner"))
        if column == DUE:
            due = value if isinstance(value, date) else None
            return edits.set_fields(self.session, item, {"due_date": due}, self.tr("Set due date"))
        name = _FIELDS[column]
        text = self.tr("Edit note") if column == NOTE else self.tr("Edit evidence")
        return edits.set_fields(self.session, item, {name: str(value or "")}, text)

    def toggle_done(self, item: ChecklistItem) -> bool:
        """Done becomes open again; any other state becomes done (the tick, Space)."""
        if not item.enabled:
            return False
        return self.set_state(item, ItemState.OPEN if item.state == ItemState.DONE else ItemState.DONE)

    def set_enabled(self, item: ChecklistItem, on: bool) -> bool:
        """Switches a catalogue item off for this use case (not needed) or on again, undoably."""
        if not item.catalogue_key:
            return False
        text = self.tr("Switch item on") if on else self.tr("Switch item off")
        return edits.set_fields(self.session, item, {"enabled": on}, text)

    def set_state(self, item: ChecklistItem, state: ItemState, reason: str | None = None) -> bool:
        """Moves an item to a state; N/A needs a reason (given here or already stored)."""
        if state == ItemState.NOT_APPLICABLE:
            reason = (reason if reason is not None else item.na_reason).strip()
            if not reason:
                self.refused.emit(self.tr("Please give a reason why this item does not apply."))
                return False
            return edits.set_fields(
                self.session,
                item,
                {"state": state, "na_reason": reason},
                self.tr("Mark item not applicable"),
            )
        texts = {
            ItemState.OPEN: self.tr("Reopen item"),
            ItemState.IN_PROGRESS: self.tr("Mark item in progress"),
            ItemState.DONE: self.tr("Mark item done"),
        }
        return edits.set_fields(self.session, item, {"state": state}, texts[state])
