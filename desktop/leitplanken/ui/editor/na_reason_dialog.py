"""Asks why a checklist item does not apply: "not applicable" is only accepted with a reason.

The reason is what a board member or adviser reads later, so an empty one is refused with a
message instead of silently closing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain.model import ChecklistItem
from leitplanken.ui.widgets.colours import Tone, text_style
from leitplanken.ui.widgets.delegates import limit_text
from leitplanken.ui.widgets.field_widgets import CommittingTextEdit


class NaReasonDialog(QDialog):
    """Reason for marking one item as not applicable."""

    def __init__(self, item_title: str, reason: str = "", parent: QWidget | None = None) -> None:
        """Shows the item's title and any earlier reason."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not applicable"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr("Why does this item not apply to this use case?"))
        intro.setWordWrap(True)
        title = QLabel(item_title)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        # CommittingTextEdit for its cut at the field's limit with a banner; OK reads the text
        self.reason_edit = limit_text(CommittingTextEdit(), ChecklistItem, "na_reason")
        self.reason_edit.set_text(reason)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. No personal data is processed: the tool only sees product numbers.")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(Tone.ERROR))
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(title)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        """The reason as typed, trimmed."""
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        """Refuses an empty reason with a clear message; the item stays as it was."""
        if not self.reason():
            self.message.setText(
                self.tr("A reason is required: an item is only “not applicable” with a reason.")
            )
            self.message.show()
            self.reason_edit.setFocus()
            return
        super().accept()
