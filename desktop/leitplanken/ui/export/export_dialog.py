"""File → Export decision record…: record or register list, language, paper, use cases, cover.

The record's language is chosen here, independently of the interface (a German-speaking
owner may hand an English record to an investor). What the paper still lacks is listed on
top with a way to fix each; per use case the agenda choice (for decision / for information)
is remembered in the use case. Export and preview run on a worker thread behind a progress
dialog that can be cancelled; after an export a message offers to open the PDF or its folder.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.fields import Kind
from leitplanken.domain.limits import PDF_MAX_USE_CASES, TEXT_LIMITS
from leitplanken.domain.model import BoardRole, Workspace
from leitplanken.i18n.labels import board_words
from leitplanken.i18n.translator import AppTranslator, MissingCatalogue, fill
from leitplanken.report.options import RenderResult, ReportOptions, TooManyUseCases
from leitplanken.report.problems import ProblemKind, RecordProblem, record_problems
from leitplanken.report.source import last_change
from leitplanken.report.text import missing_list
from leitplanken.ui.export.export_done import ExportedBox
from leitplanken.ui.export.export_worker import ExportJob
from leitplanken.ui.export.problems_panel import ProblemsPanel
from leitplanken.ui.export.use_case_picker import UseCasePicker
from leitplanken.ui.files.errors import show_unexpected
from leitplanken.ui.settings.app_settings import interface_language
from leitplanken.ui.widgets.field_widgets import OptionalDateEdit

LINE_CHARS = TEXT_LIMITS[Kind.LINE].chars
#: Record languages, each named in its own language.
RECORD_LANGUAGES = (("de", "Deutsch"), ("de_CH", "Deutsch (Schweiz)"), ("en", "English"))


class ExportDialog(QDialog):
    """Options of the decision record or register list, then Export (to a file) or Preview."""

    #: The path a record was written to.
    exported = Signal(object)
    #: A record rendered for the preview (RenderResult).
    previewed = Signal(object)
    #: The user cancelled an export or preview; nothing was written.
    cancelled = Signal()
    #: The user wants to fix a problem in the settings: the part ("name", "board") to focus.
    company_requested = Signal(str)
    #: The user wants to fix a problem in a use case: (uuid, field name such as "motion").
    use_case_requested = Signal(str, str)

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Fills the options from the company's settings; no use case is stopped by default."""
        super().__init__(parent)
        self.session = session
        self.job: ExportJob | None = None
        self.progress: QProgressDialog | None = None
        self.warning_box: QMessageBox | None = None
        self.done_box: ExportedBox | None = None
        self.preview: QWidget | None = None
        self._target: Path | None = None
        company = session.workspace.company
        self.setWindowTitle(self.tr("Export decision record"))

        # the board by the company's name for it ("für den Verwaltungsrat"), not a generic word
        self.board = board_words(company.board_name, interface_language(), AppTranslator())
        self.record_mode = QRadioButton(fill(self.tr("&Decision record for %1"),
                                             self.board.accusative.replace("&", "&&")), self)
        self.list_mode = QRadioButton(self.tr("&Register list (one table row per use case)"),
                                      self)
        self.record_mode.setChecked(True)
        self.list_mode.setToolTip(self.tr("A compact landscape table for large inventories: "
                                          "no motions, minutes or per-use-case pages."))
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
        self.meeting_date = OptionalDateEdit(self)
        self.meeting_date.set_locale(company.locale)
        self.meeting_date.set_value(company.meeting_date)
        self.meeting_time = QLineEdit(company.meeting_time, self)
        self.meeting_time.setPlaceholderText(self.tr("e.g. 14:00"))
        self.meeting_place = QLineEdit(company.meeting_place, self)
        self.author = QLineEdit(self)
        self.confidentiality = QLineEdit(self.tr("Confidential"), self)
        self.minutes = QCheckBox(self.tr("Add the minutes skeleton (present members, "
                                         "discussion, signatures)"), self)
        self.minutes.setChecked(True)
        self.circular = QCheckBox(self.tr("Add a circular resolution (every board member "
                                          "votes and signs)"), self)
        self.return_date = OptionalDateEdit(self)
        self.return_date.set_locale(company.locale)
        self.return_to = QLineEdit(_minute_taker(session.workspace), self)
        self.return_to.setPlaceholderText(self.tr("Who collects the signed copies"))
        for widget in (self.meeting, self.meeting_time, self.meeting_place, self.author,
                       self.confidentiality, self.return_to):
            widget.setMaxLength(LINE_CHARS)

        self.picker = UseCasePicker(session, self)
        self.use_cases = self.picker.tree
        self.problems = ProblemsPanel(self)
        self.problems.fix_requested.connect(self.fix)
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(0)
        self._recheck.timeout.connect(self.update_problems)
        for signal in (self.picker.changed, self.record_mode.toggled, self.circular.toggled,
                       self.minutes.toggled, self.return_date.dateChanged,
                       self.language.currentIndexChanged):
            signal.connect(self._recheck.start)
        self.record_mode.toggled.connect(self._mode_changed)
        self.circular.toggled.connect(self._mode_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Language of the record:"), self.language)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Meeting:"), self.meeting)
        form.addRow(self.tr("Meeting date:"), self.meeting_date)
        form.addRow(self.tr("Time:"), self.meeting_time)
        form.addRow(self.tr("Place:"), self.meeting_place)
        form.addRow(self.tr("Prepared by:"), self.author)
        form.addRow(self.tr("Confidentiality label:"), self.confidentiality)
        form.addRow(self.minutes)
        form.addRow(self.circular)
        form.addRow(self.tr("Return by:"), self.return_date)
        form.addRow(self.tr("Return to:"), self.return_to)
        self.form = form
        kind = QVBoxLayout()
        kind.addWidget(self.record_mode)
        kind.addWidget(self.list_mode)
        left = QVBoxLayout()
        left.addLayout(kind)
        left.addLayout(form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addWidget(self.picker, 6)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(self.tr("Export…"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_button = buttons.addButton(self.tr("Preview"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._ask_target)
        self.preview_button.clicked.connect(self.start_preview)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problems)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self._mode_changed()
        self.update_problems()
        self.resize(940, 620)

    # -- options -----------------------------------------------------------------------------
    def _check_all(self, state: Qt.CheckState) -> None:
        """Ticks or clears every use case the filters show."""
        (self.picker.all_button if state == Qt.CheckState.Checked
         else self.picker.none_button).click()

    def chosen_uuids(self) -> list[str]:
        """UUIDs of the ticked use cases the filters show, in list order."""
        return self.picker.chosen_uuids()

    def is_list(self) -> bool:
        """Whether the register list is chosen instead of the decision record."""
        return self.list_mode.isChecked()

    def _mode_changed(self, *_args: object) -> None:
        """The record's own parts (agenda, minutes, circular resolution) only for the record."""
        record = not self.is_list()
        self.picker.set_agenda_shown(record)
        for widget in (self.minutes, self.circular):
            widget.setEnabled(record)
        for field in (self.return_date, self.return_to):
            field.setEnabled(record and self.circular.isChecked())
        self.export_button.setText(self.tr("Export list…") if self.is_list()
                                   else self.tr("Export…"))

    def options(self) -> ReportOptions:
        """The options as chosen in the form."""
        path = self.session.file.path
        name = Path(path).name if path else ""
        if name and self.session.modified:
            name = fill(self.tr("%1 (with unsaved changes)"), name)
        filters = self.picker.filters()
        record = not self.is_list()
        latest = self.session.latest_change()  # one query, not a walk through every use case
        return ReportOptions(
            language=self.language.currentData(), paper=self.paper.currentData(),
            use_case_uuids=self.chosen_uuids(), meeting=self.meeting.text().strip(),
            meeting_date=self.meeting_date.value(),
            meeting_time=self.meeting_time.text().strip(),
            meeting_place=self.meeting_place.text().strip(),
            author=self.author.text().strip(), confidentiality=self.confidentiality.text().strip(),
            source_name=name, source_modified=last_change(self.session.workspace, latest),
            last_changed=latest or "",
            today=self.session.today(),
            include_minutes=record and self.minutes.isChecked(),
            circular_resolution=record and self.circular.isChecked(),
            circular_return_date=self.return_date.value(),
            circular_return_to=self.return_to.text().strip(),
            register_list=not record, filters=filters if filters.active() else None,
            digests=self.session.digests(),
        )

    # -- problems ----------------------------------------------------------------------------
    def update_problems(self) -> None:
        """Lists what the paper lacks for the current choice (only the company's name for a list)."""
        workspace = self._workspace_for_export(copy_it=False)
        found = record_problems(workspace, self.options(), AppTranslator())
        if self.is_list():
            found = [p for p in found if p.kind == ProblemKind.NO_COMPANY_NAME]
        self.problems.set_problems(found, workspace)

    def fix(self, problem: RecordProblem) -> None:
        """Opens where a problem is fixed: the company's settings, the use case, or a field here."""
        if problem.record == "options":
            self.return_date.setFocus()
            return
        if problem.record in ("company", "board"):
            # the window opens its settings at that part (modal, on top of this dialog)
            self.company_requested.emit("name" if problem.record == "company" else "board")
            self.picker.refresh()
            self.update_problems()
            return
        if problem.use_case_uuid:
            self.use_case_requested.emit(problem.use_case_uuid, problem.field or "motion")
            self.reject()  # the editor is behind this dialog: make way for it

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
        if self.is_list():
            return fill(self.tr("%1 use cases are chosen; one register list takes at most %2. "
                                "Narrow the list with the filters."), count, PDF_MAX_USE_CASES)
        return fill(self.tr("%1 use cases are chosen; one decision record takes at most %2. "
                            "Choose the use cases %3 decides on."), count,
                    PDF_MAX_USE_CASES, self.board.nominative)

    def _workspace_for_export(self, copy_it: bool = True) -> Workspace:
        """The data the record is made from: a private copy for the worker, with the agenda
        choices of a read-only file applied (they cannot be stored in it)."""
        workspace = self.session.workspace
        if not copy_it and not self.picker.overrides:
            return workspace
        workspace = copy.deepcopy(workspace)
        for uuid, kind in self.picker.overrides.items():
            uc = workspace.use_case(uuid)
            if uc is not None:
                uc.agenda = kind
        return workspace

    def _start(self, target: Path | None) -> None:
        """Starts the worker with a private copy of the data and shows the progress dialog."""
        if len(self.chosen_uuids()) > PDF_MAX_USE_CASES:  # said before any work is done
            QMessageBox.information(self, self.windowTitle(),
                                    self._too_many_text(len(self.chosen_uuids())))
            return
        options = self.options()
        # the attention list judges every use case: from their digests, not their children
        options.digests = {uc.uuid: self.session.digest(uc)
                           for uc in self.session.workspace.use_cases}
        workspace = self._workspace_for_export()
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
        """Shows the preview, or says where the PDF went and closes; names undrawable characters."""
        self._done()
        if self._target is None:
            if result.missing_glyphs:
                self._warn_missing(result.missing_glyphs)
            self._show_preview(result)
            self.previewed.emit(result)
            return
        target = self._target
        warning = self._missing_text(result.missing_glyphs) if result.missing_glyphs else ""
        # The box belongs to the window behind: this dialog closes now, the box stays.
        self.done_box = ExportedBox(target, self.is_list(), warning, self.parentWidget())
        self.done_box.open()
        self.exported.emit(target)
        self.accept()

    def _missing_text(self, chars: set[str]) -> str:
        """Which characters appear as "?" because the font cannot draw them."""
        return fill(self.tr("The font cannot draw these characters; they appear as \"?\" in the "
                            "record:\n%1"), missing_list(chars))

    def _warn_missing(self, chars: set[str]) -> None:
        """A non-blocking warning naming each character that appears as "?" in the record."""
        self.warning_box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(),
                                       self._missing_text(chars), QMessageBox.StandardButton.Ok,
                                       self)
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


def _minute_taker(workspace: Workspace) -> str:
    """The minute-taker's name: who usually collects a circular resolution ("" when none)."""
    for member in workspace.board:
        if member.role == BoardRole.MINUTE_TAKER:
            person = workspace.person(member.person_uuid)
            if person is not None:
                return person.name
    return ""
