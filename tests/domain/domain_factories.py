"""Small builders for domain tests: people, a use case with a RACI matrix, checklist and CX."""

from __future__ import annotations

from datetime import date

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import (
    CxRating,
    ItemState,
    Letter,
    Person,
    RaciActivity,
    RaciCell,
    RiskClass,
    UseCase,
)

TODAY = date(2026, 11, 25)


def person(name: str, internal: bool = True) -> Person:
    """A person with a readable name."""
    return Person(name=name, internal=internal, organisation="" if internal else "Extern AG")


def use_case_with_activities(*titles: str) -> UseCase:
    """A use case with the given own activities and no cells yet."""
    uc = UseCase(title="Test", created_on=date(2026, 1, 1))
    for i, title in enumerate(titles):
        uc.activities.append(RaciActivity(use_case_uuid=uc.uuid, title=title, sort=i))
    return uc


def set_letter(uc: UseCase, activity: RaciActivity, who: Person, letter: Letter) -> None:
    """Adds one RACI cell."""
    uc.cells.append(
        RaciCell(use_case_uuid=uc.uuid, activity_uuid=activity.uuid, person_uuid=who.uuid,
                 letter=letter)
    )


def ready_use_case(lang: str = "en") -> tuple[UseCase, list[Person]]:
    """A use case meeting every readiness criterion, and its people (tests break one thing)."""
    owner, helper = person("Anna Keller"), person("Mia Huber")
    uc = UseCase(
        title="Complaints",
        problem="Categorise incoming complaints automatically and answer them within two hours",
        relief_customers="A clear answer within two hours",
        boundary="Goodwill and credit notes are always decided by a person",
        customer_facing=True,
        response_target="2 hours",
        personal_data=True,
        personal_data_which="Name, e-mail address, order number",
        risk_class=RiskClass.LIMITED,
        created_on=date(2026, 1, 1),
    )
    seed_use_case(uc, lang)
    for activity in uc.activities:
        set_letter(uc, activity, owner, Letter.A)
        set_letter(uc, activity, helper, Letter.R)
    for item in uc.checklist:
        item.state = ItemState.DONE
    for answer in uc.cx:
        answer.rating = CxRating.YES
    return uc, [owner, helper]
