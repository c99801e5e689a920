"""File → Import use cases…: a wizard from any spreadsheet to use cases, nothing lost on the way.

Steps: the file (encoding, separator, header row, sheet, with a preview of the first rows) →
the columns (a suggested target for each, a sample of its values, changeable) → the values
(every distinct status, risk class or yes/no value with its count and target) → the people
the owner column names (existing ones matched, new ones to confirm) → the summary (rows,
rows left out with line and reason, what goes to the notes) → the import, off the GUI
thread with progress and cancel, as one undo step. A mapping can be saved and loaded at the
column step; a saved mapping beside the table (TABLE.mapping.json) or a shipped example that
names every column is taken up by itself.
"""

from __future__ import annotations

import copy
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThreadPool
from PySide6.QtGui import QBrush, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from leitplanken import import_command as words
from leitplanken.domain import import_build as ib
from leitplanken.domain import import_mapping as im
from leitplanken.i18n.fmt import Formatter
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.storage import (
    ENCODINGS,
    SEPARATORS,
    CsvImportError,
    FileError,
    ImportResult,
    RawTable,
    ReadOptions,
    build_import,
    load_mapping,
    read_table,
    save_mapping,
    saved_mapping_for,
)
from leitplanken.ui.files.errors import show_error, show_unexpected
from leitplanken.ui.files.import_worker import ImportJob, ImportRecords
from leitplanken.ui.widgets.colours import Tone, brush, text_style, tint
from leitplanken.ui.workspace.session import Session

#: Rows of the summary's list of rows left out (the rest are counted).
SHOWN_SKIPPED = 200


def _t(text: str) -> str:
    """A string of the wizard (context ImportWizard)."""
    return QCoreApplication.translate("ImportWizard", text)


def _separator_name(sep: str) -> str:
    """A separator as the user knows it."""
    names = {";": _t("Semicolon (;)"), ",": _t("Comma (,)"), "\t": _t("Tab"), "|": _t("Bar (|)")}
    return names.get(sep, sep)


def _cell(text: str, editable: bool = False) -> QTableWidgetItem:
    """A table cell showing text (one line of it, whole in the tooltip)."""
    shown = text if len(text) <= 120 and "\n" not in text else text.replace("\n", " ⏎ ")[:120] + "…"
    item = QTableWidgetItem(shown)
    if text != shown:
        item.setToolTip(text[:2000])
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(columns: list[str]) -> QTableWidget:
    """A read-only table with the given column headers."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(False)
    return table


class ImportWizard(QWizard):
    """The import's steps; holds the table read, the mapping and the result to write."""

    def __init__(self, session: Session, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        """Starts at the file step (with `path` already chosen when given)."""
        super().__init__(parent)
        self.session = session
        self.table: RawTable | None = None
        self.mapping: im.Mapping | None = None
        self.suggestion: im.Suggestion | None = None
        self.mapping_source: Path | None = None
        #: A mapping loaded by the user, fitted to the table: the columns it names that are missing.
        self.fitted: im.Fit | None = None
        self.path: Path | None = None
        self.declined: set[str] = set()
        self.built: ImportResult | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("Import use cases"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.values_page = ValuesPage(self)
        self.people_page = PeoplePage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.columns_page, self.values_page, self.people_page,
                     self.summary_page):
            self.addPage(page)
        self.resize(980, 640)
        if path is not None:
            self.file_page.path_edit.setText(str(path))
            self.file_page.reread()

    # -- shared by the pages ------------------------------------------------------------------
    def read(self, path: Path, options: ReadOptions) -> str:
        """Reads the table (and suggests a mapping when the file is new); "" or the error's text."""
        try:
            table = read_table(path, options)
        except CsvImportError as err:
            self.table = None
            return words.read_error_text(err.code, err.detail, path.name, AppTranslator())
        new_file = path != self.path
        self.path, self.table = path, table
        if new_file or self.mapping is None:
            self.mapping_source = None
            self.fitted = None
            base = None
            found = saved_mapping_for(path, table.headers)
            if found is not None:
                self.mapping_source, base = found
            self.suggest(base)
        else:
            self.suggest(self._kept_mapping())
        return ""

    def _kept_mapping(self) -> im.Mapping | None:
        """The user's choices so far, for columns the re-read table still has."""
        if self.mapping is None or self.table is None:
            return None
        kept = copy.deepcopy(self.mapping)
        kept.columns = {h: t for h, t in kept.columns.items() if h in self.table.headers}
        return kept

    def suggest(self, base: im.Mapping | None) -> None:
        """The suggestion for the table read, starting from `base` where it decides."""
        assert self.table is not None
        self.suggestion = im.suggest(self.table.headers, self.rows(), base)
        self.mapping = self.suggestion.mapping

    def take_saved(self, base: im.Mapping, source: Path) -> im.Fit:
        """A saved mapping the user chose, fitted to the table as the command line fits it
        (its columns keep their targets, a renamed column takes its place, the rest suggested)."""
        assert self.table is not None and self.suggestion is not None
        self.fitted = im.fit(base, self.table.headers, self.rows())
        self.mapping, self.mapping_source = self.fitted.mapping, source
        return self.fitted

    def sheet_hint(self) -> str:
        """For a workbook of several sheets: which one is read and which others it has."""
        table = self.table
        if table is None or table.kind != "xlsx" or len(table.sheets) < 2:
            return ""
        return fill(self.tr("This is the sheet “%1”; the workbook also has %2. Another one can "
                            "be chosen in the first step."), table.sheet,
                    ", ".join(f"“{s}”" for s in table.sheets if s != table.sheet))

    def rows(self) -> list[Any]:
        """The cells of the data rows."""
        return [r.cells for r in self.table.rows] if self.table is not None else []

    def column(self, header: str) -> list[Any]:
        """The values of one column."""
        assert self.table is not None
        i = self.table.headers.index(header)
        return [r.cells[i] for r in self.table.rows]

    def run_import(self) -> bool:
        """Writes the result off the GUI thread with progress and cancel; True when done."""
        assert self.built is not None and self.table is not None
        count = len(self.built.use_cases)
        job = ImportJob(self.session, self.built)
        progress = QProgressDialog(
            QCoreApplication.translate("ImportWizard", "Adding %n use case(s) …", None, count),
            QCoreApplication.translate("ImportWizard", "Cancel"), 0, 100, self)
        progress.setWindowTitle(self.tr("Import use cases"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        loop = QEventLoop()
        outcome: list[Any] = []

        def on_progress(done: int, total: int) -> None:
            progress.setValue(int(done * 100 / max(1, total)))
            if done >= total - 1:  # the write has begun: all or nothing, no cancel now
                progress.setLabelText(QCoreApplication.translate(
                    "ImportWizard", "Writing %n use case(s) …", None, count))
                progress.setCancelButton(None)

        def finish(kind: str, value: object = None) -> None:
            outcome.append((kind, value))
            loop.quit()

        job.signals.progress.connect(on_progress)
        job.signals.finished.connect(lambda r: finish("done", r))
        job.signals.cancelled.connect(lambda: finish("cancelled"))
        job.signals.failed.connect(lambda e: finish("failed", e))
        progress.canceled.connect(job.cancel)
        QThreadPool.globalInstance().start(job)
        if not outcome:
            loop.exec()
        QThreadPool.globalInstance().waitForDone()
        progress.close()
        progress.deleteLater()
        kind, value = outcome[0]
        if kind == "cancelled":
            return False
        if kind == "failed":
            if isinstance(value, FileError):
                show_error(self, value, self.tr("Import use cases"))
            else:
                show_unexpected(self, value if isinstance(value, BaseException)
                                else RuntimeError(str(value)), "importing use cases")
            return False
        text = QCoreApplication.translate("ImportWizard", "Import %n use case(s)", None, count)
        self.session.undo.push(ImportRecords(self.session, self.built, text))
        self.imported = count
        return True


class FilePage(QWizardPage):
    """Step 1: the file, how it is read, and its first rows."""

    def __init__(self, wizard: ImportWizard) -> None:
        """Path, reading options and the preview."""
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Which table?"))
        self.setSubTitle(self.tr("A CSV, TSV or Excel file (.xlsx) with one use case per row. "
                                 "Check in the preview that the columns are split correctly."))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Choose a file …"))
        self.path_edit.editingFinished.connect(self.reread)
        browse = QPushButton(self.tr("&Choose …"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Detect"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.separator = QComboBox()
        self.separator.addItem(self.tr("Detect"), None)
        for sep in SEPARATORS:
            self.separator.addItem(_separator_name(sep), sep)
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 20)
        self.header_row.setSpecialValueText(self.tr("Detect"))
        self.sheet = QComboBox()
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        options = QHBoxLayout()
        for label, widget in ((self.tr("&Encoding:"), self.encoding),
                              (self.tr("&Separator:"), self.separator),
                              (self.tr("&Header in row:"), self.header_row),
                              (self.tr("Shee&t:"), self.sheet)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            options.addWidget(caption)
            options.addWidget(widget)
        options.addStretch(1)
        form.addRow(options)
        for combo in (self.encoding, self.separator, self.sheet):
            combo.activated.connect(self.reread)
        self.header_row.valueChanged.connect(self.reread)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.preview = _table([])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 1)
        self._reading = False

    def browse(self) -> None:
        """Asks for the file."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import use cases"), "",
            self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if chosen:
            self.path_edit.setText(chosen)
            self.reread()

    def options(self) -> ReadOptions:
        """The reading options as chosen (Detect leaves it to the reader)."""
        sheet = self.sheet.currentText() if self.sheet.count() else None
        return ReadOptions(encoding=self.encoding.currentData(),
                           separator=self.separator.currentData(),
                           header_row=self.header_row.value() - 1, sheet=sheet or None)

    def reread(self) -> None:
        """Reads the file again with the options shown, then shows what was found."""
        if self._reading:
            return
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text).expanduser()
        self._reading = True
        try:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                problem = self.w.read(path, self.options())
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._show(problem)
        except Exception as exc:  # noqa: BLE001 - a bug must be shown, not end the wizard
            show_unexpected(self, exc, "reading a table to import")
        finally:
            self._reading = False
        self.completeChanged.emit()

    def _show(self, problem: str) -> None:
        """The info line and the preview of the table read (or the reason it was not)."""
        table = self.w.table
        if problem or table is None:
            self.info.setText(problem)
            self.info.setStyleSheet(text_style(Tone.ERROR))
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            return
        self.info.setStyleSheet("")
        if table.kind == "csv":
            how = fill(self.tr("%1, separator: %2"), table.encoding, _separator_name(table.separator))
        else:
            how = fill(self.tr("sheet “%1”"), table.sheet)
        info = fill(QCoreApplication.translate("ImportWizard", "%n row(s) of data", None,
                                               len(table.rows)) + " · " + how + " · " +
                    self.tr("header in row %1"), table.header_row + 1)
        if table.problems:
            info += " · " + QCoreApplication.translate(
                "ImportWizard", "%n row(s) cannot be read (listed in the summary)", None,
                len(table.problems))
        if self.w.mapping_source is not None:
            info += "\n" + fill(self.tr("A saved mapping fits this table: %1"),
                                self.w.mapping_source.name)
        self.info.setText(info)
        self._select(self.encoding, table.encoding if self.encoding.currentData() else None)
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        if table.sheet:
            self.sheet.setCurrentText(table.sheet)
        self.sheet.setEnabled(len(table.sheets) > 1)
        self.sheet.blockSignals(False)
        rows = table.preview
        width = max((len(r) for r in rows), default=0)
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels([str(i + 1) for i in range(width)])
        self.preview.setRowCount(len(rows))
        bold = QFont()
        bold.setBold(True)
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells):
                item = _cell(value)
                if r == table.header_row:
                    item.setFont(bold)
                    item.setBackground(QBrush(tint(Tone.HINT)))
                elif r < table.header_row:
                    item.setForeground(brush(Tone.MUTED))
                self.preview.setItem(r, c, item)
        self.preview.setVerticalHeaderLabels([str(i + 1) for i in range(len(rows))])
        self.preview.verticalHeader().setVisible(True)
        self.preview.resizeColumnsToContents()
        for c in range(width):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 260))

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        """Shows `value` in a combo without reading again (Detect stays Detect)."""
        if value is None:
            return
        i = combo.findData(value)
        if i >= 0:
            combo.blockSignals(True)
            combo.setCurrentIndex(i)
            combo.blockSignals(False)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Next only with a table that has data rows."""
        return self.w.table is not None and bool(self.w.table.rows)


class ColumnsPage(QWizardPage):
    """Step 2: which column becomes which field (suggested, changeable), with samples."""

    def __init__(self, wizard: ImportWizard) -> None:
        """The column table and the mapping buttons."""
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Which column is what?"))
        self.setSubTitle(self.tr("A target is suggested for every column from its heading and "
                                 "its values. Columns without a target are kept in the notes of "
                                 "each use case as “column: value”."))
        self.grid = _table([self.tr("Column"), self.tr("Values (sample)"), self.tr("Becomes")])
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.warning = QLabel()
        self.warning.setStyleSheet(text_style(Tone.ERROR))
        self.warning.setWordWrap(True)
        self.fit_note = QLabel()
        self.fit_note.setStyleSheet(text_style(Tone.WARNING))
        self.fit_note.setWordWrap(True)
        self.fit_note.setTextFormat(Qt.TextFormat.PlainText)
        self.fit_note.hide()
        load = QPushButton(self.tr("&Load mapping …"))
        load.clicked.connect(self.load)
        save = QPushButton(self.tr("Sa&ve mapping …"))
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.warning, 1)
        buttons.addWidget(load)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.fit_note)
        layout.addLayout(buttons)
        self.combos: dict[str, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Fills the table from the mapping."""
        self.fill()

    def fill(self) -> None:
        """One row per column: heading, three sample values, the target to choose."""
        table, mapping, suggestion = self.w.table, self.w.mapping, self.w.suggestion
        if table is None or mapping is None or suggestion is None:
            return
        tr = AppTranslator()
        self.grid.setRowCount(len(table.headers))
        self.combos = {}
        for r, header in enumerate(table.headers):
            self.grid.setItem(r, 0, _cell(header))
            samples = suggestion.profiles[header].samples
            self.grid.setItem(r, 1, _cell(" · ".join(s[:60] for s in samples) or self.tr("(empty)")))
            combo = QComboBox()
            combo.addItem(self.tr("Notes (“column: value”)"), im.NOTES)
            for target in im.targets():
                if target != im.NOTES:
                    combo.addItem(words.target_label(target, tr), target)
            combo.setCurrentIndex(max(0, combo.findData(mapping.target(header))))
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self.choose(h, c))
            combo.setAccessibleName(header)
            self.combos[header] = combo
            self.grid.setCellWidget(r, 2, combo)
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(0, min(self.grid.columnWidth(0), 260))
        self.grid.setColumnWidth(2, 250)
        self.fit_note.setText(self._fit_text())
        self.fit_note.setVisible(bool(self.fit_note.text()))
        self.check()

    def _fit_text(self) -> str:
        """The columns a loaded mapping names that the table lacks, and what took their place."""
        fitted, mapping = self.w.fitted, self.w.mapping
        if fitted is None or mapping is None or not fitted.missing:
            return ""
        tr = AppTranslator()
        lines = [fill(QCoreApplication.translate(
            "ImportWizard", "The mapping “%1” names %n column(s) this table does not have:", None,
            len(fitted.missing)), self.w.mapping_source.name if self.w.mapping_source else "")]
        shown = 6  # a list of dozens would push the column table off a 700-pixel window
        for old in fitted.missing[:shown]:
            new = fitted.renamed.get(old)
            if new is not None:
                lines.append(fill(self.tr("• “%1”: “%2” takes its place (%3)"), old, new,
                                  words.target_label(mapping.target(new), tr)))
            else:
                lines.append(fill(self.tr("• “%1”: not in this table"), old))
        if len(fitted.missing) > shown:
            lines.append(fill(self.tr("… and %1 more."), len(fitted.missing) - shown))
        return "\n".join(lines)

    def choose(self, header: str, combo: QComboBox) -> None:
        """The user gave a column a target; a single field taken elsewhere moves here."""
        mapping, table = self.w.mapping, self.w.table
        assert mapping is not None and table is not None
        target = combo.currentData()
        if target not in im.MULTI:
            for other, t in list(mapping.columns.items()):
                if other != header and t == target:
                    mapping.columns[other] = im.NOTES
                    self.combos[other].blockSignals(True)
                    self.combos[other].setCurrentIndex(0)
                    self.combos[other].blockSignals(False)
        mapping.columns[header] = target
        im.complete_values(mapping, table.headers, self.w.rows())
        self.check()

    def check(self) -> None:
        """Says what is missing (a title column) and updates Next."""
        mapping = self.w.mapping
        missing = mapping is None or not mapping.headers_for("title")
        text = self.tr("Choose the column that holds the title of each use case.")
        hint = self.w.sheet_hint()
        self.warning.setText((text + (" " + hint if hint else "")) if missing else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Next only when some column is the title."""
        return self.w.mapping is not None and bool(self.w.mapping.headers_for("title"))

    def load(self) -> None:
        """Takes a saved mapping: its choices for the columns it names, suggestions for the rest."""
        start = str(self.w.path.parent) if self.w.path else ""
        chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Load mapping"), start,
                                                 self.tr("Mappings (*.json);;All files (*)"))
        if not chosen:
            return
        try:
            mapping = load_mapping(Path(chosen))
        except CsvImportError as err:
            QMessageBox.warning(self, self.tr("Load mapping"), words.read_error_text(
                err.code, err.detail, Path(chosen).name, AppTranslator()))
            return
        if self.w.table is None or self.w.suggestion is None:
            return
        self.w.take_saved(mapping, Path(chosen))
        self.fill()

    def save(self) -> None:
        """Saves the mapping as chosen so far (beside the table by default)."""
        mapping = self.w.mapping
        if mapping is None or self.w.path is None:
            return
        suggested = self.w.path.with_name(self.w.path.name + ".mapping.json")
        chosen, _f = QFileDialog.getSaveFileName(self, self.tr("Save mapping"), str(suggested),
                                                 self.tr("Mappings (*.json)"))
        if not chosen:
            return
        options = self.w.file_page.options()
        mapping.encoding, mapping.separator = options.encoding, options.separator
        mapping.header_row = None if options.header_row < 0 else options.header_row
        try:
            save_mapping(Path(chosen), mapping)
        except CsvImportError as err:
            QMessageBox.warning(self, self.tr("Save mapping"), words.read_error_text(
                err.code, err.detail, chosen, AppTranslator()))


class ValuesPage(QWizardPage):
    """Step 3: every distinct status, risk class and yes/no value with its count and target."""

    def __init__(self, wizard: ImportWizard) -> None:
        """The value table."""
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Which value means what?"))
        self.setSubTitle(self.tr("Each value found, how often, and what it becomes. A value "
                                 "marked “not recognised” keeps the field's default (a status: "
                                 "Idea) and is kept in the notes."))
        self.grid = _table([self.tr("Column"), self.tr("Value"), self.tr("Rows"),
                            self.tr("Becomes")])
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No column holds a status, risk class or yes/no: nothing to "
                                    "decide here."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.grid, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """One row per (column, value)."""
        mapping, table = self.w.mapping, self.w.table
        if mapping is None or table is None:
            return
        tr = AppTranslator()
        fmt = Formatter(self.w.session.workspace.company.locale)
        im.complete_values(mapping, table.headers, self.w.rows())
        entries = []
        for header in table.headers:
            target = mapping.target(header)
            choices = im.value_targets(target)
            if choices is None:
                continue
            counts = im.value_counts(self.w.column(header))
            for value, count in counts.most_common():
                entries.append((header, target, choices, value, count))
        self.grid.setRowCount(len(entries))
        self.empty.setVisible(not entries)
        self.grid.setVisible(bool(entries))
        attention = QBrush(tint(Tone.WARNING))
        for r, (header, target, choices, value, count) in enumerate(entries):
            self.grid.setItem(r, 0, _cell(header))
            self.grid.setItem(r, 1, _cell(value or self.tr("(empty)")))
            counted = _cell(fmt.number(count))
            counted.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setItem(r, 2, counted)
            combo = QComboBox()
            combo.addItem(self.tr("not recognised (kept in the notes)"), "")
            for choice in choices:
                combo.addItem(words.value_label(target, choice, tr), choice)
            chosen = mapping.values.get(header, {}).get(value, "")
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.setAccessibleName(f"{header}: {value}")
            combo.currentIndexChanged.connect(
                lambda _i, h=header, v=value, c=combo, row=r: self.choose(h, v, c, row))
            self.grid.setCellWidget(r, 3, combo)
            if not chosen:
                self._paint(r, attention)
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(0, min(self.grid.columnWidth(0), 220))
        self.grid.setColumnWidth(3, 250)

    def choose(self, header: str, value: str, combo: QComboBox, row: int) -> None:
        """The user decided what a value means."""
        assert self.w.mapping is not None
        self.w.mapping.values.setdefault(header, {})[value] = combo.currentData()
        self._paint(row, QBrush(tint(Tone.WARNING)) if not combo.currentData() else QBrush())

    def _paint(self, row: int, brush: QBrush) -> None:
        """Marks a value still to decide (or unmarks it)."""
        for c in range(3):
            item = self.grid.item(row, c)
            if item is not None:
                item.setBackground(brush)


class PeoplePage(QWizardPage):
    """Step 4: the people the owner column names: known ones matched, new ones to confirm."""

    def __init__(self, wizard: ImportWizard) -> None:
        """The people table."""
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Who is responsible?"))
        self.setSubTitle(self.tr("Names in the owner column are matched with the people you "
                                 "have (capitals and accents do not matter). Untick a new "
                                 "person to leave those use cases without an owner; the name is "
                                 "then kept in the notes."))
        self.grid = _table([self.tr("Name"), self.tr("Rows"), self.tr("Person")])
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.none = QLabel(self.tr("No column is mapped to the owner: the use cases are "
                                   "imported without an owner."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.grid, 1)
        self.boxes: dict[str, QCheckBox] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """One row per name: rows naming it, and whether the person exists or will be created."""
        mapping, table = self.w.mapping, self.w.table
        if mapping is None or table is None:
            return
        source = [ib.SourceRow(r.line, r.cells) for r in table.rows]
        names = ib.owner_names(mapping, table.headers, source)
        known, new = ib.match_people(list(names), self.w.session.workspace.people)
        new_names = {p.name for p in new}
        self.none.setVisible(not names)
        self.grid.setVisible(bool(names))
        self.grid.setRowCount(len(names))
        self.boxes = {}
        for r, (name, count) in enumerate(sorted(names.items(), key=lambda kv: kv[0].casefold())):
            self.grid.setItem(r, 0, _cell(name))
            counted = _cell(str(count))
            counted.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setItem(r, 1, counted)
            if name in new_names:
                box = QCheckBox(self.tr("create as new person"))
                box.setChecked(name not in self.w.declined)
                box.setAccessibleName(name)
                box.toggled.connect(lambda on, n=name: self.toggle(n, on))
                self.boxes[name] = box
                self.grid.setCellWidget(r, 2, box)
            else:
                self.grid.setItem(r, 2, _cell(fill(self.tr("exists: %1"), known[name].name)))
        self.grid.setColumnWidth(2, 300)

    def toggle(self, name: str, on: bool) -> None:
        """The user confirmed or declined a new person."""
        if on:
            self.w.declined.discard(name)
        else:
            self.w.declined.add(name)


class SummaryPage(QWizardPage):
    """Step 5: what the import will do; Import writes it."""

    def __init__(self, wizard: ImportWizard) -> None:
        """The summary text."""
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Ready to import"))
        self.setSubTitle(self.tr("Check what happens. The import is one step: Edit → Undo "
                                 "takes it back whole."))
        self.text = QTextBrowser()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """Builds the use cases (without writing) and says what will happen."""
        table, mapping = self.w.table, self.w.mapping
        if table is None or mapping is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            declined = set(self.w.declined)
            workspace = self.w.session.workspace
            self.w.built = build_import(table, mapping, people=workspace.people,
                                         today=self.w.session.today(),
                                         confirmed=lambda p: p.name not in declined,
                                         currency=workspace.company.currency)
        except Exception as exc:  # noqa: BLE001 - a bug must be shown, not end the wizard
            self.w.built = None
            show_unexpected(self, exc, "preparing an import")
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.text.setHtml(self._html())
        self.completeChanged.emit()

    def _html(self) -> str:
        """The summary as simple HTML (user values escaped)."""
        result = self.w.built
        if result is None or result.build is None:
            return ""
        tr = AppTranslator()
        built = result.build
        parts = ["<p><b>" + escape(QCoreApplication.translate(
            "ImportWizard", "%n use case(s) will be added.", None, len(result.use_cases)))
            + "</b></p>"]
        parts += self._warnings(result)
        if result.new_people:
            parts.append("<p>" + escape(fill(QCoreApplication.translate(
                "ImportWizard", "%n new person(s): %1", None, len(result.new_people)),
                ", ".join(p.name for p in result.new_people[:30])
                + (" …" if len(result.new_people) > 30 else ""))) + "</p>")
        notes = built.notes_columns
        if notes:
            parts.append("<p>" + escape(fill(QCoreApplication.translate(
                "ImportWizard", "Kept in the notes as “column: value” (%n column(s)): %1", None,
                len(notes)), ", ".join(notes))) + "</p>")
        for header, count in sorted(built.unreadable.items()):
            parts.append("<p>" + escape(fill(QCoreApplication.translate(
                "ImportWizard", "“%1”: %n value(s) could not be read and are kept in the notes.",
                None, count), header)) + "</p>")
        dated_from = self.w.mapping.headers_for("created_on") if self.w.mapping else []
        undated = len(result.use_cases) - built.dated
        if dated_from and undated > 0:
            parts.append("<p>" + escape(fill(QCoreApplication.translate(
                "ImportWizard", "%n use case(s) without a readable date in “%1” get today's date.",
                None, undated), dated_from[0])) + "</p>")
        elif not dated_from:
            parts.append("<p>" + escape(self.tr("No column holds the creation date: the use cases "
                                                 "get today's date.")) + "</p>")
        for header, count in sorted(built.other_currency.items()):
            parts.append("<p>" + escape(fill(QCoreApplication.translate(
                "ImportWizard", "“%1”: %n amount(s) in another currency than %2 are not "
                "converted; they are kept in the notes and the amount is left empty.", None,
                count), header, result.currency)) + "</p>")
        for (header, value), count in sorted(built.unknown_values.items()):
            if value or self.w.mapping is None:
                continue
            parts.append("<p>" + escape(fill(QCoreApplication.translate(
                "ImportWizard", "“%1” is empty in %n row(s): the field keeps its default (%2).",
                None, count), header, words.default_label(self.w.mapping.target(header), tr)))
                + "</p>")
        if built.formula_names:
            parts.append("<p>" + escape(fill(self.tr(
                "Not made into people, they look like formulas (kept in the notes): %1"),
                ", ".join(sorted(built.formula_names)))) + "</p>")
        unknown = sum(n for (_h, v), n in built.unknown_values.items() if v)
        if unknown:
            parts.append("<p>" + escape(QCoreApplication.translate(
                "ImportWizard", "%n value(s) were not recognised (see the values step); the "
                "fields keep their default and the values are kept in the notes.", None,
                unknown)) + "</p>")
        if result.cut:
            parts.append("<p>" + escape(QCoreApplication.translate(
                "ImportWizard", "%n value(s) are longer than their fields hold and will be cut.",
                None, len(result.cut))) + "</p>")
        if built.skipped:
            parts.append("<p><b>" + escape(QCoreApplication.translate(
                "ImportWizard", "%n row(s) will be left out:", None, len(built.skipped)))
                + "</b></p><ul>")
            for line, code, detail in built.skipped[:SHOWN_SKIPPED]:
                parts.append("<li>" + escape(fill(self.tr("Line %1: %2"), line,
                                                  words.reason_text(code, detail, tr))) + "</li>")
            parts.append("</ul>")
            if len(built.skipped) > SHOWN_SKIPPED:
                parts.append("<p>" + escape(fill(self.tr("… and %1 more."),
                                                 len(built.skipped) - SHOWN_SKIPPED)) + "</p>")
        return "".join(parts)

    def _warnings(self, result: ImportResult) -> list[str]:
        """What the user should see first: the same list imported again, formula cells read
        as empty, the other sheets of a workbook (the engine's and the reader's counts)."""
        parts: list[str] = []
        again = ib.repeated_titles(result.use_cases, self.w.session.workspace.use_cases)
        if again:
            parts.append(f"<p style='{text_style(Tone.WARNING)}'>" + escape(fill(
                QCoreApplication.translate(
                    "ImportWizard", "%n row(s) have the title of a use case already in the "
                    "workspace (imported before?); they will be added as new use cases: %1",
                    None, len(again)),
                ", ".join(f"“{t}”" for t in again[:10]) + (" …" if len(again) > 10 else "")))
                + "</p>")
        table = result.table
        if table is not None and table.formulas_without_value:
            parts.append(f"<p style='{text_style(Tone.WARNING)}'>" + escape(
                QCoreApplication.translate(
                    "ImportWizard", "%n formula cell(s) have no computed value (the file was not "
                    "last saved by a spreadsheet program) and read as empty. Open and save it in "
                    "Excel or LibreOffice to import their values.", None,
                    table.formulas_without_value)) + "</p>")
        hint = self.w.sheet_hint()
        if hint:
            parts.append("<p>" + escape(hint) + "</p>")
        return parts

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        """Import only when there is something to import."""
        return self.w.built is not None and bool(self.w.built.use_cases)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """Import pressed: write it (progress, cancel); the wizard closes only when written."""
        if self.w.session.read_only or self.w.session.closed:
            return False
        try:
            return self.w.run_import()
        except Exception as exc:  # noqa: BLE001 - a bug must be shown, not end the window
            show_unexpected(self, exc, "importing use cases")
            return False
