"""The file-sharing dialogs one by one: read-only banner, stale marker, changed on disk,
crash recovery, check file, and that their texts exist in German."""

from __future__ import annotations

import json
import os
import shutil
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from reliability_ui_support import child, when_modal

from leitplanken.domain.model import Person
from leitplanken.storage import WorkspaceFile, lock
from leitplanken.ui.shell.main_window import MainWindow
from leitplanken.ui.workspace.session import Session


def _window(qtbot, path, read_only=False):
    win = MainWindow(Session(WorkspaceFile.open(path, read_only=read_only)))
    qtbot.addWidget(win)
    win.show()
    return win


def _close(win):
    if win.session is not None:
        win.session.close()
    win.close()


def test_read_only_shows_the_banner_and_save_as_clears_it(qtbot, workspace_file, error_boxes,
                                                          monkeypatch):
    win = _window(qtbot, workspace_file, read_only=True)
    banner = win.sharing.banner
    assert banner.isVisible() and "read-only" in child(banner, "readonly-text").text()
    assert "(read-only)" in win.windowTitle()
    assert not win.sharing.actions["merge"].isEnabled()
    target = workspace_file.with_name("mine.leitplanken")
    monkeypatch.setattr("leitplanken.ui.files.file_ops.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    child(banner, "readonly-save-as").click()
    assert target.exists() and not win.session.read_only
    assert not banner.isVisible() and win.sharing.actions["merge"].isEnabled()
    _close(win)
    assert error_boxes == []


def test_a_stale_marker_can_be_broken_from_the_dialog(qtbot, workspace_file, error_boxes):
    old = (datetime.now(UTC) - timedelta(days=2)).isoformat()
    lock.lock_path(workspace_file).write_text(json.dumps(
        {"user": "urs", "machine": "laptop-urs", "pid": 77, "since": old}), encoding="utf-8")
    win = MainWindow()
    qtbot.addWidget(win)
    seen = when_modal("lock-dialog", lambda d: child(d, "lock-break").click())
    assert win.files.open_path(workspace_file, ask=False)
    assert seen and "laptop-urs" in child(seen[0], "lock-message").text()
    assert not win.session.read_only and lock.read_lock(workspace_file).pid == os.getpid()
    _close(win)
    assert error_boxes == []


def test_open_read_only_from_the_lock_dialog(qtbot, workspace_file, error_boxes):
    holder = WorkspaceFile.open(workspace_file)
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        when_modal("lock-dialog", lambda d: child(d, "lock-read_only").click())
        assert win.files.open_path(workspace_file, ask=False)
        assert win.session.read_only and win.sharing.banner.isVisible()
        _close(win)
    finally:
        holder.close()
    assert error_boxes == []


def test_changed_on_disk_offers_merge_and_keeps_both(qtbot, workspace_file, error_boxes):
    win = _window(qtbot, workspace_file)
    ws = win.session.workspace
    from leitplanken.ui.workspace.commands import SetFields

    win.session.undo.push(SetFields(win.session, ws.use_cases[0], {"title": "Ours"}))
    # A colleague's tool writes the file meanwhile (it ignores the marker).
    theirs = workspace_file.with_name("theirs.leitplanken")
    shutil.copyfile(workspace_file, theirs)
    with WorkspaceFile.open(theirs) as other:
        other.put(Person(name="Their addition"))
        other.save()
    os.replace(theirs, workspace_file)

    texts: list[str] = []

    def choose_merge(box):
        texts.append(box.text())
        when_modal("merge-dialog", lambda d: d.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok).click())
        child(box, "changed-merge").click()

    when_modal("changed-on-disk", choose_merge)
    assert win.files.save()
    assert texts and "changed by someone else" in texts[0]
    with WorkspaceFile.open(workspace_file, read_only=True) as check:
        saved = check.load()
    assert saved.use_case(ws.use_cases[0].uuid).title == "Ours"
    assert any(p.name == "Their addition" for p in saved.people)
    _close(win)
    assert error_boxes == []


def test_changed_on_disk_cancel_saves_nothing(qtbot, workspace_file, error_boxes):
    win = _window(qtbot, workspace_file)
    win.session.file.put(Person(name="Ours"))
    st = os.stat(workspace_file)
    workspace_file.write_bytes(workspace_file.read_bytes()[:-1] + b"\x01")
    os.utime(workspace_file, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    before = workspace_file.read_bytes()
    when_modal("changed-on-disk", lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not win.files.save()
    assert workspace_file.read_bytes() == before and win.session.modified
    _close(win)


def test_recovery_dialog_after_a_killed_instance(qtbot, workspace_file, error_boxes):
    from leitplanken.ui.files.recovery_dialog import offer_recovery

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "storage"))
    from reliability_support import SecondInstance  # the real second process of the storage tests

    other = SecondInstance(workspace_file, "wf = WorkspaceFile.open(path)\n"
                                           "wf.put(m.Person(name='Rescued by recovery'))\n")
    other.kill()
    win = MainWindow()
    qtbot.addWidget(win)
    seen = when_modal("recovery-dialog", lambda d: child(d, "recovery-recover").click())
    assert offer_recovery(win)
    assert seen and "muster.leitplanken" in child(seen[0], "recovery-list").item(0).text()
    assert win.session.path == workspace_file.resolve() and win.session.modified
    assert any(p.name == "Rescued by recovery" for p in win.session.workspace.people)
    assert win.files.save()
    _close(win)
    assert error_boxes == []


def test_check_file_shows_integrity_and_findings(qtbot, window):
    seen = when_modal("check-file-dialog", lambda d: d.reject())
    window.sharing.actions["check_file"].trigger()
    assert seen
    report = child(seen[0], "check-report").toPlainText()
    assert "Integrity: ok" in report
    assert "Answer complaints within two hours" in report  # its RACI has two A
    assert "intact" in child(seen[0], "check-verdict").text()


def test_dialog_texts_exist_in_german(qtbot, workspace_file, error_boxes):
    from leitplanken.ui.settings.language import apply_language

    apply_language("de")
    try:
        win = _window(qtbot, workspace_file, read_only=True)
        texts = [a.text() for a in win.sharing.actions.values()]
        texts.append(child(win.sharing.banner, "readonly-text").text())
        assert "Kopie senden…" in " ".join(texts).replace("&", "")
        assert "schreibgeschützt" in texts[-1]
        _close(win)
    finally:
        apply_language("en")
