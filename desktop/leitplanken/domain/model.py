"""The workspace's data as plain dataclasses: what storage persists, rules judge and the PDF shows.

Every record carries a UUID, the time of its last change and a revision so that two copies of a
file can be merged record by record. Dates are `datetime.date`, timestamps ISO-8601 UTC strings,
money `decimal.Decimal` in the company currency.
"""

from __future__ import annotations

import uuid as _uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any


def new_uuid() -> str:
    """A fresh identity for a record, stable across copies of the file."""
    return str(_uuid.uuid4())


class Status(StrEnum):
    """Where a use case stands in its life; changed only through a recorded decision."""

    IDEA = "idea"
    EVALUATION = "evaluation"
    PILOT = "pilot"
    OPERATION = "operation"
    PAUSED = "paused"
    STOPPED = "stopped"


class RiskClass(StrEnum):
    """EU AI Act risk class as the user assessed it."""

    UNCLEAR = "unclear"
    MINIMAL = "minimal"
    LIMITED = "limited"
    HIGH = "high"
    PROHIBITED = "prohibited"


class Letter(StrEnum):
    """A RACI role: Responsible, Accountable, Consulted, Informed."""

    R = "R"
    A = "A"
    C = "C"
    I = "I"  # noqa: E741 - the RACI letter itself


class ItemState(StrEnum):
    """State of an integration checklist item; N/A needs a reason."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


class Category(StrEnum):
    """Integration checklist categories, in the order they are shown."""

    INTEGRATION = "integration"
    RESPONSIBILITY = "responsibility"
    DATA_PROTECTION = "data_protection"
    CUSTOMER_EXPERIENCE = "customer_experience"
    OPERATION = "operation"


class Integration(StrEnum):
    """How a use case exchanges data with one of the company's systems."""

    NOT_CONNECTED = "not_connected"
    MANUAL = "manual"
    AUTOMATED = "automated"


class DecisionKind(StrEnum):
    """What a decision log entry decided; most kinds move the status."""

    START_EVALUATION = "start_evaluation"
    START_PILOT = "start_pilot"
    EXTEND_PILOT = "extend_pilot"
    GO_LIVE = "go_live"
    PAUSE = "pause"
    STOP = "stop"
    CHANGE = "change"


#: The status a decision of each kind leads to; None keeps the status as it is.
DECISION_TARGET: dict[DecisionKind, Status | None] = {
    DecisionKind.START_EVALUATION: Status.EVALUATION,
    DecisionKind.START_PILOT: Status.PILOT,
    DecisionKind.EXTEND_PILOT: Status.PILOT,
    DecisionKind.GO_LIVE: Status.OPERATION,
    DecisionKind.PAUSE: Status.PAUSED,
    DecisionKind.STOP: Status.STOPPED,
    DecisionKind.CHANGE: None,
}


class CxQuestion(StrEnum):
    """The article's three customer-experience questions."""

    COHERENT = "coherent"
    COMPREHENSIBLE = "comprehensible"
    RESPONSIBILITY = "responsibility"


class CxRating(StrEnum):
    """Answer to one CX question; NOT_RATED means it was not answered yet."""

    NOT_RATED = "not_rated"
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class BoardRole(StrEnum):
    """Role of a board member; chair and minute-taker sign the minutes (OR Art. 713)."""

    CHAIR = "chair"
    MINUTE_TAKER = "minute_taker"
    MEMBER = "member"


class AgendaKind(StrEnum):
    """How a use case stands on the board's agenda; AUTO lets the rules choose."""

    AUTO = "auto"
    DECISION = "decision"  # zum Beschluss: carries a motion the board votes on
    INFORMATION = "information"  # zur Kenntnisnahme


@dataclass
class Record:
    """Identity and change tracking shared by every stored row."""

    uuid: str = field(default_factory=new_uuid, kw_only=True)
    modified_at: str = field(default="", kw_only=True)
    revision: int = field(default=0, kw_only=True)


@dataclass
class Company(Record):
    """The one company a workspace file describes, with its settings."""

    name: str = ""
    legal_form: str = ""
    locale: str = "de_CH"
    currency: str = "CHF"
    board_name: str = ""
    language: str = "de"
    catalogue_version: int = 1
    pilot_trap_days: int = 90
    paper_size: str = "a4"
    bottleneck_threshold: int = 3
    meeting_date: date | None = None
    meeting_time: str = ""
    meeting_place: str = ""


@dataclass
class Person(Record):
    """Someone who can carry a RACI letter or own an item; externals never carry the A."""

    name: str = ""
    function: str = ""
    internal: bool = True
    organisation: str = ""
    email: str = ""


@dataclass
class BoardMember(Record):
    """A person's seat on the board that receives the decision record."""

    person_uuid: str = ""
    role: BoardRole = BoardRole.MEMBER
    sort: int = 0


@dataclass
class System(Record):
    """An existing system of the company (CRM, ERP, e-mail, website, phone, accounting)."""

    name: str = ""
    kind: str = ""
    note: str = ""


@dataclass
class UseCaseSystem(Record):
    """That a use case touches a system, and how data flows between them."""

    use_case_uuid: str = ""
    system_uuid: str = ""
    integration: Integration = Integration.NOT_CONNECTED
    note: str = ""


@dataclass
class RaciActivity(Record):
    """A row of the RACI matrix: from the catalogue (catalogue_key) or the user's own (title)."""

    use_case_uuid: str = ""
    catalogue_key: str | None = None
    title: str = ""
    sort: int = 0


@dataclass
class RaciMember(Record):
    """A column of the RACI matrix: a person taking part in this use case."""

    use_case_uuid: str = ""
    person_uuid: str = ""
    sort: int = 0


@dataclass
class RaciCell(Record):
    """One letter for one person on one activity (at most one per pair)."""

    use_case_uuid: str = ""
    activity_uuid: str = ""
    person_uuid: str = ""
    letter: Letter = Letter.R


@dataclass
class ChecklistItem(Record):
    """An integration checklist item: from the catalogue or the user's own."""

    use_case_uuid: str = ""
    catalogue_key: str | None = None
    category: Category = Category.INTEGRATION
    title: str = ""
    state: ItemState = ItemState.OPEN
    na_reason: str = ""
    owner_uuid: str | None = None
    due_date: date | None = None
    note: str = ""
    evidence: str = ""
    enabled: bool = True
    required: bool = True
    sort: int = 0


@dataclass
class CxAnswer(Record):
    """The rating and note for one CX question of one use case."""

    use_case_uuid: str = ""
    question: CxQuestion = CxQuestion.COHERENT
    rating: CxRating = CxRating.NOT_RATED
    note: str = ""


@dataclass
class Decision(Record):
    """An append-only decision log entry; a correction is a new entry naming the old one."""

    use_case_uuid: str = ""
    decided_on: date = field(default_factory=date.today)
    kind: DecisionKind = DecisionKind.CHANGE
    rationale: str = ""
    conditions: str = ""
    deciders: str = ""
    next_review: date | None = None
    corrects_uuid: str | None = None
    readiness_override: str = ""
    recorded_at: str = ""
    author: str = ""


@dataclass
class UseCase(Record):
    """An AI use case with the three questions and everything that belongs to it."""

    title: str = ""
    problem: str = ""
    relief_customers: str = ""
    relief_employees: str = ""
    boundary: str = ""
    customer_facing: bool = False
    status: Status = Status.IDEA
    owner_uuid: str | None = None
    tool: str = ""
    personal_data: bool = False
    personal_data_which: str = ""
    risk_class: RiskClass = RiskClass.UNCLEAR
    cost_once: Decimal | None = None
    cost_monthly: Decimal | None = None
    hours_saved_month: Decimal | None = None
    response_target: str = ""
    fallback: str = ""
    motion: str = ""
    created_on: date = field(default_factory=date.today)
    pilot_start: date | None = None
    go_live: date | None = None
    next_review: date | None = None
    tags: list[str] = field(default_factory=list)
    motion_options: str = ""  # one option per line
    recommendation: str = ""
    recommendation_reason: str = ""
    agenda: AgendaKind = AgendaKind.AUTO
    conditions: str = ""  # conditions the preparer proposes with the motion
    notes: str = ""  # free notes; an import keeps unmapped columns here as "header: value"
    # Children, loaded and saved with the use case but stored as rows of their own.
    systems: list[UseCaseSystem] = field(default_factory=list)
    activities: list[RaciActivity] = field(default_factory=list)
    members: list[RaciMember] = field(default_factory=list)
    cells: list[RaciCell] = field(default_factory=list)
    checklist: list[ChecklistItem] = field(default_factory=list)
    cx: list[CxAnswer] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)

    def __getattr__(self, name: str) -> Any:
        """Reads the children on first use when the record was built without them.

        A large workspace is opened with its use cases' own fields only; whoever built the
        record (storage) leaves an object with `fill(use_case)` under `_children_source`,
        which sets every child list at once. Only called for attributes that are missing,
        so reading a loaded list costs nothing extra.
        """
        if name in CHILD_FIELDS:
            source = self.__dict__.get("_children_source")
            if source is not None:
                source.fill(self)
                if name in self.__dict__:
                    return self.__dict__[name]
        elif name in DEFERRED_TEXTS:
            source = self.__dict__.get("_texts_source")
            if source is not None:
                source.fill_texts(self)
                if name in self.__dict__:
                    return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!s} has no attribute {name!r}")

    def letter(self, activity_uuid: str, person_uuid: str) -> Letter | None:
        """The letter a person holds on an activity, if any."""
        for cell in self.cells:
            if cell.activity_uuid == activity_uuid and cell.person_uuid == person_uuid:
                return cell.letter
        return None

    def cx_answer(self, question: CxQuestion) -> CxAnswer | None:
        """The stored answer to one CX question, if it was ever touched."""
        for answer in self.cx:
            if answer.question == question:
                return answer
        return None


#: The child lists of a use case (stored as rows of their own, read when first used).
CHILD_FIELDS = frozenset(
    {"systems", "activities", "members", "cells", "checklist", "cx", "decisions"}
)

#: A use case's long texts, which a large workspace reads when first used (the register and
#: the dashboard show none of them; the search asks for all of them at once).
DEFERRED_TEXTS = frozenset({
    "problem", "relief_customers", "relief_employees", "boundary", "personal_data_which",
    "response_target", "fallback", "motion_options", "recommendation_reason", "conditions",
    "notes",
})
# Their defaults live in __init__ only: a missing instance value must reach __getattr__ (and
# be read) instead of silently finding the class's empty default.
for _name in DEFERRED_TEXTS:
    delattr(UseCase, _name)
del _name


def texts_deferred(use_case: UseCase, source: Any) -> None:
    """Leaves a use case's long texts to be read on first use, through
    `source.fill_texts(uc)`."""
    for name in DEFERRED_TEXTS:
        use_case.__dict__.pop(name, None)
    use_case.__dict__["_texts_source"] = source


def texts_loaded(use_case: UseCase) -> bool:
    """Whether a use case's long texts are in memory."""
    return "_texts_source" not in use_case.__dict__


def read_texts_now(use_cases: list[UseCase]) -> None:
    """Reads the long texts of all these use cases at once where their source can (one pass
    instead of one read per use case: the register's first search)."""
    sources: dict[int, Any] = {}
    for uc in use_cases:
        source = uc.__dict__.get("_texts_source")
        if source is not None:
            sources.setdefault(id(source), source)
    for source in sources.values():
        fill_all = getattr(source, "fill_all_texts", None)
        if fill_all is not None:
            fill_all(use_cases)


def set_texts(use_case: UseCase, texts: dict[str, Any]) -> None:
    """Puts a use case's long texts in place and forgets where to read them from."""
    for name in DEFERRED_TEXTS:
        use_case.__dict__[name] = texts.get(name, "")
    use_case.__dict__.pop("_texts_source", None)


def children_deferred(use_case: UseCase, source: Any) -> None:
    """Leaves a use case's children to be read on first use, through `source.fill(uc)`."""
    for name in CHILD_FIELDS:
        use_case.__dict__.pop(name, None)
    use_case.__dict__["_children_source"] = source


def children_loaded(use_case: UseCase) -> bool:
    """Whether a use case's children are in memory (a read would not touch the file)."""
    return "_children_source" not in use_case.__dict__


def read_children_now(use_case: UseCase) -> None:
    """Reads a use case's texts and children if they are not in memory yet (before its rows
    go away)."""
    if not texts_loaded(use_case):
        use_case.__getattr__("problem")  # fill_texts() sets every long text at once
    if not children_loaded(use_case):
        use_case.__getattr__("checklist")  # fill() sets every child list at once


def set_children(use_case: UseCase, children: dict[str, list[Any]]) -> None:
    """Puts every child list in place at once and forgets where they were to be read from."""
    for name in CHILD_FIELDS:
        use_case.__dict__[name] = children.get(name, [])
    use_case.__dict__.pop("_children_source", None)


@dataclass
class Workspace:
    """Everything in one workspace file: one company and its use cases."""

    company: Company = field(default_factory=Company)
    people: list[Person] = field(default_factory=list)
    board: list[BoardMember] = field(default_factory=list)
    systems: list[System] = field(default_factory=list)
    use_cases: list[UseCase] = field(default_factory=list)

    # Positions by UUID, checked on every hit: the lists are edited in place by many hands,
    # so a hit counts only if the record at that position still has that UUID.
    _positions: dict[str, dict[str, int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def _find(self, name: str, records: list[Any], uuid: str) -> Any:
        """Finds a record by UUID in O(1), re-indexing the list when it changed."""
        positions = self._positions.get(name)
        if positions is not None:
            pos = positions.get(uuid)
            if pos is not None and pos < len(records) and records[pos].uuid == uuid:
                return records[pos]
        positions = {r.uuid: i for i, r in enumerate(records)}
        self._positions[name] = positions
        pos = positions.get(uuid)
        return records[pos] if pos is not None else None

    def person(self, person_uuid: str | None) -> Person | None:
        """Looks a person up by UUID (None when unknown or not set)."""
        if person_uuid is None:
            return None
        found: Person | None = self._find("people", self.people, person_uuid)
        return found

    def people_by_uuid(self) -> dict[str, Person]:
        """All people keyed by UUID, for rules that look many of them up."""
        return {p.uuid: p for p in self.people}

    def use_case(self, use_case_uuid: str) -> UseCase | None:
        """Looks a use case up by UUID."""
        found: UseCase | None = self._find("use_cases", self.use_cases, use_case_uuid)
        return found
