"""The record's work is bounded: long words, values at their limits, extreme numbers, too many use cases.

A 200,000-character word took 18 s and a 1 MB word more than three minutes (the line breaker
re-measured the rest of the word for every line); 50,000 use cases ran for hours.
"""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_support import TODAY, pdf_text, squash

from leitplanken.cli import main
from leitplanken.domain.fields import Kind
from leitplanken.domain.limits import PDF_MAX_USE_CASES, TEXT_LIMITS
from leitplanken.domain.model import UseCase, Workspace
from leitplanken.i18n.fmt import Formatter
from leitplanken.report import ReportOptions, render
from leitplanken.report.build import TooManyUseCases
from leitplanken.storage import WorkspaceFile

TEXT = TEXT_LIMITS[Kind.TEXT].chars
LINE = TEXT_LIMITS[Kind.LINE].chars


def _render(ws: Workspace):
    return render(ws, ReportOptions(language="en", today=TODAY))


def _problem(uc: UseCase, value: str) -> None:
    uc.problem = value


def _title(uc: UseCase, value: str) -> None:
    uc.title = value[:LINE]


def _note(uc: UseCase, value: str) -> None:
    uc.checklist[0].note = value


def _rationale(uc: UseCase, value: str) -> None:
    uc.decisions[0].rationale = value


PLACES = {"problem": _problem, "title": _title, "checklist note": _note,
          "decision rationale": _rationale}


# Beyond the limit (only another program can store that), a table cell split over pages is
# reportlab's own Paragraph, which re-breaks the rest on every page: 200,000 characters there
# take 10-20 s, hence slow; storage keeps such text out of every file (20,000: half a second).
CASES = [pytest.param(place, length, marks=[pytest.mark.slow] if length > TEXT and place in (
    "checklist note", "decision rationale") else []) for place in PLACES for length in (TEXT, 200_000)]


@pytest.mark.parametrize(("place", "length"), CASES)
def test_a_long_unbroken_word_prints_completely_in_bounded_time(workspace: Workspace, place: str,
                                                                length: int) -> None:
    """At the field limit and far beyond it (a file another program wrote): seconds, not minutes."""
    uc = workspace.use_cases[0]
    assert uc.checklist and uc.decisions
    word = "".join(chr(ord("a") + n % 26) for n in range(length))
    PLACES[place](uc, word)
    started = time.perf_counter()
    result = _render(workspace)
    elapsed = time.perf_counter() - started
    assert elapsed < (10 if length <= TEXT else 60), elapsed
    if length == TEXT or place == "title":
        # every letter is printed: only page headers and footers come between the pieces
        shown = len(word[:LINE]) if place == "title" else length
        alphabets = squash(pdf_text(result.pdf)).count("abcdefghijklmnopqrstuvwxyz")
        assert alphabets >= shown // 26 - 2 * result.pages


@pytest.mark.slow
def test_a_megabyte_word_prints_in_seconds(workspace: Workspace) -> None:
    """Measured: more than 180 s before the line breaker was bounded, about 1.5 s after."""
    workspace.use_cases[0].problem = "x" * 1_000_000
    started = time.perf_counter()
    result = _render(workspace)
    assert time.perf_counter() - started < 30
    assert result.pages > 100


def test_values_at_every_limit_print(workspace: Workspace) -> None:
    tags = TEXT_LIMITS[Kind.TAGS]
    uc = workspace.use_cases[0]
    uc.title = "T" * LINE
    uc.tags = [f"{n:03}" + "g" * (tags.chars - 3) for n in range(tags.count)]
    uc.motion = "m " * (TEXT // 2)
    uc.cost_once = Decimal("999999999999.99")
    uc.cost_monthly = Decimal("-999999999999.99")
    uc.hours_saved_month = Decimal("999999999999.9999")
    text = squash(pdf_text(_render(workspace).pdf))
    assert "999,999,999,999.99" in text  # an English record: English grouping


EXTREME = ["1e999999", "-1e999999", "1E-999999", "NaN", "Infinity", "-0", "1" * 27, "sNaN"]


@pytest.mark.parametrize("value", EXTREME)
def test_any_number_in_memory_prints_without_raising(workspace: Workspace, value: str) -> None:
    """Storage refuses such numbers; should one reach the record anyway, it still prints."""
    uc = workspace.use_cases[0]
    uc.cost_once = uc.cost_monthly = uc.hours_saved_month = Decimal(value)
    assert _render(workspace).pages > 0


@settings(max_examples=300, deadline=None)
@given(value=st.decimals(allow_nan=True, allow_infinity=True),
       locale=st.sampled_from(["de_CH", "de_DE", "en_GB", "en_US", "fr_CH", "xx"]),
       digits=st.sampled_from([None, 0, 1, 2]))
def test_the_formatter_never_raises(value: Decimal, locale: str, digits: int | None) -> None:
    fmt = Formatter(locale)
    assert fmt.money(value, "CHF")
    assert fmt.number(value, digits) or fmt.number(value, digits) == ""
    if value.is_finite() and abs(value) < 10**12:
        assert "E" not in fmt.money(value, "CHF")  # amounts in range are written out


@given(st.integers(min_value=-(10**12) + 1, max_value=10**12 - 1))
def test_amounts_in_range_keep_every_digit(cents: int) -> None:
    value = Decimal(cents).scaleb(-2)
    shown = Formatter("en_GB").money(value, "CHF")
    assert shown.replace(",", "").endswith(f"{abs(value):.2f}")


def _many(count: int) -> Workspace:
    return Workspace(use_cases=[UseCase(title=f"Use case {n}") for n in range(count)])


def test_more_use_cases_than_a_record_holds_are_refused_before_any_work() -> None:
    started = time.perf_counter()
    with pytest.raises(TooManyUseCases):
        _render(_many(PDF_MAX_USE_CASES + 1))
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize("count", [PDF_MAX_USE_CASES + 1, 50_000])
def test_export_pdf_of_too_many_use_cases_says_how_to_choose(tmp_path: Path, capsys,
                                                             count: int) -> None:
    path = tmp_path / "many.leitplanken"
    WorkspaceFile.create(path, _many(count)).close()
    started = time.perf_counter()
    assert main(["export-pdf", str(path), "--lang", "en"]) == 2
    elapsed = time.perf_counter() - started
    err = capsys.readouterr().err
    assert f"{count} use cases" in err and str(PDF_MAX_USE_CASES) in err and "--use-case" in err
    assert not path.with_suffix(".pdf").exists()
    assert elapsed < 60
    if count == 50_000:
        print(f"\nexport-pdf of 50,000 use cases refused after {elapsed:.1f} s")


def test_export_pdf_of_chosen_use_cases_from_a_big_file_works(tmp_path: Path) -> None:
    ws = _many(PDF_MAX_USE_CASES + 1)
    path = tmp_path / "many.leitplanken"
    WorkspaceFile.create(path, ws).close()
    chosen = ws.use_cases[7].uuid
    assert main(["export-pdf", str(path), "--lang", "en", "--use-case", chosen]) == 0
    assert "Use case 7" in pdf_text(path.with_suffix(".pdf").read_bytes())
