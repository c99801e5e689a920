"""A stored value beyond its kind's limit is refused on open with the column named, never loaded.

Another program (or a hand edit) can put a megabyte title or `1e999999` into a file; loading
it would freeze the window or make every redisplay raise. The file is reported as damaged,
the message names table and column, and nothing in the file changes.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from file_factories import alter, make_file

from leitplanken.domain import model as m
from leitplanken.domain.fields import Kind
from leitplanken.domain.limits import NUMBER_LIMITS, TEXT_LIMITS
from leitplanken.i18n.file_errors import file_error_text
from leitplanken.i18n.translator import require_translator
from leitplanken.storage import FileError, WorkspaceFile

LINE = TEXT_LIMITS[Kind.LINE].chars
TEXT = TEXT_LIMITS[Kind.TEXT].chars


def _workspace() -> m.Workspace:
    uc = m.UseCase(title="Offers", problem="Quotes take days", cost_once=Decimal("1200.50"))
    return m.Workspace(company=m.Company(name="Muster AG"), use_cases=[uc])


STORED = [
    ("use_case", "title", f"'{'x' * (LINE + 1)}'", "too long"),
    ("use_case", "problem", f"'{'y' * (TEXT + 1)}'", "too long"),
    ("company", "locale", f"'{'de' * 200}'", "too long"),
    ("use_case", "tags", "'[" + ",".join(['"t"'] * 51) + "]'", "tags"),
    ("use_case", "tags", "'[\"" + "z" * 101 + "\"]'", "tag of"),
    ("use_case", "cost_once", "'1e999999'", "range"),
    ("use_case", "cost_once", "'" + "9" * 27 + "'", "range"),
    ("use_case", "cost_monthly", "'-1E+12'", "range"),
    ("use_case", "hours_saved_month", "'1E-999999'", "range"),
    ("use_case", "cost_once", "'NaN'", "finite"),
    ("use_case", "cost_once", "'Infinity'", "finite"),
    ("use_case", "cost_once", "'-Infinity'", "finite"),
]


@pytest.mark.parametrize(("table", "column", "sql_value", "why"), STORED,
                         ids=[f"{t}.{c}:{w}:{i}" for i, (t, c, _v, w) in enumerate(STORED)])
def test_a_stored_value_beyond_its_limit_is_refused_naming_the_column(
        tmp_path: Path, table: str, column: str, sql_value: str, why: str) -> None:
    path = make_file(tmp_path / "w.leitplanken", _workspace())
    alter(path, f"UPDATE {table} SET {column} = {sql_value};")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(FileError) as caught, WorkspaceFile.open(path, read_only=True) as wf:
        wf.load()
    err = caught.value
    assert err.code == "damaged"
    reason = str(err.details.get("reason", ""))
    assert f"{table}.{column}" in reason and why in reason, reason
    assert file_error_text(err, require_translator("en"))  # the user reads a sentence
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("value", ["999999999999.99", "-999999999999.99", "0.00", "-0", "1200.505",
                                   "0.00000000000000000001"])
def test_values_inside_the_range_still_open(tmp_path: Path, value: str) -> None:
    """Older versions stored more decimals than typing allows now: such files still open."""
    path = make_file(tmp_path / "w.leitplanken", _workspace())
    alter(path, f"UPDATE use_case SET cost_once = '{value}';")
    with WorkspaceFile.open(path, read_only=True) as wf:
        assert wf.load().use_cases[0].cost_once == Decimal(value)


def test_values_at_the_limits_round_trip(tmp_path: Path) -> None:
    tags = TEXT_LIMITS[Kind.TAGS]
    money = NUMBER_LIMITS[Kind.MONEY].bound - Decimal("0.01")
    uc = m.UseCase(title="t" * LINE, problem="p" * TEXT, tags=["g" * tags.chars] * tags.count,
                   cost_once=money, cost_monthly=-money)
    path = make_file(tmp_path / "w.leitplanken", m.Workspace(use_cases=[uc]))
    with WorkspaceFile.open(path, read_only=True) as wf:
        assert wf.load().use_cases[0] == uc


@pytest.mark.parametrize(("field", "value"), [
    ("title", "x" * (LINE + 1)), ("problem", "y" * (TEXT + 1)), ("tags", ["t"] * 51),
    ("cost_once", Decimal("1e999999")), ("hours_saved_month", Decimal("NaN")),
])
def test_writing_a_value_beyond_its_limit_is_refused_and_the_file_keeps_the_old(
        tmp_path: Path, field: str, value: object) -> None:
    """The editors keep to the limits; a caller that does not is a bug, and nothing is written."""
    path = make_file(tmp_path / "w.leitplanken", _workspace())
    with WorkspaceFile.open(path) as wf:
        uc = wf.load().use_cases[0]
        setattr(uc, field, value)
        with pytest.raises(ValueError, match=f"use_case.{field}"):
            wf.put(uc)
        wf.save()
    with WorkspaceFile.open(path, read_only=True) as wf:
        assert wf.load() == _workspace_loaded(path)


def _workspace_loaded(path: Path) -> m.Workspace:
    with WorkspaceFile.open(path, read_only=True) as wf:
        ws = wf.load()
    assert ws.use_cases[0].title == "Offers" and ws.use_cases[0].cost_once == Decimal("1200.50")
    return ws
