"""The Systems tab: link company systems, say how data flows, create a system on the spot."""

from __future__ import annotations

import pytest
from editor_support import open_session, reopen, sample_workspace, show_in_window
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication, QComboBox

from leitplanken.domain.model import Integration
from leitplanken.ui.editor.systems_tab import INTEGRATION, NOTE, NewSystemDialog, SystemsTab


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_link_rate_note_create_and_reopen(qtbot, tmp_path):
    path = tmp_path / "s.leitplanken"
    session = open_session(path, sample_workspace())
    tab = SystemsTab(session)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    show_in_window(qtbot, tab)
    uc = session.workspace.use_cases[0]
    tab.set_use_case(uc.uuid)
    assert tab.model.rowCount() == 0
    assert [tab.system_combo.itemText(i) for i in range(tab.system_combo.count())] == ["CRM", "E-mail"]
    tab.link_button.click()
    assert tab.model.rowCount() == 1 and tab.model.index(0, 0).data() == "CRM"
    assert tab.model.index(0, INTEGRATION).data() == "Not connected"
    assert tab.system_combo.count() == 1
    # Choose "Automated" in the cell's combo box by keyboard.
    view = tab.view
    view.setFocus()
    view.setCurrentIndex(tab.model.index(0, INTEGRATION))
    QTest.keyClick(view, Qt.Key.Key_F2)
    combo = view.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(Integration.AUTOMATED.value))
    combo.activated.emit(combo.currentIndex())
    assert uc.systems[0].integration == Integration.AUTOMATED
    view.setCurrentIndex(tab.model.index(0, NOTE))
    QTest.keyClick(view, Qt.Key.Key_F2)
    QTest.keyClicks(view.focusWidget(), "Tickets sync every 5 min")
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: uc.systems[0].note == "Tickets sync every 5 min")

    # A new system, created on the spot and linked in one undo step.
    def fill_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewSystemDialog)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.message.isVisible()  # no name: refused with a message
        QTest.keyClicks(dialog.name_edit, "Webshop")
        QTest.keyClicks(dialog.kind_edit, "website")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_dialog)
    tab.new_button.click()
    assert [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())] == ["CRM", "Webshop"]
    assert any(s.name == "Webshop" for s in session.workspace.systems)
    assert session.undo.undoText() == "Add and link system"
    ws = reopen(session, path)
    links = {next(s.name for s in ws.systems if s.uuid == link.system_uuid): link
             for link in ws.use_cases[0].systems}
    assert links["CRM"].integration == Integration.AUTOMATED
    assert links["CRM"].note == "Tickets sync every 5 min"
    assert "Webshop" in links
    # Undo the new system: it leaves the company list and the use case.
    session.undo.undo()
    assert tab.model.rowCount() == 1
    assert not any(s.name == "Webshop" for s in session.workspace.systems)
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.remove_button.click()
    assert tab.model.rowCount() == 0
