"""What each person carries across use cases, and who has become a bottleneck.

The article's main reason pilots die is the missing capacity in day-to-day business: a person
who is accountable for too many use cases becomes a bottleneck. The counts come from each use
case's digest (digest.py), so a workspace opened without its use cases' children is judged
exactly as a fully read one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from leitplanken.domain.digest import UseCaseDigest, digest
from leitplanken.domain.finding import Finding
from leitplanken.domain.model import Status, Workspace

#: Use cases that no longer load anybody (stopped ones ended the responsibility).
_INACTIVE = frozenset({Status.STOPPED})

#: Digests by use-case UUID.
Digests = Mapping[str, UseCaseDigest]


def digests_of(workspace: Workspace) -> dict[str, UseCaseDigest]:
    """Every use case's digest computed from its children (reads them all)."""
    return {uc.uuid: digest(uc, workspace) for uc in workspace.use_cases}


@dataclass(frozen=True)
class PersonLoad:
    """How much one person carries across use cases, for the dashboard's load view."""

    person_uuid: str
    accountable_use_cases: int = 0
    responsible_use_cases: int = 0
    accountable_activities: int = 0
    responsible_activities: int = 0
    owned_use_cases: int = 0


def person_load(workspace: Workspace, digests: Digests | None = None) -> dict[str, PersonLoad]:
    """Per person: on how many use cases (and activities) they are A and R, and how many they own.

    Stopped use cases are left out: they no longer ask anything of anybody. Every person of the
    workspace appears, with zeros when they carry nothing. Without `digests` they are computed
    from the use cases' children.
    """
    if digests is None:
        digests = digests_of(workspace)
    a_uc: dict[str, int] = defaultdict(int)
    r_uc: dict[str, int] = defaultdict(int)
    a_act: dict[str, int] = defaultdict(int)
    r_act: dict[str, int] = defaultdict(int)
    owned: dict[str, int] = defaultdict(int)
    for uc in workspace.use_cases:
        if uc.status in _INACTIVE:
            continue
        if uc.owner_uuid:
            owned[uc.owner_uuid] += 1
        d = digests.get(uc.uuid)
        if d is None:
            continue
        for person, count in d.accountable:
            a_uc[person] += 1
            a_act[person] += count
        for person, count in d.responsible:
            r_uc[person] += 1
            r_act[person] += count
    uuids = [p.uuid for p in workspace.people]
    known = set(uuids)
    for u in (*a_uc, *r_uc, *owned):
        if u not in known:
            known.add(u)
            uuids.append(u)
    return {
        u: PersonLoad(u, a_uc.get(u, 0), r_uc.get(u, 0), a_act.get(u, 0), r_act.get(u, 0),
                      owned.get(u, 0))
        for u in uuids
    }


def bottlenecks(workspace: Workspace, digests: Digests | None = None) -> list[Finding]:
    """People accountable on at least `company.bottleneck_threshold` use cases (a warning each)."""
    threshold = max(1, workspace.company.bottleneck_threshold)
    found = []
    for person_uuid, load in person_load(workspace, digests).items():
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
