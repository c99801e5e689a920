"""A long file operation (save, merge, send copy) on a worker thread behind a progress window.

run_task() blocks its caller like the old synchronous call did (so File → Save still answers
True or False, and closing the window waits for the save), but the work runs on a pool thread
while the GUI thread keeps painting. The first DELAY_MS run without a window (a 60 ms save must
not flash one) and without user input (it is queued, not dropped): nothing can be clicked or
typed while the worker uses the workspace's SQLite connection. Then a modal window shows what
is done and, where stopping is safe, a Cancel button. The worker's result comes back to the
caller; its exception is raised again on the GUI thread; a cancel raises storage's Cancelled.

The rules of gui_thread_gc.py hold: the cycle collector runs on the GUI thread only (installed
here too), and the work is handed plain storage objects, never a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from leitplanken.storage import Cancelled, FileError
from leitplanken.ui import gui_thread_gc
from leitplanken.ui.files.errors import show_error, show_unexpected

#: How long a task runs before its progress window shows (ms).
DELAY_MS = 400
#: The bar's resolution: progress in bytes (hundreds of MB) does not fit Qt's int range.
_STEPS = 1000


class _Signals(QObject):
    """What the worker reports; queued to the GUI thread."""

    progress = Signal(int, int)
    label = Signal(str)
    cancellable = Signal(bool)
    done = Signal(object)
    failed = Signal(object)


class Progress:
    """What a task gets to report progress and to notice a cancel (safe from any thread)."""

    def __init__(self, signals: _Signals, cancellable: bool = True) -> None:
        """Reports through `signals`; cancel() may be called from the GUI thread."""
        self._signals = signals
        self._stop = threading.Event()
        self._cancellable = cancellable

    def __call__(self, done: int, total: int) -> None:
        """A progress callback for storage: reports and stops the task if the user cancelled.

        Storage reports done == total at its last point where stopping is safe (what is left
        is the rename or the commit): from then on Cancel is greyed out.
        """
        self._signals.progress.emit(int(_STEPS * done / total) if total > 0 else 0, _STEPS)
        self.checkpoint()
        if total > 0 and done >= total and self._cancellable:
            self.allow_cancel(False)

    def checkpoint(self) -> None:
        """Raises Cancelled when the user cancelled and stopping is safe now."""
        if self._cancellable and self._stop.is_set():
            raise Cancelled

    def set_label(self, text: str) -> None:
        """Tells the user which step runs now (a translated text)."""
        self._signals.label.emit(text)

    def allow_cancel(self, allowed: bool) -> None:
        """Cancel is offered only while stopping leaves everything as it was."""
        self._cancellable = allowed
        self._signals.cancellable.emit(allowed)

    def cancel(self) -> None:
        """The user asked to stop; the task stops at its next checkpoint where that is safe."""
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        """Whether the user asked to stop."""
        return self._stop.is_set()


class _Job(QRunnable):
    """Runs the work on a pool thread; exactly one of done and failed is emitted."""

    def __init__(self, work: Callable[[Progress], Any], progress: Progress,
                 signals: _Signals) -> None:
        """`work` is called with `progress`."""
        super().__init__()
        self.setAutoDelete(False)
        self._work = work
        self._progress = progress
        self._signals = signals
        self.ended = threading.Event()

    def run(self) -> None:
        """The worker thread's part."""
        try:
            try:
                value = self._work(self._progress)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, raised there
                self._signals.failed.emit(exc)
                return
            self._signals.done.emit(value)
        finally:
            self.ended.set()


class ProgressWindow(QDialog):
    """The modal window of a running task: what runs, how far it is, Cancel where safe."""

    #: The user pressed Cancel (or Esc) while cancelling was allowed.
    cancel_requested = Signal()

    def __init__(self, title: str, label: str, cancellable: bool, parent: QWidget | None) -> None:
        """A window that cannot be closed except by the task's end."""
        super().__init__(parent)
        self.setObjectName("file-task-progress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.label = QLabel(label, self)
        self.label.setObjectName("file-task-label")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button = QPushButton(
            QCoreApplication.translate("FileTask", "Cancel"), self)
        self.cancel_button.setObjectName("file-task-cancel")
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.clicked.connect(self._cancel)
        self._cancellable = cancellable
        self._asked = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(420)

    def set_progress(self, done: int, total: int) -> None:
        """Moves the bar."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def set_cancellable(self, allowed: bool) -> None:
        """Cancel is greyed out while the task is at a point of no return."""
        self._cancellable = allowed
        self.cancel_button.setEnabled(allowed and not self._asked)

    def _cancel(self) -> None:
        """Asks the task to stop; it ends at its next safe point."""
        if not self._cancellable or self._asked:
            return
        self._asked = True
        self.cancel_button.setEnabled(False)
        self.label.setText(QCoreApplication.translate("FileTask", "Stopping …"))
        self.cancel_requested.emit()

    def reject(self) -> None:
        """Esc cancels where allowed; the window itself stays until the task has ended."""
        if self.cancel_button.isVisible():
            self._cancel()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Never closed by the user: the work behind it must end first."""
        event.ignore()
        self.reject()


class _CloseGuard(QObject):
    """Until the progress window shows, no window may be closed (the work uses the file)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Swallows close requests of windows and dialogs (not of tooltips or menus)."""
        if (event.type() == QEvent.Type.Close and isinstance(watched, QWidget)
                and watched.isWindow()
                and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)):
            event.ignore()
            return True
        return False


#: True while a task runs: a second task (a save asked from inside the first) is refused.
_running = False


def run_task[T](parent: QWidget | None, title: str, label: str, work: Callable[[Progress], T], *,
             cancellable: bool = True, delay_ms: int = DELAY_MS) -> T:
    """Runs `work(progress)` on a worker thread and returns its result on the GUI thread.

    Raises the worker's exception, or Cancelled when the user stopped a cancellable task.
    `work` must not touch widgets; the caller must not touch the workspace until this returns.
    """
    global _running
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("run_task needs a running QApplication")
    if _running:
        raise RuntimeError("a file task is already running")
    gui_thread_gc.install(app)
    signals = _Signals()
    progress = Progress(signals, cancellable)
    job = _Job(work, progress, signals)
    window = ProgressWindow(title, label, cancellable, parent)
    outcome: list[tuple[str, Any]] = []
    loop = QEventLoop()

    def finish(kind: str, value: Any) -> None:
        outcome.append((kind, value))
        loop.quit()

    def show_window() -> None:
        if not outcome:
            window.show()
            loop.quit()  # leaves the input-free phase; the modal window takes input now

    signals.progress.connect(window.set_progress)
    signals.label.connect(window.label.setText)
    signals.cancellable.connect(window.set_cancellable)
    signals.done.connect(lambda value: finish("done", value))
    signals.failed.connect(lambda exc: finish("failed", exc))
    window.cancel_requested.connect(progress.cancel)
    guard = _CloseGuard()
    app.installEventFilter(guard)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(show_window)
    _running = True
    try:
        QThreadPool.globalInstance().start(job)
        timer.start(delay_ms)
        if not outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if not outcome:
            loop.exec()
        job.ended.wait()
    finally:
        _running = False
        timer.stop()
        app.removeEventFilter(guard)
        window.hide()
        window.deleteLater()
    kind, value = outcome[0]
    if kind == "failed":
        raise value
    return value


def is_running() -> bool:
    """Whether a file task uses the workspace's connection now (idle-time readers wait)."""
    return _running


def report_failure(parent: QWidget | None, exc: BaseException, title: str, where: str) -> None:
    """A task's failure in the user's words: a file problem as such, anything else as a bug."""
    if isinstance(exc, FileError):
        show_error(parent, exc, title)
    else:
        show_unexpected(parent, exc, where)
