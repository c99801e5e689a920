"""RACI rules from the article: "AI makes no decisions. People do." Who checks, steps in, answers.

Per activity exactly one Accountable (an internal person, never an external provider), at least
one Responsible (the Accountable may be the Responsible too), one letter per person. Across use
cases, a person who is accountable for too many of them becomes a bottleneck: the article's
main reason pilots die is the missing capacity in day-to-day business.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from leitplanken.domain.finding import Finding
from leitplanken.domain.model import Letter, Person, RaciCell, Status, UseCase, Workspace

#: Something that tells who a person is: the workspace, a UUID → Person map or a list of people.
People = Workspace | Mapping[str, Person] | Iterable[Person]

#: Use cases that no longer load anybody (stopped ones ended the responsibility).
_INACTIVE = frozenset({Status.STOPPED})


def people_map(people: People) -> dict[str, Person]:
    """Normalises the ways callers hold people into one UUID → Person map."""
    if isinstance(people, Workspace):
        return people.people_by_uuid()
    if isinstance(people, Mapping):
        return dict(people)
    return {p.uuid: p for p in people}


def raci_findings(use_case: UseCase, people: People) -> list[Finding]:
    """All RACI problems of one use case: errors (A rules, duplicates) and warnings (nobody doing it).

    A matrix without any activity yields the warning "raci.empty"; one with activities but no
    letter at all the single error "raci.unassigned" (one sentence, not one per activity).
    """
    known = people_map(people)
    found: list[Finding] = []
    if not use_case.activities:
        found.append(
            Finding("raci.empty", "warning", use_case.uuid, params={"tab": "raci"})
        )
        return found
    if not use_case.cells:
        found.append(
            Finding("raci.unassigned", "error", use_case.uuid, params={"tab": "raci"})
        )
        return found
    by_activity: dict[str, list[RaciCell]] = defaultdict(list)
    for cell in use_case.cells:
        by_activity[cell.activity_uuid].append(cell)
    for activity in sorted(use_case.activities, key=lambda a: a.sort):
        cells = by_activity.get(activity.uuid, [])
        found.extend(_duplicates(use_case, activity.uuid, cells))
        found.extend(_activity_findings(use_case, activity.uuid, cells, known))
    return found


def _duplicates(use_case: UseCase, activity_uuid: str, cells: list[RaciCell]) -> list[Finding]:
    """One letter per person and activity: a second cell for the same pair is an error."""
    letters: dict[str, list[str]] = defaultdict(list)
    for cell in cells:
        letters[cell.person_uuid].append(Letter(cell.letter).value)
    return [
        Finding(
            "raci.duplicate_letter",
            "error",
            use_case.uuid,
            activity_uuid=activity_uuid,
            person_uuids=(person_uuid,),
            params={"tab": "raci", "letters": sorted(set(held))},
        )
        for person_uuid, held in letters.items()
        if len(held) > 1
    ]


def _activity_findings(
    use_case: UseCase, activity_uuid: str, cells: list[RaciCell], known: Mapping[str, Person]
) -> list[Finding]:
    """The A and R rules for one activity's cells."""
    found: list[Finding] = []
    accountable = _unique(c.person_uuid for c in cells if c.letter == Letter.A)
    responsible = _unique(c.person_uuid for c in cells if c.letter == Letter.R)
    where = {"tab": "raci"}
    if not accountable:
        found.append(
            Finding("raci.no_accountable", "error", use_case.uuid, activity_uuid, params=where)
        )
    elif len(accountable) > 1:
        found.append(
            Finding(
                "raci.several_accountable",
                "error",
                use_case.uuid,
                activity_uuid,
                person_uuids=tuple(accountable),
                params={**where, "count": len(accountable)},
            )
        )
    for person_uuid in accountable:
        person = known.get(person_uuid)
        if person is None:
            found.append(
                Finding("raci.unknown_person", "error", use_case.uuid, activity_uuid,
                        person_uuids=(person_uuid,), params=where)
            )
        elif not person.internal:
            found.append(
                Finding("raci.external_accountable", "error", use_case.uuid, activity_uuid,
                        person_uuids=(person_uuid,), params=where)
            )
    # The A may do the work as well (one letter per person, so an A alone is the A doing it,
    # as in a small company where the owner both answers for and does a task); only nobody
    # at all doing it is a gap.
    if not responsible and not accountable:
        found.append(
            Finding("raci.no_responsible", "warning", use_case.uuid, activity_uuid, params=where)
        )
    return found


def _unique(uuids: Iterable[str]) -> list[str]:
    """UUIDs in first-seen order without repeats (duplicate cells are reported separately)."""
    return list(dict.fromkeys(uuids))


def raci_valid(use_case: UseCase, people: People) -> bool:
    """Whether the matrix has activities and no RACI error (warnings do not make it invalid)."""
    return bool(use_case.activities) and not any(
        f.severity == "error" for f in raci_findings(use_case, people)
    )


@dataclass(frozen=True)
class PersonLoad:
    """How much one person carries across use cases, for the dashboard's load view."""

    person_uuid: str
    accountable_use_cases: int = 0
    responsible_use_cases: int = 0
    accountable_activities: int = 0
    responsible_activities: int = 0
    owned_use_cases: int = 0


def person_load(workspace: Workspace) -> dict[str, PersonLoad]:
    """Per person: on how many use cases (and activities) they are A and R, and how many they own.

    Stopped use cases are left out: they no longer ask anything of anybody. Every person of the
    workspace appears, with zeros when they carry nothing.
    """
    a_uc: dict[str, set[str]] = defaultdict(set)
    r_uc: dict[str, set[str]] = defaultdict(set)
    a_act: dict[str, set[tuple[str, str]]] = defaultdict(set)
    r_act: dict[str, set[tuple[str, str]]] = defaultdict(set)
    owned: dict[str, int] = defaultdict(int)
    for uc in workspace.use_cases:
        if uc.status in _INACTIVE:
            continue
        if uc.owner_uuid:
            owned[uc.owner_uuid] += 1
        activities = {a.uuid for a in uc.activities}
        for cell in uc.cells:
            if cell.activity_uuid not in activities:
                continue
            if cell.letter == Letter.A:
                a_uc[cell.person_uuid].add(uc.uuid)
                a_act[cell.person_uuid].add((uc.uuid, cell.activity_uuid))
            elif cell.letter == Letter.R:
                r_uc[cell.person_uuid].add(uc.uuid)
                r_act[cell.person_uuid].add((uc.uuid, cell.activity_uuid))
    uuids = [p.uuid for p in workspace.people]
    uuids += [u for u in (*a_uc, *r_uc, *owned) if u not in uuids]
    return {
        u: PersonLoad(u, len(a_uc[u]), len(r_uc[u]), len(a_act[u]), len(r_act[u]), owned[u])
        for u in uuids
    }


def bottlenecks(workspace: Workspace) -> list[Finding]:
    """People accountable on at least `company.bottleneck_threshold` use cases (a warning each)."""
    threshold = max(1, workspace.company.bottleneck_threshold)
    found = []
    for person_uuid, load in person_load(workspace).items():
        if load.accountable_use_cases >= threshold:
            found.append(
                Finding(
                    "raci.bottleneck",
                    "warning",
                    person_uuids=(person_uuid,),
                    params={
                        "count": load.accountable_use_cases,
                        "threshold": threshold,
                        "responsible": load.responsible_use_cases,
                    },
                )
            )
    return found
