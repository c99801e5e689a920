"""File → Export list…: the register, RACI matrices, checklists or decisions for a spreadsheet.

The user chooses what, the format (CSV or XLSX), the CSV flavour (German Excel with
semicolons, or commas) and the language of titles and values; the list is written on a worker
thread behind a progress dialog that can be cancelled, then a message offers to open the file
or its folder.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.model import Workspace
from leitplanken.i18n.translator import MissingCatalogue, fill, require_translator
from leitplanken.report.options import Cancelled
from leitplanken.report.table_export import (
    XLSX_MAX_ROWS,
    Dialect,
    ExportResult,
    Format,
    TooManyRows,
    What,
    dialect_for_language,
    export_table,
    mapping_path,
)
from leitplanken.ui.files.errors import show_unexpected
from leitplanken.ui.settings import app_settings

#: Languages of the list, each named in its own language.
LIST_LANGUAGES = (("de", "Deutsch"), ("de_CH", "Deutsch (Schweiz)"), ("en", "English"))


class TableExportSignals(QObject):
    """What the worker reports; queued to the window's thread."""

    #: (done, total): use cases while building, rows while writing an XLSX.
    progress = Signal(int, int)
    #: The ExportResult.
    finished = Signal(object)
    #: The user cancelled; nothing was written.
    cancelled = Signal()
    #: The exception (OSError when writing, MissingCatalogue, or a bug).
    failed = Signal(object)


class TableExportJob(QRunnable):
    """One list export off the GUI thread; it only reads the workspace."""

    def __init__(self, workspace: Workspace, what: What, target: Path, language: str,
                 dialect: Dialect, today: date, mapping: Path | None = None) -> None:
        """`workspace` must not change while the job runs (the dialog stays modal until then).

        `mapping`: where to write the import mapping of a register list, None for none.
        """
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TableExportSignals()
        self._args = (workspace, what, target, language, dialect, today)
        self._mapping = mapping
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Asks the export to stop at its next progress report (safe from any thread)."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        """Tells the window, and says whether to go on."""
        self.signals.progress.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        """Runs on a pool thread; the outcome arrives as exactly one signal."""
        workspace, what, target, language, dialect, today = self._args
        try:
            tr = require_translator(language)
            result = export_table(workspace, what, target, tr=tr, language=language,
                                  today=today, dialect=dialect, progress=self._progress)
            if self._mapping is not None:
                # delayed: only a register exported for re-import needs the mapping format
                from leitplanken.report.table_export_mapping import mapping_for, write_mapping

                form = Format.XLSX if target.suffix.lower() == ".xlsx" else Format.CSV
                write_mapping(mapping_for(workspace, tr, language, form, dialect, today),
                              self._mapping)
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - handed to the window, which shows it
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)


class TableExportDialog(QDialog):
    """The list's options, then Export… (asks where) and a message when it is written."""

    #: The ExportResult of a written list.
    exported = Signal(object)
    #: The user cancelled a running export; nothing was written.
    cancelled = Signal()

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Defaults: the register, CSV, the interface language and its CSV flavour."""
        super().__init__(parent)
        self.session = session
        self.job: TableExportJob | None = None
        self.progress: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self._target: Path | None = None
        self._mapping: Path | None = None
        self._dialect_touched = False
        self._running = False
        self.setWindowTitle(self.tr("Export list"))

        self.what = QComboBox(self)
        self.what.setObjectName("table-export-what")
        for value, text in ((What.REGISTER, self.tr("Use-case register (one row per use case)")),
                            (What.RACI, self.tr("Responsibility matrices (one row per RACI "
                                                "letter)")),
                            (What.CHECKLIST, self.tr("Integration checklists (one row per "
                                                     "item)")),
                            (What.DECISIONS, self.tr("Decision log (one row per decision)"))):
            self.what.addItem(text, value.value)
        self.format = QComboBox(self)
        self.format.setObjectName("table-export-format")
        self.format.addItem(self.tr("CSV (text, opens in any spreadsheet)"), Format.CSV.value)
        self.format.addItem(self.tr("Excel workbook (XLSX)"), Format.XLSX.value)
        self.dialect = QComboBox(self)
        self.dialect.setObjectName("table-export-dialect")
        self.dialect.addItem(self.tr("German Excel: semicolons, decimal comma, 31.12.2026"),
                             Dialect.EXCEL_DE.value)
        self.dialect.addItem(self.tr("Commas, decimal point, 2026-12-31"), Dialect.COMMA.value)
        self.language = QComboBox(self)
        self.language.setObjectName("table-export-language")
        for code, name in LIST_LANGUAGES:
            self.language.addItem(name, code)
        ui_language = app_settings.interface_language()
        self.language.setCurrentIndex(max(self.language.findData(ui_language), 0))
        self._follow_language()
        self.language.currentIndexChanged.connect(lambda _i: self._follow_language())
        self.dialect.activated.connect(self._dialect_chosen)
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.save_mapping = QCheckBox(self.tr("Also save the &mapping for importing this list "
                                              "again (beside it, found by the import)"), self)
        self.save_mapping.setObjectName("table-export-mapping")
        self.save_mapping.setChecked(True)
        self.what.currentIndexChanged.connect(
            lambda _i: self.save_mapping.setVisible(self.chosen_what() is What.REGISTER))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setText(self.tr("Texts starting with =, +, -, @ or a tab are written so that "
                                  "no spreadsheet runs them as a formula."))

        form = QFormLayout()
        form.addRow(self.tr("&List:"), self.what)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("CSV &separator:"), self.dialect)
        form.addRow(self.tr("Lan&guage of the list:"), self.language)
        form.addRow("", self.save_mapping)
        self.dialect_label = form.labelForField(self.dialect)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button: QPushButton = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("table-export-button")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._ask_target)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 260)

    # -- options -----------------------------------------------------------------------------
    def chosen_what(self) -> What:
        """The list chosen."""
        return What(self.what.currentData())

    def chosen_format(self) -> Format:
        """CSV or XLSX."""
        return Format(self.format.currentData())

    def chosen_dialect(self) -> Dialect:
        """The CSV flavour chosen."""
        return Dialect(self.dialect.currentData())

    def chosen_language(self) -> str:
        """The language of titles and values."""
        return str(self.language.currentData())

    def _follow_language(self) -> None:
        """The CSV flavour follows the language until the user picks one."""
        if not self._dialect_touched:
            wanted = dialect_for_language(self.chosen_language())
            self.dialect.setCurrentIndex(max(self.dialect.findData(wanted.value), 0))

    def _dialect_chosen(self, _index: int) -> None:
        """The user picked a flavour: the language no longer changes it."""
        self._dialect_touched = True

    def _format_changed(self) -> None:
        """The separator matters only for CSV."""
        is_csv = self.chosen_format() is Format.CSV
        self.dialect.setEnabled(is_csv)
        if self.dialect_label is not None:
            self.dialect_label.setEnabled(is_csv)

    def suggested_name(self) -> str:
        """The file name offered: the workspace's name and the list's, in the folder last used."""
        path = self.session.file.path
        stem = Path(path).stem if path else self.tr("Leitplanken")
        kind = {What.REGISTER: self.tr("register"), What.RACI: self.tr("RACI"),
                What.CHECKLIST: self.tr("checklists"),
                What.DECISIONS: self.tr("decisions")}[self.chosen_what()]
        name = f"{stem} – {kind}.{self.chosen_format().value}"
        folder = Path(path).parent if path else Path.home()
        return str(folder / name)

    # -- export ------------------------------------------------------------------------------
    def _ask_target(self) -> None:
        """Asks where to write the list, then exports."""
        form = self.chosen_format()
        filters = (self.tr("CSV files (*.csv)") if form is Format.CSV
                   else self.tr("Excel workbooks (*.xlsx)"))
        chosen, _filter = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                                      self.suggested_name(), filters)
        if chosen:
            target = Path(chosen)
            if target.suffix.lower() != "." + form.value:
                target = target.with_name(target.name + "." + form.value)
            self.export_to(target)

    def export_to(self, target: Path) -> None:
        """Writes the chosen list to `target` on a worker thread (the workspace file never)."""
        if self._is_workspace_file(target):
            self._show(QMessageBox.Icon.Warning, fill(self.tr(
                "%1 is the workspace file itself; the list must not overwrite it. Choose "
                "another name."), target.name))
            return
        self._target = target
        # No copy of the workspace: copying 1,757 use cases takes seconds on the GUI thread.
        # The export only reads, and nothing can change it meanwhile: this dialog is modal
        # and stays open until the worker is done (see reject), a reload replaces the
        # workspace object rather than changing it.
        self._mapping = (mapping_path(target) if self.chosen_what() is What.REGISTER
                         and self.save_mapping.isChecked() else None)
        self.job = TableExportJob(self.session.workspace, self.chosen_what(),
                                  target, self.chosen_language(), self.chosen_dialect(),
                                  self.session.today(), self._mapping)
        self._running = True
        self.progress = QProgressDialog(self.tr("Writing the list…"), self.tr("Cancel"), 0, 1,
                                        self)
        self.progress.setWindowTitle(self.windowTitle())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.job.cancel)
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.finished.connect(self._on_finished)
        self.job.signals.cancelled.connect(self._on_cancelled)
        self.job.signals.failed.connect(self._on_failed)
        self.export_button.setEnabled(False)
        QThreadPool.globalInstance().start(self.job)

    def _is_workspace_file(self, target: Path) -> bool:
        """Whether `target` is the open workspace's own file."""
        path = self.session.file.path
        try:
            return path is not None and Path(path).resolve() == target.resolve()
        except OSError:
            return False

    def _on_progress(self, done: int, total: int) -> None:
        """Moves the bar; setValue() of a modal progress dialog may let the export finish."""
        progress = self.progress
        if progress is None:
            return
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))

    def reject(self) -> None:
        """Esc or Cancel: while a list is written, it asks the worker to stop instead."""
        if self._running and self.job is not None:
            self.job.cancel()
            return
        super().reject()

    def _done(self) -> None:
        """Closes the progress dialog and lets the user act again."""
        self._running = False
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.export_button.setEnabled(True)

    def _on_finished(self, result: ExportResult) -> None:
        """Says where the list is and offers to open it or its folder."""
        self._done()
        text = fill(self.tr("The list was written to %1 (%2)."), result.path,
                    self.tr("%n row(s)", None, result.rows))
        if self._mapping is not None:
            text += "\n" + fill(self.tr("File → Import use cases… reads it back with the "
                                        "mapping %1."), self._mapping.name)
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), text,
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("table-export-done")
        open_file = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole)
        open_file.clicked.connect(lambda: _open_url(result.path))
        open_folder.clicked.connect(lambda: _open_url(result.path.parent))
        self.message_box = box
        box.open()
        self.exported.emit(result)

    def _on_cancelled(self) -> None:
        """Nothing was written; the dialog stays open for another try."""
        self._done()
        self.cancelled.emit()

    def _on_failed(self, exc: Exception) -> None:
        """Says why the list could not be written; a bug is logged and said as one."""
        self._done()
        if isinstance(exc, OSError):
            text = fill(self.tr("The list could not be written to %1: %2. Nothing was changed. "
                                "If the file is open in a spreadsheet, close it there and "
                                "export again; otherwise choose another folder or name."),
                        self._target or "", exc.strerror or exc.__class__.__name__)
        elif isinstance(exc, MissingCatalogue):
            text = fill(self.tr("The list cannot be made in this language: its translation is "
                                "not installed (%1). Reinstall Leitplanken."), exc.path)
        elif isinstance(exc, TooManyRows):
            text = fill(self.tr("The list has %1 rows; an Excel sheet holds at most %2. Nothing "
                                "was written; choose CSV instead."), exc.rows, XLSX_MAX_ROWS - 1)
        else:
            show_unexpected(self, exc, "writing a list")
            return
        self._show(QMessageBox.Icon.Critical, text)

    def _show(self, icon: QMessageBox.Icon, text: str) -> None:
        """A message that does not block (tests and users close it alike)."""
        self.message_box = QMessageBox(icon, self.windowTitle(), text,
                                       QMessageBox.StandardButton.Ok, self)
        self.message_box.open()


def _open_url(path: Path) -> None:
    """Opens a file or folder with the system's program for it."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
