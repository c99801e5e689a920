"""Fixtures for driving the window: a small realistic workspace, a session and a main window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from sample_workspace import TODAY, small_workspace


@pytest.fixture(autouse=True)
def _settings_in_this_tests_home() -> None:
    """QSettings reads XDG_CONFIG_HOME once per process: point it at this test's own folder,
    so no test sees another's recent files, language or "I am" (nor a real user's)."""
    folder = os.environ.get("XDG_CONFIG_HOME")
    if folder:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


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
    import leitplanken.ui.files.file_ops as file_ops

    shown: list[str] = []
    monkeypatch.setattr(file_ops.QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a: shown.append(text)))
    return shown


@pytest.fixture
def window(qtbot, workspace_file: Path, error_boxes: list[str]):  # type: ignore[no-untyped-def]
    """The main window on the saved workspace, with "today" pinned; no error box may appear."""
    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.shell.main_window import MainWindow
    from leitplanken.ui.workspace.session import Session

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
