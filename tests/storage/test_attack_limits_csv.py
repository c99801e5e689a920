"""Malformed, huge and over-long CSV files end in a clear result within seconds, never a hang.

Each file either yields use cases within the limits (with every cut value listed) or a
CsvImportError whose code the window turns into a sentence; nothing else escapes.
"""

from __future__ import annotations

import os
import random
import resource
import time
from pathlib import Path

import pytest

from leitplanken.domain.fields import Kind
from leitplanken.domain.limits import CSV_MAX_BYTES, CSV_MAX_ROWS, TEXT_LIMITS
from leitplanken.storage import CsvImportError, read_use_cases

LINE = TEXT_LIMITS[Kind.LINE].chars
TEXT = TEXT_LIMITS[Kind.TEXT].chars

MALFORMED: dict[str, bytes] = {
    "unterminated quote in header": b'"Title,Problem\nOffers,Slow\nInvoices,Late\n',
    "unterminated quote in body": b'Title,Problem\n"Offers,Slow\nInvoices,Late\n',
    "unterminated quote in a huge header": b'"Title' + b"x" * 1_100_000 + b"\nA\n",
    "NUL bytes at the start": b"Title,Problem\n\x00\x00Offers,Slow\n",
    "NUL bytes after 4 KB": b"Title,Problem\n" + b"A,B\n" * 1200 + b"Off\x00ers,Slow\n",
    "mixed line endings": b"Title,Problem\r\nOffers,Slow\rInvoices,Late\nMails,Many\r\n",
    "1 MB single field": b"Title,Problem\nOffers," + b"y" * 1_000_001 + b"\n",
    "just under 1 MB single field": b"Title,Problem\nOffers," + b"y" * 999_000 + b"\n",
    "binary garbage": bytes(random.Random(7).randrange(256) for _ in range(200_000)),
    "empty file": b"",
    "only whitespace": b" \r\n\t\n",
    "only a header": b"Title,Problem\n",
    "header without a title column": b"Foo,Bar\n1,2\n",
    "a lone quote": b'"',
    "more cells than headers": b"Title\nOffers,extra,cells\n",
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_a_malformed_csv_ends_in_a_result_or_a_clear_error_within_seconds(
        tmp_path: Path, name: str) -> None:
    path = tmp_path / "table.csv"
    path.write_bytes(MALFORMED[name])
    started = time.perf_counter()
    try:
        result = read_use_cases(path)
    except CsvImportError as err:
        assert err.code in {"not_csv", "no_title_column", "empty", "unreadable", "no_header"}, err.code
    else:
        for uc in result.use_cases:
            assert len(uc.title) <= LINE and len(uc.problem) <= TEXT
    assert time.perf_counter() - started < 5


def test_over_long_values_are_cut_and_listed(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    tags = ",".join(f"tag{n}" for n in range(80))
    path.write_text(f'Title,Problem,Tags\n{"T" * 900},{"p" * 30_000},"{tags}"\nShort,fine,one\n',
                    encoding="utf-8")
    result = read_use_cases(path)
    first, second = result.use_cases
    assert first.title == "T" * LINE and first.problem == "p" * TEXT
    assert len(first.tags) == TEXT_LIMITS[Kind.TAGS].count
    assert sorted(result.cut) == [(2, "problem"), (2, "tags"), (2, "title")]
    assert second.title == "Short" and second.problem == "fine"


def test_ten_thousand_rows_import(tmp_path: Path) -> None:
    """An SME inventory of 10,000 use cases is well inside the limits."""
    path = tmp_path / "inventory.csv"
    rows = "".join(f"Use case {n},Enquiries pile up in the inbox {n},idea\n" for n in range(10_000))
    path.write_text("Title,Problem,Status\n" + rows, encoding="utf-8")
    started = time.perf_counter()
    result = read_use_cases(path)
    assert len(result.use_cases) == 10_000 and not result.cut
    assert time.perf_counter() - started < 10


def test_too_many_rows_are_refused_naming_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Title\n" + "".join(f"U{n}\n" for n in range(CSV_MAX_ROWS + 1)), encoding="utf-8")
    with pytest.raises(CsvImportError) as caught:
        read_use_cases(path)
    assert caught.value.code == "too_many_rows" and caught.value.detail == str(CSV_MAX_ROWS)
    path.write_text("Title\n" + "".join(f"U{n}\n" for n in range(CSV_MAX_ROWS)), encoding="utf-8")
    assert len(read_use_cases(path).use_cases) == CSV_MAX_ROWS


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def test_a_file_beyond_the_size_limit_is_refused_quickly_without_reading_it_all(
        tmp_path: Path) -> None:
    """200 MB: refused after reading the limit's worth, in well under a second of parsing."""
    path = tmp_path / "huge.csv"
    line = b"Use case,Enquiries pile up in the inbox and nobody answers them in time\n"
    with path.open("wb") as fh:
        fh.write(b"Title,Problem\n")
        chunk = line * (1024 * 1024 // len(line))
        for _ in range(200):
            fh.write(chunk)
    assert os.path.getsize(path) > 3 * CSV_MAX_BYTES
    before = _peak_mb()
    started = time.perf_counter()
    with pytest.raises(CsvImportError) as caught:
        read_use_cases(path)
    elapsed = time.perf_counter() - started
    assert caught.value.code == "too_large"
    assert caught.value.detail == str(CSV_MAX_BYTES // (1024 * 1024))
    assert elapsed < 5
    assert _peak_mb() - before < 2 * CSV_MAX_BYTES / 1024 / 1024 + 50


@pytest.mark.slow
def test_a_file_at_the_size_limit_imports_with_bounded_time_and_memory(tmp_path: Path) -> None:
    """Just under the size limit and the row limit, with long cells: measured, not a freeze."""
    path = tmp_path / "big.csv"
    problem = "Enquiries pile up " * 130  # ~2.3 KB per row
    rows = CSV_MAX_ROWS - 1
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Title,Problem\n")
        for n in range(rows):
            fh.write(f"Use case {n},{problem}\n")
    size = os.path.getsize(path)
    assert CSV_MAX_BYTES * 0.8 < size <= CSV_MAX_BYTES
    before = _peak_mb()
    started = time.perf_counter()
    result = read_use_cases(path)
    elapsed = time.perf_counter() - started
    peak = _peak_mb()
    print(f"\n{size / 1e6:.1f} MB, {rows} rows: {elapsed:.1f} s, peak RSS {peak:.0f} MB "
          f"(+{peak - before:.0f} MB)")
    assert len(result.use_cases) == rows
    assert elapsed < 60
    assert peak - before < 1500


def _workbook(path: Path, rows: list[list[object]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


def test_an_xlsx_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    """A part that unpacks a thousand times its size: refused from the zip directory alone."""
    import zipfile

    path = tmp_path / "bomb.xlsx"
    _workbook(path, [["Title"], ["Offers"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings2.xml", b"\0" * (30 * 1024 * 1024))
    assert os.path.getsize(path) < 1024 * 1024
    before = _peak_mb()
    started = time.perf_counter()
    with pytest.raises(CsvImportError) as caught:
        read_use_cases(path)
    assert caught.value.code == "xlsx_too_large"
    assert time.perf_counter() - started < 2 and _peak_mb() - before < 40


def test_an_xlsx_beyond_the_unpacked_limit_is_refused(tmp_path: Path, monkeypatch) -> None:
    import zipfile

    monkeypatch.setattr("leitplanken.domain.limits.XLSX_MAX_UNPACKED_BYTES", 1024 * 1024)
    path = tmp_path / "big.xlsx"
    _workbook(path, [["Title"], ["Offers"]])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/filler.bin", os.urandom(1024 * 1024 + 10))
    with pytest.raises(CsvImportError) as caught:
        read_use_cases(path)
    assert caught.value.code == "xlsx_too_large"


def test_an_xlsx_with_a_forged_dimension_reads_its_real_cells_only(tmp_path: Path) -> None:
    """A sheet that claims A1:XFD1048576 must not become 16,384 columns × a million rows."""
    import zipfile

    path = tmp_path / "forged.xlsx"
    _workbook(path, [["Title", "Problem"], ["Offers", "slow"], ["Invoices", "late"]])
    forged = tmp_path / "forged2.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:B3" />', b'<dimension ref="A1:XFD1048576" />')
                assert b"XFD1048576" in data
            dst.writestr(info, data)
    started = time.perf_counter()
    result = read_use_cases(forged)
    assert [uc.title for uc in result.use_cases] == ["Offers", "Invoices"]
    assert time.perf_counter() - started < 5


def test_too_many_xlsx_rows_are_refused_naming_the_limit(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("leitplanken.domain.limits.CSV_MAX_ROWS", 50)
    path = tmp_path / "many.xlsx"
    _workbook(path, [["Title"]] + [[f"U{n}"] for n in range(200)])
    with pytest.raises(CsvImportError) as caught:
        read_use_cases(path)
    assert caught.value.code == "too_many_rows" and caught.value.detail == "50"
