"""Renders the decision record (or the register list) on a worker thread so the window stays responsive.

The worker gets its own copy of the workspace and talks to the window only through queued
signals; it never touches a widget. Cancelling sets a flag the report's progress callback
reads between use cases.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from leitplanken.domain.model import Workspace
from leitplanken.report import Cancelled, render, write_pdf
from leitplanken.report.options import ReportOptions


class ExportSignals(QObject):
    """What the worker reports; connected with queued connections to the window's thread."""

    #: (done, total) use cases.
    progress = Signal(int, int)
    #: The RenderResult (written to the target path first when one was given).
    finished = Signal(object)
    #: The user cancelled; nothing was written.
    cancelled = Signal()
    #: Something went wrong: the exception (OSError when writing, or a bug in rendering).
    failed = Signal(object)


class ExportJob(QRunnable):
    """One export: render (and write) off the GUI thread."""

    def __init__(self, workspace: Workspace, options: ReportOptions,
                 target: Path | None = None) -> None:
        """`workspace` must be a private copy; `target` None renders into memory only."""
        super().__init__()
        self.setAutoDelete(False)
        self.signals = ExportSignals()
        self._workspace = workspace
        self._options = options
        self._target = target
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Asks the export to stop at the next use case (safe from any thread)."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        """The report's progress callback: tell the window, and say whether to go on."""
        self.signals.progress.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        """Runs on a pool thread; the outcome arrives as exactly one signal."""
        self._options.progress = self._progress
        try:
            if self._options.register_list:
                # delayed: reportlab (the dialog opens without it; report/__init__ is lazy too)
                from leitplanken.report.register_list import render_list, write_list

                if self._target is None:
                    result: Any = render_list(self._workspace, self._options)
                else:
                    result = write_list(self._workspace, self._options, self._target)
            elif self._target is None:
                result = render(self._workspace, self._options)
            else:
                result = write_pdf(self._workspace, self._options, self._target)
        except Cancelled:
            self.signals.cancelled.emit()
            return
        except Exception as exc:  # noqa: BLE001 - handed to the window, which shows it
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)
