"""File → Check file…: the same judgement as `leitplanken check`, inside the app.

Integrity of the working copy (SQLite's integrity check and every reference), the schema
version, what the file holds, whether the file on disk changed since it was opened or is
open elsewhere, and the rule findings (RACI, readiness, pilot traps) in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from leitplanken.domain import rules
from leitplanken.domain.model import Status
from leitplanken.i18n.file_errors import display_name, file_error_text
from leitplanken.i18n.findings import finding_text
from leitplanken.i18n.labels import status_label
from leitplanken.i18n.translator import AppTranslator, fill
from leitplanken.storage import Cancelled, FileError, has_changed, read_lock
from leitplanken.ui.files.file_task import report_failure, run_task
from leitplanken.ui.settings import app_settings


def findings_for(ws: Any, today: Any,
                 progress: Callable[[int, int], None] | None = None) -> list[tuple[Any, list[Any]]]:
    """Per use case the findings `leitplanken check` lists (same selection as the CLI).

    Judged from every use case's children (read as it goes): `progress(done, total)` hears
    of each use case and may stop the check by raising.
    """
    out = []
    total = len(ws.use_cases)
    for done, uc in enumerate(ws.use_cases, start=1):
        if progress is not None and done % 50 == 0:
            progress(done, total + 1)
        found = []
        if uc.status in (Status.EVALUATION, Status.PILOT, Status.OPERATION):
            found += rules.raci_findings(uc, ws.people)
        if uc.status in (Status.PILOT, Status.OPERATION):
            found += [f for f in rules.readiness_gaps(uc, ws.people)
                      if not (f.tab == "raci" and found)]
        trap = rules.pilot_trap_finding(uc, today, ws.company.pilot_trap_days)
        if trap is not None:
            found.append(trap)
        if found:
            out.append((uc, rules.sorted_findings(found)))
    return out


@dataclass
class Checked:
    """What one check found, gathered off the GUI thread (`gather`) and worded in the dialog."""

    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    error: FileError | None = None
    findings: list[tuple[Any, list[Any]]] = field(default_factory=list)


def gather(session: Any, progress: Callable[[int, int], None] | None = None) -> Checked:
    """Runs the integrity check and the rules over every use case (seconds for thousands)."""
    wf = session.file
    try:
        problems = wf.integrity_problems()
        counts = wf.counts()
    except FileError as err:
        return Checked(error=err)
    return Checked(problems, counts, None,
                   findings_for(session.workspace, session.today(), progress))


class CheckFileDialog(QDialog):
    """Shows the report of one check; `ok` tells whether the file itself is intact."""

    def __init__(self, session: Any, parent: QWidget | None = None,
                 checked: Checked | None = None) -> None:
        """Shows what `checked` found (checks here and now when not given)."""
        super().__init__(parent)
        self.setObjectName("check-file-dialog")
        self.setWindowTitle(self.tr("Check file"))
        self.ok = True
        self.verdict = QLabel(self)
        self.verdict.setObjectName("check-verdict")
        self.verdict.setWordWrap(True)
        self.report = QPlainTextEdit(self)
        self.report.setObjectName("check-report")
        self.report.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)
        self.report.setPlainText("\n".join(self._lines(session, checked or gather(session))))

    def _lines(self, session: Any, checked: Checked) -> list[str]:
        """The report, line by line."""
        tr = AppTranslator()
        wf = session.file
        name = display_name(wf.path, tr)
        lines = [fill(self.tr("File: %1"), str(wf.path) if wf.path else name)]
        if checked.error is not None:
            self.ok = False
            self.verdict.setText(file_error_text(checked.error, tr))
            return lines
        problems, counts = checked.problems, checked.counts
        lines.append(fill(self.tr("Schema version: %1"), wf.schema_version))
        if problems:
            self.ok = False
            lines.append(self.tr("Integrity: damaged"))
            lines += [f"  {p}" for p in problems[:50]]
        else:
            lines.append(self.tr("Integrity: ok (every page and every reference checked)"))
        lines.append(self.tr("%n use case(s)", None, counts.get("use_case", 0)))
        lines.append(self.tr("%n person(s)", None, counts.get("person", 0)))
        lines.append(self.tr("%n decision(s)", None, counts.get("decision", 0)))
        lines.append(self.tr("%n history entry(ies)", None, counts.get("history", 0)))
        if wf.path is not None:
            path = Path(wf.path)
            try:
                changed = has_changed(path, getattr(wf, "disk_identity", None))
            except FileError:
                changed = False
            if changed:
                lines.append(self.tr("On disk: changed by someone else since you opened it."))
            holder = read_lock(path)
            if holder is not None and not holder.is_ours():
                lines.append(fill(self.tr("In use: also opened by %1 on %2."),
                                  holder.user or "?", holder.machine or "?"))
        if wf.read_only:
            lines.append(self.tr("Opened read-only."))
        lines.append("")
        total = 0
        lang = app_settings.interface_language()
        for uc, found in checked.findings:
            lines.append(fill("%1 (%2)", uc.title or "—", status_label(uc.status, tr)))
            lines += [f"  • {finding_text(f, session.workspace, tr, lang)}" for f in found]
            total += len(found)
        lines.append(self.tr("%n finding(s).", None, total) if total else self.tr("No findings."))
        if self.ok:
            self.verdict.setText(self.tr("The file is intact.") + " "
                                 + (self.tr("The rules found points to look at (below).")
                                    if total else self.tr("The rules found nothing to fix.")))
        else:
            self.verdict.setText(self.tr(
                "The file is damaged. Save your work under a new name with “Save as…” and "
                "keep the damaged file for inspection."))
        return lines


def check_file(window: Any) -> bool:
    """Shows the check of the open workspace; True when the file is intact."""
    session = window.session
    if session is None:
        return False
    session.flush()
    tr = AppTranslator()
    title = tr.translate("CheckFileDialog", "Check file")
    try:
        checked = run_task(window, title, tr.translate(
            "CheckFileDialog", "Checking every page of the file and every use case …"),
            lambda progress: gather(session, progress))
    except Cancelled:
        return False
    except Exception as exc:  # a bug in the check: said as one, the work is kept
        report_failure(window, exc, title, "check file")
        return False
    dialog = CheckFileDialog(session, window, checked)
    dialog.exec()
    return dialog.ok
