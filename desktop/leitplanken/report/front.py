"""The record's cover page, and the attention list that opens the appendix.

The attention table is cut into chunks of rows that are built only when the layout reaches
them: a single table of 1,757 rows would be re-measured at every page break.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Table

from leitplanken.domain.model import BoardRole, UseCase
from leitplanken.i18n.board_grammar import board_phrases
from leitplanken.i18n.labels import board_role_label
from leitplanken.i18n.translator import fill
from leitplanken.report.agenda import AgendaItem
from leitplanken.report.context import Context
from leitplanken.report.document import Bookmark, Deferred, Heading
from leitplanken.report.findings import attention_said
from leitplanken.report.options import ReportOptions
from leitplanken.report.register_list import describe_filters
from leitplanken.report.source import last_change_at
from leitplanken.report.styles import BOLD, CELL_SIZE, HEAD_GREY, REGULAR

CHUNK = 30


def document_title(ctx: Context) -> str:
    """"Decision record" in the record's language."""
    return ctx.tr.translate("Report", "Decision record")


def severity_word(ctx: Context, severity: str) -> str:
    """The translated severity shown before a finding."""
    if severity == "error":
        return ctx.tr.translate("Report", "Error")
    if severity == "warning":
        return ctx.tr.translate("Report", "Warning")
    return ctx.tr.translate("Report", "Note")


def company_line(name: str, legal_form: str) -> str:
    """The company with its legal form, never twice ("Muster AG", not "Muster AG, AG").

    The legal form is left out when the name already ends with it, with the words before its
    parentheses ("Aktiengesellschaft") or with the abbreviation in them ("AG").
    """
    name, form = " ".join(name.split()), " ".join(legal_form.split())
    if not form:
        return name
    if not name:
        return form
    said = {form, form.split("(")[0].strip(" ,")}
    said |= {m.strip() for m in re.findall(r"\(([^)]*)\)", form)}
    said |= {form.split(",")[0].strip()}
    folded = name.casefold()
    for part in filter(None, said):
        part = part.casefold()
        if folded == part or folded.endswith(" " + part) or folded.endswith("," + part):
            return name
    return f"{name}, {form}"


def meeting_facts(ctx: Context, options: ReportOptions) -> list[tuple[str, str]]:
    """Date, time and place of the meeting: as chosen for this export, else the company's."""
    company, tr = ctx.workspace.company, ctx.tr
    day = options.meeting_date or company.meeting_date
    return [(tr.translate("Report", "Date"), ctx.fmt.date(day, "long") if day else ""),
            (tr.translate("Report", "Time"), (options.meeting_time or company.meeting_time).strip()),
            (tr.translate("Report", "Place"),
             (options.meeting_place or company.meeting_place).strip())]


def last_change(ctx: Context, options: ReportOptions) -> str:
    """When the data was last changed, in the record's language with the time zone."""
    moment = last_change_at(ctx.workspace, options.last_changed or None)
    if moment is None:
        return options.source_modified or "–"
    local = moment.astimezone()
    zone = local.tzname() or local.strftime("%z")
    return fill(ctx.tr.translate("Report", "%1, %2 (time zone %3)"),
                ctx.fmt.date(local.date(), "long"), local.strftime("%H:%M"), zone)


def cover(ctx: Context, options: ReportOptions, items: list[AgendaItem], print_id: str,
          ) -> list[Any]:
    """Company, board, meeting, author, confidentiality and which data the record shows."""
    tr, s, company = ctx.tr, ctx.styles, ctx.workspace.company
    story: list[Any] = [Bookmark("cover", ctx.clean.plain(document_title(ctx)))]
    story.append(ctx.gap(24))
    story.append(ctx.user(company_line(company.name, company.legal_form), s.subtitle))
    story.append(ctx.label(document_title(ctx), s.title))
    words = board_phrases(company.board_name, ctx.lang, tr.translate("Report", "Board"))
    story.append(ctx.user(options.meeting.strip() or fill(
        tr.translate("Report", "Meeting of %1"), words.genitive), s.h1))
    story.append(ctx.gap(6))
    rows: list[list[Any]] = []

    def row(label: str, value: object) -> None:
        rows.append([ctx.cell(label, s.cell_bold), ctx.cell(value or "–")])

    row(tr.translate("Report", "Board"), company.board_name)
    for label, value in meeting_facts(ctx, options):
        row(label, value)
    if options.author.strip():  # an empty "Prepared by –" says nothing to the board
        row(tr.translate("Report", "Prepared by"), options.author)
    row(tr.translate("Report", "Prepared on"), ctx.fmt.date(options.today, "long"))
    decide = sum(1 for i in items if i.for_decision)
    row(tr.translate("Report", "Agenda"), fill(tr.translate(
        "Report", "For decision: %1 · for information: %2"), ctx.fmt.number(decide),
        ctx.fmt.number(len(items) - decide)))
    # a record narrowed by filters says so: the board must know use cases were left out
    narrowed = describe_filters(options, ctx.tr, ctx.workspace)
    if narrowed:
        row(tr.translate("Report", "Selection"), narrowed)
    story.append(_plain_table(ctx, rows))
    if options.confidentiality:
        story.append(ctx.gap(12))
        box = Table([[ctx.para(options.confidentiality, s.h2)]], colWidths=[ctx.width],
                    splitInRow=1)
        box.setStyle([("BOX", (0, 0), (-1, -1), 1.2, Color(0, 0, 0)),
                      ("FONTNAME", (0, 0), (-1, -1), BOLD),
                      ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
        story.append(box)
    members = _board_rows(ctx)
    if members:
        story.append(ctx.label(company.board_name or tr.translate("Report", "Board"), s.h2))
        story.append(_plain_table(ctx, members))
    story.append(ctx.label(tr.translate("Report", "Made from this data"), s.h2))
    rows = []
    row(tr.translate("Report", "File"), options.source_name or
        tr.translate("Report", "Unsaved workspace"))
    row(tr.translate("Report", "Last change"), last_change(ctx, options))
    row(tr.translate("Report", "Fingerprint"), print_id)
    story.append(_plain_table(ctx, rows))
    story.append(ctx.label(tr.translate(
        "Report", "The fingerprint identifies the data this record was made from: printouts "
        "with the same fingerprint show the same data."), s.muted))
    return story


def _plain_table(ctx: Context, rows: list[list[Any]]) -> Table:
    """A two-column label/value table with hairlines between rows."""
    rule = Color(0.7, 0.7, 0.7)
    return ctx.table(rows, [30, 70], header_rows=0, base=[
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, rule),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])


def _board_rows(ctx: Context) -> list[list[Any]]:
    """Board members with their role, chair first."""
    order = {BoardRole.CHAIR: 0, BoardRole.MINUTE_TAKER: 1, BoardRole.MEMBER: 2}
    rows = []
    for member in sorted(ctx.workspace.board, key=lambda m: (order.get(m.role, 3), m.sort)):
        person = ctx.people.get(member.person_uuid)
        if person is None:
            continue
        rows.append([ctx.cell(board_role_label(member.role, ctx.tr), ctx.styles.cell),
                     ctx.cell(person.name)])
    return rows


def _chunks(items: list[Any], make: Callable[[list[Any]], Any]) -> Iterator[Deferred]:
    """Deferred parts of CHUNK items each."""
    for start in range(0, len(items), CHUNK):
        yield Deferred(_later(make, items[start:start + CHUNK]))


def _later(make: Callable[[list[Any]], Any], part: list[Any]) -> Callable[[], list[Any]]:
    """`make` of this part, called when the layout reaches it (a function binds each part)."""
    return lambda: [make(part)]


def attention(ctx: Context, chosen: list[UseCase], numbers: dict[str, int]) -> list[Any]:
    """Pilot traps, invalid RACI, overdue items and reviews due, most serious first."""
    tr = ctx.tr
    title = tr.translate("Report", "Needs attention")
    story: list[Any] = [Heading(ctx.esc(title), ctx.styles.h2, "attention",
                                ctx.clean.plain(title), level=1)]
    said = attention_said(ctx, chosen)
    if not said:
        story.append(ctx.label(tr.translate(
            "Report", "Nothing needs attention: no pilot traps, no invalid responsibility "
            "matrix, nothing overdue."), ctx.styles.body))
        return story
    titles = {uc.uuid: uc.title for uc in chosen}
    heads = ctx.heads(tr.translate("Report", "No."), tr.translate("Report", "Use case"),
                      tr.translate("Report", "Severity"), tr.translate("Report", "Finding"))
    head_grey = Color(HEAD_GREY, HEAD_GREY, HEAD_GREY)

    def make(part: list[Any]) -> Table:
        rows: list[list[Any]] = [heads]
        extra = []
        for i, item in enumerate(part, start=1):
            uuid = item.use_case_uuid or ""
            rows.append([ctx.cell(str(numbers[uuid]) if uuid in numbers else ""),
                         ctx.cell(titles.get(uuid, "–")),
                         ctx.cell(severity_word(ctx, item.severity),
                                  ctx.styles.cell_bold if item.severity == "error" else None),
                         ctx.cell(item.text)])
            if item.severity == "error":
                extra.append(("BACKGROUND", (2, i), (2, i), head_grey))
        return ctx.table(rows, [5, 30, 12, 53], extra=extra)

    story.extend(_chunks(said, make))
    return story

