"""File → Import use cases…: opens the import wizard (ui/files/import_wizard.py).

Kept under its old name because the main window's menu entry and tests reach the import
here; everything the user sees is the wizard's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from leitplanken.ui.files.import_wizard import ImportWizard
from leitplanken.ui.workspace.session import Session


def import_csv(parent: QWidget, session: Session, path: Path | None = None) -> int:
    """Runs the wizard (with `path` already chosen when given); returns how many were added."""
    if session.read_only:
        return 0
    wizard = ImportWizard(session, parent, path)
    try:
        wizard.exec()
        return wizard.imported
    finally:
        wizard.deleteLater()
