"""The RACI grid's table view: set a letter by click, by typing R/A/C/I, clear with Delete.

A click on a person's cell opens a small menu (R, A, C, I, clear) whose entries are chosen with
the letter key too; typing a letter on the current cell sets it without any menu; arrows and
Tab move as in a spreadsheet.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from leitplanken.domain.model import Letter
from leitplanken.i18n.labels import letter_label
from leitplanken.i18n.translator import AppTranslator
from leitplanken.ui.editor.raci_model import RaciModel

_LETTER_KEYS = {
    Qt.Key.Key_R: Letter.R,
    Qt.Key.Key_A: Letter.A,
    Qt.Key.Key_C: Letter.C,
    Qt.Key.Key_I: Letter.I,
}


class RaciView(QTableView):
    """A spreadsheet-like grid for one RACI matrix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Letters are set by key or menu, never by an inline text editor."""
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setMinimumSectionSize(60)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.letter_menu: QMenu | None = None
        self.clicked.connect(self._on_clicked)

    def raci_model(self) -> RaciModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, RaciModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """R/A/C/I set the current cell, Delete/Backspace clear it, Space opens the menu."""
        index = self.currentIndex()
        on_cell = index.isValid() and index.column() > 0
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        key = Qt.Key(event.key())
        if on_cell and plain and key in _LETTER_KEYS:
            self.raci_model().set_letter(index.row(), index.column(), _LETTER_KEYS[key])
            event.accept()
            return
        if on_cell and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.raci_model().set_letter(index.row(), index.column(), None)
            event.accept()
            return
        if on_cell and key == Qt.Key.Key_Space:
            self.open_letter_menu(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_clicked(self, index: QModelIndex) -> None:
        """A click on a person's cell offers the letters."""
        if index.isValid() and index.column() > 0:
            self.open_letter_menu(index)

    def open_letter_menu(self, index: QModelIndex) -> QMenu:
        """Shows R/A/C/I/clear beside the cell; the letter keys choose an entry."""
        if self.letter_menu is not None:
            self.letter_menu.close()
            self.letter_menu.deleteLater()
        menu = QMenu(self)
        tr = AppTranslator()
        row, column = index.row(), index.column()
        current = str(index.data() or "")
        for letter in Letter:
            action = QAction("&" + letter_label(letter, tr).replace("&", "&&"), menu)
            action.setCheckable(True)
            action.setChecked(current == letter.value)
            action.setData(letter.value)
            action.triggered.connect(
                lambda _c=False, value=letter: self.raci_model().set_letter(row, column, value)
            )
            menu.addAction(action)
        menu.addSeparator()
        clear = QAction(self.tr("C&lear (Delete)"), menu)
        clear.setData("")
        clear.setEnabled(bool(current))
        clear.triggered.connect(lambda _c=False: self.raci_model().set_letter(row, column, None))
        menu.addAction(clear)
        self.letter_menu = menu
        rect = self.visualRect(index)
        menu.popup(self.viewport().mapToGlobal(rect.bottomLeft()))
        return menu
