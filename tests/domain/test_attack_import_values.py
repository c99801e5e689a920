"""Reading a spreadsheet's values under attack: amounts in every way people write them (Swiss
apostrophes, German and English marks, shorthands, other currencies), negated status words,
names spelt with and without umlauts, formula-looking names."""

from __future__ import annotations

from decimal import Decimal

import pytest

from leitplanken.domain import import_values as iv

D = Decimal


@pytest.mark.parametrize(("text", "expected"), [
    ("1'200.50", D("1200.50")), ("Fr. 1'200.50", D("1200.50")), ("CHF 1'200", D("1200.00")),
    ("1’500", D("1500.00")), ("1 500", D("1500.00")), ("1\u00a0500,25", D("1500.25")),
    ("1.500", D("1500.00")), ("12.000", D("12000.00")), ("1.500.000", D("1500000.00")),
    ("1,500", D("1500.00")), ("1,500,000", D("1500000.00")),
    ("1.200,50", D("1200.50")), ("1,200.50", D("1200.50")), ("12,5", D("12.50")),
    ("0,5", D("0.50")), ("0.125", D("0.13")), ("500.–", D("500.00")), ("500,-", D("500.00")),
    ("5k", D("5000.00")), ("2.5k", D("2500.00")), ("1,5 Mio.", D("1500000.00")),
    ("5 Mio", D("5000000.00")), ("2 Mrd.", D("2000000000.00")), ("ca. 5000", D("5000.00")),
])
def test_amounts_in_the_company_currency(text: str, expected: Decimal) -> None:
    """Every common way of writing an amount gives its value, whichever mark comes last."""
    reading = iv.read_amount(text, None, 2, "CHF")
    assert (reading.number, reading.currency) == (expected, "")


@pytest.mark.parametrize(("text", "code"), [
    ("€ 2.000", "EUR"), ("$1,500", "USD"), ("EUR 1.000,50", "EUR"), ("1.200,50 €", "EUR"),
    ("£ 300", "GBP"), ("USD 12", "USD"),
])
def test_another_currency_is_never_converted(text: str, code: str) -> None:
    """An amount in another currency has no number: it is named by its code instead."""
    reading = iv.read_amount(text, None, 2, "CHF")
    assert reading.number is None and reading.currency == code
    assert iv.read_amount(text, None, 2, code).number is not None


@pytest.mark.parametrize("text", ["10-20k", "12,5%", "viel", "k", "Mio.", "1.2.3,4", "1,23,4",
                                  "CHF 5 EUR", "9" * 60, "1.5.2024"])
def test_what_is_no_amount(text: str) -> None:
    """Ranges, percentages, words and malformed numbers are not amounts (kept in the notes)."""
    assert iv.read_amount(text, None, 2, "CHF").number is None


@pytest.mark.parametrize(("text", "shorthand"), [("5k", True), ("ca. 5000", True),
                                                 ("1,5 Mio.", True), ("5000", False)])
def test_shorthands_are_marked(text: str, shorthand: bool) -> None:
    """An amount read from a shorthand says so (the import keeps the original beside it)."""
    assert iv.read_amount(text).shorthand is shorthand


@pytest.mark.parametrize(("column", "expected"), [
    (["1,500.00", "€ 2.000", "300"], None),  # a decimal point, but nothing about "2.000"
    (["0,125", "1,5"], True), (["1.234,567"], True), (["1234.567", "2"], False),
    (["12,5", "1.250"], None), ([], None),
])
def test_a_column_decides_three_decimals_only_with_evidence(column: list[str],
                                                            expected: bool | None) -> None:
    """Only a value where the mark cannot group thousands makes "1,250" one point two five."""
    assert iv.decimal_comma(column) is expected


@pytest.mark.parametrize(("comma", "text", "expected"), [
    (None, "1.250", D("1250")), (None, "1,250", D("1250")), (False, "1.250", D("1.25")),
    (True, "1,250", D("1.25")), (True, "1.250", D("1250")), (False, "1,250", D("1250")),
])
def test_three_digits_after_a_lone_mark(comma: bool | None, text: str, expected: Decimal) -> None:
    """A lone mark before three digits is a thousands mark unless the column decided otherwise."""
    assert iv.parse_amount(text, comma, 4) == expected


def _single_words(table: dict) -> list[str]:
    """The one-word entries of a word table (negating a phrase is tested through its words)."""
    return sorted({w for words in table.values() for w in words if " " not in w and len(w) >= 4})


@pytest.mark.parametrize("template", ["nicht {w}", "kein {w}", "not {w}", "no {w}", "non-{w}",
                                      "in{w}", "un{w}", "noch nicht {w}", "{w} nicht"])
def test_a_negated_status_word_is_never_a_status(template: str) -> None:
    """"nicht umgesetzt", "inactive", "not deployed": never the status they negate (unknown, so the
    value mapping shows them for a choice)."""
    from leitplanken.domain.import_words import STATUS_WORDS

    negated = [template.format(w=w) for w in _single_words(STATUS_WORDS)]
    read = {v: iv.status_word(v) for v in negated}
    assert {v: s for v, s in read.items() if s is not None} == {}


@pytest.mark.parametrize(("value", "expected"), [
    ("nicht umgesetzt", None), ("inactive", None), ("Inaktiv", None), ("not deployed", None),
    ("Non-production", None), ("in Betrieb", "operation"), ("in Evaluation", "evaluation"),
    ("in production", "operation"), ("Unterbrochen", "paused"), ("Testbetrieb", "operation"),
    ("active", "operation"), ("Initiiert", "idea"),
])
def test_negation_and_the_words_that_only_look_like_it(value: str, expected: str | None) -> None:
    """"in Betrieb" and "Unterbrochen" keep their meaning; "inactive" loses the one it negates."""
    found = iv.status_word(value)
    assert (None if found is None else found.value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("kein Risiko", "minimal"), ("no risk", "minimal"), ("nicht bewertet", "unclear"),
    ("nicht hoch", None), ("not high", None), ("hoch", "high"),
])
def test_a_risk_phrase_may_itself_be_negative(value: str, expected: str | None) -> None:
    """A vocabulary phrase that holds the negation ("kein Risiko") still matches; "nicht hoch" not."""
    found = iv.risk_word(value)
    assert (None if found is None else found.value) == expected


@pytest.mark.parametrize(("value", "near"), [("Pliot", "pilot"), ("Betreib", "betrieb")])
def test_fuzziness_is_strict(value: str, near: str) -> None:
    """A misspelt word stands for a vocabulary word only when nearly equal."""
    assert (iv.similar(near, iv.words(value)[0]) >= iv.FUZZY) == (iv.status_word(value) is not None)


SPELLINGS = {
    "Hans Müller": ["Hans Müller", "HANS MÜLLER", "Hans Mueller", "HANS MUELLER", "hans muller",
                    "Müller, Hans", "MUELLER, HANS", " Hans  Müller "],
    "Zoë Brändli": ["Zoë Brändli", "ZOE BRANDLI", "Zoe Braendli", "zoë brändli", "Brändli, Zoë",
                    "BRAENDLI, ZOE"],
    "Jürg Strauß": ["Jürg Strauß", "Juerg Strauss", "JURG STRAUSS", "Strauss, Jürg"],
}


@pytest.mark.parametrize("person", sorted(SPELLINGS))
def test_every_spelling_of_a_person_finds_them(person: str) -> None:
    """Case, accents, written-out umlauts (ue/oe/ae/ss) and "Last, First" all find the same person."""
    from leitplanken.domain import import_build as ib
    from leitplanken.domain.model import Person

    existing = Person(name=person)
    found, new = ib.match_people(SPELLINGS[person], [existing])
    assert new == []
    assert {p.uuid for p in found.values()} == {existing.uuid}
    found, new = ib.match_people(SPELLINGS[person], [])
    assert len(new) == 1


@pytest.mark.parametrize(("a", "b"), [("Michael Frei", "Michal Frei"), ("Anna Keller", "Anna Kellner"),
                                      ("Rene Roth", "Renee Roth")])
def test_different_people_stay_different(a: str, b: str) -> None:
    """Writing umlauts out never merges two names that differ in their letters."""
    from leitplanken.domain import import_build as ib

    _found, new = ib.match_people([a, b], [])
    assert len(new) == 2


@pytest.mark.parametrize("name", ["=owner", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "'=owner",
                                  "\u200b=zwsp", "\ufeff=bom"])
def test_a_name_that_looks_like_a_formula_is_no_person(name: str) -> None:
    """The owner column's formula-looking names are never offered as new people; they are counted
    and kept in the notes."""
    from datetime import date

    from leitplanken.domain import import_build as ib
    from leitplanken.domain import import_mapping as im

    mapping = im.Mapping(columns={"T": "title", "O": "owner"})
    rows = [ib.SourceRow(2, ["A", name]), ib.SourceRow(3, ["B", "Anna Keller"])]
    assert list(ib.owner_names(mapping, ["T", "O"], rows)) == ["Anna Keller"]
    built = ib.build(["T", "O"], rows, mapping, today=date(2026, 1, 1))
    assert [p.name for p in built.new_people] == ["Anna Keller"]
    assert built.use_cases[0].owner_uuid is None
    assert len(built.formula_names) == 1
    kept = next(iter(built.formula_names))
    assert f"O: {kept}" in built.use_cases[0].notes
