"""Shared set-up for the use-case editor tests: a small company, a session on a real file.

Imported by the test_raci*/test_checklist*/… modules (tests/ui is on sys.path for them).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from leitplanken.domain.model import (
    Company,
    Letter,
    Person,
    RaciActivity,
    RaciCell,
    RaciMember,
    Status,
    System,
    UseCase,
    Workspace,
)

TODAY = date(2026, 11, 25)


def sample_workspace(language: str = "en") -> Workspace:
    """A company with three people (one external), two systems and one use case in pilot."""
    company = Company(name="Muster AG", locale="de_CH" if language != "en" else "en_GB",
                      language=language)
    anna = Person(name="Anna Keller", function="Head of service")
    urs = Person(name="Urs Meier", function="Managing director")
    petra = Person(name="Petra Roth", function="Consultant", internal=False,
                   organisation="KI Partner GmbH")
    crm = System(name="CRM", kind="crm")
    mail = System(name="E-mail", kind="email")
    uc = UseCase(title="Answer recurring enquiries", status=Status.PILOT,
                 problem="Answer recurring enquiries automatically", created_on=date(2026, 6, 1))
    review = RaciActivity(use_case_uuid=uc.uuid, title="Review AI outputs", sort=0)
    dp = RaciActivity(use_case_uuid=uc.uuid, title="Data protection", sort=1)
    uc.activities = [review, dp]
    uc.members = [RaciMember(use_case_uuid=uc.uuid, person_uuid=p.uuid, sort=i)
                  for i, p in enumerate((anna, urs))]
    uc.cells = [
        RaciCell(use_case_uuid=uc.uuid, activity_uuid=review.uuid, person_uuid=anna.uuid,
                 letter=Letter.A),
        RaciCell(use_case_uuid=uc.uuid, activity_uuid=dp.uuid, person_uuid=anna.uuid, letter=Letter.A),
        RaciCell(use_case_uuid=uc.uuid, activity_uuid=dp.uuid, person_uuid=urs.uuid, letter=Letter.A),
    ]
    return Workspace(company=company, people=[anna, urs, petra], systems=[crm, mail],
                     use_cases=[uc])


def open_session(path: Path, workspace: Workspace | None = None):
    """A Session on a new workspace file at `path` (or on the file already there)."""
    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.workspace.session import Session

    if workspace is not None:
        wf = WorkspaceFile.create(path, workspace)
        session = Session(wf, wf.load())
    else:
        session = Session(WorkspaceFile.open(path))
    session.set_today(TODAY)
    return session


def reopen(session, path: Path) -> Workspace:
    """Saves the session's file and reads it back as a fresh workspace."""
    from leitplanken.storage import WorkspaceFile

    session.save(None)
    other = WorkspaceFile.open(path, read_only=True)
    try:
        return other.load()
    finally:
        other.close()


def type_text(widget: QWidget, text: str) -> None:
    """Types text key by key (QTest cannot type non-ASCII characters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def show_in_window(qtbot, widget: QWidget, width: int = 1100, height: int = 720) -> QWidget:
    """Shows an editor inside a plain window, as the editor's tab widget would host it.

    The window has no layout of its own, so the offscreen platform is not asked to propagate
    size hints (which it answers with a warning).
    """
    window = QWidget()
    qtbot.addWidget(window)
    widget.setParent(window)
    window.resize(width, height)
    widget.setGeometry(0, 0, width, height)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    widget.host_window = window  # the test holds the widget; the widget holds its window
    return window


def person(session, name: str):
    """A person of the session's workspace by name."""
    return next(p for p in session.workspace.people if p.name == name)


def click_wizard(wizard, button):
    """Clicks one of the wizard's buttons with the mouse."""
    QTest.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def fill_wizard(qtbot, wizard, answers="Petra Roth"):
    """Answers every page by typing, as a new user would."""
    show_in_window(qtbot, wizard, 760, 600)
    wizard.restart()
    page = wizard.questions
    assert "Answer recurring enquiries automatically" in page.problem_edit.placeholderText()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.title_edit.setFocus()
    QTest.keyClicks(page.title_edit, "Answer enquiries")
    page.problem_edit.setFocus()
    type_text(page.problem_edit, "Recurring enquiries about opening hours and repairs are answered automatically")
    QTest.keyClicks(page.customers_edit, "A clear answer within two hours")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    click_wizard(wizard, QWizard.WizardButton.NextButton)
    type_text(wizard.boundary.boundary_edit, "Goodwill and credit notes stay with a person")
    wizard.boundary.facing_box.setChecked(True)
    click_wizard(wizard, QWizard.WizardButton.NextButton)
    roles = wizard.roles
    type_text(roles.checks.lineEdit(), "Anna Keller")
    assert roles.intervenes.name() == "Anna Keller"  # offered: who checks also intervenes
    roles.intervenes.lineEdit().selectAll()  # someone else intervenes: typed over the offer
    type_text(roles.intervenes.lineEdit(), "Jürg Frei")
    roles.answers.setCurrentIndex(roles.answers.findText(answers))
