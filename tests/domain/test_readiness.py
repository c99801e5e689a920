"""Readiness for regular operation: each criterion missing shows up as its own gap with a place."""

from __future__ import annotations

import pytest
from domain_factories import ready_use_case
from hypothesis import given, settings
from hypothesis import strategies as st

from leitplanken.domain.model import (
    Category,
    ChecklistItem,
    CxQuestion,
    CxRating,
    ItemState,
    Letter,
    RaciCell,
    RiskClass,
)
from leitplanken.domain.rules import is_ready, readiness, readiness_fraction, readiness_gaps


def gap_codes(uc, people):
    return [g.code for g in readiness_gaps(uc, people)]


def test_complete_use_case_is_ready():
    uc, people = ready_use_case()
    assert readiness_gaps(uc, people) == []
    assert is_ready(uc, people)
    r = readiness(uc, people)
    assert r.done == r.total and r.fraction == 1.0


@pytest.mark.parametrize(
    ("field", "value", "code", "place"),
    [
        ("problem", "", "readiness.problem_missing", ("overview", "problem")),
        ("problem", "Effizienz steigern", "readiness.problem_unspecific", ("overview", "problem")),
        ("problem", "Answer enquiries", "readiness.problem_unspecific", ("overview", "problem")),
        ("boundary", "  ", "readiness.boundary_missing", ("overview", "boundary")),
        ("response_target", "", "readiness.response_target_missing", ("cx", "response_target")),
        ("personal_data_which", "", "readiness.personal_data_unlisted",
         ("overview", "personal_data_which")),
        ("risk_class", RiskClass.UNCLEAR, "readiness.risk_unclear", ("overview", "risk_class")),
    ],
)
def test_each_missing_field_is_one_gap_with_its_place(field, value, code, place):
    uc, people = ready_use_case()
    setattr(uc, field, value)
    (gap,) = readiness_gaps(uc, people)
    assert gap.code == code
    assert (gap.params["tab"], gap.params["field"]) == place
    assert gap.use_case_uuid == uc.uuid
    assert not is_ready(uc, people)


def test_prohibited_practice_is_an_error():
    uc, people = ready_use_case()
    uc.risk_class = RiskClass.PROHIBITED
    (gap,) = readiness_gaps(uc, people)
    assert gap.code == "readiness.risk_prohibited" and gap.severity == "error"


def test_relief_for_employees_alone_is_enough_but_none_is_a_gap():
    uc, people = ready_use_case()
    uc.relief_customers = ""
    uc.relief_employees = "No more typing the same answer twenty times a day"
    assert is_ready(uc, people)
    uc.relief_employees = ""
    assert gap_codes(uc, people) == ["readiness.relief_missing"]


def test_response_target_only_asked_for_customer_facing():
    uc, people = ready_use_case()
    uc.response_target = ""
    uc.customer_facing = False
    assert is_ready(uc, people)
    assert readiness(uc, people).total == readiness(*ready_use_case()).total - 1


def test_personal_data_list_only_asked_when_personal_data_is_involved():
    uc, people = ready_use_case()
    uc.personal_data = False
    uc.personal_data_which = ""
    assert is_ready(uc, people)


def test_invalid_raci_is_one_gap_pointing_at_the_matrix():
    uc, people = ready_use_case()
    act = uc.activities[2]
    uc.cells.append(RaciCell(use_case_uuid=uc.uuid, activity_uuid=act.uuid,
                             person_uuid=people[1].uuid, letter=Letter.A))
    uc.cells = [c for c in uc.cells if not (c.person_uuid == people[1].uuid
                                            and c.activity_uuid == act.uuid
                                            and c.letter == Letter.R)]
    (gap,) = readiness_gaps(uc, people)
    assert gap.code == "readiness.raci_invalid"
    assert gap.activity_uuid == act.uuid
    assert gap.params == {"tab": "raci", "errors": 1}


def test_raci_warnings_do_not_block_readiness():
    uc, people = ready_use_case()
    uc.cells = [c for c in uc.cells if c.letter != Letter.R]
    assert is_ready(uc, people)


def test_empty_raci_is_a_gap():
    uc, people = ready_use_case()
    uc.activities.clear()
    uc.cells.clear()
    assert gap_codes(uc, people) == ["readiness.raci_empty"]


def test_open_required_item_is_a_gap_naming_the_item():
    uc, people = ready_use_case()
    item = next(i for i in uc.checklist if i.catalogue_key == "op_capacity")
    item.state = ItemState.IN_PROGRESS
    (gap,) = readiness_gaps(uc, people)
    assert gap.code == "readiness.item_open"
    assert gap.item_uuid == item.uuid
    assert gap.params["tab"] == "checklist"


def test_optional_and_disabled_items_do_not_count():
    uc, people = ready_use_case()
    optional = next(i for i in uc.checklist if not i.required)
    optional.state = ItemState.OPEN
    switched_off = next(i for i in uc.checklist if i.catalogue_key == "op_instructions")
    switched_off.state = ItemState.OPEN
    switched_off.enabled = False
    assert is_ready(uc, people)


def test_not_applicable_needs_a_reason():
    uc, people = ready_use_case()
    item = next(i for i in uc.checklist if i.catalogue_key == "int_failure")
    item.state = ItemState.NOT_APPLICABLE
    assert gap_codes(uc, people) == ["readiness.item_na_reason"]
    item.na_reason = "Process runs by hand when the tool is down"
    assert is_ready(uc, people)


def test_data_protection_items_count_even_when_marked_optional():
    uc, people = ready_use_case()
    item = next(i for i in uc.checklist if i.catalogue_key == "dp_processor_agreement")
    item.required = False
    item.state = ItemState.OPEN
    (gap,) = readiness_gaps(uc, people)
    assert gap.code == "readiness.data_protection_open"
    assert gap.item_uuid == item.uuid


def test_own_required_item_counts():
    uc, people = ready_use_case()
    own = ChecklistItem(use_case_uuid=uc.uuid, title="Tell the works council",
                        category=Category.OPERATION, required=True)
    uc.checklist.append(own)
    assert gap_codes(uc, people) == ["readiness.item_open"]


def test_each_unrated_cx_question_is_a_gap():
    uc, people = ready_use_case()
    uc.cx_answer(CxQuestion.COMPREHENSIBLE).rating = CxRating.NOT_RATED
    uc.cx = [a for a in uc.cx if a.question != CxQuestion.RESPONSIBILITY]
    gaps = readiness_gaps(uc, people)
    assert [g.code for g in gaps] == ["readiness.cx_unrated"] * 2
    assert [g.params["question"] for g in gaps] == ["comprehensible", "responsibility"]
    assert all(g.params["tab"] == "cx" for g in gaps)


def test_a_no_is_an_answer():
    uc, people = ready_use_case()
    uc.cx_answer(CxQuestion.COHERENT).rating = CxRating.NO
    assert is_ready(uc, people)


def test_fraction_counts_criteria():
    uc, people = ready_use_case()
    total = readiness(uc, people).total
    uc.boundary = ""
    uc.problem = ""
    assert readiness_fraction(uc, people) == pytest.approx((total - 2) / total)


@settings(max_examples=60, deadline=None)
@given(
    blanks=st.sets(st.sampled_from(["problem", "boundary", "response_target", "personal_data_which"])),
    states=st.lists(st.sampled_from(list(ItemState)), min_size=25, max_size=25),
    ratings=st.lists(st.sampled_from(list(CxRating)), min_size=3, max_size=3),
)
def test_score_and_gaps_agree(blanks, states, ratings):
    """Whatever is missing, the score counts it and the use case is ready only with no gaps."""
    uc, people = ready_use_case()
    for name in blanks:
        setattr(uc, name, "")
    for item, state in zip(uc.checklist, states, strict=False):
        item.state = state
    for answer, rating in zip(uc.cx, ratings, strict=True):
        answer.rating = rating
    r = readiness(uc, people)
    assert 0 <= r.done <= r.total
    assert 0.0 <= r.fraction <= 1.0
    assert r.ready == (r.done == r.total) == (not r.gaps)
    assert len(r.gaps) >= r.total - r.done
    unrated = sum(1 for rating in ratings if rating == CxRating.NOT_RATED)
    assert [g.code for g in r.gaps].count("readiness.cx_unrated") == unrated
    assert all(g.params.get("tab") in {"overview", "raci", "checklist", "cx"} for g in r.gaps)
