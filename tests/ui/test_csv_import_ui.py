"""File → Import CSV as a user meets it: choose, confirm, see the use cases, undo them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from leitplanken.domain.model import Company, Workspace
from leitplanken.storage import WorkspaceFile
from leitplanken.ui.files.csv_import import import_csv
from leitplanken.ui.workspace.session import Session


@pytest.fixture
def session(tmp_path: Path, qtbot):
    """An empty saved workspace, as after File → New and Save as."""
    wf = WorkspaceFile.create(tmp_path / "firma.leitplanken", Workspace(company=Company(name="Muster AG")))
    s = Session(wf)
    yield s
    s.close()


def test_import_real_inventory_then_undo(session: Session, inventory_csv: Path, qtbot, monkeypatch, tmp_path: Path) -> None:
    """1,757 real use cases arrive with the catalogue, survive a reopen, and go with one undo."""
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (questions.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    parent = QWidget()
    qtbot.addWidget(parent)
    started = time.perf_counter()
    assert import_csv(parent, session, inventory_csv) == 1757
    elapsed = time.perf_counter() - started
    assert "1757" in questions[0] or "1,757" in questions[0]
    ucs = session.workspace.use_cases
    assert len(ucs) == 1757
    assert all(uc.activities and uc.checklist for uc in ucs)
    assert elapsed < 30
    session.save()
    again = WorkspaceFile.open(session.path, read_only=True)
    try:
        assert len(again.load().use_cases) == 1757
    finally:
        again.close()
    session.undo.undo()
    assert session.workspace.use_cases == []


def test_wrong_file_gets_a_message_and_changes_nothing(session: Session, qtbot, monkeypatch, tmp_path: Path) -> None:
    """A contact list is refused with a sentence naming what was missing."""
    path = tmp_path / "kontakte.csv"
    path.write_text("Vorname,Nachname\nAnna,Keller\n", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert import_csv(parent, session, path) == 0
    assert "kontakte.csv" in warnings[0] and "Vorname" in warnings[0]
    assert session.workspace.use_cases == []
    assert session.undo.count() == 0
