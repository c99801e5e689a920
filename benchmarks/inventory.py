"""A workspace built from the public inventory of 1,757 real AI use cases (US federal, 2024).

The benchmark and the report's scale tests need realistic text of realistic length. The rows
are read by the app's own CSV import; on top come what an owner would add: one accountable
person per agency, the catalogue's activities and checklist, and a board.
"""

from __future__ import annotations

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
    Workspace,
)
from leitplanken.storage.csv_import import read_use_cases


def inventory_workspace(csv_path: Path, limit: int | None = None) -> Workspace:
    """A workspace with one use case per inventory row (all of them, or the first `limit`)."""
    ws = Workspace(company=Company(name="Federal Inventory Demo", legal_form="",
                                   locale="en_US", currency="USD", board_name="Board",
                                   language="en"))
    agencies: dict[str, Person] = {}
    for uc in read_use_cases(csv_path, limit).use_cases:
        agency = uc.tags[0] if uc.tags else "Agency"  # the agency's abbreviation comes first
        owner = agencies.get(agency)
        if owner is None:
            owner = Person(name=f"Chief AI Officer, {agency}", function=agency)
            agencies[agency] = owner
            ws.people.append(owner)
        uc.owner_uuid = owner.uuid
        seed_use_case(uc, "en")
        uc.members.append(RaciMember(use_case_uuid=uc.uuid, person_uuid=owner.uuid))
        uc.cells += [RaciCell(use_case_uuid=uc.uuid, activity_uuid=a.uuid,
                              person_uuid=owner.uuid, letter=Letter.A) for a in uc.activities]
        ws.use_cases.append(uc)
    ws.board = [BoardMember(person_uuid=p.uuid, role=BoardRole.MEMBER, sort=i)
                for i, p in enumerate(ws.people[:5])]
    if ws.board:
        ws.board[0].role = BoardRole.CHAIR
    if len(ws.board) > 1:
        ws.board[1].role = BoardRole.MINUTE_TAKER
    return ws
