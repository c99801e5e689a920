"""Dates typed the way people write them, into empty fields: overview, checklist, decisions."""

from __future__ import annotations

from datetime import date

import pytest
from editor_support import open_session, reopen, sample_workspace, show_in_window
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import Category
from leitplanken.ui.editor.checklist_model import DUE
from leitplanken.ui.editor.checklist_tab import ChecklistTab
from leitplanken.ui.editor.overview_tab import OverviewTab
from leitplanken.ui.widgets.field_widgets import OptionalDateEdit, parse_date


@pytest.mark.parametrize(
    "locale, typed, expected",
    [
        ("de_CH", "15.12.2026", date(2026, 12, 15)),
        ("de_CH", "15.12.26", date(2026, 12, 15)),
        ("de_CH", "1.2.2027", date(2027, 2, 1)),
        ("de_CH", "2026-12-15", date(2026, 12, 15)),
        ("en_GB", "15/12/2026", date(2026, 12, 15)),
        ("en_US", "12/15/2026", date(2026, 12, 15)),
        ("en_US", "2026-12-15", date(2026, 12, 15)),
    ],
)
def test_typed_dates_in_the_locales_order_and_iso(locale, typed, expected):
    assert parse_date(typed, locale) == expected


@pytest.mark.parametrize("typed", ["15122026", "31.02.2026", "tomorrow", "15.12.", "1.1.0001"])
def test_what_is_no_date_is_refused(typed):
    with pytest.raises(ValueError):
        parse_date(typed, "de_CH")


def _overview(qtbot, path, language):
    ws = sample_workspace(language)
    session = open_session(path, ws)
    tab = OverviewTab(session)
    show_in_window(qtbot, tab)
    uc = session.workspace.use_cases[0]
    tab.set_use_case(uc.uuid)
    return session, tab, uc


@pytest.mark.parametrize("language, typed", [("de_CH", "15.12.2026"), ("en", "15/12/2026"),
                                             ("de_CH", "2026-12-15")])
def test_typing_into_an_empty_pilot_start_is_stored(qtbot, tmp_path, language, typed):
    path = tmp_path / "d.leitplanken"
    session, tab, uc = _overview(qtbot, path, language)
    edit = tab.fields["pilot_start"]
    assert isinstance(edit, OptionalDateEdit)
    assert edit.text() == "" and edit.value() is None
    assert edit.placeholderText() in ("DD.MM.YYYY", "DD/MM/YYYY", "TT.MM.JJJJ")
    edit.setFocus()
    QTest.keyClicks(edit, typed)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert uc.pilot_start == date(2026, 12, 15)
    assert edit.text() in ("15.12.2026", "15/12/2026")
    assert reopen(session, path).use_cases[0].pilot_start == date(2026, 12, 15)
    session.undo.undo()
    assert uc.pilot_start is None and edit.text() == ""


def test_invalid_date_is_said_and_nothing_lost(qtbot, tmp_path):
    session, tab, uc = _overview(qtbot, tmp_path / "i.leitplanken", "de_CH")
    edit = tab.fields["next_review"]
    edit.setFocus()
    QTest.keyClicks(edit, "15122026")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert uc.next_review is None
    assert edit.text() == "15122026"  # what was typed stays to be corrected
    assert "15122026" in tab.facts.number_error.text() and tab.facts.number_error.isVisible()
    edit.selectAll()
    QTest.keyClicks(edit, "15.12.2026")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert uc.next_review == date(2026, 12, 15)
    assert not edit.error


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_calendar_opens_at_today_or_the_value_and_clear_empties(qtbot, tmp_path):
    session, tab, uc = _overview(qtbot, tmp_path / "k.leitplanken", "en")
    edit = tab.fields["go_live"]
    edit.open_calendar()
    assert edit.calendar.selectedDate() == QDate.currentDate()
    edit.calendar.clicked.emit(QDate(2027, 3, 1))
    assert uc.go_live == date(2027, 3, 1)
    edit.open_calendar()
    assert edit.calendar.selectedDate() == QDate(2027, 3, 1)
    edit.calendar_popup.close()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    assert uc.go_live is None and edit.text() == ""


def test_checklist_due_date_typed_into_an_empty_cell(qtbot, tmp_path):
    path = tmp_path / "c.leitplanken"
    ws = sample_workspace("de_CH")
    seed_use_case(ws.use_cases[0], "de")
    session = open_session(path, ws)
    tab = ChecklistTab(session)
    show_in_window(qtbot, tab)
    uc = session.workspace.use_cases[0]
    tab.set_use_case(uc.uuid)
    view = tab.view
    index = tab.model.index(0, DUE, tab.model.category_index(Category.INTEGRATION))
    item = tab.model.item_at(index)
    view.setFocus()
    view.setCurrentIndex(index)
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, OptionalDateEdit) and editor.text() == ""
    QTest.keyClicks(editor, "32.12.2026")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert item.due_date is None and view.focusWidget() is editor  # kept open, said
    assert "32.12.2026" in editor.error
    editor.selectAll()
    QTest.keyClicks(editor, "1.2.27")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item.due_date == date(2027, 2, 1))
    again = next(i for i in reopen(session, path).use_cases[0].checklist if i.uuid == item.uuid)
    assert again.due_date == date(2027, 2, 1)
