"""The first hour: welcome page, the company page, the dashboard's pointers, starting again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from shell_support import type_text

from leitplanken.domain.model import BoardRole, Company, Person, Workspace
from leitplanken.i18n.translator import AppTranslator
from leitplanken.storage import WorkspaceFile
from leitplanken.ui.files.send_copy_dialog import copy_name
from leitplanken.ui.settings import app_settings, recent_files
from leitplanken.ui.settings.company_page import CompanyPage
from leitplanken.ui.settings.settings_dialog import SettingsDialog
from leitplanken.ui.shell import startup
from leitplanken.ui.shell.main_window import MainWindow
from leitplanken.ui.workspace.commands import SetFields
from leitplanken.ui.workspace.session import Session


def _no_command_line(*_args: object) -> None:
    """Start-up without a path or --demo never goes the command line's way."""
    raise AssertionError("opened as if a file was given")


def _when_modal(kind: type, act: Callable[[object], None]) -> None:
    """Runs `act` on the next modal dialog of `kind` as soon as it is open."""

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            act(modal)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def _start(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window started the way the app starts without arguments."""
    win = MainWindow()
    qtbot.addWidget(win)
    startup.start(win, None, False, _no_command_line)  # type: ignore[arg-type]
    win.show()
    qtbot.waitExposed(win)
    return win


def _fill_company_page(page: CompanyPage) -> None:
    """Types what an owner types: company, legal form, board and two members."""
    type_text(page.name, "Muster Haustechnik")
    type_text(page.legal_form, "AG")
    page.board_name.setCurrentIndex(0)
    names = [page.members.cellWidget(r, 0) for r in range(page.members.rowCount())]
    assert all(isinstance(n, QLineEdit) for n in names)
    type_text(names[0], "Regula Brunner")  # type: ignore[arg-type]
    type_text(names[1], "Jürg Käser")  # type: ignore[arg-type]
    type_text(page.me, "Regula Brunner")
    page.create_button.click()


def test_first_start_welcome_company_page_dashboard_and_settings(qtbot, app_names) -> None:
    """No last file: the welcome page; Create asks for the company; the dashboard names it."""
    win = _start(qtbot)
    assert win.session is None and win.stack.currentWidget() is win.welcome
    assert not win.sidebar.isVisible() and not win.ui.actions["save"].isEnabled()
    assert win.welcome.create_button.isVisible() and not win.welcome.notice.isVisible()
    _when_modal(CompanyPage, _fill_company_page)  # type: ignore[arg-type]
    qtbot.mouseClick(win.welcome.create_button, Qt.MouseButton.LeftButton)
    assert win.session is not None and win.current_page() == "dashboard"
    ws = win.session.workspace
    assert (ws.company.name, ws.company.legal_form) == ("Muster Haustechnik", "AG")
    assert ws.company.board_name == "Board of directors"
    seats = {next(p.name for p in ws.people if p.uuid == m.person_uuid): m.role for m in ws.board}
    assert seats == {"Regula Brunner": BoardRole.CHAIR, "Jürg Käser": BoardRole.MINUTE_TAKER}
    assert len(ws.people) == 2  # "I am" is one of the members: not a second Regula
    assert app_settings.my_name() == "Regula Brunner" == win.session.file.author
    assert win.windowTitle().startswith("Muster Haustechnik (not saved yet)")
    dash = win.pages["dashboard"]
    dash.refresh()
    assert "Muster Haustechnik" in dash.heading.text() and "Your company" not in dash.heading.text()
    assert not dash.missing.isVisible()  # company and board are there; no use case yet
    seen: list[list[str]] = []

    def look(dialog: object) -> None:
        assert isinstance(dialog, SettingsDialog)
        rows = []
        for r in range(dialog.board.rowCount()):
            person, role = dialog.board.cellWidget(r, 0), dialog.board.cellWidget(r, 1)
            assert isinstance(person, QComboBox) and isinstance(role, QComboBox)
            rows.append(f"{person.currentText()}: {role.currentText()}")
        seen.append(rows)
        dialog.reject()

    _when_modal(SettingsDialog, look)
    win.ui.actions["settings"].trigger()
    assert seen == [["Regula Brunner: Chair", "Jürg Käser: Minute-taker"]]
    win.session.close()


def test_later_creates_the_workspace_and_the_dashboard_points_at_what_is_missing(qtbot, app_names) -> None:
    """"Later" skips the page; the dashboard says the name and board are missing, with links."""
    win = _start(qtbot)
    _when_modal(CompanyPage, lambda page: page.later_button.click())  # type: ignore[attr-defined]
    win.ui.actions["new"].trigger()
    assert win.session is not None and win.session.workspace.company.name == ""
    dash = win.pages["dashboard"]
    dash.refresh()
    assert "Your company" not in dash.heading.text()
    text = dash.missing.text()
    assert dash.missing.isVisible() and "company name is missing" in text and "No board members" in text
    assert "does not know who you are" in text  # nobody chose "I am" on this computer yet
    focused: list[str] = []

    def look(dialog: object) -> None:
        assert isinstance(dialog, SettingsDialog)
        focused.append(QApplication.focusWidget().objectName() if QApplication.focusWidget() else "")
        type_text(dialog.name, "Muster AG")
        dialog.accept()

    _when_modal(SettingsDialog, look)
    dash.missing.linkActivated.emit("name")  # the "Add it" link
    assert win.session.workspace.company.name == "Muster AG"
    dash.refresh()
    assert "company name is missing" not in dash.missing.text() and "Muster AG" in dash.heading.text()
    win.session.close()


def test_cancel_on_the_company_page_creates_nothing(qtbot, app_names) -> None:
    """Cancel goes back to the welcome page."""
    win = _start(qtbot)
    _when_modal(CompanyPage, lambda page: page.reject())  # type: ignore[attr-defined]
    qtbot.mouseClick(win.welcome.create_button, Qt.MouseButton.LeftButton)
    assert win.session is None and win.stack.currentWidget() is win.welcome


def test_quit_and_start_again_opens_the_same_file_with_everything_in_it(qtbot, tmp_path: Path, app_names) -> None:
    """Yesterday's file comes back: the last file opened or saved opens at the next start."""
    path = tmp_path / "Muster.leitplanken"
    anna = Person(name="Anna Keller")
    WorkspaceFile.create(path, Workspace(company=Company(name="Muster AG"), people=[anna])).close()
    first = MainWindow()
    qtbot.addWidget(first)
    assert first.files.open_path(path, ask=False)
    person = first.session.workspace.people[0]
    first.session.undo.push(SetFields(first.session, person, {"function": "Geschäftsführerin"}))
    assert first.files.save()
    first.close()
    assert first.session.closed

    again = _start(qtbot)
    assert again.session is not None and Path(again.session.path) == path.resolve()
    assert again.session.workspace.company.name == "Muster AG"
    assert again.session.workspace.people[0].function == "Geschäftsführerin"
    assert again.current_page() == "dashboard" and again.sidebar.isVisible()
    again.session.close()


def test_a_last_file_that_is_gone_is_said_on_the_welcome_page(qtbot, tmp_path: Path, app_names) -> None:
    """A file on an unplugged stick: the welcome page names it; nothing opens empty."""
    path = tmp_path / "stick" / "Firma.leitplanken"
    path.parent.mkdir()
    WorkspaceFile.create(path, Workspace()).close()
    recent_files.remember(path)
    path.unlink()
    win = _start(qtbot)
    assert win.session is None and win.stack.currentWidget() is win.welcome
    assert win.welcome.notice.isVisible() and "Firma.leitplanken" in win.welcome.notice.text()


def test_a_last_file_that_cannot_be_opened_is_explained_and_welcome_offers_the_others(
        qtbot, tmp_path: Path, app_names) -> None:
    """A damaged last file: one sentence on the welcome page, the other recent files listed."""
    good = tmp_path / "Gut.leitplanken"
    WorkspaceFile.create(good, Workspace()).close()
    recent_files.remember(good)
    bad = tmp_path / "Kaputt.leitplanken"
    bad.write_bytes(b"not a workspace at all" * 100)
    recent_files.remember(bad)
    win = _start(qtbot)
    assert win.session is None and "Kaputt.leitplanken" in win.welcome.notice.text()
    assert [win.welcome.recent.item(i).toolTip() for i in range(win.welcome.recent.count())] == [
        str(bad.resolve()), str(good.resolve())]
    win.welcome.recent.itemActivated.emit(win.welcome.recent.item(1))  # Enter on "Gut"
    assert win.session is not None and Path(win.session.path) == good.resolve()
    win.session.close()


def test_the_demo_from_the_welcome_page_and_back_to_new(qtbot, app_names) -> None:
    """Look at the demo opens the made-up company; File → New asks before leaving changes."""
    win = _start(qtbot)
    qtbot.mouseClick(win.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert win.session is not None and win.session.workspace.use_cases
    assert win.session.path is None
    win.session.close()


@pytest.mark.parametrize(("company", "stem"), [("Muster AG", "Muster AG"), ("A/B: C", "A-B- C"),
                                                ("", "Workspace")])
def test_the_copy_of_an_untitled_workspace_is_named_for_the_company(
        tmp_path: Path, app_names, qapp, company: str, stem: str) -> None:
    """Send copy offers "Muster AG (copy)", never a fixed English "Workspace (Kopie)"."""
    wf = WorkspaceFile.create(None, Workspace(company=Company(name=company)))
    session = Session(wf)
    assert copy_name(session, AppTranslator()).name == f"{stem} (copy).leitplanken"
    session.close()
    saved = tmp_path / "Brunner 2026.leitplanken"
    WorkspaceFile.create(saved, Workspace(company=Company(name=company))).close()
    session = Session(WorkspaceFile.open(saved))
    assert copy_name(session, AppTranslator()) == saved.with_name("Brunner 2026 (copy).leitplanken")
    session.close()


def test_unsaved_changes_are_said_in_the_status_bar(window) -> None:  # type: ignore[no-untyped-def]
    """The title's "*" is easy to miss: the status bar says "unsaved changes" in words."""
    assert "unsaved changes" not in window.file_label.text()
    person = window.session.workspace.people[0]
    window.session.undo.push(SetFields(window.session, person, {"function": "Leitung"}))
    assert window.isWindowModified() and "unsaved changes" in window.file_label.text()
