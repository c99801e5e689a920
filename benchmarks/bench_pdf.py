"""Decision record export time for 10, 100 and 1,757 real use cases against a measured floor.

The floor is what reportlab needs for a plain document of the same page count, one table per
page, with the same embedded font and compression, measured in the same run on the same
machine. The ratio says how much our layout adds on top of reportlab itself.
"""

from __future__ import annotations

import gc
import io
import sys
import time
import tracemalloc
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from inventory import inventory_workspace  # noqa: E402

CSV = HERE.parents[1] / "shared" / "data" / "us-federal-ai-use-case-inventory-2024.csv"
SIZES = (10, 100, 1757)


@dataclass
class Row:
    """One measured size."""

    use_cases: int
    pages: int
    export_s: float
    floor_s: float
    peak_mib: float

    @property
    def ratio(self) -> float:
        """Export time over floor time."""
        return self.export_s / self.floor_s if self.floor_s else float("inf")

    @property
    def ms_per_page(self) -> float:
        """Export milliseconds per page."""
        return 1000 * self.export_s / max(1, self.pages)


def floor(pages: int) -> float:
    """Seconds reportlab takes for `pages` pages with one 20×4 table each (DejaVu, compressed)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    from leitplanken.report.fonts import REGULAR, register_fonts

    register_fonts()
    start = time.perf_counter()
    story = []
    for page in range(pages):
        rows = [[f"Row {r} of page {page}", "Open", "Anna Keller", "20.11.2026"]
                for r in range(20)]
        table = Table(rows, colWidths=[200, 80, 100, 80])
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR),
                        ("GRID", (0, 0), (-1, -1), 0.4, (0.5, 0.5, 0.5))])
        story += [table, PageBreak()]
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1, pageCompression=1,
                            initialFontName=REGULAR)
    doc.build(story)
    return time.perf_counter() - start


def export(n: int) -> tuple[int, float, float]:
    """Pages, seconds and peak traced MiB of exporting the first n inventory use cases."""
    from leitplanken.report import ReportOptions, render

    ws = inventory_workspace(CSV, n)
    options = ReportOptions(language="en", today=date(2026, 11, 20),
                            use_case_uuids=[uc.uuid for uc in ws.use_cases])
    gc.collect()
    tracemalloc.start()
    start = time.perf_counter()
    result = render(ws, options)
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return result.pages, elapsed, peak


def measure(sizes: tuple[int, ...] = SIZES) -> list[Row]:
    """Exports each size and the floor of the same page count."""
    from leitplanken.report import ReportOptions, render

    warm = inventory_workspace(CSV, 2)  # imports and font registration out of the timings
    render(warm, ReportOptions(language="en", today=date(2026, 11, 20)))
    floor(2)
    rows = []
    for n in sizes:
        pages, seconds, peak = export(n)
        rows.append(Row(n, pages, seconds, floor(pages), peak))
    return rows


def table(rows: list[Row]) -> str:
    """The results as a Markdown table."""
    lines = ["| use cases | pages | export s | floor s | ratio | ms/page | peak MiB (traced) |",
             "|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r.use_cases:,} | {r.pages:,} | {r.export_s:.2f} | {r.floor_s:.2f} | "
                     f"{r.ratio:.2f} | {r.ms_per_page:.1f} | {r.peak_mib:.0f} |")
    return "\n".join(lines)


def main() -> int:
    """Prints the table (and returns 0) so `make bench` can show it."""
    if not CSV.exists():
        print(f"inventory CSV not found: {CSV.name} (expected in ../shared/data)")
        return 1
    sizes = tuple(int(a) for a in sys.argv[1:]) or SIZES
    print(table(measure(sizes)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
