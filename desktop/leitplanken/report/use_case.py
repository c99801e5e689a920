"""One use case in the appendix: facts, the three questions, systems, RACI, checklist, CX,
risk, decision log and readiness.

The RACI matrix and the checklist live in raci_table.py and checklist.py, the decision the
board is asked for in motion.py; this module puts the detail in the order a reader looks it up.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak

from leitplanken.domain import rules
from leitplanken.domain.fields import Field, Kind, record_type
from leitplanken.domain.model import CxQuestion, CxRating, UseCase
from leitplanken.i18n.findings import finding_text
from leitplanken.i18n.labels import (
    ENUM_LABELS,
    cx_question_label,
    cx_rating_label,
    decision_kind_label,
    field_label,
    integration_label,
    risk_hint,
    risk_label,
    yes_no,
)
from leitplanken.i18n.translator import fill
from leitplanken.report.checklist import checklist_section
from leitplanken.report.context import Context, Para
from leitplanken.report.document import Heading
from leitplanken.report.findings import Said, gaps_said, go_live_reason, readiness_said
from leitplanken.report.front import severity_word
from leitplanken.report.raci_table import raci_section
from leitplanken.report.styles import band


def use_case_story(ctx: Context, uc: UseCase, number: int) -> list[Any]:
    """The full detail of one use case for the appendix, starting on a new page."""
    tr = ctx.tr
    title = ctx.clean.plain(uc.title) or tr.translate("Report", "Untitled use case")
    story: list[Any] = [NextPageTemplate("body"), PageBreak(),
                        ctx.label(fill(tr.translate("Report", "Appendix to item %1"), number),
                                  ctx.styles.kicker),
                        Heading(f"{number}. " + (ctx.esc(uc.title) or ctx.esc(title)),
                                ctx.styles.item, f"uc{number}", f"{number}. {title}", level=1)]
    story.append(_facts(ctx, uc))
    story += _questions(ctx, uc)
    story += _systems(ctx, uc)
    story += raci_section(ctx, uc)
    story += checklist_section(ctx, uc)
    story += _cx(ctx, uc)
    story += _risk(ctx, uc)
    story += _decisions(ctx, uc)
    # the readiness list is read as one: a few of its lines alone on a page say nothing
    story.append(KeepTogether(_readiness(ctx, uc)))
    return story


def _h2(ctx: Context, label: str) -> Para:
    """A section heading inside a use case."""
    return ctx.label(label, ctx.styles.h2)


def _facts(ctx: Context, uc: UseCase) -> Any:
    """The use case's fields declared for the record (status, owner, dates, money, tags) as a
    compact four-column table, labelled and ordered as domain/fields.py declares them."""
    pairs = [(field_label(UseCase, f.name, ctx.tr), _value(ctx, f, getattr(uc, f.name)))
             for f in record_type(UseCase).fields if f.pdf]
    s = ctx.styles
    rows = []
    for i in range(0, len(pairs), 2):
        row: list[Any] = []
        for label, value in pairs[i:i + 2]:
            row += [ctx.cell(label, s.cell_bold), ctx.cell(value)]
        rows.append(row)
    if len(rows[-1]) < 4:
        rows[-1] += ["", ""]
    return ctx.table(rows, [19, 31, 19, 31], header_rows=0)


def _value(ctx: Context, f: Field, value: Any) -> str:
    """One field's value as the record prints it; an empty value is a dash."""
    tr, fmt = ctx.tr, ctx.fmt
    if value is None or value == "" or value == []:
        return "–"
    if f.kind is Kind.FLAG:
        return yes_no(bool(value), tr)
    if f.kind is Kind.ENUM and f.enum in ENUM_LABELS:
        return ENUM_LABELS[f.enum](value, tr)
    if f.kind is Kind.DATE:
        return ctx.date(value)
    if f.kind is Kind.MONEY:
        return fmt.money(value, ctx.workspace.company.currency)
    if f.kind is Kind.NUMBER:
        return fmt.number(value)
    if f.kind is Kind.REF and f.target == "person":
        return ctx.person_name(value) or "–"
    if f.kind is Kind.TAGS:
        return ", ".join(value)
    return str(value)


def _answer(ctx: Context, label: str, value: str) -> list[Any]:
    """A labelled answer; an empty answer says so instead of leaving a gap."""
    if value.strip():
        return [ctx.label(label, ctx.styles.h3), ctx.user(value, ctx.styles.body)]
    return [ctx.label(label, ctx.styles.h3), ctx.text("<i>" + ctx.esc(
        ctx.tr.translate("Report", "Not answered yet.")) + "</i>", ctx.styles.body)]


def _questions(ctx: Context, uc: UseCase) -> list[Any]:
    """The article's three questions and the boundary between automation and human."""
    tr = ctx.tr
    story: list[Any] = [_h2(ctx, tr.translate("Report", "The three questions"))]
    story += _answer(ctx, tr.translate("Report", "1. Which concrete problem does AI solve?"),
                     uc.problem)
    story += _answer(ctx, tr.translate("Report", "2. Where does AI noticeably relieve customers?"),
                     uc.relief_customers)
    story += _answer(ctx, tr.translate("Report", "2. Where does AI noticeably relieve employees?"),
                     uc.relief_employees)
    story += _answer(ctx, tr.translate(
        "Report", "3. Who keeps responsibility? Where automation ends and the human begins"),
        uc.boundary)
    story.append(ctx.label(tr.translate(
        "Report", "Who checks, who intervenes and who answers for it: see the responsibility "
        "matrix below."), ctx.styles.muted))
    return story


def _systems(ctx: Context, uc: UseCase) -> list[Any]:
    """Which of the company's systems the use case touches and how data flows."""
    tr = ctx.tr
    story: list[Any] = [_h2(ctx, tr.translate("Report", "Systems and integration"))]
    if not uc.systems:
        story.append(ctx.text("<i>" + ctx.esc(tr.translate(
            "Report", "No systems recorded.")) + "</i>"))
        return story
    known = {s.uuid: s for s in ctx.workspace.systems}
    rows: list[list[Any]] = [ctx.heads(tr.translate("Report", "System"),
                                       tr.translate("Report", "Kind"),
                                       tr.translate("Report", "Integration"),
                                       tr.translate("Report", "Note"))]
    for link in uc.systems:
        system = known.get(link.system_uuid)
        rows.append([ctx.cell(system.name if system else "–", ctx.styles.cell_bold),
                     ctx.cell(system.kind if system else ""),
                     ctx.cell(integration_label(link.integration, tr)), ctx.cell(link.note)])
    story.append(ctx.table(rows, [24, 16, 20, 40]))
    return story


def _cx(ctx: Context, uc: UseCase) -> list[Any]:
    """The three customer-experience questions, the response-time target and the fallback."""
    tr = ctx.tr
    story: list[Any] = [_h2(ctx, tr.translate("Report", "Customer experience check"))]
    rows: list[list[Any]] = [ctx.heads(tr.translate("Report", "Question"),
                                       tr.translate("Report", "Rating"),
                                       tr.translate("Report", "Note"))]
    for question in CxQuestion:
        answer = uc.cx_answer(question)
        rows.append([ctx.cell(cx_question_label(question, tr)),
                     ctx.cell(cx_rating_label(answer.rating, tr) if answer
                              else cx_rating_label(CxRating.NOT_RATED, tr), ctx.styles.cell_bold),
                     ctx.cell(answer.note if answer else "")])
    story.append(ctx.table(rows, [36, 16, 48]))
    story.append(ctx.gap(4))
    story.append(_pairs(ctx, [
        (tr.translate("Report", "Response-time target"), uc.response_target or "–"),
        (tr.translate("Report", "Fallback when the AI fails"), uc.fallback or "–"),
    ]))
    return story


def _pairs(ctx: Context, pairs: list[tuple[str, str]]) -> Any:
    """A label/value table without header."""
    rows = [[ctx.cell(label, ctx.styles.cell_bold), ctx.cell(value)]
            for label, value in pairs]
    return ctx.table(rows, [30, 70], header_rows=0)


def _risk(ctx: Context, uc: UseCase) -> list[Any]:
    """EU AI Act risk class with its hint, and which personal data is involved."""
    tr = ctx.tr
    risk = ctx.esc(risk_label(uc.risk_class, tr))
    table = _pairs(ctx, [
        (tr.translate("Report", "Risk class (EU AI Act)"), risk_label(uc.risk_class, tr)),
        (tr.translate("Report", "Personal data involved"), yes_no(uc.personal_data, tr)),
        (tr.translate("Report", "Which personal data"), uc.personal_data_which or "–"),
    ])
    hint = ctx.esc(risk_hint(uc.risk_class, tr))
    note = ctx.text(f"<b>{risk}:</b> {hint} " + ctx.esc(tr.translate(
        "Report", "Guidance, not legal advice.")), ctx.styles.muted)
    # the note explains the class in the table: never alone at the top of the next page
    return [KeepTogether([_h2(ctx, tr.translate("Report", "Risk and data protection")),
                          table, note])]


def _decisions(ctx: Context, uc: UseCase) -> list[Any]:
    """The append-only decision log, oldest first, corrections marked both ways."""
    tr = ctx.tr
    story: list[Any] = [_h2(ctx, tr.translate("Report", "Decision log"))]
    if not uc.decisions:
        story.append(ctx.text("<i>" + ctx.esc(tr.translate(
            "Report", "No decisions recorded yet.")) + "</i>"))
        return story
    entries = sorted(uc.decisions, key=lambda d: (d.decided_on, d.recorded_at))
    by_uuid = {d.uuid: d for d in entries}
    corrected_by = {d.corrects_uuid: d for d in entries if d.corrects_uuid}
    rows: list[list[Any]] = [ctx.heads(tr.translate("Report", "Date"),
                                       tr.translate("Report", "Decision"),
                                       tr.translate("Report", "Rationale and conditions"),
                                       tr.translate("Report", "Deciders"),
                                       tr.translate("Report", "Next review"))]
    extra = []
    for row_no, d in enumerate(entries, start=1):
        parts = [ctx.esc(d.rationale)]
        if d.conditions:
            parts.append("<b>" + ctx.esc(tr.translate("Report", "Conditions:")) + "</b> "
                         + ctx.esc(d.conditions))
        if d.readiness_override:
            parts.append("<b>" + ctx.esc(tr.translate(
                "Report", "Readiness incomplete, reason given:")) + "</b> "
                + ctx.esc(d.readiness_override))
        if d.corrects_uuid:
            old = by_uuid.get(d.corrects_uuid)
            parts.append("<i>" + ctx.esc(fill(tr.translate(
                "Report", "Corrects the entry of %1."), ctx.date(old.decided_on) if old
                else "–")) + "</i>")
        later = corrected_by.get(d.uuid)
        if later is not None:
            parts.append("<i>" + ctx.esc(fill(tr.translate(
                "Report", "Corrected by the entry of %1."), ctx.date(later.decided_on))) + "</i>")
            extra.append(band(row_no))
        rows.append([ctx.cell(ctx.date(d.decided_on)),
                     ctx.cell(decision_kind_label(d.kind, tr), ctx.styles.cell_bold),
                     Para("<br/>".join(p for p in parts if p), ctx.styles.cell),
                     ctx.cell(d.deciders), ctx.cell(ctx.date(d.next_review))])
    story.append(ctx.table(rows, [13, 15, 39, 19, 14], extra=extra))
    return story


def _readiness(ctx: Context, uc: UseCase) -> list[Any]:
    """What is still missing before regular operation, and the reason if it went live anyway."""
    tr = ctx.tr
    ready = readiness_said(ctx, uc)
    story: list[Any] = [_h2(ctx, tr.translate("Report", "Readiness for regular operation"))]
    if ready.complete:
        story.append(ctx.label(fill(tr.translate(
            "Report", "Complete: all %1 criteria are met."), ready.total)))
    else:
        story.append(ctx.label(fill(tr.translate(
            "Report", "%1 of %2 criteria are met. Missing:"), ready.done, ready.total)))
        # open checklist items are in the checklist above: counted here, not repeated
        items = sum(1 for f in rules.readiness(uc, ctx.people).gaps
                    if f.code in _ITEM_GAPS)
        for gap in _not_items(ctx, uc):
            story.append(ctx.finding(severity_word(ctx, gap.severity), gap.text))
        if items:
            story.append(ctx.finding(severity_word(ctx, "warning"), fill(tr.translate(
                "Report", "Checklist items not done yet: %1 (see the checklist)."),
                ctx.fmt.number(items))))
    reason = go_live_reason(uc)
    if reason and not ready.complete:
        story.append(ctx.gap(4))
        story.append(_pairs(ctx, [(tr.translate(
            "Report", "Went live with incomplete readiness. Reason given"), reason)]))
    return story


#: Readiness gaps that are open checklist items (shown in the checklist table itself).
_ITEM_GAPS = frozenset({"readiness.item_open", "readiness.item_na_reason"})


def _not_items(ctx: Context, uc: UseCase) -> list[Any]:
    """The readiness gaps in words, except open checklist items."""
    found = [f for f in rules.readiness(uc, ctx.people).gaps if f.code not in _ITEM_GAPS]
    # the matrix's errors are listed under the matrix: here the count, as the rule says it
    return [Said(f.severity, f.use_case_uuid, finding_text(f, ctx.workspace, ctx.tr, ctx.lang,
                                                     ctx.fmt))
            if f.code == "readiness.raci_invalid" else gaps_said(ctx, uc, [f])[0]
            for f in found]
