"""Attack family: the file changes on disk a second time while the merge dialog is open.

"Changed by someone else" → Merge: while the user decides, a colleague saves again. Finishing
the dialog must not overwrite that second change: the user is told, the merge starts over
with the newest version, and the saved file holds my change and both of theirs.
"""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from reliability_ui_support import child, when_modal

from leitplanken.domain.model import Person
from leitplanken.storage import WorkspaceFile
from leitplanken.ui.shell.main_window import MainWindow
from leitplanken.ui.workspace.commands import SetFields
from leitplanken.ui.workspace.session import Session


def _colleague_saves(path, change):
    """A colleague's app saves the file (it ignores our marker), on top of what is on disk."""
    theirs = path.with_name("colleague.leitplanken")
    shutil.copyfile(path, theirs)
    with WorkspaceFile.open(theirs) as other:
        change(other)
        other.save()
    os.replace(theirs, path)


def _add_person(name):
    return lambda wf: wf.put(Person(name=name))


def _retitle_last_use_case(title):
    def change(wf):
        uc = wf.load().use_cases[-1]
        uc.title = title
        wf.put(uc)
    return change


SECOND = {
    "a person added": (_add_person("Second change"),
                       lambda ws: any(p.name == "Second change" for p in ws.people)),
    "another use case retitled": (_retitle_last_use_case("Second change"),
                                  lambda ws: ws.use_cases and any(
                                      uc.title == "Second change" for uc in ws.use_cases)),
}


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.mark.parametrize("second", list(SECOND))
def test_a_second_change_during_the_merge_is_not_overwritten(qtbot, workspace_file,
                                                             error_boxes, second):
    win = MainWindow(Session(WorkspaceFile.open(workspace_file)))
    qtbot.addWidget(win)
    win.show()
    ws = win.session.workspace
    if len(ws.use_cases) < 2:
        pytest.skip("the sample workspace needs two use cases")
    mine_uuid = ws.use_cases[0].uuid
    win.session.undo.push(SetFields(win.session, ws.use_cases[0], {"title": "Ours"}))
    _colleague_saves(workspace_file, _add_person("First change"))
    change, present = SECOND[second]
    seen: dict[str, object] = {}

    def on_again(box):
        seen["again"] = box.text()
        when_modal("merge-dialog", _ok)  # the merge starts over: decide again
        box.button(QMessageBox.StandardButton.Ok).click()

    def on_first_dialog(dialog):
        _colleague_saves(workspace_file, change)  # while the user looks at the conflicts
        when_modal("merge-changed-again", on_again)
        _ok(dialog)

    def choose_merge(box):
        when_modal("merge-dialog", on_first_dialog)
        child(box, "changed-merge").click()

    when_modal("changed-on-disk", choose_merge)
    assert win.files.save()
    assert "changed again" in str(seen.get("again"))
    with WorkspaceFile.open(workspace_file, read_only=True) as check:
        saved = check.load()
    assert saved.use_case(mine_uuid).title == "Ours"
    assert any(p.name == "First change" for p in saved.people)
    assert present(saved)
    win.session.close()
    win.close()
    assert error_boxes == []


def test_without_a_second_change_the_merge_runs_once(qtbot, workspace_file, error_boxes):
    win = MainWindow(Session(WorkspaceFile.open(workspace_file)))
    qtbot.addWidget(win)
    win.show()
    ws = win.session.workspace
    win.session.undo.push(SetFields(win.session, ws.use_cases[0], {"title": "Ours"}))
    _colleague_saves(workspace_file, _add_person("First change"))
    again = when_modal("merge-changed-again", lambda box: box.close(), tries=100)

    def choose_merge(box):
        when_modal("merge-dialog", _ok)
        child(box, "changed-merge").click()

    when_modal("changed-on-disk", choose_merge)
    assert win.files.save()
    assert again == []
    with WorkspaceFile.open(workspace_file, read_only=True) as check:
        saved = check.load()
    assert any(p.name == "First change" for p in saved.people)
    win.session.close()
    win.close()
