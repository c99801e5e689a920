"""Every finding reads as a full sentence in English and German, naming the people and things."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from leitplanken.domain.catalogue import activity_title, item_title
from leitplanken.domain.demo import demo_workspace
from leitplanken.domain.finding import Finding
from leitplanken.domain.rules import (
    attention_items,
    problem_findings,
    raci_findings,
    readiness_gaps,
)
from leitplanken.i18n.findings import KNOWN_CODES, finding_text
from leitplanken.i18n.translator import Translator

TODAY = date(2026, 11, 25)
LANGS = ("en", "de", "de_CH")


@pytest.fixture(scope="module", params=LANGS)
def lang(request):
    return request.param


@pytest.fixture(scope="module")
def ws(lang):
    return demo_workspace(lang, TODAY)


@pytest.fixture(scope="module")
def tr(lang):
    translator = Translator(lang)
    assert translator.loaded or lang == "en"
    return translator


def person(ws, name):
    return next(p for p in ws.people if p.name == name)


def synthetic(ws) -> dict[str, Finding]:
    """One finding per code, pointing at real records of the demo."""
    quotes = ws.use_cases[2]
    act = next(a for a in quotes.activities if a.catalogue_key == "data_protection")
    item = next(i for i in quotes.checklist if i.catalogue_key == "op_capacity")
    anna, urs = person(ws, "Anna Keller").uuid, person(ws, "Urs Meier").uuid
    simon = person(ws, "Simon Oberli").uuid
    lukasz = person(ws, "Łukasz Nowak").uuid
    uc = quotes.uuid
    day = TODAY - timedelta(days=12)

    def f(code, severity="warning", **kw):
        return Finding(code, severity, uc, **kw)

    base = {
        "raci.empty": f("raci.empty"),
        "raci.no_accountable": f("raci.no_accountable", activity_uuid=act.uuid),
        "raci.several_accountable": f("raci.several_accountable", activity_uuid=act.uuid,
                                      person_uuids=(anna, urs)),
        "raci.external_accountable": f("raci.external_accountable", activity_uuid=act.uuid,
                                       person_uuids=(simon,)),
        "raci.unknown_person": f("raci.unknown_person", activity_uuid=act.uuid,
                                 person_uuids=("gone",)),
        "raci.no_responsible": f("raci.no_responsible", activity_uuid=act.uuid),
        "raci.duplicate_letter": f("raci.duplicate_letter", activity_uuid=act.uuid,
                                   person_uuids=(lukasz,), params={"letters": ["A", "C"]}),
        "raci.bottleneck": Finding("raci.bottleneck", "warning", person_uuids=(lukasz,),
                                   params={"count": 5, "threshold": 3}),
        "raci.invalid": f("raci.invalid", "error", params={"errors": 2}),
        "readiness.item_open": f("readiness.item_open", item_uuid=item.uuid),
        "readiness.item_na_reason": f("readiness.item_na_reason", item_uuid=item.uuid),
        "readiness.data_protection_open": f("readiness.data_protection_open", item_uuid=item.uuid),
        "readiness.cx_unrated": f("readiness.cx_unrated", params={"question": "comprehensible"}),
        "readiness.raci_invalid": f("readiness.raci_invalid", params={"errors": 3}),
        "problem.vague": f("problem.vague", params={"phrases": ["Effizienz steigern", "optimieren"]}),
        "problem.too_short": f("problem.too_short", params={"words": 2, "minimum": 4}),
        "pilot_trap": f("pilot_trap", params={"days": 150, "threshold": 90,
                                              "since": TODAY - timedelta(days=150)}),
        "checklist.overdue": f("checklist.overdue", item_uuid=item.uuid, person_uuids=(lukasz,),
                               params={"due": day, "days": 12}),
        "review.overdue": f("review.overdue", params={"date": day, "days": 12}),
        "review.due": f("review.due", "hint", params={"date": TODAY + timedelta(days=3), "days": 3}),
        "decision.extend_not_pilot": f("decision.extend_not_pilot", "error",
                                       params={"status": "idea"}),
        "decision.review_before_decision": f("decision.review_before_decision", "error",
                                             params={"date": day}),
    }
    for code in KNOWN_CODES:
        base.setdefault(code, f(code))
    return base


def assert_sentence(text: str) -> None:
    assert text.strip()
    assert "Unknown finding" not in text and "Unbekannter Befund" not in text
    assert not re.search(r"%\d|%n", text), text


@pytest.mark.parametrize("code", KNOWN_CODES)
def test_every_code_has_a_sentence(code, ws, tr, lang):
    text = finding_text(synthetic(ws)[code], ws, tr, lang)
    assert_sentence(text)
    if lang == "de_CH":
        assert "ß" not in text


def test_names_activities_and_items_appear(ws, tr, lang):
    found = synthetic(ws)

    def say(code):
        return finding_text(found[code], ws, tr, lang)

    assert "Anna Keller" in say("raci.several_accountable")
    assert "Urs Meier" in say("raci.several_accountable")
    assert activity_title("data_protection", lang) in say("raci.several_accountable")
    external = say("raci.external_accountable")
    assert "Simon Oberli" in external and "Oberli Digital" in external
    assert "Łukasz Nowak" in say("raci.bottleneck") and "5" in say("raci.bottleneck")
    assert "Łukasz Nowak" in say("raci.duplicate_letter")
    overdue = say("checklist.overdue")
    assert item_title("op_capacity", lang) in overdue and "Łukasz Nowak" in overdue
    assert "150" in say("pilot_trap") and "90" in say("pilot_trap")
    assert "optimieren" in say("problem.vague")


def test_contract_examples(lang):
    ws = demo_workspace(lang, TODAY)
    quotes = ws.use_cases[2]
    texts = [finding_text(f, ws, Translator(lang), lang) for f in raci_findings(quotes, ws)]
    if lang == "en":
        assert "Data protection has two Accountables: Anna Keller and Urs Meier" in texts
        assert any(t.startswith("The accountable person for “Answer for automated decisions” "
                                "is external: Simon Oberli") for t in texts)
    else:
        assert "Datenschutz hat zwei Rechenschaftspflichtige (A): Anna Keller und Urs Meier" in texts


@pytest.mark.parametrize("german", ["de", "de_CH"])
def test_german_and_english_differ(german):
    ws = demo_workspace(german, TODAY)
    found = synthetic(ws)["pilot_trap"]
    en = finding_text(found, ws, Translator("en"), german)
    de = finding_text(found, ws, Translator(german), german)
    assert en != de and "Pilot-Falle" in de and "150 Tage" in de


def test_plural_forms(ws, tr, lang):
    one = Finding("review.overdue", "warning", ws.use_cases[0].uuid,
                  params={"date": TODAY - timedelta(days=1), "days": 1})
    text = finding_text(one, ws, tr, lang)
    assert ("1 day ago" in text) if lang == "en" else ("vor 1 Tag)" in text)


def test_everything_the_demo_produces_is_worded(ws, tr, lang):
    """All findings of real rules on the demo, not only hand-made ones, read as sentences."""
    findings = list(attention_items(ws, TODAY))
    for uc in ws.use_cases:
        findings += raci_findings(uc, ws) + readiness_gaps(uc, ws) + problem_findings(uc)
    assert {f.code for f in findings} <= set(KNOWN_CODES)
    for f in findings:
        assert_sentence(finding_text(f, ws, tr, lang))


def test_unknown_code_is_still_shown(ws, tr, lang):
    text = finding_text(Finding("from.the.future", "hint"), ws, tr, lang)
    assert "from.the.future" in text
