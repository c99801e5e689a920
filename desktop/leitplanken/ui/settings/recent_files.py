"""The File → Open recent menu: the last files opened, most recent first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from leitplanken.ui.settings import app_settings

#: How many files the menu remembers.
LIMIT = 8


def recent_files() -> list[Path]:
    """Remembered files that still exist (a file on an unplugged USB stick is kept but hidden)."""
    return [Path(p) for p in app_settings.get(app_settings.RECENT_FILES) if Path(p).exists()]


def remember(path: Path) -> None:
    """Puts a file at the top of the list."""
    text = str(Path(path).resolve())
    items = [p for p in app_settings.get(app_settings.RECENT_FILES) if p != text]
    app_settings.put(app_settings.RECENT_FILES, [text, *items][:LIMIT])


def forget(path: Path) -> None:
    """Drops a file that could not be opened."""
    text = str(Path(path).resolve())
    items = [p for p in app_settings.get(app_settings.RECENT_FILES) if p != text]
    app_settings.put(app_settings.RECENT_FILES, items)


class RecentFilesMenu(QMenu):
    """Rebuilds itself each time it opens, so it always shows the current list."""

    def __init__(self, open_file: Callable[[Path], object], parent: QWidget | None = None) -> None:
        """open_file is called with the chosen path."""
        super().__init__(parent)
        self._open_file = open_file
        self.setTitle(self.tr("Open &recent"))
        self.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Lists the files with numbers for keyboard use; says so when there are none."""
        self.clear()
        files = recent_files()
        for number, path in enumerate(files, start=1):
            action = self.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self._open_file(p))
        if not files:
            empty = self.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        self.setEnabled(True)

    def retranslate(self) -> None:
        """Re-sets texts after a language switch."""
        self.setTitle(self.tr("Open &recent"))
        self.rebuild()
