"""The decision record shows every field the board needs, in the language asked for."""

from __future__ import annotations

import io
from datetime import date

import pytest
from babel.numbers import get_group_symbol
from pypdf import PdfReader
from report_support import TODAY, body_text, pdf_text, squash

from leitplanken.domain.model import Workspace
from leitplanken.report import Cancelled, ReportOptions, render


def options(lang: str = "en", **kw: object) -> ReportOptions:
    """Options with everything a cover shows filled in."""
    base: dict[str, object] = dict(
        language=lang, today=TODAY, meeting="VR-Sitzung 4/2026", meeting_date=date(2026, 12, 3),
        author="Urs Meier (Protokoll)", confidentiality="Vertraulich – nur für den VR",
        source_name="muster-elektro.leitplanken", source_modified="19.11.2026 17:02",
        circular_resolution=True)
    base.update(kw)
    return ReportOptions(**base)  # type: ignore[arg-type]


def user_values(ws: Workspace) -> list[str]:
    """Every user-entered text of the chosen (not stopped) use cases and the company."""
    values = [ws.company.name, ws.company.board_name]
    chosen = [uc for uc in ws.use_cases if uc.status != "stopped"]
    shown = {b.person_uuid for b in ws.board}
    for uc in chosen:
        shown |= {uc.owner_uuid, *(m.person_uuid for m in uc.members),
                  *(c.person_uuid for c in uc.cells), *(i.owner_uuid for i in uc.checklist)}
    values += [p.name for p in ws.people if p.uuid in shown]
    linked = {link.system_uuid for uc in chosen for link in uc.systems}
    values += [s.name for s in ws.systems if s.uuid in linked]
    for uc in chosen:
        values += [uc.title, uc.problem, uc.relief_customers, uc.relief_employees, uc.boundary,
                   uc.tool, uc.personal_data_which, uc.response_target, uc.fallback, uc.motion,
                   *uc.tags]
        values += [link.note for link in uc.systems]
        for item in uc.checklist:
            if item.enabled:
                values += [item.note, item.evidence, item.na_reason]
        values += [a.note for a in uc.cx]
        for d in uc.decisions:
            values += [d.rationale, d.conditions, d.deciders, d.readiness_override]
        values += [a.title for a in uc.activities if not a.catalogue_key]
    return [v for v in values if v]


@pytest.mark.parametrize("lang", ["de", "de_CH", "en"])
def test_every_field_appears(workspace: Workspace, lang: str) -> None:
    """A board member finds each value that was typed into the app, literally."""
    result = render(workspace, options(lang))
    text = squash(pdf_text(result.pdf))
    missing = [v for v in user_values(workspace) if squash(v) not in text]
    assert not missing
    for cover_value in ("VR-Sitzung 4/2026", "Urs Meier (Protokoll)", "muster-elektro.leitplanken",
                        "Vertraulich – nur für den VR", "19.11.2026 17:02"):
        assert squash(cover_value) in text
    assert "switched-offitem" not in text
    assert squash("Chatbot auf der Website") not in text
    assert result.missing_glyphs == set()


def test_german_and_english_words(workspace: Workspace) -> None:
    """The record's own words follow the chosen language, not the interface's."""
    german = squash(pdf_text(render(workspace, options("de")).pdf))
    english = squash(pdf_text(render(workspace, options("en")).pdf))
    assert squash("Entscheidungsprotokoll") in german
    assert squash("Verantwortungsmatrix (RACI)") in german
    assert squash("Decision record") in english and "Entscheidungsprotokoll" not in english
    assert squash("Responsibility matrix (RACI)") in english
    # catalogue titles in the record's language
    assert squash("KI-Ergebnisse prüfen") in german
    assert squash("Review AI outputs") in english
    # money and dates in the record's language with the company's currency (CHF): an
    # English record of a Swiss company says "CHF 4,800.00" and "10 Dec 2026"; the Swiss
    # grouping mark is babel's (’ or ' depending on its CLDR version)
    assert squash("CHF 4,800.00") in english and squash("10 Dec 2026") in english
    assert squash("4.800,00 CHF") in german and "10.12.2026" in german
    swiss = squash(pdf_text(render(workspace, options("de_CH")).pdf))
    group = get_group_symbol("de_CH")
    assert squash(f"CHF 4{group}800.00") in swiss and "10.12.2026" in swiss


def test_swiss_german_never_writes_sharp_s(workspace: Workspace) -> None:
    """Swiss German spelling holds in everything the app writes itself."""
    text = pdf_text(render(workspace, options("de_CH", author="Lea Brunner",
                                                  confidentiality="Vertraulich")).pdf)
    assert "ß" not in text


def test_page_numbers_bookmarks_and_metadata(workspace: Workspace) -> None:
    """Page x of y on every page, an outline entry per use case, title/author/language set."""
    result = render(workspace, options("de"))
    reader = PdfReader(io.BytesIO(result.pdf))
    total = len(reader.pages)
    assert result.pages == total and total >= 5
    assert f"Seite {total} von {total}" in (reader.pages[-1].extract_text() or "")
    assert f"Seite 1 von {total}" in (reader.pages[0].extract_text() or "")
    titles = [item.title for item in _flat(reader.outline)]
    for n, uc in enumerate([u for u in workspace.use_cases if u.status != "stopped"], start=1):
        assert f"{n}. {uc.title}" in titles
    meta = reader.metadata
    assert meta.title.startswith("Entscheidungsprotokoll")
    assert meta.author == "Urs Meier (Protokoll)"
    assert "Muster Elektro AG" in (meta.subject or "")
    assert reader.trailer["/Root"]["/Lang"] == "de-DE"


def _flat(outline: list) -> list:
    out = []
    for item in outline:
        out += _flat(item) if isinstance(item, list) else [item]
    return out


def test_only_embedded_dejavu_fonts(workspace: Workspace) -> None:
    """No Helvetica anywhere: every font is the bundled DejaVu, embedded."""
    reader = PdfReader(io.BytesIO(render(workspace, options("en")).pdf))
    fonts = {}
    for page in reader.pages:
        resources = page["/Resources"]
        for xobj in (resources.get("/XObject") or {}).values():
            fonts.update(_fonts(xobj.get_object().get("/Resources") or {}))
        fonts.update(_fonts(resources))
    assert fonts
    for name, font in fonts.items():
        assert "DejaVu" in str(font["/BaseFont"]), name
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
            else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


def _fonts(resources: object) -> dict:
    fonts = resources.get("/Font") or {}  # type: ignore[attr-defined]
    return {str(font.get_object()["/BaseFont"]): font.get_object() for font in fonts.values()}


def test_paper_sizes(workspace: Workspace) -> None:
    """A4 is 595×842 points, Letter 612×792."""
    a4 = PdfReader(io.BytesIO(render(workspace, options("en", paper="a4")).pdf))
    letter = PdfReader(io.BytesIO(render(workspace, options("en", paper="letter")).pdf))
    assert [round(float(x)) for x in a4.pages[0].mediabox] == [0, 0, 595, 842]
    assert [round(float(x)) for x in letter.pages[-1].mediabox] == [0, 0, 612, 792]


def test_same_data_gives_identical_bytes(workspace: Workspace) -> None:
    """Two exports of the same data and options are byte for byte the same."""
    first = render(workspace, options("de_CH")).pdf
    second = render(workspace, options("de_CH")).pdf
    assert first == second
    workspace.use_cases[0].problem += " (geändert)"
    assert render(workspace, options("de_CH")).pdf != first


def test_fingerprint_on_cover_follows_the_data(workspace: Workspace) -> None:
    """The cover's fingerprint changes with the data, so printouts can be told apart."""
    from leitplanken.report.fingerprint import fingerprint

    chosen = [u for u in workspace.use_cases if u.status != "stopped"]
    before = fingerprint(workspace, chosen)
    assert before in pdf_text(render(workspace, options("en")).pdf)
    workspace.people[0].name = "Anna Keller-Huber"
    assert fingerprint(workspace, chosen) != before


def test_chosen_use_cases_only(workspace: Workspace) -> None:
    """Choosing use cases leaves the others out; an unknown one is an error, not a blank."""
    second = workspace.use_cases[1]
    text = squash(pdf_text(render(workspace, options(use_case_uuids=[second.uuid])).pdf))
    assert squash(second.title) in text
    assert squash(workspace.use_cases[0].title) not in text
    with pytest.raises(KeyError):
        render(workspace, options(use_case_uuids=["no-such-uuid"]))


def test_progress_and_cancel(workspace: Workspace) -> None:
    """Progress is reported per use case; returning False stops the export."""
    seen: list[tuple[int, int]] = []
    render(workspace, options(progress=lambda d, t: seen.append((d, t)) or True))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    assert len(seen) >= 4
    with pytest.raises(Cancelled):
        render(workspace, options(progress=lambda d, t: d < 1))


def test_go_live_reason_and_corrections_are_shown(workspace: Workspace) -> None:
    """A go-live with incomplete readiness shows its reason; corrections are marked."""
    text = squash(pdf_text(render(workspace, options("en")).pdf))
    assert squash("Went live with incomplete readiness") in text
    assert squash("Corrects the entry of 1 Mar 2026") in text
    assert squash("Corrected by the entry of 2 Mar 2026") in text
    assert squash("Swiss Code of Obligations, Art. 713 para. 3") in text
    assert squash("Anna Keller") in text and squash("Lea Brunner") in text


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_field_of_the_demo_appears(lang: str) -> None:
    """The demo company's record shows every value of every use case that is not stopped."""
    from leitplanken.domain.demo import demo_workspace

    ws = demo_workspace("en" if lang == "en" else "de", TODAY)
    result = render(ws, options(lang))
    text = squash(body_text(result.pdf))
    missing = [v for v in user_values(ws) if squash(v) not in text]
    assert not missing
    assert result.missing_glyphs == set()
    for uc in ws.use_cases:
        for item in uc.checklist:
            if item.enabled and item.owner_uuid:
                assert squash(ws.person(item.owner_uuid).name) in text
