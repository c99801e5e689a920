"""Every screen of the app, opened the way a user opens it, and the texts it shows.

One registry (`SCREENS`) says how to reach each window, page, tab, dialog, menu and message
box; the translation walk, the accessibility walk and the window-size check all go through
it, so a new dialog is added once, here. Modal dialogs and message boxes are not left to wait
for a click: `Visitor` replaces their `exec` (and the static QMessageBox/QFileDialog calls and
QMenu.exec) by "show, look, close as if cancelled", so opening one never blocks the test.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from leitplanken.domain.demo import demo_workspace

#: The day the walk's workspace is dated around (pilot ages, due dates stay the same).
TODAY = date(2026, 11, 25)

_TAGS = re.compile(r"<[^>]+>")
_MNEMONIC = re.compile(r"&([^&\s])")


@dataclass
class Seen:
    """One text on one screen: which screen, which widget kind, the text itself."""

    screen: str
    where: str
    text: str


class Visitor:
    """Opens screens without blocking and collects every text and widget they show."""

    def __init__(self, window: Any, tmp_path: Path) -> None:
        """window: a shown MainWindow on the walk's workspace; tmp_path for side files."""
        self.window = window
        self.tmp_path = tmp_path
        self.screen = ""
        self.seen: list[Seen] = []
        #: Every top-level widget looked at, per screen (for accessibility and size checks).
        self.shown: dict[str, list[QWidget]] = {}
        self.on_widget: list[Callable[[str, QWidget], None]] = []

    # -- looking ---------------------------------------------------------------------------
    def look(self, widget: QWidget) -> None:
        """Records the texts of a widget tree as the user sees it now."""
        QApplication.processEvents()
        self.shown.setdefault(self.screen, []).append(widget)
        for hook in self.on_widget:
            hook(self.screen, widget)
        for where, text in texts_of(widget):
            self.add(where, text)

    def add(self, where: str, text: str) -> None:
        """One text seen on the current screen (lines and HTML split into what is read)."""
        plain = _TAGS.sub("\n", text) if "<" in text and ">" in text else text
        for line in {plain, *plain.splitlines()}:
            line = line.strip()
            if any(c.isalpha() for c in line):
                self.seen.append(Seen(self.screen, where, line))

    def look_menu(self, menu: QMenu) -> None:
        """A menu's title, entries and tooltips, submenus included; a letter used twice in it
        is recorded as an "accelerator" finding."""
        self.add("menu", menu.title())
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            found = _MNEMONIC.search(action.text().replace("&&", ""))
            if found and action.isVisible() and not action.isSeparator():
                letters.setdefault(found.group(1).lower(), []).append(action.text())
        for letter, texts in letters.items():
            if len(texts) > 1:
                where = menu.title() or "context menu"
                self.seen.append(Seen(self.screen, "accelerator",
                                      f"{where}, {letter.upper()}: " + " / ".join(texts)))
        for action in menu.actions():
            if action.isSeparator():
                continue
            self.add("menu entry", action.text())
            self.add("menu tooltip", action.toolTip())
            self.add("menu status tip", action.statusTip())
            if action.menu() is not None:
                self.look_menu(action.menu())

    # -- opening without blocking ----------------------------------------------------------
    @contextmanager
    def patched(self, monkeypatch: Any) -> Iterator[None]:
        """While active, every modal dialog, message box and menu is looked at and closed."""
        visitor = self

        def dialog_exec(dialog: QDialog) -> int:
            dialog.show()
            if isinstance(dialog, QWizard):
                visitor.look_wizard(dialog)
            else:
                visitor.look(dialog)
            dialog.hide()
            return QDialog.DialogCode.Rejected.value

        def box(icon: QMessageBox.Icon) -> Callable[..., Any]:
            def static(parent: Any, title: str, text: str, buttons: Any = None, *_a: Any,
                       **_k: Any) -> QMessageBox.StandardButton:
                shown = QMessageBox(icon, title, text, parent=parent)
                if buttons is not None:
                    shown.setStandardButtons(buttons)
                dialog_exec(shown)
                return QMessageBox.StandardButton.Cancel
            return static

        def about(parent: Any, title: str, text: str) -> None:
            box(QMessageBox.Icon.Information)(parent, title, text)

        def file_dialog(mode: QFileDialog.FileMode, accept: QFileDialog.AcceptMode) -> Callable[..., Any]:
            def static(parent: Any = None, caption: str = "", directory: str = "",
                       filter: str = "", *_a: Any, **_k: Any) -> tuple[str, str]:  # noqa: A002
                shown = QFileDialog(parent, caption, str(directory), filter)
                shown.setOption(QFileDialog.Option.DontUseNativeDialog, True)
                shown.setFileMode(mode)
                shown.setAcceptMode(accept)
                dialog_exec(shown)
                return "", ""
            return static

        def menu_exec(menu: QMenu, *_a: Any, **_k: Any) -> None:
            visitor.look_menu(menu)
            return None

        def get_text(parent: Any, title: str, label: str, *_a: Any, **_k: Any) -> tuple[str, bool]:
            shown = QInputDialog(parent)
            shown.setWindowTitle(title)
            shown.setLabelText(label)
            dialog_exec(shown)
            return "", False

        for cls in (QDialog, QMessageBox, QFileDialog, QWizard, QInputDialog):
            monkeypatch.setattr(cls, "exec", dialog_exec)
        monkeypatch.setattr(QMessageBox, "question", staticmethod(box(QMessageBox.Icon.Question)))
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(box(QMessageBox.Icon.Warning)))
        monkeypatch.setattr(QMessageBox, "critical", staticmethod(box(QMessageBox.Icon.Critical)))
        monkeypatch.setattr(QMessageBox, "information",
                            staticmethod(box(QMessageBox.Icon.Information)))
        monkeypatch.setattr(QMessageBox, "about", staticmethod(about))
        existing, save = QFileDialog.FileMode.ExistingFile, QFileDialog.FileMode.AnyFile
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
            file_dialog(existing, QFileDialog.AcceptMode.AcceptOpen)))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
            file_dialog(save, QFileDialog.AcceptMode.AcceptSave)))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(
            lambda *a, **k: file_dialog(QFileDialog.FileMode.Directory,
                                        QFileDialog.AcceptMode.AcceptOpen)(*a, **k)[0]))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
        monkeypatch.setattr(QMenu, "exec", menu_exec)
        monkeypatch.setattr(QMenu, "popup", menu_exec)
        yield

    def look_wizard(self, wizard: QWizard) -> None:
        """Each page of a wizard, as far as Next lets one go without answers."""
        seen_ids: set[int] = set()
        while wizard.currentId() not in seen_ids:
            seen_ids.add(wizard.currentId())
            self.look(wizard)
            if wizard.nextId() == -1:
                break  # the last page: Finish would do the work, the walk only looks
            wizard.next()

    def visit(self, name: str, open_screen: Callable[[Visitor], Any]) -> None:
        """Opens one screen; what stays on show in the window afterwards is looked at too."""
        self.screen = name
        result = open_screen(self)
        if isinstance(result, QWidget):
            result.show()
            self.look(result)
            result.close()
        elif result is None:
            self.look(self.window)
        self.context_menus(self.window)

    def context_menus(self, top: QWidget) -> None:
        """Right-clicks every visible list or table and every text field, as a user would."""
        for view in top.findChildren(QAbstractItemView):
            if not view.isVisible() or view.model() is None or view.model().rowCount() == 0:
                continue
            model = view.model()
            first = model.index(0, 0)
            targets = [first]
            if has_children(model, first):  # a tree: its first heading and its first item
                targets.append(model.index(0, 0, first))
            for index in targets:
                rect = view.visualRect(index)
                pos = rect.center() if rect.isValid() else QPoint(5, 5)
                event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                          view.viewport().mapToGlobal(pos))
                QApplication.sendEvent(view.viewport(), event)
                if view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
                    view.customContextMenuRequested.emit(pos)
        for edit in top.findChildren(QLineEdit)[:1]:
            menu = edit.createStandardContextMenu()
            self.look_menu(menu)
            menu.deleteLater()


def texts_of(top: QWidget) -> Iterator[tuple[str, str]]:
    """(kind, text) for every text a user can read in a widget tree: labels, buttons, titles,
    tooltips, placeholders, tabs, combo entries, list and table cells and headers."""
    yield "window title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        yield "tooltip", widget.toolTip()
        yield "status tip", widget.statusTip()
        if isinstance(widget, QLabel):
            yield "label", widget.text()
        elif isinstance(widget, QAbstractButton):
            yield "button", widget.text()
        elif isinstance(widget, QGroupBox):
            yield "group title", widget.title()
        elif isinstance(widget, QLineEdit):
            yield "placeholder", widget.placeholderText()
        elif isinstance(widget, QTextEdit):
            yield "placeholder", widget.placeholderText()
            if widget.isReadOnly():
                yield "text", widget.toPlainText()
        elif isinstance(widget, QPlainTextEdit):
            yield "placeholder", widget.placeholderText()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield "tab", widget.tabText(i)
                yield "tab tooltip", widget.tabToolTip(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield "combo entry", widget.itemText(i)
                yield "combo tooltip", str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
        elif isinstance(widget, QWizard):
            page = widget.currentPage()
            if page is not None:
                yield "wizard title", page.title()
                yield "wizard subtitle", page.subTitle()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(widget.model())
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield "list entry", widget.item(i).text()
        for action in widget.actions():
            yield "action", action.text()
            yield "action tooltip", action.toolTip()


def columns(model: QAbstractItemModel, parent: QModelIndex | None = None) -> int:
    """A model's column count (a list model hides the overload taking a parent)."""
    try:
        return model.columnCount(parent or QModelIndex())
    except TypeError:
        return 1


def has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    """Whether a row has rows under it (a list or table model has none)."""
    try:
        return bool(model.hasChildren(index))
    except TypeError:
        return False


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None,
                 depth: int = 0) -> Iterator[tuple[str, str]]:
    """Headers and the first rows of a model (a tree's children too: checklist categories)."""
    parent = parent or QModelIndex()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    if depth == 0:
        for orientation, count in ((Qt.Orientation.Horizontal, columns(model)),
                                   (Qt.Orientation.Vertical, model.rowCount())):
            for section in range(min(count, 40)):
                for role in roles:
                    value = model.headerData(section, orientation, role)
                    if isinstance(value, str):
                        yield "header", value
    for row in range(min(model.rowCount(parent), 40)):
        for column in range(columns(model, parent)):
            index = model.index(row, column, parent)
            for role in roles:
                value = index.data(role)
                if isinstance(value, str):
                    yield "cell", value
            if column == 0 and depth < 2 and has_children(model, index):
                yield from _model_texts(model, index, depth + 1)


# -- the registry ------------------------------------------------------------------------------
#: name -> how to open it (returns a widget to look at, or None: look at the main window).
SCREENS: dict[str, Callable[[Visitor], Any]] = {}


def screen(name: str) -> Callable[[Callable[[Visitor], Any]], Callable[[Visitor], Any]]:
    """Adds a way to open a screen to the registry."""
    def register(opener: Callable[[Visitor], Any]) -> Callable[[Visitor], Any]:
        SCREENS[name] = opener
        return opener
    return register


def _first_use_case(v: Visitor) -> Any:
    return v.window.session.workspace.use_cases[0]


def _action(key: str) -> Callable[[Visitor], Any]:
    """A screen opened by a menu action of the window (skipped where this build has none)."""
    def trigger(v: Visitor) -> Any:
        action = v.window.ui.actions.get(key) or v.window.sharing.actions.get(key)
        if action is not None:
            action.trigger()
        return False  # the dialog was looked at while it was open
    return trigger


for _page in ("dashboard", "register", "people", "systems"):
    def _show(v: Visitor, page: str = _page) -> None:
        v.window.show_page(page)
    screen(f"page {_page}")(_show)


@screen("menus")
def _menus(v: Visitor) -> Any:
    for menu in v.window.ui.menus():
        v.look_menu(menu)
    for menu in v.window.menuBar().findChildren(QMenu):
        v.look_menu(menu)
    return False


def _editor_tab(tab: str) -> Callable[[Visitor], Any]:
    def show(v: Visitor) -> None:
        v.window.open_use_case(_first_use_case(v).uuid, tab)
    return show


for _tab in ("overview", "systems", "raci", "checklist", "cx", "decisions"):
    screen(f"editor {_tab}")(_editor_tab(_tab))

for _key in ("settings", "history", "catalogue", "export_pdf", "import_csv", "about", "open",
             "save_as", "check_file", "send_copy", "merge"):
    screen(f"action {_key}")(_action(_key))


@screen("remove use case question")
def _remove(v: Visitor) -> Any:
    v.window.open_use_case(_first_use_case(v).uuid, "overview")
    v.window.remove_use_case()
    return False


@screen("unsaved changes question")
def _unsaved(v: Visitor) -> Any:
    from leitplanken.ui.workspace import edits

    uc = _first_use_case(v)
    edits.set_fields(v.window.session, uc, {"title": uc.title + " (1)"}, "edit")
    v.window.files.maybe_save()
    v.window.session.undo.undo()
    return False


@screen("new person dialog")
def _new_person(v: Visitor) -> Any:
    from leitplanken.ui.editor.new_person_dialog import NewPersonDialog

    return NewPersonDialog(v.window)


@screen("new system dialog")
def _new_system(v: Visitor) -> Any:
    from leitplanken.ui.editor.systems_tab import NewSystemDialog

    return NewSystemDialog(v.window)


@screen("not applicable reason")
def _na_reason(v: Visitor) -> Any:
    from leitplanken.ui.editor.na_reason_dialog import NaReasonDialog

    item = next(i for uc in v.window.session.workspace.use_cases for i in uc.checklist)
    return NaReasonDialog(item.title, "", v.window)


@screen("decision dialog")
def _decision(v: Visitor) -> Any:
    from leitplanken.ui.editor.decision_dialog import DecisionDialog

    return DecisionDialog(v.window.session, _first_use_case(v), parent=v.window)


@screen("decision correction dialog")
def _correction(v: Visitor) -> Any:
    from leitplanken.ui.editor.decision_dialog import DecisionDialog

    uc = next(u for u in v.window.session.workspace.use_cases if u.decisions)
    return DecisionDialog(v.window.session, uc, corrects=uc.decisions[-1], parent=v.window)


@screen("first use case wizard")
def _wizard(v: Visitor) -> Any:
    from leitplanken.ui.editor.wizard import FirstUseCaseWizard

    wizard = FirstUseCaseWizard(v.window.session, v.window)
    wizard.exec()
    return False


@screen("lock dialog")
def _lock(v: Visitor) -> Any:
    from leitplanken.ui.files.lock_dialog import LockDialog

    details = {"user": "urs", "machine": "laptop-urs", "since": "2026-11-24T08:00:00+00:00",
               "stale": True}
    return LockDialog(v.tmp_path / "colleague.leitplanken", details, v.window)


@screen("recovery dialog")
def _recovery(v: Visitor) -> Any:
    from leitplanken.storage.recovery import Orphan
    from leitplanken.ui.files.recovery_dialog import RecoveryDialog

    orphan = Orphan(working=v.tmp_path / "working.leitplanken", origin=v.window.session.path,
                    since="2026-11-24T08:00:00+00:00", changes=3,
                    last_change="2026-11-24T09:00:00+00:00")
    return RecoveryDialog([orphan], v.window)


@screen("passphrase dialog")
def _passphrase(v: Visitor) -> Any:
    from leitplanken.ui.files.send_copy_dialog import PassphraseDialog

    return PassphraseDialog(v.tmp_path / "copy.leitplanken", "", v.window)


@screen("send copy dialog")
def _send_copy(v: Visitor) -> Any:
    from leitplanken.ui.files.send_copy_dialog import SendCopyDialog

    return SendCopyDialog(v.tmp_path / "copy.leitplanken", v.window)


@screen("merge dialog")
def _merge(v: Visitor) -> Any:
    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.files.merge_dialog import run_merge

    session = v.window.session
    session.save()
    theirs = v.tmp_path / "theirs.leitplanken"
    shutil.copyfile(session.path, theirs)
    uc = _first_use_case(v)
    with WorkspaceFile.open(theirs) as other:
        changed = other.load().use_case(uc.uuid)
        changed.title = changed.title + " (2)"
        other.put(changed)
        other.save()
    from leitplanken.ui.workspace import edits

    edits.set_fields(session, uc, {"title": uc.title + " (1)"}, "edit")
    run_merge(v.window, theirs)
    session.undo.undo()
    return False


def walk_workspace(language: str) -> Any:
    """The demo company in the walk's language: every kind of record, decisions included."""
    return demo_workspace(language, TODAY)


for _key in ("export_table", "shortcuts", "guided_start"):
    screen(f"action {_key}")(_action(_key))


@screen("history after edits")
def _history_after_edits(v: Visitor) -> Any:
    from leitplanken.ui.workspace import edits

    session = v.window.session
    uc = _first_use_case(v)
    edits.set_fields(session, uc, {"title": uc.title + " (1)"}, "edit")
    session.save()
    v.window.show_history()
    session.undo.undo()
    return False


@screen("welcome page")
def _welcome(v: Visitor) -> Any:
    from leitplanken.ui.shell.welcome import WelcomePage

    return WelcomePage(v.window)


@screen("company page")
def _company(v: Visitor) -> Any:
    from leitplanken.ui.settings.company_page import CompanyPage

    return CompanyPage(v.window)


@screen("export finished")
def _exported(v: Visitor) -> Any:
    from leitplanken.ui.export.export_done import ExportedBox

    for register_list, warning in ((False, ""), (True, "ẞ")):
        ExportedBox(v.tmp_path / "record.pdf", register_list, warning, v.window).exec()
    return False


@screen("csv import")
def _csv_import(v: Visitor) -> Any:
    from leitplanken.ui.files.csv_import import import_csv

    good = v.tmp_path / "inventory.csv"
    # headings that are no text of the app's own: the preview shows the file as it is
    good.write_text("Vorhaben;Ausgangslage;Phase\n"
                    "Anfragen beantworten;Anfragen warten zwei Tage;Pilot\n", encoding="utf-8")
    import_csv(v.window, v.window.session, good)
    bad = v.tmp_path / "broken.csv"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    import_csv(v.window, v.window.session, bad)
    return False


@screen("help page")
def _help(v: Visitor) -> Any:
    from leitplanken.ui.shell import help as help_pages

    shown = help_pages.show_help(v.window)
    v.look(shown)
    for topic in help_pages.TOPICS:
        shown.show_topic(topic)
        v.look(shown)
    shown.close()
    return False


@screen("read-only register")
def _read_only(v: Visitor) -> Any:
    from leitplanken.storage import WorkspaceFile
    from leitplanken.ui.workspace.session import Session

    window = v.window
    own = window.session
    own.save()
    read_only = Session(WorkspaceFile.open(own.path, read_only=True), today=TODAY)
    window.set_session(read_only)
    window.show_page("register")
    v.look(window)
    read_only.close()
    window.set_session(own)
    return False
