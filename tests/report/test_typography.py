"""Typography of the board paper: sizes, breaks, names in the matrix, invisible and missing
characters, and hostile text in the new motion fields."""

from __future__ import annotations

from datetime import date

from report_support import TODAY, pdf_text, squash

from leitplanken.domain.model import (
    AgendaKind,
    Letter,
    Person,
    RaciCell,
    RaciMember,
    Status,
    Workspace,
)
from leitplanken.report import ReportOptions, render
from leitplanken.report.fonts import BOLD, register_fonts
from leitplanken.report.plaintext import PlainText
from leitplanken.report.raci_table import NAME_MIN_SIZE, balanced
from leitplanken.report.styles import make_styles


def _render(ws: Workspace, **kw: object) -> str:
    options = ReportOptions(language="en", today=TODAY, circular_resolution=True,
                            circular_return_date=date(2026, 12, 1), **kw)  # type: ignore[arg-type]
    return pdf_text(render(ws, options).pdf)


def test_body_text_is_ten_points() -> None:
    """Body text 10 pt, headings keep with what follows."""
    styles = make_styles()
    assert styles.body.fontSize == 10
    assert all(s.keepWithNext for s in (styles.h1, styles.h2, styles.h3, styles.part,
                                        styles.item, styles.kicker))


def test_no_single_line_alone_at_a_page_foot_or_top() -> None:
    """A paragraph splits leaving at least two lines on each side, or moves whole."""
    register_fonts()
    style = make_styles().body
    text = " ".join(["Wort"] * 400)
    para = PlainText(text, style)
    para.wrap(300, 10_000)
    lines = len(para._lines_at(300))
    assert lines > 6
    head, tail = para.split(300, style.leading * (lines - 1) + 1)
    assert len(head._lines_at(300)) == lines - 2 and len(tail._lines_at(300)) == 2
    assert para.split(300, style.leading * 1.5) == []
    four = PlainText(" ".join(["Wort"] * 4 * 12), style)
    four.wrap(120, 10_000)
    assert len(four._lines_at(120)) >= 4


def test_matrix_groups_are_balanced() -> None:
    """13 people in tables of at most six: 5, 4, 4 — never a last table of one."""
    people = [Person(name=str(i)) for i in range(13)]
    assert [len(g) for g in balanced(people, 6)] == [5, 4, 4]
    assert [len(g) for g in balanced(people[:6], 6)] == [6]
    assert [len(g) for g in balanced(people * 4 + people[:8], 6)] == [6] * 10
    assert balanced([], 6) == []


def test_sixty_people_in_one_matrix_keep_a_readable_name_size(workspace: Workspace) -> None:
    """Long names wrap at 7 pt rather than shrink to 5 pt; every name is printed."""
    from leitplanken.report.context import Context
    from leitplanken.report.raci_table import head_style
    from leitplanken.report.text import TextCleaner

    uc = workspace.use_cases[0]
    people = [Person(name=f"Verwaltungsratspräsidentin{i:02d} Oberholzer-Zimmermann")
              for i in range(60)]
    workspace.people += people
    for i, person in enumerate(people):
        uc.members.append(RaciMember(use_case_uuid=uc.uuid, person_uuid=person.uuid,
                                     sort=100 + i))
        uc.cells.append(RaciCell(use_case_uuid=uc.uuid, activity_uuid=uc.activities[0].uuid,
                                 person_uuid=person.uuid, letter=Letter.C))
    styles = make_styles()
    from leitplanken.i18n.fmt import Formatter
    from leitplanken.i18n.translator import require_translator

    ctx = Context(workspace=workspace, tr=require_translator("en"), lang="en",
                  fmt=Formatter("en_GB"), clean=TextCleaner(register_fonts()), styles=styles,
                  width=480, today=TODAY, people=workspace.people_by_uuid())
    style = head_style(ctx, people, 480 * 0.69 / 6)
    assert style.fontSize >= NAME_MIN_SIZE and style.fontName == BOLD
    text = squash(_render(workspace)).replace("-", "")  # cut only at a visible hyphen
    assert all(squash(f"Verwaltungsratspräsidentin{i:02d}") in text for i in range(60))


def test_soft_hyphens_and_joiners_are_invisible(workspace: Workspace) -> None:
    """A soft hyphen is a hint, not a character: the record shows "Betriebsreife"."""
    uc = workspace.use_cases[0]
    uc.title = "Betriebs\u00adreife und Zero\u200bwidth"
    text = _render(workspace)
    assert "Betriebsreife und Zerowidth" in text
    assert "Betriebs-reife" not in text and "\u00ad" not in text


def test_hostile_text_in_the_motion_fields(workspace: Workspace) -> None:
    """Markup, a 20,000-character word, RTL, CJK and emoji in motion, options and conditions:
    printed literally, missing characters marked and reported, nothing crashes."""
    uc = next(u for u in workspace.use_cases if u.status == Status.PILOT)
    uc.agenda = AgendaKind.DECISION
    uc.motion = "<b>Beschluss</b> & <img src='/etc/passwd'/> " + "x" * 20_000
    uc.motion_options = "<i>Go live</i>\nمرحبا بالعالم\n漢字で停止\nStop 🚀🇨🇭"
    uc.recommendation = "<i>Go live</i>"
    uc.recommendation_reason = "Because & <u>why not</u>"
    uc.conditions = "1. <font size=40>big</font>\n2. ok"
    options = ReportOptions(language="en", today=TODAY, circular_resolution=True,
                            circular_return_date=date(2026, 12, 1))
    result = render(workspace, options)
    text = squash(pdf_text(result.pdf))
    for literal in ("<b>Beschluss</b>&<img", "<i>Golive</i>(recommended)",
                    "Because&<u>whynot</u>", "<fontsize=40>big</font>"):
        assert literal in text, literal
    assert text.count("x" * 50) * 50 >= 2 * 19_000  # on its page and in the circular
    assert {"漢", "字", "🚀"} <= result.missing_glyphs
    assert "Stop??" in text  # rocket and flag marked where they stood
