"""Words for every rule finding, in any language, with the names of the people and things involved.

The rules only name what they found (`Finding.code` and its params); here each code becomes a
sentence such as "Data protection has two Accountables: Anna Keller and Urs Meier". Activity and
checklist titles come from the catalogue in the requested language, user titles as written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from leitplanken.domain.catalogue import activity_label, item_label
from leitplanken.domain.finding import Finding
from leitplanken.domain.model import (
    Category,
    ChecklistItem,
    CxQuestion,
    RaciActivity,
    RiskClass,
    Status,
    UseCase,
    Workspace,
)
from leitplanken.domain.raci import raci_findings
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.labels import category_label, cx_question_label, risk_label, status_label
from leitplanken.i18n.translator import Translates, fill


@dataclass(frozen=True)
class _Say:
    """Everything one sentence may need: the finding, where it lives, how to word it."""

    finding: Finding
    ws: Workspace
    tr: Translates
    lang: str
    #: Set by a document with its own language (a record): its dates follow that language.
    fmt: Formatter | None = None

    @property
    def uc(self) -> UseCase | None:
        """The use case the finding is about, if any."""
        uuid = self.finding.use_case_uuid
        return self.ws.use_case(uuid) if uuid else None

    def param(self, key: str, default: Any = None) -> Any:
        """A value the rule recorded."""
        return self.finding.params.get(key, default)

    def date(self, value: date | None) -> str:
        """A date in the company's locale, like everywhere else in the app; in a record, in
        the record's own date style."""
        if self.fmt is not None:
            return self.fmt.date_short(value)
        return Formatter(self.ws.company.locale).date(value)

    def quoted(self, text: str) -> str:
        """A title in the language's quotation marks."""
        return fill(self.tr.translate("Findings", "“%1”"), text)

    def activity(self) -> str:
        """The activity's title (catalogue words in `lang`, else the user's own).

        A finding from a use case's digest names its activity itself, so the sentence needs
        no matrix (a large workspace's dashboard reads none).
        """
        if "activity_title" in self.finding.params:
            return activity_label(RaciActivity(catalogue_key=self.param("activity_key"),
                                               title=str(self.param("activity_title"))), self.lang)
        uc = self.uc
        for activity in uc.activities if uc else []:
            if activity.uuid == self.finding.activity_uuid:
                return activity_label(activity, self.lang)
        return self.tr.translate("Findings", "an activity")

    def item(self) -> str:
        """The checklist item's title (named by the finding itself where it comes from a
        digest)."""
        if "item_title" in self.finding.params:
            return item_label(ChecklistItem(catalogue_key=self.param("item_key"),
                                            title=str(self.param("item_title"))), self.lang)
        uc = self.uc
        for entry in uc.checklist if uc else []:
            if entry.uuid == self.finding.item_uuid:
                return item_label(entry, self.lang)
        return self.tr.translate("Findings", "a checklist item")

    def item_category(self) -> str:
        """The checklist category of the item, as its heading reads ("Integration")."""
        if self.param("item_category") in set(Category):
            return category_label(Category(self.param("item_category")), self.tr)
        uc = self.uc
        for entry in uc.checklist if uc else []:
            if entry.uuid == self.finding.item_uuid:
                return category_label(entry.category, self.tr)
        return self.tr.translate("Findings", "Checklist")

    def name(self, person_uuid: str, with_organisation: bool = False) -> str:
        """A person's name (with the organisation of an external, where that matters)."""
        person = self.ws.person(person_uuid)
        if person is None:
            return self.tr.translate("Findings", "an unknown person")
        if with_organisation and not person.internal and person.organisation:
            return fill(self.tr.translate("Findings", "%1 (%2)"), person.name, person.organisation)
        return person.name

    def names(self) -> str:
        """All people of the finding as "A, B and C"."""
        return self.join([self.name(u) for u in self.finding.person_uuids])

    def join(self, parts: list[str]) -> str:
        """A list in words: "A", "A and B", "A, B and C"."""
        if not parts:
            return ""
        if len(parts) == 1:
            return parts[0]
        head = ", ".join(parts[:-1])
        return fill(self.tr.translate("Findings", "%1 and %2"), head, parts[-1])


#: Every code the rules produce; each has its sentence below.
KNOWN_CODES: tuple[str, ...] = (
    "raci.empty", "raci.unassigned", "raci.no_accountable", "raci.several_accountable", "raci.external_accountable",
    "raci.unknown_person", "raci.no_responsible", "raci.duplicate_letter", "raci.bottleneck",
    "raci.invalid",
    "readiness.problem_missing", "readiness.problem_unspecific", "readiness.relief_missing",
    "readiness.boundary_missing", "readiness.raci_empty", "readiness.raci_invalid",
    "readiness.item_open", "readiness.item_na_reason", "readiness.data_protection_open",
    "readiness.cx_unrated", "readiness.response_target_missing",
    "readiness.personal_data_unlisted", "readiness.risk_unclear", "readiness.risk_prohibited",
    "problem.vague", "problem.too_short",
    "pilot_trap", "checklist.overdue", "review.overdue", "review.due",
    "decision.wrong_use_case", "decision.already_recorded", "decision.corrects_itself",
    "decision.correction_unknown", "decision.extend_not_pilot",
    "decision.review_before_decision", "decision.reason_required",
)


def _raci(s: _Say) -> str | None:
    """Sentences about the responsibility matrix."""
    tr, f = s.tr, s.finding
    match f.code:
        case "raci.empty":
            return tr.translate("Findings", "The responsibility matrix has no activities yet.")
        case "raci.unassigned":
            return tr.translate(
                "Findings", "Nobody is entered in the responsibility matrix yet. Start with the "
                "person who answers for it (A).")
        case "raci.no_accountable":
            return fill(tr.translate(
                "Findings", "%1 has no Accountable (A): exactly one person must answer for it."),
                s.activity())
        case "raci.several_accountable" if len(f.person_uuids) == 2:
            return fill(tr.translate("Findings", "%1 has two Accountables: %2"),
                        s.activity(), s.names())
        case "raci.several_accountable":
            return fill(tr.translate("Findings", "%1 has %2 Accountables: %3"),
                        s.activity(), len(f.person_uuids), s.names())
        case "raci.external_accountable":
            return fill(tr.translate(
                "Findings", "The accountable person for %1 is external: %2. Accountability must "
                "stay inside the company."),
                s.quoted(s.activity()), s.name(f.person_uuids[0], with_organisation=True))
        case "raci.unknown_person":
            return fill(tr.translate(
                "Findings", "The accountable person for %1 is no longer in the people list."),
                s.quoted(s.activity()))
        case "raci.no_responsible":
            return fill(tr.translate("Findings", "Nobody is marked R for %1: who does the work?"),
                        s.quoted(s.activity()))
        case "raci.duplicate_letter":
            return fill(tr.translate(
                "Findings", "%1 holds several letters for %2 (%3): one letter per person and "
                "activity."),
                s.names(), s.quoted(s.activity()), s.join(list(s.param("letters", []))))
        case "raci.bottleneck":
            return fill(tr.translate(
                "Findings", "%1 is accountable for %n use case(s) – a bottleneck when they are "
                "away.", None, int(s.param("count", 0))), s.names())
        case "raci.invalid":
            return _raci_invalid(s)
    return None


def _raci_invalid(s: _Say) -> str:
    """The dashboard's one line per broken matrix, quoting its first error."""
    n = int(s.param("errors", 0))
    first = s.param("first")
    if isinstance(first, Finding):
        errors = [first]
    else:
        uc = s.uc
        errors = [e for e in raci_findings(uc, s.ws) if e.severity == "error"] if uc else []
    if not errors:
        return s.tr.translate("Findings", "The responsibility matrix has %n error(s).", None, n)
    return fill(
        s.tr.translate("Findings", "The responsibility matrix has %n error(s): %1", None, n),
        finding_text(errors[0], s.ws, s.tr, s.lang, s.fmt))


def _readiness(s: _Say) -> str | None:
    """Sentences about what is missing before regular operation."""
    tr = s.tr
    match s.finding.code:
        case "readiness.problem_missing":
            return tr.translate("Findings", "The concrete problem is not described yet.")
        case "readiness.problem_unspecific":
            return tr.translate(
                "Findings", "The problem statement is not concrete enough: not “raise "
                "efficiency”, but e.g. “answer recurring enquiries automatically”.")
        case "readiness.relief_missing":
            return tr.translate(
                "Findings", "No relief is stated, neither for customers nor for employees.")
        case "readiness.boundary_missing":
            return tr.translate(
                "Findings", "The boundary between automation and human is not written down.")
        case "readiness.raci_empty":
            return tr.translate("Findings", "The responsibility matrix is empty.")
        case "readiness.raci_invalid":
            return tr.translate("Findings", "The responsibility matrix has %n error(s).", None,
                                int(s.param("errors", 0)))
        case "readiness.item_open":
            # Named by category, as the checklist shows it ("Integration: … is not done yet").
            return fill(tr.translate("Findings", "%1: %2 is not done yet."),
                        s.item_category(), s.quoted(s.item()))
        case "readiness.item_na_reason":
            return fill(tr.translate(
                "Findings", "Checklist: %1 is marked not applicable without a reason."),
                s.quoted(s.item()))
        case "readiness.data_protection_open":
            return fill(tr.translate("Findings", "Data protection and law: %1 is not resolved yet."),
                        s.quoted(s.item()))
        case "readiness.cx_unrated":
            question = CxQuestion(s.param("question", CxQuestion.COHERENT))
            return fill(tr.translate("Findings", "CX check: %1 is not rated yet."),
                        s.quoted(cx_question_label(question, tr)))
        case "readiness.response_target_missing":
            return tr.translate(
                "Findings", "No response-time target is set, though customers deal with this "
                "use case.")
        case "readiness.personal_data_unlisted":
            return tr.translate(
                "Findings", "Personal data is involved, but which data is not listed.")
        case "readiness.risk_unclear":
            return tr.translate("Findings", "The EU AI Act risk class is not assessed yet.")
        case "readiness.risk_prohibited":
            return fill(tr.translate(
                "Findings", "The risk class is %1: this use must not go live."),
                s.quoted(risk_label(RiskClass.PROHIBITED, tr)))
    return None


def _problem(s: _Say) -> str | None:
    """Gentle hints on the problem statement (the article's first question)."""
    tr = s.tr
    match s.finding.code:
        case "problem.vague":
            phrases = [s.quoted(p) for p in s.param("phrases", [])]
            return fill(tr.translate(
                "Findings", "Sounds like a goal rather than a problem: %1. Which concrete problem "
                "does AI solve? Not “raise efficiency”, but e.g. “answer recurring enquiries "
                "automatically”."), s.join(phrases))
        case "problem.too_short":
            return tr.translate(
                "Findings", "The problem statement has only %n word(s). Describe what happens "
                "today and what should change.", None, int(s.param("words", 0)))
    return None


def _dates(s: _Say) -> str | None:
    """Pilot trap, overdue items and reviews: things that waited too long."""
    tr, f = s.tr, s.finding
    days = int(s.param("days", 0))
    match f.code:
        case "pilot_trap":
            return fill(tr.translate(
                "Findings", "Pilot trap: no decision for %n day(s) (since %1, limit %2 days). "
                "Go live, extend or stop?", None, days),
                s.date(s.param("since")), s.param("threshold", 0))
        case "checklist.overdue" if f.person_uuids:
            return fill(tr.translate(
                "Findings", "%1 was due on %2 (%n day(s) ago); owner: %3.", None, days),
                s.quoted(s.item()), s.date(s.param("due")), s.name(f.person_uuids[0]))
        case "checklist.overdue":
            return fill(tr.translate(
                "Findings", "%1 was due on %2 (%n day(s) ago) and has no owner.", None, days),
                s.quoted(s.item()), s.date(s.param("due")))
        case "review.overdue":
            return fill(tr.translate(
                "Findings", "The review was due on %1 (%n day(s) ago).", None, days),
                s.date(s.param("date")))
        case "review.due" if days == 0:
            return tr.translate("Findings", "The review is due today.")
        case "review.due":
            return fill(tr.translate(
                "Findings", "The review is due on %1 (in %n day(s)).", None, days),
                s.date(s.param("date")))
    return None


def _decisions(s: _Say) -> str | None:
    """Why a decision cannot be recorded."""
    tr = s.tr
    match s.finding.code:
        case "decision.wrong_use_case":
            return tr.translate("Findings", "This decision belongs to another use case.")
        case "decision.already_recorded":
            return tr.translate(
                "Findings", "This decision is already in the decision record. Entries are never "
                "changed; record a correction instead.")
        case "decision.corrects_itself":
            return tr.translate("Findings", "A correction cannot refer to itself.")
        case "decision.correction_unknown":
            return tr.translate(
                "Findings", "The corrected entry is not in this use case's decision record.")
        case "decision.extend_not_pilot":
            status = Status(s.param("status", Status.IDEA))
            return fill(tr.translate(
                "Findings", "Only a pilot can be extended; this use case is %1."),
                s.quoted(status_label(status, tr)))
        case "decision.review_before_decision":
            return fill(tr.translate(
                "Findings", "The next review (%1) lies before the date of the decision."),
                s.date(s.param("date")))
        case "decision.reason_required":
            return tr.translate(
                "Findings", "The readiness check is not complete: going to regular operation "
                "needs a reason, which the decision record shows.")
    return None


_GROUPS: tuple[Callable[[_Say], str | None], ...] = (
    _raci, _readiness, _problem, _dates, _decisions)


def finding_text(finding: Finding, workspace: Workspace, tr: Translates, lang: str,
                 fmt: Formatter | None = None) -> str:
    """The finding as one sentence in the language of `tr` (catalogue titles in `lang`);
    `fmt` formats its dates where a document sets its own convention (the record)."""
    s = _Say(finding, workspace, tr, lang, fmt)
    for group in _GROUPS:
        words = group(s)
        if words is not None:
            return words
    return fill(tr.translate("Findings", "Unknown finding: %1"), finding.code)
