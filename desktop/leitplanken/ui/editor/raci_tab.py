"""The use-case editor's RACI tab: the grid, its findings in words, a legend and people's load.

The article: "AI makes no decisions. People do." — who checks, who intervenes, who answers for
it. The tab makes that visible: exactly one internal A per activity, at least one R.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.model import Letter, Person, RaciActivity, RaciMember, Record
from leitplanken.i18n.labels import letter_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.ui.editor.new_person_dialog import NewPersonDialog
from leitplanken.ui.editor.raci_model import RaciModel
from leitplanken.ui.editor.raci_view import RaciView
from leitplanken.ui.editor.use_case_tab import UseCaseTab, finding_words
from leitplanken.ui.widgets.delegates import FieldTextDelegate, limit_line
from leitplanken.ui.workspace import edits


class _LowerPane(QWidget):
    """The rules and the legend under the grid: never shorter than the legend and the load need.

    A splitter knows nothing of wrapped text, so at 1,024 × 700 it cut the legend's first and
    last lines; the pane asks for the height its wrapped texts take at their width instead.
    """

    def __init__(self, parent: QWidget) -> None:
        """Empty; `texts` are the wrapped labels stacked in one column, whose height counts."""
        super().__init__(parent)
        self.texts: list[QLabel] = []

    def fit(self) -> None:
        """Sets the pane's minimum height to what the texts need at today's width."""
        width = min((t.width() for t in self.texts), default=0)
        if width <= 0:
            return
        layout = self.layout()
        spacing = max(layout.spacing(), 0) if layout is not None else 0
        needed = sum(t.heightForWidth(width) for t in self.texts) + spacing * (len(self.texts) - 1)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Another width wraps the texts differently."""
        super().resizeEvent(event)
        self.fit()

    def event(self, event: QEvent) -> bool:
        """A text changed (its label asks for a new layout): the height it needs may too."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return handled


class RaciTab(UseCaseTab):
    """Activities × people of one use case, editable by mouse and keyboard."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        """Builds toolbar, grid, findings list, legend and load line."""
        super().__init__(session, parent)
        self.model = RaciModel(session, self)
        self.view = RaciView(self)
        self.view.setModel(self.model)
        # the title column of own activities: its editor stops at the title's limit
        self.view.setItemDelegateForColumn(0, FieldTextDelegate(self.model.field_at, self.view))
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)

        self.add_person_button = QToolButton(self)
        self.add_person_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_person_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_person_menu = QMenu(self)
        self.add_person_menu.aboutToShow.connect(self._fill_person_menu)
        self.add_person_button.setMenu(self.add_person_menu)
        self.remove_person_button = QPushButton(self)
        self.remove_person_button.clicked.connect(self.remove_current_person)
        self.new_activity_edit = limit_line(QLineEdit(self), RaciActivity, "title")
        self.new_activity_edit.returnPressed.connect(self.add_activity_from_edit)
        self.add_activity_button = QPushButton(self)
        self.add_activity_button.clicked.connect(self.add_activity_from_edit)
        self.remove_activity_button = QPushButton(self)
        self.remove_activity_button.clicked.connect(self.remove_current_activity)

        tools = QHBoxLayout()
        tools.addWidget(self.add_person_button)
        tools.addWidget(self.remove_person_button)
        tools.addSpacing(16)
        tools.addWidget(self.new_activity_edit, 1)
        tools.addWidget(self.add_activity_button)
        tools.addWidget(self.remove_activity_button)

        self.findings_title = QLabel(self)
        self.findings_list = QListWidget(self)
        self.findings_list.setWordWrap(True)
        self.findings_list.itemActivated.connect(self._on_finding_activated)
        self.findings_list.itemClicked.connect(self._on_finding_activated)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.load_label = QLabel(self)
        self.load_label.setWordWrap(True)

        lower = self.lower_pane = _LowerPane(self)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.findings_title)
        left.addWidget(self.findings_list)
        right = QVBoxLayout()
        right.addWidget(self.legend)
        right.addWidget(self.load_label)
        right.addStretch(1)
        lower.texts = [self.legend, self.load_label]
        lower_layout.addLayout(left, 3)
        lower_layout.addLayout(right, 2)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.set_use_case(None)

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Sets every label in the current language."""
        self.add_person_button.setText(self.tr("Add person"))
        self.add_person_button.setToolTip(
            self.tr("Add someone from the company's people, or create a new person")
        )
        self.remove_person_button.setText(self.tr("Remove person"))
        self.remove_person_button.setToolTip(self.tr("Removes the selected person's column"))
        self.new_activity_edit.setPlaceholderText(self.tr("Your own activity…"))
        self.add_activity_button.setText(self.tr("Add activity"))
        self.remove_activity_button.setText(self.tr("Remove activity"))
        self.remove_activity_button.setToolTip(self.tr("Only your own activities can be removed"))
        self.findings_title.setText(self.tr("What the rules say"))
        tr = AppTranslator()
        lines = [self.tr("Click a cell or type R, A, C or I; Delete clears it.")]
        lines += [letter_label(letter, tr) for letter in Letter]
        self.legend.setText("\n".join(lines))
        self.lower_pane.fit()

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-reads the matrix and its findings."""
        if self.model.use_case_uuid_differs(self.use_case_uuid):
            self.model.set_use_case(self.use_case_uuid)
        else:
            self.model.refresh()
        self._fit_columns()
        self._fill_findings()
        self._update_buttons()
        self._update_load()

    def _fit_columns(self) -> None:
        """Wide enough for the activity names; people's columns fit their names."""
        header = self.view.horizontalHeader()
        if self.model.columnCount() == 0:
            return
        header.resizeSection(0, max(260, min(420, self.view.sizeHintForColumn(0) + 24)))
        for column in range(1, self.model.columnCount()):
            self.view.resizeColumnToContents(column)
            header.resizeSection(column, max(header.sectionSize(column), 80))

    def _fill_findings(self) -> None:
        """The rule findings in words, each pointing at its row."""
        self.findings_list.clear()
        style = QApplication.style()
        for finding in self.model.findings():
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if finding.is_error
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item = QListWidgetItem(icon, finding_words(finding, self.session))
            item.setData(Qt.ItemDataRole.UserRole, finding.activity_uuid or "")
            self.findings_list.addItem(item)
        if self.findings_list.count() == 0 and self.use_case() is not None:
            ok = QListWidgetItem(
                style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                self.tr("Every activity has exactly one internal A and at least one R."),
            )
            ok.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.findings_list.addItem(ok)

    def _update_buttons(self) -> None:
        """Enables remove buttons only where they apply."""
        index = self.view.currentIndex()
        activity = self.model.activity_at(index.row()) if index.isValid() else None
        person = self.model.person_at(index.column()) if index.isValid() else None
        self.remove_activity_button.setEnabled(activity is not None and not activity.catalogue_key)
        self.remove_person_button.setEnabled(person is not None)

    def _update_load(self) -> None:
        """Shows the load of the selected person (or how to see it)."""
        index = self.view.currentIndex()
        person = self.model.person_at(index.column()) if index.isValid() else None
        if person is None:
            self.load_label.setText(self.tr("Select a person's cell to see their load across use cases."))
        else:
            self.load_label.setText(self.model.load_text(person))
        self.lower_pane.fit()

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        """Follows the keyboard/mouse through the grid."""
        self._update_buttons()
        self._update_load()

    def _on_finding_activated(self, item: QListWidgetItem) -> None:
        """Jumps to the row a finding concerns."""
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if uuid:
            self.focus_target({"activity_uuid": uuid})

    def focus_target(self, params: dict) -> None:
        """Selects the activity (and person) a link points at."""
        row = self.model.row_of(str(params.get("activity_uuid") or ""))
        column = 0
        for person_uuid in params.get("person_uuids", ()) or ():
            column = max(column, self.model.column_of(person_uuid))
        if row >= 0:
            index = self.model.index(row, max(column, 0))
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self.view.setFocus()

    # -- people ----------------------------------------------------------------------------
    def _fill_person_menu(self) -> None:
        """Lists the company's people who are not in the matrix yet, then "New person…"."""
        menu = self.add_person_menu
        menu.clear()
        uc = self.use_case()
        members = {m.person_uuid for m in uc.members} if uc else set()
        for person in sorted(self.session.workspace.people, key=lambda p: p.name.casefold()):
            if person.uuid in members:
                continue
            text = person.name if person.internal else fill(self.tr("%1 (ext.)"), person.name)
            action = menu.addAction(text.replace("&", "&&"))
            action.setData(person.uuid)
            action.triggered.connect(lambda _c=False, p=person: self.add_member(p))
        if menu.actions():
            menu.addSeparator()
        new = menu.addAction(self.tr("New person…"))
        new.triggered.connect(self.create_person)

    def add_member(self, person: Person, new: bool = False) -> None:
        """Adds a person's column (and the person themself when new) as one undo step."""
        uc = self.use_case()
        if uc is None:
            return
        sort = max((m.sort for m in uc.members), default=-1) + 1
        member = RaciMember(use_case_uuid=uc.uuid, person_uuid=person.uuid, sort=sort)
        records = [person, member] if new else [member]
        edits.add_records(self.session, records, self.tr("Add person to RACI"))
        column = self.model.column_of(person.uuid)
        if column > 0:
            self.view.setCurrentIndex(self.model.index(max(self.view.currentIndex().row(), 0), column))

    def create_person(self) -> None:
        """Creates a person on the spot and adds their column."""
        dialog = NewPersonDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_member(dialog.person(), new=True)

    def remove_current_person(self) -> None:
        """Removes the selected person's column and their letters (the person stays in the company)."""
        uc = self.use_case()
        index = self.view.currentIndex()
        person = self.model.person_at(index.column()) if index.isValid() else None
        if uc is None or person is None:
            return
        records: list[Record] = [m for m in uc.members if m.person_uuid == person.uuid]
        records += [c for c in uc.cells if c.person_uuid == person.uuid]
        edits.remove_records(self.session, records, self.tr("Remove person from RACI"))

    # -- activities ------------------------------------------------------------------------
    def add_activity_from_edit(self) -> None:
        """Adds the user's own activity with the title typed beside the button."""
        title = self.new_activity_edit.text().strip()
        uc = self.use_case()
        if not title or uc is None:
            self.new_activity_edit.setFocus()
            return
        sort = max((a.sort for a in uc.activities), default=-1) + 1
        activity = RaciActivity(use_case_uuid=uc.uuid, title=title, sort=sort)
        edits.add_records(self.session, [activity], self.tr("Add activity"))
        self.new_activity_edit.clear()
        row = self.model.row_of(activity.uuid)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, min(1, self.model.columnCount() - 1)))

    def remove_current_activity(self) -> None:
        """Removes one of the user's own activities with its letters."""
        uc = self.use_case()
        index = self.view.currentIndex()
        activity = self.model.activity_at(index.row()) if index.isValid() else None
        if uc is None or activity is None or activity.catalogue_key:
            return
        records: list[Any] = [activity]
        records += [c for c in uc.cells if c.activity_uuid == activity.uuid]
        edits.remove_records(self.session, records, self.tr("Remove activity"))
