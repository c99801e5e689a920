"""Test set-up shared by every test: offscreen Qt, the bundled font, and isolated settings."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LEITPLANKEN_LANG", "en")

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
INVENTORY_CSV = SHARED_DATA / "us-federal-ai-use-case-inventory-2024.csv"

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keeps settings, recent files and working copies of each test away from the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("LEITPLANKEN_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_gui_thread(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Qt tests run as the app does: no cycle collection on export or import workers (a widget
    destroyed there crashes the process), the GUI thread collects; other tests keep Python's."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from leitplanken.ui import gui_thread_gc

    gui_thread_gc.install(request.getfixturevalue("qapp"))
    gc.disable()
    yield
    # Windows a test leaves open (the app opens some itself) would otherwise live on into
    # later tests and take their language switches and events on sessions long closed: each
    # test starts with no window, as a process does. Deleted, not closed: no "save?" prompt.
    for widget in QApplication.topLevelWidgets():
        if widget.parent() is None:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()  # this test's cycles, here on the GUI thread
    gc.enable()


@pytest.fixture
def inventory_csv() -> Path:
    """The public inventory of 1,757 real AI use cases (skips when shared/ is not beside us)."""
    if not INVENTORY_CSV.exists():
        pytest.skip("shared/data is not beside the checkout")
    return INVENTORY_CSV
