"""The export dialog's list of use cases: which are on the record, and how they stand on the agenda.

Each use case is ticked or not, shows its status, and says whether it is on the agenda for
decision or for information. That choice is remembered in the use case (`UseCase.agenda`)
through an undoable edit, so the next record of the same meeting starts from it. Filters
(status, tag, owner, only pilots in the pilot trap) narrow the list; a hidden use case is
never exported.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.model import AgendaKind, Status, UseCase
from leitplanken.domain.motions import agenda_kind
from leitplanken.i18n.labels import agenda_label, status_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.report.selection import Filters, owners_in_use, tags_in_use
from leitplanken.ui.workspace import edits

TITLE, STATUS, AGENDA = range(3)
UUID_ROLE = Qt.ItemDataRole.UserRole
_KINDS = (AgendaKind.AUTO, AgendaKind.DECISION, AgendaKind.INFORMATION)

_Index = QModelIndex | QPersistentModelIndex


class _NoEditor(QStyledItemDelegate):
    """Title and status are shown, never edited here (the editor changes them)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # type: ignore[override]  # noqa: N802, E501 - Qt takes None as "no editor"
                     index: _Index) -> QWidget | None:
        """No editor: a click ticks or selects, a double-click does not start typing."""
        return None


class AgendaDelegate(QStyledItemDelegate):
    """A combo box (automatic / for decision / for information) in the agenda column."""

    def __init__(self, picker: UseCasePicker) -> None:
        """The picker stores the choice; the delegate only offers it."""
        super().__init__(picker.tree)
        self.picker = picker

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        """The three choices, the first saying what "automatic" currently means."""
        combo = QComboBox(parent)
        combo.setObjectName("agenda-editor")
        uc = self.picker.use_case_at(index)
        for kind in _KINDS:
            combo.addItem(self.picker.kind_text(uc, kind, explicit=True), kind.value)
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        """A pick in the list is taken at once (no second click or Enter needed)."""
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        """Starts on the use case's stored choice."""
        assert isinstance(editor, QComboBox)
        uc = self.picker.use_case_at(index)
        editor.setCurrentIndex(max(0, editor.findData(AgendaKind(uc.agenda).value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: _Index) -> None:
        """Remembers the choice in the use case (undoable); the row follows the change."""
        assert isinstance(editor, QComboBox)
        self.picker.set_agenda(self.picker.use_case_at(index).uuid,
                               AgendaKind(editor.currentData()))


class UseCasePicker(QWidget):
    """Filters above a list of use cases with a tick, the status and the agenda choice."""

    #: Ticks, filters or an agenda choice changed (the dialog re-checks its problems).
    changed = Signal()

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Lists every use case; stopped ones start unticked."""
        super().__init__(parent)
        self.session = session
        self._tr = AppTranslator()
        #: Agenda choices of a read-only file: used for this record, not stored.
        self.overrides: dict[str, AgendaKind] = {}
        ws = session.workspace
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("filter-status")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_filter.addItem(status_label(status, self._tr), status.value)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("filter-tag")
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in tags_in_use(ws.use_cases):
            self.tag_filter.addItem(tag, tag)
        self.owner_filter = QComboBox(self)
        self.owner_filter.setObjectName("filter-owner")
        self.owner_filter.addItem(self.tr("All owners"), None)
        for person in owners_in_use(ws):
            self.owner_filter.addItem(person.name or "—", person.uuid)
        self.trap_filter = QCheckBox(self.tr("Only pilots in the pilot trap"), self)
        self.trap_filter.setObjectName("filter-pilot-trap")
        for combo in (self.status_filter, self.tag_filter, self.owner_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.trap_filter.toggled.connect(self.apply_filters)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("export-use-cases")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Use case"), self.tr("Status"),
                                   self.tr("On the agenda")])
        header = self.tree.header()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AGENDA, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setItemDelegateForColumn(AGENDA, AgendaDelegate(self))
        self._plain = _NoEditor(self.tree)
        self.tree.setItemDelegateForColumn(TITLE, self._plain)
        self.tree.setItemDelegateForColumn(STATUS, self._plain)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.tree.setToolTip(self.tr("Tick the use cases for the record. Click “On the agenda” "
                                     "to put one up for decision or for information; the "
                                     "choice is kept in the use case."))
        self._items: dict[str, QTreeWidgetItem] = {}
        for uc in ws.use_cases:
            item = QTreeWidgetItem()
            item.setData(TITLE, UUID_ROLE, uc.uuid)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
            item.setCheckState(TITLE, Qt.CheckState.Unchecked if uc.status == Status.STOPPED
                               else Qt.CheckState.Checked)
            self._items[uc.uuid] = item
            self._fill(item, uc)
        self.tree.addTopLevelItems(list(self._items.values()))
        self.tree.itemChanged.connect(lambda *_: self.changed.emit())
        self.count = QLabel(self)
        all_button = QPushButton(self.tr("Select all shown"), self)
        all_button.clicked.connect(lambda: self._check_shown(Qt.CheckState.Checked))
        none_button = QPushButton(self.tr("Select none"), self)
        none_button.clicked.connect(lambda: self._check_shown(Qt.CheckState.Unchecked))
        self.all_button, self.none_button = all_button, none_button
        self.agenda_all = QToolButton(self)
        self.agenda_all.setObjectName("agenda-all")
        self.agenda_all.setText(self.tr("Agenda for all shown"))
        self.agenda_all.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.agenda_all)
        for kind in _KINDS:
            action = menu.addAction(agenda_label(kind, self._tr))
            action.setData(kind.value)
            action.triggered.connect(lambda _=False, k=kind: self.set_agenda_shown_all(k))
        self.agenda_all.setMenu(menu)

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for column, (label, widget) in enumerate(((self.tr("Status"), self.status_filter),
                                                  (self.tr("Tag"), self.tag_filter),
                                                  (self.tr("Owner"), self.owner_filter))):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            filters.addWidget(caption, 0, column)
            filters.addWidget(widget, 1, column)
        filters.addWidget(self.trap_filter, 2, 0, 1, 2)
        filters.addWidget(self.count, 2, 2, Qt.AlignmentFlag.AlignRight)
        picks = QHBoxLayout()
        picks.addWidget(all_button)
        picks.addWidget(none_button)
        picks.addWidget(self.agenda_all)
        picks.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addLayout(picks)
        session.changed.connect(self._on_changed)
        self.changed.connect(self._update_count)
        self._update_count()

    # -- rows --------------------------------------------------------------------------------
    def use_case_at(self, index: _Index) -> UseCase:
        """The use case of a row of the tree."""
        uuid = index.sibling(index.row(), TITLE).data(UUID_ROLE)
        uc = self.session.workspace.use_case(uuid)
        assert uc is not None
        return uc

    def effective(self, uc: UseCase) -> AgendaKind:
        """How the use case stands on this record: the stored or overriding choice, resolved."""
        chosen = self.overrides.get(uc.uuid, AgendaKind(uc.agenda))
        if chosen != AgendaKind.AUTO:
            return chosen
        company = self.session.workspace.company
        return agenda_kind(uc, self.session.today(), company.pilot_trap_days,
                           self.session.digest(uc).last_movement)

    def kind_text(self, uc: UseCase, kind: AgendaKind, explicit: bool = False) -> str:
        """An agenda choice in words; "automatic" says what the rules make of it now."""
        if kind == AgendaKind.AUTO:
            rule = agenda_kind(uc, self.session.today(),
                               self.session.workspace.company.pilot_trap_days,
                               self.session.digest(uc).last_movement)
            return fill(self.tr("Automatic: %1") if explicit else self.tr("%1 (automatic)"),
                        agenda_label(rule, self._tr))
        return agenda_label(kind, self._tr)

    def _fill(self, item: QTreeWidgetItem, uc: UseCase) -> None:
        """A row's texts from its use case."""
        item.setText(TITLE, uc.title or "—")
        item.setToolTip(TITLE, uc.title)
        item.setText(STATUS, status_label(uc.status, self._tr))
        chosen = self.overrides.get(uc.uuid, AgendaKind(uc.agenda))
        item.setText(AGENDA, self.kind_text(uc, chosen))

    def _on_changed(self, kind: str, uuid: str) -> None:
        """A use case changed (its agenda here, its motion in the editor, an undo)."""
        if kind != "use_case":
            return
        item = self._items.get(uuid)
        uc = self.session.workspace.use_case(uuid)
        if item is not None and uc is not None:
            self.tree.blockSignals(True)
            self._fill(item, uc)
            self.tree.blockSignals(False)
            self.changed.emit()

    def refresh(self) -> None:
        """Every row again from its use case (after the settings changed names or thresholds)."""
        ws = self.session.workspace
        self.tree.blockSignals(True)
        for uuid, item in self._items.items():
            uc = ws.use_case(uuid)
            if uc is not None:
                self._fill(item, uc)
        self.tree.blockSignals(False)
        self.apply_filters()

    def set_agenda(self, uuid: str, kind: AgendaKind) -> None:
        """Remembers a use case's agenda choice as an undo step (for this record only when the
        file is read-only)."""
        uc = self.session.workspace.use_case(uuid)
        if uc is None:
            return
        if getattr(self.session, "read_only", False):
            self.overrides[uuid] = kind
            self._on_changed("use_case", uuid)
            return
        edits.set_fields(self.session, uc, {"agenda": kind},
                         text=fill(self.tr("On the agenda: %1"), uc.title))

    def set_agenda_shown_all(self, kind: AgendaKind) -> None:
        """The same agenda choice for every ticked use case the filters show, as one undo step."""
        ws = self.session.workspace
        uuids = self.chosen_uuids()
        if getattr(self.session, "read_only", False):
            for uuid in uuids:
                self.overrides[uuid] = kind
                self._on_changed("use_case", uuid)
            return
        with edits.one_step(self.session, fill(self.tr("On the agenda: %1 (%2 use cases)"),
                                                agenda_label(kind, self._tr), len(uuids))):
            for uuid in uuids:
                uc = ws.use_case(uuid)
                if uc is not None:
                    edits.set_fields(self.session, uc, {"agenda": kind}, text=uc.title)

    # -- choice ------------------------------------------------------------------------------
    def filters(self) -> Filters:
        """The filters as set above the list."""
        status = self.status_filter.currentData()
        tag = self.tag_filter.currentData()
        owner = self.owner_filter.currentData()
        return Filters(statuses=[Status(status)] if status else [], tags=[tag] if tag else [],
                       owner_uuids=[owner] if owner else [],
                       pilot_trap=self.trap_filter.isChecked())

    def apply_filters(self) -> None:
        """Hides the use cases the filters leave out."""
        filters = self.filters()
        ws = self.session.workspace
        today = self.session.today()
        for uuid, item in self._items.items():
            uc = ws.use_case(uuid)
            item.setHidden(uc is None or not filters.matches(uc, today,
                                                              ws.company.pilot_trap_days))
        self.changed.emit()

    def _check_shown(self, state: Qt.CheckState) -> None:
        """Ticks or clears every use case the filters show."""
        self.tree.blockSignals(True)
        for item in self._items.values():
            if not item.isHidden():
                item.setCheckState(TITLE, state)
        self.tree.blockSignals(False)
        self.changed.emit()

    def chosen_uuids(self) -> list[str]:
        """UUIDs of the ticked use cases the filters show, in list order."""
        return [uuid for uuid, item in self._items.items()
                if not item.isHidden() and item.checkState(TITLE) == Qt.CheckState.Checked]

    def item(self, uuid: str) -> QTreeWidgetItem:
        """The row of one use case."""
        return self._items[uuid]

    def set_agenda_shown(self, shown: bool) -> None:
        """The agenda column matters only for the decision record, not for the register list."""
        self.tree.setColumnHidden(AGENDA, not shown)
        self.agenda_all.setVisible(shown)

    def _update_count(self) -> None:
        """"3 of 12 chosen" beside the buttons."""
        self.count.setText(fill(self.tr("%1 of %2 chosen"), len(self.chosen_uuids()),
                                len(self._items)))
