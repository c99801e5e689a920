"""After an export: where the PDF went, with buttons to open it or show it in its folder.

An owner who exports a board paper wants to look at it or attach it to an e-mail next; a
silent dialog leaves them searching the disk.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDir, QProcess, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from leitplanken.i18n.translator import fill


def open_file(path: Path) -> bool:
    """Opens the PDF in the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Shows the file in the system's file manager, selected where the system can do that."""
    if sys.platform == "win32":
        return QProcess.startDetached("explorer", ["/select,", QDir.toNativeSeparators(str(path))])
    if sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class ExportedBox(QMessageBox):
    """"The decision record was saved as …" with Open PDF, Show in folder and Close."""

    def __init__(self, path: Path, register_list: bool, warning: str = "",
                 parent: QWidget | None = None) -> None:
        """`warning` (characters the font could not draw) is added below when there is one."""
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Export finished"))
        said = (self.tr("The register list was saved as %1.") if register_list
                else self.tr("The decision record was saved as %1."))
        self.setText(fill(said, QDir.toNativeSeparators(str(path))))
        if warning:
            self.setInformativeText(warning)
        self.open_button = self.addButton(self.tr("Open PDF"),
                                          QMessageBox.ButtonRole.AcceptRole)
        self.folder_button = self.addButton(self.tr("Show in folder"),
                                            QMessageBox.ButtonRole.ActionRole)
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(self.close_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        """Opens the PDF or its folder; Close only closes."""
        if button is self.open_button:
            open_file(self.path)
        elif button is self.folder_button:
            show_in_folder(self.path)
