"""The decision record read by a board member: facts said once and alike on the item page and
in the appendix, dates in the record's language, law by jurisdiction, a circular resolution
that can be signed as it is."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from report_support import TODAY, pdf_text, squash

from leitplanken.domain import rules
from leitplanken.domain.demo import demo_workspace
from leitplanken.domain.model import BoardRole, ItemState, Letter, RiskClass, Workspace
from leitplanken.report import ReportOptions, render

RETURN = date(2026, 12, 1)


def _pdf(ws: Workspace, lang: str, **kw: object) -> str:
    """The record's text (circular resolution included)."""
    options = ReportOptions(language=lang, today=TODAY, circular_resolution=True,
                            circular_return_date=RETURN, **kw)  # type: ignore[arg-type]
    return pdf_text(render(ws, options).pdf)


@pytest.fixture(scope="module")
def en_demo() -> tuple[Workspace, str]:
    """The demo and its English record."""
    ws = demo_workspace("en", TODAY)
    return ws, _pdf(ws, "en")


def test_readiness_is_one_count_on_item_page_and_appendix(en_demo: tuple[Workspace, str]) -> None:
    ws, text = en_demo
    flat = squash(text)
    people = {p.uuid: p for p in ws.people}
    for uc in ws.use_cases:
        result = rules.readiness(uc, people)
        if result.ready:
            continue
        said = squash(f"{result.done} of {result.total} criteria met")
        # the item page (or information item) and the appendix's checklist line and section
        assert flat.count(said) >= 2, uc.title
    # no rival count of ticked checklist items
    assert "items done or not applicable" not in text
    counts = {m.group(0) for m in re.finditer(r"\d+ of \d+ (criteria|items|points)", text)}
    totals = {f"{r.done} of {r.total} criteria" for r in
              (rules.readiness(uc, people) for uc in ws.use_cases)}
    assert counts <= totals, counts - totals


def test_external_accountable_is_named_on_the_item_page(en_demo: tuple[Workspace, str]) -> None:
    ws, text = en_demo
    externals = [p for p in ws.people if not p.internal]
    named = [p for p in externals if any(
        c.person_uuid == p.uuid and c.letter == Letter.A for uc in ws.use_cases for c in uc.cells)]
    assert named, "the demo has an external accountable"
    appendix = text.index("Appendix")
    before = squash(text[:appendix])
    for person in named:
        assert squash(f"{person.name} (external") in before
    assert "The responsibility matrix has" not in text[:appendix]


def test_assessed_risk_class_is_not_called_unassessed(en_demo: tuple[Workspace, str]) -> None:
    ws, text = en_demo
    assessed_open = [uc for uc in ws.use_cases if uc.risk_class not in (
        RiskClass.UNCLEAR, RiskClass.PROHIBITED) and any(
        i.catalogue_key == "dp_risk_class" and i.enabled and i.state in (ItemState.OPEN, ItemState.IN_PROGRESS)
        for i in uc.checklist)]
    assert assessed_open, "the demo has a risk class set whose checklist item is open"
    flat = squash(text)
    unassessed_open = [uc for uc in ws.use_cases if uc.risk_class == RiskClass.UNCLEAR and any(
        i.catalogue_key == "dp_risk_class" and i.enabled and i.state in (
            ItemState.OPEN, ItemState.IN_PROGRESS) for i in uc.checklist)]
    # only where the class really is unassessed (appendix only: no item page for those here)
    assert flat.count(squash("risk class is assessed” is not resolved yet")) <= len(
        unassessed_open)
    assert squash("but the checklist item “The EU AI Act risk class is assessed” is not "
                  "ticked off yet") in flat


def test_english_record_of_a_swiss_company_has_english_dates_throughout() -> None:
    ws = demo_workspace("de_CH", TODAY)
    assert ws.company.locale.startswith("de")
    text = _pdf(ws, "en")
    assert not re.findall(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b", text)
    assert not re.findall(r"\b\d{1,2}/\d{1,2}/\d{4}\b", text)
    assert "Nov 2026" in text  # the appendix's attention list, in the record's style


def test_last_change_is_to_the_minute_with_its_time_zone() -> None:
    from leitplanken.report.source import last_change

    ws = demo_workspace("de_CH", TODAY)
    ws.use_cases[0].modified_at = "2026-12-02T01:16:18+00:00"
    said = last_change(ws)
    assert re.search(r"\d{2}:\d{2} \(\S+\)$", said), said
    assert not re.search(r"\d{2}:\d{2}:\d{2}", said), said


def test_swiss_law_is_cited_only_for_a_swiss_company() -> None:
    swiss = demo_workspace("de_CH", TODAY)
    assert swiss.company.locale.endswith("_CH")
    text = squash(_pdf(swiss, "en"))
    assert text.count(squash("Swiss Code of Obligations, Art. 713 para. 2")) >= 2
    assert squash("Swiss Code of Obligations, Art. 713 para. 3") in text
    german = demo_workspace("de_CH", TODAY)
    company = german.company
    company.name, company.locale, company.currency = "Holzbau Brunner GmbH", "de_DE", "EUR"
    company.legal_form, company.board_name = "GmbH", "Geschäftsführung"
    for lang in ("en", "de"):
        text = _pdf(german, lang)
        assert "713" not in text and "Swiss" not in text and "OR)" not in text
        assert squash("oral deliberation") in squash(text) or "mündliche Beratung" in text


def _circular(text: str) -> str:
    """The circular resolution's text (up to the appendix)."""
    start = text.index("Circular resolution\n")
    return text[start:text.index("Appendix", start)]


def test_circular_prints_conditions_and_counts_only_voting_members(
        en_demo: tuple[Workspace, str]) -> None:
    ws, text = en_demo
    circular = squash(_circular(text))
    for uc in ws.use_cases:
        if uc.motion.strip() and uc.conditions.strip() and squash(uc.motion) in circular:
            assert squash(uc.conditions.strip()) in circular, uc.title
    minute_takers = [m for m in ws.board if m.role == BoardRole.MINUTE_TAKER]
    assert minute_takers, "the demo's board has a minute-taker"
    people = {p.uuid: p for p in ws.people}
    for member in ws.board:
        name = squash(people[member.person_uuid].name)
        votes = circular.count(name + "·")
        assert votes == (0 if member.role == BoardRole.MINUTE_TAKER else 1), name
    voters = len([m for m in ws.board if m.role != BoardRole.MINUTE_TAKER])
    assert squash(f"Members present: ____ of {voters}.") in squash(text)
    assert "return this page" not in text and squash("return your signed votes") in circular


def test_board_of_one_has_no_oral_deliberation_box() -> None:
    ws = demo_workspace("en", TODAY)
    chair = next(m for m in ws.board if m.role == BoardRole.CHAIR)
    ws.board[:] = [chair]
    circular = _circular(_pdf(ws, "en"))
    assert "I request oral deliberation" not in circular
    assert "no member requests oral deliberation" not in circular
    assert "The sole member" in circular


def test_export_pdf_takes_return_date_and_addressee(tmp_path: Path) -> None:
    from leitplanken.cli import main
    from leitplanken.storage import WorkspaceFile

    path = tmp_path / "demo.leitplanken"
    WorkspaceFile.create(path, demo_workspace("en", TODAY)).close()
    out = tmp_path / "record.pdf"
    assert main(["export-pdf", str(path), "-o", str(out), "--lang", "en", "--circular",
                 "--return-date", "2026-12-09", "--return-to", "Board office, Ms Example",
                 "--today", TODAY.isoformat()]) == 0
    circular = squash(_circular(pdf_text(out.read_bytes())))
    assert squash("to Board office, Ms Example by 9 December 2026") in circular


ARABIC = "مرحبا بالعالم"


def test_a_character_only_the_italic_lacks_is_drawn_in_the_regular_style() -> None:
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from leitplanken.report.fonts import ITALIC, REGULAR, register_fonts, runs
    from leitplanken.report.plaintext import PlainText
    from leitplanken.report.text import TextCleaner

    drawable = register_fonts()
    assert all(ord(ch) in drawable for ch in ARABIC if ch != " ")
    assert (REGULAR, "مرحبا") in runs("x مرحبا", ITALIC)
    cleaner = TextCleaner(drawable)
    italic = ParagraphStyle("i", fontName=ITALIC, fontSize=10, leading=12)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([
        Paragraph("<i>" + cleaner.markup(ARABIC + " ok") + "</i>", italic),
        PlainText(cleaner.plain(ARABIC + " plain"), italic)])
    assert not cleaner.missing
    pdf = buffer.getvalue()
    from pypdf import PdfReader

    fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    names = {str(f.get_object()["/BaseFont"]).split("+")[-1] for f in fonts.values()}
    # the Arabic comes from the regular face (the oblique one has no glyph for it)
    assert names >= {"DejaVuSans-Oblique", "DejaVuSans"}, names
    text = pdf_text(pdf)
    assert text.count("مرحبا") + text.count("ابحرم") == 2  # drawn twice, never as "?"
    assert "?" not in text


def test_record_keeps_arabic_and_the_cli_names_the_fields_of_a_marker(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from leitplanken.cli import main
    from leitplanken.storage import WorkspaceFile

    ws = demo_workspace("en", TODAY)
    arabic, cjk = ws.use_cases[0], ws.use_cases[1]
    arabic.motion = f"The board approves {ARABIC}."
    arabic.conditions = ARABIC
    cjk.boundary = "人工智能 stops here"
    path = tmp_path / "hostile.leitplanken"
    WorkspaceFile.create(path, ws).close()
    out = tmp_path / "hostile.pdf"
    assert main(["export-pdf", str(path), "-o", str(out), "--lang", "en",
                 "--today", TODAY.isoformat()]) == 0
    err = capsys.readouterr().err
    assert "مرحبا" not in err  # drawable: no warning about it
    assert f"Use case “{cjk.title}” – Where automation ends and the human begins: " in err
    text = pdf_text(out.read_bytes())
    assert "مرحبا" in text or "ابحرم" in text


def test_fingerprint_does_not_depend_on_the_order_of_records() -> None:
    from leitplanken.report.fingerprint import fingerprint

    ws = demo_workspace("en", TODAY)
    chosen = list(ws.use_cases)
    before = fingerprint(ws, chosen)
    ws.people.reverse()
    ws.use_cases[0].checklist.reverse()
    assert fingerprint(ws, list(reversed(chosen))) == before
    ws.use_cases[0].title += " (changed)"
    assert fingerprint(ws, chosen) != before


def test_filtered_record_says_so_on_the_cover(tmp_path: Path) -> None:
    from leitplanken.cli import main
    from leitplanken.storage import WorkspaceFile

    path = tmp_path / "demo.leitplanken"
    WorkspaceFile.create(path, demo_workspace("en", TODAY)).close()
    out = tmp_path / "trap.pdf"
    assert main(["export-pdf", str(path), "-o", str(out), "--lang", "en", "--pilot-trap",
                 "--today", TODAY.isoformat()]) == 0
    import io

    from pypdf import PdfReader

    cover = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert squash("Filtered by only pilots in the pilot trap") in squash(cover)
    full = tmp_path / "all.pdf"
    assert main(["export-pdf", str(path), "-o", str(full), "--lang", "en",
                 "--today", TODAY.isoformat()]) == 0
    assert "Filtered by" not in PdfReader(io.BytesIO(full.read_bytes())).pages[0].extract_text()


def test_no_empty_prepared_by_on_the_cover(en_demo: tuple[Workspace, str]) -> None:
    _, text = en_demo
    assert not re.search(r"Prepared by\s*–", text)
    ws = demo_workspace("en", TODAY)
    assert squash("Prepared by Jane Example") in squash(_pdf(ws, "en", author="Jane Example"))


@pytest.mark.parametrize("word", ["Zimmermann", "Mustermann-Langname00",
                                  "Verwaltungsratspräsidentin", "Oberholzer-Zimmermann"])
def test_a_name_too_wide_for_its_column_breaks_only_at_a_visible_hyphen(word: str) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from leitplanken.report.fonts import BOLD, register_fonts
    from leitplanken.report.raci_table import NAME_MIN_SIZE, hyphenated

    register_fonts()
    width = 38.0
    pieces = hyphenated(word, BOLD, NAME_MIN_SIZE, width)
    assert len(pieces) > 1
    assert all(p.endswith("-") for p in pieces[:-1]), pieces
    assert all(stringWidth(p, BOLD, NAME_MIN_SIZE) <= width for p in pieces[:-1]), pieces
    assert all(len(p.rstrip("-")) >= 3 for p in pieces), pieces
    # joined without the hyphens it added, it is the word again (its own hyphens kept)
    pos = 0
    for piece in pieces:
        own = word[pos:pos + len(piece)] == piece
        assert own or word[pos:pos + len(piece) - 1] == piece[:-1], pieces
        pos += len(piece) if own else len(piece) - 1  # else: a hyphen the record added
    assert pos == len(word), pieces
    assert hyphenated("Anna", BOLD, NAME_MIN_SIZE, width) == ["Anna"]


@pytest.mark.parametrize(("name", "said"), [
    ("Managing director", "the managing director"), ("Board", "the board"),
    ("Management Board", "the Management Board"), ("VR", "the VR"),
    ("The Board of Directors", "the Board of Directors"),
])
def test_english_board_names_take_the_article_as_english_does(name: str, said: str) -> None:
    from leitplanken.i18n.board_grammar import board_phrases

    assert board_phrases(name, "en", "board").genitive == said


def test_custom_english_board_name_in_the_record_and_one_bracket_only() -> None:
    ws = demo_workspace("en", TODAY)
    ws.company.board_name = "Managing director"
    text = _pdf(ws, "en")
    assert "of the Managing director" not in text
    assert squash("of the managing director") in squash(text)
    swiss = demo_workspace("de_CH", TODAY)
    text = _pdf(swiss, "en")
    assert not re.search(r"\)\s*\(", text), re.findall(r".{40}\)\s*\(.{30}", text)
    assert squash(f"(Verwaltungsrat, {swiss.company.name})") in squash(text)


def test_export_pdf_warns_about_an_item_for_decision_without_a_motion(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from leitplanken.cli import main
    from leitplanken.domain.model import AgendaKind
    from leitplanken.storage import WorkspaceFile

    ws = demo_workspace("en", TODAY)
    bare = next(uc for uc in ws.use_cases if uc.motion.strip())
    bare.motion = ""
    bare.agenda = AgendaKind.DECISION
    path = tmp_path / "demo.leitplanken"
    WorkspaceFile.create(path, ws).close()
    out = tmp_path / "record.pdf"
    assert main(["export-pdf", str(path), "-o", str(out), "--lang", "en",
                 "--today", TODAY.isoformat()]) == 0
    err = capsys.readouterr().err
    assert f"“{bare.title}” is for decision but has no motion" in err
    text = pdf_text(out.read_bytes())
    boxes = text.count("Resolution of the board")
    with_motion = sum(1 for uc in ws.use_cases if uc.motion.strip() and squash(uc.motion)
                      in squash(text))
    assert boxes <= with_motion  # the item without a motion has no boxes to tick
    assert "not voted on at this meeting" in text


def test_items_for_decision_sit_under_one_bookmark_and_the_outline_opens() -> None:
    import io

    from pypdf import PdfReader

    ws = demo_workspace("en", TODAY)
    options = ReportOptions(language="en", today=TODAY)
    reader = PdfReader(io.BytesIO(render(ws, options).pdf))
    outline = reader.outline
    titles = [o.title for o in outline if not isinstance(o, list)]
    assert "Items for decision" in titles and "Items for information" in titles
    after = outline[[getattr(o, "title", None) for o in outline].index("Items for decision") + 1]
    assert isinstance(after, list) and all(o.title[:1].isdigit() for o in after
                                           if not isinstance(o, list))
    assert not [t for t in titles if t[:1].isdigit()]  # no item at the top level
    assert reader.trailer["/Root"].get("/PageMode") == "/UseOutlines"


@pytest.mark.parametrize("lang", ["de_CH", "en"])
def test_no_page_holds_only_leftover_readiness_lines_or_a_lone_risk_note(lang: str) -> None:
    import io

    from pypdf import PdfReader

    from leitplanken.i18n.labels import risk_hint
    from leitplanken.i18n.translator import require_translator

    ws = demo_workspace(lang, TODAY)
    reader = PdfReader(io.BytesIO(render(ws, ReportOptions(language=lang, today=TODAY)).pdf))
    tr = require_translator(lang)
    warning = tr.translate("Report", "Warning")
    hints = {squash(risk_hint(uc.risk_class, tr))[:30] for uc in ws.use_cases}
    for number, page in enumerate(reader.pages, start=1):
        lines = [line for line in (page.extract_text() or "").split("\n") if line.strip()]
        body = lines[4:]  # extracted after the header's and footer's two lines each
        starts = [line for line in body if line.startswith(warning)]
        assert not body or len(starts) < len(body) - 1 or len(body) > 12, (number, body)
        head = squash(" ".join(body[:2]))
        assert not any(h and h in head for h in hints), (number, body[:2])
