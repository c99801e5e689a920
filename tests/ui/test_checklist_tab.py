"""The integration checklist driven as a user would: states, N/A reasons, owners, dates, own items."""

from __future__ import annotations

from datetime import date

import pytest
from editor_support import TODAY, open_session, reopen, sample_workspace, show_in_window
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication, QComboBox

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import Category, ItemState
from leitplanken.i18n.fmt import Formatter
from leitplanken.ui.editor.checklist_model import DUE, NOTE, OWNER, STATE, TITLE, ChecklistModel
from leitplanken.ui.editor.checklist_tab import ChecklistTab
from leitplanken.ui.widgets.field_widgets import OptionalDateEdit


def _seeded():
    ws = sample_workspace()
    seed_use_case(ws.use_cases[0], "en")
    return ws


def _tab(qtbot, path):
    ws = _seeded()
    session = open_session(path, ws)
    tab = ChecklistTab(session)
    show_in_window(qtbot, tab)
    uc = session.workspace.use_cases[0]
    tab.set_use_case(uc.uuid)
    return session, tab, uc


def _first_item(tab, category=Category.INTEGRATION, column=STATE):
    parent = tab.model.category_index(category)
    return tab.model.index(0, column, parent)


def test_model_passes_qt_model_tester(qtbot, tmp_path):
    session = open_session(tmp_path / "m.leitplanken", _seeded())
    model = ChecklistModel(session)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_use_case(session.workspace.use_cases[0].uuid)
    assert model.rowCount() == len(Category)
    index = model.index(0, STATE, model.index(0, 0))
    assert model.setData(index, ItemState.DONE.value)
    model.setData(model.index(0, TITLE, model.index(0, 0)), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    model.set_enabled(model.item_at(model.index(1, TITLE, model.index(0, 0))), False)
    model.set_show_disabled(True)
    model.set_show_disabled(False)
    model.set_use_case(None)


def test_state_owner_date_note_by_keyboard_and_reopen(qtbot, tmp_path):
    path = tmp_path / "c.leitplanken"
    session, tab, uc = _tab(qtbot, path)
    view = tab.view
    view.setFocus()
    index = _first_item(tab)
    item = tab.model.item_at(index)
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    combo = view.indexWidget(index) or view.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(ItemState.DONE.value))
    combo.activated.emit(combo.currentIndex())
    assert item.state == ItemState.DONE
    assert session.undo.undoText() == "Mark item done"
    category_row = tab.model.category_index(Category.INTEGRATION)
    done_text = tab.model.index(category_row.row(), STATE).data()
    assert done_text.startswith("1 of ")
    # Owner: move right, open the editor, choose Urs.
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_F2)
    combo = view.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("Urs Meier"))
    combo.activated.emit(combo.currentIndex())
    assert session.workspace.person(item.owner_uuid).name == "Urs Meier"
    # Due date in the past: shown with the word "overdue", in red.
    QTest.keyClick(view, Qt.Key.Key_Right)
    item2_index = tab.model.index(1, DUE, index.parent())
    view.setCurrentIndex(item2_index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    while editor is not None and not isinstance(editor, OptionalDateEdit):
        editor = editor.parentWidget()
    assert isinstance(editor, OptionalDateEdit)
    assert editor.displayFormat() == "dd/MM/yyyy"  # en_GB
    editor.setDate(QDate(2026, 11, 1))
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    item2 = tab.model.item_at(item2_index)
    qtbot.waitUntil(lambda: item2.due_date == date(2026, 11, 1))  # the view commits queued
    shown = tab.model.index(1, DUE, index.parent()).data()
    assert shown == Formatter("en_GB").date_short(date(2026, 11, 1)) + " – overdue"
    assert tab.model.index(1, DUE, index.parent()).data(Qt.ItemDataRole.ForegroundRole) is not None
    # Type a note directly.
    view.setCurrentIndex(tab.model.index(1, NOTE, index.parent()))
    QTest.keyClick(view, Qt.Key.Key_F2)
    QTest.keyClicks(QApplication.focusWidget(), "Ask the CRM vendor")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item2.note == "Ask the CRM vendor")
    # Delete clears the date again; undo brings it back.
    view.setCurrentIndex(tab.model.index(1, DUE, index.parent()))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert item2.due_date is None and tab.model.index(1, DUE, index.parent()).data() == ""
    session.undo.undo()
    assert item2.due_date == date(2026, 11, 1)
    ws = reopen(session, path)
    again = next(i for i in ws.use_cases[0].checklist if i.uuid == item2.uuid)
    assert (again.due_date, again.note) == (date(2026, 11, 1), "Ask the CRM vendor")
    first = next(i for i in ws.use_cases[0].checklist if i.uuid == item.uuid)
    assert first.state == ItemState.DONE and first.owner_uuid == item.owner_uuid


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_not_applicable_requires_a_reason(qtbot, tmp_path):
    session, tab, uc = _tab(qtbot, tmp_path / "n.leitplanken")
    index = _first_item(tab, Category.DATA_PROTECTION)
    item = tab.model.item_at(index)
    assert not tab.model.setData(index, ItemState.NOT_APPLICABLE.value)
    qtbot.waitUntil(lambda: tab.reason_dialog is not None and tab.reason_dialog.isVisible())
    dialog = tab.reason_dialog
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "reason is required" in dialog.message.text()
    assert item.state == ItemState.OPEN
    dialog.reason_edit.setFocus()
    QTest.keyClicks(dialog.reason_edit, "No personal data involved")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert item.state == ItemState.NOT_APPLICABLE
    assert item.na_reason == "No personal data involved"
    assert "No personal data involved" in tab.model.index(index.row(), STATE, index.parent()).data()
    assert session.undo.undoText() == "Mark item not applicable"
    # The model refuses N/A without a reason when asked directly.
    other = tab.model.item_at(tab.model.index(1, STATE, index.parent()))
    assert not tab.model.set_state(other, ItemState.NOT_APPLICABLE, "  ")
    assert "reason" in tab.message.text()


def test_own_items_and_switching_off(qtbot, tmp_path):
    path = tmp_path / "o.leitplanken"
    session, tab, uc = _tab(qtbot, path)
    parent = tab.model.category_index(Category.OPERATION)
    before = tab.model.rowCount(parent)
    tab.category_combo.setCurrentIndex(tab.category_combo.findData(Category.OPERATION.value))
    tab.new_item_edit.setFocus()
    QTest.keyClicks(tab.new_item_edit, "Weekly review meeting")
    QTest.keyClick(tab.new_item_edit, Qt.Key.Key_Return)
    parent = tab.model.category_index(Category.OPERATION)
    assert tab.model.rowCount(parent) == before + 1
    titles = [tab.model.index(r, TITLE, parent).data() for r in range(before + 1)]
    assert "Weekly review meeting" in titles
    # Switch a catalogue item off: it disappears, and reappears greyed with the toggle.
    integration = tab.model.category_index(Category.INTEGRATION)
    count = tab.model.rowCount(integration)
    first = tab.model.index(0, TITLE, integration)
    hint = first.data(Qt.ItemDataRole.ToolTipRole)
    assert hint and "Tick the box" in hint
    switched = tab.model.item_at(first)
    # the tick is "done", never "off": unticking an open item leaves it switched on
    tab.model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert switched.enabled and switched.state == ItemState.OPEN
    tab.view.setCurrentIndex(first)
    tab.remove_button.click()  # "Switch off" for a catalogue item
    assert not switched.enabled
    assert tab.model.rowCount(tab.model.category_index(Category.INTEGRATION)) == count - 1
    tab.show_disabled_box.setChecked(True)
    again = tab.model.index_of(switched.uuid)
    assert again.isValid() and again.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not tab.model.flags(tab.model.index(again.row(), STATE, again.parent())) & Qt.ItemFlag.ItemIsEditable
    # Remove the own item again; reopen shows the switched-off item still off.
    mine = next(i for i in uc.checklist if i.title == "Weekly review meeting")
    own = tab.model.index_of(mine.uuid, OWNER)
    tab.view.setCurrentIndex(own)
    assert tab.remove_button.isEnabled()
    tab.remove_button.click()
    assert all(i.title != "Weekly review meeting" for i in uc.checklist)
    ws = reopen(session, path)
    assert not next(i for i in ws.use_cases[0].checklist if i.uuid == switched.uuid).enabled
    assert session.today() == TODAY
