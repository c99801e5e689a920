"""Round trip: an exported register re-imports with its saved mapping into a new workspace.

Export (CSV in both dialects, XLSX; German, Swiss German and English), write the mapping the
export offers, read the list back with the import's reader and that mapping into a new,
saved and reopened workspace: titles, texts, status, owner, dates, costs, hours, tags and
notes are the same.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from leitplanken.domain import import_mapping as im
from leitplanken.domain.import_build import SourceRow, build
from leitplanken.domain.model import Company, Person, RiskClass, Status, UseCase, Workspace
from leitplanken.i18n.translator import Translator
from leitplanken.report.table_export import Dialect, Format, What, export_table
from leitplanken.report.table_export_mapping import mapping_for, write_mapping
from leitplanken.storage import WorkspaceFile
from leitplanken.storage.table_read import read_table

TODAY = date(2026, 11, 25)
#: The fields a round trip must keep (agenda is the program's choice and never imported).
KEPT = ("title", "problem", "relief_customers", "relief_employees", "boundary",
        "customer_facing", "status", "tool", "personal_data", "personal_data_which",
        "risk_class", "cost_once", "cost_monthly", "hours_saved_month", "response_target",
        "fallback", "motion", "created_on", "pilot_start", "go_live", "next_review", "tags",
        "motion_options", "recommendation", "recommendation_reason", "conditions", "notes")


def _workspace() -> Workspace:
    """Use cases with every status and risk class, awkward texts, amounts and dates."""
    anna = Person(name="Anna Keller")
    lukasz = Person(name="Łukasz Nowak")
    ext = Person(name="Beraterin Extern", internal=False)
    ws = Workspace(company=Company(name="Muster AG", currency="CHF", language="de"),
                   people=[anna, lukasz, ext])
    owners = [anna, lukasz, ext, None]
    for i, (status, risk) in enumerate(zip(list(Status) * 2, list(RiskClass) * 3, strict=False)):
        ws.use_cases.append(UseCase(
            title=f"Fall {i}: Reklamationen „schnell“; beantworten, bitte",
            problem="Zeile eins\nZeile zwei mit \"Anführungszeichen\" und ; und ,",
            relief_customers="Antwort innert 2 Stunden 😀" if i % 2 else "",
            relief_employees="Weniger Tipparbeit",
            boundary="Die KI entwirft, der Mensch entscheidet.",
            customer_facing=bool(i % 2), status=status,
            owner_uuid=(owners[i % 4].uuid if owners[i % 4] else None),
            tool="ChatGPT Team" if i % 3 else "", personal_data=i % 3 == 0,
            personal_data_which="Namen, E-Mail-Adressen" if i % 3 == 0 else "",
            risk_class=risk,
            cost_once=Decimal("1200.50") if i % 2 else None,
            cost_monthly=Decimal("99.90") if i % 3 else Decimal("1234567.05"),
            hours_saved_month=Decimal("12.5") if i else Decimal("0.25"),
            response_target="2 Stunden", fallback="Telefon", motion="Der VR beschliesst …",
            created_on=date(2025, 1 + i % 12, 1 + i), pilot_start=date(2026, 2, 28) if i % 2 else None,
            go_live=date(2026, 12, 31) if i == 3 else None,
            next_review=date(2027, 1, 15) if i % 4 else None,
            tags=["service", "e-mail"] if i % 2 else [],
            motion_options="Genehmigen\nAblehnen", recommendation="Genehmigen",
            recommendation_reason="Spart Zeit", conditions="Nur mit Freigabe",
            notes="Notiz: erste Zeile\nzweite Zeile" if i % 2 else "",
        ))
    return ws


def _reimport(listing: Path, mapping_file: Path, into: Path) -> Workspace:
    """Reads the list with the mapping into a new workspace file, saved and opened again."""
    mapping = im.mapping_from_json(mapping_file.read_text(encoding="utf-8"))
    table = read_table(listing)
    result = build(table.headers, [SourceRow(r.line, r.cells) for r in table.rows], mapping,
                   people=[], today=date(2031, 1, 1))
    assert result.skipped == [] and result.unknown_values == {} and result.unreadable == {}
    fresh = Workspace(company=Company(name="Neu"), people=result.new_people,
                      use_cases=result.use_cases)
    WorkspaceFile.create(into, fresh).close()
    wf = WorkspaceFile.open(into, read_only=True)
    try:
        return wf.load()
    finally:
        wf.close()


def _owner(ws: Workspace, uc: UseCase) -> str:
    """The owner's name ("" for none)."""
    person = ws.person(uc.owner_uuid)
    return person.name if person is not None else ""


@pytest.mark.parametrize(("language", "suffix", "dialect"), [
    ("de", "csv", None),  # German Excel: semicolons, decimal comma, 31.12.2026
    ("de_CH", "csv", Dialect.COMMA),  # commas, point, ISO dates
    ("en", "csv", None),  # commas
    ("en", "csv", Dialect.EXCEL_DE),
    ("de", "xlsx", None),
    ("en", "xlsx", None),
])
def test_an_exported_register_comes_back_the_same(tmp_path: Path, language: str, suffix: str,
                                                  dialect: Dialect | None) -> None:
    ws = _workspace()
    tr = Translator(language)
    listing = tmp_path / f"register.{suffix}"
    export_table(ws, What.REGISTER, listing, tr=tr, language=language, today=TODAY,
                 dialect=dialect)
    mapping_file = tmp_path / "register.mapping.json"
    write_mapping(mapping_for(ws, tr, language, Format(suffix), dialect, TODAY), mapping_file)
    back = _reimport(listing, mapping_file, tmp_path / "neu.leitplanken")
    assert len(back.use_cases) == len(ws.use_cases)
    by_title = {uc.title: uc for uc in back.use_cases}  # storage keeps its own order
    for before in ws.use_cases:
        after = by_title[before.title]
        for name in KEPT:
            assert getattr(after, name) == getattr(before, name), (before.title, name)
        assert _owner(back, after) == _owner(ws, before)
    assert sorted(p.name for p in back.people) == sorted(p.name for p in ws.people)


def test_formula_like_texts_come_back_exactly(tmp_path: Path) -> None:
    """XLSX keeps the text as typed; CSV's apostrophe (what keeps Excel from running it) is
    taken off again by the import."""
    ws = _workspace()
    ws.use_cases[0].title = "=HYPERLINK(\"http://evil.example\")"
    ws.use_cases[1].problem = "-5 Minuten pro Anfrage"
    tr = Translator("en")
    for suffix in ("xlsx", "csv"):
        listing = tmp_path / f"r.{suffix}"
        export_table(ws, What.REGISTER, listing, tr=tr, language="en", today=TODAY)
        mapping_file = tmp_path / f"r-{suffix}.json"
        write_mapping(mapping_for(ws, tr, "en", Format(suffix), None, TODAY), mapping_file)
        back = _reimport(listing, mapping_file, tmp_path / f"n-{suffix}.leitplanken")
        titles = {uc.title for uc in back.use_cases}
        assert ws.use_cases[0].title in titles
        second = next(uc for uc in back.use_cases if uc.title == ws.use_cases[1].title)
        assert second.problem == ws.use_cases[1].problem


def test_the_derived_columns_stay_out_of_the_notes(tmp_path: Path) -> None:
    ws = _workspace()
    tr = Translator("en")
    listing = tmp_path / "r.csv"
    export_table(ws, What.REGISTER, listing, tr=tr, language="en", today=TODAY)
    mapping = mapping_for(ws, tr, "en", Format.CSV, None, TODAY)
    for header in ("Systems", "Accountable (A)", "Readiness criteria met", "Pilot trap",
                   "On the agenda"):
        assert mapping.columns[header] == im.IGNORE
    assert mapping.columns["Owner"] == im.OWNER and mapping.columns["Title"] == "title"
    assert mapping.values["Status"]["Regular operation"] == "operation"


def test_only_the_register_has_a_mapping() -> None:
    from leitplanken.report.table_export import build_table
    from leitplanken.report.table_export_mapping import register_mapping

    table = build_table(_workspace(), What.RACI, Translator("en"), "en", TODAY)
    with pytest.raises(ValueError, match="register"):
        register_mapping(table, Translator("en"), "en", Format.CSV)


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_the_whole_public_inventory_comes_back(inventory_csv: Path, tmp_path: Path,
                                               suffix: str) -> None:
    """1,757 real use cases: every row back in order, every kept field the same."""
    from inventory import inventory_workspace

    from leitplanken.domain.fields import record_type
    from leitplanken.domain.import_build import SourceRow as Row

    ws = inventory_workspace(inventory_csv)
    tr = Translator("de")
    listing = tmp_path / f"inventory.{suffix}"
    export_table(ws, What.REGISTER, listing, tr=tr, language="de", today=TODAY)
    table = read_table(listing)
    result = build(table.headers, [Row(r.line, r.cells) for r in table.rows],
                   mapping_for(ws, tr, "de", Format(suffix), None, TODAY), people=[],
                   today=date(2031, 1, 1))
    assert len(result.use_cases) == len(ws.use_cases) == 1757
    assert result.skipped == [] and result.unknown_values == {} and result.unreadable == {}
    names = [f.name for f in record_type(UseCase).fields if f.name in KEPT]
    for before, after in zip(ws.use_cases, result.use_cases, strict=True):
        for name in names:
            assert getattr(after, name) == getattr(before, name), (before.title, name)
