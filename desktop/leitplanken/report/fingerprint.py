"""A short fingerprint of the data a record was made from, printed on its cover.

Two board members holding printouts can tell at a glance whether they were made from the same
data. Bookkeeping (time of last change, revision) is left out so that a copy with identical
content has the identical fingerprint, and records are taken in the order of their UUIDs: the
record (agenda order) and the register list (alphabetical), or a workspace before and after
saving, show the same data in different orders and must get the same fingerprint.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from leitplanken.domain.model import UseCase, Workspace

_BOOKKEEPING = frozenset({"modified_at", "revision"})


def _plain(value: Any) -> Any:
    """The value in a JSON-able, order-stable form without bookkeeping fields."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k not in _BOOKKEEPING}
    if isinstance(value, list | tuple):
        items = [_plain(v) for v in value]
        if items and all(isinstance(v, dict) and "uuid" in v for v in items):
            items.sort(key=lambda v: str(v["uuid"]))  # records: their order is no data
        return items
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | Decimal):
        return str(value)
    return value


def canonical(workspace: Workspace, use_cases: list[UseCase]) -> bytes:
    """The chosen data as canonical JSON: company, people, board, systems, the use cases."""
    data = {
        "company": _plain(asdict(workspace.company)),
        "people": _plain([asdict(p) for p in workspace.people]),
        "board": _plain([asdict(b) for b in workspace.board]),
        "systems": _plain([asdict(s) for s in workspace.systems]),
        "use_cases": _plain([asdict(uc) for uc in use_cases]),
    }
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def fingerprint(workspace: Workspace, use_cases: list[UseCase]) -> str:
    """The first 12 hex digits of SHA-256 over the canonical data."""
    return hashlib.sha256(canonical(workspace, use_cases)).hexdigest()[:12]
