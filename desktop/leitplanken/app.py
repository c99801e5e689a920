"""Starts the window: QApplication, translations, the bundled font, then the workspace.

Kept close to a bare Qt start: storage, babel and the domain rules load with the window, the
PDF libraries only when a PDF is asked for.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _open_session(path: Path | None, demo: bool) -> object:
    """The session to show first: the given file, a fresh demo copy, or an empty workspace.

    Raises FileError when the given file cannot be opened (the caller shows it).
    """
    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui import app_settings
    from leitplanken.ui.file_ops import new_workspace
    from leitplanken.ui.session import Session

    if path is not None:
        return Session(WorkspaceFile.open(path))
    if demo:
        from leitplanken.domain.demo import demo_workspace

        return Session(WorkspaceFile.create(None, demo_workspace(app_settings.interface_language())))
    return Session(WorkspaceFile.create(None, new_workspace()))


def run(path: Path | None, demo: bool = False) -> int:
    """Runs the app until the window closes; returns the exit code."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("Leitplanken")
    QCoreApplication.setOrganizationDomain("leitplanken.app")
    QCoreApplication.setApplicationName("Leitplanken")
    app = QApplication.instance() or QApplication(sys.argv[:1])

    from leitplanken import __version__
    from leitplanken.i18n.translator import system_language
    from leitplanken.ui import app_settings
    from leitplanken.ui.fonts import use_bundled_font
    from leitplanken.ui.language import apply_language

    QCoreApplication.setApplicationVersion(__version__)
    apply_language(app_settings.get(app_settings.LANGUAGE) or system_language())
    use_bundled_font(app)  # type: ignore[arg-type]

    from leitplanken.storage import FileError
    from leitplanken.ui import recent_files
    from leitplanken.ui.file_ops import show_error
    from leitplanken.ui.main_window import MainWindow

    window = MainWindow()
    try:
        session = _open_session(path, demo)
    except FileError as err:
        show_error(window, err)
        session = _open_session(None, False)
    else:
        if path is not None:
            recent_files.remember(path)
    window.set_session(session)  # type: ignore[arg-type]
    window.show()
    _offer_recovery_soon(window)
    return app.exec()


def _offer_recovery_soon(window: object) -> None:
    """Once the window is up: offer back unsaved work of an app that crashed or was killed."""
    import importlib.util

    if importlib.util.find_spec("leitplanken.ui.recovery_dialog") is None:
        return
    from PySide6.QtCore import QTimer

    from leitplanken.ui.recovery_dialog import offer_recovery

    QTimer.singleShot(0, lambda: offer_recovery(window))
