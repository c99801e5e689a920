"""The issue's user story, end to end through the editors as a new user would work.

Create a use case with the wizard, fill RACI and checklist, record "go live" with readiness
incomplete and a reason, see the reason in the decision log, save and reopen, undo everything.
"""

from __future__ import annotations

import pytest
from editor_support import click_wizard, fill_wizard, open_session, reopen, show_in_window
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from leitplanken.domain.model import (
    Company,
    DecisionKind,
    ItemState,
    Letter,
    Person,
    Status,
    Workspace,
)
from leitplanken.ui.editor.checklist_model import STATE
from leitplanken.ui.editor.checklist_tab import ChecklistTab
from leitplanken.ui.editor.decision_dialog import DecisionDialog
from leitplanken.ui.editor.decisions_tab import DecisionsTab
from leitplanken.ui.editor.raci_tab import RaciTab
from leitplanken.ui.editor.wizard import FirstUseCaseWizard


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_new_user_story(qtbot, tmp_path):
    path = tmp_path / "story.leitplanken"
    ws = Workspace(company=Company(name="Velo Huber GmbH", locale="de_CH", language="en"),
                   people=[Person(name="Petra Roth", internal=False, organisation="KI Partner")])
    session = open_session(path, ws)

    wizard = FirstUseCaseWizard(session)
    fill_wizard(qtbot, wizard, answers="Petra Roth")
    wizard.roles.answers.setCurrentIndex(0)
    QTest.keyClicks(wizard.roles.answers.lineEdit(), "Urs Meier")
    click_wizard(wizard, QWizard.WizardButton.FinishButton)
    uc = session.workspace.use_case(wizard.created_uuid)
    assert uc is not None and uc.status == Status.IDEA

    # RACI: Petra (external) is consulted on data protection; Anna does the training.
    raci = RaciTab(session)
    show_in_window(qtbot, raci)
    raci.set_use_case(uc.uuid)
    raci._fill_person_menu()
    next(a for a in raci.add_person_menu.actions() if a.text().startswith("Petra Roth")).trigger()
    dp_row = next(r for r in range(raci.model.rowCount())
                  if raci.model.activity_at(r).catalogue_key == "data_protection")
    raci.view.setFocus()
    raci.view.setCurrentIndex(raci.model.index(dp_row, raci.model.column_of(
        next(p.uuid for p in session.workspace.people if p.name == "Petra Roth"))))
    QTest.keyClick(raci.view, Qt.Key.Key_C)
    QTest.keyClick(raci.view, Qt.Key.Key_Left)
    QTest.keyClick(raci.view, Qt.Key.Key_Left)
    QTest.keyClick(raci.view, Qt.Key.Key_R)
    held = {(c.activity_uuid, c.letter) for c in uc.cells}
    dp = raci.model.activity_at(dp_row)
    assert (dp.uuid, Letter.C) in held and (dp.uuid, Letter.R) in held

    # Checklist: first integration item done, one data-protection item N/A with a reason.
    checklist = ChecklistTab(session)
    show_in_window(qtbot, checklist)
    checklist.set_use_case(uc.uuid)
    first = checklist.model.index(0, STATE, checklist.model.index(0, 0))
    checklist.model.setData(first, ItemState.DONE.value)
    item = checklist.model.item_at(first)
    assert item.state == ItemState.DONE

    # Go live with readiness incomplete: a reason is required and shown in the log.
    decisions = DecisionsTab(session)
    show_in_window(qtbot, decisions)
    decisions.set_use_case(uc.uuid)
    assert decisions.readiness.gaps.count() > 0

    def go_live():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DecisionDialog)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DecisionKind.GO_LIVE.value))
        QTest.keyClicks(dialog.rationale_edit, "Customers already ask for faster answers")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible()
        QTest.keyClicks(dialog.override_edit, "Board accepts the open items until March")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, go_live)
    decisions.record_button.click()
    assert uc.status == Status.OPERATION
    assert "Board accepts the open items until March" in decisions.details.text()
    assert "Board accepts the open items until March" in decisions.log.topLevelItem(0).toolTip(2)

    again = reopen(session, path).use_case(uc.uuid)
    assert again.status == Status.OPERATION
    assert again.decisions[0].readiness_override == "Board accepts the open items until March"
    assert next(i for i in again.checklist if i.uuid == item.uuid).state == ItemState.DONE
    assert len(again.cells) == len(uc.cells)

    # Undo everything: back to the empty workspace, every view follows.
    while session.undo.canUndo():
        session.undo.undo()
    assert session.workspace.use_cases == []
    assert [p.name for p in session.workspace.people] == ["Petra Roth"]
    assert raci.model.rowCount() == 0 and checklist.model.rowCount() == 0
    assert decisions.log.topLevelItemCount() == 0
    assert session.modified  # undo after save marks the file modified again
