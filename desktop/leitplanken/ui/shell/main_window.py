"""The main window: a sidebar (dashboard, use cases, people, systems) beside the pages.

Menus live in actions.py, file handling in ui/files/; the pages are built anew for each
opened workspace, so nothing of the previous file can linger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from leitplanken import __version__
from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import UseCase
from leitplanken.domain.text_hints import compile_patterns
from leitplanken.i18n.translator import fill
from leitplanken.ui.files.errors import show_error
from leitplanken.ui.files.file_ops import FileOps
from leitplanken.ui.files.file_sharing import FileSharing
from leitplanken.ui.settings import app_settings
from leitplanken.ui.shell import help as help_pages
from leitplanken.ui.shell.actions import WindowActions
from leitplanken.ui.shell.dashboard import Dashboard
from leitplanken.ui.shell.people_view import PeopleView
from leitplanken.ui.shell.register_view import RegisterView
from leitplanken.ui.shell.systems_view import SystemsView
from leitplanken.ui.shell.welcome import WelcomePage
from leitplanken.ui.widgets import accessibility
from leitplanken.ui.workspace import edits
from leitplanken.ui.workspace.session import Session

if TYPE_CHECKING:
    from leitplanken.ui.editor.use_case_editor import UseCaseEditor

#: Sidebar rows, in order.
#: How long the window is idle after showing a workspace before it builds the editor (ms).
EDITOR_WARM_UP_MS = 1500

PAGES = ("dashboard", "register", "people", "systems")


class MainWindow(QMainWindow):
    """One window showing one workspace."""

    def __init__(self, session: Session | None = None) -> None:
        """Builds menus and the sidebar; shows `session` when given."""
        super().__init__()
        accessibility.install()  # every input gets a name for screen readers as it is shown
        self.setObjectName("main-window")
        self.session: Session | None = None
        self.files = FileOps(self)
        self.files.opened.connect(self.set_session)
        handlers = {
            "new": self.files.new_file, "open": self.files.open_dialog, "save": self.files.save,
            "save_as": self.files.save_as, "quit": self.close,
            "undo": self._undo, "redo": self._redo, "find": self._find,
            "settings": self.open_settings, "new_use_case": self.new_use_case,
            "remove_use_case": self.remove_use_case,
            "go_dashboard": lambda: self.show_page("dashboard"),
            "go_register": lambda: self.show_page("register"),
            "go_people": lambda: self.show_page("people"),
            "go_systems": lambda: self.show_page("systems"),
            "back": lambda: self.show_page("register"), "about": self.about,
            "copy": self._copy,
            "show_demo": self.files.open_demo, "guided_start": self.guided_start,
            "shortcuts": self.show_shortcuts,
        }
        if _has_module("leitplanken.ui.files.csv_import"):
            handlers["import_csv"] = self.import_csv
        if _has_module("leitplanken.ui.export.export_dialog"):
            handlers["export_pdf"] = self.export_pdf
        if _has_module("leitplanken.ui.files.table_export_dialog"):
            handlers["export_table"] = self.export_table
        if _has_module("leitplanken.ui.shell.history_dialog"):
            handlers["history"] = self.show_history
        handlers["catalogue"] = self.show_catalogue
        self.ui = WindowActions(self, handlers, self.files.open_path)
        self.ui.add_help_action(help_pages.help_action(self))  # F1: the page for the screen in front
        help_pages.install()  # F1 in dialogs too
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(0, 0))
        self.sidebar.addItems(["" for _ in PAGES])
        self.sidebar.currentRowChanged.connect(self._sidebar_chosen)
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self.stack)  # kept across sessions: shown when none is open
        self.welcome.create_requested.connect(self.files.new_file)
        self.welcome.open_requested.connect(self.files.open_dialog)
        self.welcome.demo_requested.connect(self.files.open_demo)
        self.welcome.recent_chosen.connect(lambda path: self.files.open_path(path, ask=False))
        self.stack.addWidget(self.welcome)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.file_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.file_label)
        self.sharing = FileSharing(self)  # Send copy, Merge from file, Check file; read-only bar
        self.pages: dict[str, QWidget] = {}
        self._editor: UseCaseEditor | None = None
        # The editor is built while the window is idle after a workspace is shown, so the
        # first use case opens as fast as the next ones (building its tabs takes ~0.2 s).
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(EDITOR_WARM_UP_MS)
        self._warm_timer.timeout.connect(self._warm_editor)
        self.retranslate()
        self.resize(1200, 780)
        if session is not None:
            self.set_session(session)
        else:
            self._follow_session_state()

    @property
    def editor(self) -> UseCaseEditor | None:
        """The use-case editor, built on first use (its tabs are most of the window's weight)."""
        if self._editor is None and self.session is not None:
            # delayed: start-up speed (the editor's tabs are most of the window's weight)
            from leitplanken.ui.editor.use_case_editor import UseCaseEditor

            editor = UseCaseEditor(self.session, self.stack)
            editor.back_requested.connect(lambda: self.show_page("register"))
            self.pages["editor"] = editor
            self.stack.addWidget(editor)
            self._editor = editor
        return self._editor

    def _warm_editor(self) -> None:
        """Builds the editor now, while nothing else happens (see __init__)."""
        # delayed: the file tasks' module loads with the first save, not at start-up
        from leitplanken.ui.files.file_task import is_running

        if self.session is None or self.session.closed or not self.isVisible():
            return
        if is_running() or QApplication.activeModalWidget() is not None:
            self._warm_timer.start()  # busy or a dialog open: later
            return
        _ = self.editor
        compile_patterns()  # the readiness check of the first use case opened needs them
        self.session.person_load()  # its responsibility matrix shows what people carry

    # -- session -----------------------------------------------------------------------------
    def set_session(self, session: Session) -> None:
        """Shows another workspace: new pages, undo actions and title follow it."""
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.session = session
        session.setParent(self)
        name = app_settings.my_name()
        if name:  # "I am …" in Settings: the author of this session's changes in the history
            session.file.author = name
        self.pages = {
            "dashboard": Dashboard(session, self.stack),
            "register": RegisterView(session, self.stack),
            "people": PeopleView(session, self.stack),
            "systems": SystemsView(session, self.stack),
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        self._editor = None  # built when idle or when a use case is first opened: a faster start
        self._warm_timer.start()
        dash: Dashboard = self.pages["dashboard"]  # type: ignore[assignment]
        dash.navigate.connect(self.open_use_case)
        dash.status_chosen.connect(self._show_status)
        dash.people_requested.connect(lambda: self.show_page("people"))
        dash.start_requested.connect(self.new_use_case)
        register: RegisterView = self.pages["register"]  # type: ignore[assignment]
        register.open_requested.connect(self.open_use_case)
        register.add_requested.connect(self.new_use_case)
        session.file_state_changed.connect(self.update_title)
        # an untitled workspace is named for its company: the title follows a new name
        session.changed.connect(lambda kind, _uuid: self.update_title() if kind == "company" else None)
        session.error.connect(lambda err: show_error(self, err))
        session.undo.canUndoChanged.connect(self._update_undo)
        session.undo.canRedoChanged.connect(self._update_undo)
        session.undo.undoTextChanged.connect(self._update_undo)
        session.undo.redoTextChanged.connect(self._update_undo)
        dash.settings_requested.connect(self.open_settings)
        self.show_page("dashboard")
        self.update_title()
        self._update_undo()
        self.sharing.follow(session)
        self._follow_session_state()

    def show_welcome(self, notice: str = "") -> None:
        """The welcome page instead of a workspace (first start, or the last file is gone)."""
        self.welcome.set_notice(notice)
        self.welcome.refresh()
        self.stack.setCurrentWidget(self.welcome)
        self._follow_session_state()
        self.welcome.create_button.setFocus()

    def _follow_session_state(self) -> None:
        """Without a workspace only New, Open, the demo, Quit and Help make sense."""
        has = self.session is not None
        self.sidebar.setVisible(has)
        always = {"new", "open", "quit", "about", "show_demo", "shortcuts"}
        for key, action in self.ui.actions.items():
            if key not in always and key not in ("undo", "redo", "back"):
                action.setEnabled(has)
        if not has:
            self.ui.actions["back"].setEnabled(False)
        self.sharing.update_actions()
        self.update_title()

    def update_title(self) -> None:
        """File name and the [*] modified mark; the status bar names the full path."""
        session = self.session
        if session is None:
            self.setWindowTitle("Leitplanken")
            self.setWindowModified(False)
            self.file_label.setText("")
            return
        name = self.files.workspace_name(session)
        suffix = " " + self.tr("(read-only)") if session.read_only else ""
        self.setWindowTitle(f"{name}[*]{suffix} — Leitplanken")
        self.setWindowModified(session.modified)
        where = str(session.path) if session.path is not None else self.tr("Not saved yet")
        if session.modified:  # the title's "*" is easy to miss: the status bar says it in words
            where = fill(self.tr("%1 — unsaved changes"), where)
        self.file_label.setText(where)
        self.ui.actions["save"].setEnabled(True)

    def _update_undo(self, *_args: object) -> None:
        """Enables Undo/Redo and names what they would do."""
        undo = self.session.undo if self.session is not None else None
        self.ui.actions["undo"].setEnabled(bool(undo and undo.canUndo()))
        self.ui.actions["redo"].setEnabled(bool(undo and undo.canRedo()))
        self.ui.set_undo_texts(undo.undoText() if undo else "", undo.redoText() if undo else "")

    def _undo(self) -> None:
        """Edit → Undo (pending typing becomes a step first, so it is what gets undone)."""
        if self.session is not None:
            self.session.flush()
            self.session.undo.undo()

    def _redo(self) -> None:
        """Edit → Redo."""
        if self.session is not None:
            self.session.undo.redo()

    def _copy(self) -> None:
        """Edit → Copy (Ctrl+C): the register's selected rows, else what the focused widget holds.

        Text fields take Ctrl+C themselves before this action sees it; a table elsewhere gets
        its current cell copied, as Qt's own tables do.
        """
        focus = QApplication.focusWidget()
        register = self.pages.get("register")
        if isinstance(register, RegisterView) and self.current_page() == "register" and (
                focus is None or focus is register.table or register.table.isAncestorOf(focus)):
            register.copy_rows()
            return
        own_copy = getattr(focus, "copy", None)
        if callable(own_copy):
            own_copy()
        elif isinstance(focus, QAbstractItemView) and focus.currentIndex().isValid():
            QApplication.clipboard().setText(str(focus.currentIndex().data() or ""))

    # -- navigation --------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        """Shows a page; the editor counts as part of "Use cases" in the sidebar."""
        page = self.pages.get(key)
        if page is None:
            return
        leaving_editor = self._editor is not None and self.stack.currentWidget() is self._editor
        if key != "editor" and leaving_editor and self.session is not None:
            self.session.flush()
        self.stack.setCurrentWidget(page)
        row = PAGES.index("register") if key == "editor" else PAGES.index(key)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(row)
        self.sidebar.blockSignals(False)
        self.ui.actions["back"].setEnabled(key == "editor")

    def current_page(self) -> str:
        """The key of the page on show."""
        for key, page in self.pages.items():
            if page is self.stack.currentWidget():
                return key
        return ""

    def _sidebar_chosen(self, row: int) -> None:
        """A click in the sidebar."""
        if 0 <= row < len(PAGES):
            self.show_page(PAGES[row])

    def open_use_case(self, uuid: str, tab: str = "overview", params: dict | None = None) -> None:
        """Opens a use case in the editor on a tab, focusing what a link points at."""
        if self.editor is None or self.session is None or self.session.workspace.use_case(uuid) is None:
            return
        self.editor.set_use_case(uuid)
        self.show_page("editor")
        self.editor.show_tab(tab or "overview", params or {})

    def _show_status(self, status: str) -> None:
        """The dashboard's status count opens the register filtered by it."""
        register: RegisterView = self.pages["register"]  # type: ignore[assignment]
        register.clear_filters()
        register.set_filter("status", status)
        self.show_page("register")

    def _find(self) -> None:
        """Ctrl+F: to the register's search field."""
        self.show_page("register")
        register: RegisterView = self.pages["register"]  # type: ignore[assignment]
        register.search.setFocus()
        register.search.selectAll()

    # -- use cases ---------------------------------------------------------------------------
    def new_use_case(self) -> None:
        """Adds a use case seeded from the catalogue and opens its overview with the title selected."""
        if self.session is None or self.session.read_only:
            return
        if _has_module("leitplanken.ui.editor.wizard"):
            # delayed: start-up speed (the wizard loads when a first use case is added)
            from leitplanken.ui.editor.wizard import needs_first_use_case, run_first_use_case_wizard

            if needs_first_use_case(self.session):
                created = run_first_use_case_wizard(self.session, self)
                if created is not None:
                    self.open_use_case(created, "overview")
                return
        ws = self.session.workspace
        uc = UseCase(title=self.tr("New use case"), created_on=self.session.today())
        seed_use_case(uc, ws.company.language or app_settings.interface_language(),
                      ws.company.catalogue_version)
        edits.add_records(self.session, [uc], text=self.tr("Add use case"))
        if ws.use_case(uc.uuid) is None:
            return
        self.open_use_case(uc.uuid, "overview", {"field": "title"})
        assert self.editor is not None
        title = self.editor.pages["overview"].fields["title"]
        title.selectAll()

    def remove_use_case(self) -> None:
        """Removes the open or selected use case after asking (undo brings it back)."""
        if self.session is None or self.session.read_only:
            return
        uuid = None
        if self.current_page() == "editor" and self.editor is not None:
            uuid = self.editor.use_case_uuid
        elif self.current_page() == "register":
            register: RegisterView = self.pages["register"]  # type: ignore[assignment]
            index = register.table.currentIndex()
            uuid = index.data(Qt.ItemDataRole.UserRole + 2) if index.isValid() else None
        uc = self.session.workspace.use_case(uuid) if uuid else None
        if uc is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove use case"),
            fill(self.tr("Remove “%1” with its responsibility matrix, checklist and decisions? Edit → Undo brings it back."), uc.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        edits.remove_records(self.session, [uc], text=fill(self.tr("Remove %1"), uc.title))
        self.show_page("register")

    def export_pdf(self) -> None:
        """File → Export decision record… (the PDF libraries load only now)."""
        if self.session is None:
            return
        from leitplanken.ui.export.export_dialog import ExportDialog  # delayed: start-up speed

        self.session.flush()
        dialog = ExportDialog(self.session, self)
        # the dialog's fix buttons: Settings at the missing part, or the use case's board tab
        dialog.company_requested.connect(self.open_settings)
        dialog.use_case_requested.connect(
            lambda uuid, field: self.open_use_case(uuid, "board", {"field": field}))
        dialog.exec()

    def export_table(self) -> None:
        """File → Export list… (openpyxl loads only when an XLSX is written)."""
        if self.session is None:
            return
        # delayed: start-up speed (the dialog and the export load when asked for)
        from leitplanken.ui.files.table_export_dialog import TableExportDialog

        self.session.flush()
        TableExportDialog(self.session, self).exec()

    def show_history(self) -> None:
        """Edit → History…"""
        if self.session is None:
            return
        from leitplanken.ui.shell.history_dialog import HistoryDialog  # delayed: start-up speed

        self.session.flush()
        HistoryDialog(self.session, self).exec()

    def show_catalogue(self) -> None:
        """View → Catalogue…"""
        if self.session is None:
            return
        from leitplanken.ui.shell.catalogue_dialog import CatalogueDialog  # delayed: start-up

        CatalogueDialog(self.session, self).exec()

    def import_csv(self) -> None:
        """File → Import CSV…"""
        if self.session is None or self.session.read_only:
            return
        from leitplanken.ui.files.csv_import import import_csv  # delayed: start-up speed

        import_csv(self, self.session)

    # -- dialogs -----------------------------------------------------------------------------
    def open_settings(self, section: str = "") -> None:
        """Edit → Settings…; the dashboard's links open it at the missing part ("name", "board")."""
        if self.session is None:
            return
        from leitplanken.ui.settings.settings_dialog import SettingsDialog  # delayed: start-up

        dialog = SettingsDialog(self.session, self)
        dialog.focus_section(section)
        dialog.exec()
        name = app_settings.my_name()
        if name and self.session is not None:
            self.session.file.author = name

    def guided_start(self) -> None:
        """Help → Guided start: the three questions step by step, for a new use case."""
        if self.session is None or self.session.read_only:
            return
        # delayed: start-up speed (the wizard loads when it is asked for)
        from leitplanken.ui.editor.wizard import run_first_use_case_wizard

        created = run_first_use_case_wizard(self.session, self)
        if created is not None:
            self.open_use_case(created, "overview")

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: every menu command that has one, in the menus' order."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"),
                          self.ui.shortcuts_text(), QMessageBox.StandardButton.Close, self)
        box.setObjectName("keyboard-shortcuts")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.exec()

    def about(self) -> None:
        """Help → About."""
        QMessageBox.about(self, self.tr("About Leitplanken"), fill(self.tr(
            "Leitplanken %1\n\nGuardrails for AI in small and medium-sized enterprises: use cases, "
            "responsibility matrix, integration checklist and the board's decision record.\n\n"
            "Guidance, not legal advice."), __version__))

    # -- closing and language ----------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Asks about unsaved changes; Cancel keeps the window open."""
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.session is not None:
            self.session.close()
        event.accept()

    def retranslate(self) -> None:
        """Sidebar, menus and title in the interface language."""
        names = [self.tr("Dashboard"), self.tr("Use cases"), self.tr("People"), self.tr("Systems")]
        for row, name in enumerate(names):
            self.sidebar.item(row).setText(name)
        self.sidebar.setFixedWidth(max(self.sidebar.sizeHintForColumn(0) + 28, 140))
        self.sidebar.setAccessibleName(self.tr("Pages"))  # read before its entries
        self.ui.retranslate()
        self._update_undo()
        self.update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _has_module(name: str) -> bool:
    """Whether an optional part of the window is in this build."""
    import importlib.util

    return importlib.util.find_spec(name) is not None
