"""A large workspace opens without reading what is not shown, and shows what the rules say.

The window on a few hundred use cases: the register and the dashboard come up without a single
read of a use case's checklist, matrix or decisions (they use the digests the file keeps);
opening one use case reads that one's; the dashboard's entries and the register's readiness
are those the domain rules compute on the fully read workspace.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from leitplanken.domain import model as m
from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.rules import attention_items, readiness
from leitplanken.storage import WorkspaceFile
from leitplanken.ui.shell.dashboard import _FINDING_ROLE, ATTENTION_PAGE
from leitplanken.ui.shell.register_model import READINESS, TITLE

TODAY = date(2026, 11, 25)
CHILD_TABLES = ("checklist_item", "raci_cell", "raci_activity", "raci_member", "cx_answer",
                "decision", "use_case_system")
COUNT = 260


def large_workspace() -> m.Workspace:
    """Hundreds of use cases in every status, half of them with gaps in their matrices."""
    anna = m.Person(name="Anna Keller", function="Geschäftsführung")
    extern = m.Person(name="Beat Roth", internal=False, organisation="Agentur")
    ws = m.Workspace(company=m.Company(name="Gross AG", bottleneck_threshold=3),
                     people=[anna, extern])
    statuses = list(m.Status)
    for n in range(COUNT):
        uc = m.UseCase(title=f"Anwendungsfall {n:03d}", status=statuses[n % len(statuses)],
                       owner_uuid=anna.uuid, created_on=TODAY - timedelta(days=100 + n),
                       problem="Offerten dauern zu lange, weil Preise von Hand gesucht werden.")
        if uc.status == m.Status.PILOT:
            uc.pilot_start = TODAY - timedelta(days=n)
        seed_use_case(uc, "de")
        who = extern if n % 5 == 0 else anna
        uc.members.append(m.RaciMember(use_case_uuid=uc.uuid, person_uuid=who.uuid))
        for a in uc.activities[: n % 3 * 4]:
            uc.cells.append(m.RaciCell(use_case_uuid=uc.uuid, activity_uuid=a.uuid,
                                       person_uuid=who.uuid, letter=m.Letter.A))
        uc.checklist[n % 7].due_date = TODAY - timedelta(days=n % 20 - 5)
        ws.use_cases.append(uc)
    return ws


@pytest.fixture
def large_file(tmp_path: Path, app_names: None) -> Path:
    """The large workspace saved to a file."""
    path = tmp_path / "gross.leitplanken"
    WorkspaceFile.create(path, large_workspace()).close()
    return path


@pytest.fixture
def traced(qtbot, large_file: Path, error_boxes: list[str]):  # type: ignore[no-untyped-def]
    """The main window on the large file, with every SQL statement of the file recorded."""
    from leitplanken.ui.shell.main_window import MainWindow
    from leitplanken.ui.workspace.session import Session

    wf = WorkspaceFile.open(large_file)
    statements: list[str] = []
    wf.db.conn.set_trace_callback(statements.append)
    session = Session(wf, today=TODAY)
    win = MainWindow(session)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win, statements
    wf.db.conn.set_trace_callback(None)
    session.close()
    win.close()
    win.deleteLater()
    assert error_boxes == []


def child_reads(statements: list[str]) -> list[str]:
    """The statements that read children's rows (asking which use case holds a row is not)."""
    return [s for s in statements if s.lstrip().upper().startswith("SELECT *")
            and any(f"FROM {t} " in s + " " for t in CHILD_TABLES)]


def test_opening_shows_register_and_dashboard_without_reading_children(traced, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, statements = traced
    use_cases = win.session.workspace.use_cases
    win.show_page("dashboard")
    qtbot.wait(10)
    # the long texts were not read for the dashboard either
    assert not any(m.texts_loaded(u) for u in use_cases)
    win.show_page("register")  # the search's texts are read while the page is idle
    qtbot.waitUntil(lambda: all(m.texts_loaded(u) for u in use_cases))
    text_reads = [s for s in statements if s.startswith("SELECT uuid, boundary")]
    assert 1 <= len(text_reads) <= 2  # in slices of hundreds, not one read per use case
    win.show_page("dashboard")
    qtbot.wait(10)
    register = win.pages["register"]
    assert register.proxy.rowCount() == COUNT
    register.table.sortByColumn(READINESS, Qt.SortOrder.AscendingOrder)
    register.search.setText("offerten 0")
    qtbot.waitUntil(lambda: register.proxy.rowCount() < COUNT)
    assert register.proxy.rowCount() > 0  # "Offerten" is in every problem text
    assert child_reads(statements) == []
    uc = win.session.workspace.use_cases[7]
    win.open_use_case(uc.uuid, "checklist")
    qtbot.wait(10)
    reads = child_reads(statements)
    assert reads  # the opened one's children now
    assert len([s for s in reads if "FROM checklist_item" in s]) == 1
    assert not any(m.children_loaded(u) for u in win.session.workspace.use_cases if u is not uc)


def test_dashboard_and_register_say_what_the_rules_say_on_the_whole_workspace(traced, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, _statements = traced
    with WorkspaceFile.open(win.session.path, read_only=True) as wf:
        full = wf.load()
    expected = attention_items(full, TODAY)
    assert len(expected) > ATTENTION_PAGE  # the list is long enough to be cut
    win.show_page("dashboard")
    dash = win.pages["dashboard"]
    shown = [dash.attention.item(i).data(_FINDING_ROLE) for i in range(dash.attention.count())]
    assert shown[:-1] == expected[:ATTENTION_PAGE]
    assert shown[-1] is None  # the line that shows more
    more = dash.attention.item(dash.attention.count() - 1)
    assert str(len(expected) - ATTENTION_PAGE) in more.text()
    rect = dash.attention.visualItemRect(more)
    qtbot.mouseClick(dash.attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = [dash.attention.item(i).data(_FINDING_ROLE) for i in range(dash.attention.count())]
    assert [f for f in shown if f is not None] == expected[:2 * ATTENTION_PAGE]
    for status in m.Status:
        count = sum(1 for uc in full.use_cases if uc.status == status)
        assert dash.status_buttons[status].text().startswith(f"{count}\n")

    register = win.pages["register"]
    by_title = {uc.title: uc for uc in full.use_cases}
    model = register.proxy
    for row in range(model.rowCount()):
        uc = by_title[model.index(row, TITLE).data()]
        r = readiness(uc, full)
        assert model.index(row, READINESS).data().startswith(f"{r.done}/{r.total}")
    register.table.sortByColumn(READINESS, Qt.SortOrder.AscendingOrder)
    fractions = [readiness(by_title[model.index(row, TITLE).data()], full).fraction
                 for row in range(model.rowCount())]
    assert fractions == sorted(fractions)


def test_history_and_latest_decision_read_only_what_the_history_names(traced, qtbot) -> None:  # type: ignore[no-untyped-def]
    from leitplanken.ui.shell.history_dialog import HistoryDialog
    from leitplanken.ui.workspace import edits

    win, statements = traced
    session = win.session
    uc = session.workspace.use_cases[11]
    item = uc.checklist[2]  # reads this one use case's children
    edits.set_fields(session, item, {"state": m.ItemState.DONE}, text="Erledigt")
    del statements[:]
    dialog = HistoryDialog(session, win)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert child_reads(statements) == []  # the ticked item's use case is in memory already
    assert [u for u in session.workspace.use_cases if m.children_loaded(u)] == [uc]
    texts = [dialog.model.index(r, c).data() for r in range(dialog.model.rowCount())
             for c in range(dialog.model.columnCount())]
    assert any(uc.title in str(t) for t in texts)  # the change names its use case
    dialog.close()
    dialog.deleteLater()


def test_removing_a_use_case_never_opened_and_undoing_brings_back_its_children(traced) -> None:  # type: ignore[no-untyped-def]
    from leitplanken.ui.workspace import edits

    win, _statements = traced
    session = win.session
    with WorkspaceFile.open(session.path, read_only=True) as wf:
        before = {uc.uuid: uc for uc in wf.load().use_cases}
    uc = session.workspace.use_cases[42]
    assert not m.children_loaded(uc)
    edits.remove_records(session, [uc], text="Entfernen")
    assert session.workspace.use_case(uc.uuid) is None
    session.undo.undo()
    back = session.workspace.use_case(uc.uuid)
    assert back is not None
    assert unstamped(back) == unstamped(before[uc.uuid])  # children and all
    with WorkspaceFile.open(session.file.working_path, read_only=True) as wf:
        stored = {u.uuid: u for u in wf.load().use_cases}
    assert unstamped(stored[uc.uuid]) == unstamped(before[uc.uuid])
    assert len(stored[uc.uuid].checklist) == len(before[uc.uuid].checklist) > 0
    assert session.digest(back) == session.file.digests[uc.uuid]


def unstamped(uc: m.UseCase) -> list[object]:
    """A use case and its children without the change stamps a write renews."""
    def plain(rec: m.Record) -> dict[str, object]:
        return {k: v for k, v in vars(rec).items() if k not in ("modified_at", "revision")
                and k not in m.CHILD_FIELDS}
    parts: list[object] = [plain(uc)]
    for name in sorted(m.CHILD_FIELDS):
        parts.append([plain(r) for r in getattr(uc, name)])
    return parts


def test_the_export_dialog_opens_without_reading_children_and_dates_the_last_change(traced, qtbot) -> None:  # type: ignore[no-untyped-def]
    from leitplanken.report.source import last_change
    from leitplanken.ui.export.export_dialog import ExportDialog

    win, statements = traced
    dialog = ExportDialog(win.session, win)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert child_reads(statements) == []
    with WorkspaceFile.open(win.session.path, read_only=True) as wf:
        full = wf.load()
    assert dialog.options().source_modified == last_change(full)
    dialog.close()
    dialog.deleteLater()


def test_peoples_load_follows_every_change_that_counts(traced) -> None:  # type: ignore[no-untyped-def]
    from leitplanken.domain.rules import person_load
    from leitplanken.ui.workspace import edits

    win, _statements = traced
    session = win.session

    def full_load() -> dict[str, object]:
        with WorkspaceFile.open(session.file.working_path, read_only=True) as wf:
            return dict(person_load(wf.load()))

    assert session.person_load() == full_load()
    uc = session.workspace.use_cases[5]
    edits.set_fields(session, uc.checklist[0], {"state": m.ItemState.DONE}, text="Erledigt")
    assert session.person_load() == full_load()
    anna = session.workspace.people[0]
    for activity in uc.activities:
        if not any(c.activity_uuid == activity.uuid for c in uc.cells):
            cell = m.RaciCell(use_case_uuid=uc.uuid, activity_uuid=activity.uuid,
                              person_uuid=anna.uuid, letter=m.Letter.A)
            edits.add_records(session, [cell], text="A")
            assert session.person_load() == full_load()
            break
    edits.set_fields(session, uc, {"status": m.Status.STOPPED}, text="Eingestellt")
    assert session.person_load() == full_load()
    session.undo.undo()
    assert session.person_load() == full_load()
