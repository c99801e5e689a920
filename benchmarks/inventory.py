"""A workspace built from the public inventory of 1,757 real AI use cases (US federal, 2024).

The benchmark and the report's scale tests need realistic text of realistic length. Domain
objects are built directly (no file, no import code), so only the PDF is measured.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import (
    BoardMember,
    BoardRole,
    Company,
    Letter,
    Person,
    RaciCell,
    RaciMember,
    RiskClass,
    Status,
    UseCase,
    Workspace,
)

_STAGES = {
    "initiated": Status.IDEA,
    "acquisition and/or development": Status.EVALUATION,
    "implementation and assessment": Status.PILOT,
    "operation and maintenance": Status.OPERATION,
    "retired": Status.STOPPED,
}


def _date(text: str) -> date | None:
    """Parses the inventory's m/d/yyyy dates."""
    try:
        month, day, year = (int(x) for x in text.strip().split("/"))
        return date(year, month, day)
    except ValueError:
        return None


def _risk(impact: str) -> RiskClass:
    """Rights- or safety-impacting use cases are high risk; "Neither" is minimal."""
    text = impact.lower()
    if "impacting" in text:
        return RiskClass.HIGH
    if text.startswith("neither"):
        return RiskClass.MINIMAL
    return RiskClass.UNCLEAR


def inventory_workspace(csv_path: Path, limit: int | None = None) -> Workspace:
    """A workspace with one use case per inventory row (all of them, or the first `limit`)."""
    ws = Workspace(company=Company(name="Federal Inventory Demo", legal_form="",
                                   locale="en_US", currency="USD", board_name="Board"))
    agencies: dict[str, Person] = {}
    with csv_path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle)):
            if limit is not None and n >= limit:
                break
            agency = row.get("3_agency", "").strip() or "Agency"
            person = agencies.get(agency)
            if person is None:
                person = Person(name=f"Chief AI Officer, {row.get('3_abr') or agency}",
                                function=agency)
                agencies[agency] = person
                ws.people.append(person)
            ws.use_cases.append(_use_case(row, person))
    ws.board = [BoardMember(person_uuid=p.uuid, role=BoardRole.MEMBER, sort=i)
                for i, p in enumerate(ws.people[:5])]
    if ws.board:
        ws.board[0].role = BoardRole.CHAIR
    if len(ws.board) > 1:
        ws.board[1].role = BoardRole.MINUTE_TAKER
    return ws


def _use_case(row: dict[str, str], owner: Person) -> UseCase:
    """One inventory row as a use case with the catalogue's matrix and checklist."""
    stage = row.get("16_dev_stage", "").strip().lower()
    uc = UseCase(
        title=row.get("2_use_case_name", "").strip(),
        problem=row.get("11_purpose_benefits", ""),
        relief_employees=row.get("12_outputs", ""),
        relief_customers=row.get("26_public_service", ""),
        boundary=row.get("57_autonomous_impact", "") or row.get("50_internal_review", ""),
        status=_STAGES.get(stage, Status.EVALUATION),
        owner_uuid=owner.uuid,
        tool=row.get("10_commercial_ai", ""),
        personal_data=row.get("29_contains_pii", "").strip().lower() == "yes",
        personal_data_which=row.get("33_agency_data", ""),
        risk_class=_risk(row.get("17_impact_type", "")),
        created_on=_date(row.get("18_date_initiated", "")) or date(2024, 1, 1),
        go_live=_date(row.get("20_date_implemented", "")),
        motion=row.get("54_key_risks", ""),
        tags=[t for t in (row.get("3_abr", ""), row.get("8_topic_area", "")) if t],
    )
    seed_use_case(uc, "en")
    uc.members.append(RaciMember(use_case_uuid=uc.uuid, person_uuid=owner.uuid))
    for activity in uc.activities:
        uc.cells.append(RaciCell(use_case_uuid=uc.uuid, activity_uuid=activity.uuid,
                                 person_uuid=owner.uuid, letter=Letter.A))
    return uc
