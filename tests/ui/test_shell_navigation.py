"""Dashboard links, the language switch, settings and the None-refcount guard."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal

from babel.numbers import get_group_symbol
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from shell_support import type_text

from leitplanken.ui.settings.language import apply_language


def test_dashboard_counts_and_entries_open_the_place_to_act(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each attention entry opens its use case on the tab where it is fixed."""
    dash = window.pages["dashboard"]
    assert window.current_page() == "dashboard"
    assert dash.status_buttons[next(iter(dash.status_buttons))].text()
    items = [dash.attention.item(i) for i in range(dash.attention.count())]
    texts = [item.text() for item in items]
    assert any("pilot" in t.lower() for t in texts), texts
    trap = next(item for item in items if "pilot" in item.text().lower())
    rect = dash.attention.visualItemRect(trap)
    qtbot.mouseClick(dash.attention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() == "editor"
    assert window.editor.current_tab() == "decisions" or "decisions" not in window.editor.pages
    assert window.session.workspace.use_case(window.editor.use_case_uuid).title.startswith("Answer")
    window.show_page("dashboard")
    raci = next(item for item in items if item.data(Qt.ItemDataRole.UserRole + 1).tab == "raci")
    dash._activate(raci)
    assert window.editor.current_tab() == "raci"


def test_status_count_opens_the_filtered_register(window) -> None:
    """Clicking "Pilot: 1" shows the register with only the pilot."""
    from leitplanken.domain.model import Status

    window.pages["dashboard"].status_buttons[Status.PILOT].click()
    register = window.pages["register"]
    assert window.current_page() == "register"
    assert register.proxy.rowCount() == 1
    register.clear_filters()


def _texts(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Every visible text of the window, keyed by where it sits (widget, action, header)."""
    found: dict[str, str] = {}
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window):
            continue
        key = f"{type(child).__name__}:{id(child)}"
        if isinstance(child, QLabel | QAbstractButton) and child.text():
            found[key] = child.text()
        if isinstance(child, QLineEdit) and child.placeholderText():
            found[key + ":placeholder"] = child.placeholderText()
    for i, menu in enumerate(window.ui.menus()):
        found[f"menu:{i}"] = menu.title()
    for key, action in window.ui.actions.items():
        found[f"action:{key}"] = action.text()
    for row in range(window.sidebar.count()):
        found[f"sidebar:{row}"] = window.sidebar.item(row).text()
    if window.current_page() == "editor":
        for i in range(window.editor.tabs.count()):
            found[f"tab:{i}"] = window.editor.tabs.tabText(i)
    register = window.pages["register"]
    for column in range(register.model.columnCount()):
        found[f"header:{column}"] = str(register.model.headerData(column, Qt.Orientation.Horizontal))
    return found


#: Words that are the same in both languages.
SAME = {"Status", "Status:", "S&tatus:", "Pilot", "Name", "Organisation", "Person", "RACI"}
#: Names from the test data, which stay as typed.
NAMES = ("leitplanken", "Muster", "Keller", "Meier", "Nowak", "Extern", "CRM", "E-Mail",
         "Answer complaints", "Text suggestions", "Recurring enquiries", "service")


def _untranslated(window, show) -> list[str]:  # type: ignore[no-untyped-def]
    """Texts that stay English after switching to German (names and numbers aside)."""
    show()
    english = _texts(window)
    try:
        apply_language("de")
        QApplication.processEvents()
        show()
        german = _texts(window)
    finally:
        apply_language("en")
        QApplication.processEvents()
    same = []
    for key, text in english.items():
        bare = re.sub(r"[\d\s]+", " ", text).strip()
        if german.get(key) != text or not re.search(r"[A-Za-z]{3}", text) or bare in SAME:
            continue
        if any(name in text for name in NAMES):
            continue
        same.append(text)
    return same


def test_language_switch_leaves_no_english(window) -> None:
    """Dashboard, register, people, systems and the editor all switch to German."""
    for page in ("dashboard", "register", "people", "systems"):
        assert _untranslated(window, lambda p=page: window.show_page(p)) == [], page
    uc = window.session.workspace.use_cases[0]
    assert _untranslated(window, lambda: window.open_use_case(uc.uuid)) == []


def test_language_switch_retranslates_everything(window) -> None:
    """German in: menus, sidebar and the overview's questions; back to English."""
    try:
        apply_language("de")
        QApplication.processEvents()
        uc = window.session.workspace.use_cases[0]
        window.open_use_case(uc.uuid)
        overview = window.editor.pages["overview"]
        labels = [label.text() for label in overview.labels.values()]
        assert any("konkrete Problem" in t for t in labels), labels
        assert window.ui.file_menu.title() == "&Datei"
        assert "Anwendungsf" in window.sidebar.item(1).text()
    finally:
        apply_language("en")
        QApplication.processEvents()
    assert window.ui.file_menu.title() == "&File"
    assert window.sidebar.item(1).text() == "Use cases"


def test_qt_standard_buttons_are_german(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's own translation is loaded beside ours: Cancel reads "Abbrechen"."""
    try:
        apply_language("de_CH")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        apply_language("en")


def test_money_is_read_the_locale_way_and_nonsense_is_refused(window) -> None:
    """"1’200.50" becomes 1200.50 and is shown as money; "abc" changes nothing and says why."""
    uc = window.session.workspace.use_cases[0]
    window.open_use_case(uc.uuid)
    facts = window.editor.pages["overview"].facts
    cost = facts.fields["cost_once"]
    cost.setFocus()
    cost.selectAll()
    type_text(cost, "1’200.50")
    cost.editingFinished.emit()
    assert uc.cost_once == Decimal("1200.50")
    group = get_group_symbol("de_CH")  # ’ or ', as the installed CLDR writes it
    assert f"1{group}200.50" in cost.text() and "CHF" in cost.text()
    cost.setFocus()
    cost.selectAll()
    type_text(cost, "abc")
    cost.editingFinished.emit()
    assert uc.cost_once == Decimal("1200.50")
    assert facts.number_error.isVisibleTo(facts)


def test_settings_change_company_and_board_in_one_undo_step(window) -> None:
    """OK writes the company and board; one Undo takes all of it back."""
    from leitplanken.domain.model import BoardRole
    from leitplanken.ui.settings.settings_dialog import SettingsDialog

    ws = window.session.workspace
    dialog = SettingsDialog(window.session, window)
    dialog.name.setText("Holzwerk AG")
    dialog.trap_days.setValue(60)
    dialog._add_board_row(ws.people[0].uuid, BoardRole.CHAIR)
    dialog.accept()
    assert ws.company.name == "Holzwerk AG"
    assert ws.company.pilot_trap_days == 60
    assert [(m.person_uuid, m.role) for m in ws.board] == [(ws.people[0].uuid, BoardRole.CHAIR)]
    window.ui.actions["undo"].trigger()
    assert ws.company.name == "Schreinerei Muster AG"
    assert ws.company.pilot_trap_days == 90
    assert ws.board == []


def test_none_refcount_does_not_drop_over_many_qt_calls(qapp) -> None:  # type: ignore[no-untyped-def]
    """Guards the PySide6-on-Python-3.11 crash: void Qt calls must not eat references to None."""
    label = QLabel()
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for i in range(5000):
        label.setText(str(i))
        edit.setText("x")
        edit.setCursorPosition(0)
    after = sys.getrefcount(None)
    assert after >= before - 50, (before, after)


def test_start_up_does_not_load_the_pdf_libraries(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Building the window on the demo leaves reportlab and pypdf unloaded."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from leitplanken.app import _open_session\n"
        "from leitplanken.ui.shell.main_window import MainWindow\n"
        "w = MainWindow(_open_session(None, True)); w.show(); app.processEvents()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'pypdf')))\n"
        "w.session.close()\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "LEITPLANKEN_DATA_DIR": str(tmp_path),
           "HOME": str(tmp_path), "LEITPLANKEN_LANG": "en", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_readiness_links_in_the_decisions_tab_switch_tabs(window) -> None:
    """A readiness gap's link (decisions tab) brings its tab to the front."""
    uc = window.session.workspace.use_cases[0]
    window.open_use_case(uc.uuid, "decisions")
    decisions = window.editor.pages["decisions"]
    decisions.navigate.emit("overview", {"field": "problem"})
    assert window.editor.current_tab() == "overview"
    decisions.navigate.emit("checklist", {})
    assert window.editor.current_tab() == "checklist"
