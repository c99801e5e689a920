"""The RACI grid driven as a user would: click, type letters, move with the keyboard, undo."""

from __future__ import annotations

import pytest
from editor_support import open_session, person, reopen, sample_workspace, show_in_window
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication

from leitplanken.ui.editor.new_person_dialog import NewPersonDialog
from leitplanken.ui.editor.raci_model import RaciModel
from leitplanken.ui.editor.raci_tab import RaciTab


def _tab(qtbot, tmp_path):
    ws = sample_workspace()
    session = open_session(tmp_path / "raci.leitplanken", ws)
    tab = RaciTab(session)
    show_in_window(qtbot, tab)
    uc = session.workspace.use_cases[0]
    tab.set_use_case(uc.uuid)
    return session, tab, uc


def test_model_passes_qt_model_tester(qtbot, tmp_path):
    session = open_session(tmp_path / "m.leitplanken", sample_workspace())
    model = RaciModel(session)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_use_case(session.workspace.use_cases[0].uuid)
    assert model.rowCount() == 2 and model.columnCount() == 3
    model.set_letter(0, 2, "R")
    model.set_letter(0, 2, None)
    model.set_use_case(None)
    assert model.rowCount() == 0


def test_typing_letters_and_arrows_sets_cells(qtbot, tmp_path):
    session, tab, uc = _tab(qtbot, tmp_path)
    view = tab.view
    view.setFocus()
    view.setCurrentIndex(tab.model.index(0, 2))  # Review AI outputs × Urs Meier
    QTest.keyClick(view, Qt.Key.Key_R)
    anna, urs = person(session, "Anna Keller"), person(session, "Urs Meier")
    assert uc.letter(uc.activities[0].uuid, urs.uuid) == "R"
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert uc.letter(uc.activities[1].uuid, urs.uuid) is None
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_R)
    assert uc.letter(uc.activities[1].uuid, anna.uuid) == "R"
    assert session.undo.undoText() == "Set RACI letter"
    again = reopen(session, tmp_path / "raci.leitplanken").use_case(uc.uuid)
    assert again.letter(uc.activities[0].uuid, urs.uuid) == "R"
    assert again.letter(uc.activities[1].uuid, urs.uuid) is None
    assert again.letter(uc.activities[1].uuid, anna.uuid) == "R"
    # Undo walks back every cell, and the saved file counts as modified again.
    for _ in range(3):
        session.undo.undo()
    assert uc.letter(uc.activities[0].uuid, urs.uuid) is None
    assert uc.letter(uc.activities[1].uuid, urs.uuid) == "A"
    assert uc.letter(uc.activities[1].uuid, anna.uuid) == "A"
    assert session.modified


# Popups ask the offscreen platform for raise() and a keyboard grab, which it cannot do.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_click_opens_letter_menu(qtbot, tmp_path):
    session, tab, uc = _tab(qtbot, tmp_path)
    rect = tab.view.visualRect(tab.model.index(0, 2))
    QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    menu = tab.view.letter_menu
    assert menu is not None and menu.isVisible()
    accountable = [a for a in menu.actions() if a.data() == "C"][0]
    accountable.trigger()
    urs = person(session, "Urs Meier")
    assert uc.letter(uc.activities[0].uuid, urs.uuid) == "C"
    menu.close()


def test_findings_shown_in_words_at_their_row(qtbot, tmp_path):
    session, tab, uc = _tab(qtbot, tmp_path)
    texts = [tab.findings_list.item(i).text() for i in range(tab.findings_list.count())]
    assert any("Anna Keller" in t and "Urs Meier" in t for t in texts), texts
    tooltip = tab.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Anna Keller" in tooltip and "Urs Meier" in tooltip
    assert tab.model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    # Fixing it (Urs becomes R) removes the finding from the row.
    tab.view.setCurrentIndex(tab.model.index(1, 2))
    QTest.keyClick(tab.view, Qt.Key.Key_R)
    assert not any(f.code == "raci.several_accountable" for f in tab.model.row_findings(1))


def test_add_people_and_activities(qtbot, tmp_path, monkeypatch):
    session, tab, uc = _tab(qtbot, tmp_path)
    tab._fill_person_menu()
    petra = [a for a in tab.add_person_menu.actions() if a.data() == person(session, "Petra Roth").uuid]
    petra[0].trigger()
    assert tab.model.columnCount() == 4
    assert "(ext.)" in tab.model.headerData(3, Qt.Orientation.Horizontal)
    # An external A is an error shown in words.
    tab.view.setCurrentIndex(tab.model.index(0, 3))
    QTest.keyClick(tab.view, Qt.Key.Key_A)
    texts = [tab.findings_list.item(i).text() for i in range(tab.findings_list.count())]
    assert any("external" in t.lower() for t in texts), texts
    # Own activity: type a title, press Enter; rename; remove.
    tab.new_activity_edit.setFocus()
    QTest.keyClicks(tab.new_activity_edit, "Weekly spot check")
    QTest.keyClick(tab.new_activity_edit, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 3
    assert tab.model.index(2, 0).data() == "Weekly spot check"
    assert tab.model.setData(tab.model.index(2, 0), "Daily spot check")
    assert uc.activities[-1].title == "Daily spot check"
    tab.view.setCurrentIndex(tab.model.index(2, 0))
    assert tab.remove_activity_button.isEnabled()
    tab.remove_activity_button.click()
    assert tab.model.rowCount() == 2
    # Remove Petra's column; undo brings her back with her letter.
    tab.view.setCurrentIndex(tab.model.index(0, 3))
    tab.remove_person_button.click()
    assert tab.model.columnCount() == 3
    session.undo.undo()
    assert tab.model.columnCount() == 4
    assert uc.letter(uc.activities[0].uuid, person(session, "Petra Roth").uuid) == "A"


def test_load_visible_in_header_tooltip(qtbot, tmp_path):
    session, tab, uc = _tab(qtbot, tmp_path)
    tip = tab.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Anna Keller" in tip and "accountable (A) on 1" in tip
    tab.view.setCurrentIndex(tab.model.index(0, 1))
    assert "accountable (A) on 1" in tab.load_label.text()
    assert tab.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole) is None
    session.workspace.company.bottleneck_threshold = 1
    tab.refresh()
    tip = tab.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "bottleneck" in tip
    assert tab.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole) is not None


def test_create_person_on_the_spot(qtbot, tmp_path):
    session, tab, uc = _tab(qtbot, tmp_path)

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewPersonDialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible() and dialog.message.text() == "Please enter a name."
        QTest.keyClicks(dialog.name_edit, "Marco Steiner")
        QTest.keyClicks(dialog.function_edit, "IT provider")
        dialog.external_box.setChecked(True)
        QTest.keyClicks(dialog.organisation_edit, "Netz AG")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    tab.create_person()
    marco = person(session, "Marco Steiner")
    assert not marco.internal and marco.organisation == "Netz AG"
    column = tab.model.column_of(marco.uuid)
    assert tab.model.headerData(column, Qt.Orientation.Horizontal) == "Marco Steiner (ext.)"
    assert "Netz AG" in tab.model.headerData(column, Qt.Orientation.Horizontal,
                                             Qt.ItemDataRole.ToolTipRole)
    assert session.undo.undoText() == "Add person to RACI"
    again = reopen(session, tmp_path / "raci.leitplanken")
    assert any(p.name == "Marco Steiner" for p in again.people)
    session.undo.undo()  # one step: the column and the new person go together
    assert tab.model.column_of(marco.uuid) == -1
    assert all(p.name != "Marco Steiner" for p in session.workspace.people)


def test_new_person_with_a_firm_is_external_until_the_owner_says_otherwise(qtbot):
    dialog = NewPersonDialog(name="Marco Steiner")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.organisation_edit.isEnabled() and not dialog.external_box.isChecked()
    QTest.keyClicks(dialog.organisation_edit, "Netz AG")
    assert dialog.external_box.isChecked()  # a firm named: an external person
    dialog.organisation_edit.selectAll()
    QTest.keyClick(dialog.organisation_edit, Qt.Key.Key_Backspace)
    assert not dialog.external_box.isChecked()  # the firm taken back: internal again
    QTest.keyClicks(dialog.organisation_edit, "Holding")
    qtbot.mouseClick(dialog.external_box, Qt.MouseButton.LeftButton)  # the owner: internal after all
    assert not dialog.external_box.isChecked()
    QTest.keyClicks(dialog.organisation_edit, " AG")
    assert not dialog.external_box.isChecked()  # the owner's choice stays
    created = dialog.person()
    assert created.internal and created.organisation == "Holding AG"
