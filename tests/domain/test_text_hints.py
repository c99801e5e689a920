"""Vague problem statements: buzzwords in German and English, too-short statements."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leitplanken.domain.model import UseCase
from leitplanken.domain.text_hints import (
    is_concrete_problem,
    is_too_short,
    is_vague_only,
    problem_findings,
    vague_phrases,
)


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("Effizienz steigern", ["Effizienz steigern"]),
        ("Wir wollen die Effizienz im Verkauf deutlich steigern", ["Effizienz im Verkauf deutlich steigern"]),
        ("Unsere Abläufe sollen effizienter werden", ["effizienter"]),
        ("Verwaltung optimieren", ["optimieren"]),
        ("Optimierung der Auftragsabwicklung", ["Optimierung"]),
        ("Prozesse verbessern", ["Prozesse verbessern"]),
        ("Verbesserung der internen Prozesse", ["Verbesserung der internen Prozesse"]),
        ("Kosten senken", ["Kosten senken"]),
        ("um die Kosten zu senken", ["Kosten zu senken"]),
        ("Kostensenkung im Einkauf", ["Kostensenkung"]),
        ("Digitalisierung vorantreiben", ["Digitalisierung"]),
        ("Produktivität erhöhen", ["Produktivität erhöhen"]),
        ("Improve efficiency", ["Improve efficiency"]),
        ("We must become more efficient", ["efficient"]),
        ("Optimise the back office", ["Optimise"]),
        ("optimize workflows", ["optimize"]),
        ("Streamline operations", ["Streamline"]),
        ("Increase productivity", ["Increase productivity"]),
        ("Reduce costs", ["Reduce costs"]),
        ("Cost savings", ["Cost savings"]),
        ("EFFIZIENZ STEIGERN!", ["EFFIZIENZ STEIGERN"]),
    ],
)
def test_buzzwords_are_found_as_written(text, phrases):
    assert vague_phrases(text) == phrases


@pytest.mark.parametrize(
    "text",
    [
        "Wiederkehrende Anfragen automatisiert beantworten.",
        "Wiederkehrende Anfragen automatisiert beantworten",
        "Reklamationen automatisch kategorisieren und innerhalb von zwei Stunden klar beantworten",
        "Textvorschläge für Offerten aus früheren Aufträgen erstellen",
        "Answer recurring customer enquiries automatically",
        "Suggest texts for quotes based on earlier jobs",
        "",
    ],
)
def test_no_false_alarm_on_concrete_statements(text):
    assert vague_phrases(text) == []


def test_the_articles_example_is_concrete_and_its_counter_example_is_not():
    assert is_concrete_problem("Wiederkehrende Anfragen automatisiert beantworten.")
    assert not is_concrete_problem("Effizienz steigern")


def test_buzzword_in_a_concrete_statement_is_only_a_hint():
    text = "Reklamationen automatisch kategorisieren und beantworten, um Kosten zu senken"
    assert vague_phrases(text) == ["Kosten zu senken"]
    assert not is_vague_only(text)
    assert is_concrete_problem(text)
    uc = UseCase(problem=text)
    (finding,) = problem_findings(uc)
    assert finding.code == "problem.vague" and finding.severity == "hint"
    assert finding.params["phrases"] == ["Kosten zu senken"]


def test_buzzwords_alone_are_a_warning():
    uc = UseCase(problem="Wir wollen mit KI effizienter werden und Prozesse optimieren")
    findings = problem_findings(uc)
    assert [f.code for f in findings] == ["problem.vague"]
    assert findings[0].severity == "warning"
    assert findings[0].params == {"tab": "overview", "field": "problem",
                                  "phrases": ["effizienter", "Prozesse optimieren"]}


def test_too_short_statement():
    assert is_too_short("Chatbot")
    assert is_too_short("Anfragen beantworten")
    assert not is_too_short("")
    assert not is_too_short("Wiederkehrende Anfragen automatisiert beantworten")
    uc = UseCase(problem="Chatbot einführen")
    (finding,) = problem_findings(uc)
    assert finding.code == "problem.too_short"
    assert finding.params["minimum"] == 4


def test_empty_statement_has_no_hint_here():
    assert problem_findings(UseCase(problem="  ")) == []


def test_repeated_phrase_is_listed_once():
    assert vague_phrases("optimieren, optimieren, Optimieren") == ["optimieren"]


@given(st.text(max_size=200))
def test_phrases_are_taken_from_the_text(text):
    """Whatever the input, every reported phrase occurs in it (whitespace normalised)."""
    flat = " ".join(text.split()).casefold()
    for phrase in vague_phrases(text):
        assert phrase.casefold() in flat


def test_long_text_stays_fast():
    """A pasted document must not freeze the editor: 20,000 buzzwords in well under a second."""
    import time

    start = time.perf_counter()
    assert not is_concrete_problem("Effizienz optimieren " * 10000)
    assert time.perf_counter() - start < 3


@given(st.lists(st.sampled_from(["Effizienz", "steigern", "Kosten", "zu", "senken", "optimieren",
                                 "Prozesse", "improve", "efficiency", "Anfragen", "x"]),
                max_size=40))
def test_phrases_never_overlap(tokens):
    """Overlapping matches are resolved: each word belongs to at most one reported phrase."""
    from leitplanken.domain.text_hints import _spans

    spans = _spans(" ".join(tokens))
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
