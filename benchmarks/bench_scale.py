"""The window at 10,000 use cases: a search keystroke, a sort, opening a use case, a save.

One fresh process starts the app as `leitplanken FILE` does (`leitplanken.app.run`, offscreen)
on a copy of the 10,000-use-case workspace (the public inventory imported by `import-csv`,
see workspaces.py) and, once the window is up, drives its real widgets the way a user does:

- *search keystroke*: one character typed into the register's search field (objectName
  "register-search"), until the table has filtered and repainted; the first one 2 s after
  the register is shown (the window's idle time in that pause is its own). The field waits 150 ms
  after the last keystroke before it filters (a debounce, so typing a word filters once);
  that wait is by design and not counted: the timer the keystroke started is fired at
  once, so the figure is the keystroke's own work plus the filtering it triggers. A word is
  typed letter by letter and deleted again; median and worst keystroke.
- *sort*: a click on each column heading in turn, until the table has re-sorted and
  repainted; median and worst column.
- *open a use case*: Enter on a register row, until the editor is on screen; the first one
  (the editor is built on first use) and the median of the next five.
- *save*: one title edited in the editor (End, a character, Enter), then File → Save
  (`FileOps.save`, as Ctrl+S) until the window no longer reports unsaved changes; median of 3.

The floor is measured in another fresh process of the same run: a QTableView over a
QSortFilterProxyModel over a QStandardItemModel holding the same 10,000 rows' texts
(filter: Qt's own fixed-string filter on the titles, the same keystrokes; sort: the same
heading clicks), a bare QTabWidget with as many empty tabs as the editor has, created and
shown (open), and `shutil.copyfile` of the same file plus fsync (save). Times are CPU and
wall milliseconds of the process; the goals are judged by CPU time for the window's actions
(the machine's other work does not count) and by wall time for the save (the disk does).

    python benchmarks/bench_scale.py            # table on stdout
    python benchmarks/bench_scale.py --write    # and the section of RESULTS.md
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import profiling  # noqa: E402
import workspaces  # noqa: E402

ROWS = 10_000
#: Goals in milliseconds, by figure.
GOALS_MS = {"filter": 30.0, "sort": 100.0, "open_first": 100.0, "open": 100.0, "save": 1000.0}
#: The pause before the first keystroke: a user looks at the list and reaches the field.
IDLE_S = 2.0
#: How long to wait for the window to do something before calling it a failure.
PATIENCE_S = 120.0


# -- in the measuring processes ----------------------------------------------------------------

def _clock() -> tuple[float, float]:
    """Now, as (wall seconds, this process's CPU seconds in all its threads)."""
    return time.perf_counter(), time.process_time()


def _since(start: tuple[float, float]) -> list[float]:
    """[wall ms, CPU ms] since `start` (a _clock() reading)."""
    wall, cpu = _clock()
    return [1000 * (wall - start[0]), 1000 * (cpu - start[1])]


def _drain(app: Any) -> None:
    """Lets Qt deliver what is pending: posted events, zero timers, the repaint."""
    for _ in range(3):
        app.sendPostedEvents()
        app.processEvents()


def _until(app: Any, done: Callable[[], bool], what: str) -> None:
    """Processes events until `done()` holds (the window may finish work in a worker)."""
    deadline = time.perf_counter() + PATIENCE_S
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"the window did not finish: {what}")
        app.processEvents()
        time.sleep(0.001)


def _search_word(titles: list[str]) -> str:
    """A word from the titles that about 2 % of them contain (data decides, not the benchmark)."""
    counts: Counter[str] = Counter()
    for title in titles:
        counts.update({w for w in (p.strip(".,;:()\"'").casefold() for p in title.split())
                       if len(w) >= 6 and w.isalpha()})
    target = max(1, len(titles) // 50)
    return min(counts, key=lambda w: (abs(counts[w] - target), w)) if counts else "data"


@contextmanager
def _maybe_profile(key: str, wanted: set[str], out: dict[str, Any]) -> Iterator[None]:
    """Profiles the block into out["profiles"][key] when `key` was asked for."""
    if key not in wanted:
        yield
        return
    with profiling.profiled() as result:
        yield
    out.setdefault("profiles", {})[key] = result


class _Debounce:
    """Fires at once the single-shot timers a keystroke starts below a widget (a debounce)."""

    def __init__(self, root: Any) -> None:
        """Watches the QTimer objects below `root`."""
        self.root = root
        self.delays: set[int] = set()

    def before(self) -> set[int]:
        """The ids of the timers running before the keystroke."""
        from PySide6.QtCore import QTimer

        return {id(t) for t in self.root.findChildren(QTimer) if t.isActive()}

    def fire(self, running: set[int]) -> None:
        """Restarts the timers the keystroke started with no delay."""
        from PySide6.QtCore import QTimer

        for timer in self.root.findChildren(QTimer):
            if timer.isActive() and timer.isSingleShot() and id(timer) not in running:
                if timer.interval() > 0:
                    self.delays.add(timer.interval())
                timer.start(0)


def _keystrokes(app: Any, field: Any, word: str, debounce: _Debounce | None) -> list[list[float]]:
    """Types `word` letter by letter, then deletes it; [wall, CPU] ms per keystroke."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    field.setFocus()
    times = []
    strokes: list[tuple[Any, str]] = [(ch, ch) for ch in word]
    strokes += [(Qt.Key.Key_Backspace, "")] * len(word)
    for key, _char in strokes:
        running = debounce.before() if debounce else set()
        start = _clock()
        QTest.keyClick(field, key)
        if debounce:
            debounce.fire(running)
        _drain(app)
        times.append(_since(start))
    return times


def _header_clicks(app: Any, table: Any) -> list[tuple[int, list[float]]]:
    """Clicks each visible column heading once (the first last); (column, [wall, CPU] ms)."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    header = table.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not header.isSectionHidden(c)]
    columns = columns[1:] + columns[:1]
    times = []
    for column in columns:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        start = _clock()
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
        _drain(app)
        times.append((column, _since(start)))
        if header.sortIndicatorSection() != column:
            raise RuntimeError(f"clicking heading {column} did not sort by it")
    return times


def _app_measure(path: Path, dump: Path, wanted: set[str]) -> dict[str, Any]:
    """In this process: starts the app on `path` and drives its widgets (see the module)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out: dict[str, Any] = {}
    started = time.perf_counter()

    def window() -> Any:
        """The main window once it is shown and no dialog waits for an answer."""
        if QApplication.activeModalWidget() is not None:
            return None
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "main-window" and w.isVisible():
                return w
        return None

    def bench() -> None:
        """Runs inside the app's event loop, once the window is up."""
        win = window()
        if win is None:
            QTimer.singleShot(10, bench)
            return
        try:
            out["start_ms"] = 1000 * (time.perf_counter() - started)
            _drive(app, win, dump, wanted, out)
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, then quit
            import traceback

            out["error"] = "".join(traceback.format_exception(exc))
        finally:
            for w in QApplication.topLevelWidgets():
                w.hide()
            app.quit()

    QTimer.singleShot(0, bench)
    from leitplanken.app import run

    run(path)
    return out


def _drive(app: Any, win: Any, dump: Path, wanted: set[str], out: dict[str, Any]) -> None:
    """The four measurements on the shown window (see the module's docstring)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QTableView, QTabWidget

    _until(app, lambda: win.session is not None, "show the workspace")
    session = win.session
    win.show_page("register")
    _drain(app)
    search = win.findChild(QLineEdit, "register-search")
    if search is None:
        raise RuntimeError("no search field named register-search")
    register = search.parentWidget()
    table = register.findChild(QTableView)
    proxy = table.model()
    source = proxy.sourceModel() if hasattr(proxy, "sourceModel") else proxy
    _until(app, lambda: source.rowCount() >= ROWS, f"list {ROWS:,} use cases in the register")
    out["rows"] = source.rowCount()
    columns = source.columnCount()
    headings = [str(source.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    # only the titles: the other columns' values are left for the actions to compute
    word = _search_word([str(source.index(r, 0).data() or "") for r in range(source.rowCount())])
    out["word"] = word

    # search keystrokes, after the pause a user takes to look at the list and reach the field
    # (the window may use idle time, as the register does to read its search texts)
    idle_until = time.perf_counter() + IDLE_S
    while time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.005)
    debounce = _Debounce(register)
    with _maybe_profile("filter", wanted, out):
        out["filter_ms"] = _keystrokes(app, search, word, debounce)
    out["debounce_ms"] = sorted(debounce.delays)
    out["shown_after_clear"] = proxy.rowCount()

    # sort by each heading
    with _maybe_profile("sort", wanted, out):
        out["sort_ms"] = _header_clicks(app, table)
    out["headings"] = headings

    # open use cases with Enter on a row
    def open_row(row: int) -> list[float]:
        """Enter on one row of the table as shown; [wall, CPU] ms until the editor is shown."""
        win.show_page("register")
        _drain(app)
        table.setFocus()
        table.setCurrentIndex(proxy.index(row, 0))
        _drain(app)
        start = _clock()
        QTest.keyClick(table, Qt.Key.Key_Return)
        _until(app, lambda: win.stack.currentWidget() is not register
               and win.stack.currentWidget().isVisible(), "open a use case")
        _drain(app)
        return _since(start)

    shown = proxy.rowCount()
    with _maybe_profile("open_first", wanted, out):
        out["open_first_ms"] = open_row(shown // 2)
    editor = win.stack.currentWidget()
    tabs = editor.findChild(QTabWidget)
    out["editor_tabs"] = tabs.count() if tabs is not None else 1
    with _maybe_profile("open", wanted, out):
        out["open_ms"] = [open_row(shown * k // 7) for k in range(1, 6)]

    # one edit, then File → Save
    title = editor.findChild(QLineEdit, "overview-title")
    if title is None:
        raise RuntimeError("no title field named overview-title in the editor")
    saves, edits = [], []

    def edit_title() -> list[float]:
        """End, one character and Enter in the title field: one undoable edit."""
        title.setFocus()
        QTest.keyClick(title, Qt.Key.Key_End)
        QTest.keyClicks(title, "+")
        start = _clock()
        QTest.keyClick(title, Qt.Key.Key_Return)
        _drain(app)
        if not session.modified:
            raise RuntimeError("editing the title did not change the workspace")
        return _since(start)

    for _ in range(3):
        edits.append(edit_title())
        start = _clock()
        win.files.save()
        _until(app, lambda: not session.modified, "save")
        saves.append(_since(start))
    if "save" in wanted:
        # The window saves on a worker thread, which the profiler does not sample: the same
        # storage work is profiled here on this thread.
        edit_title()
        with _maybe_profile("save", wanted, out):
            session.save()
    out["edit_ms"], out["save_ms"] = edits, saves
    out["file_bytes"] = Path(session.path).stat().st_size
    texts = [[str(source.index(r, c).data() or "") for c in range(columns)]
             for r in range(source.rowCount())]  # for the floor's table, once all is measured
    dump.write_text(json.dumps({"texts": texts, "headings": headings}), encoding="utf-8")


def _floor_measure(dump: Path, word: str, tabs: int, file_path: Path) -> dict[str, Any]:
    """In this process: the same actions on plain Qt widgets and a plain file copy."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QApplication,
        QLineEdit,
        QMainWindow,
        QStackedWidget,
        QTableView,
        QTabWidget,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    data = json.loads(dump.read_text(encoding="utf-8"))
    texts, headings = data["texts"], data["headings"]
    model = QStandardItemModel(0, len(headings))
    model.setHorizontalHeaderLabels(headings)
    for row in texts:
        model.appendRow([QStandardItem(t) for t in row])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(0)
    window = QMainWindow()
    stack = QStackedWidget()
    page = QWidget()
    field = QLineEdit(page)
    field.textChanged.connect(proxy.setFilterFixedString)
    table = QTableView(page)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    layout = QVBoxLayout(page)
    layout.addWidget(field)
    layout.addWidget(table)
    stack.addWidget(page)
    window.setCentralWidget(stack)
    window.resize(1200, 780)
    window.show()
    _drain(app)
    out: dict[str, Any] = {"filter_ms": _keystrokes(app, field, word, None),
                           "sort_ms": _header_clicks(app, table)}

    def open_page() -> list[float]:
        """A tab widget with the editor's number of empty tabs, created and shown."""
        start = _clock()
        editor = QTabWidget()
        for i in range(tabs):
            editor.addTab(QWidget(), str(i + 1))
        stack.addWidget(editor)
        stack.setCurrentWidget(editor)
        _drain(app)
        elapsed = _since(start)
        stack.setCurrentWidget(page)
        return elapsed

    out["open_ms"] = [open_page() for _ in range(6)]
    saves = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(3):
            target = Path(tmp) / f"copy-{i}"
            start = _clock()
            shutil.copyfile(file_path, target)
            with target.open("rb+") as fh:
                os.fsync(fh.fileno())
            saves.append(_since(start))
            target.unlink()
    out["save_ms"] = saves
    window.hide()
    return out


# -- in the harness ---------------------------------------------------------------------------

#: The figures judged by wall time (the rest by CPU time): a save waits for the disk.
BY_WALL = {"save"}
WALL, CPU = 0, 1


@dataclass
class Figure:
    """One measured action: the app's and the floor's [wall, CPU] milliseconds."""

    key: str
    name: str
    app: list[float]
    floor: list[float]
    detail: str

    @property
    def judged(self) -> int:
        """WALL or CPU: which of the two the goal is judged by."""
        return WALL if self.key in BY_WALL else CPU

    @property
    def ms(self) -> float:
        """The app's milliseconds the goal is judged by."""
        return self.app[self.judged]

    @property
    def floor_ms(self) -> float:
        """The floor's milliseconds of the same kind."""
        return self.floor[self.judged]

    @property
    def ratio(self) -> float:
        """App over floor."""
        return self.ms / self.floor_ms if self.floor_ms else float("inf")

    @property
    def goal_ms(self) -> float:
        """The goal for this figure."""
        return GOALS_MS[self.key]

    @property
    def met(self) -> bool:
        """Whether the goal is reached."""
        return self.ms <= self.goal_ms


@dataclass
class Result:
    """The figures, or why they could not be measured, and profiles of missed goals."""

    figures: list[Figure]
    note: str
    profiles: dict[str, dict[str, Any]]


def _child(*args: str, env: dict[str, str]) -> dict[str, Any]:
    """Runs one measuring process; its JSON is the last line it prints."""
    done = subprocess.run([sys.executable, __file__, *args], env=env, capture_output=True,
                          text=True, timeout=900)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{args[0]} ended with {done.returncode}:\n{done.stderr[-3000:]}")
    got: dict[str, Any] = json.loads(lines[-1])
    if "error" in got:
        raise RuntimeError(f"{args[0]} failed:\n{got['error']}")
    return got


def _median(pairs: list[list[float]]) -> list[float]:
    """The median wall and the median CPU milliseconds of several runs."""
    return [statistics.median(p[WALL] for p in pairs), statistics.median(p[CPU] for p in pairs)]


def _figures(app: dict[str, Any], floor: dict[str, Any]) -> list[Figure]:
    """The app's and the floor's numbers side by side."""
    headings = app["headings"]
    sort = dict(app["sort_ms"])
    sort = {int(c): v for c, v in sort.items()}
    slowest = max(sort, key=lambda c: sort[c][CPU])
    floor_sort = {int(c): v for c, v in dict(floor["sort_ms"]).items()}
    strokes = app["filter_ms"]
    worst = max(range(len(strokes)), key=lambda i: strokes[i][CPU])
    return [
        Figure("filter", "search keystroke (median)", _median(strokes),
               _median(floor["filter_ms"]),
               f"{len(strokes)} keystrokes: “{app['word']}” typed and deleted"),
        Figure("filter", "search keystroke (worst)", strokes[worst], floor["filter_ms"][worst],
               f"keystroke {worst + 1} (the floor: the same keystroke)"),
        Figure("sort", "sort by a heading (median)", _median(list(sort.values())),
               _median(list(floor_sort.values())), f"{len(sort)} columns, one click each"),
        Figure("sort", "sort by a heading (worst)", sort[slowest], floor_sort[slowest],
               f"column “{headings[slowest]}”"),
        Figure("open_first", "open a use case (first)", app["open_first_ms"],
               floor["open_ms"][0], f"builds the editor ({app['editor_tabs']} tabs)"),
        Figure("open", "open another use case (median)", _median(app["open_ms"]),
               _median(floor["open_ms"][1:]), f"{len(app['open_ms'])} rows"),
        Figure("save", "save after one edit (median)", _median(app["save_ms"]),
               _median(floor["save_ms"]),
               f"{app['file_bytes'] / 2**20:.0f} MiB file; the edit itself "
               f"{_median(app['edit_ms'])[CPU]:.0f} ms CPU"),
    ]


def measure(profile: bool = False) -> Result:
    """The app's process and the floor's, on a copy of the 10,000 workspace.

    With `profile`, a third process repeats the actions whose goal was missed under
    pyinstrument (its times are not counted) and the profiles come with the result.
    """
    reason = workspaces.missing_reason()
    if reason is not None:
        return Result([], f"not measured: {reason}", {})
    cached, imported = workspaces.workspace(ROWS)
    workspaces.compiled()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = workspaces.copy_of(cached, folder)
        dump = folder / "texts.json"
        env = workspaces.clean_env(folder / "home")
        app = _child("--app", str(path), str(dump), "", env=env)
        floor = _child("--floor", str(dump), app["word"], str(app["editor_tabs"]), str(path),
                       env=env)
        figures = _figures(app, floor)
        profiles: dict[str, dict[str, Any]] = {}
        missed = sorted({f.key for f in figures if not f.met})
        if profile and missed and profiling.available():
            (folder / "again").mkdir()
            again = workspaces.copy_of(cached, folder / "again")
            got = _child("--app", str(again), str(folder / "texts2.json"), ",".join(missed),
                         env=workspaces.clean_env(folder / "home2"))
            profiles = got.get("profiles", {})
    debounce = app["debounce_ms"]
    note = (f"Start of the app on the file (in this process, until the window was up): "
            f"{app['start_ms'] / 1000:.1f} s. ")
    note += (f"The search field waits {', '.join(map(str, debounce))} ms after a keystroke "
             "before it filters; that wait is not counted." if debounce else
             "The search field filtered on the keystroke itself (no debounce timer found).")
    if imported:
        note += f" The workspace was imported first ({imported:.0f} s)."
    return Result(figures, note, profiles)


def table(result: Result) -> str:
    """The Markdown table for RESULTS.md (with the profiles of missed goals below it)."""
    if not result.figures:
        return result.note
    lines = ["| at 10,000 use cases | CPU ms | wall ms | floor CPU ms | floor wall ms | × floor "
             "| goal | met | what |",
             "|---|---:|---:|---:|---:|---:|---:|---|---|"]
    for f in result.figures:
        mark = ["", ""]
        mark[f.judged] = "**"
        lines.append(f"| {f.name} | {mark[CPU]}{f.app[CPU]:.1f}{mark[CPU]} | "
                     f"{mark[WALL]}{f.app[WALL]:.1f}{mark[WALL]} | {f.floor[CPU]:.1f} | "
                     f"{f.floor[WALL]:.1f} | {f.ratio:.1f} | ≤ {f.goal_ms:.0f} ms | "
                     f"{'yes' if f.met else 'no'} | {f.detail} |")
    text = "\n".join(lines) + "\n\n" + result.note
    for key, prof in result.profiles.items():
        text += "\n\n" + profiling.describe(f"Where the time goes: {key} (pyinstrument)", prof)
    return text


def goals(result: Result) -> list[tuple[str, str, str, float, str, bool]]:
    """The goal rows: (figure, measured, floor, ratio, goal, met); the worst of each kind."""
    rows = []
    for f in result.figures:
        if "median" in f.name and any(g.key == f.key and "worst" in g.name for g in result.figures):
            continue  # the worst keystroke or column stands for the goal
        kind = "wall" if f.judged == WALL else "CPU"
        rows.append((f"{f.name} at 10,000 ({kind})", f"{f.ms:.0f} ms", f"{f.floor_ms:.0f} ms",
                     f.ratio, f"≤ {f.goal_ms:.0f} ms", f.met))
    return rows


NOTES = """How to read it: one fresh process starts the app as `leitplanken FILE` does (offscreen) on a
copy of the 10,000-use-case workspace and drives its widgets as a user would: keys typed into
the register's search field, clicks on the column headings, Enter on a row, the title edited
and File → Save. Each figure is the time until the window has done the work and repainted,
as CPU milliseconds of the process (all its threads) and as wall milliseconds; the goal is
judged by the one in bold: CPU time for the window's actions (on two CPUs shared with other
work, wall time mostly measures the neighbours), wall time for the save (it waits for the
disk). *floor* is the same action on plain Qt in another fresh process of the same run:
a QSortFilterProxyModel over a QStandardItemModel holding the same rows' texts (Qt's own
filter on the titles, the same keystrokes and clicks), a QTabWidget with the editor's number
of empty tabs created and shown, and a plain copy of the same file with fsync.
"""


def write_results(text: str) -> None:
    """Records the table in RESULTS.md."""
    from results import write_section

    write_section("scale", "The window at 10,000 use cases", text, NOTES)


def main(argv: list[str]) -> int:
    """The measuring processes (--app, --floor) or the whole benchmark."""
    if argv[:1] == ["--app"]:
        wanted = {k for k in argv[3].split(",") if k}
        print(json.dumps(_app_measure(Path(argv[1]), Path(argv[2]), wanted)))
        return 0
    if argv[:1] == ["--floor"]:
        print(json.dumps(_floor_measure(Path(argv[1]), argv[2], int(argv[3]), Path(argv[4]))))
        return 0
    text = table(measure(profile="--profile" in argv))
    print(text)
    if "--write" in argv:
        write_results(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
