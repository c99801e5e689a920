"""Start-up time and memory of the window against a bare Qt window measured in the same run.

Each case is a fresh process, timed from launch until the first window has been shown and the
event loop has run once, repeated and summarised by the median. The floor is a QMainWindow
holding a QTableWidget: what any Qt app of ours pays before it does anything.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))

_FLOOR = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableWidget(20, 6)); w.resize(1200, 760); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

_APP = """
import resource, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
QTimer.singleShot(0, app.quit)
from leitplanken.app import run
target = sys.argv[1] if len(sys.argv) > 1 else ""
run(Path(target) if target and target != "--demo" else None, demo=target == "--demo")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


@dataclass
class Case:
    """One measured start: median seconds and peak resident memory."""

    name: str
    seconds: float
    mib: float


def _time(code: str, *args: str) -> Case:
    """Runs `code` RUNS times in fresh processes; returns the median time and memory."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LEITPLANKEN_LANG="de")
    times, mems = [], []
    with tempfile.TemporaryDirectory() as home:
        env["LEITPLANKEN_DATA_DIR"] = str(Path(home) / "data")
        env["XDG_CONFIG_HOME"] = str(Path(home) / "config")
        for _ in range(RUNS):
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
            )
            times.append(time.perf_counter() - start)
            mems.append(int(out.stdout.strip().splitlines()[-1]) / 1024)
    return Case("", statistics.median(times), statistics.median(mems))


def _inventory_file(folder: Path) -> Path | None:
    """A workspace file holding the 1,757 real use cases (None when shared/ is missing)."""
    csv_path = HERE.parents[1] / "shared" / "data" / "us-federal-ai-use-case-inventory-2024.csv"
    if not csv_path.exists():
        return None
    from leitplanken.domain.catalogue import seed_use_case
    from leitplanken.domain.model import Company, Workspace
    from leitplanken.storage import WorkspaceFile
    from leitplanken.storage.csv_import import read_use_cases

    use_cases = read_use_cases(csv_path).use_cases
    for uc in use_cases:
        seed_use_case(uc, "en")
    path = folder / "inventory.leitplanken"
    wf = WorkspaceFile.create(path, Workspace(company=Company(name="Inventory"), use_cases=use_cases))
    wf.save()
    wf.close()
    return path


def measure() -> list[Case]:
    """Floor, empty workspace, demo, and 1,757 use cases."""
    cases = []
    floor = _time(_FLOOR)
    floor.name = "bare Qt window (floor)"
    cases.append(floor)
    for name, args in (("empty workspace", ()), ("demo workspace", ("--demo",))):
        case = _time(_APP, *args)
        case.name = name
        cases.append(case)
    with tempfile.TemporaryDirectory() as folder:
        path = _inventory_file(Path(folder))
        if path is not None:
            case = _time(_APP, str(path))
            case.name = "1,757 real use cases"
            cases.append(case)
    return cases


def table(cases: list[Case]) -> str:
    """The Markdown table for RESULTS.md."""
    floor = cases[0]
    lines = [
        "| start-up | median s | × floor | peak MiB |",
        "|---|---:|---:|---:|",
    ]
    for c in cases:
        lines.append(f"| {c.name} | {c.seconds:.3f} | {c.seconds / floor.seconds:.2f} | {c.mib:.0f} |")
    return "\n".join(lines)


NOTES = """How to read it: each row is a fresh process, timed from launch until the window has been
shown and the event loop has run once (offscreen), median of several runs; *floor* is a bare
QMainWindow with a QTableWidget measured in the same run. Peak memory is the process's maximum
resident size.

- What the app adds over the floor is mostly importing and building its widgets (PySide6
  creates a Python enum class on first use of each Qt enum) plus reading the file. No PDF
  library is imported at start-up; sqlite-utils is imported only at the first edit.
- With 1,757 real use cases (about 67,000 rows with their RACI matrices and checklists) the
  time goes into reading every row into domain objects and working out the dashboard's
  attention list; the register's table model fetches only what is shown and caches sort keys.
"""


def write_results(text: str) -> None:
    """Records the table in RESULTS.md."""
    from results import write_section

    write_section("startup", "Start-up", text, NOTES)


def main(argv: list[str]) -> int:
    """Prints the start-up table; --write also records it in RESULTS.md."""
    print(f"Start-up, offscreen, median of {RUNS} fresh processes:")
    text = table(measure())
    print(text)
    if "--write" in argv:
        write_results(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
