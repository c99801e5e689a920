"""The first hour of an owner, in Swiss German, through the real widgets, counting every action.

Start the app for the very first time, create the company's workspace (company, legal form,
the Verwaltungsrat with its chair and minute-taker, "I am" completed from them), a first use
case through the guided start with an external provider (who gets two letters in the
matrix), two checklist items ticked done and a due date typed, a "start pilot" decision, the
motion for the board, save under a typed name, quit with Ctrl+Q; start again on the same file with everything in it, export
the decision record and read it. Every click, shortcut and typed field counts as one action:
the whole hour must take at most 40.
"""

from __future__ import annotations

import gc
import os
import re
import shutil
from pathlib import Path

import pytest
from owner_support import Owner, file_name_field, pdf_text, qt_file_dialog
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget, QWizard

from leitplanken.app import first_session
from leitplanken.domain.model import BoardRole, DecisionKind, ItemState, Letter, Status
from leitplanken.ui.editor.checklist_model import DUE, ITEM_ROLE, TITLE
from leitplanken.ui.editor.decision_dialog import DecisionDialog
from leitplanken.ui.editor.wizard import FirstUseCaseWizard
from leitplanken.ui.export.export_dialog import ExportDialog
from leitplanken.ui.export.export_done import ExportedBox
from leitplanken.ui.settings import app_settings
from leitplanken.ui.settings.company_page import CompanyPage
from leitplanken.ui.settings.language import apply_language
from leitplanken.ui.shell import startup
from leitplanken.ui.shell.main_window import MainWindow

#: The most actions the first hour may take (the issue's measure of "without stumbling").
MOST_ACTIONS = 40

COMPANY = "Muster Haustechnik"
LEGAL_FORM = "AG"
CHAIR, MINUTES = "Regula Brunner", "Jürg Käser"
TITLE_TEXT = "Reklamationen automatisch kategorisieren und innert zwei Stunden beantworten"
PROBLEM = ("Reklamationen per E-Mail bleiben bis zu drei Tage liegen, weil niemand sie sortiert; "
           "die KI ordnet sie Kategorien zu und schlägt eine Antwort vor")
RELIEF = "Kundinnen und Kunden erhalten innert zwei Stunden eine klare Antwort"
BOUNDARY = "Gutschriften, Kulanz und Beschwerden über Mitarbeitende bleiben bei einem Menschen"
CHECKER = "Sandra Meier"
PROVIDER, PROVIDER_FIRM = "Petra Roth", "KI Partner GmbH"
DUE_TYPED, DUE_SHOWN = "15.12.2026", "15.12.2026"
MOTION = ("Der Verwaltungsrat genehmigt den Pilot der automatischen Reklamationsbearbeitung "
          "bis 31.03.2027; Regula Brunner verantwortet ihn und berichtet an der nächsten Sitzung")
FILE_STEM = "Haustechnik KI"


def _shots(tmp_path: Path) -> Path:
    """Where the screenshots go: $OWNER_SHOTS when set (to look at them), else the test's folder."""
    return Path(os.environ.get("OWNER_SHOTS") or tmp_path / "shots")


@pytest.fixture
def started(qtbot):  # type: ignore[no-untyped-def]
    """The windows started; a failed step leaves no "unsaved changes?" box waiting at the end."""
    windows: list[MainWindow] = []
    yield windows
    for win in windows:
        if win.session is not None:
            win.session.close()  # nothing unsaved any more: closing asks nothing
        win.close()
        win.deleteLater()


def _start(qtbot, started: list[MainWindow]) -> MainWindow:  # type: ignore[no-untyped-def]
    """The app as it starts without arguments: the last file, or the welcome page."""
    win = MainWindow()
    started.append(win)  # not qtbot.addWidget: its close would ask about unsaved changes
    startup.start(win, None, False, first_session)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def _end_process(started: list[MainWindow], win: MainWindow) -> None:
    """What the end of the app's process does to a closed window: nothing of it is left.

    Starting again is a new process; here it is the same one, so the closed window, its
    dialogs and their Python wrappers are deleted and collected now, not at some moment
    while the next window's export runs on its worker thread.
    """
    started.remove(win)
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _is(kind: type):  # type: ignore[no-untyped-def]
    """Matches a modal dialog (or popup) of a kind."""
    return lambda widget: isinstance(widget, kind)


def _cells(view, model, parent, column: int):  # type: ignore[no-untyped-def]
    """The indexes of a column for every item under a category row."""
    return [model.index(r, column, parent) for r in range(model.rowCount(parent))]


@pytest.fixture
def swiss(app_names):  # type: ignore[no-untyped-def]
    """The interface in Swiss German, as chosen in Settings; English again afterwards."""
    app_settings.put(app_settings.LANGUAGE, "de_CH")
    apply_language(app_settings.get(app_settings.LANGUAGE))
    yield
    apply_language("en")


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_first_hour_in_swiss_german_takes_at_most_40_actions(qtbot, tmp_path, swiss, started,
                                                                  monkeypatch) -> None:
    owner = Owner(qtbot, _shots(tmp_path))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(qt_file_dialog))
    monkeypatch.setattr("leitplanken.ui.export.export_done.open_file", lambda path: True)
    home = tmp_path / "Dokumente"
    home.mkdir()
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))

    # -- the very first start: the welcome page ----------------------------------------------
    win = _start(qtbot, started)
    assert win.session is None and win.stack.currentWidget() is win.welcome
    owner.shot(win, "welcome")

    # -- create my company's workspace: the company page -------------------------------------
    def company_page(page: CompanyPage) -> None:
        owner.shot(page, "company-page")
        owner.type_into(page.name, COMPANY, "company name")
        owner.type_into(page.legal_form, LEGAL_FORM, "legal form")
        seats = [page.members.cellWidget(r, 0) for r in range(page.members.rowCount())]
        assert all(isinstance(s, QLineEdit) for s in seats[:2])
        owner.type_into(seats[0], CHAIR, "chair's name")
        owner.type_into(seats[1], MINUTES, "minute-taker's name")
        owner.type_into(page.me.lineEdit(), CHAIR[:3], "I am: the first letters of my name")
        assert page.answers().me == CHAIR  # completed from the board members just typed
        owner.shot(page, "company-page-filled")
        owner.click(page.create_button, "Create workspace")

    owner.when_modal(_is(CompanyPage), company_page)
    owner.click(win.welcome.create_button, "Create my company's workspace")
    owner.check()
    assert win.session is not None and win.current_page() == "dashboard"
    ws = win.session.workspace
    assert (ws.company.name, ws.company.legal_form) == (COMPANY, LEGAL_FORM)
    assert ws.company.board_name == "Verwaltungsrat"  # the first suggestion, in Swiss German
    seats = {ws.person(m.person_uuid).name: m.role for m in ws.board}
    assert seats == {CHAIR: BoardRole.CHAIR, MINUTES: BoardRole.MINUTE_TAKER}
    owner.shot(win, "dashboard-empty")

    # -- the guided start for the first use case ---------------------------------------------
    dash = win.pages["dashboard"]

    def guided_start(wizard: FirstUseCaseWizard) -> None:
        questions = wizard.questions
        owner.shot(wizard, "guided-start-1")
        owner.type_into(questions.title_edit, TITLE_TEXT, "title")
        owner.type_into(questions.problem_edit, PROBLEM, "concrete problem")
        owner.type_into(questions.customers_edit, RELIEF, "relief for customers")
        owner.shot(wizard, "guided-start-1-filled")
        owner.click(wizard.button(QWizard.WizardButton.NextButton), "Next")
        owner.type_into(wizard.boundary.boundary_edit, BOUNDARY, "boundary")
        owner.shot(wizard, "guided-start-2-filled")
        owner.click(wizard.button(QWizard.WizardButton.NextButton), "Next")
        roles = wizard.roles
        owner.type_into(roles.checks.lineEdit(), CHECKER, "who checks")
        assert roles.intervenes.name() == CHECKER  # offered: who checks also intervenes
        owner.type_into(roles.answers.lineEdit(), CHAIR, "who answers for it")
        owner.type_into(roles.provider_name, PROVIDER, "external provider's name")
        owner.type_into(roles.provider_firm, PROVIDER_FIRM, "external provider's firm")
        owner.shot(wizard, "guided-start-3-filled")
        owner.click(wizard.button(QWizard.WizardButton.FinishButton), "Finish")

    owner.when_modal(_is(FirstUseCaseWizard), guided_start)
    owner.click(dash.start_button, "start the first use case")
    owner.check()
    [uc] = ws.use_cases
    assert uc.title == TITLE_TEXT and uc.problem == PROBLEM and uc.boundary == BOUNDARY
    assert win.current_page() == "editor"
    editor = win.editor
    owner.shot(win, "editor-overview")

    # -- the external provider got its letters from the guided start -------------------------
    raci = editor.pages["raci"]
    provider = next(p for p in ws.people if p.name == PROVIDER)
    assert not provider.internal and provider.organisation == PROVIDER_FIRM
    column = raci.model.column_of(provider.uuid)
    assert column > 0
    by_key = {raci.model.activity_at(r).catalogue_key: r for r in range(raci.model.rowCount())}
    editor.tabs.setCurrentWidget(raci)  # only to look at it: not an action of the owner
    raci.view.setCurrentIndex(raci.model.index(by_key["run_integration"], column))  # her load shows
    owner.shot(win, "raci-filled")
    for text in (raci.legend, raci.load_label):  # legend and load whole at 1,024 × 700, not cut off
        assert text.visibleRegion().boundingRect().height() >= text.heightForWidth(text.width()), text.text()
    held = {(raci.model.activity_at(by_key[k]).catalogue_key, c.letter)
            for c in uc.cells if c.person_uuid == provider.uuid
            for k in by_key if raci.model.activity_at(by_key[k]).uuid == c.activity_uuid}
    assert held == {("data_protection", Letter.C), ("run_integration", Letter.R)}
    assert not [f for f in raci.model.findings() if f.is_error], raci.model.findings()

    # -- the checklist: two items done with a click on the tick, a due date typed ------------
    editor.tabs.setCurrentIndex(0)  # back where the guided start left the owner
    checklist = editor.pages["checklist"]
    owner.click_tab(editor.tabs, checklist, "Integration checklist")
    owner.shot(win, "checklist")
    model, view = checklist.model, checklist.view
    first = model.index(0, 0)
    titles = _cells(view, model, first, TITLE)
    assert len(titles) >= 3
    for index in titles[:2]:
        owner.tick(view, index, "an item done")
    owner.shot(win, "checklist-ticked")
    dues = _cells(view, model, first, DUE)
    owner.click_cell(view, dues[2], "the due date of the third item")
    owner.type_here(DUE_TYPED, "due date")
    owner.shot(win, "checklist-due-typed")

    # -- the decision: start the pilot (leaving the checklist keeps the date typed) ----------
    decisions = editor.pages["decisions"]
    owner.click_tab(editor.tabs, decisions, "Decisions")
    items = [model.data(i, ITEM_ROLE) for i in titles[:3]]
    assert [i.state for i in items[:2]] == [ItemState.DONE, ItemState.DONE]
    assert items[2].due_date is not None and items[2].due_date.isoformat() == "2026-12-15"
    assert all(i.enabled for i in items)  # the tick never switches an item off

    def decide(dialog: DecisionDialog) -> None:
        owner.shot(dialog, "decision")
        assert QApplication.focusWidget() is dialog.kind_combo
        owner.key(Qt.Key.Key_Down, "Down to the next kind")
        assert dialog.kind() == DecisionKind.START_PILOT, dialog.kind()
        owner.shot(dialog, "decision-start-pilot")
        owner.click(dialog.buttons.button(dialog.buttons.StandardButton.Ok), "Record")

    owner.when_modal(_is(DecisionDialog), decide)
    owner.click(decisions.record_button, "Record decision…")
    owner.check()
    assert uc.status == Status.PILOT and [d.kind for d in uc.decisions] == [DecisionKind.START_PILOT]
    owner.shot(win, "decisions")

    # -- the motion for the board ------------------------------------------------------------
    board = editor.pages["board"]
    owner.click_tab(editor.tabs, board, "For the board")
    owner.type_into(board.fields["motion"], MOTION, "motion")
    owner.shot(win, "board")

    # -- save under a typed name, quit -------------------------------------------------------
    def save_as(dialog: QWidget) -> None:
        owner.shot(dialog, "save-dialog")
        field = file_name_field(dialog)
        owner.type_into(field, FILE_STEM, "file name", replace=True)
        owner.key(Qt.Key.Key_Return, "Enter", widget=field)

    owner.when_modal(lambda w: w.objectName() == "save-file-dialog", save_as)
    owner.key(Qt.Key.Key_S, "Ctrl+S", Qt.KeyboardModifier.ControlModifier, widget=win)
    owner.check()
    saved = home / f"{FILE_STEM}.leitplanken"
    assert win.session.path is not None and Path(win.session.path) == saved.resolve()
    assert not win.session.modified
    owner.shot(win, "saved")
    quit_action = win.findChild(QAction, "action-quit")
    assert quit_action is not None and quit_action.shortcut().toString() == "Ctrl+Q"  # on Windows too
    owner.key(Qt.Key.Key_Q, "Ctrl+Q (File → Quit)", Qt.KeyboardModifier.ControlModifier, widget=win)
    assert not win.isVisible() and win.session.closed
    _end_process(started, win)

    # -- start again: the same file, with everything in it -----------------------------------
    again = _start(qtbot, started)
    assert again.session is not None and Path(again.session.path) == saved.resolve()
    ws2 = again.session.workspace
    assert ws2.company.name == COMPANY and ws2.company.board_name == "Verwaltungsrat"
    [uc2] = ws2.use_cases
    assert uc2.title == TITLE_TEXT and uc2.motion == MOTION and uc2.status == Status.PILOT
    assert {p.name for p in ws2.people} == {CHAIR, MINUTES, CHECKER, PROVIDER}
    assert sum(1 for i in uc2.checklist if i.state == ItemState.DONE) == 2
    assert any(i.due_date is not None and i.due_date.isoformat() == "2026-12-15" for i in uc2.checklist)
    owner.shot(again, "started-again")

    # -- export the decision record ----------------------------------------------------------
    exported: list[Path] = []

    def accept_pdf_name(dialog: QWidget) -> None:
        owner.shot(dialog, "export-file-dialog")
        owner.key(Qt.Key.Key_Return, "Enter (the suggested name)", widget=file_name_field(dialog))

    def export(dialog: ExportDialog) -> None:
        owner.shot(dialog, "export-dialog")
        dialog.exported.connect(exported.append)
        owner.when_modal(lambda w: w.objectName() == "save-file-dialog", accept_pdf_name)
        owner.click(dialog.export_button, "Export…")
        # the record is written on a worker thread and the dialog closes when it is done;
        # should that never happen, the test fails on `exported` instead of waiting forever
        QTimer.singleShot(60_000, dialog.reject)

    owner.when_modal(_is(ExportDialog), export)
    owner.key(Qt.Key.Key_E, "Ctrl+E", Qt.KeyboardModifier.ControlModifier, widget=again)
    owner.check()
    assert exported, "no decision record was written"
    qtbot.waitUntil(lambda: any(isinstance(w, ExportedBox) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ExportedBox) and w.isVisible())
    owner.shot(box, "export-finished")
    assert exported[0].name in box.text().replace("\n", "")  # says where the record went
    if os.environ.get("OWNER_SHOTS"):
        shutil.copy(exported[0], owner.shots / "record.pdf")

    print(f"\nThe first hour took {owner.count} actions:\n  " + "\n  ".join(owner.log))
    text = " ".join(pdf_text(exported[0].read_bytes()).split())
    unbroken = re.sub(r"-\s", "", text)
    for expected in (COMPANY, "Verwaltungsrat", CHAIR, MINUTES, TITLE_TEXT, MOTION):
        assert expected in text or expected in unbroken, f"{expected!r} not in the record"
    assert owner.count <= MOST_ACTIONS, f"{owner.count} actions:\n" + "\n".join(owner.log)
    again.session.close()
