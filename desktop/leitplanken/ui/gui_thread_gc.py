"""Python's cycle collector runs on the GUI thread only, never on a worker.

Exports and imports run Python code on pool threads and allocate a lot; the cycle collector
then runs on whichever thread happens to allocate. If a collected cycle holds the last
reference to a Qt widget, the widget is destroyed on that worker thread, which Qt does not
allow (a crash, at random). So automatic collection is switched off and the GUI thread
collects by itself, checked a few times a second, with the same thresholds Python uses.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread checks whether a collection is due (ms).
INTERVAL_MS = 250


class GuiThreadCollector(QObject):
    """Does the collector's work on the GUI thread when the allocation counts say it is due."""

    def __init__(self, parent: QObject) -> None:
        """Switches automatic collection off; `parent` (the application) keeps this alive."""
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collects the generations whose counts passed their thresholds, oldest first."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if self._thresholds[generation] and counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


def install(app: QObject) -> GuiThreadCollector:
    """Moves cycle collection onto the GUI thread for the life of `app` (once per app)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
