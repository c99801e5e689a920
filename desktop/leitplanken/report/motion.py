"""The item pages: one page per item for decision, half a page per item for information.

An item for decision is the "Antrag an den Verwaltungsrat": the motion in one sentence the
minute-taker can copy, the options, the preparer's recommendation and why, the few facts the
decision needs, and one set of boxes for the resolution with the votes. Everything else about
the use case is in the appendix.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Table

from leitplanken.domain.model import Letter, Status, UseCase
from leitplanken.domain.motions import has_motion
from leitplanken.domain.rules import pilot_trap_days
from leitplanken.i18n.labels import risk_label
from leitplanken.i18n.translator import fill
from leitplanken.report.agenda import AgendaItem, kind_word, status_and_age
from leitplanken.report.context import Context, Para
from leitplanken.report.document import Bookmark, Heading
from leitplanken.report.findings import blocking_said, readiness_words
from leitplanken.report.plaintext import PlainText
from leitplanken.report.problems import option_texts, recommended_index
from leitplanken.report.styles import REGULAR

BOX = "\u2610"
#: Blocking gaps listed on a motion page; the rest are counted and left to the appendix.
MAX_GAPS = 4
#: Characters of the concrete problem an item for information quotes (the appendix has all).
SUMMARY_CHARS = 320
#: Motions up to this length are framed; longer ones (no real motion is) flow unframed.
FRAMED_CHARS = 1500
_BLACK = Color(0, 0, 0)
_RULE = Color(0.55, 0.55, 0.55)


def item_heading(ctx: Context, item: AgendaItem, style: Any, level: int = 1) -> list[Any]:
    """"Item 2 · For decision" above "2. Title", the title bookmarked under its part."""
    tr = ctx.tr
    uc = item.use_case
    title = ctx.clean.plain(uc.title) or tr.translate("Report", "Untitled use case")
    kicker = fill(tr.translate("Report", "Item %1 · %2"), item.number, kind_word(ctx, item.kind))
    return [ctx.label(kicker, ctx.styles.kicker),
            Heading(f"{item.number}. " + (ctx.esc(uc.title) or ctx.esc(title)), style,
                    f"item{item.number}", f"{item.number}. {title}", level=level)]


def accountable(ctx: Context, uc: UseCase) -> str:
    """Who answers for the automated decisions (the A of that activity), else the owner."""
    for activity in uc.activities:
        if activity.catalogue_key == "answer_for_decisions":
            names = [_named(ctx, c.person_uuid) for c in uc.cells
                     if c.activity_uuid == activity.uuid and c.letter == Letter.A]
            names = [n for n in names if n]
            if names:
                return ", ".join(names)
    return ctx.owner(uc) or "–"


def _named(ctx: Context, person_uuid: str) -> str:
    """A person's name, marked as external (with the organisation) where they are: an
    accountable outside the company is what the board has to decide on."""
    person = ctx.people.get(person_uuid)
    if person is None:
        return ""
    if person.internal:
        return person.name
    return fill(ctx.tr.translate("Report", "%1 (external: %2)"), person.name,
                person.organisation) if person.organisation else fill(
        ctx.tr.translate("Report", "%1 (external)"), person.name)


def _money(ctx: Context, value: Any) -> str:
    """An amount in the company's currency, "–" when none was given."""
    return ctx.fmt.money(value, ctx.workspace.company.currency) if value is not None else "–"


def _pilot_trap(ctx: Context, uc: UseCase) -> str:
    """"Yes: waiting 153 days for a decision (threshold 90)", "No", or "–" for non-pilots."""
    days = pilot_trap_days(uc, ctx.today)
    if days is None:
        return "–"
    threshold = ctx.workspace.company.pilot_trap_days
    if days > threshold:
        return fill(ctx.tr.translate(
            "Report", "Yes: waiting %1 days for a decision (threshold %2)"),
            ctx.fmt.number(days), ctx.fmt.number(threshold))
    return fill(ctx.tr.translate("Report", "No: last decision %1 days ago (threshold %2)"),
                ctx.fmt.number(days), ctx.fmt.number(threshold))


def review(ctx: Context, uc: UseCase) -> str:
    """The next review's date, "overdue" when it has passed (said in words: printed in grey)."""
    if uc.next_review is not None and uc.next_review < ctx.today:
        return fill(ctx.tr.translate("Report", "%1 (overdue)"), ctx.date(uc.next_review))
    return ctx.date(uc.next_review)


def facts(ctx: Context, uc: UseCase) -> Table:
    """The few facts a decision needs, two to a row."""
    tr, s = ctx.tr, ctx.styles
    readiness = readiness_words(ctx, uc)
    hours = (fill(tr.translate("Report", "%1 h"), ctx.fmt.number(uc.hours_saved_month))
             if uc.hours_saved_month is not None else "–")
    pairs = [
        (tr.translate("Report", "Status"), status_and_age(ctx, uc)),
        (tr.translate("Report", "Pilot trap"), _pilot_trap(ctx, uc)),
        (tr.translate("Report", "Owner"), ctx.owner(uc) or "–"),
        (tr.translate("Report", "Answers for it (A)"), accountable(ctx, uc)),
        (tr.translate("Report", "Cost once"), _money(ctx, uc.cost_once)),
        (tr.translate("Report", "Cost per month"), _money(ctx, uc.cost_monthly)),
        (tr.translate("Report", "Hours saved a month"), hours),
        (tr.translate("Report", "Risk class (EU AI Act)"), risk_label(uc.risk_class, tr)),
        (tr.translate("Report", "Readiness"), readiness),
        (tr.translate("Report", "Next review"), review(ctx, uc)),
    ]
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[Any] = []
        for label, value in pairs[i:i + 2]:
            row += [ctx.cell(label, s.cell_bold), ctx.cell(value)]
        rows.append(row)
    return ctx.table(rows, [23, 27, 23, 27], header_rows=0)


def _framed(ctx: Context, content: Any, width: float = 1.0) -> Table:
    """Content in a black frame (the motion, the resolution)."""
    box = Table([[content]], colWidths=[ctx.width * width], splitInRow=1, hAlign="LEFT")
    box.setStyle([("BOX", (0, 0), (-1, -1), 1, _BLACK), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                  ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                  ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
    return box


def no_motion_text(ctx: Context) -> str:
    """What stands where a motion is missing: said plainly, never a made-up motion."""
    return ctx.tr.translate(
        "Report", "No motion written. The board cannot vote on this item until the preparer "
        "writes what exactly is to be resolved.")


def motion_block(ctx: Context, uc: UseCase) -> list[Any]:
    """The motion, framed; a missing motion is marked as missing."""
    s = ctx.styles
    label = ctx.label(ctx.tr.translate("Report", "Motion"), s.part)
    if has_motion(uc):
        text = ctx.user(uc.motion.strip(), s.motion)
        if len(uc.motion) > FRAMED_CHARS:
            return [label, text]  # a frame (a table cell) cannot follow it across pages
        return [label, _framed(ctx, text)]
    return [label, _framed(ctx, ctx.text("<i>" + ctx.esc(no_motion_text(ctx)) + "</i>", s.body))]


def _options(ctx: Context, uc: UseCase, compact: bool = False) -> list[Any]:
    """The options, lettered, the recommended one marked; then the recommendation and why.

    `compact` sets the reason and the conditions smaller, for a page that would not fit.
    """
    tr, s = ctx.tr, ctx.styles
    prose = s.cell if compact else s.body
    texts = option_texts(uc, tr)
    chosen = recommended_index(uc, texts, tr)
    story: list[Any] = [ctx.label(tr.translate("Report", "Options"), s.part)]
    marker = tr.translate("Report", "recommended")
    rows = []
    for i, text in enumerate(texts):
        letter = chr(ord("A") + i) if i < 26 else str(i + 1)
        value = ctx.esc(text) + (f" <b>({ctx.esc(marker)})</b>" if i == chosen else "")
        rows.append([Para(f"<b>{letter}</b>", s.option), Para(value, s.option)])
    table = ctx.table(rows, [5, 95], header_rows=0, base=[
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
    story.append(table)
    story.append(ctx.label(tr.translate("Report", "Recommendation"), s.part))
    if uc.recommendation.strip():
        if chosen is not None:
            lead = fill(tr.translate("Report", "Option %1: %2"), chr(ord("A") + chosen)
                        if chosen < 26 else chosen + 1, texts[chosen])
        else:
            lead = fill(tr.translate("Report", "%1 (not one of the options above)"),
                        uc.recommendation.strip())
        story.append(ctx.user(lead, s.h3))
    else:
        story.append(ctx.text("<i>" + ctx.esc(tr.translate(
            "Report", "The preparer has made no recommendation.")) + "</i>"))
    if uc.recommendation_reason.strip():
        story.append(ctx.user(uc.recommendation_reason.strip(), prose))
    if uc.conditions.strip():
        story.append(ctx.label(tr.translate("Report", "Conditions proposed"), s.h3))
        story.append(ctx.user(uc.conditions.strip(), prose))
    return story


def _gaps(ctx: Context, uc: UseCase, most: int = MAX_GAPS) -> list[Any]:
    """Only the readiness gaps that block the decision, at most `most` of them."""
    tr, s = ctx.tr, ctx.styles
    gaps = blocking_said(ctx, uc)
    story: list[Any] = [ctx.label(tr.translate("Report", "What stands in the way"), s.h3)]
    if not gaps:
        story.append(ctx.label(tr.translate(
            "Report", "Nothing blocks the decision: the use case is clear, someone answers "
            "for it and data protection is resolved."), s.small))
        return story
    for said in gaps[:most]:
        story.append(PlainText(ctx.clean.plain(said.text), ctx.styles.finding,
                               prefix="\u2022"))
    if len(gaps) > most:
        story.append(ctx.label(fill(tr.translate(
            "Report", "and %1 more (see the appendix)."), len(gaps) - most), s.small))
    return story


def resolution_block(ctx: Context) -> KeepTogether:
    """The one set of boxes for the board's resolution, with the votes and room for remarks."""
    tr, s = ctx.tr, ctx.styles
    outcomes = [tr.translate("Report", "approved"),
                tr.translate("Report", "approved with conditions"),
                tr.translate("Report", "rejected"), tr.translate("Report", "deferred")]
    boxes = "&nbsp;&nbsp;&nbsp;&nbsp; ".join(
        f"{BOX}&nbsp;{ctx.esc(o).replace(' ', '&nbsp;')}" for o in outcomes)
    blank = "_" * 8
    votes = fill(tr.translate("Report", "Votes: for %1   against %2   abstentions %3"),
                 blank, blank, blank)
    inner = Table([
        [Para("<b>" + ctx.esc(tr.translate("Report", "Resolution of the board")) + "</b>",
              s.body)],
        [Para(boxes, s.body)],
        [ctx.label(votes, s.body)],
        [ctx.label(tr.translate("Report", "Conditions and remarks:"), s.small)],
        [""],
    ], colWidths=[ctx.width - 16], rowHeights=[None, None, None, None, 16], hAlign="LEFT")
    inner.setStyle(ruled([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                          ("TOPPADDING", (0, 0), (-1, -1), 1),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)], 4, 4))
    return KeepTogether([ctx.gap(6), _framed(ctx, inner)])


def ruled(commands: list[tuple], first: int, last: int, column: int = -1) -> list[tuple]:
    """Table commands plus thin writing lines under rows first … last (to fill in by hand)."""
    return commands + [("LINEBELOW", (0 if column < 0 else column, first), (-1, last), 0.5,
                        _RULE)]


def decision_page(ctx: Context, item: AgendaItem, first: bool = False) -> list[Any]:
    """One page for an item for decision, its resolution boxes on the same page as the motion.

    When the preparer's texts are too long for one page, the reason and conditions are set
    smaller and fewer gaps are listed; only texts no page holds flow on to the next.
    """
    for compact in (False, True):
        body = _decision_body(ctx, item, compact)
        if not ctx.height or _height(body, ctx.width) <= ctx.height:
            break
    # the items for decision sit under one bookmark, as the items for information do
    parent = [Bookmark("decision", ctx.clean.plain(ctx.tr.translate(
        "Report", "Items for decision")))] if first else []
    return [NextPageTemplate("body"), PageBreak(), *parent, *body]


def _decision_body(ctx: Context, item: AgendaItem, compact: bool) -> list[Any]:
    """The flowables of a decision page; `compact` for a page that would not fit."""
    uc = item.use_case
    story: list[Any] = item_heading(ctx, item, ctx.styles.item, level=1)
    story += motion_block(ctx, uc)
    story += _options(ctx, uc, compact)
    story.append(ctx.gap(6))
    story.append(facts(ctx, uc))
    story += _gaps(ctx, uc, 2 if compact else MAX_GAPS)
    if has_motion(uc):  # without a motion there is nothing to vote on: no boxes to tick
        story.append(resolution_block(ctx))
    return story


def _height(flowables: list[Any], width: float) -> float:
    """The height the flowables take one below the other (space before and after counted)."""
    total = 0.0
    for f in flowables:
        parts = f._content if isinstance(f, KeepTogether) else [f]
        for part in parts:
            total += part.wrap(width, 10**6)[1] + part.getSpaceBefore() + part.getSpaceAfter()
    return total


def information_item(ctx: Context, item: AgendaItem) -> list[Any]:
    """Half a page for an item for information: what it is, where it stands, what is next."""
    tr, s = ctx.tr, ctx.styles
    uc = item.use_case
    story: list[Any] = [CondPageBreak(ctx.width * 0.45)]
    story += item_heading(ctx, item, s.h2)
    problem = " ".join(uc.problem.split())
    if len(problem) > SUMMARY_CHARS:
        problem = problem[:SUMMARY_CHARS].rsplit(" ", 1)[0] + " …"
    if problem:
        story.append(ctx.user(problem, s.body))
    readiness = readiness_words(ctx, uc)
    pairs = [(tr.translate("Report", "Status"), status_and_age(ctx, uc)),
             (tr.translate("Report", "Owner"), ctx.owner(uc) or "–"),
             (tr.translate("Report", "Readiness"), readiness),
             (tr.translate("Report", "Next review"), review(ctx, uc))]
    if uc.status == Status.PILOT:
        pairs.insert(1, (tr.translate("Report", "Pilot trap"), _pilot_trap(ctx, uc)))
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[Any] = []
        for label, value in pairs[i:i + 2]:
            row += [ctx.cell(label, s.cell_bold), ctx.cell(value)]
        if len(row) < 4:
            row += ["", ""]
        rows.append(row)
    story.append(ctx.table(rows, [19, 31, 19, 31], header_rows=0))
    gaps = blocking_said(ctx, uc)
    if gaps:
        story.append(ctx.label(fill(tr.translate(
            "Report", "Points blocking regular operation: %1 (listed in the appendix)."),
            ctx.fmt.number(len(gaps))), s.small))
    if uc.motion.strip():
        story.append(ctx.label(tr.translate("Report", "Noted for information:"), s.h3))
        story.append(ctx.user(uc.motion.strip(), s.body))
    story.append(ctx.gap(10))
    return story
