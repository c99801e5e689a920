"""File → Send copy… and the passphrase question when an encrypted copy is opened.

The copy is a clean snapshot written elsewhere (a stick, a folder to mail from); with a
passphrase it is encrypted, so a lost stick or a misaddressed mail exposes nothing.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leitplanken.i18n.file_errors import display_name, file_error_text
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.storage import Cancelled, FileError, write_copy

SUFFIX = ".leitplanken"
#: Shorter passphrases are refused: scrypt slows guessing, it cannot make "1234" safe.
MIN_PASSPHRASE = 8


class SendCopyDialog(QDialog):
    """Where the copy goes and, optionally, the passphrase (typed twice)."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        """suggested: the path offered in the field (beside the file, "NAME (copy)")."""
        super().__init__(parent)
        self.setObjectName("send-copy-dialog")
        self.setWindowTitle(self.tr("Send copy"))
        intro = QLabel(self.tr(
            "Writes a clean copy of the workspace to another place, for a USB stick or an "
            "e-mail. The open file stays as it is. The copy keeps the history, so it can be "
            "merged back later."), self)
        intro.setWordWrap(True)
        self.target = QLineEdit(str(suggested), self)
        self.target.setObjectName("send-copy-target")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        self.encrypt = QCheckBox(self.tr("&Encrypt with a passphrase"), self)
        self.encrypt.setObjectName("send-copy-encrypt")
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("send-copy-passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("send-copy-repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self.tr(
            "Tell the recipient the passphrase another way (by phone, not in the same e-mail). "
            "Without it the copy cannot be opened; nobody can recover it."), self)
        self.hint.setWordWrap(True)
        self.problem = QLabel("", self)
        self.problem.setObjectName("send-copy-problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Copy to:"), row)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat passphrase:"), self.repeat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Send copy"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.encrypt.toggled.connect(self._toggle)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._toggle(True)

    def _toggle(self, on: bool) -> None:
        """Passphrase fields only matter when encrypting."""
        for widget in (self.passphrase, self.repeat, self.hint):
            widget.setEnabled(on)

    def _browse(self) -> None:
        """Chooses the target with the system's file dialog."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Send copy"), self.target.text(),
            fill(self.tr("Leitplanken workspaces (*%1)"), SUFFIX))
        if path:
            self.target.setText(path)

    def target_path(self) -> Path:
        """The chosen target, with the extension added when missing."""
        target = Path(self.target.text().strip())
        return target if target.suffix.lower() == SUFFIX else target.with_name(target.name + SUFFIX)

    def chosen_passphrase(self) -> str | None:
        """The passphrase, or None for an unencrypted copy."""
        return self.passphrase.text() if self.encrypt.isChecked() else None

    def _accept(self) -> None:
        """Checks the fields before closing; a problem is shown in the dialog."""
        if not self.target.text().strip():
            self.problem.setText(self.tr("Choose where the copy goes."))
            return
        if self.encrypt.isChecked():
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                self.problem.setText(fill(self.tr(
                    "The passphrase needs at least %1 characters."), MIN_PASSPHRASE))
                return
            if self.passphrase.text() != self.repeat.text():
                self.problem.setText(self.tr("The two passphrases differ."))
                return
        self.accept()


class PassphraseDialog(QDialog):
    """Asks for the passphrase of an encrypted copy (again after a wrong one, with the reason)."""

    def __init__(self, path: Path, problem: str = "", parent: QWidget | None = None) -> None:
        """problem: why the last attempt failed (shown above the field)."""
        super().__init__(parent)
        self.setObjectName("passphrase-dialog")
        self.setWindowTitle(self.tr("Encrypted copy"))
        name = display_name(path, AppTranslator())
        text = QLabel(fill(self.tr("“%1” is encrypted. Enter its passphrase to open it."), name), self)
        text.setWordWrap(True)
        self.problem = QLabel(problem, self)
        self.problem.setObjectName("passphrase-problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase-field")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (text, self.problem, self.passphrase, buttons):
            layout.addWidget(widget)


def ask_and_decrypt(parent: QWidget | None, path: Path, opener: Any) -> Any:
    """Asks for the passphrase until `opener(path, passphrase)` succeeds or the user cancels.

    A wrong passphrase asks again with the reason; any other FileError passes through.
    """
    # delayed: the worker and its window load with the first long file operation
    from leitplanken.ui.files.file_task import run_task

    tr = AppTranslator()
    problem = ""
    while True:
        dialog = PassphraseDialog(path, problem, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = dialog.passphrase.text()
        try:
            # the key derivation (scrypt) and the decryption take a second or more: on a
            # worker, not cancellable (they write only a private temporary file)
            return run_task(parent, tr.translate("PassphraseDialog", "Encrypted copy"),
                            fill(tr.translate("PassphraseDialog", "Decrypting “%1” …"),
                                 display_name(path, tr)),
                            functools.partial(_decrypt, opener, path, passphrase),
                            cancellable=False)
        except FileError as err:
            if err.code != "wrong_passphrase":
                raise
            problem = file_error_text(err, AppTranslator())


def _decrypt(opener: Any, path: Path, passphrase: str, _progress: Any) -> Any:
    """The worker's part of ask_and_decrypt: opens (or decrypts) with one passphrase."""
    return opener(path, passphrase)


def copy_name(session: Any, tr: AppTranslator) -> Path:
    """Where the copy is offered: beside the file as "NAME (copy)"; an untitled workspace's
    copy is named for the company ("Muster AG (Kopie)"), or "Workspace" in the user's words."""
    if session.path is not None:
        base = Path(session.path)
        stem, folder = base.stem, base.parent
    else:
        company = " ".join(session.workspace.company.name.split())
        stem = safe_file_stem(company) or tr.translate("SendCopyDialog", "Workspace")
        folder = Path.home()
    return folder / (fill(tr.translate("SendCopyDialog", "%1 (copy)"), stem) + SUFFIX)


def safe_file_stem(text: str) -> str:
    """A company name as a file name on every system: no / \\ : * ? " < > |, no dots at the ends."""
    cleaned = "".join("-" if ch in '/\\:*?"<>|' or ord(ch) < 32 else ch for ch in text)
    return cleaned.strip(" .")[:80]


def send_copy(window: Any) -> bool:
    """File → Send copy…: asks where and how, writes the copy, says where it went."""
    session = window.session
    if session is None:
        return False
    session.flush()
    tr = AppTranslator()
    suggested = copy_name(session, tr)
    dialog = SendCopyDialog(suggested, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    # delayed: the worker and its window load with the first long file operation
    from leitplanken.ui.files.file_task import report_failure, run_task

    title = tr.translate("SendCopyDialog", "Send copy")
    target, passphrase, file = dialog.target_path(), dialog.chosen_passphrase(), session.file
    label = (tr.translate("SendCopyDialog", "Writing an encrypted copy to “%1” …")
             if passphrase else tr.translate("SendCopyDialog", "Writing a copy to “%1” …"))
    try:
        written = run_task(window, title, fill(label, target.name),
                           lambda progress: write_copy(file, target, passphrase, progress))
    except Cancelled:
        window.statusBar().showMessage(tr.translate(
            "SendCopyDialog", "Send copy cancelled: no copy was written."), 8000)
        return False
    except Exception as exc:  # noqa: BLE001 - a file problem said as such, a bug as a bug
        report_failure(window, exc, title, "sending a copy")
        return False
    text = (tr.translate("SendCopyDialog", "Encrypted copy written to %1")
            if dialog.chosen_passphrase() else tr.translate("SendCopyDialog", "Copy written to %1"))
    window.statusBar().showMessage(fill(text, str(written)), 8000)
    return True
