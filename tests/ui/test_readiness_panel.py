"""The readiness panel: gaps in words, each a link to where it is fixed; empty when ready."""

from __future__ import annotations

from editor_support import open_session, sample_workspace, show_in_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from leitplanken.domain.finding import Finding
from leitplanken.domain.readiness import readiness
from leitplanken.ui.editor.readiness_panel import ReadinessPanel, navigation_target


def test_navigation_target_carries_place():
    finding = Finding("readiness.item_open", "warning", "uc", item_uuid="it",
                      params={"tab": "checklist", "field": "state"})
    assert navigation_target(finding) == ("checklist", {"field": "state", "item_uuid": "it"})
    guess = Finding("raci.no_accountable", "error", "uc", activity_uuid="act")
    assert navigation_target(guess) == ("raci", {"activity_uuid": "act"})


def test_panel_lists_gaps_and_follows_changes(qtbot, tmp_path):
    session = open_session(tmp_path / "p.leitplanken", sample_workspace())
    panel = ReadinessPanel(session)
    show_in_window(qtbot, panel, 600, 500)
    uc = session.workspace.use_cases[0]
    panel.set_use_case(uc.uuid)
    result = readiness(uc, session.workspace)
    assert panel.gaps.count() == len(result.gaps)
    assert f"{result.done} of {result.total} criteria met" in panel.summary.text()
    texts = [panel.gaps.item(i).text() for i in range(panel.gaps.count())]
    assert all(t and not t.startswith("readiness.") for t in texts), texts
    emitted = []
    panel.navigate.connect(lambda tab, params: emitted.append((tab, params)))
    boundary = next(i for i in range(panel.gaps.count())
                    if panel.gaps.item(i).data(Qt.ItemDataRole.UserRole + 1)[1].get("field") == "boundary")
    rect = panel.gaps.visualItemRect(panel.gaps.item(boundary))
    QTest.mouseClick(panel.gaps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert emitted == [("overview", {"field": "boundary"})]
    panel.set_use_case(None)
    assert panel.gaps.count() == 0 and panel.summary.text() == ""
