"""A small simulation of two people editing copies of one file, for the merge property tests.

Edits behave as the storage layer does: a change stamps the record with the (shared, always
increasing) clock, bumps its revision and records the stamp in the copy's history ("seen");
a deletion leaves a tombstone, and deleting a use case or person takes its dependants along.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from leitplanken.domain.model import (
    Company,
    CxAnswer,
    CxQuestion,
    CxRating,
    Decision,
    Letter,
    Person,
    RaciActivity,
    RaciCell,
    RaciMember,
    Record,
    System,
    UseCase,
    UseCaseSystem,
)
from leitplanken.storage.merge import NATURAL_KEYS
from leitplanken.storage.merge_refs import REQUIRED_REFS
from leitplanken.storage.merge_state import MergeState, Tombstone, kind_of

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


class Clock:
    """One clock for both copies: every change gets a later stamp than the one before."""

    def __init__(self) -> None:
        """Starts at a fixed moment so runs are reproducible."""
        self.ticks = 0

    def uid(self) -> str:
        """A reproducible UUID, so a failing example replays exactly."""
        self.ticks += 1
        return f"00000000-0000-4000-8000-{self.ticks:012d}"

    def stamp(self) -> str:
        """The next moment, as storage writes it."""
        self.ticks += 1
        return (EPOCH + timedelta(seconds=self.ticks)).isoformat(timespec="microseconds")


@dataclass
class Copy:
    """One person's copy of the file."""

    state: MergeState
    clock: Clock

    def _touch(self, rec: Record) -> Record:
        """Stamps a changed record and remembers the version in history."""
        rec.modified_at = self.clock.stamp()
        rec.revision += 1
        seen = set(self.state.seen.get(rec.uuid, frozenset()))
        seen.add(rec.modified_at)
        self.state.seen[rec.uuid] = frozenset(seen)
        self.state.records[rec.uuid] = rec
        self.state.tombstones.pop(rec.uuid, None)
        return rec

    def add(self, rec: Record) -> bool:
        """Adds a new record unless its slot is taken or a reference is missing here."""
        for ref in REQUIRED_REFS.get(kind_of(rec), ()):
            if getattr(rec, ref) not in self.state.records:
                return False
        keys = NATURAL_KEYS.get(kind_of(rec))
        if keys is not None:
            slot = tuple(getattr(rec, k) for k in keys)
            for other in self.state.records.values():
                if (
                    kind_of(other) == kind_of(rec)
                    and tuple(getattr(other, k) for k in keys) == slot
                ):
                    return False
        self._touch(rec)
        return True

    def edit(self, uuid: str, **changes: object) -> bool:
        """Changes fields of an existing record (decisions are never edited)."""
        rec = self.state.records.get(uuid)
        if rec is None or isinstance(rec, Decision):
            return False
        self._touch(replace(copy.deepcopy(rec), **changes))
        return True

    def delete(self, uuid: str) -> bool:
        """Deletes a record and everything that needs it, leaving tombstones."""
        rec = self.state.records.get(uuid)
        if rec is None or isinstance(rec, Company):
            return False
        doomed = {uuid}
        grown = True
        while grown:
            grown = False
            for u, other in self.state.records.items():
                if u in doomed:
                    continue
                refs = [getattr(other, r) for r in REQUIRED_REFS.get(kind_of(other), ())]
                if any(r in doomed for r in refs):
                    doomed.add(u)
                    grown = True
        when = self.clock.stamp()
        for u, other in list(self.state.records.items()):
            if u not in doomed and getattr(other, "owner_uuid", None) in doomed:
                self.state.records[u] = replace(
                    copy.deepcopy(other),
                    owner_uuid=None,
                    modified_at=when,
                    revision=other.revision + 1,
                )
                self.state.seen[u] = self.state.seen.get(u, frozenset()) | {when}
        for u in doomed:
            gone = self.state.records.pop(u)
            self.state.tombstones[u] = Tombstone(u, kind_of(gone), when)
        return True


def base_state(clock: Clock, people: int = 3, use_cases: int = 2) -> MergeState:
    """A small workspace every copy starts from (as if created and saved once)."""
    start = Copy(MergeState(), clock)
    start.add(Company(uuid=clock.uid(), name="Schreinerei Muster"))
    persons = [Person(uuid=clock.uid(), name=f"Person {i}") for i in range(people)]
    for p in persons:
        start.add(p)
    system = System(uuid=clock.uid(), name="CRM")
    start.add(system)
    for i in range(use_cases):
        uc = UseCase(uuid=clock.uid(), title=f"Use case {i}", problem="Anfragen beantworten")
        start.add(uc)
        act = RaciActivity(uuid=clock.uid(), use_case_uuid=uc.uuid, title="Review")
        start.add(act)
        start.add(RaciMember(uuid=clock.uid(), use_case_uuid=uc.uuid, person_uuid=persons[0].uuid))
        start.add(
            RaciCell(
                uuid=clock.uid(),
                use_case_uuid=uc.uuid,
                activity_uuid=act.uuid,
                person_uuid=persons[0].uuid,
                letter=Letter.A,
            )
        )
        start.add(CxAnswer(uuid=clock.uid(), use_case_uuid=uc.uuid, question=CxQuestion.COHERENT))
        start.add(UseCaseSystem(uuid=clock.uid(), use_case_uuid=uc.uuid, system_uuid=system.uuid))
    return start.state


def fork(state: MergeState, clock: Clock) -> Copy:
    """A copy of the file on a stick: identical data and history."""
    return Copy(state.copy(), clock)


def uuids_of(state: MergeState, cls: type[Record]) -> list[str]:
    """The UUIDs of one kind of record, in a stable order for hypothesis to pick from."""
    return sorted(u for u, r in state.records.items() if isinstance(r, cls))


def snapshot(state: MergeState) -> tuple[object, ...]:
    """Everything that must be equal for two states to be the same file."""
    recs = {u: (kind_of(r), r.modified_at, r.revision, repr(r)) for u, r in state.records.items()}
    seen = {u: s for u, s in state.seen.items() if s}
    return recs, dict(state.tombstones), seen


def apply_op(c: Copy, op: tuple, n: int) -> None:
    """Runs one generated edit (kind, index, value) against a copy."""
    kind, index, value = op
    st = c.state
    if kind == "edit_uc":
        ucs = uuids_of(st, UseCase)
        if ucs:
            c.edit(ucs[index % len(ucs)], title=f"Title {value}")
    elif kind == "edit_problem":
        ucs = uuids_of(st, UseCase)
        if ucs:
            c.edit(ucs[index % len(ucs)], problem=f"Problem {value}")
    elif kind == "edit_person":
        ps = uuids_of(st, Person)
        if ps:
            c.edit(ps[index % len(ps)], function=f"Function {value}")
    elif kind == "letter":
        cells = uuids_of(st, RaciCell)
        if cells:
            c.edit(cells[index % len(cells)], letter=list(Letter)[value % 4])
    elif kind == "rate":
        answers = uuids_of(st, CxAnswer)
        if answers:
            c.edit(answers[index % len(answers)], rating=list(CxRating)[value % 4])
    elif kind == "delete_uc":
        ucs = uuids_of(st, UseCase)
        if ucs:
            c.delete(ucs[index % len(ucs)])
    elif kind == "delete_person":
        ps = uuids_of(st, Person)
        if ps:
            c.delete(ps[index % len(ps)])
    elif kind == "add_person":
        c.add(Person(uuid=c.clock.uid(), name=f"New {n} {value}"))
    elif kind == "add_cell":
        acts, ps = uuids_of(st, RaciActivity), uuids_of(st, Person)
        if acts and ps:
            act = st.records[acts[index % len(acts)]]
            c.add(
                RaciCell(
                    uuid=c.clock.uid(),
                    use_case_uuid=act.use_case_uuid,
                    activity_uuid=act.uuid,
                    person_uuid=ps[value % len(ps)],
                    letter=Letter.R,
                )
            )
    elif kind == "decide":
        ucs = uuids_of(st, UseCase)
        if ucs:
            c.add(
                Decision(
                    uuid=c.clock.uid(),
                    use_case_uuid=ucs[index % len(ucs)],
                    rationale=f"Because {value}",
                )
            )
    elif kind == "own":
        ucs, ps = uuids_of(st, UseCase), uuids_of(st, Person)
        if ucs and ps:
            c.edit(ucs[index % len(ucs)], owner_uuid=ps[value % len(ps)])
    elif kind == "add_uc":
        c.add(UseCase(uuid=c.clock.uid(), title=f"New use case {n} {value}"))


OP_KINDS = (
    "edit_uc",
    "edit_problem",
    "edit_person",
    "letter",
    "rate",
    "delete_uc",
    "delete_person",
    "add_person",
    "add_cell",
    "decide",
    "add_uc",
    "own",
)


# -- helpers for the attack families (per-field merges, decisions) ----------------------------


def other_value(f: object, value: object, refs: list[str]) -> object:
    """A different valid value for a declared field (domain/fields.py), whatever its kind."""
    from datetime import date
    from decimal import Decimal

    from leitplanken.domain.fields import Kind

    kind = f.kind  # type: ignore[attr-defined]
    if kind in (Kind.TEXT, Kind.LINE):
        return (value or "") + " (geändert)"
    if kind is Kind.CODE:
        return (value or "code") + "_x"
    if kind in (Kind.MONEY, Kind.NUMBER):
        return (value or Decimal(0)) + Decimal("1.5")
    if kind is Kind.INTEGER:
        return int(value) + 1  # type: ignore[call-overload]
    if kind is Kind.FLAG:
        return not value
    if kind is Kind.DATE:
        return (value or date(2026, 1, 1)) + timedelta(days=1)  # type: ignore[operator]
    if kind is Kind.ENUM:
        return next(e for e in f.enum if e != value)  # type: ignore[attr-defined]
    if kind is Kind.TAGS:
        return [*value, "neu"]  # type: ignore[misc]
    if kind is Kind.REF:
        return next(r for r in refs if r != value)
    raise AssertionError(kind)


def second_other_value(f: object, value: object, refs: list[str]) -> object:
    """Another different value, unequal to other_value (both sides change one field)."""
    first = other_value(f, value, refs)
    second = other_value(f, first, [r for r in refs if r != first] + [str(value)])
    return second if second != value else other_value(f, second, refs)
