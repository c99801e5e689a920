"""The decision log: record, refuse go-live without a reason, correct by a new entry, navigate."""

from __future__ import annotations

from datetime import date

import pytest
from editor_support import open_session, reopen, sample_workspace, show_in_window
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leitplanken.domain.model import DecisionKind, Status
from leitplanken.ui.editor.decision_dialog import DecisionDialog
from leitplanken.ui.editor.decisions_tab import KIND, DecisionsTab


def _tab(qtbot, path):
    session = open_session(path, sample_workspace())
    tab = DecisionsTab(session)
    show_in_window(qtbot, tab)
    uc = session.workspace.use_cases[0]
    tab.set_use_case(uc.uuid)
    return session, tab, uc


def _in_dialog(action):
    """Runs `action(dialog)` on the modal dialog once it is open."""
    def run():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DecisionDialog)
        action(dialog)
    QTimer.singleShot(0, run)


def _ok(dialog):
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_go_live_needs_reason_and_correction_is_new_entry(qtbot, tmp_path):
    path = tmp_path / "d.leitplanken"
    session, tab, uc = _tab(qtbot, path)
    assert tab.readiness.gaps.count() > 0  # the sample is far from ready
    seen = {}

    def go_live(dialog):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DecisionKind.GO_LIVE.value))
        assert dialog.override_edit.isVisible() and "Still missing" in dialog.gaps_label.text()
        assert "Pilot → Regular operation" in dialog.status_line.text()
        QTest.keyClicks(dialog.rationale_edit, "Pilot answered 400 enquiries well")
        QTest.keyClicks(dialog.deciders_edit, "Management board")
        _ok(dialog)
        seen["refused"] = dialog.isVisible() and "reason" in dialog.message.text()
        QTest.keyClicks(dialog.override_edit, "Open items due by the next review")
        dialog.review_edit.setDate(QDate(2027, 2, 1))
        _ok(dialog)

    _in_dialog(go_live)
    tab.record_button.click()
    assert seen["refused"]
    assert uc.status == Status.OPERATION
    assert tab.log.topLevelItemCount() == 1
    assert "Open items due by the next review" in tab.details.text()
    assert session.undo.undoText() == "Record decision: Go live (regular operation)"
    first = uc.decisions[0]
    assert first.readiness_override == "Open items due by the next review"

    def correct(dialog):
        assert "corrects the entry" in dialog.correction_note.text()
        assert dialog.rationale_edit.toPlainText() == "Pilot answered 400 enquiries well"
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DecisionKind.EXTEND_PILOT.value))
        _ok(dialog)  # extending needs the pilot status: refused with words
        seen["extend"] = dialog.message.text()
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DecisionKind.PAUSE.value))
        dialog.rationale_edit.setPlainText("Recorded the wrong kind: the board paused it")
        _ok(dialog)

    _in_dialog(correct)
    tab.correct_button.click()
    assert seen["extend"]
    assert len(uc.decisions) == 2 and uc.status == Status.PAUSED
    assert first.kind == DecisionKind.GO_LIVE  # the old entry is untouched
    assert uc.decisions[1].corrects_uuid == first.uuid
    texts = [tab.log.topLevelItem(i).text(KIND) for i in range(2)]
    assert texts[0].endswith("(corrected)") and texts[1].startswith("Correction: ")
    ws = reopen(session, path)
    again = ws.use_cases[0]
    assert again.status == Status.PAUSED
    assert {d.readiness_override for d in again.decisions} >= {"Open items due by the next review"}
    assert next(d for d in again.decisions if d.corrects_uuid).corrects_uuid == first.uuid
    session.undo.undo()
    session.undo.undo()
    assert uc.decisions == [] and uc.status == Status.PILOT
    assert tab.log.topLevelItemCount() == 0


def test_readiness_links_navigate(qtbot, tmp_path):
    session, tab, uc = _tab(qtbot, tmp_path / "r.leitplanken")
    targets = []
    tab.navigate.connect(lambda t, p: targets.append((t, p)))
    gaps = tab.readiness.gaps
    assert gaps.count() == len(tab.readiness.missing())
    rect = gaps.visualItemRect(gaps.item(0))
    QTest.mouseClick(gaps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert targets and targets[0][0] in {"overview", "raci", "checklist", "cx"}
    raci = [i for i in range(gaps.count())
            if tab.readiness.gaps.item(i).data(Qt.ItemDataRole.UserRole + 1)[0] == "raci"]
    assert raci, "the invalid RACI (two A's on data protection) is a readiness gap"
    gaps.setCurrentRow(raci[0])
    gaps.setFocus()
    QTest.keyClick(gaps, Qt.Key.Key_Return)
    tab_name, params = targets[-1]
    assert tab_name == "raci" and params.get("activity_uuid")
    assert date(2026, 11, 25) == session.today()


def test_decided_by_starts_with_the_boards_name(qtbot, tmp_path):
    ws = sample_workspace()
    ws.company.board_name = "Verwaltungsrat"
    session = open_session(tmp_path / "b.leitplanken", ws)
    tab = DecisionsTab(session)
    show_in_window(qtbot, tab)
    uc = session.workspace.use_cases[0]
    tab.set_use_case(uc.uuid)
    seen = {}

    def extend(dialog):
        seen["deciders"] = dialog.deciders_edit.text()
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(DecisionKind.EXTEND_PILOT.value))
        _ok(dialog)

    _in_dialog(extend)
    tab.record_button.click()
    assert seen["deciders"] == "Verwaltungsrat"
    assert [d.deciders for d in uc.decisions] == ["Verwaltungsrat"]
