"""The app's windows, one per workspace file: opening a file shows it, never twice.

Files arrive from outside while the app runs: a later start from the desktop (the
single-instance channel), Finder's "open" on macOS (QFileOpenEvent). A file that a window
already shows brings that window to the front; an untouched empty window (the untitled
workspace of a fresh start) takes the file; otherwise the file gets a window of its own, so
no open work is replaced without the user asking.
"""

from __future__ import annotations

import os
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from leitplanken.ui.shell.main_window import MainWindow

#: How far each further window is moved from the one before, so it does not hide it exactly.
CASCADE = 32


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (links, case-insensitive file systems)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(os.path.abspath(a)) == Path(os.path.abspath(b))


def bring_to_front(window: MainWindow) -> None:
    """Shows a window above the others (restored when minimised)."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class OpenWindows(QObject):
    """Keeps the app's main windows and opens arriving files in the right one."""

    def __init__(self, parent: QObject | None = None) -> None:
        """No windows yet: add() the first one."""
        super().__init__(parent)
        self.windows: list[MainWindow] = []

    def add(self, window: MainWindow) -> None:
        """Follows a window until it is closed (then it is deleted and forgotten)."""
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.append(window)
        window.destroyed.connect(self._forget)  # a bound method: dropped if this object goes

    def _forget(self, gone: QObject | None = None) -> None:
        """A closed (deleted) window leaves the list."""
        self.windows = [w for w in self.windows if w is not gone and shiboken6.isValid(w)]

    def showing(self, path: Path) -> MainWindow | None:
        """The window that shows this file, if any."""
        for window in self.windows:
            session = window.session
            if session is not None and session.path is not None and _same_file(Path(session.path), path):
                return window
        return None

    def front(self) -> MainWindow | None:
        """The window the user worked in last."""
        active = QApplication.activeWindow()
        if isinstance(active, MainWindow) and active in self.windows:
            return active
        return self.windows[-1] if self.windows else None

    def _untouched(self) -> MainWindow | None:
        """A window on the welcome page, or with an untitled workspace nobody has changed."""
        for window in self.windows:
            session = window.session
            if session is None or (session.path is None and not session.modified
                                   and not session.workspace.use_cases):
                return window
        return None

    def open(self, path: Path | None) -> MainWindow | None:
        """Shows `path` (None: just the front window); returns the window, None if it failed."""
        if path is None:
            window = self.front()
            if window is not None:
                bring_to_front(window)
            return window
        path = Path(os.path.abspath(path))
        shown = self.showing(path)
        if shown is not None:
            bring_to_front(shown)
            return shown
        reuse = self._untouched()
        if reuse is not None:
            bring_to_front(reuse)
            return reuse if reuse.files.open_path(path, ask=False) else None
        return self._new_window(path)

    def _new_window(self, path: Path) -> MainWindow | None:
        """A window of its own for the file; if it cannot be opened (said why), no window."""
        before = self.front()
        window = MainWindow()
        if not window.files.open_path(path, ask=False):
            window.deleteLater()
            if before is not None:
                bring_to_front(before)
            return None
        if before is not None:
            window.resize(before.size())
            target = before.frameGeometry().translated(CASCADE, CASCADE)
            screen = before.screen().availableGeometry()
            if not screen.contains(target):  # no room for the step: start again at the corner
                target.moveTopLeft(screen.topLeft())
            window.move(target.topLeft())
        self.add(window)
        bring_to_front(window)
        return window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """macOS hands files from Finder to the application object as QFileOpenEvent."""
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name:
                self.open(Path(name))
                return True
        return super().eventFilter(watched, event)
