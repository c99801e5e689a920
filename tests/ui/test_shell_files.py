"""Opening files from the window: bad files are explained, good ones remembered; font; settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from leitplanken.ui.settings import recent_files


def test_a_text_file_gets_a_clear_message_and_the_workspace_stays(window, error_boxes, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """No traceback: a translated message names the problem; the open workspace stays."""
    bogus = tmp_path / "notes.leitplanken"
    bogus.write_text("just some notes, not a workspace\n", encoding="utf-8")
    before = window.session
    assert not window.files.open_path(bogus, ask=False)
    assert window.session is before
    assert len(error_boxes) == 1 and "notes.leitplanken" in error_boxes[0]
    assert "Traceback" not in error_boxes[0]
    error_boxes.clear()


def test_opened_files_appear_under_open_recent(window, workspace_file: Path, tmp_path: Path) -> None:
    """Open puts the file on top of File → Open recent; a vanished file drops out."""
    from sample_workspace import small_workspace

    from leitplanken.storage import WorkspaceFile

    other = tmp_path / "zweite.leitplanken"
    WorkspaceFile.create(other, small_workspace()).close()
    assert window.files.open_path(other, ask=False)
    assert window.windowTitle().startswith("zweite.leitplanken")
    assert recent_files.recent_files()[0] == other.resolve()
    menu = window.ui.recent
    menu.rebuild()
    assert any("zweite.leitplanken" in a.text() for a in menu.actions())
    other.unlink()
    assert other.resolve() not in recent_files.recent_files()


def test_bundled_font_is_the_application_font(qapp) -> None:  # type: ignore[no-untyped-def]
    """Text renders on a machine without fonts: the bundled DejaVu Sans is registered and used."""
    from leitplanken.ui.shell.fonts import FAMILY, use_bundled_font

    use_bundled_font(qapp)
    assert QApplication.font().family() == FAMILY


def test_settings_language_switches_live_and_cancel_switches_back(window) -> None:
    """Choosing Deutsch retranslates the open window at once; Cancel returns to English."""
    from leitplanken.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.session, window)
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    QApplication.processEvents()
    assert window.ui.file_menu.title() == "&Datei"
    assert dialog.windowTitle() == "Einstellungen"
    dialog.reject()
    QApplication.processEvents()
    assert window.ui.file_menu.title() == "&File"
