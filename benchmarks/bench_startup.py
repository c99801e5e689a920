"""Start-up time and memory of the window against a bare Qt window measured in the same run.

Each start is a whole fresh process: `leitplanken --exit-after-start` (the window shown on
the file, the event loop run once, exit) against the floor, a QMainWindow holding a
QTableWidget started the same way: what any Qt app of ours pays before it does anything.
The workspaces are the public inventory imported by `leitplanken import-csv` (1,757 use
cases, and repeated to 10,000; see workspaces.py). CPU seconds (user + system of the child,
from wait4) are the figure compared, since two shared CPUs make wall time depend on the
neighbours; wall time is shown too. Peak memory is the child's maximum resident size. The
cases take turns run by run, so a busy moment of the machine falls on all of them alike.

    python benchmarks/bench_startup.py            # table on stdout
    python benchmarks/bench_startup.py --write    # and the start-up section of RESULTS.md
"""

from __future__ import annotations

import os
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import profiling  # noqa: E402
import workspaces  # noqa: E402

#: Starts per case (the median counts); at least 5.
RUNS = max(5, int(os.environ.get("BENCH_RUNS", "5")))

_FLOOR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableWidget(20, 6)); w.resize(1200, 760); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

#: For reference, not a goal: a bare window whose table shows every use case of the file, read
#: with plain SQL into a QStandardItemModel (the register's first columns' worth of text).
_NAIVE = """
import sqlite3, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
names = [r[1] for r in db.execute("PRAGMA table_info(use_case)")]
wanted = [n for n in ("title", "status", "owner_uuid", "risk_class", "customer_facing",
                      "next_review", "pilot_start") if n in names]
model = QStandardItemModel(0, len(wanted))
for row in db.execute(f"SELECT {', '.join(wanted)} FROM use_case"):
    model.appendRow([QStandardItem(str(v if v is not None else "")) for v in row])
view = QTableView(); view.setModel(model)
w = QMainWindow(); w.setCentralWidget(view); w.resize(1200, 760); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

#: A start that takes longer than this is taken for hanging.
PATIENCE_S = 300.0

#: Goals: (case name, most × the floor's CPU time, most × the floor's peak memory or None).
GOALS = {"demo workspace": (1.6, None), "10,000 use cases": (2.0, 1.5)}


@dataclass
class Case:
    """One kind of start and its measured runs."""

    name: str
    argv: list[str]
    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    mib: list[float] = field(default_factory=list)

    @property
    def cpu_s(self) -> float:
        """Median CPU seconds (user + system)."""
        return statistics.median(self.cpu)

    @property
    def wall_s(self) -> float:
        """Median wall seconds."""
        return statistics.median(self.wall)

    @property
    def peak_mib(self) -> float:
        """Median peak resident memory in MiB."""
        return statistics.median(self.mib)


def spawn(argv: list[str], env: dict[str, str], log: Path) -> tuple[int, float, float, float]:
    """Runs one process to its end: (exit code, wall s, CPU s, peak MiB) of that child alone."""
    with log.open("ab") as out:
        actions = [(os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, out.fileno(), 2)]
        start = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, env, file_actions=actions)
        while True:  # polled, so a start that hangs (a dialog nobody answers) is ended
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if time.perf_counter() - start > PATIENCE_S:
                os.kill(pid, signal.SIGKILL)
                os.wait4(pid, 0)
                raise TimeoutError(f"{argv[1:]} did not end within {PATIENCE_S:.0f} s")
            time.sleep(0.001)
        wall = time.perf_counter() - start
    peak = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
    return os.waitstatus_to_exitcode(status), wall, usage.ru_utime + usage.ru_stime, peak


def _cases(folder: Path) -> list[Case]:
    """The floor, the app without a file, on the demo, and on both inventory workspaces."""
    app = str(workspaces.LEITPLANKEN)
    cases = [Case("bare Qt window (floor)", [sys.executable, "-c", _FLOOR]),
             Case("no file (welcome page)", [app, "--exit-after-start"]),
             Case("demo workspace", [app, "--demo", "--exit-after-start"])]
    reason = workspaces.missing_reason()
    if reason is not None:
        print(f"start-up with the inventory skipped: {reason}", file=sys.stderr)
        return cases
    for rows, name in ((None, "1,757 use cases"), (10_000, "10,000 use cases")):
        cached, _seconds = workspaces.workspace(rows)
        own = folder / name.replace(",", "").replace(" ", "-")
        own.mkdir()
        path = workspaces.copy_of(cached, own)
        cases.append(Case(name, [app, str(path), "--exit-after-start"]))
    cases.append(Case("reference: 10,000 rows read into a plain Qt table",
                      [sys.executable, "-c", _NAIVE, str(path)]))
    return cases


@dataclass
class Startup:
    """The measured cases (the floor first) and profiles of the starts that missed a goal."""

    cases: list[Case]
    profiles: dict[str, dict] = field(default_factory=dict)


def measure(runs: int = RUNS, profile: bool = False) -> Startup:
    """Every case `runs` times, taking turns; each case with its own clean HOME.

    With `profile`, each start that misses its goal runs once more under pyinstrument (not
    counted in the times) and its profile comes with the result.
    """
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = _cases(folder)
        envs = [workspaces.clean_env(folder / f"home-{i}") for i in range(len(cases))]
        log = folder / "output.log"
        workspaces.compiled()
        for case, env in zip(cases, envs, strict=True):  # warm-up, not counted: disk caches
            spawn(case.argv, env, log)
        for _ in range(runs):
            for case, env in zip(cases, envs, strict=True):
                code, wall, cpu, mib = spawn(case.argv, env, log)
                if code != 0:
                    text = log.read_text(encoding="utf-8", errors="replace")[-2000:]
                    raise RuntimeError(f"{case.name}: exit code {code}\n{text}")
                case.wall.append(wall)
                case.cpu.append(cpu)
                case.mib.append(mib)
        result = Startup(cases)
        if profile and profiling.available():
            missed = {c.name for c in cases if not _met(c, cases[0])}
            for case, env in zip(cases, envs, strict=True):
                if case.name in missed:
                    result.profiles[case.name] = _profile(case.argv, env)
    return result


def _profile(argv: list[str], env: dict[str, str]) -> dict:
    """One start of the app under pyinstrument, in a fresh process: its summary."""
    import json
    import subprocess

    done = subprocess.run([sys.executable, __file__, "--profile-child", *argv[1:]], env=env,
                          capture_output=True, text=True, timeout=600)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"profiling {argv[1:]} ended with {done.returncode}:\n"
                           f"{done.stderr[-2000:]}")
    summary: dict = json.loads(lines[-1])
    return summary


def _profile_child(args: list[str]) -> int:
    """In this process: `leitplanken ARGS` under pyinstrument, imports included."""
    import json

    with profiling.profiled() as summary:
        from leitplanken.cli import main as leitplanken

        code = leitplanken(args)
    if code != 0:
        return code
    print(json.dumps(summary))
    return 0


def table(result: Startup) -> str:
    """The Markdown table for RESULTS.md, and where the time of a missed goal goes."""
    cases = result.cases
    floor = cases[0]
    lines = ["| start-up | CPU s | × floor | wall s | × floor | peak MiB | × floor |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for c in cases:
        lines.append(f"| {c.name} | {c.cpu_s:.3f} | {c.cpu_s / floor.cpu_s:.2f} | "
                     f"{c.wall_s:.3f} | {c.wall_s / floor.wall_s:.2f} | {c.peak_mib:.0f} | "
                     f"{c.peak_mib / floor.peak_mib:.2f} |")
    text = "\n".join(lines)
    for name, summary in result.profiles.items():
        text += "\n\n" + profiling.describe(f"Where the time goes: start-up, {name} "
                                            "(pyinstrument, one start)", summary)
    return text


def _met(case: Case, floor: Case) -> bool:
    """Whether a start reaches its goals (a start without a goal does)."""
    if case.name not in GOALS:
        return True
    most_time, most_memory = GOALS[case.name]
    return case.cpu_s / floor.cpu_s <= most_time and (
        most_memory is None or case.peak_mib / floor.peak_mib <= most_memory)


def goals(result: Startup) -> list[tuple[str, str, str, float, str, bool]]:
    """The goal rows: (figure, measured, floor, ratio, goal, met)."""
    cases = result.cases
    floor = cases[0]
    rows = []
    for c in cases:
        if c.name not in GOALS:
            continue
        most_time, most_memory = GOALS[c.name]
        ratio = c.cpu_s / floor.cpu_s
        rows.append((f"start-up, {c.name} (CPU)", f"{c.cpu_s:.2f} s", f"{floor.cpu_s:.2f} s",
                     ratio, f"≤ {most_time}×", ratio <= most_time))
        if most_memory is not None:
            ratio = c.peak_mib / floor.peak_mib
            rows.append((f"start-up, {c.name} (peak memory)", f"{c.peak_mib:.0f} MiB",
                         f"{floor.peak_mib:.0f} MiB", ratio, f"≤ {most_memory}×",
                         ratio <= most_memory))
    return rows


NOTES = f"""How to read it: each row is a whole fresh process, `leitplanken --exit-after-start`
(the window shown on the file, the event loop run once, then exit; offscreen), median of
{RUNS} starts after one start each that is not counted (the app's modules are compiled to
bytecode first, as an installation has them); *floor* is a bare QMainWindow with a
QTableWidget started the same way in the same run, the cases taking turns. CPU seconds are
user + system time of the child (wait4); peak memory is its maximum resident size. Each case
has its own empty HOME and settings, so no "last file" or stored register filter interferes.
The inventory files are the public inventory imported with `leitplanken import-csv` and the
suggested mapping (1,757 rows, and the same rows repeated to 10,000). The *reference* row is
not a goal: a bare window whose table shows the 10,000 use cases' first register columns,
read with plain SQL into a QStandardItemModel, what the simplest complete list costs.
"""


def write_results(text: str) -> None:
    """Records the table in RESULTS.md."""
    from results import write_section

    write_section("startup", "Start-up", text, NOTES)


def main(argv: list[str]) -> int:
    """Prints the start-up table; --write also records it in RESULTS.md."""
    if argv[:1] == ["--profile-child"]:
        return _profile_child(argv[1:])
    print(f"Start-up, offscreen, median of {RUNS} fresh processes:")
    text = table(measure(profile="--profile" in argv))
    print(text)
    if "--write" in argv:
        write_results(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
