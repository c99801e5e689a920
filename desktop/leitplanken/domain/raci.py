"""RACI rules from the article: "AI makes no decisions. People do." Who checks, steps in, answers.

Per activity exactly one Accountable (an internal person, never an external provider), at least
one Responsible (the Accountable may be the Responsible too), one letter per person. What a person carries across use cases is
in load.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from leitplanken.domain.finding import Finding
from leitplanken.domain.model import Letter, Person, RaciCell, UseCase, Workspace

#: Something that tells who a person is: the workspace, a UUID → Person map or a list of people.
People = Workspace | Mapping[str, Person] | Iterable[Person]


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
