"""F1: a short built-in help page for the screen in front, offline and in the interface language.

The pages are strings of the translation catalogue (context "Help"), so German and Swiss
German come with the rest of the interface and Swiss spelling is derived like every other
text. Which page belongs to which screen is decided from the widget that has the focus: its
nearest ancestor whose class is listed in `SCREEN_TOPICS` (a dialog, an editor tab, a page).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

#: topic -> (title, paragraphs); the words are the glossary's (PRODUCT.md).
TOPICS: dict[str, tuple[object, tuple[object, ...]]] = {
    "welcome": (QT_TRANSLATE_NOOP("Help", "Getting started"), (
        QT_TRANSLATE_NOOP("Help", "Leitplanken keeps one company's AI use cases in one file: "
                          "who answers for what, what is still missing before regular "
                          "operation, and the decision record for your board."),
        QT_TRANSLATE_NOOP("Help", "Create your company's workspace to start, open a file you "
                          "received, or look at the demo company first; the demo never "
                          "touches your own files."),
    )),
    "dashboard": (QT_TRANSLATE_NOOP("Help", "Dashboard"), (
        QT_TRANSLATE_NOOP("Help", "The dashboard counts the use cases per status and lists "
                          "what needs attention: pilots in the pilot trap, overdue checklist "
                          "items, responsibility matrices without exactly one Accountable, "
                          "reviews that are due and people who are accountable for many use "
                          "cases."),
        QT_TRANSLATE_NOOP("Help", "Double-click an entry to open the use case where the "
                          "problem is; click a status to see those use cases in the "
                          "register."),
    )),
    "register": (QT_TRANSLATE_NOOP("Help", "Use cases"), (
        QT_TRANSLATE_NOOP("Help", "The register lists every use case. Type in the search "
                          "field to find words in titles, problems and tags; the filters "
                          "narrow it down by status, owner, risk class, customer contact and "
                          "readiness. Click a column heading to sort."),
        QT_TRANSLATE_NOOP("Help", "Open a use case with a double-click or Enter. File → "
                          "Import use cases adds them from a spreadsheet or an existing "
                          "inventory."),
    )),
    "people": (QT_TRANSLATE_NOOP("Help", "People"), (
        QT_TRANSLATE_NOOP("Help", "The company's people, internal and external (advisers, "
                          "providers). External partners can take on checklist items and "
                          "roles in the responsibility matrix, but the Accountable for an "
                          "activity must always be an internal person."),
    )),
    "systems": (QT_TRANSLATE_NOOP("Help", "Systems"), (
        QT_TRANSLATE_NOOP("Help", "The systems the company already works with (CRM, ERP, "
                          "e-mail, website, phone, accounting). A tool that does not talk to "
                          "them stays an experiment: each use case records which systems it "
                          "touches and how."),
    )),
    "editor_overview": (QT_TRANSLATE_NOOP("Help", "Use case: overview"), (
        QT_TRANSLATE_NOOP("Help", "Answer the article's three questions: which concrete "
                          "problem the use case solves (not “raise efficiency” but “answer "
                          "recurring enquiries automatically”), where it relieves customers "
                          "and employees, and who keeps responsibility."),
        QT_TRANSLATE_NOOP("Help", "Write down where automation ends and the human begins. "
                          "The status changes only through a recorded decision (Decisions "
                          "tab)."),
    )),
    "editor_systems": (QT_TRANSLATE_NOOP("Help", "Use case: systems"), (
        QT_TRANSLATE_NOOP("Help", "Which of the company's systems this use case works with, "
                          "and how: not connected, manual transfer or automated. A manual "
                          "transfer needs someone who owns it."),
    )),
    "editor_raci": (QT_TRANSLATE_NOOP("Help", "Responsibility matrix (RACI)"), (
        QT_TRANSLATE_NOOP("Help", "One row per activity, one column per person. R does the "
                          "work, A answers for it, C is consulted, I is informed. Each "
                          "activity needs exactly one A, an internal person, never an "
                          "external provider; at least one R (A may also be R)."),
        QT_TRANSLATE_NOOP("Help", "Type R, A, C or I into a cell, or Delete to clear it; "
                          "AI makes no decisions, people do."),
    )),
    "editor_checklist": (QT_TRANSLATE_NOOP("Help", "Integration checklist"), (
        QT_TRANSLATE_NOOP("Help", "What must be settled before regular operation, by "
                          "category. Tick an item (or press Space) when it is done; the "
                          "context menu sets every state. “Not applicable” needs a reason, "
                          "which the decision record shows."),
        QT_TRANSLATE_NOOP("Help", "Give each item an owner and a due date; add your own "
                          "items, or switch off a catalogue item this use case does not "
                          "need. Required items count for readiness."),
    )),
    "editor_cx": (QT_TRANSLATE_NOOP("Help", "Customer experience (CX) check"), (
        QT_TRANSLATE_NOOP("Help", "Customer experience is the compass: does it feel "
                          "coherent, is it comprehensible, is responsibility visibly taken? "
                          "Rate each question and note why."),
        QT_TRANSLATE_NOOP("Help", "Set a response-time target for customer-facing use cases "
                          "and a fallback for when the AI fails."),
    )),
    "editor_decisions": (QT_TRANSLATE_NOOP("Help", "Decisions"), (
        QT_TRANSLATE_NOOP("Help", "The decision log is kept forever: start evaluation, start "
                          "pilot, extend pilot, go live, pause, stop, change. A mistake is "
                          "corrected by a new entry that refers to the old one."),
        QT_TRANSLATE_NOOP("Help", "The readiness check shows what is still missing for "
                          "regular operation; going live without it needs a reason, which "
                          "the decision record prints."),
    )),
    "editor_board": (QT_TRANSLATE_NOOP("Help", "For the board"), (
        QT_TRANSLATE_NOOP("Help", "The motion is the one sentence the board decides on and "
                          "the minute-taker copies. Give the options, your recommendation and "
                          "why; the decision record prints them on the use case's page."),
    )),
    "decision": (QT_TRANSLATE_NOOP("Help", "Recording a decision"), (
        QT_TRANSLATE_NOOP("Help", "Record what was decided, when, why, under which "
                          "conditions and by whom, and when it is reviewed next. The use "
                          "case's status follows the decision."),
    )),
    "guided_start": (QT_TRANSLATE_NOOP("Help", "Guided start"), (
        QT_TRANSLATE_NOOP("Help", "Three short pages for a first use case: the concrete "
                          "problem and the relief, where automation ends and the human "
                          "begins, and who checks, who intervenes and who answers for it. "
                          "Everything can be changed later in the use case."),
    )),
    "settings": (QT_TRANSLATE_NOOP("Help", "Settings"), (
        QT_TRANSLATE_NOOP("Help", "The interface language, the company (name, legal form, "
                          "formats and currency), the board with its members and their roles "
                          "(chair, minute-taker), the next meeting, the days after which a "
                          "pilot counts as a pilot trap, and the paper size of the decision "
                          "record."),
    )),
    "export": (QT_TRANSLATE_NOOP("Help", "Decision record"), (
        QT_TRANSLATE_NOOP("Help", "The decision record is a board paper: cover, agenda, one "
                          "page per item for decision with the motion, options and "
                          "recommendation, items for information, a minutes skeleton and an "
                          "appendix with the details."),
        QT_TRANSLATE_NOOP("Help", "Choose the use cases and whether each is for decision or "
                          "for information; the dialog lists what is missing (company, board "
                          "members, motions) before you export. The record's language may "
                          "differ from the interface's."),
    )),
    "import": (QT_TRANSLATE_NOOP("Help", "Importing use cases"), (
        QT_TRANSLATE_NOOP("Help", "File → Import use cases adds them from a spreadsheet or an "
                          "inventory (CSV, TSV or Excel): one row per use case, a header row "
                          "naming the columns. The wizard shows a preview, lets you match "
                          "columns and values, and adds nothing before you confirm; Edit → "
                          "Undo takes the whole import back."),
    )),
    "history": (QT_TRANSLATE_NOOP("Help", "History"), (
        QT_TRANSLATE_NOOP("Help", "Every change with its time and author: choose a day, for "
                          "example the last board meeting, to see what changed since. The "
                          "author is the person chosen in Settings (“I am …”)."),
    )),
    "catalogue": (QT_TRANSLATE_NOOP("Help", "Catalogue"), (
        QT_TRANSLATE_NOOP("Help", "The standard activities of the responsibility matrix and "
                          "the items of the integration checklist that new use cases start "
                          "with. The hints cite the rule an item comes from: guidance, not "
                          "legal advice."),
    )),
    "sharing": (QT_TRANSLATE_NOOP("Help", "Sharing the file"), (
        QT_TRANSLATE_NOOP("Help", "Send copy writes a copy for a colleague or an adviser, "
                          "encrypted if you like; Merge from file takes their changes back "
                          "and asks where both of you changed the same thing; Check file "
                          "tells whether a file is intact."),
        QT_TRANSLATE_NOOP("Help", "A file open elsewhere opens read-only; after a crash the "
                          "unsaved work is offered back at the next start."),
    )),
}

#: Class name of a screen (page, editor tab, dialog) -> its help topic.
SCREEN_TOPICS: dict[str, str] = {
    "WelcomePage": "welcome", "Dashboard": "dashboard", "RegisterView": "register",
    "PeopleView": "people", "SystemsView": "systems", "NewPersonDialog": "people",
    "OverviewTab": "editor_overview", "SystemsTab": "editor_systems",
    "NewSystemDialog": "editor_systems", "RaciTab": "editor_raci",
    "ChecklistTab": "editor_checklist", "NaReasonDialog": "editor_checklist",
    "CxTab": "editor_cx", "DecisionsTab": "editor_decisions", "BoardTab": "editor_board",
    "DecisionDialog": "decision", "FirstUseCaseWizard": "guided_start",
    "SettingsDialog": "settings", "CompanyPage": "settings", "ExportDialog": "export",
    "PdfPreview": "export", "TableExportDialog": "export", "HistoryDialog": "history",
    "CatalogueDialog": "catalogue", "SendCopyDialog": "sharing",
    "PassphraseDialog": "sharing", "MergeDialog": "sharing", "LockDialog": "sharing",
    "CheckFileDialog": "sharing", "RecoveryDialog": "sharing", "ImportWizard": "import",
}


def _tr(text: object) -> str:
    """A help text in the interface language (QT_TRANSLATE_NOOP hands back the source)."""
    return QCoreApplication.translate("Help", str(text))


def topic_for(widget: QWidget | None) -> str:
    """The help topic of the screen a widget belongs to (the nearest listed ancestor)."""
    while widget is not None:
        topic = SCREEN_TOPICS.get(type(widget).__name__)
        if topic is not None:
            return topic
        if widget.objectName() == "main-window":
            return _main_window_topic(widget)
        widget = widget.parentWidget()
    return "dashboard"


def _main_window_topic(window: QWidget) -> str:
    """The page (or editor tab) in front of the main window."""
    stack = getattr(window, "stack", None)
    page = stack.currentWidget() if stack is not None else None
    editor = getattr(window, "_editor", None)
    if page is not None and page is editor and editor is not None:
        return SCREEN_TOPICS.get(type(editor.tabs.currentWidget()).__name__, "editor_overview")
    return SCREEN_TOPICS.get(type(page).__name__, "dashboard") if page is not None else "dashboard"


def page_html(topic: str) -> str:
    """One help page as HTML: title, paragraphs, and links to every other page."""
    title, paragraphs = TOPICS[topic]
    parts = [f"<h2>{escape(_tr(title))}</h2>"]
    parts += [f"<p>{escape(_tr(p))}</p>" for p in paragraphs]
    others = [f'<a href="help:{key}">{escape(_tr(t))}</a>'
              for key, (t, _p) in TOPICS.items() if key != topic]
    label = QCoreApplication.translate("Help", "Other screens")
    parts.append(f"<hr/><p><b>{escape(label)}:</b> " + " · ".join(others) + "</p>")
    return "".join(parts)


class HelpDialog(QDialog):
    """The help window: one page, links to the others; stays open beside the work."""

    def __init__(self, topic: str, parent: QWidget | None = None) -> None:
        """Shows `topic`; a link shows another page in the same window."""
        super().__init__(parent)
        self.setObjectName("help-dialog")
        self.resize(560, 460)
        self.topic = topic
        self.view = QTextBrowser(self)
        self.view.setObjectName("help-text")
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.show_topic(topic)

    def show_topic(self, topic: str) -> None:
        """Shows one page (an unknown topic shows the dashboard's)."""
        self.topic = topic if topic in TOPICS else "dashboard"
        self.setWindowTitle(QCoreApplication.translate("Help", "Help") + " – " + _tr(TOPICS[self.topic][0]))
        self.view.setHtml(page_html(self.topic))

    def _follow(self, url: QUrl) -> None:
        """A link to another help page."""
        if url.scheme() == "help":
            self.show_topic(url.path())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Qt's route for a live language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.show_topic(self.topic)
        super().changeEvent(event)


_OPEN: list[HelpDialog] = []


def show_help(widget: QWidget | None = None) -> HelpDialog:
    """Opens (or brings up) the help for the screen of `widget` (the focused one by default)."""
    widget = widget or QApplication.focusWidget() or QApplication.activeWindow()
    topic = topic_for(widget)
    # beside a modal dialog the help must belong to it, or the dialog would block it
    owner = QApplication.activeModalWidget() or (widget.window() if widget else None)
    for dialog in list(_OPEN):
        try:
            same_owner = dialog.parentWidget() is owner
        except RuntimeError:  # its owner was closed and deleted
            _OPEN.remove(dialog)
            continue
        if same_owner:
            dialog.show_topic(topic)
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = HelpDialog(topic, owner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda *_a, d=dialog: _OPEN.remove(d) if d in _OPEN else None)
    _OPEN.append(dialog)
    dialog.show()
    return dialog


class _F1(QObject):
    """F1 anywhere, in dialogs too (the menu's shortcut only reaches the main window)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Opens the help for the focused screen on F1 that no shortcut took."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() == Qt.Key.Key_F1 and isinstance(watched, QWidget):
            show_help(watched)  # the widget the key went to: the focused one
            return True
        return False


class _ActionTexts(QObject):
    """Keeps the Help menu entry in the interface language (actions get no LanguageChange)."""

    def __init__(self, action: QAction, window: QWidget) -> None:
        """Watches the window the action belongs to."""
        super().__init__(action)
        self.action = action
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        """The entry's text and tooltip."""
        self.action.setText(QCoreApplication.translate("Help", "&Help for this screen"))
        tip = QCoreApplication.translate("Help", "A short help page for the screen in front (F1)")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The window's language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def help_action(window: QWidget) -> QAction:
    """Help → "Help for this screen" with F1, for the main window's menu."""
    action = QAction(window)
    action.setObjectName("action-help")
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
                        or [QKeySequence("F1")])
    action.triggered.connect(lambda _checked=False: show_help())
    _ActionTexts(action, window)
    window.addAction(action)
    return action


_FILTER: list[_F1] = []


def install(app: QApplication | None = None) -> None:
    """Makes F1 open the help everywhere (the window calls it; idempotent)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or _FILTER:
        return
    f1 = _F1(app)
    app.installEventFilter(f1)
    _FILTER.append(f1)
