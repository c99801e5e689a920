"""Removing a person takes along exactly what the declarations say: letters go, owners clear."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from shell_support import answer_next_box

from leitplanken.domain import model as m
from leitplanken.domain.fields import deletion_plan
from leitplanken.storage import WorkspaceFile


def test_the_plan_follows_the_declared_references() -> None:
    """In memory: a person's RACI letters, matrix columns and seat go; what they own clears."""
    anna, urs = m.Person(name="Anna"), m.Person(name="Urs")
    uc = m.UseCase(title="Offerten", owner_uuid=anna.uuid)
    act = m.RaciActivity(use_case_uuid=uc.uuid, title="prüfen")
    uc.activities = [act]
    uc.members = [m.RaciMember(use_case_uuid=uc.uuid, person_uuid=anna.uuid)]
    uc.cells = [m.RaciCell(use_case_uuid=uc.uuid, activity_uuid=act.uuid, person_uuid=anna.uuid),
                m.RaciCell(use_case_uuid=uc.uuid, activity_uuid=act.uuid, person_uuid=urs.uuid)]
    uc.checklist = [m.ChecklistItem(use_case_uuid=uc.uuid, owner_uuid=anna.uuid)]
    ws = m.Workspace(people=[anna, urs], use_cases=[uc],
                     board=[m.BoardMember(person_uuid=anna.uuid)])
    plan = deletion_plan(ws, anna)
    assert {type(r) for _d, r in plan.removed} == {m.RaciCell, m.RaciMember, m.BoardMember}
    assert [r.person_uuid for _d, r in plan.removed if isinstance(r, m.RaciCell)] == [anna.uuid]
    assert {(type(r), d.field.name) for d, r in plan.cleared} == {
        (m.UseCase, "owner_uuid"), (m.ChecklistItem, "owner_uuid")}
    # deleting the activity takes its letters along, whoever holds them
    assert len(deletion_plan(ws, act).removed) == 2


def test_removing_a_person_in_the_window(window, workspace_file) -> None:  # type: ignore[no-untyped-def]
    """The owner answers Yes; letters are gone, the use case has no owner, Undo brings all back."""
    ws = window.session.workspace
    anna = next(p for p in ws.people if p.name == "Anna Keller")
    owned = [uc for uc in ws.use_cases if uc.owner_uuid == anna.uuid]
    assert owned and any(c.person_uuid == anna.uuid for uc in ws.use_cases for c in uc.cells)
    window.show_page("people")
    people = window.pages["people"]
    people.table.setCurrentIndex(people.model.index(people.model.row_of(anna), 0))
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Yes, seen)
    people.remove_button.click()
    assert seen and "Anna Keller" in seen[0] and "RACI letter" in seen[0] and "Owner" in seen[0]
    assert anna not in ws.people
    assert all(c.person_uuid != anna.uuid for uc in ws.use_cases for c in uc.cells)
    assert all(uc.owner_uuid is None for uc in owned)
    window.files.save()
    with WorkspaceFile.open(workspace_file, read_only=True) as wf:
        saved = wf.load()
    assert all(p.name != "Anna Keller" for p in saved.people)
    assert all(c.person_uuid != anna.uuid for uc in saved.use_cases for c in uc.cells)
    window.ui.actions["undo"].trigger()
    assert anna in ws.people and all(uc.owner_uuid == anna.uuid for uc in owned)
    assert any(c.person_uuid == anna.uuid for uc in ws.use_cases for c in uc.cells)
