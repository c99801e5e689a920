"""The integration checklist by category: state, owner, due date, note and evidence per item.

Items switched off by the user are left out; not-applicable items show their reason and
overdue items say so, because those are what the board asks about.
"""

from __future__ import annotations

from typing import Any

from leitplanken.domain.model import Category, ItemState, UseCase
from leitplanken.i18n.labels import category_label, item_state_label
from leitplanken.i18n.translator import fill
from leitplanken.report.context import Context, Para, item_title
from leitplanken.report.findings import readiness_words
from leitplanken.report.styles import band

_OPEN = (ItemState.OPEN, ItemState.IN_PROGRESS)


def checklist_section(ctx: Context, uc: UseCase) -> list[Any]:
    """One table with a grey band per category."""
    tr = ctx.tr
    story: list[Any] = [ctx.label(tr.translate("Report", "Integration checklist"),
                                 ctx.styles.h2)]
    items = [i for i in uc.checklist if i.enabled]
    if not items:
        story.append(ctx.text("<i>" + ctx.esc(tr.translate(
            "Report", "No checklist items.")) + "</i>"))
        return story
    # The readiness count the item pages print, not a second count of ticked items: two
    # numbers for "how far is it" would contradict each other on the board's table.
    progress = ctx.label(fill(tr.translate(
        "Report", "Readiness for regular operation: %1 (the required items below count "
        "towards it)."), readiness_words(ctx, uc)), ctx.styles.muted)
    progress.keepWithNext = 1  # the heading and this line never end a page alone
    story.append(progress)
    heads = [tr.translate("Report", "Item"), tr.translate("Report", "State"),
             tr.translate("Report", "Owner"), tr.translate("Report", "Due"),
             tr.translate("Report", "Note and evidence")]
    # One table per category whose band and column titles repeat after a page break, so a
    # category name is never left alone at the bottom of a page.
    for category in Category:
        in_cat = sorted((i for i in items if i.category == category), key=lambda i: i.sort)
        if not in_cat:
            continue
        rows: list[list[Any]] = [
            [ctx.cell(category_label(category, tr), ctx.styles.cell_head), "", "", "", ""],
            ctx.heads(*heads),
        ]
        rows += [_row(ctx, item) for item in in_cat]
        story.append(ctx.table(rows, [30, 13, 16, 13, 28], header_rows=2,
                               extra=[band(0), ("SPAN", (0, 0), (-1, 0))]))
    return story


def _row(ctx: Context, item: Any) -> list[Any]:
    """One item's cells; plain cells where no emphasis is needed (they draw much faster)."""
    tr, style = ctx.tr, ctx.styles.cell
    title: Any = ctx.cell(item_title(ctx, item))
    if not item.required:
        title = Para(ctx.esc(item_title(ctx, item)) + " <i>(" + ctx.esc(
            tr.translate("Report", "optional")) + ")</i>", style)
    state: Any = ctx.cell(item_state_label(item.state, tr), ctx.styles.cell_bold)
    due: Any = ctx.cell(ctx.date(item.due_date) if item.due_date else "")
    if item.due_date and item.state in _OPEN and item.due_date < ctx.today:
        due = Para(ctx.esc(ctx.date(item.due_date)) + "<br/><b>"
                        + ctx.esc(tr.translate("Report", "overdue")) + "</b>", style)
    notes: Any = ctx.cell(item.note)
    reason = item.na_reason if item.state == ItemState.NOT_APPLICABLE else ""
    if item.evidence or reason:
        parts = [ctx.esc(item.note)] if item.note else []
        if reason:
            parts.insert(0, "<i>" + ctx.esc(tr.translate("Report", "Reason:")) + "</i> "
                         + ctx.esc(reason))
        if item.evidence:
            parts.append("<i>" + ctx.esc(tr.translate("Report", "Evidence:")) + "</i> "
                         + ctx.esc(item.evidence))
        notes = Para("<br/>".join(parts), style)
    return [title, state, ctx.cell(ctx.person_name(item.owner_uuid)), due, notes]
