"""The minutes skeleton (Protokoll): the page the minute-taker fills in by hand at the meeting.

Swiss company law wants the board's deliberations and resolutions minuted and the minutes
signed by the chair and the minute-taker (OR Art. 713 para. 3): one signature block for the
whole record, not one per item. Members who declare a conflict of interest leave the room for
that item (Ausstand), so each item has its line for that.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Table

from leitplanken.domain.model import BoardMember, BoardRole, Person
from leitplanken.domain.motions import has_motion
from leitplanken.i18n.board_grammar import BoardPhrases, board_phrases, capitalised
from leitplanken.i18n.fmt import safe_locale
from leitplanken.i18n.labels import board_role_label
from leitplanken.i18n.translator import fill
from leitplanken.report.agenda import AgendaItem, kind_word
from leitplanken.report.context import Context, Para
from leitplanken.report.document import Heading, PageRef
from leitplanken.report.motion import BOX, ruled
from leitplanken.report.styles import REGULAR

_ORDER = {BoardRole.CHAIR: 0, BoardRole.MINUTE_TAKER: 1, BoardRole.MEMBER: 2}
_BLACK = Color(0, 0, 0)
BLANK = "_" * 14


def seated(ctx: Context) -> list[tuple[BoardMember, Person]]:
    """The board's members who are known people: chair first, then minute-taker, members."""
    found = []
    for member in sorted(ctx.workspace.board, key=lambda m: (_ORDER.get(m.role, 3), m.sort)):
        person = ctx.people.get(member.person_uuid)
        if person is not None:
            found.append((member, person))
    return found


def voting(ctx: Context) -> list[tuple[BoardMember, Person]]:
    """The members who vote and count towards the quorum: every seat but the minute-taker's.

    The minute-taker keeps the minutes and need not be a member (the secretary of a Swiss
    board often is not, OR Art. 712 para. 1). A seat holds one role, so a minute-taker votes
    only when the board also records that person with a seat of their own as chair or
    member; a person with two seats votes once.
    """
    found: list[tuple[BoardMember, Person]] = []
    for member, person in seated(ctx):
        if member.role != BoardRole.MINUTE_TAKER and all(
                person.uuid != p.uuid for _, p in found):
            found.append((member, person))
    return found


def holder(ctx: Context, role: BoardRole) -> str:
    """The name of the first member with a role (chair, minute-taker), "" when there is none."""
    for member, person in seated(ctx):
        if member.role == role:
            return person.name
    return ""


def swiss(ctx: Context) -> bool:
    """Whether the company is Swiss (its locale's country is CH, as "de_CH" or "fr_CH"): only
    then does the record cite the Swiss Code of Obligations. A German GmbH's Geschäftsführung
    gets the same pages in neutral words, no foreign law."""
    return safe_locale(ctx.workspace.company.locale).upper().endswith("_CH")


def law(ctx: Context, paragraph: int) -> str:
    """The citation of Art. 713 para. `paragraph` in the language's one style ("Art. 713 Abs. 3
    OR"), "" for a company that is not Swiss."""
    if not swiss(ctx):
        return ""
    return fill(ctx.tr.translate("Report", "Swiss Code of Obligations, Art. 713 para. %1"),
                paragraph)


def board_words(ctx: Context) -> BoardPhrases:
    """The company's board in the record's sentences (grammar from i18n/board_grammar)."""
    return board_phrases(ctx.workspace.company.board_name, ctx.lang,
                         ctx.tr.translate("Report", "Board"))


def signatures(ctx: Context) -> Table:
    """Chair and minute-taker side by side: role, name, room to sign, a line and its caption."""
    s = ctx.styles
    cells: list[list[Any]] = [[], [], [], []]
    for role in (BoardRole.CHAIR, BoardRole.MINUTE_TAKER):
        if cells[0]:
            for row in cells:
                row.append("")
        cells[0].append(Para(ctx.esc(board_role_label(role, ctx.tr)), s.cell_bold))
        cells[1].append(ctx.para(holder(ctx, role) or " ", s.cell))
        cells[2].append("")
        cells[3].append(Para(ctx.esc(ctx.tr.translate(
            "Report", "Place, date and signature")), s.small))
    table = Table(cells, colWidths=[ctx.width * 0.45, ctx.width * 0.1, ctx.width * 0.45],
                  rowHeights=[None, None, 30, None], splitInRow=1, hAlign="LEFT")
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 3), (0, 3), 0.8, _BLACK),
                    ("LINEABOVE", (2, 3), (2, 3), 0.8, _BLACK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return table


def _attendance(ctx: Context) -> Table:
    """One row per member with boxes for present and excused, two blank rows for guests."""
    tr = ctx.tr
    present, excused = tr.translate("Report", "present"), tr.translate("Report", "excused")
    rows: list[list[Any]] = [ctx.heads(tr.translate("Report", "Member"),
                                       tr.translate("Report", "Role"),
                                       tr.translate("Report", "Attendance"))]
    for member, person in seated(ctx):
        rows.append([ctx.cell(person.name, ctx.styles.cell_bold),
                     ctx.cell(board_role_label(member.role, tr)),
                     ctx.cell(f"{BOX} {present}    {BOX} {excused}")])
    if not seated(ctx):  # no board recorded: lines to write the members in by hand
        rows += [[ctx.cell(""), ctx.cell(""), ctx.cell(f"{BOX} {present}    {BOX} {excused}")]
                 for _ in range(4)]
    guests = tr.translate("Report", "Guest")
    for _ in range(2):
        rows.append([ctx.cell(""), ctx.cell(guests), ctx.cell(f"{BOX} {present}")])
    return ctx.table(rows, [40, 25, 35], extra=[("TOPPADDING", (0, 1), (-1, -1), 5),
                                                ("BOTTOMPADDING", (0, 1), (-1, -1), 5)])


def _item(ctx: Context, item: AgendaItem) -> KeepTogether:
    """An item's conflicts of interest, ruled lines for the discussion, where it was resolved."""
    tr, s = ctx.tr, ctx.styles
    uc = item.use_case
    title = uc.title or tr.translate("Report", "Untitled use case")
    head = ctx.user(f"{item.number}. {title} ({kind_word(ctx, item.kind)})", s.h3)
    conflicts = fill(tr.translate(
        "Report", "Conflicts of interest (recusal): %1 none declared   %1 declared by: %2"),
        BOX, "_" * 30)
    lines = 3 if item.for_decision else 1
    rows: list[list[Any]] = [[ctx.label(conflicts, s.small)],
                             [ctx.label(tr.translate("Report", "Discussion:"), s.small)]]
    rows += [[""] for _ in range(lines)]
    if item.for_decision and not has_motion(uc):  # its page has no boxes: nothing to vote on
        rows.append([ctx.label(tr.translate(
            "Report", "No motion written: not voted on at this meeting."), s.small)])
    elif item.for_decision:
        said = tr.translate("Report", "Resolution, votes and conditions: as ticked on page")
        width = stringWidth(said, s.small.fontName, s.small.fontSize) + 4
        where = Table([[ctx.label(said, s.small), PageRef(f"item{item.number}",
                                                          s.small.fontSize)]],
                      colWidths=[min(width, ctx.width - 40), 40], hAlign="LEFT")
        where.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
        rows.append([where])
    else:
        rows.append([ctx.label(fill(tr.translate("Report", "%1 taken note of"), BOX), s.small)])
    table = Table(rows, colWidths=[ctx.width], hAlign="LEFT",
                  rowHeights=[None, None] + [17] * lines + [None])
    table.setStyle(ruled([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 1),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)], 2, 1 + lines))
    return KeepTogether([head, table])


def minutes(ctx: Context, items: list[AgendaItem], meeting: list[tuple[str, str]]) -> list[Any]:
    """The minutes skeleton: meeting, attendance, quorum, one block per item, one signature."""
    tr, s = ctx.tr, ctx.styles
    words = board_words(ctx)
    title = tr.translate("Report", "Minutes")
    story: list[Any] = [NextPageTemplate("body"), PageBreak(),
                        Heading(ctx.esc(title), s.h1, "minutes", ctx.clean.plain(title))]
    story.append(ctx.user(fill(tr.translate("Report", "Meeting of %1"), words.genitive)
                          + (" · " + ctx.workspace.company.name
                             if ctx.workspace.company.name.strip() else ""), s.body))
    rows = [[ctx.cell(label, s.cell_bold), ctx.cell(value or BLANK)] for label, value in meeting]
    rows.append([ctx.cell(tr.translate("Report", "Opened / closed"), s.cell_bold),
                 ctx.cell(f"{BLANK} / {BLANK}")])
    rows.append([ctx.cell(tr.translate("Report", "Chair"), s.cell_bold),
                 ctx.cell(holder(ctx, BoardRole.CHAIR) or BLANK)])
    rows.append([ctx.cell(tr.translate("Report", "Minute-taker"), s.cell_bold),
                 ctx.cell(holder(ctx, BoardRole.MINUTE_TAKER) or BLANK)])
    story.append(ctx.table(rows, [30, 70], header_rows=0))
    story.append(ctx.label(tr.translate("Report", "Attendance"), s.h2))
    story.append(_attendance(ctx))
    total = len(voting(ctx))
    story.append(ctx.gap(4))
    story.append(ctx.label(fill(tr.translate(
        "Report", "Members present: %1 of %2. %3 %4 has a quorum   %4 has no quorum."),
        "____", ctx.fmt.number(total) if total else "____", capitalised(words.nominative),
        BOX), s.body))
    story.append(ctx.label(tr.translate("Report", "Items"), s.h2))
    story += [_item(ctx, item) for item in items]
    story.append(ctx.gap(12))
    story.append(KeepTogether([
        ctx.label(tr.translate("Report", "Signatures"), s.h2), signatures(ctx),
        ctx.label(fill(tr.translate(
            "Report", "Board minutes are signed by the chair and the minute-taker (%1)."),
            law(ctx, 3)) if swiss(ctx) else tr.translate(
            "Report", "Board minutes are signed by the chair and the minute-taker."), s.muted)]))
    return story
