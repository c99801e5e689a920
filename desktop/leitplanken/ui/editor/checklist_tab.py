"""The use-case editor's integration checklist: what must be settled before the pilot is a process.

The article: a tool that does not talk to the CRM, whose outputs nobody checks or whose data
protection is unclear stays an experiment. Each item has a named owner, a due date and
evidence; progress shows per category.

The tick in front of an item means "done" (click or Space); the state can also be set from the
context menu or the state column. Switching a catalogue item off is a separate, undoable action
(context menu or the button beside "Add item").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain import limits
from leitplanken.domain.catalogue import item_label
from leitplanken.domain.fields import Kind
from leitplanken.domain.model import Category, ChecklistItem, ItemState
from leitplanken.i18n.labels import category_label, item_state_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.editor.checklist_model import (
    DUE,
    EVIDENCE,
    NOTE,
    OWNER,
    STATE,
    TITLE,
    ChecklistModel,
)
from leitplanken.ui.editor.na_reason_dialog import NaReasonDialog
from leitplanken.ui.editor.use_case_tab import UseCaseTab
from leitplanken.ui.widgets.colours import Tone, text_style
from leitplanken.ui.widgets.delegates import ChoiceDelegate, DateDelegate, WrappingDelegate
from leitplanken.ui.workspace import edits

#: What Delete puts into a cell of each column.
_CLEARED = {OWNER: "", DUE: None, NOTE: "", EVIDENCE: ""}



def _limited(editor: QWidget, kind: Kind) -> QWidget:
    """A cell editor that takes no more characters than the kind of its field holds."""
    if isinstance(editor, QLineEdit):
        editor.setMaxLength(limits.TEXT_LIMITS[kind].chars)
    return editor


class _LimitedWrapping(WrappingDelegate):
    """The title column: wrapped like before, typed at most a line's characters."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | Any) -> QWidget:
        """Qt's editor, limited to a line's characters."""
        return _limited(super().createEditor(parent, option, index), Kind.LINE)


class _LimitedText(QStyledItemDelegate):
    """Note and evidence: Qt's editor, limited to a text field's characters."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | Any) -> QWidget:
        """Qt's editor, limited to a text field's characters."""
        return _limited(super().createEditor(parent, option, index), Kind.TEXT)

class _ChecklistView(QTreeView):
    """The checklist's tree: a click on an item's tick also makes that item the current one."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Qt hands a press on a check box to the delegate and then leaves the current row
        where it was, so the buttons beside the list would act on another item."""
        index = self.indexAt(event.position().toPoint())
        super().mousePressEvent(event)
        selection = self.selectionModel()
        if (event.button() == Qt.MouseButton.LeftButton and index.isValid()
                and selection is not None and self.currentIndex() != index):
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)


class ChecklistTab(UseCaseTab):
    """The checklist tree with tools to add own items and show switched-off ones."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Builds the add-item row, the tree with its editors and the message line."""
        super().__init__(session, parent)
        self.model = ChecklistModel(session, self)
        self.model.reason_needed.connect(self._ask_reason_later)
        self.model.refused.connect(self.show_message)
        self.reason_dialog: NaReasonDialog | None = None

        self.category_combo = QComboBox(self)
        self.new_item_edit = QLineEdit(self)
        self.new_item_edit.setMaxLength(limits.TEXT_LIMITS[Kind.LINE].chars)
        self.new_item_edit.returnPressed.connect(self.add_item_from_edit)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_item_from_edit)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("checklist-remove-or-switch")
        self.remove_button.clicked.connect(self.remove_or_switch_current_item)
        self.show_disabled_box = QCheckBox(self)
        self.show_disabled_box.toggled.connect(self.model.set_show_disabled)
        self.show_disabled_box.toggled.connect(lambda _on: self._expand())

        tools = QHBoxLayout()
        tools.addWidget(self.category_combo)
        tools.addWidget(self.new_item_edit, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        tools.addSpacing(16)
        tools.addWidget(self.show_disabled_box)

        self.view = _ChecklistView(self)
        self.view.setModel(self.model)
        self.model.modelReset.connect(self._expand)  # after the view's own reset handling
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)  # catalogue titles are sentences: show them whole
        self.view.setAllColumnsShowFocus(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.state_delegate = ChoiceDelegate(self._state_choices, self)
        self.owner_delegate = ChoiceDelegate(self._owner_choices, self)
        self.due_delegate = DateDelegate(lambda: self.session.workspace.company.locale, self)
        self.due_delegate.invalid.connect(self.show_message)
        self.view.setItemDelegateForColumn(TITLE, _LimitedWrapping(self.view, self))
        self.text_delegate = _LimitedText(self)
        for column in (NOTE, EVIDENCE):
            self.view.setItemDelegateForColumn(column, self.text_delegate)
        self.view.setItemDelegateForColumn(STATE, self.state_delegate)
        self.view.setItemDelegateForColumn(OWNER, self.owner_delegate)
        self.view.setItemDelegateForColumn(DUE, self.due_delegate)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((TITLE, 390), (STATE, 130), (OWNER, 120), (DUE, 130), (NOTE, 180)):
            header.resizeSection(column, width)
        self.view.installEventFilter(self)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu_at)
        self.context_menu: QMenu | None = None

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(Tone.ERROR))
        self.message.hide()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        self.retranslate()
        self.set_use_case(None)

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Sets every label in the current language."""
        tr = AppTranslator()
        current = self.category_combo.currentData()
        self.category_combo.clear()
        for category in Category:
            self.category_combo.addItem(category_label(category, tr), category.value)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(current), 0))
        self.category_combo.setToolTip(self.tr("Category of your own item"))
        self.new_item_edit.setPlaceholderText(self.tr("Your own item…"))
        self.add_button.setText(self.tr("Add item"))
        self._update_buttons()
        self.show_disabled_box.setText(self.tr("Show switched-off items"))
        self.view.setAccessibleName(self.tr("Integration checklist"))
        self.view.setAccessibleDescription(self.tr(
            "Items by category. Space marks the current item done or open; the context menu sets "
            "any state or switches an item off."))
        self.hint.setText(
            self.tr(
                "Tick an item (or press Space) when it is done. Right-click for every state and to "
                "switch an item off that this use case does not need. “Not applicable” needs a "
                "reason. Double-click or F2 edits a cell; Delete clears owner, date, note or evidence."
            )
        )

    def _state_choices(self) -> list[tuple[str, Any]]:
        """The four states in words."""
        tr = AppTranslator()
        return [(item_state_label(s, tr), s.value) for s in ItemState]

    def _owner_choices(self) -> list[tuple[str, Any]]:
        """Nobody, then the company's people by name."""
        people = sorted(self.session.workspace.people, key=lambda p: p.name.casefold())
        return [(self.tr("(nobody)"), "")] + [(p.name, p.uuid) for p in people]

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-reads the checklist."""
        if self.model.use_case_uuid_differs(self.use_case_uuid):
            self.model.set_use_case(self.use_case_uuid)
        else:
            self.model.refresh()
        self._update_buttons()

    def _expand(self) -> None:
        """Categories start open (the items are the point); a heading spans the whole row."""
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.view.expandAll()

    def _update_buttons(self) -> None:
        """The button beside "Add item" removes an own item or switches a catalogue item off/on."""
        item = self.model.item_at(self.view.currentIndex())
        if item is not None and item.catalogue_key and not item.enabled:
            self.remove_button.setText(self.tr("Switch on"))
            self.remove_button.setToolTip(self.tr("Switch this catalogue item on again for this use case"))
        elif item is not None and item.catalogue_key:
            self.remove_button.setText(self.tr("Switch off"))
            self.remove_button.setToolTip(self.tr(
                "This use case does not need the item: it is hidden and no longer counts "
                "(Edit → Undo brings it back)"))
        else:
            self.remove_button.setText(self.tr("Remove item"))
            self.remove_button.setToolTip(self.tr(
                "Removes your own item; catalogue items are switched off instead"))
        self.remove_button.setEnabled(item is not None and not self.read_only())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Follows the selection; the category of the selected row becomes the one to add to."""
        self._update_buttons()
        category = self.model.category_at(current)
        if category is not None:
            self.category_combo.setCurrentIndex(self.category_combo.findData(category.value))

    def show_message(self, text: str) -> None:
        """A refusal in words below the list (cleared by the next successful edit)."""
        self.message.setStyleSheet(text_style(Tone.ERROR))
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def focus_target(self, params: dict) -> None:
        """Selects the item a link points at (showing it even when switched off)."""
        uuid = str(params.get("item_uuid") or "")
        index = self.model.index_of(uuid)
        if not index.isValid() and uuid:
            self.show_disabled_box.setChecked(True)
            index = self.model.index_of(uuid)
        if index.isValid():
            column = STATE if params.get("field") in (None, "state", "na_reason") else TITLE
            target = self.model.index(index.row(), column, index.parent())
            self.view.setCurrentIndex(target)
            self.view.scrollTo(target)
        self.view.setFocus()

    # -- not applicable --------------------------------------------------------------------
    def _ask_reason_later(self, item_uuid: str) -> None:
        """Opens the reason dialog once the combo editor has closed."""
        QTimer.singleShot(0, lambda: self.ask_reason(item_uuid))

    def ask_reason(self, item_uuid: str) -> NaReasonDialog | None:
        """Asks why an item does not apply; only a reason makes it N/A."""
        item = self._item(item_uuid)
        if item is None:
            return None
        title = item_label(item, self.language())
        dialog = NaReasonDialog(title, item.na_reason, self)
        dialog.accepted.connect(lambda: self._apply_reason(item_uuid, dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _apply_reason(self, item_uuid: str, reason: str) -> None:
        """Marks the item N/A with the reason given."""
        item = self._item(item_uuid)
        if item is not None and self.model.set_state(item, ItemState.NOT_APPLICABLE, reason):
            self.show_message("")

    def _item(self, uuid: str) -> ChecklistItem | None:
        """An item of the current use case by UUID."""
        uc = self.use_case()
        return next((i for i in uc.checklist if i.uuid == uuid), None) if uc else None

    # -- own items -------------------------------------------------------------------------
    def add_item_from_edit(self) -> None:
        """Adds an own item with the typed title to the chosen category."""
        title = self.new_item_edit.text().strip()
        uc = self.use_case()
        if uc is None or not title:
            self.new_item_edit.setFocus()
            return
        category = Category(self.category_combo.currentData())
        sort = max((i.sort for i in uc.checklist), default=-1) + 1
        item = ChecklistItem(use_case_uuid=uc.uuid, category=category, title=title, sort=sort)
        edits.add_records(self.session, [item], self.tr("Add checklist item"))
        self.new_item_edit.clear()
        index = self.model.index_of(item.uuid, STATE)
        if index.isValid():
            self.view.setCurrentIndex(index)

    def remove_current_item(self) -> None:
        """Removes the selected own item (catalogue items are switched off instead)."""
        item = self.model.item_at(self.view.currentIndex())
        if item is None or item.catalogue_key:
            return
        edits.remove_records(self.session, [item], self.tr("Remove checklist item"))

    def remove_or_switch_current_item(self) -> None:
        """The button's action: removes an own item, switches a catalogue item off or on."""
        item = self.model.item_at(self.view.currentIndex())
        if item is None:
            return
        if item.catalogue_key:
            self.switch(item, not item.enabled)
        else:
            self.remove_current_item()
        self._update_buttons()

    def switch(self, item: ChecklistItem, on: bool) -> None:
        """Switches a catalogue item off (not needed here) or on, and says how to undo it."""
        title = item_label(item, self.language())
        if self.model.set_enabled(item, on):
            if on:
                self.show_message("")
            else:
                self.show_note(fill(self.tr(
                    "“%1” is switched off for this use case. Edit → Undo or “Show switched-off "
                    "items” brings it back."), title))

    def show_note(self, text: str) -> None:
        """A neutral note below the list (not a refusal)."""
        self.message.setStyleSheet("")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- context menu ------------------------------------------------------------------------
    def _context_menu_at(self, pos: QPoint) -> None:
        """Right-click (or the menu key) on an item: its states and switching it off or on."""
        index = self.view.indexAt(pos) if pos is not None else self.view.currentIndex()
        if not index.isValid():
            index = self.view.currentIndex()
            pos = self.view.visualRect(index).center()
        item = self.model.item_at(index)
        if item is None:
            return
        self.view.setCurrentIndex(self.model.index(index.row(), index.column(), index.parent()))
        menu = self.build_context_menu(item)
        self.context_menu = menu
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def build_context_menu(self, item: ChecklistItem) -> QMenu:
        """The actions for one item: the four states, then switch off/on or remove."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        read_only = self.read_only()
        uuid = item.uuid
        if item.enabled:
            group = QActionGroup(menu)
            texts = {
                ItemState.OPEN: self.tr("&Open"),
                ItemState.IN_PROGRESS: self.tr("&In progress"),
                ItemState.DONE: self.tr("&Done"),
                ItemState.NOT_APPLICABLE: self.tr("&Not applicable…"),
            }
            for state, text in texts.items():
                action = QAction(text, menu)
                action.setCheckable(True)
                action.setChecked(ItemState(item.state) == state)
                action.setEnabled(not read_only)
                action.setData(state.value)
                group.addAction(action)
                menu.addAction(action)
                action.triggered.connect(lambda _c=False, st=state: self._choose_state(uuid, st))
            menu.addSeparator()
        if item.catalogue_key:
            if item.enabled:
                action = menu.addAction(self.tr("Not needed for this use case: &switch off"))
            else:
                action = menu.addAction(self.tr("&Switch on again"))
            action.setEnabled(not read_only)
            action.triggered.connect(lambda _c=False, on=not item.enabled: self._switch_uuid(uuid, on))
        else:
            action = menu.addAction(self.tr("&Remove item"))
            action.setEnabled(not read_only)
            action.triggered.connect(self.remove_current_item)
        return menu

    def _choose_state(self, item_uuid: str, state: ItemState) -> None:
        """A state chosen in the menu; not applicable asks for the reason first."""
        item = self._item(item_uuid)
        if item is None:
            return
        if state == ItemState.NOT_APPLICABLE:
            self.ask_reason(item_uuid)
        elif self.model.set_state(item, state):
            self.show_message("")

    def _switch_uuid(self, item_uuid: str, on: bool) -> None:
        """The menu's switch off/on for the item it was opened on."""
        item = self._item(item_uuid)
        if item is not None:
            self.switch(item, on)
            self._update_buttons()

    # -- keyboard --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Space toggles done; Delete clears owner, due date, note or evidence of the current item."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            index = self.view.currentIndex()
            key = event.key()
            not_editing = self.view.state() != QAbstractItemView.State.EditingState
            item = self.model.item_at(index)
            menu_key = key == Qt.Key.Key_Menu or (
                key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if menu_key and not_editing and item is not None:
                # the keyboard's context menu opens on the current item, not under the mouse
                self._context_menu_at(self.view.visualRect(index).center())
                return True
            if (key == Qt.Key.Key_Space and not_editing and item is not None
                    and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
                if not self.read_only() and self.model.toggle_done(item):
                    self.show_message("")
                return True
            if (
                key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and index.column() in _CLEARED
                and self.view.state() != QAbstractItemView.State.EditingState
                and self.model.item_at(index) is not None
            ):
                self.model.setData(index, _CLEARED[index.column()])
                return True
        return super().eventFilter(watched, event)
