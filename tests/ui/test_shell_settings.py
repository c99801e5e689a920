"""Settings: the board's members (new names become people), the next meeting, and "I am"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from shell_support import type_text

from leitplanken.domain.model import BoardRole
from leitplanken.storage import WorkspaceFile
from leitplanken.ui.settings import app_settings
from leitplanken.ui.settings.settings_dialog import SettingsDialog


def test_board_member_by_a_new_name_meeting_and_i_am_are_kept(window, qtbot, workspace_file: Path) -> None:  # type: ignore[no-untyped-def]
    """Typed into Settings, saved, reopened: the new member is a person with a seat."""
    session = window.session
    before = len(session.workspace.people)
    dialog = SettingsDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_member, Qt.MouseButton.LeftButton)
    row = dialog.board.rowCount() - 1
    person, role = dialog.board.cellWidget(row, 0), dialog.board.cellWidget(row, 1)
    assert isinstance(person, QComboBox) and isinstance(role, QComboBox)
    assert person.currentText() == ""  # a new seat starts empty, not with somebody's name
    type_text(person.lineEdit(), "Jürg Käser")  # type: ignore[arg-type]
    role.setCurrentIndex(role.findData(BoardRole.MEMBER.value))
    dialog.meeting_date.set_value(date(2026, 12, 16))
    type_text(dialog.meeting_time, "14:00")
    type_text(dialog.meeting_place, "Sitzungszimmer, Werkstrasse 12")
    dialog.me.setCurrentText("")
    type_text(dialog.me.lineEdit(), "Jürg Käser")  # type: ignore[arg-type]
    dialog.accept()
    ws = session.workspace
    assert len(ws.people) == before + 1
    newcomer = next(p for p in ws.people if p.name == "Jürg Käser")
    assert any(m.person_uuid == newcomer.uuid and m.role is BoardRole.MEMBER for m in ws.board)
    company = ws.company
    assert (company.meeting_date, company.meeting_time, company.meeting_place) == (
        date(2026, 12, 16), "14:00", "Sitzungszimmer, Werkstrasse 12")
    assert app_settings.my_name() == "Jürg Käser"
    window.session.undo.undo()  # one step takes all of it back, the new person too
    assert len(ws.people) == before and ws.company.meeting_time == ""
    window.session.undo.redo()
    assert window.files.save()
    with WorkspaceFile.open(workspace_file, read_only=True) as wf:
        saved = wf.load()
    assert any(p.name == "Jürg Käser" for p in saved.people)
    assert saved.company.meeting_place == "Sitzungszimmer, Werkstrasse 12"


def test_the_dashboard_link_opens_settings_at_the_board(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """"Add them" puts the cursor into a new seat: a chair first."""
    session = window.session
    for member in list(session.workspace.board):
        session.workspace.board.remove(member)
    dialog = SettingsDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.focus_section("board")
    assert dialog.board.rowCount() == 1
    role = dialog.board.cellWidget(0, 1)
    assert isinstance(role, QComboBox) and role.currentData() == BoardRole.CHAIR.value
    dialog.reject()
