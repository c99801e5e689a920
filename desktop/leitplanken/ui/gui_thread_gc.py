"""Python's cycle collector runs on the GUI thread only, never on a worker.

Exports and imports run Python code on pool threads and allocate a lot; the cycle collector
then runs on whichever thread happens to allocate. If a collected cycle holds the last
reference to a Qt widget, the widget is destroyed on that worker thread, which Qt does not
allow (a crash, at random). So automatic collection is switched off and the GUI thread
collects by itself, checked a few times a second, with the same thresholds Python uses.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

#: How often the GUI thread checks whether a collection is due (ms).
INTERVAL_MS = 250
#: The least time between two full collections (s).
FULL_GAP_S = 10.0


class GuiThreadCollector(QObject):
    """Does the collector's work on the GUI thread when the allocation counts say it is due."""

    def __init__(self, parent: QObject) -> None:
        """Switches automatic collection off; `parent` (the application) keeps this alive."""
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._last_full = time.monotonic()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collects the generations whose counts passed their thresholds, oldest first.

        A full collection is left for later when the last one was less than FULL_GAP_S ago:
        Python itself delays full collections until the long-lived objects grew by a quarter,
        a count it keeps to itself; without a delay a worker that allocates a million
        objects (a merge) made the window pause for a full collection every few seconds.
        """
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if self._thresholds[generation] and counts[generation] > self._thresholds[generation]:
                if generation == 2:
                    now = time.monotonic()
                    if now - self._last_full < FULL_GAP_S:
                        gc.collect(1)  # the young ones now, the full one when it is due
                        return
                    self._last_full = now
                gc.collect(generation)
                return


def install(app: QObject) -> GuiThreadCollector:
    """Moves cycle collection onto the GUI thread for the life of `app` (once per app)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
