"""Playing an owner through the real widgets, counting every action a person would make.

`Owner` clicks, types and presses keys on the widgets it is given, counting one action per
click, per key shortcut and per field typed into (however many characters). A modal dialog
is answered by a handler armed before the click that opens it; a handler that fails closes
the dialog, so a broken step fails the test instead of hanging it. `shot` grabs what the
owner sees to a PNG for a person to look at.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMenu,
    QStyle,
    QStyleOptionViewItem,
    QTabWidget,
    QWidget,
)

sys.path.append(str(Path(__file__).resolve().parents[1] / "report"))  # its pdf_text
from report_support import pdf_text  # noqa: E402

__all__ = ["Owner", "file_name_field", "pdf_text", "qt_file_dialog"]


class Owner:
    """A person at the keyboard: every click, shortcut and typed field is one action."""

    def __init__(self, qtbot: Any, shots: Path) -> None:
        """shots: the folder screenshots go to (made when missing)."""
        self.qtbot = qtbot
        self.shots = shots
        shots.mkdir(parents=True, exist_ok=True)
        #: What was done, one line per action, in order (printed with the count).
        self.log: list[str] = []
        self.failures: list[BaseException] = []
        #: Dialog waiters still looking (Qt's timer holds a bound method only weakly).
        self.waiting: list[_Waiter] = []

    @property
    def count(self) -> int:
        """How many actions the owner needed so far."""
        return len(self.log)

    def _did(self, what: str) -> None:
        """Records one action."""
        self.log.append(what)

    # -- acting ------------------------------------------------------------------------------
    def click(self, widget: QWidget, what: str, pos: QPoint | None = None) -> None:
        """One mouse click on a widget (at `pos`, or its middle)."""
        assert widget.isVisible() and widget.isEnabled(), f"cannot click {what}: hidden or disabled"
        self._did(f"click {what}")
        _activate(widget)
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        QApplication.processEvents()

    def type_into(self, widget: QWidget, text: str, what: str, replace: bool = False) -> None:
        """Clicks into a field and types `text` (one action for the field).

        replace: select what the field holds first (Ctrl+A), so the typing replaces it.
        """
        assert widget.isVisible() and widget.isEnabled(), f"cannot type into {what}"
        self._did(f"type {what}")
        _activate(widget)
        target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton,
                              pos=QPoint(min(8, target.width() // 2), target.height() // 2))
        if QApplication.focusWidget() is not widget:
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
        if replace:
            QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _type_keys(text, widget)

    def type_here(self, text: str, what: str) -> None:
        """Types into whatever has the keyboard focus (one action)."""
        self._did(f"type {what}")
        _type_keys(text)

    def key(self, key: Qt.Key, what: str,
            modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            widget: QWidget | None = None) -> None:
        """One key press (a shortcut, Enter, an arrow) to the focused widget or `widget`."""
        if widget is not None:
            _activate(widget)
        target = QApplication.focusWidget() if widget is None else widget
        assert target is not None, f"nothing has the focus for {what}"
        self._did(f"key {what}")
        QTest.keyClick(target, key, modifier)
        QApplication.processEvents()

    def close_window(self, window: QWidget) -> None:
        """A click on the window's close button (the title bar is the system's, not Qt's)."""
        self._did("click the window's close button")
        window.close()
        QApplication.processEvents()

    def click_tab(self, tabs: QTabWidget, page: QWidget, what: str) -> None:
        """Clicks the tab of `page` in the tab bar."""
        bar = tabs.tabBar()
        self.click(bar, f"tab {what}", bar.tabRect(tabs.indexOf(page)).center())

    def click_cell(self, view: QAbstractItemView, index: QModelIndex, what: str) -> None:
        """Clicks the middle of a cell of a table or tree."""
        view.scrollTo(index)
        self.click(view.viewport(), what, view.visualRect(index).center())

    def tick(self, view: QAbstractItemView, index: QModelIndex, what: str) -> None:
        """Clicks the check box drawn in a cell (where the style draws it)."""
        view.scrollTo(index)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)  # type: ignore[attr-defined]
        option.rect = view.visualRect(index)
        delegate = view.itemDelegateForIndex(index)
        delegate.initStyleOption(option, index)  # type: ignore[attr-defined]
        box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                          option, view)
        assert box.isValid() and not box.isEmpty(), f"no check box in {what}"
        self.click(view.viewport(), f"tick {what}", box.center())

    def choose_in_menu(self, menu: QMenu, text_part: str, what: str) -> None:
        """Clicks the entry of an open menu whose text contains `text_part`."""
        action = next((a for a in menu.actions() if text_part in a.text().replace("&", "")), None)
        assert action is not None, f"{text_part!r} not in {[a.text() for a in menu.actions()]}"
        self.click(menu, what, menu.actionGeometry(action).center())

    # -- dialogs -----------------------------------------------------------------------------
    def when_modal(self, match: Callable[[QWidget], bool], act: Callable[[Any], None],
                   tries: int = 500) -> None:
        """Runs `act(dialog)` once the next modal widget `match`es; arm it before the click.

        A failing `act` is kept (see `check`) and every open modal is closed, so the test goes
        on to fail instead of waiting. Nothing here keeps the dialog in a reference cycle:
        Python's collector may run on any thread (the export's worker, too), and a widget
        freed there takes the process down.
        """
        _Waiter(self, match, act, tries).arm()

    def check(self) -> None:
        """Raises the first failure of a dialog handler (after the dialog was closed)."""
        if self.failures:
            raise self.failures[0]

    # -- looking -----------------------------------------------------------------------------
    def shot(self, widget: QWidget, name: str) -> Path:
        """What the owner sees of `widget`, as a PNG in the shots folder."""
        QApplication.processEvents()
        path = self.shots / f"{len(list(self.shots.glob('*.png'))):02d}-{name}.png"
        widget.grab().save(str(path))
        return path


class _Waiter:
    """Looks for a modal dialog every 20 ms; holds no widget (the owner holds it while it looks)."""

    def __init__(self, owner: Owner, match: Callable[[QWidget], bool],
                 act: Callable[[Any], None], tries: int) -> None:
        """What to look for and what to do with it, and how often to look."""
        self.owner, self.match, self.act, self.left = owner, match, act, tries
        owner.waiting.append(self)

    def arm(self, delay: int = 0) -> None:
        """Looks again after `delay` ms."""
        QTimer.singleShot(delay, self.poll)

    def _done(self) -> None:
        """Stops looking: the owner lets go of this waiter."""
        if self in self.owner.waiting:
            self.owner.waiting.remove(self)

    def poll(self) -> None:
        """Acts on the dialog when it is open, else looks again, giving up after `tries`."""
        widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if widget is not None and self.match(widget):
            self._done()
            try:
                self.act(widget)
            except BaseException as exc:  # noqa: BLE001 - kept and raised by Owner.check()
                self.owner.failures.append(exc)
                _close_all_modals()
        elif self.left > 0:
            self.left -= 1
            self.arm(20)
        else:
            self._done()
            self.owner.failures.append(AssertionError("the expected dialog did not open"))
            _close_all_modals()


def _activate(widget: QWidget) -> None:
    """Makes the widget's window the active one, as the click a user makes would.

    The offscreen platform does not hand activation back to the window under a dialog that
    closed; without it the focus, and so the typing, would go nowhere.
    """
    window = widget.window()
    if not isinstance(window, QMenu) and not window.isActiveWindow():
        window.activateWindow()
        QApplication.processEvents()


def _type_keys(text: str, field: QWidget | None = None) -> None:
    """One key event pair per character to the focused widget (QTest stops at non-ASCII).

    The focused widget is asked anew for each key: a table's first key opens a cell editor.
    """
    for ch in text:
        target = QApplication.focusWidget() or field
        assert target is not None, "nothing has the keyboard focus"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


def _close_all_modals() -> None:
    """Closes every open modal dialog and popup (a failed step must not leave the test waiting)."""
    for _ in range(10):
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
        QApplication.processEvents()


def qt_file_dialog(parent: Any = None, caption: str = "", directory: str = "",
                   filter: str = "", *_args: Any, **_kwargs: Any) -> tuple[str, str]:  # noqa: A002
    """QFileDialog.getSaveFileName as Qt's own dialog (the system's cannot be driven in a test).

    Shown modal with the suggested name filled in, exactly as the static function is asked;
    returns what the user accepted, or ("", "") when they cancelled.
    """
    dialog = QFileDialog(parent, caption, str(directory), filter)
    dialog.setObjectName("save-file-dialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if directory and not Path(directory).is_dir():
        dialog.setDirectory(str(Path(directory).parent))
        dialog.selectFile(Path(directory).name)
    if dialog.exec() != QDialog.DialogCode.Accepted.value:
        return "", ""
    files = dialog.selectedFiles()
    return (files[0] if files else ""), dialog.selectedNameFilter()


def file_name_field(dialog: QWidget) -> QLineEdit:
    """The file name field of Qt's own file dialog."""
    field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert isinstance(field, QLineEdit), "the file dialog has no file name field"
    return field
