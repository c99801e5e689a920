"""The circular resolution (Zirkularbeschluss): the board decides in writing, without a meeting.

Under OR Art. 713 para. 2 a resolution by circulation is valid only if no member requests
oral deliberation, so every member gets that box, a vote on each motion (yes / no / abstain)
and a signature line, and everyone knows by when and to whom the page goes back. It carries
no meeting header: there is no meeting.

Who votes (minutes.voting): every seat but the minute-taker's, who need not be a member; a
minute-taker votes only when the board also records that person as chair or member. A board
of one has nobody to deliberate with, so it gets no oral-deliberation box. Each motion is
printed with the conditions proposed, so a member never votes on text not on the sheet.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak

from leitplanken.domain.model import BoardRole
from leitplanken.domain.motions import has_motion
from leitplanken.i18n.labels import board_role_label
from leitplanken.i18n.translator import fill
from leitplanken.report.agenda import AgendaItem
from leitplanken.report.context import Context, Para
from leitplanken.report.document import Heading
from leitplanken.report.minutes import BLANK, board_words, holder, law, swiss, voting
from leitplanken.report.motion import BOX, motion_block
from leitplanken.report.options import ReportOptions

_GREY = Color(0.9, 0.9, 0.9)  # the member's name row


def _intro(ctx: Context, members: int) -> str:
    """Who resolves: the members (or the one member) of the board, grammatical for its name."""
    tr, words = ctx.tr, board_words(ctx)
    company = ctx.workspace.company.name.strip()
    board = words.genitive
    if company:  # one bracket: "the board of directors (Verwaltungsrat, Muster AG)"
        board = f"{board[:-1]}, {company})" if board.endswith(")") else f"{board} ({company})"
    if members == 1:
        return fill(tr.translate(
            "Report", "The sole member of %1 resolves the following motions in writing "
            "(circular resolution)."), board)
    return fill(tr.translate(
        "Report", "The members of %1 resolve the following motions in writing (circular "
        "resolution)."), board)


def _member_block(ctx: Context, name: str, role: str, motions: list[AgendaItem],
                  sole: bool = False) -> KeepTogether:
    """One member's votes (a row per motion), the oral-deliberation box and signature line.

    A `sole` member has nobody to deliberate with: no oral-deliberation box.
    """
    tr, s = ctx.tr, ctx.styles
    choices = "&nbsp;&nbsp;&nbsp;".join(
        f"{BOX}&nbsp;{ctx.esc(word)}" for word in (tr.translate("Report", "yes"),
                                                   tr.translate("Report", "no"),
                                                   tr.translate("Report", "abstain")))
    rows: list[list[Any]] = [[Para(f"<b>{ctx.esc(name)}</b> · {ctx.esc(role)}", s.cell), ""]]
    for item in motions:
        label = fill(tr.translate("Report", "Motion on item %1"), item.number)
        rows.append([ctx.cell(f"{label}: {item.use_case.title}"), Para(choices, s.cell)])
    request = fill(tr.translate("Report", "I request oral deliberation (%1)."), law(ctx, 2)) \
        if swiss(ctx) else tr.translate("Report", "I request oral deliberation.")
    if not sole:
        rows.append([Para(f"{BOX}&nbsp;" + ctx.esc(request), s.cell), ""])
    rows.append([ctx.cell(tr.translate("Report", "Place, date and signature")), ""])
    last = len(rows) - 1
    table = ctx.table(rows, [62, 38], header_rows=0, extra=[
        ("SPAN", (0, 0), (-1, 0)), ("SPAN", (0, last - 1), (-1, last - 1)),
        ("SPAN", (0, last), (-1, last)), ("BACKGROUND", (0, 0), (-1, 0), _GREY),
        ("BOTTOMPADDING", (0, last), (-1, last), 26)])
    return KeepTogether([table, ctx.gap(8)])


def circular_resolution(ctx: Context, items: list[AgendaItem], options: ReportOptions,
                        ) -> list[Any]:
    """Every motion in full, then per member a vote on each, the return date and to whom."""
    tr, s = ctx.tr, ctx.styles
    title = tr.translate("Report", "Circular resolution")
    decide = [i for i in items if i.for_decision]
    motions = [i for i in decide if has_motion(i.use_case)]
    members = voting(ctx)
    story: list[Any] = [NextPageTemplate("plain"), PageBreak(),
                        Heading(ctx.esc(title), s.h1, "circular", ctx.clean.plain(title))]
    story.append(ctx.user(_intro(ctx, len(members)), s.body))
    sole = len(members) == 1
    if not sole:
        story.append(ctx.label(fill(tr.translate(
            "Report", "A circular resolution is valid only if no member requests oral "
            "deliberation (%1)."), law(ctx, 2)) if swiss(ctx) else tr.translate(
            "Report", "A circular resolution is valid only if no member requests oral "
            "deliberation."), s.muted))
    whom = options.circular_return_to.strip() or holder(ctx, BoardRole.MINUTE_TAKER)
    when = ctx.fmt.date(options.circular_return_date, "long") if options.circular_return_date \
        else ""
    story.append(ctx.gap(4))
    story.append(ctx.user(fill(tr.translate(
        "Report", "Please return your signed votes to %1 by %2."), whom or BLANK,
        when or BLANK), s.h3))
    if not motions:
        story.append(ctx.label(tr.translate(
            "Report", "There is no motion to resolve in writing."), s.body))
    for item in motions:
        story.append(ctx.user(f"{item.number}. {item.use_case.title}", s.h3))
        story += motion_block(ctx, item.use_case)[1:]
        # the conditions a motion may refer to are voted on here too: printed with it
        if item.use_case.conditions.strip():
            story.append(ctx.label(tr.translate("Report", "Conditions proposed"), s.h3))
            story.append(ctx.user(item.use_case.conditions.strip(), s.body))
    for item in decide:
        if not has_motion(item.use_case):
            story.append(ctx.label(fill(tr.translate(
                "Report", "Item %1 has no motion written and is not part of this circular "
                "resolution."), item.number), s.muted))
    if motions:
        story.append(ctx.label(tr.translate("Report", "Votes"), s.h2))
        for member, person in members:
            story.append(_member_block(ctx, person.name, board_role_label(member.role, tr),
                                       motions, sole))
        if not members:
            story.append(_member_block(ctx, BLANK, tr.translate("Report", "Member"), motions))
    return story
