"""What a user types into the overview keeps to the field limits: refused with a reason, or cut with a message.

A 27-digit amount or `1e999999` used to be accepted and then broke every redisplay and the PDF.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QMimeData

from leitplanken.domain.fields import Kind
from leitplanken.domain.limits import TEXT_LIMITS
from leitplanken.report import ReportOptions, render
from leitplanken.storage import WorkspaceFile

LINE = TEXT_LIMITS[Kind.LINE].chars
TEXT = TEXT_LIMITS[Kind.TEXT].chars


def _facts(window):
    uc = window.session.workspace.use_cases[0]
    window.open_use_case(uc.uuid)
    return uc, window.editor.pages["overview"]


def _type(page, key: str, text: str) -> None:
    line = page.facts.fields[key]
    line.setFocus()
    line.setText(text)
    line.setModified(True)
    page.facts.commit_line(key)


REFUSED = [
    ("cost_once", "1e999999", "is not a number"),
    ("cost_once", "1" * 27, "below 1"),
    ("cost_once", "NaN", "is not a number"),
    ("cost_once", "Infinity", "is not a number"),
    ("cost_once", "-Infinity", "is not a number"),
    ("cost_once", "1'000'000.005", "at most 2 decimals"),
    ("cost_monthly", "-1000000000000", "below 1"),
    ("hours_saved_month", "1e5", "is not a number"),
    ("hours_saved_month", "9" * 13, "below 1"),
    ("hours_saved_month", "1.000001", "at most 4 decimals"),
]


@pytest.mark.parametrize(("key", "typed", "said"), REFUSED, ids=[f"{k}:{t[:12]}" for k, t, _s in REFUSED])
def test_an_out_of_range_number_is_refused_with_the_range_and_changes_nothing(
        window, workspace_file, key: str, typed: str, said: str) -> None:
    uc, page = _facts(window)
    before = getattr(uc, key)
    _type(page, key, typed)
    error = page.facts.number_error
    assert error.isVisibleTo(page.facts) and typed in error.text() and said in error.text()
    assert getattr(uc, key) == before
    page.refresh()  # redisplay works
    assert page.facts.fields[key].text() == typed  # what was typed stays to be corrected
    window.session.save(None)
    with WorkspaceFile.open(workspace_file, read_only=True) as wf:
        assert getattr(wf.load().use_cases[0], key) == before


ACCEPTED = [
    ("de_CH", "cost_once", "-0", Decimal("0")),
    ("de_CH", "cost_once", "999’999’999’999.99", Decimal("999999999999.99")),
    ("de_CH", "cost_once", "CHF 1200.50", Decimal("1200.50")),
    ("de_DE", "cost_once", "1.234,56", Decimal("1234.56")),
    ("en_GB", "cost_monthly", "1,234.56", Decimal("1234.56")),
    ("de_CH", "hours_saved_month", "12.5", Decimal("12.5")),
]


@pytest.mark.parametrize(("locale", "key", "typed", "stored"), ACCEPTED)
def test_a_number_in_range_is_stored_shown_and_printed(
        window, workspace_file, locale: str, key: str, typed: str, stored: Decimal) -> None:
    uc, page = _facts(window)
    window.session.workspace.company.locale = locale
    page.refresh()
    _type(page, key, typed)
    assert not page.facts.number_error.isVisibleTo(page.facts)
    assert getattr(uc, key) == stored and not getattr(uc, key).is_signed()
    page.refresh()
    assert "-" not in page.facts.fields[key].text()
    window.session.save(None)
    with WorkspaceFile.open(workspace_file, read_only=True) as wf:
        loaded = wf.load()
    assert getattr(loaded.use_cases[0], key) == stored
    assert render(loaded, ReportOptions(language="en")).pages > 0


def test_the_title_line_takes_at_most_a_line(window) -> None:
    uc, page = _facts(window)
    title = page.fields["title"]
    title.setFocus()
    title.setText("T" * (LINE + 300))
    title.setModified(True)
    title.editingFinished.emit()
    assert title.maxLength() == LINE and uc.title == "T" * LINE


@pytest.mark.parametrize("key", ["problem", "boundary", "relief_customers"])
def test_a_pasted_text_beyond_the_limit_is_cut_and_the_user_told(window, workspace_file, key) -> None:
    uc, page = _facts(window)
    edit = page.fields[key]
    edit.setFocus()
    edit.clear()
    mime = QMimeData()
    mime.setText("ab " * 40_000)  # 120,000 characters
    edit.insertFromMimeData(mime)
    assert len(edit.toPlainText()) == TEXT
    assert edit.limit_label.isVisibleTo(edit)
    assert f"at most {TEXT} characters" in edit.limit_label.text()
    edit.commit()
    assert len(getattr(uc, key)) <= TEXT
    window.session.save(None)
    with WorkspaceFile.open(workspace_file, read_only=True) as wf:
        assert getattr(wf.load().use_cases[0], key) == getattr(uc, key)


def test_typing_past_the_limit_is_cut_too(window) -> None:
    _uc, page = _facts(window)
    edit = page.fields["problem"]
    edit.setPlainText("x" * TEXT)  # as if typed up to the limit
    edit.textCursor().insertText("yz")
    assert len(edit.toPlainText()) == TEXT and edit.limit_label.isVisibleTo(edit)


def test_too_many_tags_are_refused_with_the_limit(window) -> None:
    uc, page = _facts(window)
    before = list(uc.tags)
    _type(page, "tags", ", ".join(f"t{n}" for n in range(60)))
    assert "At most 50 tags" in page.facts.number_error.text() and uc.tags == before
