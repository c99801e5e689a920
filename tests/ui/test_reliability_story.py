"""The sharing story as a new user lives it, through the window's dialogs:

the demo on a "stick" opened; opened again by a second instance (lock message → open a copy);
the copy edited and saved; merged back with one conflict decided in the conflict list; an
encrypted copy sent; that copy opened with its passphrase (after one wrong try).
"""

from __future__ import annotations

import socket
from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from reliability_ui_support import child, when_modal
from shell_support import type_text

from leitplanken.domain.demo import demo_workspace
from leitplanken.storage import WorkspaceFile, crypto
from leitplanken.ui.shell.main_window import MainWindow
from leitplanken.ui.workspace.commands import SetFields
from leitplanken.ui.workspace.session import Session

TODAY = date(2026, 11, 25)
PASSPHRASE = "Grüezi Stick 2026"


def _ok(dialog) -> None:
    """Clicks the dialog's OK (Merge, Send copy …) button."""
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_stick_second_instance_copy_merge_and_encrypted_copy(qtbot, tmp_path, app_names,
                                                             error_boxes, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    demo = stick / "Demo.leitplanken"
    WorkspaceFile.create(demo, demo_workspace("en", TODAY)).close()

    first = MainWindow(Session(WorkspaceFile.open(demo), today=TODAY))
    second = MainWindow()
    for win in (first, second):
        qtbot.addWidget(win)
        win.show()

    # The second instance opens the same file: it is told who has it and opens a copy.
    lock_seen = when_modal("lock-dialog", lambda d: child(d, "lock-copy").click())
    assert second.files.open_path(demo, ask=False)
    assert lock_seen, "the lock dialog did not appear"
    message = child(lock_seen[0], "lock-message")
    assert isinstance(message, QLabel) and socket.gethostname() in message.text()
    assert not child(lock_seen[0], "lock-break").isVisibleTo(lock_seen[0])  # a live marker
    copy_session = second.session
    assert copy_session.path is None and copy_session.modified and not copy_session.read_only
    assert copy_session.file.suggested_name == "Demo (copy).leitplanken"  # offered by Save as

    # Both edit: the same title differently (a conflict), and one field only in the copy.
    ws_a, ws_b = first.session.workspace, copy_session.workspace
    uc = ws_a.use_cases[0]
    other = ws_a.use_cases[1]
    copy_session.undo.push(SetFields(copy_session, ws_b.use_case(uc.uuid),
                                     {"title": "Complaints: answered within 2 h (Urs)"}))
    copy_session.undo.push(SetFields(copy_session, ws_b.use_case(other.uuid),
                                     {"boundary": "A person approves every automatic answer"}))
    copy_path = stick / "Demo (Urs).leitplanken"
    copy_session.save(copy_path)
    first.session.undo.push(SetFields(first.session, uc, {"title": "Complaints (Anna)"}))

    # Merge it back: the conflict list shows the title; the user takes theirs.
    monkeypatch.setattr("leitplanken.ui.files.merge_dialog.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(copy_path), ""))

    def decide(dialog) -> None:
        tree = child(dialog, "merge-conflicts")
        assert tree.topLevelItemCount() == 1
        assert tree.topLevelItem(0).child(0).text(0) == "Title"
        [(conflict, field_name, box)] = dialog.pickers
        assert field_name == "title" and box.currentData() == "mine"
        box.setCurrentIndex(1)  # "Theirs"
        _ok(dialog)

    merge_seen = when_modal("merge-dialog", decide)
    first.sharing.actions["merge"].trigger()
    assert merge_seen, "the merge dialog did not appear"
    merged = first.session.workspace
    assert merged.use_case(uc.uuid).title == "Complaints: answered within 2 h (Urs)"
    assert merged.use_case(other.uuid).boundary == "A person approves every automatic answer"
    kept = [h for h in first.session.file.history(1000) if h.action == "merge_kept"]
    assert kept and "Complaints (Anna)" in kept[0].summary  # the other version is kept
    assert first.files.save()

    # Send an encrypted copy.
    secret = stick / "Demo-secret.leitplanken"

    def fill_send(dialog) -> None:
        target = child(dialog, "send-copy-target")
        target.setText(str(secret))
        type_text(child(dialog, "send-copy-passphrase"), PASSPHRASE)
        type_text(child(dialog, "send-copy-repeat"), PASSPHRASE)
        _ok(dialog)

    send_seen = when_modal("send-copy-dialog", fill_send)
    first.sharing.actions["send_copy"].trigger()
    assert send_seen and secret.exists()
    assert secret.read_bytes().startswith(crypto.MAGIC)

    # Open the encrypted copy: a wrong passphrase is told, the right one opens it untitled.
    problems: list[str] = []

    def right(dialog) -> None:
        problems.append(child(dialog, "passphrase-problem").text())
        type_text(child(dialog, "passphrase-field"), PASSPHRASE)
        _ok(dialog)

    def wrong(dialog) -> None:
        field = child(dialog, "passphrase-field")
        assert isinstance(field, QLineEdit) and field.echoMode() == QLineEdit.EchoMode.Password
        type_text(field, "falsch")
        when_modal("passphrase-dialog", right)
        _ok(dialog)

    when_modal("passphrase-dialog", wrong)
    assert first.files.open_path(secret, ask=False)
    assert problems and "passphrase" in problems[0].lower()
    opened = first.session
    assert opened.path is None and opened.modified
    assert opened.workspace.use_case(uc.uuid).title == "Complaints: answered within 2 h (Urs)"
    assert error_boxes == []

    for win in (first, second):
        win.session.close()
        win.close()
