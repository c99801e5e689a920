"""The register: a consistent Qt model, sorting, search, filters, and they survive a restart."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from sample_workspace import TODAY, small_workspace

from leitplanken.domain.model import Person, Status, Workspace
from leitplanken.ui.shell.register_model import OWNER, STATUS, TITLE, RegisterFilter, RegisterModel
from leitplanken.ui.shell.register_view import RegisterView
from leitplanken.ui.workspace.session import Session

Mode = QAbstractItemModelTester.FailureReportingMode


@pytest.fixture
def session(qapp, app_names, error_boxes):  # type: ignore[no-untyped-def]
    """A session on an untitled working copy of the small workspace."""
    from leitplanken.storage import WorkspaceFile

    s = Session(WorkspaceFile.create(None, small_workspace()), today=TODAY)
    yield s
    s.close()


def _titles(proxy: RegisterFilter) -> list[str]:
    """The titles in the order the proxy shows them."""
    return [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())]


def test_model_and_proxy_pass_the_model_tester(session: Session) -> None:
    """Qt's own consistency checks hold while rows are added, changed and removed."""
    from leitplanken.domain.model import UseCase
    from leitplanken.ui.workspace.commands import AddRecords, RemoveRecords, SetFields

    model = RegisterModel(session)
    proxy = RegisterFilter()
    proxy.setSourceModel(model)
    testers = [QAbstractItemModelTester(m, Mode.Fatal) for m in (model, proxy)]
    proxy.sort(TITLE)
    uc = UseCase(title="Zeta")
    session.undo.push(AddRecords(session, [uc]))
    assert model.rowCount() == 4
    session.undo.push(SetFields(session, uc, {"title": "Alpha"}))
    assert _titles(proxy)[0] == "Alpha"
    proxy.set_search("alpha")
    assert _titles(proxy) == ["Alpha"]
    session.undo.push(RemoveRecords(session, [uc]))
    assert proxy.rowCount() == 0
    session.undo.undo()
    assert _titles(proxy) == ["Alpha"]
    assert len(testers) == 2


def test_sort_by_title_status_and_owner(session: Session) -> None:
    """Clicking a column sorts by it, both ways."""
    model = RegisterModel(session)
    proxy = RegisterFilter()
    proxy.setSourceModel(model)
    proxy.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert _titles(proxy) == sorted(_titles(proxy), key=str.casefold)
    proxy.sort(STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [proxy.index(r, STATUS).data() for r in range(proxy.rowCount())]
    assert statuses == ["Idea", "Pilot", "Regular operation"]
    proxy.sort(OWNER, Qt.SortOrder.DescendingOrder)
    owners = [proxy.index(r, OWNER).data() for r in range(proxy.rowCount())]
    assert owners == ["Urs Meier", "Łukasz Nowak", "Anna Keller"]


def test_search_and_filters(session: Session) -> None:
    """Search looks into the problem text too; filters combine."""
    model = RegisterModel(session)
    proxy = RegisterFilter()
    proxy.setSourceModel(model)
    proxy.set_search("E-MAIL wait")
    assert _titles(proxy) == ["Answer complaints within two hours"]
    proxy.set_search("")
    proxy.set_filter("status", Status.PILOT.value)
    assert _titles(proxy) == ["Answer complaints within two hours"]
    proxy.set_filter("status", None)
    proxy.set_filter("customer", "no")
    assert len(_titles(proxy)) == 2
    anna = next(p for p in session.workspace.people if p.name == "Anna Keller")
    proxy.set_filter("owner", anna.uuid)
    assert _titles(proxy) == []
    proxy.set_filter("customer", None)
    assert _titles(proxy) == ["Answer complaints within two hours"]
    proxy.set_filter("owner", None)
    proxy.set_filter("readiness", "ready")
    assert _titles(proxy) == []


def test_pilot_trap_is_marked(session: Session) -> None:
    """The pilot waiting 150 days (threshold 90) carries the mark."""
    model = RegisterModel(session)
    marks = {model.index(r, TITLE).data(): model.index(r, 7).data() for r in range(model.rowCount())}
    assert "Pilot trap" in marks["Answer complaints within two hours"]
    assert marks["Text suggestions for offers"] == ""


def test_filters_search_and_sort_survive_a_restart(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A new register (next start) shows the same search, filter and sort."""
    view = RegisterView(session)
    qtbot.addWidget(view)
    view.show()
    view.set_filter("status", Status.OPERATION.value)
    view.search.setText("recurring")
    view._apply_search()
    view.table.sortByColumn(OWNER, Qt.SortOrder.DescendingOrder)
    assert view.proxy.rowCount() == 1
    view.close()  # the app quits: what was chosen is written (not on every keystroke)
    again = RegisterView(session)
    qtbot.addWidget(again)
    assert again.combos["status"].currentData() == Status.OPERATION.value
    assert again.search.text() == "recurring"
    assert again.proxy.rowCount() == 1
    header = again.table.horizontalHeader()
    assert header.sortIndicatorSection() == OWNER
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    again.show()
    again.clear_filters()
    again.close()
    third = RegisterView(session)
    qtbot.addWidget(third)
    assert third.proxy.rowCount() == 3


def test_the_real_inventory_opens_searches_and_filters_quickly(
        inventory_csv: Path, qtbot, app_names, error_boxes) -> None:  # type: ignore[no-untyped-def]
    """1,757 real use cases: the register builds, searches and filters without a visible pause."""
    from leitplanken.storage import WorkspaceFile
    from leitplanken.storage.csv_import import read_use_cases

    use_cases = read_use_cases(inventory_csv).use_cases
    assert len(use_cases) >= 1700
    owner = Person(name="Anna Keller")
    wf = WorkspaceFile.create(None, Workspace(people=[owner]))
    for uc in use_cases[::3]:
        uc.owner_uuid = owner.uuid
    wf.put_many(use_cases)
    session = Session(wf, today=TODAY)
    try:
        started = time.perf_counter()
        view = RegisterView(session)
        qtbot.addWidget(view)
        view.resize(1200, 800)
        view.show()
        qtbot.waitExposed(view)
        opened = time.perf_counter() - started
        assert view.proxy.rowCount() == len(use_cases)
        started = time.perf_counter()
        view.search.setText("fraud")
        view._apply_search()
        searched = time.perf_counter() - started
        found = view.proxy.rowCount()
        assert 0 < found < len(use_cases)
        started = time.perf_counter()
        view.set_filter("owner", owner.uuid)
        filtered = time.perf_counter() - started
        assert 0 < view.proxy.rowCount() <= found
        started = time.perf_counter()
        view.clear_filters()
        view.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        sorted_in = time.perf_counter() - started
        assert view.proxy.rowCount() == len(use_cases)
        assert opened < 1.5, opened
        assert searched < 0.3, searched
        assert filtered < 0.3, filtered
        assert sorted_in < 1.0, sorted_in
    finally:
        session.close()
