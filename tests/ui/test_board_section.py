"""The use case's "For the board" section typed as a preparer does: saved, reopened, undone."""

from __future__ import annotations

from datetime import date

import pytest
from editor_support import TODAY, open_session, reopen, sample_workspace, show_in_window, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from leitplanken.domain.model import AgendaKind, Status
from leitplanken.domain.motions import default_options
from leitplanken.i18n.labels import mnemonic_letters, without_mnemonic
from leitplanken.i18n.motion_labels import option_label
from leitplanken.i18n.translator import AppTranslator
from leitplanken.ui.editor.use_case_editor import UseCaseEditor


def _editor(qtbot, path, status=Status.PILOT, created=date(2026, 6, 1)):
    ws = sample_workspace()
    ws.use_cases[0].status = status
    ws.use_cases[0].created_on = created
    session = open_session(path, ws)
    editor = UseCaseEditor(session)
    show_in_window(qtbot, editor, 1024, 700)
    uc = session.workspace.use_cases[0]
    editor.set_use_case(uc.uuid)
    return session, editor, uc


def test_motion_typed_is_saved_reopened_and_undone(qtbot, tmp_path):
    path = tmp_path / "b.leitplanken"
    session, editor, uc = _editor(qtbot, path)
    editor.show_board_section()
    board = editor.pages["board"]
    assert editor.current_tab() == "board"
    motion = board.fields["motion"]
    qtbot.waitUntil(motion.hasFocus)
    assert board.agenda_now.text().startswith("Automatic means now: For decision")  # pilot trap
    type_text(motion, "The board approves going live with Anna Keller accountable.")
    QTest.keyClick(motion, Qt.Key.Key_Tab)  # leaving the field hands the text over
    assert uc.motion == "The board approves going live with Anna Keller accountable."
    assert session.undo.undoText() == "Edit Motion for the board"
    reason = board.fields["recommendation_reason"]
    reason.setFocus()
    type_text(reason, "Success criteria met")
    conditions = board.fields["conditions"]
    conditions.setFocus()  # focus out of the reason commits it
    type_text(conditions, "Weekly sample of ten answers")
    board.fields["agenda"].setFocus()
    combo = board.fields["agenda"]
    combo.setCurrentIndex(combo.findData(AgendaKind.INFORMATION.value))
    combo.activated.emit(combo.currentIndex())
    assert uc.agenda == AgendaKind.INFORMATION
    assert "For information" in board.agenda_now.text()
    ws = reopen(session, path)
    again = ws.use_cases[0]
    assert again.motion == "The board approves going live with Anna Keller accountable."
    assert (again.recommendation_reason, again.conditions) == (
        "Success criteria met", "Weekly sample of ten answers")
    assert again.agenda == AgendaKind.INFORMATION
    for _ in range(3):
        session.undo.undo()
    assert uc.motion == "The board approves going live with Anna Keller accountable."
    session.undo.undo()
    assert uc.motion == "" and motion.toPlainText() == ""


@pytest.mark.parametrize("status", list(Status))
def test_suggest_options_per_status_and_recommend_one(qtbot, tmp_path, status):
    session, editor, uc = _editor(qtbot, tmp_path / "o.leitplanken", status)
    editor.show_tab("board")
    board = editor.pages["board"]
    QTest.mouseClick(board.suggest_button, Qt.MouseButton.LeftButton)
    expected = [option_label(o, AppTranslator()) for o in default_options(status)]
    assert uc.motion_options.splitlines() == expected
    assert board.fields["motion_options"].toPlainText().splitlines() == expected
    combo = board.fields["recommendation"]
    assert [combo.itemText(i) for i in range(combo.count())] == expected
    combo.setCurrentIndex(len(expected) - 1)
    combo.activated.emit(len(expected) - 1)
    assert uc.recommendation == expected[-1]
    session.undo.undo()
    session.undo.undo()
    assert uc.motion_options == "" and uc.recommendation == ""


def test_own_options_replaced_by_suggestion_are_said_and_undoable(qtbot, tmp_path):
    session, editor, uc = _editor(qtbot, tmp_path / "r.leitplanken", Status.IDEA)
    board = editor.pages["board"]
    editor.show_tab("board")
    options = board.fields["motion_options"]
    options.setFocus()
    type_text(options, "Buy the tool")
    QTest.keyClick(options, Qt.Key.Key_Return)
    type_text(options, "Wait a year")
    QTest.mouseClick(board.suggest_button, Qt.MouseButton.LeftButton)
    assert "replaced" in board.message.text() and board.message.isVisible()
    session.undo.undo()
    assert uc.motion_options == "Buy the tool\nWait a year"
    recommendation = board.fields["recommendation"]
    assert recommendation.findText("Wait a year") >= 0
    recommendation.lineEdit().setFocus()
    recommendation.lineEdit().selectAll()
    type_text(recommendation.lineEdit(), "Something else")
    QTest.keyClick(recommendation.lineEdit(), Qt.Key.Key_Return)
    assert uc.recommendation == "Something else"
    assert "not one of the options" in board.recommendation_hint.text()


def test_pilot_trap_banner_points_at_the_board_section(qtbot, tmp_path):
    session, editor, uc = _editor(qtbot, tmp_path / "p.leitplanken")
    assert editor.trap_banner.isVisible()
    days = (TODAY - date(2026, 6, 1)).days
    assert f"{days} days" in editor.trap_text.text()
    QTest.mouseClick(editor.trap_button, Qt.MouseButton.LeftButton)
    assert editor.current_tab() == "board"
    # an idea is no pilot: no banner
    session2, editor2, _uc2 = _editor(qtbot, tmp_path / "q.leitplanken", Status.IDEA)
    assert not editor2.trap_banner.isVisible()


def test_status_shown_once_and_another_use_case_starts_at_the_top(qtbot, tmp_path):
    session, editor, uc = _editor(qtbot, tmp_path / "s.leitplanken")
    overview = editor.pages["overview"]
    assert "status" not in overview.fields
    assert editor.status.text() == "Pilot"
    from leitplanken.domain.model import UseCase
    from leitplanken.ui.workspace import edits

    other = UseCase(title="Second", created_on=TODAY)
    edits.add_records(session, [other], "Add")
    editor.resize(1024, 400)
    bar = overview.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    editor.set_use_case(other.uuid)
    assert bar.value() == 0


def test_the_board_is_named_as_the_company_calls_it_and_the_agenda_hint_follows_the_typing(qtbot, tmp_path):
    ws = sample_workspace()
    ws.company.board_name = "Advisory Council"
    ws.use_cases[0].status = Status.EVALUATION
    session = open_session(tmp_path / "n.leitplanken", ws)
    editor = UseCaseEditor(session)
    show_in_window(qtbot, editor, 1024, 700)
    uc = session.workspace.use_cases[0]
    editor.set_use_case(uc.uuid)
    board = editor.pages["board"]
    title = editor.tabs.tabText(editor.tabs.indexOf(board))
    assert without_mnemonic(title) == "For the Advisory Council"
    others = [editor.tabs.tabText(i) for i in range(editor.tabs.count()) if editor.tabs.widget(i) is not board]
    others += [label.text() for label in board.labels.values()] + [board.suggest_button.text()]
    assert mnemonic_letters([title])[0] not in mnemonic_letters(others)  # Alt+letter of its own
    assert board.intro.text().startswith("What the Advisory Council is asked to decide")
    assert board.labels["motion"].text() == "&Motion for the Advisory Council:"
    editor.show_board_section()
    motion = board.fields["motion"]
    qtbot.waitUntil(motion.hasFocus)
    assert "no motion is written yet" in board.agenda_now.text()
    type_text(motion, "The council approves the pilot.")
    assert uc.motion == ""  # not handed over yet (the pause or leaving the field does)
    assert "For decision, because a motion is written" in board.agenda_now.text()
    session.workspace.company.board_name = "Supervisory Board"
    session.changed.emit("company", "")
    assert without_mnemonic(editor.tabs.tabText(editor.tabs.indexOf(board))) == "For the Supervisory Board"
