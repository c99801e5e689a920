"""File → Export decision record…: choose language, paper, use cases and the cover's texts.

The record's language is chosen here, independently of the interface (a German-speaking
owner may hand an English record to an investor). Export and preview run on a worker thread
behind a progress dialog that can be cancelled.
"""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.limits import PDF_MAX_USE_CASES
from leitplanken.domain.model import Status
from leitplanken.i18n.labels import status_label
from leitplanken.i18n.translator import AppTranslator, MissingCatalogue, fill
from leitplanken.report.options import RenderResult, ReportOptions, TooManyUseCases
from leitplanken.report.source import last_change
from leitplanken.report.text import missing_list
from leitplanken.ui.export.export_worker import ExportJob
from leitplanken.ui.files.errors import show_unexpected
from leitplanken.ui.widgets.field_widgets import qt_date_format

#: Record languages, each named in its own language.
RECORD_LANGUAGES = (("de", "Deutsch"), ("de_CH", "Deutsch (Schweiz)"), ("en", "English"))


class ExportDialog(QDialog):
    """Options of the decision record, then Export (to a file) or Preview (in the app)."""

    #: The path a record was written to.
    exported = Signal(object)
    #: A record rendered for the preview (RenderResult).
    previewed = Signal(object)
    #: The user cancelled an export or preview; nothing was written.
    cancelled = Signal()

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Fills the options from the company's settings; no use case is stopped by default."""
        super().__init__(parent)
        self.session = session
        self.job: ExportJob | None = None
        self.progress: QProgressDialog | None = None
        self.warning_box: QMessageBox | None = None
        self.preview: QWidget | None = None
        self._target: Path | None = None
        company = session.workspace.company
        self.setWindowTitle(self.tr("Export decision record"))

        self.language = QComboBox(self)
        for code, name in RECORD_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(company.language), 0))
        self.paper = QComboBox(self)
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setCurrentIndex(max(self.paper.findData((company.paper_size or "a4").lower()),
                                       0))
        self.meeting = QLineEdit(self)
        self.meeting.setPlaceholderText(self.tr("e.g. Board meeting 4/2026"))
        self.meeting_date = QDateEdit(self)
        self.meeting_date.setCalendarPopup(True)
        self.meeting_date.setDisplayFormat(qt_date_format(company.locale))
        today = session.today()
        self.meeting_date.setDate(QDate(today.year, today.month, today.day))
        self.author = QLineEdit(self)
        self.confidentiality = QLineEdit(self.tr("Confidential"), self)
        self.circular = QCheckBox(self.tr("Add a circular resolution page (every board member "
                                          "signs)"), self)

        self.use_cases = QListWidget(self)
        self.use_cases.setObjectName("export-use-cases")
        tr = AppTranslator()
        for uc in session.workspace.use_cases:
            item = QListWidgetItem(fill("%1 (%2)", uc.title or "—", status_label(uc.status, tr)))
            item.setData(Qt.ItemDataRole.UserRole, uc.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if uc.status == Status.STOPPED
                               else Qt.CheckState.Checked)
            self.use_cases.addItem(item)
        all_button = QPushButton(self.tr("Select all"), self)
        all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        none_button = QPushButton(self.tr("Select none"), self)
        none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))

        form = QFormLayout()
        form.addRow(self.tr("Language of the record"), self.language)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Meeting"), self.meeting)
        form.addRow(self.tr("Meeting date"), self.meeting_date)
        form.addRow(self.tr("Prepared by"), self.author)
        form.addRow(self.tr("Confidentiality label"), self.confidentiality)
        form.addRow("", self.circular)
        picks = QHBoxLayout()
        picks.addWidget(all_button)
        picks.addWidget(none_button)
        picks.addStretch(1)
        form.addRow(self.tr("Use cases"), self.use_cases)
        form.addRow("", _wrap(picks))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("Export…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button = buttons.addButton(self.tr("Preview"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._ask_target)
        self.preview_button.clicked.connect(self.start_preview)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 620)

    # -- options -----------------------------------------------------------------------------
    def _check_all(self, state: Qt.CheckState) -> None:
        """Ticks or clears every use case."""
        for row in range(self.use_cases.count()):
            self.use_cases.item(row).setCheckState(state)

    def chosen_uuids(self) -> list[str]:
        """UUIDs of the ticked use cases, in list order."""
        out = []
        for row in range(self.use_cases.count()):
            item = self.use_cases.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def options(self) -> ReportOptions:
        """The options as chosen in the form."""
        path = self.session.file.path
        name = Path(path).name if path else ""
        if name and self.session.modified:
            name = fill(self.tr("%1 (with unsaved changes)"), name)
        qdate = self.meeting_date.date()
        return ReportOptions(
            language=self.language.currentData(), paper=self.paper.currentData(),
            use_case_uuids=self.chosen_uuids(), meeting=self.meeting.text().strip(),
            meeting_date=date(qdate.year(), qdate.month(), qdate.day()) if qdate.isValid() else None,
            author=self.author.text().strip(), confidentiality=self.confidentiality.text().strip(),
            source_name=name, source_modified=last_change(self.session.workspace),
            today=self.session.today(), circular_resolution=self.circular.isChecked(),
        )

    # -- export ------------------------------------------------------------------------------
    def _ask_target(self) -> None:
        """Asks where to write the PDF, then exports."""
        path = self.session.file.path
        suggestion = str(Path(path).with_suffix(".pdf")) if path else self.tr("Decision record.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export decision record"), suggestion, self.tr("PDF files (*.pdf)"))
        if chosen:
            target = Path(chosen)
            self.export_to(target if target.suffix.lower() == ".pdf"
                           else target.with_name(target.name + ".pdf"))

    def export_to(self, target: Path) -> None:
        """Writes the record to `target` on a worker thread."""
        if not self.chosen_uuids():
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Choose at least one use case."))
            return
        self._target = target
        self._start(target)

    def start_preview(self) -> None:
        """Renders the record into memory for the in-app preview."""
        if not self.chosen_uuids():
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Choose at least one use case."))
            return
        self._target = None
        self._start(None)

    def _too_many_text(self, count: int) -> str:
        """Why a record of this many use cases is not made, and what to do instead."""
        return fill(self.tr("%1 use cases are chosen; one decision record takes at most %2. "
                            "Choose the use cases the board decides on."), count,
                    PDF_MAX_USE_CASES)

    def _start(self, target: Path | None) -> None:
        """Starts the worker with a private copy of the data and shows the progress dialog."""
        if len(self.chosen_uuids()) > PDF_MAX_USE_CASES:  # said before any work is done
            QMessageBox.information(self, self.windowTitle(),
                                    self._too_many_text(len(self.chosen_uuids())))
            return
        options = self.options()
        workspace = copy.deepcopy(self.session.workspace)
        self.job = ExportJob(workspace, options, target)
        total = len(options.use_case_uuids or [])
        self.progress = QProgressDialog(self.tr("Preparing the decision record…"),
                                        self.tr("Cancel"), 0, max(total, 1), self)
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
        self.preview_button.setEnabled(False)
        QThreadPool.globalInstance().start(self.job)

    def _on_progress(self, done: int, total: int) -> None:
        """Moves the progress bar (runs on the GUI thread).

        setValue() of a modal progress dialog processes events, so the export may finish
        inside it: nothing may touch the dialog after that call.
        """
        progress = self.progress
        if progress is None:
            return
        progress.setLabelText(fill(self.tr("Use case %1 of %2…"), min(done + 1, total), total))
        progress.setMaximum(max(total, 1))
        progress.setValue(done)

    def _done(self) -> None:
        """Closes the progress dialog and lets the user act again."""
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.export_button.setEnabled(True)
        self.preview_button.setEnabled(True)

    def _on_finished(self, result: RenderResult) -> None:
        """Warns about characters the font could not draw, then shows or announces the result."""
        self._done()
        if result.missing_glyphs:
            self._warn_missing(result.missing_glyphs)
        if self._target is None:
            self._show_preview(result)
            self.previewed.emit(result)
        else:
            self.exported.emit(self._target)

    def _warn_missing(self, chars: set[str]) -> None:
        """A non-blocking warning naming each character that appears as "?" in the record."""
        self.warning_box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), fill(
            self.tr("The font cannot draw these characters; they appear as \"?\" in the "
                    "record:\n%1"), missing_list(chars)), QMessageBox.StandardButton.Ok, self)
        self.warning_box.open()

    def _show_preview(self, result: RenderResult) -> None:
        """Opens the preview window on the rendered record."""
        # delayed: start-up speed of this dialog (QtPdf loads only when a preview is asked for)
        from leitplanken.ui.export.pdf_preview import PdfPreview

        self.preview = PdfPreview(result.pdf, self)
        self.preview.show()

    def _on_cancelled(self) -> None:
        """Nothing was written; the dialog stays open for another try."""
        self._done()
        self.cancelled.emit()

    def _on_failed(self, exc: Exception) -> None:
        """Shows why the export failed, without a traceback; a bug is logged and said as one."""
        self._done()
        if isinstance(exc, OSError):
            text = fill(self.tr("The record could not be written to %1: %2"),
                        self._target or "", exc.strerror or exc.__class__.__name__)
        elif isinstance(exc, MissingCatalogue):
            text = fill(self.tr("The record cannot be made in this language: its translation is "
                                "not installed (%1). Reinstall Leitplanken."), exc.path)
        elif isinstance(exc, TooManyUseCases):
            text = self._too_many_text(len(self.chosen_uuids()))
        else:
            show_unexpected(self, exc, "making the decision record")
            return
        self.warning_box = QMessageBox(QMessageBox.Icon.Critical, self.windowTitle(), text,
                                       QMessageBox.StandardButton.Ok, self)
        self.warning_box.open()


def _wrap(layout: Any) -> QWidget:
    """A layout as a widget, for a form row."""
    widget = QWidget()
    widget.setLayout(layout)
    layout.setContentsMargins(0, 0, 0, 0)
    return widget
