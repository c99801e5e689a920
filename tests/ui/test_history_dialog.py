"""Edit → History shows who changed what since a chosen day, in the user's language."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester

from leitplanken.domain.model import Company, Person, Workspace
from leitplanken.storage import WorkspaceFile
from leitplanken.ui.shell.history_dialog import HistoryDialog
from leitplanken.ui.workspace.commands import AddRecords, SetFields
from leitplanken.ui.workspace.session import Session


@pytest.fixture
def session(tmp_path: Path, qtbot):
    """A saved workspace with a few edits made through the undo commands."""
    wf = WorkspaceFile.create(tmp_path / "h.leitplanken", Workspace(company=Company(name="Muster AG")))
    s = Session(wf)
    person = Person(name="Łukasz Nowak", function="Leitung Service")
    s.undo.push(AddRecords(s, [person]))
    s.undo.push(SetFields(s, person, {"function": "Geschäftsleitung"}))
    yield s
    s.close()


def test_history_lists_edits_with_author_and_words(session: Session, qtbot) -> None:
    """Adding and changing a person appear as two rows naming the person."""
    dialog = HistoryDialog(session)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    texts = [
        [dialog.model.index(r, c).data() for c in range(dialog.model.columnCount())]
        for r in range(dialog.model.rowCount())
    ]
    people_rows = [row for row in texts if row[2] == "Person “Łukasz Nowak”"]
    assert "Added" in {row[3] for row in people_rows}
    assert "Function: Leitung Service → Geschäftsleitung" in {row[3] for row in people_rows}
    assert all(row[1] for row in texts)  # an author on every change
    assert "change" in dialog.count.text()


def test_history_says_old_and_new_in_words_with_the_author_chosen_in_settings(
        tmp_path: Path, qtbot, app_names) -> None:
    """A status, an owner and a decision read as words; the author is "I am", not the account."""
    from leitplanken.domain.model import Decision, DecisionKind, Status, UseCase
    from leitplanken.ui.settings import app_settings
    from leitplanken.ui.shell.main_window import MainWindow

    app_settings.put(app_settings.ME, "Regula Brunner")
    anna, beat = Person(name="Anna Keller"), Person(name="Beat Frei")
    uc = UseCase(title="Reklamationen beantworten", status=Status.PILOT, owner_uuid=anna.uuid)
    wf = WorkspaceFile.create(tmp_path / "w.leitplanken",
                              Workspace(company=Company(name="Muster AG"), people=[anna, beat], use_cases=[uc]))
    win = MainWindow(Session(wf))
    qtbot.addWidget(win)
    s = win.session
    s.undo.push(SetFields(s, uc, {"status": Status.OPERATION, "owner_uuid": beat.uuid}))
    s.undo.push(AddRecords(s, [Decision(use_case_uuid=uc.uuid, kind=DecisionKind.START_PILOT,
                                        decided_on=date.today(), rationale="Test")]))
    dialog = HistoryDialog(s)
    qtbot.addWidget(dialog)
    rows = [[dialog.model.index(r, c).data() for c in range(4)] for r in range(dialog.model.rowCount())]
    change = next(row for row in rows if "Status" in row[3])
    assert "Status: Pilot → Regular operation" in change[3]
    assert "Owner: Anna Keller → Beat Frei" in change[3]
    assert change[1] == "Regula Brunner"
    decision = next(row for row in rows if row[2].startswith("Decision"))
    assert "Start pilot" in decision[2] and "start_pilot" not in decision[2]
    assert "Reklamationen beantworten" in decision[2]  # the use case it belongs to
    s.close()


def test_date_filter_hides_older_changes(session: Session, qtbot) -> None:
    """Choosing tomorrow as the start shows nothing; today shows the edits again."""
    dialog = HistoryDialog(session)
    qtbot.addWidget(dialog)
    tomorrow = date.today() + timedelta(days=1)
    dialog.since.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert dialog.model.rowCount() == 0
    today = date.today()
    dialog.since.setDate(QDate(today.year, today.month, today.day))
    assert dialog.model.rowCount() >= 2
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "When"


def test_a_seat_is_named_by_its_person_and_long_texts_are_kept_short(tmp_path: Path, qtbot) -> None:
    """A board seat reads "Board member “Anna Keller”"; a long text keeps its start, not all;
    putting a record back unchanged is no change at all."""
    from leitplanken.domain.model import BoardMember, BoardRole, UseCase

    anna = Person(name="Anna Keller")
    uc = UseCase(title="Offerten", problem="kurz")
    wf = WorkspaceFile.create(tmp_path / "s.leitplanken",
                              Workspace(company=Company(name="Muster AG"), people=[anna], use_cases=[uc]))
    s = Session(wf)
    seat = BoardMember(person_uuid=anna.uuid, role=BoardRole.MEMBER)
    s.undo.push(AddRecords(s, [seat]))
    s.undo.push(SetFields(s, seat, {"role": BoardRole.CHAIR}))
    s.undo.push(SetFields(s, uc, {"problem": "Offerten " * 200}))
    wf.put(uc)  # stored again as it is: an "update" without any field changed
    dialog = HistoryDialog(s)
    qtbot.addWidget(dialog)
    rows = [[dialog.model.index(r, c).data() for c in range(4)] for r in range(dialog.model.rowCount())]
    assert ["Board member “Anna Keller”", "Role: Member → Chair"] in [row[2:] for row in rows]
    problem = next(row[3] for row in rows if row[3].startswith("Concrete problem:"))
    assert problem.startswith("Concrete problem: kurz → Offerten Offerten") and len(problem) < 300
    assert [row[3] for row in rows if row[2] == "Use case “Offerten”"][0] == "Changed"
    s.close()
