"""What the board paper still lacks, listed above the export options with a way to fix each.

The problems come from `report.problems.record_problems` (no company name, no board, an item
for decision without a motion, …). Exporting stays possible: it is the preparer's decision,
and the record marks a missing motion as missing instead of inventing one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
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
#: Pixels the list of problems may take before it scrolls (the options below must fit).
MAX_HEIGHT = 120


class ProblemsPanel(QFrame):
    """A heading, one line per problem with a button that opens where it is fixed."""

    #: The user wants to fix this problem (a RecordProblem).
    fix_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty and hidden until problems are set."""
        super().__init__(parent)
        self.setObjectName("export-problems")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
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
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(scroll)
        layout.addWidget(self.note)
        self._layout = layout
        self.setVisible(False)

    def set_problems(self, problems: list[RecordProblem], workspace: Any) -> None:
        """Shows these problems (hidden when there are none)."""
        self.problems = list(problems)
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        self.buttons = []
        tr = AppTranslator()
        for row, problem in enumerate(self.problems[:SHOWN]):
            text = QLabel(problem_text(problem, workspace, tr), rows)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(self.fix_text(problem), rows)
            button.setObjectName(f"fix-{row}")
            button.clicked.connect(lambda _=False, p=problem: self.fix_requested.emit(p))
            grid.addWidget(text, row, 0)
            grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.buttons.append(button)
        hidden = len(self.problems) - SHOWN
        if hidden > 0:
            more = QLabel(self.tr("… and %n more, each fixed the same way.", "", hidden), rows)
            grid.addWidget(more, SHOWN, 0, 1, 2)
        grid.setRowStretch(grid.rowCount(), 1)  # rows stay at the top, not spread out
        old = self.scroll_area.takeWidget()
        if old is not None:  # later: its button may be the one whose click led here
            old.deleteLater()
        self.scroll_area.setWidget(rows)
        self.rows, self.grid = rows, grid
        self.heading.setText(self.tr("Before you export: %n thing(s) the board paper lacks",
                                     "", len(self.problems)))
        self.note.setText(self.tr("You can export anyway. A missing motion is marked as "
                                  "missing in the record, never made up."))
        self.note.setVisible(any(p.field == "motion" for p in self.problems))
        self.setVisible(bool(self.problems))
        self._fit()

    def _fit(self) -> None:
        """As tall as the rows need at the width they have, up to MAX_HEIGHT (then it scrolls)."""
        grid = self.grid
        grid.activate()
        margins = self._layout.contentsMargins()
        width = self.contentsRect().width() - margins.left() - margins.right()
        wanted = (grid.totalHeightForWidth(width) if width > 50 and grid.hasHeightForWidth()
                  else self.rows.sizeHint().height())
        self.scroll_area.setFixedHeight(max(0, min(wanted, MAX_HEIGHT)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Wrapped lines change with the width: the list's height follows."""
        super().resizeEvent(event)
        self._fit()

    def fix_text(self, problem: RecordProblem) -> str:
        """What the fix button does for this problem, in the user's words."""
        if problem.record in ("company", "board"):
            return self.tr("Open company settings")
        if problem.record == "options":
            return self.tr("Set the return date")
        if problem.field == "motion":
            return self.tr("Write the motion")
        return self.tr("Open “For the board”")
