"""The checklist's tick means done: clicking, Space, the context menu and the state editor, as a user does."""

from __future__ import annotations

import pytest
from editor_support import open_session, reopen, sample_workspace, show_in_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import Category, ItemState
from leitplanken.ui.editor.checklist_model import STATE, TITLE
from leitplanken.ui.editor.checklist_tab import ChecklistTab
from leitplanken.ui.widgets.delegates import PickCombo


def _tab(qtbot, path):
    ws = sample_workspace()
    seed_use_case(ws.use_cases[0], "en")
    session = open_session(path, ws)
    tab = ChecklistTab(session)
    show_in_window(qtbot, tab)
    uc = session.workspace.use_cases[0]
    tab.set_use_case(uc.uuid)
    return session, tab, uc


def _row(tab, category, row, column=TITLE):
    return tab.model.index(row, column, tab.model.category_index(category))


def _progress(tab, category):
    return tab.model.index(tab.model.category_index(category).row(), STATE).data()


def click_tick(view, index):
    """Clicks the check box drawn in a cell, where the style puts it."""
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    assert box.isValid() and box.width() > 0
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     box.center())


def test_every_item_starts_open_and_unticked(qtbot, tmp_path):
    _session, tab, uc = _tab(qtbot, tmp_path / "a.leitplanken")
    index = _row(tab, Category.INTEGRATION, 0)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    total = sum(1 for i in uc.checklist if i.category == Category.INTEGRATION and i.enabled)
    assert _progress(tab, Category.INTEGRATION) == f"0 of {total} done"


def test_clicking_the_tick_marks_done_and_back_open_never_switches_off(qtbot, tmp_path):
    path = tmp_path / "c.leitplanken"
    session, tab, uc = _tab(qtbot, path)
    index = _row(tab, Category.INTEGRATION, 0)
    item = tab.model.item_at(index)
    total = sum(1 for i in uc.checklist if i.category == Category.INTEGRATION and i.enabled)
    click_tick(tab.view, index)
    assert item.state == ItemState.DONE and item.enabled
    assert _progress(tab, Category.INTEGRATION) == f"1 of {total} done"
    assert session.undo.undoText() == "Mark item done"
    assert _row(tab, Category.INTEGRATION, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    click_tick(tab.view, _row(tab, Category.INTEGRATION, 0))
    assert item.state == ItemState.OPEN and item.enabled
    assert _progress(tab, Category.INTEGRATION) == f"0 of {total} done"
    click_tick(tab.view, _row(tab, Category.INTEGRATION, 0))
    ws = reopen(session, path)
    again = next(i for i in ws.use_cases[0].checklist if i.uuid == item.uuid)
    assert again.state == ItemState.DONE and again.enabled


def test_space_toggles_done_on_any_column(qtbot, tmp_path):
    session, tab, _uc = _tab(qtbot, tmp_path / "s.leitplanken")
    view = tab.view
    view.setFocus()
    index = _row(tab, Category.RESPONSIBILITY, 1, STATE)
    item = tab.model.item_at(index)
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert item.state == ItemState.DONE
    QTest.keyClick(view, Qt.Key.Key_Space)
    assert item.state == ItemState.OPEN
    assert tab.reason_dialog is None


def test_switching_off_is_its_own_action_and_undoable(qtbot, tmp_path):
    path = tmp_path / "o.leitplanken"
    session, tab, uc = _tab(qtbot, path)
    count = tab.model.rowCount(tab.model.category_index(Category.INTEGRATION))
    index = _row(tab, Category.INTEGRATION, 0, STATE)
    item = tab.model.item_at(index)
    tab.view.setCurrentIndex(index)
    assert tab.remove_button.text() == "Switch off"
    menu = tab.build_context_menu(item)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:4] == ["&Open", "&In progress", "&Done", "&Not applicable…"]
    switch = next(a for a in menu.actions() if "switch off" in a.text())
    switch.trigger()
    assert not item.enabled
    assert tab.model.rowCount(tab.model.category_index(Category.INTEGRATION)) == count - 1
    assert "switched off" in tab.message.text()
    assert session.undo.undoText() == "Switch item off"
    session.undo.undo()
    assert item.enabled
    assert tab.model.rowCount(tab.model.category_index(Category.INTEGRATION)) == count
    # The button does the same; shown again, the item is greyed and has no tick.
    tab.view.setCurrentIndex(tab.model.index_of(item.uuid, STATE))
    QTest.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert not item.enabled
    tab.show_disabled_box.setChecked(True)
    shown = tab.model.index_of(item.uuid)
    assert shown.data(Qt.ItemDataRole.CheckStateRole) is None
    tab.view.setCurrentIndex(shown)
    assert tab.remove_button.text() == "Switch on"
    menu = tab.build_context_menu(item)
    assert [a.text() for a in menu.actions()] == ["&Switch on again"]
    ws = reopen(session, path)
    assert not next(i for i in ws.use_cases[0].checklist if i.uuid == item.uuid).enabled


def test_context_menu_sets_states_and_asks_reason_only_for_not_applicable(qtbot, tmp_path):
    session, tab, _uc = _tab(qtbot, tmp_path / "m.leitplanken")
    index = _row(tab, Category.DATA_PROTECTION, 0, STATE)
    item = tab.model.item_at(index)
    menu = tab.build_context_menu(item)
    next(a for a in menu.actions() if a.text() == "&In progress").trigger()
    assert item.state == ItemState.IN_PROGRESS and tab.reason_dialog is None
    menu = tab.build_context_menu(item)
    assert next(a for a in menu.actions() if a.text() == "&In progress").isChecked()
    next(a for a in menu.actions() if a.text() == "&Not applicable…").trigger()
    dialog = tab.reason_dialog
    assert dialog is not None and dialog.isVisible()
    QTest.keyClicks(dialog.reason_edit, "No personal data involved")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert item.state == ItemState.NOT_APPLICABLE
    total = sum(1 for i in session.workspace.use_cases[0].checklist
                if i.category == Category.DATA_PROTECTION and i.enabled)
    assert _progress(tab, Category.DATA_PROTECTION) == f"0 of {total - 1} done, 1 not applicable"
    # a half tick for N/A; a click on it makes the item done
    assert _row(tab, Category.DATA_PROTECTION, 0).data(
        Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    click_tick(tab.view, _row(tab, Category.DATA_PROTECTION, 0))
    assert item.state == ItemState.DONE


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("typed, expected", [("In", ItemState.IN_PROGRESS), ("D", ItemState.DONE)])
def test_typing_in_the_state_cell_highlights_and_enter_chooses(qtbot, tmp_path, typed, expected):
    session, tab, _uc = _tab(qtbot, tmp_path / "t.leitplanken")
    view = tab.view
    view.setFocus()
    index = _row(tab, Category.INTEGRATION, 1, STATE)
    item = tab.model.item_at(index)
    view.setCurrentIndex(index)
    QTest.keyClicks(view, typed[0])
    combo = QApplication.focusWidget()
    while combo is not None and not isinstance(combo, PickCombo):
        combo = combo.parentWidget()
    assert isinstance(combo, PickCombo)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    for char in typed[1:]:
        QTest.keyClicks(combo.view(), char)
    assert item.state == ItemState.OPEN  # nothing chosen by typing alone
    assert tab.reason_dialog is None
    QTest.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item.state == expected)
    assert tab.reason_dialog is None


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_menu_key_opens_the_states_on_the_current_item(qtbot, tmp_path):
    session, tab, _uc = _tab(qtbot, tmp_path / "k.leitplanken")
    view = tab.view
    view.setFocus()
    index = _row(tab, Category.OPERATION, 1, STATE)
    item = tab.model.item_at(index)
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_Menu)
    menu = tab.context_menu
    qtbot.waitUntil(lambda: menu.isVisible())
    done = next(a for a in menu.actions() if a.text() == "&Done")
    done.trigger()
    assert item.state == ItemState.DONE
    menu.close()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_german_typing_in_opens_no_reason_dialog_and_n_asks_only_on_enter(qtbot, tmp_path):
    from leitplanken.ui.settings.language import apply_language

    apply_language("de_CH")
    try:
        session, tab, _uc = _tab(qtbot, tmp_path / "g.leitplanken")
        view = tab.view
        view.setFocus()
        index = _row(tab, Category.INTEGRATION, 0, STATE)
        item = tab.model.item_at(index)
        view.setCurrentIndex(index)
        QTest.keyClicks(view, "I")
        combo = QApplication.focusWidget()
        while combo is not None and not isinstance(combo, PickCombo):
            combo = combo.parentWidget()
        assert isinstance(combo, PickCombo)
        qtbot.waitUntil(lambda: combo.view().isVisible())
        QTest.keyClicks(combo.view(), "n")
        assert combo.view().currentIndex().data() == "In Arbeit"
        QTest.keyClick(combo.view(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: item.state == ItemState.IN_PROGRESS)
        assert tab.reason_dialog is None
        # "Nicht zutreffend" chosen explicitly: now, and only now, the reason is asked for
        view.setFocus()
        view.setCurrentIndex(_row(tab, Category.INTEGRATION, 0, STATE))
        QTest.keyClicks(view, "N")
        combo = QApplication.focusWidget()
        while combo is not None and not isinstance(combo, PickCombo):
            combo = combo.parentWidget()
        qtbot.waitUntil(lambda: combo.view().isVisible())
        assert tab.reason_dialog is None
        QTest.keyClick(combo.view(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tab.reason_dialog is not None and tab.reason_dialog.isVisible())
        tab.reason_dialog.reject()
        assert item.state == ItemState.IN_PROGRESS
    finally:
        apply_language("en")


def test_clicking_a_tick_makes_that_item_current_for_the_buttons_beside(qtbot, tmp_path):
    _session, tab, _uc = _tab(qtbot, tmp_path / "t.leitplanken")
    index = _row(tab, Category.INTEGRATION, 1)
    item = tab.model.item_at(index)
    click_tick(tab.view, index)
    assert tab.model.item_at(tab.view.currentIndex()) is item
    assert tab.view.selectionModel().isSelected(tab.view.currentIndex())
    assert tab.remove_button.isEnabled() and tab.remove_button.text() == "Switch off"
