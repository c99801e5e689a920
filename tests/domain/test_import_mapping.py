"""The import's suggestion and value reading: headers it has never seen, values that decide."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from leitplanken.domain import import_mapping as im
from leitplanken.domain import import_values as iv
from leitplanken.domain.import_words import STATUS_WORDS, TARGET_WORDS
from leitplanken.domain.model import Status

UNSEEN = ["Name of the use case", "Lifecycle phase", "Zuständige Person"]


def test_unseen_headers_are_no_literal_of_the_vocabulary() -> None:
    """The test below proves the matching, not a list: none of these headers is written down."""
    phrases = {iv.fold(w) for words in TARGET_WORDS.values() for w in words}
    assert not any(iv.fold(h) in phrases for h in UNSEEN)


def test_unseen_synonyms_map_title_status_and_owner() -> None:
    headers = [*UNSEEN, "Kommentar", "Kosten einmalig", "Go-live geplant"]
    rows = [
        ["Antworten auf Anfragen", "Pilot", "Anna Keller", "x", "1'200", "01.06.2025"],
        ["Rechnungen prüfen", "Live", "Jürg Müller", "", "300", "01/2026"],
        ["Offerten schreiben", "Idee", "Anna Keller", "y", "", ""],
    ]
    mapping = im.suggest(headers, rows).mapping
    assert mapping.columns["Name of the use case"] == "title"
    assert mapping.columns["Lifecycle phase"] == "status"
    assert mapping.columns["Zuständige Person"] == im.OWNER
    assert mapping.columns["Kommentar"] == im.NOTES
    assert mapping.columns["Kosten einmalig"] == "cost_once"
    assert mapping.columns["Go-live geplant"] == "go_live"
    assert mapping.values["Lifecycle phase"] == {"Pilot": "pilot", "Live": "operation",
                                                 "Idee": "idea"}


@pytest.mark.parametrize(("header", "value", "target"), [
    ("use case name", "Chatbot", "title"), ("Bezeichnung", "Chatbot", "title"),
    ("Name des Anwendungsfalls", "Chatbot", "title"), ("stage", "Pilot", "status"),
    ("Phase", "Pilot", "status"), ("Verantwortlich", "Anna Keller", im.OWNER),
    ("owner", "Anna Keller", im.OWNER), ("cost", "1200", "cost_once"),
    ("Kosten einmalig", "1'200", "cost_once"), ("Monatliche Kosten", "80", "cost_monthly"),
    ("Beschreibung", "Anfragen bleiben liegen", "problem"), ("Erfasst am", "1.2.2024", "created_on"),
    ("Schlagwörter", "CRM, Service", "tags"),
])
def test_common_headers(header: str, value: str, target: str) -> None:
    assert im.suggest([header], [[value]]).mapping.columns[header] == target


def test_values_decide_where_the_header_says_nothing() -> None:
    """A column headed "Spalte 3" holding status words becomes the status."""
    headers = ["Titel", "Spalte 3"]
    rows = [[f"Fall {n}", s] for n, s in enumerate(["Pilot", "Idee", "in Betrieb", "Pilot"] * 5)]
    assert im.suggest(headers, rows).mapping.columns["Spalte 3"] == "status"


def test_a_date_header_over_text_is_not_taken_for_a_date() -> None:
    rows = [["A", "bald"], ["B", "später"], ["C", "nie"]]
    assert im.suggest(["Titel", "Datum"], rows).mapping.columns["Datum"] == im.NOTES


def test_each_single_target_goes_to_one_column_only() -> None:
    mapping = im.suggest(["Titel", "Name"], [["a", "b"], ["c", "d"]]).mapping
    assert sorted(mapping.columns.values()) == ["notes", "title"]


def test_every_status_word_list_reads_back_as_its_status() -> None:
    for status, words in STATUS_WORDS.items():
        for word in words:
            assert iv.status_word(word) in (status, None) or len(iv.words(word)) > 1, word
        assert iv.status_word(status.value) is status


@pytest.mark.parametrize(("value", "order", "expected"), [
    ("2024-03-15", "dmy", date(2024, 3, 15)), ("15.03.2024", "mdy", date(2024, 3, 15)),
    ("3/14/2024", "mdy", date(2024, 3, 14)), ("14/3/2024", "dmy", date(2024, 3, 14)),
    ("01/2024", "dmy", date(2024, 1, 1)), ("März 2024", "dmy", date(2024, 3, 1)),
    ("15. März 2024", "dmy", date(2024, 3, 15)), (45385, "dmy", date(2024, 4, 3)),
    ("31.02.2024", "dmy", None), ("bald", "dmy", None), ("", "dmy", None),
])
def test_dates(value: object, order: str, expected: date | None) -> None:
    assert iv.parse_date(value, order) == expected


def test_day_or_month_first_is_decided_per_column() -> None:
    assert iv.slash_order(["3/14/2024", "1/2/2024"]) == "mdy"
    assert iv.slash_order(["14/3/2024", "1/2/2024"]) == "dmy"
    assert iv.slash_order(["1/2/2024"]) is None


@pytest.mark.parametrize(("value", "comma", "expected"), [
    ("1'200,50", True, Decimal("1200.50")), ("1.200,50 €", False, Decimal("1200.50")),
    ("CHF 500.–", False, Decimal("500.00")), ("1,200.50", False, Decimal("1200.50")),
    ("12,5", False, Decimal("12.50")), (1200.5, False, Decimal("1200.50")),
    ("viel", False, None), ("9" * 60, False, None),
])
def test_amounts(value: object, comma: bool, expected: Decimal | None) -> None:
    assert iv.parse_amount(value, comma) == expected


def test_unknown_status_is_not_recognised_rather_than_idea() -> None:
    assert im.suggest_value("status", "Zwischenstand") == ""
    assert im.suggest_value("status", "") == ""
    assert im.suggest_value("status", "Deployed") == "operation"


def test_mapping_json_round_trip_and_version() -> None:
    mapping = im.Mapping(columns={"A": "title", "B": "status", "C": im.NOTES},
                         values={"B": {"x": "pilot"}}, date_order={"D": "mdy"}, separator=";")
    again = im.mapping_from_json(mapping.to_json())
    assert again == mapping
    with pytest.raises(im.MappingFormatError):
        im.mapping_from_json(mapping.to_json().replace('"version": 1', '"version": 2'))
    with pytest.raises(im.MappingFormatError):
        im.mapping_from_json(mapping.to_json().replace('"title"', '"nonsense"'))


def test_targets_come_from_the_declarations() -> None:
    targets = im.targets()
    assert {"title", "status", im.OWNER, "notes", "tags", im.IGNORE, "cost_once"} <= set(targets)
    assert "owner_uuid" not in targets and "agenda" not in targets
    assert Status.IDEA.value in im.value_targets("status")  # type: ignore[operator]
