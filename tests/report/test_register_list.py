"""The register list: one landscape table row per use case, header on every page, literal text."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from report_support import TODAY, pdf_text, squash

from leitplanken.domain.model import Person, Status, UseCase, Workspace
from leitplanken.report.options import Cancelled, ReportOptions
from leitplanken.report.register_list import accountable, render_list
from leitplanken.report.selection import Filters, filtered_use_cases, match_people


def _pages(pdf: bytes) -> list[str]:
    """The text of each page."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def _options(ws: Workspace, **kwargs) -> ReportOptions:
    """List options for every use case of the workspace."""
    kwargs.setdefault("use_case_uuids", [uc.uuid for uc in ws.use_cases])
    return ReportOptions(language=kwargs.pop("language", "en"), today=TODAY,
                         register_list=True, **kwargs)


def _many(ws: Workspace, count: int) -> Workspace:
    """The workspace with `count` more use cases of every status, owned in turn by its people."""
    statuses = list(Status)
    for i in range(count):
        ws.use_cases.append(UseCase(
            title=f"Anwendungsfall {i:03d} für Größenprüfung", status=statuses[i % len(statuses)],
            owner_uuid=ws.people[i % len(ws.people)].uuid, created_on=TODAY - timedelta(days=i),
            next_review=TODAY + timedelta(days=i - 50)))
    return ws


def test_columns_and_landscape(workspace: Workspace) -> None:
    """Every column heading, each use case's title, status and owner; A4 and Letter lie on their side."""
    result = render_list(workspace, _options(workspace))
    text = squash(pdf_text(result.pdf))
    for heading in ("No.", "Use case", "Status", "Owner", "Accountable", "Readiness",
                    "Risk class", "Pilot age", "Next review"):
        assert squash(heading) in text
    for uc in workspace.use_cases:
        assert squash(uc.title) in text
    assert squash("Urs Meier") in text and squash("Regular operation") in text
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in result.pdf
    letter = render_list(workspace, _options(workspace, paper="letter"))
    assert b"/MediaBox [ 0 0 792 612 ]" in letter.pdf
    assert "Page 1 of 1" in pdf_text(result.pdf)


def test_header_row_on_every_page_and_page_x_of_y(workspace: Workspace) -> None:
    """Hundreds of rows over several pages: each page repeats the header and counts itself."""
    ws = _many(workspace, 300)
    result = render_list(ws, _options(ws))
    pages = _pages(result.pdf)
    assert result.pages == len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert "Use case" in page and "Next review" in page
        assert f"Page {number} of {len(pages)}" in page
    text = squash("\n".join(pages))
    for i in (0, 150, 299):
        assert squash(f"Anwendungsfall {i:03d} für Größenprüfung") in text
    assert "Register of use cases" in pages[0]


def test_pilot_age_trap_and_overdue_review(workspace: Workspace) -> None:
    """A pilot says its age and the pilot trap; a passed review date is said overdue."""
    from leitplanken.domain.pilot import pilot_trap_days

    pilot = next(uc for uc in workspace.use_cases if uc.status == Status.PILOT)
    pilot.next_review = TODAY - timedelta(days=3)
    text = squash(pdf_text(render_list(workspace, _options(workspace)).pdf))
    days = pilot_trap_days(pilot, TODAY)
    assert squash(f"{days} day") in text and squash("pilot trap") in text
    assert squash("(overdue)") in text


def test_accountable_is_who_answers_for_automated_decisions(workspace: Workspace) -> None:
    """The A of "answer for automated decisions", else the person with most A letters."""
    from leitplanken.domain.model import Letter

    uc = workspace.use_cases[0]
    answer = next(a for a in uc.activities if a.catalogue_key == "answer_for_decisions")
    cell = next(c for c in uc.cells if c.activity_uuid == answer.uuid and c.letter == Letter.A)
    assert accountable(uc) == cell.person_uuid
    assert accountable(UseCase()) is None


def test_record_language_and_formats(workspace: Workspace) -> None:
    """A Swiss company's list in English: English statuses; in de-CH no "ß" anywhere."""
    from leitplanken.i18n.fmt import Formatter, record_locale

    uc = workspace.use_cases[0]
    uc.next_review = date(2026, 12, 8)
    english = pdf_text(render_list(workspace, _options(workspace)).pdf)
    assert Formatter(record_locale("en", "de_CH")).date_short(uc.next_review) in english
    assert "Regelbetrieb" not in english
    swiss = pdf_text(render_list(workspace, _options(workspace, language="de_CH")).pdf)
    assert "ß" not in swiss and "Regelbetrieb" in swiss
    assert Formatter("de_CH").date_short(uc.next_review) in swiss


def test_hostile_text_renders_literally(workspace: Workspace) -> None:
    """Markup, a 20,000-character word, RTL and emoji: literal text, nothing lost, no crash."""
    uc = workspace.use_cases[0]
    uc.title = "<b>fett & <img src='/etc/passwd'/> ‏مرحبا‎ Ünïcödé 😀"
    long = workspace.use_cases[1]
    long.title = "x" * 20_000
    kanji = workspace.use_cases[2]
    kanji.title = "Kanji 漢字"
    result = render_list(workspace, _options(workspace))
    text = squash(pdf_text(result.pdf))
    assert squash("<b>fett & <img src='/etc/passwd'/>") in text
    assert squash("Ünïcödé") in text
    assert text.count("x") >= 20_000
    assert "漢" in result.missing_glyphs and squash("Kanji ??") in text
    assert result.pages >= 2  # the long title continues on the next page, under the header


def test_exports_are_reproducible(workspace: Workspace) -> None:
    """The same data and day give the same bytes (the fingerprint and dates included)."""
    assert render_list(workspace, _options(workspace)).pdf == render_list(
        workspace, _options(workspace)).pdf


def test_cancel_stops_the_list(workspace: Workspace) -> None:
    """The progress callback returning False stops the export."""
    with pytest.raises(Cancelled):
        render_list(workspace, _options(workspace, progress=lambda done, total: False))


def test_filters_say_themselves_on_the_page(workspace: Workspace) -> None:
    """A filtered list names its filters under the title."""
    filters = Filters(statuses=[Status.PILOT], pilot_trap=True)
    chosen = filtered_use_cases(workspace, None, filters, TODAY)
    text = squash(pdf_text(render_list(workspace, _options(
        workspace, use_case_uuids=[uc.uuid for uc in chosen], filters=filters)).pdf))
    assert squash("Filtered by Status: Pilot; only pilots in the pilot trap") in text


def test_filters_and_owner_names() -> None:
    """Status includes stopped ones when asked; tags and owner names ignore case and accents."""
    ws = Workspace(people=[Person(name="Jürg Müller"), Person(name="Anna Keller")])
    a = UseCase(title="A", status=Status.STOPPED, tags=["Kundendienst"], owner_uuid=ws.people[0].uuid)
    b = UseCase(title="B", status=Status.PILOT, tags=["Einkauf"], owner_uuid=ws.people[1].uuid,
                pilot_start=TODAY - timedelta(days=200), created_on=TODAY - timedelta(days=200))
    c = UseCase(title="C", status=Status.PILOT, pilot_start=TODAY, created_on=TODAY)
    ws.use_cases = [a, b, c]
    titles = lambda f: [uc.title for uc in filtered_use_cases(ws, None, f, TODAY)]  # noqa: E731
    assert titles(Filters(statuses=[Status.STOPPED])) == ["A"]
    assert titles(Filters()) == ["B", "C"]
    assert titles(Filters(tags=["kundendienst"], statuses=list(Status))) == ["A"]
    assert titles(Filters(pilot_trap=True)) == ["B"]
    assert [p.name for p in match_people(ws, "jurg muller")] == ["Jürg Müller"]
    assert [p.name for p in match_people(ws, "KELLER")] == ["Anna Keller"]
    assert match_people(ws, "Nobody") == []
    assert titles(Filters(owner_uuids=[ws.people[0].uuid], statuses=list(Status))) == ["A"]
