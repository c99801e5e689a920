"""What the board paper still lacks, listed above the export options with a way to fix each.

The problems come from `report.problems.record_problems` (no company name, no board, an item
for decision without a motion, …). Exporting stays possible: it is the preparer's decision,
and the record marks a missing motion as missing instead of inventing one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leitplanken.i18n.translator import AppTranslator
from leitplanken.report.problems import RecordProblem, problem_text

#: Rows shown at most; the rest is counted ("… and 12 more"), each fixed in its turn.
SHOWN = 12


class ProblemsPanel(QFrame):
    """A heading, one line per problem with a button that opens where it is fixed."""

    #: The user wants to fix this problem (a RecordProblem).
    fix_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty and hidden until problems are set."""
        super().__init__(parent)
        self.setObjectName("export-problems")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.problems: list[RecordProblem] = []
        self.buttons: list[QPushButton] = []
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(0, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMaximumHeight(120)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(scroll)
        layout.addWidget(self.note)
        self.setVisible(False)

    def set_problems(self, problems: list[RecordProblem], workspace: Any) -> None:
        """Shows these problems (hidden when there are none)."""
        self.problems = list(problems)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        tr = AppTranslator()
        for row, problem in enumerate(self.problems[:SHOWN]):
            text = QLabel(problem_text(problem, workspace, tr), self.rows)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(self.fix_text(problem), self.rows)
            button.setObjectName(f"fix-{row}")
            button.clicked.connect(lambda _=False, p=problem: self.fix_requested.emit(p))
            self.grid.addWidget(text, row, 0)
            self.grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)
        hidden = len(self.problems) - SHOWN
        if hidden > 0:
            more = QLabel(self.tr("… and %n more, each fixed the same way.", "", hidden),
                          self.rows)
            self.grid.addWidget(more, SHOWN, 0, 1, 2)
        self.heading.setText(self.tr("Before you export: %n thing(s) the board paper lacks",
                                     "", len(self.problems)))
        self.note.setText(self.tr("You can export anyway. A missing motion is marked as "
                                  "missing in the record, never made up."))
        self.setVisible(bool(self.problems))

    def fix_text(self, problem: RecordProblem) -> str:
        """What the fix button does for this problem, in the user's words."""
        if problem.record in ("company", "board"):
            return self.tr("Open company settings")
        if problem.record == "options":
            return self.tr("Set the return date")
        if problem.field == "motion":
            return self.tr("Write the motion")
        return self.tr("Open “For the board”")
