"""A small realistic workspace for driving the window, shared by the UI tests.

A module of its own (not conftest) so tests import it by a name no other folder uses.
"""

from __future__ import annotations

from datetime import date, timedelta

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import (
    Company,
    Decision,
    DecisionKind,
    Letter,
    Person,
    RaciCell,
    RaciMember,
    Status,
    System,
    UseCase,
    Workspace,
)

TODAY = date(2026, 11, 25)


def small_workspace() -> Workspace:
    """A joinery with four people, two systems and three use cases (one a pilot trap)."""
    anna = Person(name="Anna Keller", function="Geschäftsführerin")
    urs = Person(name="Urs Meier", function="Werkstattleiter")
    lukasz = Person(name="Łukasz Nowak", function="Kundendienst")
    ext = Person(name="Beraterin Extern", internal=False, organisation="KI Partner GmbH")
    ws = Workspace(company=Company(name="Schreinerei Muster AG", locale="de_CH", currency="CHF",
                                   language="en"),
                   people=[anna, urs, lukasz, ext],
                   systems=[System(name="CRM", kind="CRM"), System(name="E-Mail", kind="e-mail")])
    complaints = UseCase(title="Answer complaints within two hours", status=Status.PILOT,
                         problem="Complaints arrive by e-mail and wait days for an answer.",
                         customer_facing=True, owner_uuid=anna.uuid,
                         created_on=TODAY - timedelta(days=200),
                         pilot_start=TODAY - timedelta(days=150), tags=["service"])
    offers = UseCase(title="Text suggestions for offers", status=Status.IDEA,
                     problem="Raise efficiency", owner_uuid=urs.uuid, created_on=TODAY)
    enquiries = UseCase(title="Recurring enquiries answered automatically",
                        status=Status.OPERATION, owner_uuid=lukasz.uuid,
                        next_review=TODAY - timedelta(days=3), created_on=TODAY - timedelta(days=400))
    for uc in (complaints, offers, enquiries):
        seed_use_case(uc, "en")
    act = complaints.activities[0]
    complaints.members = [RaciMember(use_case_uuid=complaints.uuid, person_uuid=p.uuid, sort=i)
                          for i, p in enumerate((anna, urs))]
    complaints.cells = [
        RaciCell(use_case_uuid=complaints.uuid, activity_uuid=act.uuid, person_uuid=anna.uuid, letter=Letter.A),
        RaciCell(use_case_uuid=complaints.uuid, activity_uuid=act.uuid, person_uuid=urs.uuid, letter=Letter.A),
    ]
    complaints.decisions = [Decision(use_case_uuid=complaints.uuid, kind=DecisionKind.START_PILOT,
                                     decided_on=TODAY - timedelta(days=150), rationale="Try it")]
    ws.use_cases = [complaints, offers, enquiries]
    return ws
