"""The domain's rule findings as sentences in the record's language.

The rules (leitplanken.domain.rules) say what is wrong; leitplanken.i18n.findings words it.
This module only picks the findings a part of the record needs and turns them into
(severity, text) pairs, so the sections never deal with rule internals.
"""

from __future__ import annotations

from dataclasses import dataclass

from leitplanken.domain import rules
from leitplanken.domain.model import DecisionKind, RiskClass, Status, UseCase
from leitplanken.i18n.findings import finding_text
from leitplanken.i18n.labels import risk_label
from leitplanken.i18n.translator import fill
from leitplanken.report.context import Context, item_title


@dataclass(frozen=True)
class Said:
    """One finding in words: how serious, which use case, what it says."""

    severity: str
    use_case_uuid: str | None
    text: str


def _words(ctx: Context, found: list[rules.Finding]) -> list[Said]:
    """Words for each finding, in the rules' order."""
    return [
        Said(f.severity, f.use_case_uuid, finding_text(f, ctx.workspace, ctx.tr, ctx.lang, ctx.fmt))
        for f in found
    ]


def raci_said(ctx: Context, uc: UseCase) -> list[Said]:
    """The RACI rule findings shown beneath the matrix."""
    return _words(ctx, rules.sorted_findings(rules.raci_findings(uc, ctx.people)))


@dataclass(frozen=True)
class ReadinessSaid:
    """Readiness for regular operation: criteria met, criteria total and what is missing."""

    done: int
    total: int
    gaps: list[Said]

    @property
    def complete(self) -> bool:
        """Whether nothing is missing."""
        return not self.gaps


def readiness_words(ctx: Context, uc: UseCase) -> str:
    """Readiness as the record says it everywhere ("11 of 31 criteria met"): one count, from
    the domain's readiness check, on the item pages and in the appendix alike."""
    ready = readiness_said(ctx, uc)
    if ready.complete:
        return ctx.tr.translate("Report", "complete")
    return fill(ctx.tr.translate("Report", "%1 of %2 criteria met"), ready.done, ready.total)


def readiness_said(ctx: Context, uc: UseCase) -> ReadinessSaid:
    """The readiness check of one use case in words (worked out once per use case)."""
    said = ctx.memo.get(("readiness", uc.uuid))
    if said is None:
        result = rules.readiness(uc, ctx.people)
        said = ReadinessSaid(result.done, result.total, _words(ctx, list(result.gaps)))
        ctx.memo[("readiness", uc.uuid)] = said
    return said


#: Readiness gaps a board must see before it decides: the use case is unclear, nobody
#: answers for it, the law is not looked at, or customers are given no promise. Open items of
#: the checklist are its business, shown in the appendix, not on the motion page.
BLOCKING = frozenset({
    "readiness.problem_missing", "readiness.problem_unspecific", "readiness.boundary_missing",
    "readiness.raci_empty", "readiness.raci_invalid", "readiness.data_protection_open",
    "readiness.response_target_missing", "readiness.personal_data_unlisted",
    "readiness.risk_unclear", "readiness.risk_prohibited",
})


def blocking_said(ctx: Context, uc: UseCase) -> list[Said]:
    """The readiness gaps that block a decision (errors and BLOCKING codes), in words.

    Said so that the page does not contradict its own facts: a broken matrix names its
    errors (an external A is named as such), and an assessed risk class whose checklist item
    is still open says exactly that, not that the risk class is unassessed.
    """
    said = ctx.memo.get(("blocking", uc.uuid))
    if said is None:
        said = gaps_said(ctx, uc, [f for f in rules.readiness(uc, ctx.people).gaps
                                   if f.severity == "error" or f.code in BLOCKING])
        ctx.memo[("blocking", uc.uuid)] = said
    return said


def gaps_said(ctx: Context, uc: UseCase, gaps: list[rules.Finding]) -> list[Said]:
    """Readiness gaps in words that agree with the facts printed next to them (the item page
    and the appendix word them alike)."""
    said: list[Said] = []
    for f in gaps:
        if f.code == "readiness.raci_invalid":
            errors = [e for e in rules.raci_findings(uc, ctx.people) if e.severity == "error"]
            said += _words(ctx, errors) if errors else _words(ctx, [f])
        elif _assessed_risk_item(uc, f):
            said.append(Said(f.severity, f.use_case_uuid, fill(ctx.tr.translate(
                "Report", "The risk class is given as %1, but the checklist item %2 is "
                "not ticked off yet."), _quoted(ctx, risk_label(uc.risk_class, ctx.tr)),
                _quoted(ctx, _item_title(ctx, uc, f)))))
        else:
            said += _words(ctx, [f])
    return said


#: The catalogue item that asks for the EU AI Act risk class to be assessed.
RISK_ITEM_KEY = "dp_risk_class"


def _assessed_risk_item(uc: UseCase, f: rules.Finding) -> bool:
    """Whether `f` is the open risk-class checklist item of a use case whose class is set."""
    if f.item_uuid is None or uc.risk_class in (RiskClass.UNCLEAR, RiskClass.PROHIBITED):
        return False
    item = next((i for i in uc.checklist if i.uuid == f.item_uuid), None)
    return item is not None and item.catalogue_key == RISK_ITEM_KEY


def _quoted(ctx: Context, text: str) -> str:
    """A title in the language's quotation marks, as the findings quote them."""
    return fill(ctx.tr.translate("Findings", "“%1”"), text)


def _item_title(ctx: Context, uc: UseCase, f: rules.Finding) -> str:
    """The checklist item's title in the record's language."""
    item = next(i for i in uc.checklist if i.uuid == f.item_uuid)
    return item_title(ctx, item)


def attention_said(ctx: Context, chosen: list[UseCase]) -> list[Said]:
    """The dashboard's attention list, limited to the chosen use cases (plus workspace-wide)."""
    wanted = {uc.uuid for uc in chosen}
    found = [
        f for f in rules.attention_items(ctx.workspace, ctx.today, ctx.digests)
        if f.use_case_uuid is None or f.use_case_uuid in wanted
    ]
    return _words(ctx, found)


def go_live_reason(uc: UseCase) -> str:
    """The explicit reason recorded when the use case went live with incomplete readiness."""
    if uc.status != Status.OPERATION:
        return ""
    corrected = {d.corrects_uuid for d in uc.decisions if d.corrects_uuid}
    live = [
        d for d in uc.decisions
        if d.kind == DecisionKind.GO_LIVE and d.readiness_override and d.uuid not in corrected
    ]
    if not live:
        return ""
    latest = max(live, key=lambda d: (d.decided_on, d.recorded_at))
    return latest.readiness_override
