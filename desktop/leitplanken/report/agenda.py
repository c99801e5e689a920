"""The agenda: which use cases the board decides on and which it only takes note of.

Items for decision come first, then items for information, numbered in that order through
the whole record (agenda, item pages, minutes, circular resolution and appendix).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.platypus import Table

from leitplanken.domain.model import DECISION_TARGET, AgendaKind, Status, UseCase, Workspace
from leitplanken.domain.motions import agenda_kind
from leitplanken.i18n.labels import status_label
from leitplanken.i18n.translator import fill
from leitplanken.report.context import Context, Para
from leitplanken.report.document import Deferred, Heading, PageRef
from leitplanken.report.options import ReportOptions

CHUNK = 30


@dataclass(frozen=True)
class AgendaItem:
    """One numbered item of the agenda: its use case and whether the board decides on it."""

    number: int
    use_case: UseCase
    kind: AgendaKind

    @property
    def for_decision(self) -> bool:
        """Whether the item carries a motion page and a resolution."""
        return self.kind == AgendaKind.DECISION


def _since(digests: Any, uuid: str) -> date | None:
    """The pilot clock's start from a use case's digest, where the export was given them."""
    found = digests.get(uuid)
    return found.last_movement if found is not None else None


def agenda_items(workspace: Workspace, chosen: list[UseCase], options: ReportOptions,
                 ) -> list[AgendaItem]:
    """The chosen use cases as agenda items: for decision first, then for information."""
    threshold = workspace.company.pilot_trap_days
    digests = options.digests or {}
    kinds = [(uc, agenda_kind(uc, options.today, threshold, _since(digests, uc.uuid)))
             for uc in chosen]
    ordered = ([k for k in kinds if k[1] == AgendaKind.DECISION]
               + [k for k in kinds if k[1] != AgendaKind.DECISION])
    return [AgendaItem(i, uc, AgendaKind.DECISION if kind == AgendaKind.DECISION
                       else AgendaKind.INFORMATION)
            for i, (uc, kind) in enumerate(ordered, start=1)]


def kind_word(ctx: Context, kind: AgendaKind) -> str:
    """"For decision" / "For information" in the record's language."""
    if kind == AgendaKind.DECISION:
        return ctx.tr.translate("Report", "For decision")
    return ctx.tr.translate("Report", "For information")


def status_since(uc: UseCase) -> date:
    """Since when the use case has its status: the latest decision that led there."""
    corrected = {d.corrects_uuid for d in uc.decisions if d.corrects_uuid}
    leading = [d.decided_on for d in uc.decisions if d.uuid not in corrected
               and DECISION_TARGET.get(d.kind) == uc.status]
    if leading:
        return max(leading)
    if uc.status == Status.PILOT and uc.pilot_start:
        return uc.pilot_start
    if uc.status == Status.OPERATION and uc.go_live:
        return uc.go_live
    return uc.created_on


def status_and_age(ctx: Context, uc: UseCase) -> str:
    """"Pilot since 20.06.2026 (153 days)" in the record's language."""
    since = status_since(uc)
    days = max(0, (ctx.today - since).days)
    if days == 1:
        return fill(ctx.tr.translate("Report", "%1 since %2 (1 day)"),
                    status_label(uc.status, ctx.tr), ctx.date(since))
    return fill(ctx.tr.translate("Report", "%1 since %2 (%3 days)"),
                status_label(uc.status, ctx.tr), ctx.date(since), ctx.fmt.number(days))


#: Characters of a motion the agenda quotes under the item's title (its page has all).
AGENDA_MOTION = 180


def _motion_line(ctx: Context, uc: UseCase) -> str:
    """The motion as markup for the agenda, shortened at a word; a missing one said so."""
    motion = " ".join(uc.motion.split())
    if not motion:
        return "<i>" + ctx.esc(ctx.tr.translate("Report", "No motion written.")) + "</i>"
    if len(motion) > AGENDA_MOTION:
        motion = motion[:AGENDA_MOTION].rsplit(" ", 1)[0] + " …"
    return ctx.esc(fill(ctx.tr.translate("Report", "Motion: %1"), motion))


def agenda_section(ctx: Context, items: list[AgendaItem], meeting_line: str) -> list[Any]:
    """The numbered agenda with each item's kind and owner."""
    tr, s = ctx.tr, ctx.styles
    title = tr.translate("Report", "Agenda")
    story: list[Any] = [Heading(ctx.esc(title), s.h1, "agenda", ctx.clean.plain(title))]
    if meeting_line:
        story.append(ctx.user(meeting_line, s.body))
    if not items:
        story.append(ctx.label(tr.translate("Report", "No use cases were chosen."), s.body))
        return story
    decide = sum(1 for i in items if i.for_decision)
    story.append(ctx.label(fill(tr.translate(
        "Report", "For decision: %1 · for information: %2. Each item for decision has its own "
        "page with the motion; the detail of every use case is in the appendix."),
        ctx.fmt.number(decide), ctx.fmt.number(len(items) - decide)), s.muted))
    story.append(ctx.gap(4))
    heads = ctx.heads(tr.translate("Report", "No."), tr.translate("Report", "Item"),
                      tr.translate("Report", "Status"), tr.translate("Report", "Owner"),
                      tr.translate("Report", "Page"))

    def make(part: list[AgendaItem]) -> Table:
        rows: list[list[Any]] = [heads]
        for item in part:
            uc = item.use_case
            title: Any = ctx.cell(uc.title or tr.translate("Report", "Untitled use case"))
            if item.for_decision:
                title = Para(ctx.esc(uc.title or tr.translate("Report", "Untitled use case"))
                             + '<br/><font size="7.5">' + _motion_line(ctx, uc) + "</font>",
                             s.cell)
            rows.append([ctx.cell(str(item.number), s.cell_bold), title,
                         ctx.cell(status_label(uc.status, tr)), ctx.cell(ctx.owner(uc)),
                         PageRef(f"item{item.number}")])
        return ctx.table(rows, [6, 52, 16, 20, 6])

    for kind in (AgendaKind.DECISION, AgendaKind.INFORMATION):
        group = [i for i in items if i.kind == kind]
        if not group:
            continue
        story.append(ctx.label(kind_word(ctx, kind), s.h2))
        for start in range(0, len(group), CHUNK):
            part = group[start:start + CHUNK]
            story.append(Deferred(lambda part=part: [make(part)]))  # type: ignore[misc]
    return story
