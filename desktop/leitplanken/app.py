"""Starts the window: QApplication, translations, the bundled font, then the workspace.

Kept close to a bare Qt start: storage, babel and the domain rules load with the window, the
PDF libraries only when a PDF is asked for. The CLI imports this module only to start the
window, so its imports are the window's own.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from leitplanken import __version__
from leitplanken.i18n.translator import catalogue_missing, system_language
from leitplanken.paths import resources_dir
from leitplanken.storage import FileError, WorkspaceFile
from leitplanken.ui import gui_thread_gc
from leitplanken.ui.files.errors import show_error, show_unexpected, warn_missing_catalogue
from leitplanken.ui.files.file_ops import new_workspace, open_for_editing, session_for
from leitplanken.ui.settings import app_settings, recent_files
from leitplanken.ui.settings.language import apply_language
from leitplanken.ui.shell.fonts import use_ui_font
from leitplanken.ui.shell.main_window import MainWindow
from leitplanken.ui.shell.open_windows import OpenWindows
from leitplanken.ui.shell.single_instance import InstanceServer, hand_over
from leitplanken.ui.shell.startup import start
from leitplanken.ui.workspace.session import Session


def _open_session(path: Path | None, demo: bool) -> Session:
    """The session to show first: the given file, a fresh demo copy, or an empty workspace.

    Raises FileError when the given file cannot be opened or read (the caller shows it); the
    file is closed then, so no marker says "in use" and no working copy is left.
    """
    if path is not None:
        return session_for(open_for_editing(path)[0])
    if demo:
        # delayed: start-up speed (the demo's content, a thousand lines, only for --demo)
        from leitplanken.domain.demo import demo_workspace

        return Session(WorkspaceFile.create(None, demo_workspace(app_settings.interface_language())))
    return Session(WorkspaceFile.create(None, new_workspace()))


def first_session(window: MainWindow, path: Path | None, demo: bool) -> tuple[Session, FileError | None]:
    """The first session and a notice to show with it (a name too long to save: read-only).

    A file that cannot be opened or read is explained, and an empty workspace shown instead.
    """
    notice = None
    try:
        if path is None:
            return _open_session(None, demo), None
        wf, notice = open_for_editing(path)
        session = session_for(wf)  # closes the file again if it cannot be read
    except FileError as err:
        show_error(window, err)
        return _open_session(None, False), None
    except Exception as exc:  # noqa: BLE001 - a bug while opening: said as one, not "damaged"
        show_unexpected(window, exc, "opening the first workspace")
        return _open_session(None, False), None
    recent_files.remember(path)
    return session, notice


#: Exit code of --exit-after-start when the file given could not be opened.
EXIT_NOT_OPENED = 2


def run(path: Path | None, demo: bool = False, *, exit_after_start: bool = False,
        single_instance: bool = False) -> int:
    """Runs the app until the last window closes; returns the exit code.

    exit_after_start: show the window on the file, let the event loop run once and end (the
    start-up check of installers and benchmarks; exit 2 if the file could not be opened).
    single_instance: hand the file to an app of this user that is already running, and
    otherwise become the one that later starts hand their files to (the `leitplanken`
    command does this; tests and benchmarks start on their own).
    """
    QCoreApplication.setOrganizationName("Leitplanken")
    QCoreApplication.setOrganizationDomain("leitplanken.app")
    QCoreApplication.setApplicationName("Leitplanken")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationVersion(__version__)
    gui_thread_gc.install(app)  # workers must never destroy widgets (see the module)
    if single_instance and not exit_after_start and hand_over(path):
        return 0  # the running app shows the file (or comes to the front)
    windows = OpenWindows(app)
    # Listening from the start: a second file double-clicked while this one still opens
    # waits in the channel and gets its own window.
    server = _listen_for_later_starts(windows) if single_instance and not exit_after_start else None
    if sys.platform == "darwin":  # Finder's "open" arrives as QFileOpenEvent; only macOS sends it
        app.installEventFilter(windows)
    set_app_icon()
    language = apply_language(app_settings.get(app_settings.LANGUAGE) or system_language())
    use_ui_font(app)  # type: ignore[arg-type]  # the system's; DejaVu only where none
    if exit_after_start:
        # Started first: a message box shown while opening (its own event loop) is closed too.
        _end_after_start(app)

    window = MainWindow()
    windows.add(window)
    _report_uncaught(windows)
    notice = start(window, path, demo, first_session)  # the last file, or the welcome page
    if notice is not None:
        show_error(window, notice)
    window.show()
    if exit_after_start:
        opened = path is None or window.session is not None and window.session.path is not None
        app.exec()
        return 0 if opened else EXIT_NOT_OPENED
    if catalogue_missing(language):
        QTimer.singleShot(0, lambda: warn_missing_catalogue(window, language))
    _offer_recovery_soon(window)
    code = app.exec()
    if server is not None:
        server.close()
    return code


def _end_after_start(app: QCoreApplication) -> None:
    """--exit-after-start: close whatever dialog waits for an answer, then end the event loop."""
    ticker = QTimer(app)
    ticker.setInterval(10)

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()  # its own loop ends; the next tick reaches the main loop
            return
        app.quit()  # does nothing until the main loop runs: the next tick tries again

    ticker.timeout.connect(tick)
    ticker.start()


def set_app_icon() -> None:
    """The app's icon for every window and the task bar (Wayland finds it by the .desktop name)."""
    icon = resources_dir() / "icons" / "leitplanken.svg"
    if icon.exists():
        QGuiApplication.setWindowIcon(QIcon(str(icon)))
    QGuiApplication.setDesktopFileName("leitplanken")


def _listen_for_later_starts(windows: OpenWindows) -> InstanceServer | None:
    """Becomes the app later starts hand their files to; None if the channel is unavailable."""
    server = InstanceServer(parent=windows)
    if not server.listen():
        return None  # e.g. no writable temp folder: every start then simply runs on its own
    server.requested.connect(windows.open)
    return server


def _report_uncaught(windows: OpenWindows) -> None:
    """An exception escaping a slot is a bug: logged and shown once, and the app goes on.

    The box belongs to the window in front (the first one may have been closed by then).
    """

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: as Python does
            sys.__excepthook__(kind, exc, tb)  # type: ignore[arg-type]
            return
        show_unexpected(windows.front(), exc, "handling an action")

    sys.excepthook = hook


def _offer_recovery_soon(window: object) -> None:
    """Once the window is up: offer back unsaved work of an app that crashed or was killed."""
    if importlib.util.find_spec("leitplanken.ui.files.recovery_dialog") is None:
        return
    # delayed: an optional part of the build (looked up just above), not needed by the window
    from leitplanken.ui.files.recovery_dialog import offer_recovery

    QTimer.singleShot(0, lambda: offer_recovery(window))
