"""Every editor speaks German after a live language switch: no English left in the chrome."""

from __future__ import annotations

import pytest
from editor_support import open_session, sample_workspace, show_in_window
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.ui.editor.checklist_tab import ChecklistTab
from leitplanken.ui.editor.cx_tab import CxTab
from leitplanken.ui.editor.decisions_tab import DecisionsTab
from leitplanken.ui.editor.raci_tab import RaciTab
from leitplanken.ui.editor.systems_tab import SystemsTab
from leitplanken.ui.editor.wizard import FirstUseCaseWizard
from leitplanken.ui.settings.language import apply_language

#: Words that are the same in both languages.
SAME = {"Integration", "System", "Status: Pilot → Pilot", "Note:"}


def chrome(widget):
    """The interface texts of a widget tree (not the user's data)."""
    texts = []
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            texts.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget):
            texts.append(button.text())
    for box in widget.findChildren(QGroupBox):
        texts.append(box.title())
    for edit in widget.findChildren(QLineEdit) + widget.findChildren(QPlainTextEdit):
        texts.append(edit.placeholderText())
    for header in widget.findChildren(QHeaderView):
        model = header.model()
        if model is not None:
            for section in range(model.columnCount() if header.orientation().value == 1 else 0):
                texts.append(str(model.headerData(section, header.orientation()) or ""))
    return [t for t in texts if any(c.isalpha() for c in t)]


@pytest.mark.parametrize("language", ["de", "de_CH"])
def test_tabs_switch_to_german(qtbot, tmp_path, language):
    ws = sample_workspace()
    seed_use_case(ws.use_cases[0], "en")
    session = open_session(tmp_path / "l.leitplanken", ws)
    uc = session.workspace.use_cases[0]
    widgets = []
    for cls in (RaciTab, ChecklistTab, SystemsTab, CxTab, DecisionsTab):
        tab = cls(session)
        show_in_window(qtbot, tab)
        tab.set_use_case(uc.uuid)
        widgets.append(tab)
    # The wizard is modal and short-lived: it is built in the language of the moment.
    wizard = FirstUseCaseWizard(session)
    qtbot.addWidget(wizard)
    english = [set(chrome(w)) for w in widgets] + [set(chrome(wizard))]
    try:
        apply_language(language)
        QApplication.processEvents()  # LanguageChange reaches the widgets as events
        german_wizard = FirstUseCaseWizard(session)
        qtbot.addWidget(german_wizard)
        german = [set(chrome(w)) for w in widgets] + [set(chrome(german_wizard))]
        widgets.append(german_wizard)
    finally:
        apply_language("en")
        QApplication.processEvents()
    for widget, en, de in zip(widgets, english, german, strict=True):
        left = {t for t in en & de if t not in SAME and not t.startswith(("Anna", "Urs"))}
        left = {t for t in left if not any(name in t for name in ("CRM", "E-mail"))}
        assert not left, f"{type(widget).__name__} still shows English: {sorted(left)}"
        if language == "de_CH":
            assert not [t for t in de if "ß" in t], type(widget).__name__
