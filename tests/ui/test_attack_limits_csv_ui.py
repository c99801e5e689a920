"""File → Import CSV with files nobody should send: a message within seconds, never a spinning dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from leitplanken.domain.model import Company, Workspace
from leitplanken.problem_log import log_path
from leitplanken.storage import WorkspaceFile
from leitplanken.ui.files import csv_import as ui_csv
from leitplanken.ui.workspace.session import Session


@pytest.fixture
def session(tmp_path: Path, qtbot):
    """An empty saved workspace."""
    wf = WorkspaceFile.create(tmp_path / "firma.leitplanken", Workspace(company=Company(name="Muster AG")))
    s = Session(wf)
    yield s
    s.close()


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[str, str]]:
    """Every message box the import shows, as (kind, text); questions are answered No."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind, **kw: shown.append((k, a[2])))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **kw: (
        shown.append(("question", a[2])), QMessageBox.StandardButton.No)[1])
    return shown


def _import(qtbot, session: Session, path: Path, boxes: list) -> None:
    """Starts the import from the event loop and waits (bounded) until it has said something."""
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[int] = []
    QTimer.singleShot(0, lambda: done.append(ui_csv.import_csv(parent, session, path)))
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    assert boxes, "the import ended without a word"
    assert not [w for w in parent.findChildren(QProgressDialog) if w.isVisible()]


CASES = {
    "unterminated quote in header": (b'"Title' + b"x" * 1_100_000 + b"\nA\n", "Cannot read this CSV"),
    "unterminated quote in body": (b'Title,Problem\n"Offers,Slow\n', "1 use case"),
    "NUL bytes": (b"Title,Problem\n\x00Offers,Slow\n", "Cannot read this CSV"),
    "1 MB single field": (b"Title,Problem\nOffers," + b"y" * 1_000_001 + b"\n", "Cannot read this CSV"),
    "binary garbage": (bytes(range(256)) * 400, "Cannot read this CSV"),
    "empty file": (b"", "is empty"),
    "only a header": (b"Title,Problem\n", "contains no use cases"),
    "over-long values": (b"Title,Problem\n" + b"T" * 600 + b",ok\n", "will be cut (Title; rows 2)"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_bad_csv_ends_in_a_message(qtbot, session: Session, boxes, tmp_path: Path, name: str) -> None:
    raw, expected = CASES[name]
    path = tmp_path / "table.csv"
    path.write_bytes(raw)
    _import(qtbot, session, path, boxes)
    assert any(expected in text for _kind, text in boxes), boxes
    assert session.workspace.use_cases == []  # nothing imported without a yes


def test_a_file_beyond_the_size_limit_names_the_limit(qtbot, session, boxes, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("leitplanken.domain.limits.CSV_MAX_BYTES", 1024 * 1024)
    path = tmp_path / "big.csv"
    path.write_bytes(b"Title\n" + b"Use case\n" * 140_000)
    _import(qtbot, session, path, boxes)
    (kind, text), = boxes
    assert kind == "warning" and "larger than 1 MB, the most one import takes" in text


def test_a_bug_while_reading_is_logged_and_shown_as_unexpected(qtbot, session, boxes, tmp_path,
                                                               monkeypatch) -> None:
    """Not a damaged CSV: the program's fault, with the log's path; the dialog closes."""
    def broken(path: Path):
        raise RuntimeError("reader exploded")

    monkeypatch.setattr(ui_csv, "read_use_cases", broken)
    path = tmp_path / "fine.csv"
    path.write_text("Title\nOffers\n", encoding="utf-8")
    _import(qtbot, session, path, boxes)
    (kind, text), = boxes
    assert kind == "critical" and "unexpected problem" in text and str(log_path()) in text
    assert "reader exploded" in log_path().read_text(encoding="utf-8")
