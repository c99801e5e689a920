"""What the board is asked to decide, with boxes to tick and lines to sign by hand.

Swiss company law wants board minutes signed by the chair and the minute-taker (OR Art. 713
para. 3); a written resolution (Zirkularbeschluss, OR Art. 713 para. 2) is signed by every
member. The record leaves room for exactly that, named from the company's board.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Table

from leitplanken.domain.model import BoardMember, BoardRole, DecisionKind, Status, UseCase
from leitplanken.domain.rules import pilot_trap_days
from leitplanken.i18n.labels import board_role_label, decision_kind_label
from leitplanken.i18n.translator import fill
from leitplanken.report.context import Context, Para
from leitplanken.report.document import Heading
from leitplanken.report.findings import readiness_said
from leitplanken.report.styles import REGULAR

BOX = "\u2610"
_K = DecisionKind
OPTIONS: dict[Status, tuple[DecisionKind, ...]] = {
    Status.IDEA: (_K.START_EVALUATION, _K.STOP),
    Status.EVALUATION: (_K.START_PILOT, _K.PAUSE, _K.STOP),
    Status.PILOT: (_K.GO_LIVE, _K.EXTEND_PILOT, _K.PAUSE, _K.STOP),
    Status.OPERATION: (_K.CHANGE, _K.PAUSE, _K.STOP),
    Status.PAUSED: (_K.START_PILOT, _K.GO_LIVE, _K.STOP),
    Status.STOPPED: (_K.START_EVALUATION,),
}


def _recommendation(ctx: Context, uc: UseCase) -> str:
    """A recommendation derived from the readiness check and the pilot's age."""
    tr = ctx.tr
    ready = readiness_said(ctx, uc)
    parts = []
    days = pilot_trap_days(uc, ctx.today)
    if days is not None and days > ctx.workspace.company.pilot_trap_days:
        parts.append(fill(tr.translate(
            "Report", "This pilot has waited %1 days for a decision (pilot trap)."), days))
    if ready.complete:
        parts.append(tr.translate(
            "Report", "Readiness for regular operation is complete; nothing stands in the way "
            "of the next step."))
    elif uc.status == Status.PILOT:
        parts.append(fill(tr.translate(
            "Report", "Readiness is incomplete (%1 of %2 criteria met): make the missing points "
            "conditions or extend the pilot; going live needs an explicit reason."),
            ready.done, ready.total))
    else:
        parts.append(fill(tr.translate(
            "Report", "Readiness for regular operation: %1 of %2 criteria met."),
            ready.done, ready.total))
    return " ".join(parts)


def board_member(ctx: Context, role: BoardRole) -> BoardMember | None:
    """The first board member with a role (chair, minute-taker)."""
    for member in sorted(ctx.workspace.board, key=lambda m: m.sort):
        if member.role == role:
            return member
    return None


def _signatures(ctx: Context) -> Table:
    """Chair and minute-taker side by side: role, name, room to sign, a line and its caption."""
    s = ctx.styles
    cells: list[list[Any]] = [[], [], [], []]
    for role in (BoardRole.CHAIR, BoardRole.MINUTE_TAKER):
        member = board_member(ctx, role)
        name = ctx.person_name(member.person_uuid) if member else ""
        if cells[0]:
            for row in cells:
                row.append("")
        cells[0].append(Para(ctx.esc(board_role_label(role, ctx.tr)), s.cell_bold))
        cells[1].append(ctx.para(name or " ", s.cell))
        cells[2].append("")
        cells[3].append(Para(ctx.esc(ctx.tr.translate(
            "Report", "Place, date and signature")), s.small))
    table = Table(cells, colWidths=[ctx.width * 0.45, ctx.width * 0.1, ctx.width * 0.45],
                  rowHeights=[None, None, 30, None], splitInRow=1, hAlign="LEFT")
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEABOVE", (0, 3), (0, 3), 0.8, Color(0, 0, 0)),
                    ("LINEABOVE", (2, 3), (2, 3), 0.8, Color(0, 0, 0)),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return table


def _tick_line(ctx: Context, labels: list[str]) -> Para:
    """Boxes to tick by hand, side by side."""
    text = "&nbsp;&nbsp;&nbsp;&nbsp;".join(f"{BOX}&nbsp;{ctx.esc(label)}" for label in labels)
    return Para(text, ctx.styles.cell)


def decision_requested(ctx: Context, uc: UseCase, number: int) -> list[Any]:
    """Motion, options, recommendation, resolution boxes, votes, conditions and signatures."""
    tr, s = ctx.tr, ctx.styles
    motion = uc.motion or tr.translate("Report", "The board decides on the next step for this "
                                       "use case.")
    options = "<br/>".join(f"{BOX}&nbsp;{ctx.esc(decision_kind_label(k, tr))}"
                           for k in OPTIONS.get(uc.status, ()))
    blank = "_" * 12
    votes = fill(tr.translate("Report", "For %1   Against %2   Abstentions %3"),
                 blank, blank, blank)
    rows: list[list[Any]] = [
        [ctx.cell(tr.translate("Report", "Motion"), s.cell_bold), ctx.cell(motion)],
        [ctx.cell(tr.translate("Report", "Options"), s.cell_bold),
         Para(options or "–", s.cell)],
        [ctx.cell(tr.translate("Report", "Recommendation"), s.cell_bold),
         ctx.cell(_recommendation(ctx, uc))],
        [ctx.cell(tr.translate("Report", "Resolution"), s.cell_bold),
         _tick_line(ctx, [tr.translate("Report", "approved"), tr.translate("Report", "rejected"),
                          tr.translate("Report", "deferred")])],
        [ctx.cell(tr.translate("Report", "Votes"), s.cell_bold), ctx.cell(votes)],
        [ctx.cell(tr.translate("Report", "Conditions"), s.cell_bold),
         Para(" ", s.cell)],
    ]
    table = ctx.table(rows, [22, 78], header_rows=0,
                      extra=[("BOX", (0, 0), (-1, -1), 1, Color(0, 0, 0)),
                             ("BOTTOMPADDING", (0, 3), (-1, 4), 6),
                             ("TOPPADDING", (0, 3), (-1, 4), 6),
                             ("BOTTOMPADDING", (0, 5), (-1, 5), 44)])
    sign = _signatures(ctx)
    note = ctx.label(tr.translate(
        "Report", "Board minutes are signed by the chair and the minute-taker "
        "(Swiss Code of Obligations, Art. 713 para. 3)."), s.muted)
    label = tr.translate("Report", "Decision requested")
    return [KeepTogether([Heading(ctx.esc(label), s.h2, f"uc{number}-decision",
                                  ctx.clean.plain(label), level=1),
                          table, ctx.gap(10), sign, note])]


def circular_resolution(ctx: Context, chosen: list[UseCase], numbers: dict[str, int]) -> list[Any]:
    """A page for a written resolution: the motions, and one line per board member."""
    tr, s = ctx.tr, ctx.styles
    title = tr.translate("Report", "Circular resolution")
    board = ctx.workspace.company.board_name or tr.translate("Report", "Board")
    story: list[Any] = [NextPageTemplate("body"), PageBreak(),
                        Heading(ctx.esc(title), s.h1, "circular", ctx.clean.plain(title))]
    story.append(ctx.label(fill(tr.translate(
        "Report", "The %1 of %2 decides the following motions in writing. The resolution is "
        "valid only if no member asks for a meeting (Swiss Code of Obligations, Art. 713 "
        "para. 2)."), board, ctx.workspace.company.name)))
    rows: list[list[Any]] = [ctx.heads(tr.translate("Report", "No."),
                                       tr.translate("Report", "Use case"),
                                       tr.translate("Report", "Motion"))]
    for uc in chosen:
        rows.append([ctx.cell(str(numbers[uc.uuid])), ctx.cell(uc.title), ctx.cell(
            uc.motion or tr.translate("Report", "The board decides on the next step for this "
                                      "use case."))])
    story += [ctx.table(rows, [6, 34, 60]), ctx.gap(10)]
    heads = ctx.heads(tr.translate("Report", "Member"), tr.translate("Report", "Vote"),
                      tr.translate("Report", "Date"), tr.translate("Report", "Signature"))
    sign_rows: list[list[Any]] = [heads]
    order = {BoardRole.CHAIR: 0, BoardRole.MINUTE_TAKER: 1, BoardRole.MEMBER: 2}
    members = sorted(ctx.workspace.board, key=lambda m: (order.get(m.role, 3), m.sort))
    for member in members:
        name = ctx.esc(ctx.person_name(member.person_uuid) or "–")
        role = ctx.esc(board_role_label(member.role, tr))
        sign_rows.append([Para(f"<b>{name}</b><br/>{role}", s.cell),
                          _tick_line(ctx, [tr.translate("Report", "yes"),
                                           tr.translate("Report", "no"),
                                           tr.translate("Report", "abstain")]), "", ""])
    if not members:
        sign_rows.append([ctx.cell(" "), "", "", ""])
    table = ctx.table(sign_rows, [30, 34, 14, 22],
                      extra=[("BOTTOMPADDING", (0, 1), (-1, -1), 16)])
    story.append(table)
    return story
