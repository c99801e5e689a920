"""Turns the demo's compact use-case descriptions into complete, consistent UseCase records.

The status and dates of each use case are not written down: they follow from replaying its
decision log through `apply_decision`, exactly as in the app, so the demo can never show a
pilot without a start-pilot decision or a go-live with gaps but no override reason.

It also holds what the descriptions are written with (DemoContext, Spec, the shorthands), so
demo.py and the case modules (demo_cases*.py) all import this one and never each other.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.decisions import apply_decision
from leitplanken.domain.model import (
    CxQuestion,
    CxRating,
    Decision,
    DecisionKind,
    Integration,
    ItemState,
    Letter,
    RaciCell,
    RaciMember,
    RiskClass,
    UseCase,
    UseCaseSystem,
    Workspace,
)

#: Namespace of every demo UUID (uuid5 of a fixed URL, so it never changes).
DEMO_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://leitplanken.invalid/demo")


@dataclass(frozen=True)
class DemoContext:
    """What every demo builder needs: the language, the day, texts and stable identities."""

    lang: str
    today: date

    @property
    def german(self) -> bool:
        """Whether texts are German (Swiss spelling serves both "de" and "de_CH")."""
        return self.lang.replace("-", "_").lower().startswith("de")

    def t(self, de: str, en: str) -> str:
        """The text in the demo's language; German is written the Swiss way (no "ß")."""
        return de if self.german else en

    def day(self, offset: int) -> date:
        """A date `offset` days from today (negative: in the past)."""
        return self.today + timedelta(days=offset)

    def uid(self, name: str) -> str:
        """A UUID that is the same for every demo, whatever the language or day."""
        return str(uuid.uuid5(DEMO_NAMESPACE, name))

    def person(self, key: str) -> str:
        """The UUID of a demo person by short key ("anna", "simon" …)."""
        return self.uid(f"person/{key}")

    def system(self, key: str) -> str:
        """The UUID of a demo system by short key ("crm", "erp" …)."""
        return self.uid(f"system/{key}")


#: A text in both demo languages: (German, English).
Bi = tuple[str, str]
NO_TEXT: Bi = ("", "")

#: Shorthands the use-case descriptions (demo_cases*.py) are written in.
DONE, OPEN, WIP, NA = ItemState.DONE, ItemState.OPEN, ItemState.IN_PROGRESS, ItemState.NOT_APPLICABLE
YES, PARTLY, NO = CxRating.YES, CxRating.PARTLY, CxRating.NO

BOARD = ("Verwaltungsrat: Margrit Brunner (Vorsitz), Beat Aebischer, Thomas Brunner",
         "Board of directors: Margrit Brunner (chair), Beat Aebischer, Thomas Brunner")
MANAGEMENT = ("Geschäftsleitung: Thomas Brunner, Sandra Zimmermann, Anna Keller",
              "Management: Thomas Brunner, Sandra Zimmermann, Anna Keller")


@dataclass(frozen=True)
class Item:
    """How far one catalogue checklist item is, in the demo."""

    state: ItemState
    owner: str | None = None
    due: int | None = None
    note: Bi = NO_TEXT
    evidence: Bi = NO_TEXT
    na_reason: Bi = NO_TEXT


@dataclass(frozen=True)
class Dec:
    """One decision log entry; `key` lets a later entry correct it."""

    key: str
    kind: DecisionKind
    on: int
    rationale: Bi
    deciders: Bi
    conditions: Bi = NO_TEXT
    review: int | None = None
    corrects: str | None = None
    override: Bi = NO_TEXT
    recorded: int | None = None


@dataclass(frozen=True)
class Spec:
    """A demo use case: the three questions, settings, matrix, checklist, CX check and log."""

    key: str
    created: int
    title: Bi
    problem: Bi
    relief_customers: Bi
    relief_employees: Bi
    boundary: Bi
    owner: str
    customer_facing: bool = False
    tool: Bi = NO_TEXT
    personal_data_which: Bi = NO_TEXT
    risk: RiskClass = RiskClass.UNCLEAR
    cost_once: str | None = None
    cost_monthly: str | None = None
    hours_saved: str | None = None
    response_target: Bi = NO_TEXT
    fallback: Bi = NO_TEXT
    motion: Bi = NO_TEXT
    #: The options the preparer offers the board (one per line) and the one recommended.
    options: Bi = NO_TEXT
    recommendation: Bi = NO_TEXT
    reason: Bi = NO_TEXT
    conditions: Bi = NO_TEXT
    tags: tuple[Bi, ...] = ()
    systems: tuple[tuple[str, Integration, Bi], ...] = ()
    raci: dict[str, str] = field(default_factory=dict)
    items: dict[str, Item] = field(default_factory=dict)
    default_state: ItemState = ItemState.OPEN
    cx: dict[CxQuestion, tuple[CxRating, Bi]] = field(default_factory=dict)
    decisions: tuple[Dec, ...] = ()


def _money(value: str | None) -> Decimal | None:
    """Amounts are written as strings so no float ever rounds a franc."""
    return Decimal(value) if value is not None else None


def build_use_case(ctx: DemoContext, ws: Workspace, spec: Spec) -> UseCase:
    """A complete use case from its description, its history replayed through the decisions."""
    t = ctx.t
    uc = UseCase(
        uuid=ctx.uid(f"uc/{spec.key}"),
        title=t(*spec.title),
        problem=t(*spec.problem),
        relief_customers=t(*spec.relief_customers),
        relief_employees=t(*spec.relief_employees),
        boundary=t(*spec.boundary),
        customer_facing=spec.customer_facing,
        owner_uuid=ctx.person(spec.owner),
        tool=t(*spec.tool),
        personal_data=bool(spec.personal_data_which[0]),
        personal_data_which=t(*spec.personal_data_which),
        risk_class=spec.risk,
        cost_once=_money(spec.cost_once),
        cost_monthly=_money(spec.cost_monthly),
        hours_saved_month=_money(spec.hours_saved),
        response_target=t(*spec.response_target),
        fallback=t(*spec.fallback),
        motion=t(*spec.motion),
        motion_options=t(*spec.options),
        recommendation=t(*spec.recommendation),
        recommendation_reason=t(*spec.reason),
        conditions=t(*spec.conditions),
        created_on=ctx.day(spec.created),
        tags=[t(*tag) for tag in spec.tags],
    )
    # The company is Swiss: stored catalogue titles are written the Swiss way in German too.
    seed_use_case(uc, "de_CH" if ctx.german else "en")
    _stable_children(ctx, uc, spec.key)
    uc.systems = [
        UseCaseSystem(uuid=ctx.uid(f"uc/{spec.key}/system/{key}"), use_case_uuid=uc.uuid,
                      system_uuid=ctx.system(key), integration=how, note=t(*note))
        for key, how, note in spec.systems
    ]
    _matrix(ctx, uc, spec)
    _checklist(ctx, uc, spec)
    for answer in uc.cx:
        rating, note = spec.cx.get(answer.question, (CxRating.NOT_RATED, NO_TEXT))
        answer.rating, answer.note = rating, t(*note)
    _replay(ctx, ws, uc, spec)
    return uc


def _stable_children(ctx: DemoContext, uc: UseCase, key: str) -> None:
    """Replaces the random UUIDs of the seeded rows by derived ones (same demo, same UUIDs)."""
    for activity in uc.activities:
        activity.uuid = ctx.uid(f"uc/{key}/activity/{activity.catalogue_key}")
    for item in uc.checklist:
        item.uuid = ctx.uid(f"uc/{key}/item/{item.catalogue_key}")
    for answer in uc.cx:
        answer.uuid = ctx.uid(f"uc/{key}/cx/{answer.question.value}")


def _matrix(ctx: DemoContext, uc: UseCase, spec: Spec) -> None:
    """Cells from "anna:A claudia:R" strings; columns in order of first appearance."""
    by_key = {a.catalogue_key: a for a in uc.activities}
    columns: list[str] = []
    for activity_key, cells in spec.raci.items():
        activity = by_key[activity_key]
        for cell in cells.split():
            who, letter = cell.split(":")
            if who not in columns:
                columns.append(who)
            uc.cells.append(RaciCell(
                uuid=ctx.uid(f"uc/{spec.key}/cell/{activity_key}/{who}"), use_case_uuid=uc.uuid,
                activity_uuid=activity.uuid, person_uuid=ctx.person(who), letter=Letter(letter)))
    uc.members = [
        RaciMember(uuid=ctx.uid(f"uc/{spec.key}/member/{who}"), use_case_uuid=uc.uuid,
                   person_uuid=ctx.person(who), sort=i)
        for i, who in enumerate(columns)
    ]


def _checklist(ctx: DemoContext, uc: UseCase, spec: Spec) -> None:
    """States, owners, due dates, notes and evidence of the checklist items."""
    for item in uc.checklist:
        status = spec.items.get(item.catalogue_key or "", Item(spec.default_state))
        item.state = status.state
        item.owner_uuid = ctx.person(status.owner) if status.owner else None
        item.due_date = ctx.day(status.due) if status.due is not None else None
        item.note = ctx.t(*status.note)
        item.evidence = ctx.t(*status.evidence)
        item.na_reason = ctx.t(*status.na_reason)


def _replay(ctx: DemoContext, ws: Workspace, uc: UseCase, spec: Spec) -> None:
    """Records the log in order through the app's own rule, which sets status and dates."""
    for dec in spec.decisions:
        recorded = ctx.day(dec.recorded if dec.recorded is not None else dec.on)
        decision = Decision(
            uuid=ctx.uid(f"uc/{spec.key}/decision/{dec.key}"),
            use_case_uuid=uc.uuid,
            decided_on=ctx.day(dec.on),
            kind=dec.kind,
            rationale=ctx.t(*dec.rationale),
            conditions=ctx.t(*dec.conditions),
            deciders=ctx.t(*dec.deciders),
            next_review=ctx.day(dec.review) if dec.review is not None else None,
            corrects_uuid=(ctx.uid(f"uc/{spec.key}/decision/{dec.corrects}")
                           if dec.corrects else None),
            readiness_override=ctx.t(*dec.override),
            recorded_at=datetime.combine(recorded, time(16, 30), UTC).strftime(
                "%Y-%m-%dT%H:%M:%SZ"),
            author="Sandra Zimmermann",
        )
        apply_decision(uc, decision, ws)
