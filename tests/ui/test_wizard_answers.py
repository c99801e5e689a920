"""The guided start keeps to the rules it teaches: no warnings from its own answers, the vague-problem
hint, and Cancel asking before the answers go."""

from __future__ import annotations

import pytest
from editor_support import click_wizard, fill_wizard, open_session, type_text
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from leitplanken.domain.model import Company, Letter, Person, Workspace
from leitplanken.domain.raci import raci_findings
from leitplanken.ui.editor.wizard import FirstUseCaseWizard


def _empty(path):
    ws = Workspace(company=Company(name="Velo Huber GmbH", locale="de_CH", language="en"),
                   people=[Person(name="Petra Roth", internal=False, organisation="KI Partner")])
    return open_session(path, ws)


def _answer_box(button_text: str, seen: list[str]) -> None:
    """Clicks the button with this text in the next message box that opens."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            next(b for b in box.buttons() if b.text() == button_text).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)


@pytest.mark.parametrize("intervenes", ["Urs Meier", "Jürg Frei"])
def test_same_person_intervening_and_answering_gives_no_raci_warning(qtbot, tmp_path, intervenes):
    session = _empty(tmp_path / "w.leitplanken")
    wizard = FirstUseCaseWizard(session)
    fill_wizard(qtbot, wizard)
    roles = wizard.roles
    roles.intervenes.lineEdit().clear()
    type_text(roles.intervenes.lineEdit(), intervenes)
    roles.answers.lineEdit().clear()
    type_text(roles.answers.lineEdit(), "Urs Meier")
    click_wizard(wizard, QWizard.WizardButton.FinishButton)
    uc = session.workspace.use_case(wizard.created_uuid)
    assert raci_findings(uc, session.workspace) == []  # no error, no "no R", nothing
    urs = next(p for p in session.workspace.people if p.name == "Urs Meier")
    exceptions = next(a for a in uc.activities if a.catalogue_key == "handle_exceptions")
    mine = {c.letter for c in uc.cells if c.activity_uuid == exceptions.uuid and c.person_uuid == urs.uuid}
    assert mine == {Letter.A}  # one letter per person: the A who also steps in


def test_vague_problem_gets_the_editors_hint(qtbot, tmp_path):
    session = _empty(tmp_path / "v.leitplanken")
    wizard = FirstUseCaseWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.questions
    page.problem_edit.setFocus()
    type_text(page.problem_edit, "Raise efficiency")
    assert page.vague_warning.isVisible()
    assert "“Raise efficiency”" in page.vague_warning.text()
    assert "names a goal, not a problem" in page.vague_warning.text()
    page.problem_edit.clear()
    type_text(page.problem_edit, "Answer recurring enquiries about delivery dates automatically")
    assert not page.vague_warning.isVisible()


def test_cancel_with_answers_asks_and_can_keep_them(qtbot, tmp_path):
    session = _empty(tmp_path / "c.leitplanken")
    wizard = FirstUseCaseWizard(session)
    fill_wizard(qtbot, wizard)
    seen: list[str] = []
    _answer_box("&Keep answering", seen)
    click_wizard(wizard, QWizard.WizardButton.CancelButton)
    assert seen == ["Throw away your answers?"]
    assert wizard.isVisible() and wizard.questions.title_edit.text() == "Answer enquiries"
    _answer_box("&Discard answers", seen)
    click_wizard(wizard, QWizard.WizardButton.CancelButton)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.created_uuid is None and not session.workspace.use_cases


def test_cancel_without_answers_closes_at_once(qtbot, tmp_path):
    session = _empty(tmp_path / "e.leitplanken")
    wizard = FirstUseCaseWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    click_wizard(wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()


def test_external_provider_named_in_the_guided_start_runs_the_integration(qtbot, tmp_path):
    session = _empty(tmp_path / "p.leitplanken")
    wizard = FirstUseCaseWizard(session)
    fill_wizard(qtbot, wizard, answers="")
    roles = wizard.roles
    type_text(roles.answers.lineEdit(), "Urs Meier")
    type_text(roles.provider_name, "Lea Graf")
    type_text(roles.provider_firm, "Datenwerk AG")
    click_wizard(wizard, QWizard.WizardButton.FinishButton)
    ws = session.workspace
    uc = ws.use_case(wizard.created_uuid)
    lea = next(p for p in ws.people if p.name == "Lea Graf")
    assert not lea.internal and lea.organisation == "Datenwerk AG"
    assert lea.uuid in {m.person_uuid for m in uc.members}
    by_uuid = {a.uuid: a.catalogue_key for a in uc.activities}
    held = {(by_uuid[c.activity_uuid], c.letter) for c in uc.cells if c.person_uuid == lea.uuid}
    assert held == {("run_integration", Letter.R), ("data_protection", Letter.C)}
    urs = next(p for p in ws.people if p.name == "Urs Meier")
    assert all(c.person_uuid == urs.uuid for c in uc.cells if c.letter == Letter.A)
    assert raci_findings(uc, ws) == []
    session.undo.undo()  # one undo step takes the provider away with the use case
    assert not ws.use_cases and not any(p.name == "Lea Graf" for p in ws.people)


def test_external_provider_cannot_answer_for_it(qtbot, tmp_path):
    session = _empty(tmp_path / "q.leitplanken")
    wizard = FirstUseCaseWizard(session)
    fill_wizard(qtbot, wizard, answers="")
    roles = wizard.roles
    type_text(roles.answers.lineEdit(), "Lea Graf")
    type_text(roles.provider_name, "Lea Graf")
    type_text(roles.provider_firm, "Datenwerk AG")
    click_wizard(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.created_uuid is None and wizard.isVisible()
    assert "Lea Graf is external" in roles.message.text() and roles.message.isVisible()
    assert not session.workspace.use_cases


def test_who_intervenes_follows_who_checks_until_chosen(qtbot, tmp_path):
    session = _empty(tmp_path / "f.leitplanken")
    wizard = FirstUseCaseWizard(session)
    qtbot.addWidget(wizard)
    roles = wizard.roles
    type_text(roles.checks.lineEdit(), "Anna")
    assert roles.intervenes.name() == "Anna"
    roles.intervenes.lineEdit().selectAll()
    type_text(roles.intervenes.lineEdit(), "Jürg")
    type_text(roles.checks.lineEdit(), " Keller")
    assert (roles.checks.name(), roles.intervenes.name()) == ("Anna Keller", "Jürg")
