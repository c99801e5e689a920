"""The message box for a storage or decision problem, in the user's words.

Its own module because every file dialog (merge, send copy, recovery) shows errors the same
way as File → Open and Save: with it here, they need not import file_ops.py (which opens them).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from leitplanken.domain.model import Workspace
from leitplanken.i18n.file_errors import file_error_text
from leitplanken.i18n.findings import finding_text
from leitplanken.i18n.translator import AppTranslator
from leitplanken.storage import FileError
from leitplanken.ui.settings import app_settings


def show_error(parent: QWidget | None, err: Exception, title: str | None = None) -> None:
    """A storage or decision problem in the user's words."""
    tr = AppTranslator()
    if isinstance(err, FileError):
        text = file_error_text(err, tr)
    elif hasattr(err, "findings"):
        session_ws = getattr(parent, "session", None)
        ws = session_ws.workspace if session_ws is not None else Workspace()
        lang = app_settings.interface_language()
        text = "\n".join(finding_text(f, ws, tr, lang) for f in err.findings)
    else:
        text = str(err)
    QMessageBox.warning(parent, title or tr.translate("FileOps", "Leitplanken"), text)
