"""Accessible names for every input, derived once for the whole app from what a sighted user reads.

A screen reader announces a field by its accessible name; Qt fills it for buttons from their
text but leaves line edits, combo boxes, date fields and tables nameless ("edit text"). Rather
than naming hundreds of widgets by hand, an application-wide event filter names each input
that has no name when it is shown: from the label that is its buddy or stands beside it in a
form, else its group's title, its placeholder, its tooltip, or the tab it sits on (the RACI
grid is "Responsibility (RACI)"). A tooltip that says more becomes the description. Names
follow a language switch, since they are worked out again from the retranslated labels.
"""

from __future__ import annotations

import contextlib
import re
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from leitplanken.ui.widgets.colours import Tone, background_of, colour, readable

#: Widgets a user types into, picks from or moves through: each needs a name.
INPUTS: tuple[type[QWidget], ...] = (
    QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QSlider,
    QAbstractItemView, QAbstractButton,
)

#: Marks a name this module derived (so it may be derived again after a language switch).
_DERIVED = "leitplanken_derived_name"
_TAGS = re.compile(r"<[^>]+>")


def needs_name(widget: QWidget) -> bool:
    """Whether a widget is an input a screen reader has to announce by name."""
    if not isinstance(widget, INPUTS) or widget.objectName().startswith("qt_"):
        return False  # Qt's own parts (a table's corner button) are named by Qt
    # parts of a compound input (a combo's line edit, a spin box's editor, a view's header
    # buttons) are announced by their owner
    parent = widget.parentWidget()
    if isinstance(parent, QComboBox | QAbstractSpinBox | QCalendarWidget) or \
            isinstance(widget, QHeaderView):
        return False
    if isinstance(widget, QAbstractItemView) and isinstance(parent, QWidget) and \
            parent.inherits("QComboBoxPrivateContainer"):
        return False
    return not widget.inherits("QCalendarWidget")


def _clean(text: str) -> str:
    """A label's text as spoken: no markup, no accelerator "&", no trailing colon."""
    text = _TAGS.sub(" ", text or "")
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = " ".join(text.split())
    return text.rstrip(":：").strip()


def _buddy_label(widget: QWidget) -> str:
    """The text of a label pointing at the widget (setBuddy), anywhere in its window."""
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return _clean(label.text())
    return ""


def _form_label(widget: QWidget) -> str:
    """The label beside the widget in a QFormLayout (the usual "Owner: [   ]" row)."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if layout is not None:
            found = _label_in(layout, widget)
            if found:
                return found
        if isinstance(parent, QGroupBox | QTabWidget) or parent.isWindow():
            break
        parent = parent.parentWidget()
    return ""


def _child_layouts(layout: QLayout) -> list[QLayout]:
    """The layouts nested directly in a layout (they are its QObject children)."""
    return [child for child in layout.children() if isinstance(child, QLayout)]


# The layout helpers below ask layouts about widgets and layouts (indexOf, getWidgetPosition),
# never for their QLayoutItems: a layout item is Qt's, and its Python wrapper outlives it (the
# layout's wrapper keeps it), filed under an address Qt frees when the widget goes. Later
# objects born at that address were then taken for the dead wrapper, and the process crashed
# at random (when a list was cleared or a window deleted).
def _label_in(layout: QLayout, widget: QWidget) -> str:
    """Searches a layout tree for a form row holding the widget (or a layout holding it)."""
    if isinstance(layout, QFormLayout):
        field_role = QFormLayout.ItemRole.FieldRole
        holder: QWidget | None = widget
        while holder is not None and holder is not layout.parentWidget():
            row, role = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(holder))
            if row >= 0:
                if role == field_role and (holder is widget or _single_input(holder)):
                    label = layout.labelForField(holder)
                    if isinstance(label, QLabel):
                        return _clean(label.text())
                break
            holder = holder.parentWidget()
        for inner in _child_layouts(layout):
            row, role = layout.getLayoutPosition(inner)
            if row >= 0 and role == field_role and _layout_holds(inner, widget):
                label = layout.labelForField(inner)
                if isinstance(label, QLabel):
                    return _clean(label.text())
    for child in _child_layouts(layout):
        found = _label_in(child, widget)
        if found:
            return found
    return ""


def _single_input(container: QWidget) -> bool:
    """Whether a container holds exactly one input (its form label then names that input)."""
    return len([w for w in container.findChildren(QWidget) if needs_name(w)]) == 1


def _layout_holds(layout: QLayout, widget: QWidget) -> bool:
    """Whether the widget sits directly in the layout or one nested in it."""
    return layout.indexOf(widget) >= 0 or any(_layout_holds(c, widget)
                                              for c in _child_layouts(layout))


def _group_title(widget: QWidget) -> str:
    """The title of the group box around the widget, when the widget is its only input."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QGroupBox):
            return _clean(parent.title()) if _single_input(parent) else ""
        parent = parent.parentWidget()
    return ""


def _tab_title(widget: QWidget) -> str:
    """The title of the tab a table or list fills (the RACI grid, the checklist)."""
    page: QWidget | None = widget
    while page is not None and not page.isWindow():
        holder = page.parentWidget()
        if isinstance(holder, QStackedWidget) and isinstance(holder.parentWidget(), QTabWidget):
            tabs = holder.parentWidget()
            assert isinstance(tabs, QTabWidget)
            index = tabs.indexOf(page)
            if index >= 0:
                return _clean(tabs.tabText(index))
        page = holder
    return ""


def _preceding_label(widget: QWidget) -> str:
    """A label placed right before the widget in its box ("Passphrase:" above the field)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    holder = _holding_layout(layout, widget) if layout is not None else None
    if parent is None or holder is None or isinstance(holder, QFormLayout):
        return ""
    siblings = parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    at = {holder.indexOf(w): w for w in siblings if w is not widget}
    for index in range(holder.indexOf(widget) - 1, -1, -1):
        label = at.get(index)
        if label is None or not label.isVisibleTo(widget.window()):
            continue  # a hidden problem line between the sentence and the field
        return _clean(label.text()) if isinstance(label, QLabel) else ""
    return ""


def _holding_layout(layout: QLayout, widget: QWidget) -> QLayout | None:
    """The layout (of a tree) that holds the widget directly."""
    if layout.indexOf(widget) >= 0:
        return layout
    for inner in _child_layouts(layout):
        found = _holding_layout(inner, widget)
        if found is not None:
            return found
    return None


def _action_text(widget: QWidget) -> str:
    """An icon button's action ("Open the calendar" beside a date field)."""
    action = widget.defaultAction() if isinstance(widget, QToolButton) else None
    if action is None:
        return ""
    text = _clean(action.text()) or _clean(action.toolTip())
    if not text and isinstance(widget.parentWidget(), QLineEdit):
        # the clear button Qt adds to a field (setClearButtonEnabled) carries no text
        return QCoreApplication.translate("Accessibility", "Clear the field")
    return text


def derived_name(widget: QWidget) -> str:
    """The name a user would give the widget from what is written around it."""
    for source in (_action_text, _buddy_label, _form_label, _group_title, _preceding_label):
        name = source(widget)
        if name:
            return name
    placeholder = getattr(widget, "placeholderText", None)
    if callable(placeholder) and _clean(placeholder()):
        return _clean(placeholder())
    if _clean(widget.toolTip()):
        return _clean(widget.toolTip()).split(". ")[0]
    if isinstance(widget, QAbstractItemView | QTextEdit | QPlainTextEdit):
        # a table, list or report filling its tab or window is named by it
        return _tab_title(widget) or _clean(widget.window().windowTitle().replace("[*]", ""))
    return ""


def name_widget(widget: QWidget) -> None:
    """Gives an input without a name its derived name and, from its tooltip, a description."""
    if not needs_name(widget):
        return
    if isinstance(widget, QAbstractButton) and _clean(widget.text()):
        return  # Qt names a button by its text, and follows the text when it changes
    derived = bool(widget.property(_DERIVED))
    if widget.accessibleName() and not derived:
        return  # named on purpose by its screen
    name = derived_name(widget)
    if name and name != widget.accessibleName():
        widget.setAccessibleName(name)
        widget.setProperty(_DERIVED, True)
    tip = _clean(widget.toolTip())
    if tip and tip != name and (not widget.accessibleDescription() or derived):
        widget.setAccessibleDescription(tip)


def readable_calendar(calendar: QCalendarWidget) -> None:
    """Weekends in the error hue made readable on the palette (Qt draws them pure red)."""
    weekend = QTextCharFormat()
    # the calendar alternates rows: readable on both its backgrounds
    alternate = background_of(QPalette.ColorRole.AlternateBase)
    weekend.setForeground(readable(colour(Tone.ERROR), alternate))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, weekend)


class _Namer(QObject):
    """The application-wide filter: names inputs as they are shown, again after a switch."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Show: name it; LanguageChange: name it again once its labels are retranslated."""
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.LanguageChange):
            return False
        try:
            if kind == QEvent.Type.Show and isinstance(watched, QWidget):
                name_widget(watched)
                if isinstance(watched, QCalendarWidget):
                    readable_calendar(watched)
            elif isinstance(watched, QWidget) and watched.property(_DERIVED):
                QTimer.singleShot(0, watched, lambda w=watched: _rename(w))
        except RuntimeError:
            pass  # a widget (or its window) being deleted while shown: nothing to name
        return False


def _rename(widget: QWidget) -> None:
    """Names a widget again after a language switch, unless it was deleted meanwhile."""
    with contextlib.suppress(RuntimeError):  # deleted before its turn came
        name_widget(widget)


_NAMER: list[_Namer] = []


def install(app: QApplication | None = None) -> None:
    """Installs the filter once for the application (the window calls it; idempotent)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or _NAMER:
        return
    namer = _Namer(app)
    app.installEventFilter(namer)
    _NAMER.append(namer)
