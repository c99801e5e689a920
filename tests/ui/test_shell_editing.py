"""Typing into the overview, saving, reopening: what the user typed is what comes back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from shell_support import answer_next_box, type_text

from leitplanken.storage import WorkspaceFile

TEXT = "Müller & Łukasz prüfen Reklamationen 😀 – „schnell“"


def _overview(window):  # type: ignore[no-untyped-def]
    """Opens the first use case and returns its overview tab."""
    uc = window.session.workspace.use_cases[0]
    window.open_use_case(uc.uuid)
    return uc, window.editor.pages["overview"]


def test_typed_text_survives_save_and_reopen(window, workspace_file: Path) -> None:
    """Title and problem typed with umlauts, Ł and emoji are stored exactly."""
    uc, overview = _overview(window)
    title = overview.fields["title"]
    title.selectAll()
    type_text(title, "Reklamation Müller 😀")
    overview.fields["problem"].setFocus()
    problem = overview.fields["problem"]
    problem.selectAll()
    type_text(problem, TEXT)
    window.ui.actions["save"].trigger()
    assert not window.session.modified
    assert uc.title == "Reklamation Müller 😀"
    assert uc.problem == TEXT
    window.session.close()
    window.session = None
    with WorkspaceFile.open(workspace_file) as wf:
        stored = wf.load().use_case(uc.uuid)
    assert stored is not None
    assert stored.title == "Reklamation Müller 😀"
    assert stored.problem == TEXT


def test_window_title_marks_unsaved_changes(window) -> None:
    """The [*] mark appears with the first edit and goes with Save."""
    assert "muster.leitplanken" in window.windowTitle()
    assert not window.isWindowModified()
    uc, overview = _overview(window)
    overview.fields["tool"].setFocus()
    type_text(overview.fields["tool"], "Mailbot")
    overview.fields["title"].setFocus()
    assert uc.tool == "Mailbot"
    assert window.isWindowModified()
    window.ui.actions["save"].trigger()
    assert not window.isWindowModified()


def test_undo_and_redo_also_after_save(window) -> None:
    """Undo restores the old value; undoing after a save marks the file modified again."""
    uc, overview = _overview(window)
    old = uc.title
    title = overview.fields["title"]
    title.selectAll()
    type_text(title, "Neu")
    title.editingFinished.emit()
    assert uc.title == "Neu"
    assert window.ui.actions["undo"].isEnabled()
    assert "title" in window.ui.actions["undo"].text().lower()  # "Undo Edit Title", from the declared label
    window.ui.actions["save"].trigger()
    assert not window.isWindowModified()
    window.ui.actions["undo"].trigger()
    assert uc.title == old
    assert title.text() == old
    assert window.isWindowModified()
    window.ui.actions["redo"].trigger()
    assert uc.title == "Neu"


def test_vague_problem_gets_a_gentle_warning(window) -> None:
    """"Raise efficiency" alone names no problem: a hint appears under the field."""
    uc = next(u for u in window.session.workspace.use_cases if u.title.startswith("Text"))
    window.open_use_case(uc.uuid)
    overview = window.editor.pages["overview"]
    assert overview.vague_warning.isVisibleTo(overview)
    assert "efficiency" in overview.vague_warning.text().lower()
    problem = overview.fields["problem"]
    problem.selectAll()
    type_text(problem, "Customers wait three days for a reply to their complaints by e-mail")
    assert not overview.vague_warning.isVisibleTo(overview)


def test_add_use_case_close_reopen_nothing_lost(window, workspace_file: Path) -> None:
    """A new use case, saved on quitting via the prompt, is there after reopening."""
    window.ui.actions["new_use_case"].trigger()
    overview = window.editor.pages["overview"]
    title = overview.fields["title"]
    # the owner types the title straight away: the new use case opens on its overview with
    # the cursor in the title, the placeholder title selected so typing replaces it
    assert window.editor.current_tab() == "overview"
    assert QApplication.focusWidget() is title
    assert title.selectedText() == title.text()
    type_text(QApplication.focusWidget(), "Offertentexte für Łódź")
    overview.fields["problem"].setFocus()
    uuid = window.editor.use_case_uuid
    seen: list[str] = []
    answer_next_box(QMessageBox.StandardButton.Save, seen)
    assert window.close()
    assert seen and "muster.leitplanken" in seen[0]
    window.session = None
    with WorkspaceFile.open(workspace_file) as wf:
        ws = wf.load()
    uc = ws.use_case(uuid)
    assert uc is not None and uc.title == "Offertentexte für Łódź"
    assert len(ws.use_cases) == 4
    assert uc.activities and uc.checklist


def test_unsaved_changes_cancel_keeps_window_open(window) -> None:
    """Cancel keeps the window and the change; Discard closes without saving."""
    uc, overview = _overview(window)
    overview.fields["tool"].setFocus()
    type_text(overview.fields["tool"], "X")
    overview.fields["title"].setFocus()
    answer_next_box(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible() and uc.tool == "X"
    answer_next_box(QMessageBox.StandardButton.Discard)
    assert window.close()
    window.session = None


def test_people_add_and_undo(window) -> None:
    """A person added on the People page disappears with Undo and comes back with Redo."""
    window.show_page("people")
    people = window.pages["people"]
    before = len(window.session.workspace.people)
    people.add_button.click()
    assert len(window.session.workspace.people) == before + 1
    assert people.model.rowCount() == before + 1
    window.ui.actions["undo"].trigger()
    assert len(window.session.workspace.people) == before
    assert people.model.rowCount() == before
    window.ui.actions["redo"].trigger()
    assert len(window.session.workspace.people) == before + 1


def test_remove_use_case_and_undo_restores_it_with_children(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Removing a use case (with RACI, checklist, decisions) and undoing brings all of it back, also on disk."""
    import leitplanken.ui.shell.main_window as main_window

    uc = next(u for u in window.session.workspace.use_cases if u.decisions)
    counts = (len(uc.activities), len(uc.checklist), len(uc.cells), len(uc.decisions))
    window.open_use_case(uc.uuid)
    monkeypatch.setattr(main_window.QMessageBox, "question",
                        staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    window.ui.actions["remove_use_case"].trigger()
    assert window.session.workspace.use_case(uc.uuid) is None
    assert window.pages["register"].model.row_of(uc.uuid) == -1
    window.ui.actions["undo"].trigger()
    back = window.session.workspace.use_case(uc.uuid)
    assert back is uc
    stored = window.session.file.load().use_case(uc.uuid)
    assert stored is not None
    assert (len(stored.activities), len(stored.checklist), len(stored.cells),
            len(stored.decisions)) == counts
    assert window.pages["register"].model.row_of(uc.uuid) >= 0
