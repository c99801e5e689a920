"""Cycle collection happens on the GUI thread, never on a worker thread that allocates."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool

from leitplanken.ui import gui_thread_gc


class _Cycle:
    """A reference cycle whose collection reports the thread it happened on."""

    collected_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.collected_on.append(threading.current_thread().name)


class _Allocate(QRunnable):
    """Allocates like a report render does: many short-lived container objects."""

    def __init__(self, done: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.done = done
        self.kept: list[dict] = []

    def run(self) -> None:
        # kept alive: the collector counts allocations not yet freed, as a render's tree is
        self.kept = [{} for _ in range(200_000)]
        self.done.set()


def test_workers_never_collect_and_the_gui_thread_does(qtbot, qapp) -> None:
    """A cycle made on the GUI thread survives a worker's allocations and goes on the GUI thread."""
    collector = gui_thread_gc.install(qapp)
    assert gui_thread_gc.install(qapp) is collector and not gc.isenabled()
    _Cycle.collected_on.clear()
    _Cycle()
    done = threading.Event()
    job = _Allocate(done)
    QThreadPool.globalInstance().start(job)
    done.wait(30)  # no event loop meanwhile: only the worker could have collected
    assert gc.get_count()[0] > gc.get_threshold()[0]  # far past the threshold…
    assert _Cycle.collected_on == []  # …and yet nothing was collected on the worker
    qtbot.waitUntil(lambda: _Cycle.collected_on != [], timeout=5000)
    assert _Cycle.collected_on == [threading.current_thread().name]
    job.kept.clear()


def test_the_collector_belongs_to_the_application(qapp) -> None:
    """It is a child of the app, so it lives as long as the app and no longer."""
    collector = gui_thread_gc.install(qapp)
    assert isinstance(collector, QObject) and collector.parent() is qapp


def test_full_collections_wait_their_turn(qapp, monkeypatch) -> None:
    """With the oldest generation due on every check, a full collection runs only once per
    FULL_GAP_S; in between, the younger generations are collected (no long pauses)."""
    collector = gui_thread_gc.install(qapp)
    collected: list[int] = []
    clock = [1000.0]
    monkeypatch.setattr(gui_thread_gc.gc, "get_count", lambda: (10_000, 100, 100))
    monkeypatch.setattr(gui_thread_gc.gc, "collect", lambda generation=2: collected.append(generation))
    monkeypatch.setattr(gui_thread_gc.time, "monotonic", lambda: clock[0])
    collector._last_full = clock[0] - gui_thread_gc.FULL_GAP_S
    for _ in range(4):  # a second's worth of checks
        collector.check()
        clock[0] += 0.25
    assert collected == [2, 1, 1, 1]
    clock[0] += gui_thread_gc.FULL_GAP_S
    collector.check()
    assert collected[-1] == 2
