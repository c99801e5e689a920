"""Spreadsheet import under attack: broken quotes in any column, saved mappings that do not
fit the table or were edited by hand, notes that survive a round trip, people spelt in
several ways, and the messages for workbooks that are not what they seem. Every file is
generated here."""

from __future__ import annotations

from pathlib import Path

import pytest

from leitplanken.domain import import_mapping as im
from leitplanken.storage.csv_import import build_import, read_table


def _lines(width: int, broken_at: int, column: int, rows: int = 10) -> list[str]:
    """A table of `rows` rows whose row `broken_at` opens a quote in `column` and never closes it."""
    out = [",".join(f"Head {c}" for c in range(width))]
    for r in range(1, rows + 1):
        cells = [f"row {r} cell {c}" for c in range(width)]
        if r == broken_at:
            cells[column] = '"' + cells[column]
        out.append(",".join(cells))
    return out


@pytest.mark.parametrize("width", [2, 3, 6])
@pytest.mark.parametrize("where", ["first", "middle", "last"])
@pytest.mark.parametrize("broken_at", [1, 4, 10])
def test_a_quote_never_closed_costs_its_row_only(tmp_path: Path, width: int, where: str,
                                                 broken_at: int) -> None:
    """In whichever column the quote opens, the row is reported by its line and the rest is read."""
    column = {"first": 0, "middle": width // 2, "last": width - 1}[where]
    path = tmp_path / "t.csv"
    path.write_text("\n".join(_lines(width, broken_at, column)) + "\n", encoding="utf-8")
    table = read_table(path)
    lines = [p[0] for p in table.problems if p[1] == "broken_quote"]
    assert lines == [broken_at + 1]
    titles = [r.cells[0] for r in table.rows]
    assert len(titles) == 9
    assert all("\n" not in str(c) for r in table.rows for c in r.cells)
    assert f"row {broken_at} cell 0" not in titles


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_cells_with_line_breaks_are_no_broken_quote(tmp_path: Path, ending: str) -> None:
    """A quoted cell over several lines (with commas and escaped quotes) is one cell, not a problem."""
    text = ending.join([
        "Title,Status,Description",
        'A,Idea,"first line, with a comma',
        'second line ""quoted"", more',
        'third line"',
        'B,Pilot,"x, y',
        'z"',
        "C,Idea,plain",
    ]) + ending
    path = tmp_path / "ok.csv"
    path.write_bytes(text.encode("utf-8"))
    table = read_table(path)
    assert table.problems == []
    assert [r.cells[0] for r in table.rows] == ["A", "B", "C"]
    assert table.rows[0].cells[2].count("\n") == 2


def _build(path: Path, columns: dict[str, str], currency: str = "CHF", **kwargs: object):
    """Reads a table and builds it by a mapping of `columns` (values suggested)."""
    table = read_table(path)
    mapping = im.Mapping(columns=columns)
    im.complete_values(mapping, table.headers, [r.cells for r in table.rows])
    return build_import(table, mapping, currency=currency, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(("cell", "stored", "kept", "counter"), [
    ("Fr. 1'200.50", "1200.50", False, ""), ("5k", "5000.00", True, ""),
    ("1,5 Mio.", "1500000.00", True, ""), ("$1,500", None, True, "other_currency"),
    ("€ 2.000", None, True, "other_currency"), ("-500", None, True, "unreadable"),
    ("10-20k", None, True, "unreadable"), ("12,5%", None, True, "unreadable"),
])
def test_amounts_are_read_or_kept_and_counted(tmp_path: Path, cell: str, stored: str | None,
                                              kept: bool, counter: str) -> None:
    """An amount is read as written, or left empty with the original in the notes and counted."""
    path = tmp_path / "a.csv"
    path.write_text(f"Title;Kosten\nFirst;{cell}\nSecond;1,500.00\n", encoding="utf-8")
    result = _build(path, {"Title": "title", "Kosten": "cost_once"})
    first = result.use_cases[0]
    assert (None if first.cost_once is None else str(first.cost_once)) == stored
    assert (cell in first.notes) is kept
    assert str(result.use_cases[1].cost_once) == "1500.00"
    assert result.build is not None
    for name in ("other_currency", "unreadable"):
        assert getattr(result.build, name).get("Kosten", 0) == (name == counter)
