"""The main window's menus and actions, with shortcuts and tooltips, in one place.

Handlers live with the window and FileOps; this module only creates, names and arranges the
actions, and re-sets their texts when the language changes.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from leitplanken.i18n.labels import without_mnemonic
from leitplanken.i18n.translator import fill
from leitplanken.ui.settings.recent_files import RecentFilesMenu

Key = QKeySequence.StandardKey


class WindowActions(QObject):
    """Creates the actions of a main window and its menu bar."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable[[], Any]],
                 open_recent: Callable[[Any], Any]) -> None:
        """handlers maps action keys ("new", "open", "save" …) to the window's methods."""
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        shortcuts: dict[str, Any] = {
            "new": Key.New, "open": Key.Open, "save": Key.Save, "save_as": Key.SaveAs,
            "quit": Key.Quit, "undo": Key.Undo, "redo": "Ctrl+Shift+Z", "copy": Key.Copy,
            "settings": Key.Preferences, "new_use_case": "Ctrl+Shift+N",
            "remove_use_case": "Ctrl+Del", "go_dashboard": "Ctrl+1", "go_register": "Ctrl+2",
            "go_people": "Ctrl+3", "go_systems": "Ctrl+4", "back": "Alt+Left",
            "find": Key.Find, "export_pdf": "Ctrl+E", "history": "Ctrl+H",
        }
        for key, handler in handlers.items():
            action = QAction(window)
            action.setObjectName(f"action-{key}")
            action.triggered.connect(lambda _checked=False, h=handler: h())
            shortcut = shortcuts.get(key)
            if isinstance(shortcut, str):
                action.setShortcut(QKeySequence(shortcut))
            elif shortcut is not None:
                action.setShortcuts(QKeySequence.keyBindings(shortcut))
            window.addAction(action)
            self.actions[key] = action
        if "settings" in self.actions and not self.actions["settings"].shortcuts():
            self.actions["settings"].setShortcut(QKeySequence("Ctrl+,"))
        if "quit" in self.actions and not self.actions["quit"].shortcuts():
            # Windows knows no key for Quit (Alt+F4 closes any window); the menu shows Ctrl+Q
            self.actions["quit"].setShortcut(QKeySequence("Ctrl+Q"))
        if "redo" in self.actions:
            self.actions["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.recent = RecentFilesMenu(open_recent, window)
        self._build_menus()
        self.retranslate()

    def _build_menus(self) -> None:
        """File, Edit, Use case, View and Help, in the order users expect."""
        bar = self.window.menuBar()
        a = self.actions
        self.file_menu = bar.addMenu("")
        for key in ("new", "open"):
            self.file_menu.addAction(a[key])
        self.file_menu.addMenu(self.recent)
        self.file_menu.addSeparator()
        for key in ("save", "save_as"):
            self.file_menu.addAction(a[key])
        self.file_extras = self.file_menu.addSeparator()
        for key in ("export_pdf", "export_table", "import_csv"):
            if key in a:
                self.file_menu.addAction(a[key])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a["quit"])
        self.edit_menu = bar.addMenu("")
        for key in ("undo", "redo"):
            self.edit_menu.addAction(a[key])
        if "copy" in a:
            self.edit_menu.addSeparator()
            self.edit_menu.addAction(a["copy"])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a["find"])
        if "history" in a:
            self.edit_menu.addAction(a["history"])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a["settings"])
        self.use_case_menu = bar.addMenu("")
        for key in ("new_use_case", "remove_use_case"):
            self.use_case_menu.addAction(a[key])
        self.view_menu = bar.addMenu("")
        for key in ("go_dashboard", "go_register", "go_people", "go_systems", "back"):
            self.view_menu.addAction(a[key])
        if "catalogue" in a:
            self.view_menu.addSeparator()
            self.view_menu.addAction(a["catalogue"])
        self.help_menu = bar.addMenu("")
        # help pages for the screen on show go above this separator (add_help_action)
        self.help_extras = self.help_menu.addSeparator()
        for key in ("guided_start", "show_demo", "shortcuts"):
            if key in a:
                self.help_menu.addAction(a[key])
        self.help_menu.addSeparator()
        self.help_menu.addAction(a["about"])

    def add_file_action(self, action: QAction) -> None:
        """Lets the window add actions of optional dialogs (send copy, merge, export) to File."""
        self.file_menu.insertAction(self.file_extras, action)

    def add_help_action(self, action: QAction) -> None:
        """Puts an action at the top of Help (the help page for the screen on show, F1)."""
        self.help_menu.insertAction(self.help_extras, action)

    def shortcuts_text(self) -> str:
        """Every menu command with a shortcut, menu by menu, as a small table (Help → Keyboard shortcuts)."""
        rows = []
        for menu in self.menus():
            entries = [(without_mnemonic(act.text()), act.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                       for act in menu.actions() if not act.isSeparator() and not act.shortcut().isEmpty()]
            if entries:
                rows.append(f"<tr><td colspan=2><b>{html.escape(without_mnemonic(menu.title()))}</b></td></tr>")
                rows += [f"<tr><td>{html.escape(text)}</td><td>&nbsp;&nbsp;{html.escape(keys)}</td></tr>"
                         for text, keys in entries]
        return "<table>" + "".join(rows) + "</table>"

    def menus(self) -> list[QMenu]:
        """The top-level menus (tests check their titles are translated)."""
        return [self.file_menu, self.edit_menu, self.use_case_menu, self.view_menu, self.help_menu]

    def set_undo_texts(self, undo_text: str, redo_text: str) -> None:
        """"Undo Edit title" / "Redo …" in the Edit menu."""
        self.actions["undo"].setText(fill(self.tr("&Undo %1"), undo_text) if undo_text else self.tr("&Undo"))
        self.actions["redo"].setText(fill(self.tr("&Redo %1"), redo_text) if redo_text else self.tr("&Redo"))

    def retranslate(self) -> None:
        """Every menu and action text in the interface language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.use_case_menu.setTitle(self.tr("&Use case"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            "new": (self.tr("&New"), self.tr("Starts an empty workspace for a company")),
            "open": (self.tr("&Open…"), self.tr("Opens a workspace file (.leitplanken)")),
            "save": (self.tr("&Save"), self.tr("Saves the workspace to its file")),
            "save_as": (self.tr("Save &as…"), self.tr("Saves the workspace to a new file")),
            "export_pdf": (self.tr("&Export decision record…"), self.tr("Writes the decision record for the board as a PDF (Ctrl+E)")),
            "export_table": (self.tr("Export &list…"), self.tr("Writes the register, RACI matrices, checklists or decisions as CSV or Excel (XLSX)")),
            "history": (self.tr("&History…"), self.tr("What changed since a chosen day, and by whom (Ctrl+H)")),
            "catalogue": (self.tr("&Catalogue…"), self.tr("The standard activities and checklist items new use cases start with")),
            "import_csv": (self.tr("&Import use cases…"), self.tr("Adds use cases from a spreadsheet or inventory (CSV, TSV or Excel)")),
            "quit": (self.tr("&Quit"), self.tr("Closes Leitplanken (asks about unsaved changes)")),
            "undo": (self.tr("&Undo"), self.tr("Takes back the last change")),
            "redo": (self.tr("&Redo"), self.tr("Makes the last undone change again")),
            "copy": (self.tr("&Copy"), self.tr("Copies the selection; in the register the selected rows, as a table for Excel or Word (Ctrl+C)")),
            "find": (self.tr("&Find use case"), self.tr("Goes to the register's search field")),
            "settings": (self.tr("Se&ttings…"), self.tr("Language, company, board, pilot trap and paper size")),
            "new_use_case": (self.tr("&New use case"), self.tr("Adds a use case and opens it")),
            "remove_use_case": (self.tr("&Remove use case…"), self.tr("Removes the selected or open use case")),
            "go_dashboard": (self.tr("&Dashboard"), self.tr("Counts per status and what needs attention")),
            "go_register": (self.tr("&Use cases"), self.tr("The register of all use cases")),
            "go_people": (self.tr("&People"), self.tr("The company's people, internal and external")),
            "go_systems": (self.tr("&Systems"), self.tr("The company's existing systems")),
            "back": (self.tr("&Back to the register"), self.tr("Leaves the use-case editor")),
            "about": (self.tr("&About Leitplanken"), self.tr("Version and licence")),
            "guided_start": (self.tr("&Guided start…"), self.tr("A new use case through the article's three questions, step by step")),
            "show_demo": (self.tr("Show the &demo"), self.tr("Opens a made-up company to try things out; your own files stay untouched")),
            "shortcuts": (self.tr("&Keyboard shortcuts"), self.tr("Lists the keys for the menu commands")),
        }
        for key, (text, tip) in texts.items():
            action = self.actions.get(key)
            if action is not None:
                action.setText(text)
                action.setToolTip(tip)
                action.setStatusTip(tip)
        self.recent.retranslate()
