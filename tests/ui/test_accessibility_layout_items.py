"""Naming inputs from their layout leaves no wrapper of Qt's layout items behind.

The names come from the label beside a field in a form, or the label placed before it in a
box. Asking a layout for its items from Python gives each item a wrapper that the layout's
wrapper keeps alive after Qt has deleted the item with its widget, filed under an address Qt
reuses: later objects at that address were taken for the dead wrapper and the suite crashed at
random. The names must still be found, and no such wrapper may be left.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leitplanken.ui.widgets import accessibility


def layout_item_wrappers() -> int:
    """How many wrappers of plain layout items (not layouts) Python holds."""
    return sum(1 for o in gc.get_objects() if isinstance(o, QLayoutItem) and not isinstance(o, QObject))


def test_names_from_forms_and_boxes_without_layout_item_wrappers(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A form field, a field in a row layout of a form, and a field under its sentence are named;
    then the widgets go, and no layout item wrapper stays."""
    accessibility.install()
    gc.collect()
    before = layout_item_wrappers()
    window = QWidget()
    qtbot.addWidget(window)
    outer = QVBoxLayout(window)
    form = QFormLayout()
    outer.addLayout(form)
    owner = QLineEdit(window)
    form.addRow(QLabel("Owner:", window), owner)
    row = QHBoxLayout()
    due = QLineEdit(window)
    row.addWidget(due)
    form.addRow(QLabel("Due date:", window), row)
    outer.addWidget(QLabel("Passphrase for the copy:", window))
    secret = QLineEdit(window)
    outer.addWidget(secret)
    window.show()
    qtbot.waitExposed(window)
    assert owner.accessibleName() == "Owner"
    assert due.accessibleName() == "Due date"
    assert secret.accessibleName() == "Passphrase for the copy"
    for widget in (owner, due, secret):
        widget.deleteLater()  # Qt deletes their layout items with them
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    assert outer.count() == 2  # the form and the sentence: the field's item went with it
    gc.collect()
    assert layout_item_wrappers() == before
