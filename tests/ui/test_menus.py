"""Keyboard accelerators: one letter per command in every menu, page and dialog, in every language.

Alt+letter is how many owners work without a mouse; a letter used twice in one menu (or a
page's button taking a letter of the menu bar) makes the key do the wrong thing or nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)

from leitplanken.storage import WorkspaceFile
from leitplanken.ui.files.file_ops import new_workspace
from leitplanken.ui.settings.company_page import CompanyPage
from leitplanken.ui.settings.language import apply_language
from leitplanken.ui.settings.settings_dialog import SettingsDialog
from leitplanken.ui.shell.main_window import MainWindow
from leitplanken.ui.workspace.session import Session

LANGUAGES = ("de", "de_CH", "en")


def mnemonic(text: str) -> str | None:
    """The accelerator letter of a text ("Save &as…" → "a"); "&&" is a literal ampersand."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def duplicates(texts: list[str]) -> list[str]:
    """The texts whose letter another text of the same list also uses."""
    letters = Counter(m for m in map(mnemonic, texts) if m)
    return [t for t in texts if (m := mnemonic(t)) and letters[m] > 1]


def menu_lists(menu: QMenu, path: str) -> Iterator[tuple[str, list[str]]]:
    """Each menu (and submenu) with the texts of its visible commands that can be chosen
    (a greyed-out "No recent files" needs no letter)."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()
               and (a.isEnabled() or a.menu() is None and a.objectName().startswith("action-"))]
    yield path, [a.text() for a in actions]
    for a in actions:
        if a.menu() is not None:
            yield from menu_lists(a.menu(), f"{path} → {a.text()}")  # type: ignore[arg-type]


def widget_texts(root: QWidget) -> list[str]:
    """Texts carrying accelerators on show in a widget: buttons, labels of fields, group boxes."""
    texts = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QAbstractButton) or isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QGroupBox) and w.isCheckable():
            texts.append(w.title())
    return texts


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication, app_names: None) -> Iterator[str]:
    """The interface in one language for the test, English again afterwards."""
    apply_language(request.param)
    yield request.param
    apply_language("en")


@pytest.fixture
def main_window(qtbot, language: str) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The window on a new workspace, built in the test's language."""
    win = MainWindow(Session(WorkspaceFile.create(None, new_workspace())))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.session is not None:
        win.session.close()


def test_every_menu_uses_each_accelerator_once(main_window: MainWindow, language: str) -> None:
    """The menu bar and every menu and submenu, walked in de, de-CH and en."""
    bar = [a.text() for a in main_window.menuBar().actions()]
    assert duplicates(bar) == [], (language, bar)
    walked = 0
    for top in main_window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        menu.aboutToShow.emit()  # menus that fill themselves when opened (recent files)
        for path, texts in menu_lists(menu, top.text()):
            walked += 1
            assert duplicates(texts) == [], (language, path, texts)
            assert all(mnemonic(t) for t in texts if t), (language, path, texts)  # each reachable
    assert walked >= len(bar)


@pytest.mark.parametrize("page", ["welcome", "dashboard", "people", "systems"])
def test_a_page_never_takes_a_letter_of_the_menu_bar(main_window: MainWindow, language: str,
                                                     page: str) -> None:
    """Alt+D on the welcome page must not fight the File menu's Alt+D ("&Datei")."""
    if page == "welcome":
        main_window.session.close()  # type: ignore[union-attr]
        main_window.session = None
        main_window.show_welcome()
    else:
        main_window.show_page(page)
    QApplication.processEvents()
    shown = main_window.stack.currentWidget()
    texts = [a.text() for a in main_window.menuBar().actions()] + widget_texts(shown)
    assert duplicates(texts) == [], (language, page, texts)


def test_the_company_page_and_settings_use_each_accelerator_once(main_window: MainWindow, qtbot,
                                                                 language: str) -> None:
    """The two forms an owner fills first, with all their fields and buttons."""
    page = CompanyPage(main_window)
    qtbot.addWidget(page)
    page.show()
    assert duplicates(widget_texts(page)) == [], (language, widget_texts(page))
    assert main_window.session is not None
    settings = SettingsDialog(main_window.session, main_window)
    qtbot.addWidget(settings)
    settings.show()
    assert duplicates(widget_texts(settings)) == [], (language, widget_texts(settings))
    settings.reject()


def test_the_mnemonic_reader() -> None:
    """"&&" is an ampersand, not an accelerator; the letter is compared without case."""
    assert mnemonic("Save &as…") == "a" and mnemonic("R&&D") is None and mnemonic("R&&D &x") == "x"
    assert duplicates(["&File", "&find", "&Edit"]) == ["&File", "&find"]
