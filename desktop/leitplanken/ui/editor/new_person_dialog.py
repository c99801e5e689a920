"""A small dialog to create a person on the spot (from the RACI grid or the wizard).

Internal is the default: accountability stays inside the company; an external adviser or
provider is marked as such and names their organisation.
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
        self.organisation_edit.setEnabled(False)
        self.external_box.toggled.connect(self.organisation_edit.setEnabled)
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
        external = self.external_box.isChecked()
        return Person(
            name=self.name_edit.text().strip(),
            function=self.function_edit.text().strip(),
            internal=not external,
            organisation=self.organisation_edit.text().strip() if external else "",
        )
