"""File → Import CSV…: brings use cases from a spreadsheet or another inventory into the workspace.

Reading runs off the GUI thread behind a progress dialog; the use cases arrive with the
catalogue's activities and checklist, as one undo step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from leitplanken import problem_log
from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import UseCase
from leitplanken.i18n.labels import field_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.storage import CsvImportError, ImportResult, read_use_cases
from leitplanken.ui.workspace.commands import AddRecords
from leitplanken.ui.workspace.session import Session


def error_text(err: CsvImportError, path: Path) -> str:
    """Says in the user's words why a file could not be imported."""
    name = path.name
    if err.code == "no_title_column":
        return fill(
            QCoreApplication.translate(
                "CsvImport",
                "“%1” has no column for the title of a use case (Title, Titel or Name). "
                "Columns found: %2",
            ),
            name,
            err.detail,
        )
    if err.code == "unreadable":
        return fill(
            QCoreApplication.translate("CsvImport", "“%1” could not be read: %2"), name, err.detail
        )
    if err.code == "too_large":
        return fill(QCoreApplication.translate(
            "CsvImport", "“%1” is larger than %2 MB, the most one import takes. Split the table "
            "into smaller files and import them one after the other."), name, err.detail)
    if err.code == "too_many_rows":
        return fill(QCoreApplication.translate(
            "CsvImport", "“%1” has more than %2 rows, the most one import takes. Split the table "
            "into smaller files and import them one after the other."), name, err.detail)
    if err.code == "empty":
        return fill(QCoreApplication.translate("CsvImport", "“%1” is empty."), name)
    if err.detail:
        return fill(QCoreApplication.translate(
            "CsvImport", "Cannot read this CSV: “%1” is not a table the import understands (%2). "
            "Save the spreadsheet as CSV and try again."), name, err.detail)
    return fill(
        QCoreApplication.translate(
            "CsvImport", "“%1” is not a CSV table. Save the spreadsheet as CSV and try again."
        ),
        name,
    )


class UnexpectedImportProblem:
    """A bug met while reading a CSV file: logged, then shown as unexpected (not the file's fault)."""

    def __init__(self, exc: BaseException) -> None:
        """Logs the exception with its traceback and keeps the log's path for the message."""
        self.log = problem_log.log_unexpected(exc, "reading a CSV file")
        self.summary = problem_log.one_line(exc)

    def text(self, path: Path) -> str:
        """Says that this is the program's fault, where the details are, and that nothing changed."""
        return fill(QCoreApplication.translate(
            "CsvImport", "An unexpected problem stopped reading “%1” (%2). Nothing was imported "
            "and your work is unchanged. The details are in %3."), path.name, self.summary,
            self.log)


def cut_text(result: ImportResult) -> str:
    """The import question's note on values that were longer than their fields hold."""
    if not result.cut:
        return ""
    tr = AppTranslator()
    names = sorted({field_label(UseCase, name, tr) for _row, name in result.cut})
    rows = sorted({row for row, _name in result.cut})
    shown = ", ".join(str(r) for r in rows[:10]) + (" …" if len(rows) > 10 else "")
    return fill(QCoreApplication.translate(
        "CsvImport", "%n value(s) are longer than their fields hold and will be cut (%1; rows %2).",
        None, len(result.cut)), ", ".join(names), shown)


class _Reader(QObject):
    """Parses the file in a worker thread; never touches widgets."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, path: Path) -> None:
        """Remembers the file to read."""
        super().__init__()
        self.path = path

    def run(self) -> None:
        """Reads the file and hands the result (or the error) back to the GUI thread."""
        try:
            self.done.emit(read_use_cases(self.path))
        except CsvImportError as err:
            self.failed.emit(err)
        except Exception as exc:  # noqa: BLE001 - a bug must reach the window, not end the thread
            self.failed.emit(UnexpectedImportProblem(exc))


class _Waiter(QObject):
    """Receives the reader's result in the GUI thread (a QObject, so the call is queued)."""

    def __init__(self, loop: QEventLoop) -> None:
        """Quits `loop` once a result arrives."""
        super().__init__()
        self.loop = loop
        self.result: object = None

    @Slot(object)
    def take(self, result: object) -> None:
        """Keeps the result and ends the wait."""
        self.result = result
        self.loop.quit()


def read_in_background(
    parent: QWidget, path: Path
) -> ImportResult | CsvImportError | UnexpectedImportProblem | None:
    """Reads a CSV file while the window stays alive; None when the user cancelled.

    A progress dialog appears only when reading takes longer than half a second.
    """
    loop = QEventLoop()
    waiter = _Waiter(loop)
    thread = QThread(parent)
    reader = _Reader(path)
    reader.moveToThread(thread)
    reader.done.connect(waiter.take)
    reader.failed.connect(waiter.take)
    thread.started.connect(reader.run)
    progress = QProgressDialog(
        fill(QCoreApplication.translate("CsvImport", "Reading “%1” …"), path.name),
        QCoreApplication.translate("CsvImport", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("CsvImport", "Import CSV"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.reset()  # a QProgressDialog would otherwise show itself after its own timer
    progress.canceled.connect(loop.quit)
    timer = QTimer(progress)
    timer.setSingleShot(True)
    timer.timeout.connect(progress.show)
    timer.start(500)
    thread.start()
    loop.exec()
    timer.stop()
    progress.close()
    progress.deleteLater()
    thread.quit()
    thread.wait()
    reader.deleteLater()
    result = waiter.result
    if result is None:
        return None
    return result  # type: ignore[return-value]


def import_csv(parent: QWidget, session: Session, path: Path | None = None) -> int:
    """Asks for a file, reads it, confirms and adds the use cases; returns how many were added."""
    if session.read_only:
        return 0
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("CsvImport", "Import use cases from CSV"),
            "",
            QCoreApplication.translate("CsvImport", "CSV files (*.csv *.txt);;All files (*)"),
        )
        if not chosen:
            return 0
        path = Path(chosen)
    result = read_in_background(parent, path)
    if result is None:
        return 0
    if isinstance(result, CsvImportError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("CsvImport", "Import CSV"), error_text(result, path)
        )
        return 0
    if isinstance(result, UnexpectedImportProblem):
        QMessageBox.critical(
            parent, QCoreApplication.translate("CsvImport", "Import CSV"), result.text(path)
        )
        return 0
    count = len(result.use_cases)
    if count == 0:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("CsvImport", "Import CSV"),
            fill(QCoreApplication.translate("CsvImport", "“%1” contains no use cases."), path.name),
        )
        return 0
    question = QCoreApplication.translate("CsvImport", "Import %n use case(s)?", None, count)
    if result.skipped:
        question += "\n" + QCoreApplication.translate(
            "CsvImport", "%n row(s) without a title will be left out.", None, len(result.skipped)
        )
    if result.cut:
        question += "\n" + cut_text(result)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("CsvImport", "Import CSV"), question
    )
    if answer != QMessageBox.StandardButton.Yes:
        return 0
    # Writing thousands of rows takes a few seconds in one transaction (all or nothing), so a
    # busy dialog says what is happening instead of a window that seems to hang.
    busy = QProgressDialog(
        QCoreApplication.translate("CsvImport", "Adding %n use case(s) …", None, count),
        "",
        0,
        0,
        parent,
    )
    busy.setCancelButton(None)
    busy.setWindowTitle(QCoreApplication.translate("CsvImport", "Import CSV"))
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(0)
    busy.show()
    QApplication.processEvents()
    try:
        language = session.workspace.company.language
        for uc in result.use_cases:
            seed_use_case(uc, language, session.workspace.company.catalogue_version)
        session.undo.push(
            AddRecords(
                session,
                result.use_cases,
                QCoreApplication.translate("CsvImport", "Import %n use case(s)", None, count),
            )
        )
    finally:
        busy.close()
        busy.deleteLater()
    return count
