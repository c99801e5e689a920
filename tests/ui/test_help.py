"""F1 opens a short help page for the screen in front, in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from leitplanken.i18n.translator import Translator
from leitplanken.ui.editor.use_case_editor import TAB_MODULES
from leitplanken.ui.shell import help as help_pages


def _texts(topic: str) -> list[str]:
    title, paragraphs = help_pages.TOPICS[topic]
    return [str(title), *(str(p) for p in paragraphs)]


def test_every_screen_has_a_page() -> None:
    """Each page, editor tab and dialog class listed has a topic, and every tab is listed."""
    for cls, topic in help_pages.SCREEN_TOPICS.items():
        assert topic in help_pages.TOPICS, cls
    for _key, _module, cls in TAB_MODULES:
        assert cls in help_pages.SCREEN_TOPICS, f"editor tab {cls} has no help page"
    for cls in ("OverviewTab", "Dashboard", "RegisterView", "PeopleView", "SystemsView",
                "SettingsDialog", "ExportDialog", "HistoryDialog", "CatalogueDialog",
                "ImportWizard"):
        assert cls in help_pages.SCREEN_TOPICS, cls


@pytest.mark.parametrize("language", ["de", "de_CH"])
def test_every_page_is_translated(language: str) -> None:
    """No help page falls back to English in German; Swiss German writes "ss"."""
    tr = Translator(language)
    missing = []
    for topic in help_pages.TOPICS:
        for text in _texts(topic):
            shown = tr.translate("Help", text)
            if shown == text or (language == "de_CH" and "ß" in shown):
                missing.append(f"{topic}: {text[:60]!r}")
    assert not missing, f"{language}: help not translated:\n" + "\n".join(missing)


def test_pages_are_short_and_link_the_others() -> None:
    """A page is a few sentences, with a link to every other page."""
    for topic in help_pages.TOPICS:
        html = help_pages.page_html(topic)
        assert len(" ".join(_texts(topic))) < 900, topic
        assert html.count('href="help:') == len(help_pages.TOPICS) - 1


def _help_shown(qtbot):  # type: ignore[no-untyped-def]
    """The help window that is open now."""
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, help_pages.HelpDialog) and w.isVisible()]
    assert found, "F1 opened no help"
    return found[-1]


@pytest.mark.parametrize(("page", "tab", "topic"), [
    ("dashboard", None, "dashboard"), ("register", None, "register"),
    ("people", None, "people"), ("systems", None, "systems"),
    ("editor", "overview", "editor_overview"), ("editor", "raci", "editor_raci"),
    ("editor", "checklist", "editor_checklist"), ("editor", "cx", "editor_cx"),
    ("editor", "decisions", "editor_decisions"), ("editor", "systems", "editor_systems"),
])
def test_f1_opens_the_page_of_the_screen_in_front(window, qtbot, page, tab, topic) -> None:  # type: ignore[no-untyped-def]
    """F1 pressed on a page or an editor tab shows that screen's help."""
    if page == "editor":
        window.open_use_case(window.session.workspace.use_cases[0].uuid, tab)
    else:
        window.show_page(page)
    window.activateWindow()
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_F1)
    shown = _help_shown(qtbot)
    assert shown.topic == topic
    assert str(help_pages.TOPICS[topic][0]) in shown.view.toPlainText()
    shown.close()


def test_f1_in_a_dialog_and_the_menu_entry(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """F1 inside Settings shows the settings page; Help lists the entry with F1 on it."""
    from leitplanken.ui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.session, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F1)
    shown = _help_shown(qtbot)
    assert shown.topic == "settings" and shown.parentWidget() is dialog.window()
    shown.close()
    dialog.reject()
    entries = {a.objectName(): a for a in window.ui.help_menu.actions()}
    assert "action-help" in entries
    assert QKeySequence("F1") in entries["action-help"].shortcuts()


def test_help_follows_the_language(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A language switch retranslates an open help page and the menu entry."""
    from leitplanken.ui.settings.language import apply_language

    shown = help_pages.show_help(window)
    try:
        apply_language("de")
        QApplication.processEvents()
        title = Translator("de").translate("Help", str(help_pages.TOPICS[shown.topic][0]))
        assert title in shown.view.toPlainText()
        entry = window.findChild(type(window.ui.actions["about"]), "action-help")
        assert entry.text() == Translator("de").translate("Help", "&Help for this screen")
    finally:
        apply_language("en")
        shown.close()
