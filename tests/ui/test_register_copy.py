"""Copying register rows for Excel and Word, and a title column that gets the room.

Rows are selected the way a user does it (click, Shift+Down, Ctrl+click), copied with Ctrl+C,
Edit → Copy or the context menu, and the clipboard is read as a spreadsheet would paste it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from leitplanken.ui.shell.register_model import TITLE


@pytest.fixture
def register(qtbot, window):  # type: ignore[no-untyped-def]
    """The register page on show, sorted by title, the window active."""
    window.show_page("register")
    page = window.pages["register"]
    page.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3_000)
    QApplication.clipboard().clear()
    yield page
    QApplication.clipboard().clear()


def _click_row(qtbot, page, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """Clicks into a row's title cell."""
    rect = page.table.visualRect(page.proxy.index(row, TITLE))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _shown_titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    """The titles in the order the table shows them."""
    return [page.proxy.index(r, TITLE).data() for r in range(page.proxy.rowCount())]


def _pasted() -> list[list[str]]:
    """The clipboard's text as a spreadsheet splits it: lines, then tabs."""
    text = QApplication.clipboard().text()
    assert text.endswith("\r\n")
    return [line.split("\t") for line in text.split("\r\n")[:-1]]


def test_shift_down_and_ctrl_c_copy_two_rows_with_the_header(qtbot, register) -> None:  # type: ignore[no-untyped-def]
    _click_row(qtbot, register, 0)
    qtbot.keyClick(register.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(register.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    rows = _pasted()
    header = [str(register.proxy.headerData(c, Qt.Orientation.Horizontal))
              for c in range(register.proxy.columnCount())]
    assert rows[0] == header
    assert [r[0] for r in rows[1:]] == _shown_titles(register)[:2]
    assert all(len(r) == len(header) for r in rows)
    status = register.proxy.index(0, 1).data()
    assert rows[1][1] == status
    html = QApplication.clipboard().mimeData().html()
    assert html.startswith("<table") and html.count("<tr>") == 3
    assert "<th>" + header[0] + "</th>" in html


def test_ctrl_click_picks_rows_apart_and_edit_copy_copies_them(qtbot, window, register) -> None:  # type: ignore[no-untyped-def]
    _click_row(qtbot, register, 0)
    _click_row(qtbot, register, 2, Qt.KeyboardModifier.ControlModifier)
    assert register.selected_rows() == [0, 2]
    action = window.ui.actions["copy"]
    assert action in window.ui.edit_menu.actions()
    action.trigger()
    titles = _shown_titles(register)
    assert [r[0] for r in _pasted()[1:]] == [titles[0], titles[2]]


def test_the_context_menu_copies_the_row_under_the_mouse(qtbot, register,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, _at, _action=None: shown.append(self))
    rect = register.table.visualRect(register.proxy.index(1, TITLE))
    register.table.customContextMenuRequested.emit(QPoint(rect.center()))
    assert len(shown) == 1
    actions = shown[0].actions()
    assert [a.text() for a in actions] == ["&Copy rows"]
    actions[0].trigger()
    assert [r[0] for r in _pasted()[1:]] == [_shown_titles(register)[1]]


def test_a_formula_title_is_pasted_as_text(qtbot, window, register) -> None:  # type: ignore[no-untyped-def]
    from leitplanken.ui.workspace import edits

    uc = window.session.workspace.use_cases[0]
    edits.set_fields(window.session, uc, {"title": "=HYPERLINK(\"http://x\")"}, "Edit title")
    row = _shown_titles(register).index("=HYPERLINK(\"http://x\")")
    _click_row(qtbot, register, row)
    register.copy_rows()
    assert _pasted()[1][0] == "'=HYPERLINK(\"http://x\")"


def test_ctrl_c_in_the_search_field_copies_its_text_not_rows(qtbot, register) -> None:  # type: ignore[no-untyped-def]
    _click_row(qtbot, register, 0)
    register.search.setText("Kompl")
    register.search.setFocus()
    register.search.selectAll()
    qtbot.keyClick(register.search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "Kompl"


def test_nothing_selected_copies_nothing(qtbot, register) -> None:  # type: ignore[no-untyped-def]
    register.table.clearSelection()
    register.copy_rows()
    assert QApplication.clipboard().text() == ""


@pytest.mark.parametrize("width", [1024, 1600])
def test_the_title_column_keeps_the_room(qtbot, window, register, width: int) -> None:  # type: ignore[no-untyped-def]
    """At any width the title keeps at least 35 % of the table; no other column is cut to it."""
    window.resize(width, 700)
    qtbot.wait(50)
    header = register.table.horizontalHeader()
    viewport = register.table.viewport().width()
    assert header.sectionSize(TITLE) >= 0.34 * viewport
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert total <= viewport + 2  # no horizontal scrolling to reach the last column


def test_ctrl_a_and_copy_take_the_whole_inventory(inventory_csv, qtbot, app_names,  # type: ignore[no-untyped-def]
                                                  error_boxes) -> None:
    """1,757 real use cases: select all, copy, and every row is on the clipboard once."""
    from leitplanken.domain.model import Workspace
    from leitplanken.storage import WorkspaceFile
    from leitplanken.storage.csv_import import read_use_cases
    from leitplanken.ui.shell.register_view import RegisterView
    from leitplanken.ui.workspace.session import Session

    use_cases = read_use_cases(inventory_csv).use_cases
    wf = WorkspaceFile.create(None, Workspace())
    wf.put_many(use_cases)
    session = Session(wf)
    try:
        view = RegisterView(session)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        view.table.setFocus()
        qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        view.copy_rows()
        rows = _pasted()
        assert len(rows) == len(use_cases) + 1
        shown = [" ".join(uc.title.splitlines()) or "(untitled)" for uc in use_cases]
        assert sorted(r[0] for r in rows[1:]) == sorted(
            "'" + t if t[:1] in "=+-@" else t for t in shown)  # one line per row, neutralised
    finally:
        QApplication.clipboard().clear()
        session.close()


def test_ctrl_c_on_another_page_copies_the_current_cell(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Edit → Copy's shortcut serves the register; elsewhere a table still copies its cell."""
    window.show_page("people")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3_000)
    table = window.pages["people"].table
    index = table.model().index(0, 0)
    table.setFocus()
    table.setCurrentIndex(index)
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == str(index.data())
    QApplication.clipboard().clear()
