"""View → Catalogue shows the standard activities and checklist items in the workspace's words."""

from __future__ import annotations

from pathlib import Path

from leitplanken.domain.catalogue import activities, checklist
from leitplanken.domain.model import Company, Workspace
from leitplanken.storage import WorkspaceFile
from leitplanken.ui.shell.catalogue_dialog import CatalogueDialog
from leitplanken.ui.workspace.session import Session


def _texts(dialog: CatalogueDialog) -> str:
    """The page as the user reads it."""
    return dialog.view.toPlainText()


def test_catalogue_lists_every_entry_in_the_workspace_language(tmp_path: Path, qtbot) -> None:
    """A German workspace reads its catalogue in German, required items marked as such."""
    wf = WorkspaceFile.create(None, Workspace(company=Company(name="Muster AG", language="de_CH")))
    session = Session(wf)
    try:
        dialog = CatalogueDialog(session)
        qtbot.addWidget(dialog)
        texts = _texts(dialog)
        for activity in activities("de_CH"):
            assert activity.title in texts
        items = checklist("de_CH")
        for item in items:
            assert item.title in texts
        assert "ß" not in texts
        assert "version 1" in dialog.intro.text()
        for item in items:
            need = "required" if item.required else "optional"
            assert f"{item.title} ({need})" in texts
    finally:
        session.close()


def test_main_window_opens_the_catalogue_from_the_view_menu(window, qtbot, monkeypatch) -> None:
    """The menu entry exists, is translated and opens the dialog."""
    opened = []
    monkeypatch.setattr(CatalogueDialog, "exec", lambda self: opened.append(self) or 0)
    action = window.ui.actions["catalogue"]
    assert action.text()
    action.trigger()
    assert opened and "Integration checklist" in opened[0].view.toPlainText()
