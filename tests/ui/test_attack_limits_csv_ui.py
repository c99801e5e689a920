"""The import wizard with files nobody should send: a clear line within seconds, never a hang,
never a use case."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from leitplanken.domain.model import Company, Workspace
from leitplanken.problem_log import log_path
from leitplanken.storage import WorkspaceFile
from leitplanken.ui.files import import_wizard
from leitplanken.ui.files.import_wizard import ImportWizard
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
    """Every message box shown, as (kind, text)."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind, **kw: shown.append((k, a[2])))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        ("critical" if box.icon() is QMessageBox.Icon.Critical else "box",
         box.text() + " " + box.informativeText())) or 0)
    return shown


CASES = {
    "unterminated quote in a huge header": (b'"Title' + b"x" * 1_100_000 + b"\nA\n", "header"),
    "NUL bytes": (b"Title,Problem\n\x00Offers,Slow\n", "not a table"),
    "binary garbage": (bytes(range(256)) * 400, "not a table"),
    "empty file": (b"", "is empty"),
    "a zip that is no workbook": (b"PK\x03\x04" + b"\x00" * 100, "not a workbook"),
    "an old .xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_bad_file_ends_in_a_line_on_the_first_step(qtbot, session: Session, boxes,
                                                     tmp_path: Path, name: str) -> None:
    raw, expected = CASES[name]
    path = tmp_path / "table.csv"
    path.write_bytes(raw)
    started = time.perf_counter()
    wizard = ImportWizard(session, None, path)
    qtbot.addWidget(wizard)
    assert time.perf_counter() - started < 5
    text = wizard.file_page.info.text()
    assert expected in text or wizard.table is not None and not wizard.table.rows, text
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled() or wizard.table
    assert session.workspace.use_cases == []


def test_only_a_header_cannot_go_on(qtbot, session: Session, tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("Title,Problem\n", encoding="utf-8")
    wizard = ImportWizard(session, None, path)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.file_page.isComplete()


def test_a_file_beyond_the_size_limit_names_the_limit(qtbot, session, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("leitplanken.domain.limits.CSV_MAX_BYTES", 1024 * 1024)
    path = tmp_path / "big.csv"
    path.write_bytes(b"Title\n" + b"Use case\n" * 140_000)
    wizard = ImportWizard(session, None, path)
    qtbot.addWidget(wizard)
    assert "larger than 1 MB, the most one import takes" in wizard.file_page.info.text()


def test_a_bug_while_reading_is_logged_and_shown_as_unexpected(qtbot, session, boxes, tmp_path,
                                                               monkeypatch) -> None:
    """Not a damaged file: the program's fault, with the log's path; the wizard stays."""
    def broken(path: Path, options: object = None):
        raise RuntimeError("reader exploded")

    monkeypatch.setattr(import_wizard, "read_table", broken)
    path = tmp_path / "fine.csv"
    path.write_text("Title\nOffers\n", encoding="utf-8")
    wizard = ImportWizard(session, None, path)
    qtbot.addWidget(wizard)
    (kind, text), = boxes
    assert kind == "critical" and str(log_path()) in text
    assert "reader exploded" in log_path().read_text(encoding="utf-8")
