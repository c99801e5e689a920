"""The guided start on an empty workspace: three questions, boundary, roles → use case and RACI."""

from __future__ import annotations

from editor_support import click_wizard as _click
from editor_support import fill_wizard, open_session, reopen, type_text
from PySide6.QtWidgets import QWizard

from leitplanken.domain.model import Company, Letter, Person, Workspace
from leitplanken.domain.raci import raci_findings
from leitplanken.ui.editor.wizard import FirstUseCaseWizard, needs_first_use_case


def _empty(path):
    ws = Workspace(company=Company(name="Velo Huber GmbH", locale="de_CH", language="en"),
                   people=[Person(name="Petra Roth", internal=False, organisation="KI Partner")])
    return open_session(path, ws)


def test_wizard_fills_use_case_and_raci_in_one_undo_step(qtbot, tmp_path):
    path = tmp_path / "w.leitplanken"
    session = _empty(path)
    assert needs_first_use_case(session)
    wizard = FirstUseCaseWizard(session)
    fill_wizard(qtbot, wizard, answers="Petra Roth")
    # An external person cannot answer for it: refused with a message, nothing created.
    _click(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.roles.message.isVisible() and "external" in wizard.roles.message.text()
    assert not session.workspace.use_cases
    wizard.roles.answers.lineEdit().clear()
    type_text(wizard.roles.answers.lineEdit(), "Urs Meier")
    _click(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.created_uuid
    uc = session.workspace.use_case(wizard.created_uuid)
    assert uc.title == "Answer enquiries" and uc.customer_facing
    assert uc.boundary == "Goodwill and credit notes stay with a person"
    names = {p.uuid: p.name for p in session.workspace.people}
    assert {"Anna Keller", "Jürg Frei", "Urs Meier"} <= set(names.values())
    assert len(uc.activities) >= 9 and len(uc.checklist) > 20 and len(uc.cx) == 3

    def holder(key, letter):
        activity = next(a for a in uc.activities if a.catalogue_key == key)
        return {names[c.person_uuid] for c in uc.cells
                if c.activity_uuid == activity.uuid and c.letter == letter}

    assert holder("review_outputs", Letter.R) == {"Anna Keller"}
    assert holder("handle_exceptions", Letter.R) == {"Jürg Frei"}
    assert holder("answer_for_decisions", Letter.A) == {"Urs Meier"}
    assert all(holder(a.catalogue_key, Letter.A) == {"Urs Meier"} for a in uc.activities)
    assert not [f for f in raci_findings(uc, session.workspace) if f.severity == "error"]
    assert uc.owner_uuid == next(u for u, n in names.items() if n == "Urs Meier")
    assert not needs_first_use_case(session)
    ws = reopen(session, path)
    assert ws.use_cases[0].title == "Answer enquiries" and len(ws.use_cases[0].cells) == len(uc.cells)
    # One undo step takes back the use case and the new people.
    assert session.undo.count() == 1 and session.undo.undoText() == "Create first use case"
    session.undo.undo()
    assert not session.workspace.use_cases
    assert [p.name for p in session.workspace.people] == ["Petra Roth"]
