"""Driving the file-sharing dialogs in tests: wait for a modal dialog, act on it, go on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(name: str, act: Callable[[QWidget], None], tries: int = 250) -> list[QWidget]:
    """Runs `act(dialog)` on the next modal widget whose objectName is `name`.

    Returns a list that holds the dialog once it was handled (the test asserts on it).
    """
    handled: list[QWidget] = []

    def poll(left: int = tries) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.objectName() == name:
            handled.append(widget)
            act(widget)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)
    return handled


def child(widget: QWidget, name: str) -> QWidget:
    """A named child of a dialog (fails loudly when the dialog changed)."""
    found = widget.findChild(QWidget, name)
    assert found is not None, f"{name} not in {widget.objectName()}"
    return found
