"""Fixtures for driving the window: a small realistic workspace, a session and a main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import (
    Company,
    Decision,
    DecisionKind,
    Letter,
    Person,
    RaciCell,
    RaciMember,
    Status,
    System,
    UseCase,
    Workspace,
)

TODAY = date(2026, 11, 25)


def small_workspace() -> Workspace:
    """A joinery with four people, two systems and three use cases (one a pilot trap)."""
    anna = Person(name="Anna Keller", function="Geschäftsführerin")
    urs = Person(name="Urs Meier", function="Werkstattleiter")
    lukasz = Person(name="Łukasz Nowak", function="Kundendienst")
    ext = Person(name="Beraterin Extern", internal=False, organisation="KI Partner GmbH")
    ws = Workspace(company=Company(name="Schreinerei Muster AG", locale="de_CH", currency="CHF",
                                   language="en"),
                   people=[anna, urs, lukasz, ext],
                   systems=[System(name="CRM", kind="CRM"), System(name="E-Mail", kind="e-mail")])
    complaints = UseCase(title="Answer complaints within two hours", status=Status.PILOT,
                         problem="Complaints arrive by e-mail and wait days for an answer.",
                         customer_facing=True, owner_uuid=anna.uuid,
                         created_on=TODAY - timedelta(days=200),
                         pilot_start=TODAY - timedelta(days=150), tags=["service"])
    offers = UseCase(title="Text suggestions for offers", status=Status.IDEA,
                     problem="Raise efficiency", owner_uuid=urs.uuid, created_on=TODAY)
    enquiries = UseCase(title="Recurring enquiries answered automatically",
                        status=Status.OPERATION, owner_uuid=lukasz.uuid,
                        next_review=TODAY - timedelta(days=3), created_on=TODAY - timedelta(days=400))
    for uc in (complaints, offers, enquiries):
        seed_use_case(uc, "en")
    act = complaints.activities[0]
    complaints.members = [RaciMember(use_case_uuid=complaints.uuid, person_uuid=p.uuid, sort=i)
                          for i, p in enumerate((anna, urs))]
    complaints.cells = [
        RaciCell(use_case_uuid=complaints.uuid, activity_uuid=act.uuid, person_uuid=anna.uuid, letter=Letter.A),
        RaciCell(use_case_uuid=complaints.uuid, activity_uuid=act.uuid, person_uuid=urs.uuid, letter=Letter.A),
    ]
    complaints.decisions = [Decision(use_case_uuid=complaints.uuid, kind=DecisionKind.START_PILOT,
                                     decided_on=TODAY - timedelta(days=150), rationale="Try it")]
    ws.use_cases = [complaints, offers, enquiries]
    return ws


@pytest.fixture
def app_names(qapp: object) -> Iterator[None]:
    """Organisation/application names so QSettings lands in the isolated HOME."""
    QCoreApplication.setOrganizationName("LeitplankenTest")
    QCoreApplication.setApplicationName("LeitplankenTest")
    yield


@pytest.fixture
def workspace_file(tmp_path: Path, app_names: None) -> Path:
    """A saved workspace file with the small workspace."""
    from leitplanken.storage import WorkspaceFile

    path = tmp_path / "muster.leitplanken"
    wf = WorkspaceFile.create(path, small_workspace())
    wf.close()
    return path


@pytest.fixture
def error_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Collects error messages instead of opening a modal box that would wait forever."""
    import leitplanken.ui.file_ops as file_ops

    shown: list[str] = []
    monkeypatch.setattr(file_ops.QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a: shown.append(text)))
    return shown


@pytest.fixture
def window(qtbot, workspace_file: Path, error_boxes: list[str]):  # type: ignore[no-untyped-def]
    """The main window on the saved workspace, with "today" pinned; no error box may appear."""
    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.main_window import MainWindow
    from leitplanken.ui.session import Session

    session = Session(WorkspaceFile.open(workspace_file), today=TODAY)
    win = MainWindow(session)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.session is not None:
        win.session.close()  # a closed session has nothing unsaved: no prompt on close
    win.close()
    win.deleteLater()
    assert error_boxes == []
