"""RACI rules: one internal A per activity, at least one R, one letter per person, bottlenecks."""

from __future__ import annotations

from domain_factories import person, set_letter, use_case_with_activities
from hypothesis import given
from hypothesis import strategies as st

from leitplanken.domain.model import (
    Company,
    Letter,
    RaciCell,
    Status,
    UseCase,
    Workspace,
)
from leitplanken.domain.rules import bottlenecks, person_load, raci_findings, raci_valid


def codes(findings):
    return [f.code for f in findings]


def test_valid_matrix_has_no_findings():
    anna, mia = person("Anna Keller"), person("Mia Huber")
    uc = use_case_with_activities("Review outputs")
    set_letter(uc, uc.activities[0], anna, Letter.A)
    set_letter(uc, uc.activities[0], mia, Letter.R)
    assert raci_findings(uc, [anna, mia]) == []
    assert raci_valid(uc, [anna, mia])


def test_accountable_may_also_be_the_one_doing_the_work_but_not_hold_two_letters():
    anna = person("Anna Keller")
    uc = use_case_with_activities("Review outputs")
    set_letter(uc, uc.activities[0], anna, Letter.A)
    # A alone: the A does the work too (A may also be R) -> no warning, matrix valid.
    assert codes(raci_findings(uc, [anna])) == []
    assert raci_valid(uc, [anna])
    # Only consulted/informed people: nobody does it and nobody answers for it.
    uc.cells.clear()
    set_letter(uc, uc.activities[0], anna, Letter.C)
    assert codes(raci_findings(uc, [anna])) == ["raci.no_accountable", "raci.no_responsible"]


def test_no_accountable_is_an_error_naming_the_activity():
    mia = person("Mia Huber")
    uc = use_case_with_activities("Review outputs")
    set_letter(uc, uc.activities[0], mia, Letter.R)
    (finding,) = raci_findings(uc, [mia])
    assert finding.code == "raci.no_accountable"
    assert finding.severity == "error"
    assert finding.activity_uuid == uc.activities[0].uuid
    assert finding.params["tab"] == "raci"
    assert not raci_valid(uc, [mia])


def test_two_accountables_name_both_people():
    anna, urs, mia = person("Anna Keller"), person("Urs Meier"), person("Mia Huber")
    uc = use_case_with_activities("Data protection")
    act = uc.activities[0]
    set_letter(uc, act, anna, Letter.A)
    set_letter(uc, act, urs, Letter.A)
    set_letter(uc, act, mia, Letter.R)
    (finding,) = raci_findings(uc, [anna, urs, mia])
    assert finding.code == "raci.several_accountable"
    assert finding.person_uuids == (anna.uuid, urs.uuid)
    assert finding.params["count"] == 2


def test_external_accountable_is_an_error_naming_the_person():
    ext = person("Marco Rossi", internal=False)
    mia = person("Mia Huber")
    uc = use_case_with_activities("Answer for automated decisions")
    set_letter(uc, uc.activities[0], ext, Letter.A)
    set_letter(uc, uc.activities[0], mia, Letter.R)
    (finding,) = raci_findings(uc, [ext, mia])
    assert finding.code == "raci.external_accountable"
    assert finding.person_uuids == (ext.uuid,)
    assert finding.severity == "error"


def test_external_may_do_the_work():
    ext, anna = person("Marco Rossi", internal=False), person("Anna Keller")
    uc = use_case_with_activities("Run the integration")
    set_letter(uc, uc.activities[0], anna, Letter.A)
    set_letter(uc, uc.activities[0], ext, Letter.R)
    assert raci_findings(uc, [anna, ext]) == []


def test_unknown_accountable_is_reported():
    anna = person("Anna Keller")
    uc = use_case_with_activities("Review")
    set_letter(uc, uc.activities[0], anna, Letter.A)
    assert "raci.unknown_person" in codes(raci_findings(uc, []))


def test_two_letters_for_one_person_on_one_activity_are_detected():
    anna, mia = person("Anna Keller"), person("Mia Huber")
    uc = use_case_with_activities("Review")
    act = uc.activities[0]
    set_letter(uc, act, anna, Letter.A)
    set_letter(uc, act, anna, Letter.C)
    set_letter(uc, act, mia, Letter.R)
    (finding,) = raci_findings(uc, [anna, mia])
    assert finding.code == "raci.duplicate_letter"
    assert finding.person_uuids == (anna.uuid,)
    assert finding.params["letters"] == ["A", "C"]


def test_empty_matrix_is_a_warning_and_not_valid():
    uc = UseCase(title="Idea")
    assert codes(raci_findings(uc, [])) == ["raci.empty"]
    assert not raci_valid(uc, [])


def test_a_matrix_with_activities_but_no_letter_is_one_error():
    """Eighteen sentences about an empty grid say less than one: nobody is entered yet."""
    uc = use_case_with_activities("Review", "Intervene", "Answer")
    found = raci_findings(uc, [])
    assert codes(found) == ["raci.unassigned"]
    assert found[0].severity == "error"


def test_people_may_be_given_as_workspace_or_mapping():
    ext = person("Marco Rossi", internal=False)
    uc = use_case_with_activities("Review")
    set_letter(uc, uc.activities[0], ext, Letter.A)
    ws = Workspace(people=[ext], use_cases=[uc])
    for people in (ws, {ext.uuid: ext}, [ext]):
        assert "raci.external_accountable" in codes(raci_findings(uc, people))


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2),
                          st.sampled_from(list(Letter))), max_size=20))
def test_accountable_rule_matches_a_plain_count(cells):
    """For any matrix, each activity has exactly one finding about A unless it has one A."""
    people = [person(f"P{i}", internal=i != 3) for i in range(4)]
    uc = use_case_with_activities("a0", "a1", "a2")
    for p, a, letter in cells:
        uc.cells.append(RaciCell(use_case_uuid=uc.uuid, activity_uuid=uc.activities[a].uuid,
                                 person_uuid=people[p].uuid, letter=letter))
    found = raci_findings(uc, people)
    if not uc.cells:
        assert [f.code for f in found] == ["raci.unassigned"]
        return
    for act in uc.activities:
        holders = {c.person_uuid for c in uc.cells if c.activity_uuid == act.uuid
                   and c.letter == Letter.A}
        mine = [f.code for f in found if f.activity_uuid == act.uuid]
        assert ("raci.no_accountable" in mine) == (len(holders) == 0)
        assert ("raci.several_accountable" in mine) == (len(holders) > 1)
        assert ("raci.external_accountable" in mine) == (people[3].uuid in holders)
        has_r = any(c.letter == Letter.R for c in uc.cells if c.activity_uuid == act.uuid)
        assert ("raci.no_responsible" in mine) == (not has_r and not holders)


def _workspace_where_anna_is_accountable_on(n: int, threshold: int = 3) -> tuple[Workspace, str]:
    anna, mia = person("Anna Keller"), person("Mia Huber")
    ws = Workspace(company=Company(bottleneck_threshold=threshold), people=[anna, mia])
    for i in range(n):
        uc = use_case_with_activities("Review", "Decide")
        uc.title = f"UC {i}"
        set_letter(uc, uc.activities[0], anna, Letter.A)
        set_letter(uc, uc.activities[1], anna, Letter.A)
        set_letter(uc, uc.activities[0], mia, Letter.R)
        ws.use_cases.append(uc)
    return ws, anna.uuid


def test_person_load_counts_use_cases_and_activities():
    ws, anna = _workspace_where_anna_is_accountable_on(2)
    ws.use_cases[0].owner_uuid = anna
    load = person_load(ws)
    assert load[anna].accountable_use_cases == 2
    assert load[anna].accountable_activities == 4
    assert load[anna].owned_use_cases == 1
    mia = ws.people[1].uuid
    assert load[mia].responsible_use_cases == 2
    assert load[mia].accountable_use_cases == 0


def test_stopped_use_cases_do_not_count_as_load():
    ws, anna = _workspace_where_anna_is_accountable_on(3)
    ws.use_cases[0].status = Status.STOPPED
    assert person_load(ws)[anna].accountable_use_cases == 2


def test_bottleneck_at_threshold():
    ws, anna = _workspace_where_anna_is_accountable_on(3, threshold=3)
    (finding,) = bottlenecks(ws)
    assert finding.code == "raci.bottleneck"
    assert finding.person_uuids == (anna,)
    assert finding.params["count"] == 3
    ws2, _ = _workspace_where_anna_is_accountable_on(2, threshold=3)
    assert bottlenecks(ws2) == []
