"""The benchmark harness behind `make bench`: runs each benchmark and prints its table.

Each benchmark module offers `measure()` and `table(rows)`; add new ones to BENCHMARKS.
`python benchmarks/run.py --write` also records the tables in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_import  # noqa: E402
import bench_list  # noqa: E402
import bench_pdf  # noqa: E402
import bench_startup  # noqa: E402
import bench_table_export  # noqa: E402

#: (title, module): every module has measure() and table(rows); write_results(text) if it
#: records itself in RESULTS.md.
BENCHMARKS = [("Start-up", bench_startup), ("PDF export (decision record)", bench_pdf),
              ("Register list (PDF)", bench_list),
              ("List export (CSV and XLSX)", bench_table_export),
              ("Spreadsheet import (3,600 rows)", bench_import)]


def main(argv: list[str]) -> int:
    """Runs every benchmark in turn and prints one table each."""
    for title, module in BENCHMARKS:
        print(f"## {title}\n")
        text = module.table(module.measure())
        print(text + "\n", flush=True)
        write = getattr(module, "write_results", None)
        if "--write" in argv and write is not None:
            write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
