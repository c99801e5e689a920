"""The use-case register page: search field, filters and the sortable table.

The chosen search, filters and sort are kept in the user's settings, so the register looks
the same after a restart.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QHideEvent,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.model import RiskClass, Status
from leitplanken.i18n.labels import risk_label, status_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.report.table_export import neutral_csv_text, tab_separated
from leitplanken.ui.settings import app_settings
from leitplanken.ui.shell.register_model import (
    FILTER_KEYS,
    TITLE,
    UUID_ROLE,
    RegisterFilter,
    RegisterModel,
)
from leitplanken.ui.workspace.session import Session


class RegisterView(QWidget):
    """Lists the use cases; double-click or Enter opens one in the editor."""

    #: A use case was chosen for editing (UUID).
    open_requested = Signal(str)
    #: The user asked for a new use case.
    add_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        """Builds the page and restores the last search, filters and sort."""
        super().__init__(parent)
        self.session = session
        self._tr = AppTranslator()
        self.model = RegisterModel(session, self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("register-search")
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        # while the page is shown and idle, the search texts are made ready a slice at a time
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(20)
        self._prepare_timer.timeout.connect(self._prepare_search)
        self._store_timer = QTimer(self)
        self._store_timer.setSingleShot(True)
        self._store_timer.setInterval(1000)
        self._store_timer.timeout.connect(self._store_now)

        self.combos: dict[str, QComboBox] = {}
        self._filter_labels: dict[str, QLabel] = {}
        filters = QGridLayout()  # two rows of three: fits 1,024 px in German too
        for key in FILTER_KEYS:
            label = QLabel(self)
            combo = QComboBox(self)
            combo.setObjectName(f"filter-{key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)  # the list opens as wide as its entries
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i, k=key: self._filter_chosen(k))
            self.combos[key] = combo
            self._filter_labels[key] = label
            row, column = divmod(len(self.combos) - 1, 3)
            filters.addWidget(label, row, 2 * column)
            filters.addWidget(combo, row, 2 * column + 1)
        filters.setColumnStretch(6, 1)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several rows at once (Shift/Ctrl+click, Shift+arrows) for copying them to a spreadsheet
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrowed heading ends in …
        header.setResizeContentsPrecision(40)  # measure a sample of rows, not all 1,757
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)  # narrow columns give way on small screens (_apply_widths)
        self.table.viewport().installEventFilter(self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.copy_action = QAction(self)
        self.copy_action.setObjectName("register-copy-rows")
        self.copy_action.triggered.connect(self.copy_rows)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        header.sortIndicatorChanged.connect(self._sort_changed)

        self.count_label = QLabel(self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("register-add")
        self.add_button.clicked.connect(self.add_requested)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open_current)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.clear_filters)

        top = QHBoxLayout()
        self._search_label = QLabel(self)
        self._search_label.setBuddy(self.search)
        top.addWidget(self._search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.reset_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        session.changed.connect(self._on_changed)
        self._restoring = True
        self.retranslate()
        self._restore()
        self._restoring = False
        self._update_count()

    # -- filters -----------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        """(Re)fills each filter's choices in the interface language, keeping the selection."""
        tr = self._tr
        people = sorted(self.session.workspace.people, key=lambda p: p.name.casefold())
        choices: dict[str, list[tuple[str, str | None]]] = {
            "status": [(status_label(s, tr), s.value) for s in Status],
            "owner": [(p.name, p.uuid) for p in people if p.internal],
            "risk": [(risk_label(r, tr), r.value) for r in RiskClass],
            "customer": [(self.tr("Customer-facing"), "yes"), (self.tr("Internal only"), "no")],
            "readiness": [(self.tr("Ready"), "ready"), (self.tr("Not ready"), "open")],
        }
        for key, combo in self.combos.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for text, value in choices[key]:
                combo.addItem(text, value)
            at = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)
            self.proxy.set_filter(key, combo.currentData())

    def _filter_chosen(self, key: str) -> None:
        """Applies a filter and remembers all of them."""
        self.proxy.set_filter(key, self.combos[key].currentData())
        self._store()
        self._update_count()

    def set_filter(self, key: str, value: str | None) -> None:
        """Chooses a filter value programmatically (the dashboard's status counts use it)."""
        combo = self.combos[key]
        combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)

    def clear_filters(self) -> None:
        """Shows every use case again."""
        self.search.clear()
        self._apply_search()
        for combo in self.combos.values():
            combo.setCurrentIndex(0)

    def _apply_search(self) -> None:
        """Runs the search typed so far."""
        self._search_timer.stop()
        self.proxy.set_search(self.search.text())
        self._store()
        self._update_count()

    # -- persistence -------------------------------------------------------------------------
    def _store(self) -> None:
        """Writes search and filters to the user's settings soon (a write costs tens of
        milliseconds: not on every keystroke), and at the latest when the page is hidden."""
        if not self._restoring:
            self._store_timer.start()

    def _store_now(self) -> None:
        """Writes search and filters to the user's settings."""
        self._store_timer.stop()
        app_settings.put(app_settings.REGISTER_SEARCH, self.search.text())
        app_settings.put(app_settings.REGISTER_FILTERS,
                         {k: v for k, v in self.proxy.filters().items() if v})

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Makes the search ready in idle slices (10,000 use cases' texts: half a second)."""
        super().showEvent(event)
        self._prepare_timer.start()

    def _prepare_search(self) -> None:
        """One slice of making the search ready; the next follows while there is more."""
        if self.session.closed:  # the file is let go: nothing more is read from it
            return
        # delayed: the file tasks' module loads with the first save, not at start-up
        from leitplanken.ui.files.file_task import is_running

        if is_running():  # a save or merge uses the file now (a merge's rows are not final)
            self._prepare_timer.start(500)
            return
        if self.isVisible() and self.model.prepare_search():
            self._prepare_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """Another page or the window's close: what is pending is written now."""
        self._prepare_timer.stop()
        if self._store_timer.isActive():
            self._store_now()
        super().hideEvent(event)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Remembers the sort column and direction."""
        if self._restoring:
            return
        app_settings.put(app_settings.REGISTER_SORT_COLUMN, column)
        app_settings.put(app_settings.REGISTER_SORT_ORDER, 1 if order == Qt.SortOrder.DescendingOrder else 0)

    def _restore(self) -> None:
        """Re-applies what the user chose last time."""
        stored = app_settings.get(app_settings.REGISTER_FILTERS)
        for key, value in stored.items():
            if key in self.combos:
                self.set_filter(key, str(value))
        self.search.setText(app_settings.get(app_settings.REGISTER_SEARCH))
        self._apply_search()
        column = app_settings.get(app_settings.REGISTER_SORT_COLUMN)
        order = (Qt.SortOrder.DescendingOrder if app_settings.get(app_settings.REGISTER_SORT_ORDER)
                 else Qt.SortOrder.AscendingOrder)
        self.table.sortByColumn(column if 0 <= column < self.model.columnCount() else 0, order)

    # -- opening -----------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        """Opens the use case of a table row."""
        if index.isValid():
            self.open_requested.emit(index.data(UUID_ROLE))

    def _open_current(self) -> None:
        """Opens the selected use case (the button beside the table)."""
        self._open_index(self.table.currentIndex())

    def select(self, uuid: str) -> None:
        """Selects and shows a use case's row (after adding one)."""
        row = self.model.row_of(uuid)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    # -- copying ----------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """The selected rows of the table as shown (after sorting and filtering), top to bottom."""
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def copied_cells(self) -> list[list[str]]:
        """The header and the selected rows' cells as shown, columns in the header's order."""
        header = self.table.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())
                   if not header.isSectionHidden(header.logicalIndex(v))]
        rows = [[str(self.proxy.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]]
        for row in self.selected_rows():
            rows.append([str(self.proxy.index(row, c).data() or "") for c in columns])
        return rows

    def copy_rows(self) -> None:
        """Puts the selected rows on the clipboard: tab-separated for Excel, a table for Word."""
        many = len(self.selected_rows()) > 200  # all 1,757 take a second or two (readiness)
        if many:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            cells = self.copied_cells()
        finally:
            if many:
                QGuiApplication.restoreOverrideCursor()
        if len(cells) < 2:
            return
        mime = _clipboard_data()
        mime.setText(tab_separated(cells))
        mime.setHtml(_html_table(cells))
        QGuiApplication.clipboard().setMimeData(mime)

    def _context_menu(self, at: QPoint) -> None:
        """Right-click: copy the selected rows (the row under the mouse when none is selected)."""
        index = self.table.indexAt(at)
        if index.isValid() and index.row() not in self.selected_rows():
            self.table.selectRow(index.row())
        self.copy_action.setEnabled(bool(self.selected_rows()))
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.popup(self.table.viewport().mapToGlobal(at))
        self._menu = menu  # kept for tests and until it closes

    def _on_changed(self, kind: str, _uuid: str) -> None:
        """New or renamed people change the owner filter's choices."""
        if kind == "person":
            self._fill_combos()
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        """"12 of 1,757 use cases" below the table."""
        shown, total = self.proxy.rowCount(), self.model.total()
        if shown == total:
            self.count_label.setText(self.tr("%n use case(s)", None, total))
        else:
            self.count_label.setText(fill(self.tr("%1 of %2 use cases shown"), shown, total))

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-sets every text (Qt's LanguageChange route)."""
        self._search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Title, problem, relief, boundary, tool, tags …"))
        self.search.setToolTip(self.tr("Shows use cases whose texts contain all the words typed here"))
        labels = {"status": self.tr("S&tatus:"), "owner": self.tr("O&wner:"),
                  "risk": self.tr("&Risk class:"), "customer": self.tr("&Customers:"),
                  "readiness": self.tr("Rea&diness:")}
        for key, label in self._filter_labels.items():
            label.setText(labels[key])
        self.add_button.setText(self.tr("&New use case"))
        self.add_button.setToolTip(self.tr("Adds a use case and opens it (Ctrl+Shift+N)"))
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Opens the selected use case (Enter or double-click)"))
        self.reset_button.setText(self.tr("Show a&ll"))  # Alt+A: the read-only bar's Save as
        self.reset_button.setToolTip(self.tr("Clears the search and every filter"))
        self.copy_action.setText(self.tr("&Copy rows"))
        self.copy_action.setToolTip(self.tr("Copies the selected rows as a table for Excel or "
                                            "Word (Ctrl+C)"))
        self._fill_combos()
        self.model.retranslate()
        self._fit_columns()
        self._update_count()

    def _fit_columns(self) -> None:
        """Each column as wide as its title (plus the sort arrow) and its sampled contents.

        Contents are capped so one long value cannot push the title off the screen; the
        widths are then fitted to the table's width (see _apply_widths).
        """
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        natural: dict[int, tuple[int, int]] = {}
        for column in range(self.model.columnCount()):
            if column == TITLE:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            contents = max(min(self.table.sizeHintForColumn(column) + 12, 240), 48)
            natural[column] = (contents, max(metrics.horizontalAdvance(title) + 24, contents))
        self._natural_widths = natural
        self._apply_widths()

    def _apply_widths(self) -> None:
        """The title keeps at least 35 % of the table; the other columns shrink to leave it.

        A column is as wide as its title and its contents when there is room; when there is
        not, the headings give way first (elided, their tooltip says them in full) down to
        the contents' width, and only then the contents, all in proportion. The title column
        stretches over what is left, so on a small screen (1,024 pixels) the titles are not
        cut while other columns have room to spare.
        """
        natural = getattr(self, "_natural_widths", None)
        if not natural:
            return
        header = self.table.horizontalHeader()
        available = self.table.viewport().width()
        room = max(available - max(int(available * 0.35), 200), 0)
        contents = sum(c for c, _w in natural.values())
        wide = sum(w for _c, w in natural.values())
        for column, (content, width) in natural.items():
            if wide <= room:
                size = width
            elif contents <= room:  # headings give way down to their contents
                size = content + (width - content) * (room - contents) // max(wide - contents, 1)
            else:
                size = content * room // max(contents, 1)
            header.resizeSection(column, max(size, 40))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Refits the columns whenever the table's visible width changes."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._apply_widths()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _html_table(rows: list[list[str]]) -> str:
    """The rows as an HTML table (Word and mail programs paste it as a table, not as text)."""
    head, *body = rows
    parts = ["<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"]
    parts += [f"<th>{html.escape(neutral_csv_text(c))}</th>" for c in head]
    parts.append("</tr></thead><tbody>")
    for row in body:
        parts.append("<tr>" + "".join(f"<td>{html.escape(neutral_csv_text(c))}</td>"
                                      for c in row) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def _clipboard_data() -> QMimeData:
    """An empty QMimeData made by Qt itself rather than constructed in Python.

    The clipboard deletes its data when the application ends; a QMimeData constructed in
    Python then calls back into an interpreter that is already gone and the app crashes on
    quitting (PySide6 6.12, seen offscreen and with the minimal platform). One made by a C++
    model is a plain C++ object.
    """
    model = QStandardItemModel()
    model.appendRow(QStandardItem())
    data = model.mimeData([model.index(0, 0)])
    for kind in data.formats():
        data.removeFormat(kind)
    return data
