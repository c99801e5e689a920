"""A small dialog to create a person on the spot (from the RACI grid or the wizard).

Internal is the default: accountability stays inside the company; an external adviser or
provider is marked as such and names their organisation. Naming a firm marks the person
external by itself (a firm's person is an outsider), until the owner sets the tick.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.model import Person
from leitplanken.ui.widgets.colours import Tone, text_style
from leitplanken.ui.widgets.delegates import limit_line


class NewPersonDialog(QDialog):
    """Asks for name, function, internal/external and organisation of a new person."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        """Builds the form; `name` pre-fills what the user already typed elsewhere."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New person"))
        self.name_edit = limit_line(QLineEdit(name), Person, "name")
        self.function_edit = limit_line(QLineEdit(), Person, "function")
        self.function_edit.setPlaceholderText(self.tr("e.g. Head of customer service"))
        self.external_box = QCheckBox(self.tr("External (adviser, provider)"))
        self.organisation_edit = limit_line(QLineEdit(), Person, "organisation")
        self.external_chosen = False  # the owner set the tick: the firm no longer moves it
        self.external_box.clicked.connect(self._external_chosen)
        self.organisation_edit.textEdited.connect(self._follow_organisation)
        self.message = QLabel()
        self.message.setStyleSheet(text_style(Tone.ERROR))
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Function:"), self.function_edit)
        form.addRow("", self.external_box)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        hint = QLabel(self.tr("External people can be consulted or do the work, but the A stays internal."))
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _external_chosen(self) -> None:
        """The owner decided internal or external themselves."""
        self.external_chosen = True

    def _follow_organisation(self, text: str) -> None:
        """A firm typed marks the person external; emptied again, internal (unless chosen)."""
        if not self.external_chosen:
            self.external_box.setChecked(bool(text.strip()))

    def accept(self) -> None:
        """Refuses an empty name with a message instead of closing."""
        if not self.name_edit.text().strip():
            self.message.setText(self.tr("Please enter a name."))
            self.message.show()
            self.name_edit.setFocus()
            return
        super().accept()

    def person(self) -> Person:
        """The person as entered (not stored yet)."""
        # the organisation is kept either way: an internal person may name a sister company
        return Person(
            name=self.name_edit.text().strip(),
            function=self.function_edit.text().strip(),
            internal=not self.external_box.isChecked(),
            organisation=self.organisation_edit.text().strip(),
        )
