"""One app per user: a later start hands its file over; one window per file; Finder's open.

The running app's end of the channel lives in the test's process; each later start is a
second process calling `hand_over`, as a double-click on a file does.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir, QEvent
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from leitplanken.ui.shell.main_window import MainWindow
from leitplanken.ui.shell.open_windows import OpenWindows
from leitplanken.ui.shell.single_instance import InstanceServer, channel_name, hand_over

# Bringing a window forward calls raise(), which the offscreen platform cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


#: A later start: another process handing its file over, exit 0 when the running app took it.
_LATER_START = (
    "import sys\n"
    "from pathlib import Path\n"
    "from leitplanken.ui.shell.single_instance import hand_over\n"
    "path = Path(sys.argv[2]) if len(sys.argv) > 2 else None\n"
    "sys.exit(0 if hand_over(path, sys.argv[1]) else 1)\n"
)


class _LaterStart:
    """A second process started while the app runs (QLocalSocket's blocking calls hold the
    GIL, so the later start cannot share the test's process)."""

    def __init__(self, path: Path | None, name: str) -> None:
        args = [sys.executable, "-c", _LATER_START, name] + ([str(path)] if path else [])
        self.process = subprocess.Popen(args)

    def __eq__(self, expected: object) -> bool:
        """`answer == [True]` once the process ended and the running app took the file."""
        code = self.process.poll()
        return code is not None and expected == [code == 0]

    __hash__ = None  # type: ignore[assignment]


def _hand_over_later(path: Path | None, name: str) -> _LaterStart:
    """Starts a later start's hand-over; compare with [True] to see it was taken."""
    return _LaterStart(path, name)


@pytest.fixture
def running(qtbot, channel: str, app_names: None, error_boxes: list[str]):  # type: ignore[no-untyped-def]
    """A running app: its window list, listening on the test's channel."""
    windows = OpenWindows()
    server = InstanceServer(channel)
    assert server.listen()
    server.requested.connect(windows.open)
    yield windows
    server.close()
    for window in list(windows.windows):
        if window.session is not None:
            window.session.close()
        window.close()
    QApplication.processEvents()
    assert error_boxes == []


def _window_on(windows: OpenWindows, path: Path, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window of the running app showing `path`."""
    window = MainWindow()
    windows.add(window)
    assert window.files.open_path(path, ask=False)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_later_start_opens_its_file_in_a_new_window(running: OpenWindows, make_file, qtbot,
                                                      channel: str) -> None:
    first = _window_on(running, make_file("Erste Werkstatt AG"), qtbot)
    second_file = make_file("Zweite Bäckerei GmbH")
    answer = _hand_over_later(second_file, channel)
    qtbot.waitUntil(lambda: answer == [True] and len(running.windows) == 2, timeout=5000)
    second = running.showing(second_file)
    assert second is not None and second is not first and second.isVisible()
    assert "Zweite Bäckerei GmbH" in second.windowTitle()
    assert second.screen().availableGeometry().contains(second.frameGeometry().topLeft())
    assert first.session is not None and Path(first.session.path).name == "Erste Werkstatt AG.leitplanken"


def test_a_file_already_open_is_brought_to_the_front_not_opened_twice(
        running: OpenWindows, make_file, qtbot, channel: str) -> None:
    path = make_file("Holzbau Meier")
    window = _window_on(running, path, qtbot)
    window.showMinimized()
    answer = _hand_over_later(path, channel)
    qtbot.waitUntil(lambda: answer == [True], timeout=5000)
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=2000)
    assert running.windows == [window]


@pytest.mark.parametrize("start", ["untitled", "welcome"])
def test_an_untouched_empty_window_takes_the_file(running: OpenWindows, make_file, qtbot,
                                                  channel: str, start: str) -> None:
    from leitplanken.app import _open_session

    if start == "untitled":  # the untitled workspace of a fresh start
        empty = MainWindow(_open_session(None, False))
    else:  # the very first start: no workspace, the welcome page
        empty = MainWindow()
        empty.show_welcome()
    running.add(empty)
    empty.show()
    path = make_file("Garage Huber")
    answer = _hand_over_later(path, channel)
    qtbot.waitUntil(lambda: answer == [True] and running.showing(path) is empty, timeout=5000)
    assert running.windows == [empty]


def test_a_later_start_without_a_file_brings_the_app_forward(running: OpenWindows, make_file,
                                                             qtbot, channel: str) -> None:
    window = _window_on(running, make_file("Treuhand Keller"), qtbot)
    window.showMinimized()
    answer = _hand_over_later(None, channel)
    qtbot.waitUntil(lambda: answer == [True] and not window.isMinimized(), timeout=5000)
    assert running.windows == [window]


def test_a_file_that_cannot_be_opened_is_explained_and_gets_no_window(
        qtbot, channel: str, app_names: None, error_boxes: list[str], make_file,
        tmp_path: Path) -> None:
    windows = OpenWindows()
    server = InstanceServer(channel)
    assert server.listen()
    server.requested.connect(windows.open)
    window = _window_on(windows, make_file("Elektro Frei"), qtbot)
    missing = tmp_path / "verschoben.leitplanken"
    answer = _hand_over_later(missing, channel)
    qtbot.waitUntil(lambda: answer == [True] and len(error_boxes) == 1, timeout=5000)
    assert "verschoben.leitplanken" in error_boxes[0]
    assert windows.windows == [window]
    server.close()
    window.session.close()
    window.close()


def test_no_running_app_means_the_start_runs_on_its_own(qapp, channel: str) -> None:
    assert hand_over(Path("irgendwo.leitplanken"), channel, timeout_ms=500) is False


def test_a_message_that_is_not_ours_opens_nothing(qtbot, channel: str) -> None:
    server = InstanceServer(channel)
    assert server.listen()
    asked: list[object] = []
    server.requested.connect(asked.append)
    client = QLocalSocket()
    client.connectToServer(channel)
    assert client.waitForConnected(2000)
    client.write(b'["open", "/etc/passwd"]\n')
    client.flush()
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState,
                    timeout=5000)
    assert asked == []
    server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="a stale socket file exists only on Unix")
def test_a_channel_left_by_a_crashed_app_is_taken_over(qtbot, channel: str) -> None:
    stale = Path(QDir.tempPath()) / channel
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(stale))
    dead.close()  # the file stays, nobody listens: what a killed app leaves behind
    assert stale.exists()
    server = InstanceServer(channel)
    assert server.listen()
    asked: list[object] = []
    server.requested.connect(asked.append)
    answer = _hand_over_later(Path("a.leitplanken"), channel)
    qtbot.waitUntil(lambda: answer == [True] and len(asked) == 1, timeout=5000)
    server.close()


def test_a_busy_running_app_keeps_its_channel(qapp, channel: str) -> None:
    alive = InstanceServer(channel)
    assert alive.listen()
    later = InstanceServer(channel)
    assert later.listen() is False  # it runs on its own and does not take the channel away
    asked: list[object] = []
    alive.requested.connect(asked.append)
    client = QLocalSocket()
    client.connectToServer(channel)
    assert client.waitForConnected(2000)
    client.abort()
    alive.close()


def test_the_channel_is_per_user_and_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    mine = channel_name()
    monkeypatch.setenv("HOME", str(tmp_path / "someone-else"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "someone-else"))
    assert channel_name() != mine and Path(channel_name()).name.startswith("leitplanken-")


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A folder with a short path: a socket's full path may have about 100 bytes only."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="lp-"))
    yield folder
    shutil.rmtree(folder)


def _shared_temp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A temp folder like /tmp: everybody may write into it (sticky)."""
    import tempfile

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    return shared


@pytest.mark.skipif(sys.platform == "win32", reason="socket files: Linux and macOS")
def test_the_socket_lives_in_the_users_runtime_folder_and_only_the_user_may_use_it(
        qapp, monkeypatch: pytest.MonkeyPatch, short_tmp: Path) -> None:
    tmp_path = short_tmp
    runtime = tmp_path / "run-user"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    _shared_temp(monkeypatch, tmp_path)
    name = channel_name()
    assert Path(name).parent == runtime
    server = InstanceServer(name)
    try:
        assert server.listen()
        mode = Path(name).lstat().st_mode
        assert mode & 0o077 == 0, oct(mode)  # UserAccessOption: no group, no others
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="socket files: Linux and macOS")
def test_without_a_private_runtime_folder_the_socket_goes_to_a_private_one_not_shared_tmp(
        monkeypatch: pytest.MonkeyPatch, short_tmp: Path) -> None:
    tmp_path = short_tmp
    shared = _shared_temp(monkeypatch, tmp_path)
    open_to_all = tmp_path / "run-open"
    open_to_all.mkdir()
    open_to_all.chmod(0o777)  # a runtime folder others may write: not trusted
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(open_to_all))
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    folder = Path(channel_name()).parent
    assert folder == cache / "leitplanken" and folder.stat().st_mode & 0o077 == 0
    assert shared not in folder.parents
    # Someone opened the cache folder up: the next choice is a 0700 folder of the user's id.
    folder.chmod(0o755)
    folder = Path(channel_name()).parent
    assert folder == shared / f"leitplanken-{os.getuid()}" and folder.stat().st_mode & 0o777 == 0o700
    # ... and a folder of that name another user made first is not used at all.
    folder.chmod(0o777)
    assert Path(channel_name()).parent not in (shared, folder)


def test_a_later_start_on_windows_lets_the_running_app_take_the_foreground(
        qapp, monkeypatch: pytest.MonkeyPatch, channel: str) -> None:
    """Windows gives the foreground only to the process just started: it must pass it on."""
    import ctypes

    from leitplanken.ui.shell import single_instance

    allowed: list[int] = []

    class User32:
        def AllowSetForegroundWindow(self, who: int) -> int:  # noqa: N802 (the Windows name)
            allowed.append(who)
            return 1

    class WinDll:
        user32 = User32()

    server = InstanceServer(channel)
    assert server.listen()
    try:
        monkeypatch.setattr(ctypes, "windll", WinDll(), raising=False)
        monkeypatch.setattr(single_instance.sys, "platform", "win32")
        hand_over(None, channel, timeout_ms=300)  # no answer: this process is also the server
        assert allowed == [single_instance.ASFW_ANY]
    finally:
        monkeypatch.undo()
        server.close()


def test_finder_open_event_opens_the_file_while_the_app_runs(qtbot, app_names: None, make_file,
                                                              error_boxes: list[str]) -> None:
    windows = OpenWindows()
    app = QApplication.instance()
    app.installEventFilter(windows)
    try:
        first_path = make_file("Finder Eins")
        window = _window_on(windows, first_path, qtbot)
        other = make_file("Finder Zwei")
        QApplication.sendEvent(app, QFileOpenEvent(str(other)))
        assert len(windows.windows) == 2 and windows.showing(other) is not None
        QApplication.sendEvent(app, QFileOpenEvent(str(first_path)))
        assert len(windows.windows) == 2 and windows.showing(first_path) is window
        assert QEvent.Type.FileOpen  # the event type the filter listens for
    finally:
        app.removeEventFilter(windows)
        for w in list(windows.windows):
            w.session.close()
            w.close()
    assert error_boxes == []


def test_the_window_icon_is_set_at_start(qapp) -> None:
    from leitplanken.app import set_app_icon

    set_app_icon()
    icon = QGuiApplication.windowIcon()
    assert not icon.isNull()
    assert not icon.pixmap(16, 16).isNull() and not icon.pixmap(256, 256).isNull()


def _app_process(path: Path, home: Path) -> subprocess.Popen[str]:
    """`leitplanken FILE` as the desktop starts it, with its own HOME (and so its own channel)."""
    env = dict(os.environ, HOME=str(home), USERPROFILE=str(home), XDG_CONFIG_HOME=str(home / "c"),
               XDG_DATA_HOME=str(home / "s"), LEITPLANKEN_DATA_DIR=str(home / "d"),
               QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "leitplanken", str(path)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _in_use(path: Path) -> bool:
    """Whether an app holds the file open (its "in use" marker lies beside it)."""
    from leitplanken.storage.lock import lock_path

    return lock_path(path).exists()


def test_double_clicking_a_second_file_opens_it_in_the_running_app(make_file, tmp_path: Path) -> None:
    first, second = make_file("Velo Kunz"), make_file("Käserei Rüegg")
    home = tmp_path / "home"
    home.mkdir()
    running = _app_process(first, home)
    try:
        deadline = time.monotonic() + 60
        while not _in_use(first) and time.monotonic() < deadline and running.poll() is None:
            time.sleep(0.1)
        assert _in_use(first) and not _in_use(second)  # the channel listens from before the open
        later = _app_process(second, home)
        assert later.wait(timeout=60) == 0  # handed over, and ended
        while not _in_use(second) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _in_use(second), "the running app did not open the second file"
        assert running.poll() is None
    finally:
        running.terminate()
        running.wait(timeout=30)


def test_a_bug_after_the_first_window_closed_is_shown_on_the_window_in_front(
        qtbot, app_names: None, make_file, error_boxes: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QCoreApplication

    from leitplanken import app as app_module

    windows = OpenWindows()
    first = _window_on(windows, make_file("Erstes Fenster"), qtbot)
    second = _window_on(windows, make_file("Zweites Fenster"), qtbot)
    shown: list[object] = []
    monkeypatch.setattr(app_module, "show_unexpected", lambda parent, exc, where: shown.append(parent))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    app_module._report_uncaught(windows)
    first.session.close()
    first.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert windows.windows == [second]
    sys.excepthook(ValueError, ValueError("a bug"), None)
    assert shown == [second]
    second.session.close()
    second.close()
