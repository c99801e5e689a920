"""The message box for a storage or decision problem, in the user's words.

Its own module because every file dialog (merge, send copy, recovery) shows errors the same
way as File → Open and Save: with it here, they need not import file_ops.py (which opens them).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from leitplanken.domain.model import Workspace
from leitplanken.i18n.file_errors import file_error_text
from leitplanken.i18n.findings import finding_text
from leitplanken.i18n.translator import AppTranslator, fill, qm_path
from leitplanken.problem_log import log_unexpected, one_line
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
        show_unexpected(parent, err, "showing a problem")
        return
    QMessageBox.warning(parent, title or tr.translate("FileOps", "Leitplanken"), text)


#: True while an unexpected-problem box is open: a cascade of the same bug logs, not piles up.
_showing = False


def show_unexpected(parent: QWidget | None, exc: BaseException, where: str) -> None:
    """A bug: logged with its traceback, shown once with the log's path; never "damaged file".

    The working copy holds every edit made so far (each one is written as it is made), so
    the user is told their work is kept and can save it.
    """
    global _showing
    path = log_unexpected(exc, where)
    if _showing:
        return
    tr = AppTranslator()
    _showing = True
    try:
        box = QMessageBox(QMessageBox.Icon.Critical,
                          tr.translate("Problems", "Unexpected problem"),
                          tr.translate("Problems", "Leitplanken ran into an unexpected problem. "
                                       "This is an error in the program, not in your file."),
                          QMessageBox.StandardButton.Ok, parent)
        box.setInformativeText(fill(tr.translate(
            "Problems", "Your work is kept in the working copy: you can go on and save as usual. "
            "The details were written to %1; please send that file along when you report "
            "the problem."), str(path)))
        box.setDetailedText(one_line(exc))
        box.setObjectName("unexpected_problem")
        box.exec()
    finally:
        _showing = False


def warn_missing_catalogue(parent: QWidget | None, language: str) -> None:
    """The interface language's translation is not installed: said, not silently English."""
    tr = AppTranslator()
    QMessageBox.warning(parent, tr.translate("Problems", "Translation missing"), fill(tr.translate(
        "Problems", "The translation for %1 is not installed (%2), so the window speaks "
        "English. Reinstall Leitplanken to get it back."), language, qm_path(language)))
