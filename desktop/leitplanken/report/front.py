"""The record's front matter: cover page, summary table of the chosen use cases, attention list.

The summary and attention tables are cut into chunks of rows that are built only when the
layout reaches them: a single table of 1,757 rows would be re-measured at every page break.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import NextPageTemplate, PageBreak, Table

from leitplanken.domain.model import BoardRole, UseCase
from leitplanken.i18n.labels import board_role_label, status_label
from leitplanken.i18n.translator import fill
from leitplanken.report.context import Context, Para
from leitplanken.report.document import Bookmark, Deferred, Heading
from leitplanken.report.findings import attention_said, readiness_said
from leitplanken.report.options import ReportOptions
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


def cover(ctx: Context, options: ReportOptions, chosen: list[UseCase], print_id: str) -> list[Any]:
    """Company, title, meeting, author, confidentiality and which data the record shows."""
    tr, s, company = ctx.tr, ctx.styles, ctx.workspace.company
    story: list[Any] = [Bookmark("cover", ctx.clean.plain(document_title(ctx)))]
    story.append(ctx.gap(30))
    name = company.name
    if company.legal_form and not name.rstrip().endswith(company.legal_form.strip()):
        name = f"{name}, {company.legal_form}"
    story.append(ctx.user(name, s.subtitle))
    story.append(ctx.label(document_title(ctx), s.title))
    if options.meeting:
        story.append(ctx.user(options.meeting, s.h1))
    story.append(ctx.gap(10))
    rows: list[list[Any]] = []

    def row(label: str, value: object) -> None:
        rows.append([ctx.cell(label, s.cell_bold), ctx.cell(value)])

    if company.board_name:
        row(tr.translate("Report", "Board"), company.board_name)
    row(tr.translate("Report", "Meeting date"), ctx.fmt.date(options.meeting_date, "long")
        if options.meeting_date else "–")
    row(tr.translate("Report", "Prepared by"), options.author or "–")
    row(tr.translate("Report", "Prepared on"), ctx.fmt.date(options.today, "long"))
    row(tr.translate("Report", "Use cases"), ctx.fmt.number(len(chosen)))
    story.append(_plain_table(ctx, rows))
    if options.confidentiality:
        story.append(ctx.gap(14))
        box = Table([[ctx.para(options.confidentiality, s.h2)]], colWidths=[ctx.width],
                    splitInRow=1)
        box.setStyle([("BOX", (0, 0), (-1, -1), 1.2, Color(0, 0, 0)),
                      ("FONTNAME", (0, 0), (-1, -1), BOLD),
                      ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
        story.append(box)
    story.append(ctx.gap(14))
    story.append(ctx.label(tr.translate("Report", "Made from this data"), s.h2))
    rows = []
    row(tr.translate("Report", "File"), options.source_name or
        tr.translate("Report", "Unsaved workspace"))
    row(tr.translate("Report", "Last change"), options.source_modified or "–")
    row(tr.translate("Report", "Fingerprint"), print_id)
    story.append(_plain_table(ctx, rows))
    story.append(ctx.label(tr.translate(
        "Report", "The fingerprint changes whenever the data shown here changes: printouts with "
        "the same fingerprint were made from the same data."), s.muted))
    members = _board_rows(ctx)
    if members:
        story.append(ctx.label(company.board_name or tr.translate("Report", "Board"),
                              s.h2))
        story.append(_plain_table(ctx, members))
    story += [NextPageTemplate("body"), PageBreak()]
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


def summary(ctx: Context, chosen: list[UseCase], numbers: dict[str, int]) -> list[Any]:
    """One row per chosen use case: status, readiness, owner, next review, decision requested."""
    tr = ctx.tr
    title = tr.translate("Report", "Overview")
    story: list[Any] = [Heading(ctx.esc(title), ctx.styles.h1, "overview", ctx.clean.plain(title))]
    if not chosen:
        story.append(ctx.label(tr.translate("Report", "No use cases were chosen."),
                              ctx.styles.body))
        return story
    heads = ctx.heads(tr.translate("Report", "No."), tr.translate("Report", "Use case"),
                      tr.translate("Report", "Status"), tr.translate("Report", "Next review"),
                      tr.translate("Report", "Decision requested"))
    widths = [5, 33, 18, 13, 31]
    owner_label = ctx.esc(tr.translate("Report", "Owner"))
    ready_label = ctx.esc(tr.translate("Report", "Readiness"))

    def make(part: list[UseCase]) -> Table:
        rows: list[list[Any]] = [heads]
        for uc in part:
            ready = readiness_said(ctx, uc)
            state = (tr.translate("Report", "complete") if ready.complete
                     else fill(tr.translate("Report", "%1 of %2"), ready.done, ready.total))
            owner = ctx.owner(uc)
            name = ctx.esc(uc.title) + (f'<br/><font size="7.5">{owner_label}: '
                                        f"{ctx.esc(owner)}</font>" if owner else "")
            status = (f"<b>{ctx.esc(status_label(uc.status, tr))}</b><br/>"
                      f'<font size="7.5">{ready_label}: {ctx.esc(state).replace(" ", "&nbsp;")}</font>')
            review: Any = ctx.cell(ctx.date(uc.next_review))
            if uc.next_review is not None and uc.next_review < ctx.today:
                # Printed in black and white: overdue is said in a word, not a colour.
                review = Para(ctx.esc(ctx.date(uc.next_review)) + "<br/><b>"
                              + ctx.esc(tr.translate("Report", "overdue")) + "</b>",
                              ctx.styles.cell)
            rows.append([ctx.cell(str(numbers[uc.uuid])), Para(name, ctx.styles.cell),
                         Para(status, ctx.styles.cell), review, ctx.cell(uc.motion or "–")])
        return ctx.table(rows, widths)

    story.extend(_chunks(chosen, make))
    story.append(ctx.label(tr.translate(
        "Report", "Readiness counts the criteria for regular operation that are met."),
        ctx.styles.muted))
    return story


def attention(ctx: Context, chosen: list[UseCase], numbers: dict[str, int]) -> list[Any]:
    """Pilot traps, invalid RACI, overdue items and reviews due, most serious first."""
    tr = ctx.tr
    title = tr.translate("Report", "Needs attention")
    story: list[Any] = [Heading(ctx.esc(title), ctx.styles.h1, "attention",
                                ctx.clean.plain(title))]
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

