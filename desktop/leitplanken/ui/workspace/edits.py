"""The editors' one door to change data: every edit becomes an undo command on the session.

Keeps the tabs free of command plumbing, and makes several changes that belong together
(a new person and their RACI column) one step for Edit → Undo.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from leitplanken.domain.model import Record
from leitplanken.ui.workspace.commands import AddRecords, RemoveRecords, SetFields


def set_fields(
    session: Any, record: Record, values: dict[str, Any], text: str, merge: bool = False
) -> bool:
    """Changes fields of one record as an undo step (no step when nothing changes)."""
    if all(getattr(record, k) == v for k, v in values.items()):
        return True
    session.undo.push(SetFields(session, record, values, text=text, merge=merge))
    return True


def add_records(session: Any, records: Iterable[Record], text: str) -> bool:
    """Adds records (people, children of a use case …) as one undo step."""
    records = list(records)
    if not records:
        return False
    session.undo.push(AddRecords(session, records, text=text))
    return True


def remove_records(session: Any, records: Iterable[Record], text: str) -> bool:
    """Removes records as one undo step; undo puts them back where they were."""
    records = list(records)
    if not records:
        return False
    session.undo.push(RemoveRecords(session, records, text=text))
    return True


@contextmanager
def one_step(session: Any, text: str) -> Iterator[None]:
    """Groups the edits made inside the block into a single undo step."""
    session.undo.beginMacro(text)
    try:
        yield
    finally:
        session.undo.endMacro()
