"""The CX check: rate the three questions, write notes, set response target and fallback."""

from __future__ import annotations

from editor_support import open_session, reopen, sample_workspace, show_in_window, type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from leitplanken.domain.model import CxQuestion, CxRating
from leitplanken.ui.editor.cx_tab import CxTab


def test_rate_note_target_fallback_and_reopen(qtbot, tmp_path):
    path = tmp_path / "cx.leitplanken"
    session = open_session(path, sample_workspace())
    tab = CxTab(session)
    show_in_window(qtbot, tab)
    uc = session.workspace.use_cases[0]
    uc_uuid = uc.uuid
    tab.set_use_case(uc_uuid)
    assert "two hours" in tab.intro.text()
    box = tab.boxes[CxQuestion.COHERENT]
    assert box.title() == "Does it feel coherent to the customer?"
    # Keyboard: focus the combo, move down to "Yes" and confirm.
    box.rating.setFocus()
    box.rating.setCurrentIndex(box.rating.findData(CxRating.YES.value))
    box.rating.activated.emit(box.rating.currentIndex())
    assert uc.cx_answer(CxQuestion.COHERENT).rating == CxRating.YES
    assert session.undo.undoText() == "Rate CX question"
    box.note.setFocus()
    type_text(box.note, "Tone fits; grüezi works")
    box.note.commit()
    assert uc.cx_answer(CxQuestion.COHERENT).note == "Tone fits; grüezi works"
    tab.response_edit.setFocus()
    QTest.keyClicks(tab.response_edit, "Clear answer within 2 hours")
    QTest.keyClick(tab.response_edit, Qt.Key.Key_Return)
    assert uc.response_target == "Clear answer within 2 hours"
    tab.fallback_edit.setFocus()
    QTest.keyClicks(tab.fallback_edit, "Service inbox")
    session.flush()  # Save commits text still being typed
    assert uc.fallback == "Service inbox"
    ws = reopen(session, path)
    again = ws.use_case(uc_uuid)
    assert again.cx_answer(CxQuestion.COHERENT).rating == CxRating.YES
    assert again.cx_answer(CxQuestion.COHERENT).note == "Tone fits; grüezi works"
    assert (again.response_target, again.fallback) == ("Clear answer within 2 hours", "Service inbox")
    # Undo everything, step by step; the form follows.
    while session.undo.canUndo():
        session.undo.undo()
    assert uc.cx_answer(CxQuestion.COHERENT) is None
    assert box.rating.currentData() == CxRating.NOT_RATED.value
    assert tab.response_edit.text() == "" and uc.fallback == ""


def test_switching_use_case_keeps_text_being_typed(qtbot, tmp_path):
    session = open_session(tmp_path / "cx2.leitplanken", sample_workspace())
    tab = CxTab(session)
    show_in_window(qtbot, tab)
    uc = session.workspace.use_cases[0]
    tab.set_use_case(uc.uuid)
    box = tab.boxes[CxQuestion.RESPONSIBILITY]
    box.note.setFocus()
    QTest.keyClicks(box.note, "Every reply is signed by a person")
    assert box.note.pending()
    tab.set_use_case(None)
    assert uc.cx_answer(CxQuestion.RESPONSIBILITY).note == "Every reply is signed by a person"
    assert not tab.isEnabled()
