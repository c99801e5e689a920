"""Long file operations run on a worker behind a progress window: save, save as, send copy
and merge, with cancel where it is safe, and every failure told in the user's words.

Slowness is injected where the work reports progress (saving's byte steps, the merge's
history batches), so the window's own behaviour is what is tested, whatever the machine.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox
from reliability_ui_support import child, when_modal
from sample_workspace import TODAY, small_workspace

import leitplanken.storage.merge_apply as merge_apply
import leitplanken.storage.saving as saving
import leitplanken.storage.send_copy as send_copy_module
from leitplanken.domain.model import Person
from leitplanken.storage import WorkspaceFile
from leitplanken.ui.files import file_task
from leitplanken.ui.shell.main_window import MainWindow
from leitplanken.ui.workspace.commands import SetFields
from leitplanken.ui.workspace.session import Session

PROGRESS = "file-task-progress"


def _ok(dialog) -> None:
    """Clicks the dialog's OK (Merge, Send copy …) button."""
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _slow_saving(monkeypatch, seconds: float = 0.05) -> None:
    """Every progress step of a save takes a while (a big file on a slow stick)."""
    original = saving._Steps.add

    def slow(self, amount):
        time.sleep(seconds)
        original(self, amount)

    monkeypatch.setattr(saving, "_CHUNK", 1024)
    monkeypatch.setattr(saving._Steps, "add", slow)


def _cancel(window) -> None:
    """Presses the progress window's Cancel, as the user does."""
    button = child(window, "file-task-cancel")
    assert button.isVisible() and button.isEnabled()
    button.click()


def _window(qtbot, path: Path) -> MainWindow:
    """The main window on a file."""
    win = MainWindow(Session(WorkspaceFile.open(path), today=TODAY))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _done(win: MainWindow) -> None:
    """Closes the window without a prompt."""
    if win.session is not None:
        win.session.close()
    win.close()
    win.deleteLater()


def _records(wf: WorkspaceFile) -> dict[str, tuple]:
    """Every record of a file with its stamps, to compare before and after."""
    ws = wf.load()
    out = {ws.company.uuid: (ws.company.modified_at, ws.company.revision, ws.company.name)}
    for group in (ws.people, ws.systems, ws.board):
        for rec in group:
            out[rec.uuid] = (rec.modified_at, rec.revision)
    for uc in ws.use_cases:
        out[uc.uuid] = (uc.modified_at, uc.revision, uc.title)
        for item in uc.checklist + uc.cells + uc.decisions:
            out[item.uuid] = (item.modified_at, item.revision)
    return out


def test_a_slow_save_shows_its_progress_and_saves(qtbot, workspace_file, error_boxes,
                                                  monkeypatch):
    win = _window(qtbot, workspace_file)
    uc = win.session.workspace.use_cases[0]
    win.session.undo.push(SetFields(win.session, uc, {"title": "Saved through the worker"}))
    _slow_saving(monkeypatch, 0.002)
    seen: list[str] = []
    when_modal(PROGRESS, lambda w: seen.append(child(w, "file-task-label").text()))
    assert win.files.save()
    assert seen and workspace_file.name in seen[0]
    assert not win.session.modified
    assert QApplication.activeModalWidget() is None  # the progress window is gone
    with WorkspaceFile.open(workspace_file, read_only=True) as check:
        assert check.load().use_case(uc.uuid).title == "Saved through the worker"
    _done(win)
    assert error_boxes == []


def test_a_quick_save_shows_no_window(qtbot, workspace_file, error_boxes):
    win = _window(qtbot, workspace_file)
    win.session.undo.push(SetFields(win.session, win.session.workspace.use_cases[0],
                                    {"title": "Quick"}))
    flashed = when_modal(PROGRESS, lambda w: None, tries=200)
    assert win.files.save()
    qtbot.wait(100)
    assert flashed == []
    _done(win)


def test_cancel_during_save_as_leaves_no_file_behind(qtbot, workspace_file, error_boxes,
                                                     monkeypatch, tmp_path):
    win = _window(qtbot, workspace_file)
    win.session.undo.push(SetFields(win.session, win.session.workspace.use_cases[0],
                                    {"title": "Not to be saved elsewhere"}))
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    target = folder / "Copy.leitplanken"
    monkeypatch.setattr("leitplanken.ui.files.file_ops.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    _slow_saving(monkeypatch)
    cancelled = when_modal(PROGRESS, _cancel)
    assert not win.files.save_as()
    assert cancelled
    assert list(folder.iterdir()) == []  # no target, no temporary file, no backup
    assert win.session.path == workspace_file.resolve() and win.session.modified
    assert "cancelled" in win.statusBar().currentMessage()
    assert win.files.save()  # the work is kept and saves as usual afterwards
    _done(win)
    assert error_boxes == []


def test_cancel_during_save_as_over_an_existing_file_keeps_it(qtbot, workspace_file,
                                                              error_boxes, monkeypatch,
                                                              tmp_path):
    target = tmp_path / "other.leitplanken"
    target.write_bytes(workspace_file.read_bytes())
    before = target.read_bytes()
    win = _window(qtbot, workspace_file)
    monkeypatch.setattr("leitplanken.ui.files.file_ops.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    _slow_saving(monkeypatch)
    when_modal(PROGRESS, _cancel)
    assert not win.files.save_as()
    assert target.read_bytes() == before
    left = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".~lock."))
    assert left == ["muster.leitplanken", "other.leitplanken"]  # no temporary file, no .bak
    _done(win)


def test_a_bug_in_the_save_is_an_unexpected_problem_and_the_work_is_kept(
        qtbot, workspace_file, error_boxes, monkeypatch):
    win = _window(qtbot, workspace_file)
    uc = win.session.workspace.use_cases[0]
    win.session.undo.push(SetFields(win.session, uc, {"title": "Kept despite the bug"}))

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in the snapshot")

    monkeypatch.setattr(saving, "snapshot_bytes", broken)
    boxes: list[str] = []

    def read_and_close(box) -> None:
        boxes.append(box.text() + " " + box.informativeText())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal("unexpected_problem", read_and_close)
    assert not win.files.save()
    assert boxes and "not in your file" in boxes[0] and "kept" in boxes[0]
    assert win.session.modified
    assert win.session.file.load().use_case(uc.uuid).title == "Kept despite the bug"
    monkeypatch.undo()
    assert win.files.save()
    _done(win)


def test_a_missing_folder_is_a_file_error(qtbot, workspace_file, error_boxes, monkeypatch,
                                          tmp_path):
    win = _window(qtbot, workspace_file)
    target = tmp_path / "gone" / "Copy.leitplanken"
    monkeypatch.setattr("leitplanken.ui.files.file_ops.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    assert not win.files.save_as()
    assert len(error_boxes) == 1 and "Copy.leitplanken" in error_boxes[0]
    assert "folder" in error_boxes[0] and "changes are kept" in error_boxes[0]
    assert not target.parent.exists()
    error_boxes.clear()
    _done(win)


def test_closing_with_save_waits_for_the_slow_save(qtbot, workspace_file, error_boxes,
                                                   monkeypatch):
    win = _window(qtbot, workspace_file)
    uc = win.session.workspace.use_cases[0]
    win.session.undo.push(SetFields(win.session, uc, {"title": "Saved on closing"}))
    _slow_saving(monkeypatch, 0.002)
    progress = when_modal(PROGRESS, lambda w: None, tries=500)

    def answer_save(box) -> None:
        box.button(QMessageBox.StandardButton.Save).click()

    when_modal("unsaved-changes", answer_save)
    assert win.close()
    assert progress, "the save on closing ran behind its progress window"
    assert win.session.closed
    with WorkspaceFile.open(workspace_file, read_only=True) as check:
        assert check.load().use_case(uc.uuid).title == "Saved on closing"


def test_no_window_closes_while_a_task_runs(qtbot, workspace_file, error_boxes):
    win = _window(qtbot, workspace_file)
    attempts: list[bool] = []

    def work(progress):
        progress(0, 2)
        time.sleep(0.3)  # the window is not shown yet: closing must still be refused
        progress(1, 2)
        return "done"

    def try_to_close() -> None:
        attempts.append(win.close())

    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, try_to_close)
    assert file_task.run_task(win, "Task", "Working …", work, delay_ms=2000) == "done"
    assert attempts == [False] and win.isVisible()
    _done(win)


def _diverging(tmp_path: Path, workspace_file: Path) -> tuple[Path, str, str]:
    """A colleague's copy with a new person and a retitled use case."""
    theirs = tmp_path / "colleague.leitplanken"
    with WorkspaceFile.open(workspace_file) as wf:
        send_copy_module.send_copy(wf, theirs)
    with WorkspaceFile.open(theirs) as other:
        uc = other.load().use_cases[-1]
        uc.title = "Retitled by the colleague"
        other.put(uc)
        other.put(Person(name="Added by the colleague"))
        other.save()
    return theirs, uc.uuid, uc.title


def test_merge_through_the_worker(qtbot, workspace_file, error_boxes, monkeypatch, tmp_path):
    theirs, uc_uuid, title = _diverging(tmp_path, workspace_file)
    win = _window(qtbot, workspace_file)
    mine = win.session.workspace.use_cases[0]
    win.session.undo.push(SetFields(win.session, mine, {"title": "Mine, kept"}))
    monkeypatch.setattr("leitplanken.ui.files.merge_dialog.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(theirs), ""))
    summaries: list[str] = []

    def decide(dialog) -> None:
        summaries.append(child(dialog, "merge-summary").text())
        _ok(dialog)

    shown = when_modal("merge-dialog", decide)
    assert win.sharing.merge()
    assert shown and "1 added" in summaries[0] and "1 changed" in summaries[0]
    ws = win.session.workspace
    assert ws.use_case(uc_uuid).title == title
    assert ws.use_case(mine.uuid).title == "Mine, kept"
    assert any(p.name == "Added by the colleague" for p in ws.people)
    assert win.session.modified and win.files.save()
    with WorkspaceFile.open(workspace_file, read_only=True) as check:
        saved = check.load()
    assert saved.use_case(uc_uuid).title == title
    assert any(p.name == "Added by the colleague" for p in saved.people)
    _done(win)
    assert error_boxes == []


def test_cancel_during_the_merge_changes_nothing(qtbot, workspace_file, error_boxes,
                                                 monkeypatch, tmp_path):
    theirs, _uc_uuid, _title = _diverging(tmp_path, workspace_file)
    win = _window(qtbot, workspace_file)
    before = _records(win.session.file)
    history_before = len(win.session.file.history(100_000))
    modified_before = win.session.modified
    monkeypatch.setattr("leitplanken.ui.files.merge_dialog.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(theirs), ""))
    original = merge_apply._batches

    def slow_batches(rows, _size):
        for batch in original(rows, 1):
            time.sleep(0.02)  # a long history to copy
            yield batch

    monkeypatch.setattr(merge_apply, "_batches", slow_batches)
    told: list[str] = []

    def confirm(dialog) -> None:
        when_modal(PROGRESS, _cancel)
        _ok(dialog)

    def read_and_close(box) -> None:
        told.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when_modal("merge-dialog", confirm)
    when_modal("merge-cancelled", read_and_close, tries=1000)
    assert not win.sharing.merge()
    assert told and "Nothing was merged" in told[0]
    assert _records(win.session.file) == before
    assert len(win.session.file.history(100_000)) == history_before
    assert win.session.modified == modified_before
    assert not any(p.name == "Added by the colleague" for p in win.session.workspace.people)
    _done(win)
    assert error_boxes == []


def test_cancel_while_reading_the_other_copy(qtbot, workspace_file, error_boxes,
                                             monkeypatch, tmp_path):
    theirs, _uc_uuid, _title = _diverging(tmp_path, workspace_file)
    win = _window(qtbot, workspace_file)
    before = _records(win.session.file)
    monkeypatch.setattr("leitplanken.ui.files.merge_dialog.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(theirs), ""))
    original = merge_apply._Reading.add

    def slow(self, rows):
        time.sleep(0.05)
        original(self, rows)

    monkeypatch.setattr(merge_apply, "_CHUNK", 1)
    monkeypatch.setattr(merge_apply._Reading, "add", slow)
    cancelled = when_modal(PROGRESS, _cancel)
    no_dialog = when_modal("merge-dialog", lambda d: d.reject(), tries=100)
    assert not win.sharing.merge()
    assert cancelled and no_dialog == []
    assert _records(win.session.file) == before
    _done(win)


@pytest.mark.parametrize("encrypted", [False, True])
def test_send_copy_through_the_worker_and_cancelled(qtbot, workspace_file, error_boxes,
                                                    monkeypatch, tmp_path, encrypted):
    win = _window(qtbot, workspace_file)
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / "Sent.leitplanken"

    def fill(dialog) -> None:
        child(dialog, "send-copy-target").setText(str(target))
        child(dialog, "send-copy-encrypt").setChecked(encrypted)
        if encrypted:
            for name in ("send-copy-passphrase", "send-copy-repeat"):
                child(dialog, name).setText("a long passphrase 42")
        _ok(dialog)

    when_modal("send-copy-dialog", fill)
    assert win.sharing.send_copy()
    assert target.exists()
    target.unlink()
    monkeypatch.setattr(send_copy_module, "_CHUNK", 256)
    original = send_copy_module._Steps.add

    def slow(self, amount):
        time.sleep(0.01)
        original(self, amount)

    monkeypatch.setattr(send_copy_module._Steps, "add", slow)
    when_modal("send-copy-dialog", fill)
    cancelled = when_modal(PROGRESS, _cancel)
    assert not win.sharing.send_copy()
    assert cancelled
    assert list(folder.iterdir()) == []
    assert "no copy was written" in win.statusBar().currentMessage()
    _done(win)
    assert error_boxes == []


def test_the_progress_window_names_the_step(qtbot, workspace_file, error_boxes):
    win = _window(qtbot, workspace_file)
    labels: list[str] = []

    def work(progress):
        progress.set_label("Step two")
        for i in range(20):
            progress(i, 20)
            time.sleep(0.03)
        return 42

    def look(window) -> None:
        qtbot.waitUntil(lambda: window.findChild(QLabel, "file-task-label").text() == "Step two")
        labels.append(window.windowTitle())

    when_modal(PROGRESS, look)
    assert file_task.run_task(win, "A title", "Step one", work, delay_ms=50) == 42
    assert labels == ["A title"]
    _done(win)


def test_cancel_is_greyed_out_once_only_the_last_step_is_left(qtbot, workspace_file,
                                                              error_boxes):
    win = _window(qtbot, workspace_file)
    states: list[bool] = []

    def work(progress):
        progress(1, 2)
        time.sleep(0.3)
        progress(2, 2)  # what storage reports right before its rename or commit
        time.sleep(0.3)
        return "written"

    def look(window) -> None:
        button = child(window, "file-task-cancel")
        states.append(button.isEnabled())
        qtbot.waitUntil(lambda: not button.isEnabled())
        button.click()  # too late: ignored, the work completes
        states.append(button.isEnabled())

    when_modal(PROGRESS, look)
    assert file_task.run_task(win, "Task", "Working …", work, delay_ms=50) == "written"
    assert states == [True, False]
    _done(win)


def test_opening_a_slow_file_shows_its_progress(qtbot, workspace_file, error_boxes,
                                                monkeypatch, tmp_path):
    win = _window(qtbot, workspace_file)
    other = tmp_path / "large.leitplanken"
    WorkspaceFile.create(other, small_workspace()).close()
    real_open = WorkspaceFile.open

    def slow_open(path, **kwargs):
        time.sleep(0.8)  # a large file on a slow stick: copied and checked
        return real_open(path, **kwargs)

    monkeypatch.setattr(WorkspaceFile, "open", staticmethod(slow_open))
    looked: list[tuple[str, bool]] = []
    when_modal(PROGRESS, lambda w: looked.append((child(w, "file-task-label").text(),
                                                  child(w, "file-task-cancel").isVisibleTo(w))))
    assert win.files.open_path(other, ask=False)
    assert looked and other.name in looked[0][0]
    assert looked[0][1] is False  # nothing to stop: opening only reads the file
    assert win.session.path == other.resolve()
    _done(win)
    assert error_boxes == []


def test_decrypting_a_copy_runs_behind_a_progress_window(qtbot, workspace_file, error_boxes,
                                                         monkeypatch, tmp_path):
    import leitplanken.storage.crypto as crypto

    secret = tmp_path / "secret.leitplanken"
    with WorkspaceFile.open(workspace_file) as wf:
        send_copy_module.send_copy(wf, secret, "a long passphrase 42")
    win = _window(qtbot, workspace_file)
    real = crypto.decrypt_file

    def slow(*args, **kwargs):
        time.sleep(0.8)  # the key derivation on a slow laptop
        return real(*args, **kwargs)

    monkeypatch.setattr(crypto, "decrypt_file", slow)
    looked: list[str] = []

    def passphrase(dialog) -> None:
        when_modal(PROGRESS, lambda w: looked.append(child(w, "file-task-label").text()))
        child(dialog, "passphrase-field").setText("a long passphrase 42")
        _ok(dialog)

    when_modal("passphrase-dialog", passphrase)
    assert win.files.open_path(secret, ask=False)
    assert looked and secret.name in looked[0]
    assert win.session.path is None and win.session.workspace.use_cases
    _done(win)
    assert error_boxes == []
