"""The readiness panel across language switches: its rows are rebuilt in the new language, its
links still lead to the fix, and no row is a Python-made list item.

The last point is what kept the test suite crashing at random: a QListWidgetItem made in Python
has a wrapper that the bindings look up by the item's address whenever Qt deletes the item (and
QListWidget.clear() looks up every row first). An address still filed under a dead wrapper made
that lookup touch freed memory, in the middle of a LanguageChange. Rows that Qt made and that no
Python object wraps are deleted by Qt alone.
"""

from __future__ import annotations

import gc

from editor_support import open_session, sample_workspace, show_in_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidgetItem

from leitplanken.domain.readiness import readiness
from leitplanken.ui.editor.decisions_tab import DecisionsTab
from leitplanken.ui.editor.readiness_panel import TARGET_ROLE
from leitplanken.ui.settings.language import apply_language


def python_list_items() -> int:
    """How many QListWidgetItem objects Python holds right now."""
    return sum(1 for o in gc.get_objects() if isinstance(o, QListWidgetItem))


def rows(panel) -> list[str]:  # type: ignore[no-untyped-def]
    """The gap texts as shown, read through the model (no item objects made for reading)."""
    model = panel.gaps.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_switching_languages_rebuilds_the_gaps_and_keeps_their_links(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """German, Swiss German, English and back while the Decisions tab lists the gaps: each switch
    shows the gaps in that language, the count stays, a click still opens the right tab, and
    the panel never holds a Python-made row."""
    apply_language("en")  # the English catalogue too (its plural forms), as after a switch
    gc.collect()
    before = python_list_items()  # whatever earlier tests left; this tab adds none
    session = open_session(tmp_path / "r.leitplanken", sample_workspace())
    uc = session.workspace.use_cases[0]
    tab = DecisionsTab(session)
    show_in_window(qtbot, tab)
    tab.set_use_case(uc.uuid)
    panel = tab.readiness
    gaps = len(readiness(uc, session.workspace).gaps)
    assert gaps > 0  # the sample is far from ready: there is something to rebuild
    english = rows(panel)
    assert python_list_items() == before, "a row is a Python-made QListWidgetItem"
    emitted: list[tuple[str, dict]] = []
    panel.navigate.connect(lambda where, params: emitted.append((where, params)))
    try:
        for language in ("de", "de_CH", "en", "de"):
            apply_language(language)
            QApplication.processEvents()  # LanguageChange reaches the tab and the panel
            shown = rows(panel)
            assert len(shown) == gaps, (language, shown)
            assert (shown != english) == (language != "en"), (language, shown)
            if language == "de_CH":
                assert not [t for t in shown if "ß" in t]
            assert python_list_items() == before, "a row became a Python-made QListWidgetItem"
            target = panel.gaps.model().index(0, 0)
            rect = panel.gaps.visualRect(target)
            QTest.mouseClick(panel.gaps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert emitted[-1] == tuple(target.data(TARGET_ROLE)), language
    finally:
        apply_language("en")
        QApplication.processEvents()
    assert len(emitted) == 4
