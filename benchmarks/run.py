"""The benchmark harness behind `make bench`: runs the benchmarks and records them in RESULTS.md.

    python benchmarks/run.py                 # every benchmark; tables into RESULTS.md
    python benchmarks/run.py scale startup   # only these (their rows of the goals table)
    python benchmarks/run.py --quick         # only the goals, PDF at two small sizes
    python benchmarks/run.py --no-write      # print only
    python benchmarks/run.py --no-profile    # no pyinstrument run for missed goals

Each benchmark module offers `measure()` and `table(result)`; `write_results(text)` if it
records itself in RESULTS.md and `goals(result)` if it measures one of the speed goals. The
goals table at the top of RESULTS.md collects those rows, each with its floor measured in the
same run. Where a goal is missed and pyinstrument is installed, the benchmark repeats that
action once under the profiler and writes where the time went below its table. A benchmark
that fails is reported and the others still run.
"""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_import  # noqa: E402
import bench_list  # noqa: E402
import bench_pdf  # noqa: E402
import bench_scale  # noqa: E402
import bench_startup  # noqa: E402
import bench_table_export  # noqa: E402
import profiling  # noqa: E402
import results  # noqa: E402

#: name → (title, module), in the order they run.
BENCHMARKS: dict[str, tuple[str, ModuleType]] = {
    "startup": ("Start-up", bench_startup),
    "scale": ("The window at 10,000 use cases", bench_scale),
    "pdf": ("PDF export (decision record)", bench_pdf),
    "list": ("Register list (PDF)", bench_list),
    "table-export": ("List export (CSV and XLSX)", bench_table_export),
    "import": ("Spreadsheet import (3,600 rows)", bench_import),
}
#: The benchmarks of the speed goals (what --quick runs).
GOAL_BENCHMARKS = ("startup", "scale", "pdf")
#: PDF sizes for --quick: two sizes still show whether time per page stays put.
QUICK_PDF_SIZES = (10, 100)

GOALS_NOTES = """Each row is one figure of the speed goals with its floor measured in the same run (see
the sections below for how); *measured on* says which run a row comes from, since one
benchmark can be re-run alone (`python benchmarks/run.py scale`). Start-up compares CPU
seconds of whole processes; the window's actions compare milliseconds against plain Qt doing
the same; the PDF compares CPU seconds against reportlab alone. Where a goal is missed, the
benchmark's section says where the time goes (pyinstrument, when installed).
"""


def _measure(name: str, module: ModuleType, quick: bool, profile: bool) -> Any:
    """Runs one benchmark with the options it understands."""
    if name == "pdf":
        return module.measure(QUICK_PDF_SIZES if quick else bench_pdf.SIZES, profile=profile)
    if name in ("startup", "scale"):
        return module.measure(profile=profile)
    return module.measure()


def main(argv: list[str]) -> int:
    """Runs the chosen benchmarks (all by default); returns 1 if one of them failed."""
    options = {a for a in argv if a.startswith("--")}
    names = [a for a in argv if not a.startswith("--")]
    unknown = [n for n in names if n not in BENCHMARKS] + sorted(
        options - {"--quick", "--no-write", "--write", "--no-profile"})
    if unknown:
        print(f"unknown: {', '.join(unknown)}; benchmarks: {', '.join(BENCHMARKS)}")
        return 2
    quick = "--quick" in options
    write = "--no-write" not in options
    profile = "--no-profile" not in options
    chosen = names or (list(GOAL_BENCHMARKS) if quick else list(BENCHMARKS))
    if profile and not profiling.available():
        print("pyinstrument is not installed: missed goals are not profiled\n")
    goal_rows: list[results.GoalRow] = []
    failed = []
    for name in chosen:
        title, module = BENCHMARKS[name]
        print(f"## {title}\n", flush=True)
        start = time.perf_counter()
        try:
            result = _measure(name, module, quick, profile)
            text = module.table(result)
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            failed.append(name)
            print(f"FAILED: {name}\n{traceback.format_exc()}", flush=True)
            continue
        print(f"{text}\n\n({time.perf_counter() - start:.0f} s)\n", flush=True)
        goals = getattr(module, "goals", None)
        if goals is not None:
            goal_rows += goals(result)
        writer = getattr(module, "write_results", None)
        if write and writer is not None and not (quick and name == "pdf"):
            writer(text)  # the quick PDF sizes do not replace the full table
    if goal_rows:
        print("## Goals\n")
        print("\n".join(results.GOALS_HEADER))
        for row in goal_rows:
            print(results.goal_line(row, "this run"))
        if write:
            every_goal = set(GOAL_BENCHMARKS) <= set(chosen) and not quick and not failed
            results.write_goals(goal_rows, GOALS_NOTES, replace_all=every_goal)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
