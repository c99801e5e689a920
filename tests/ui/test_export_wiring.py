"""File → Export decision record… inside the window: the dialog's fix buttons open the right place."""

from __future__ import annotations

from PySide6.QtCore import Qt


def _lacking(window) -> str:
    """Leaves the company without a name and puts a use case for decision without a motion."""
    from leitplanken.domain.model import AgendaKind

    ws = window.session.workspace
    ws.company.name = ""
    uc = next(u for u in ws.use_cases if u.status != "stopped")
    uc.motion = ""
    uc.agenda = AgendaKind.DECISION
    return uc.uuid


def test_company_fix_opens_settings_at_the_name(qtbot, window, monkeypatch) -> None:
    """"Open company settings" opens Settings with the cursor in the company's name."""
    from leitplanken.ui.export import export_dialog
    from leitplanken.ui.settings import settings_dialog

    _lacking(window)
    shown: list[object] = []
    focus = settings_dialog.SettingsDialog.focus_section

    def focus_section(dialog, section: str) -> None:
        shown.append(section)
        focus(dialog, section)

    def settings_exec(dialog) -> int:
        shown.append(True)
        return 0

    def export_exec(dialog) -> int:
        first = dialog.problems.buttons[0]  # the company's name comes first
        assert first.text() == "Open company settings"
        qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", settings_exec)
    monkeypatch.setattr(settings_dialog.SettingsDialog, "focus_section", focus_section)
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", export_exec)
    window.export_pdf()
    assert shown == ["name", True]  # focused on the name, then shown


def test_motion_fix_opens_the_use_case_for_the_board(qtbot, window, monkeypatch) -> None:
    """"Write the motion" closes the dialog and opens that use case's "For the board" tab."""
    from leitplanken.ui.export import export_dialog

    uuid = _lacking(window)
    closed: list[bool] = []

    def export_exec(dialog) -> int:
        dialog.show()
        buttons = {b.text(): b for b in dialog.problems.buttons}
        qtbot.mouseClick(buttons["Write the motion"], Qt.MouseButton.LeftButton)
        closed.append(not dialog.isVisible())
        return 0

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", export_exec)
    window.export_pdf()
    assert closed == [True]
    assert window.current_page() == "editor"
    assert window.editor.use_case_uuid == uuid
    if "board" in window.editor.pages:  # the tab of this build that edits the motion
        assert window.editor.current_tab() == "board"
