"""Cell editors the tables share: a choice from a list, an optional date with a calendar, and
text limited to its declared field.

Editors hand their value to the model's setData, which turns it into an undo command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from leitplanken.domain import limits
from leitplanken.domain.fields import Field, field_of
from leitplanken.domain.model import Record
from leitplanken.ui.widgets.field_widgets import (
    CommittingTextEdit,
    OptionalDateEdit,
)

Index = QModelIndex | QPersistentModelIndex
#: (text, value) pairs a choice editor offers.
Choices = list[tuple[str, Any]]


def field_max_length(cls: type[Record], name: str) -> int:
    """The most characters a declared text field of a record takes (domain/limits.py)."""
    f = field_of(cls, name)
    chars = limits.max_chars(f) if f is not None else None
    # a typo or a non-text field here would leave an input unlimited: fail loudly in tests
    assert chars is not None, f"{cls.__name__}.{name} is not a declared text field"
    return chars


def limit_line(edit: QLineEdit, cls: type[Record], name: str) -> QLineEdit:
    """Makes a line edit stop at the limit of the field it edits; returns it."""
    edit.setMaxLength(field_max_length(cls, name))
    return edit


def limit_text(edit: CommittingTextEdit, cls: type[Record], name: str) -> CommittingTextEdit:
    """Makes a multi-line field cut typed or pasted text at its field's limit (and say so)."""
    edit.max_length = field_max_length(cls, name)
    return edit


class FieldTextDelegate(QStyledItemDelegate):
    """Qt's text editor for a cell, taking no more characters than the cell's field holds.

    Storage refuses a value beyond its field's limit as a programming error; a user who pastes
    a long text into a cell must instead simply be stopped, so every text cell of a table gets
    its maximum here, from the declaration of the field the model names for the cell.
    """

    def __init__(self, field_at: Callable[[Index], Field | None], parent: Any = None) -> None:
        """`field_at(index)` names the declared field a cell edits (None: not a text field)."""
        super().__init__(parent)
        self._field_at = field_at

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        """Qt's editor, with the field's maximum when it is a line edit."""
        editor = super().createEditor(parent, option, index)
        f = self._field_at(index)
        chars = limits.max_chars(f) if f is not None else None
        if isinstance(editor, QLineEdit) and chars is not None:
            editor.setMaxLength(chars)
        return editor


class PickCombo(QComboBox):
    """A closed combo that never chooses by itself: a typed letter or an arrow opens the list.

    Qt's combo box picks (and reports as chosen) the first entry starting with a typed
    letter, so typing "In" in a state cell chose "not applicable" on the "n". Here typing
    opens the list and moves the highlight ("In" → "In progress"); only Enter or a click in
    the list chooses.
    """

    _OPENING_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                     Qt.Key.Key_Home, Qt.Key.Key_End)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Letters and arrows open the list (and search it) instead of choosing."""
        text = event.text()
        typed = bool(text) and text.isprintable() and not text.isspace()
        if typed or event.key() in self._OPENING_KEYS:
            if not self.view().isVisible():
                self.showPopup()
            if typed:
                self.view().keyboardSearch(text)
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        """Scrolling past a table must not change a value under the mouse."""
        event.ignore()


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box; `choices()` is asked each time the editor opens."""

    def __init__(self, choices: Callable[[], Choices], parent: Any = None) -> None:
        """`choices` returns (text, value) pairs; the model's EditRole holds the value."""
        super().__init__(parent)
        self._choices = choices

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        """A combo box filled with the current choices; a pick in its list commits."""
        combo = PickCombo(parent)
        for text, value in self._choices():
            combo.addItem(text, value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        """Picking an entry commits at once (no extra Enter needed)."""
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Selects the cell's current value."""
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(value)
        editor.setCurrentIndex(max(found, 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        """Hands the chosen value to the model (unchanged values make no undo step)."""
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """Edits an optional date typed in the locale's order (or ISO) or picked from a calendar."""

    #: What was typed into a cell is no date; the text says so (the cell keeps its value).
    invalid = Signal(str)

    def __init__(self, locale: Callable[[], str], parent: Any = None) -> None:
        """`locale` returns the company's locale ("de_CH") when the editor opens."""
        super().__init__(parent)
        self._locale = locale

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        """A date field that can also be empty ("no date")."""
        editor = OptionalDateEdit(parent)
        editor.set_locale(self._locale())
        editor.invalid.connect(self.invalid)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Shows the stored date (or "no date")."""
        assert isinstance(editor, OptionalDateEdit)
        if not editor.isModified():  # a re-read while typing must not undo the typing
            editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        """Hands the date to the model when it changed; text that is no date changes nothing."""
        assert isinstance(editor, OptionalDateEdit)
        if editor.isModified() and not editor.commit_text():
            return  # the editor said why
        value = editor.value()
        if value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter on text that is no date keeps the editor open with the message."""
        if (
            isinstance(watched, OptionalDateEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not watched.is_valid()
        ):
            watched.commit_text()
            return True
        return super().eventFilter(watched, event)


class WrappingDelegate(QStyledItemDelegate):
    """Shows long texts (catalogue sentences) on several lines, as tall as the column needs.

    Tree views do not know a column's width when they ask for a row's height, so this delegate
    measures the text against the header's section width itself.
    """

    def __init__(self, view: QTreeView | QTableView, parent: Any = None) -> None:
        """Remembers the view whose header gives the column widths; re-lays out on resize."""
        super().__init__(parent)
        self._view = view
        self._header().sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def _header(self) -> QHeaderView:
        """The header whose sections are the columns (a tree's only one, a table's top one)."""
        view = self._view
        return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()

    def _indentation(self) -> int:
        """How far a tree indents each level; tables do not indent."""
        return self._view.indentation() if isinstance(self._view, QTreeView) else 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Height of the wrapped text within the column's width."""
        base = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return base
        width = self._header().sectionSize(index.column())
        # Indentation, check box and margins take part of the column.
        width -= 28 + self._indentation()
        if index.parent().isValid():
            width -= self._indentation()
        metrics = QFontMetrics(option.font)
        rect = metrics.boundingRect(QRect(0, 0, max(width, 40), 10000),
                                    int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(base.width(), max(base.height(), rect.height() + 4))
