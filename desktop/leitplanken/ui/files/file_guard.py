"""Answers to the file problems that are choices rather than dead ends.

Opening: a file in use gets the LockDialog; an encrypted copy asks for its passphrase and
opens as an untitled workspace. Saving: a file changed by someone else since it was opened
gets the choice to merge their changes first, save under another name, or overwrite them
knowingly. FileOps calls these before it falls back to a plain error message (and imports
this module only then, so none of these dialogs loads at start-up).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from leitplanken.i18n.file_errors import display_name
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.storage import accept_disk_version, open_encrypted
from leitplanken.ui.files.lock_dialog import LockDialog, open_despite_lock
from leitplanken.ui.files.merge_dialog import run_merge
from leitplanken.ui.files.send_copy_dialog import ask_and_decrypt

MERGE, SAVE_AS, OVERWRITE = "merge", "save_as", "overwrite"


def resolve_open_error(parent: QWidget | None, path: Path, err: Any) -> Any:
    """A WorkspaceFile for a "locked" or "encrypted" file after asking the user, else None.

    Other FileErrors (and new ones raised on the way) propagate to the caller's message box.
    """
    if err.code == "locked":
        dialog = LockDialog(path, err.details, parent)
        if not dialog.exec() or dialog.choice is None:
            return None
        return open_despite_lock(path, dialog.choice)
    if err.code == "encrypted":
        return ask_and_decrypt(parent, path, open_encrypted)
    return None


def ask_changed_on_disk(parent: QWidget | None, path: Path) -> str | None:
    """Merge / Save as / Overwrite / Cancel when the file changed since it was opened."""
    tr = AppTranslator()
    box = QMessageBox(QMessageBox.Icon.Warning,
                      tr.translate("FileGuard", "File changed by someone else"),
                      fill(tr.translate(
                          "FileGuard",
                          "“%1” was changed by someone else since you opened it. Saving now "
                          "would overwrite their changes.\n\nMerge their changes into yours "
                          "first, save yours under another name, or overwrite theirs "
                          "knowingly."), display_name(path, tr)),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("changed-on-disk")
    merge = box.addButton(tr.translate("FileGuard", "&Merge their changes"),
                          QMessageBox.ButtonRole.AcceptRole)
    merge.setObjectName("changed-merge")
    save_as = box.addButton(tr.translate("FileGuard", "Save &as…"),
                            QMessageBox.ButtonRole.ActionRole)
    save_as.setObjectName("changed-save-as")
    overwrite = box.addButton(tr.translate("FileGuard", "&Overwrite their changes"),
                              QMessageBox.ButtonRole.DestructiveRole)
    overwrite.setObjectName("changed-overwrite")
    box.setDefaultButton(merge)
    box.exec()
    answers: dict[QAbstractButton, str] = {merge: MERGE, save_as: SAVE_AS, overwrite: OVERWRITE}
    return answers.get(box.clickedButton())


def resolve_changed_on_disk(file_ops: Any) -> bool:
    """Carries out the user's answer to "changed on disk"; True when the work got saved."""
    session = file_ops.session
    path = Path(session.path)
    choice = ask_changed_on_disk(file_ops.window, path)
    if choice == SAVE_AS:
        return bool(file_ops.save_as())
    if choice == OVERWRITE:
        accept_disk_version(session.file)
        return bool(file_ops._save_to(None))
    if choice == MERGE:
        # run_merge takes the version it merged as the one Save may replace; a change
        # after that is caught by Save again (never accepted unseen)
        if not run_merge(file_ops.window, path, from_disk=True):
            return False
        return bool(file_ops._save_to(None))
    return False
