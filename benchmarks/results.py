"""Keeps benchmarks/RESULTS.md up to date: each benchmark owns one marked section."""

from __future__ import annotations

import platform
from datetime import date
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def write_section(key: str, title: str, table: str, notes: str) -> None:
    """Replaces the section between <!-- key:start --> and <!-- key:end -->, or appends it."""
    start, end = f"<!-- {key}:start -->", f"<!-- {key}:end -->"
    machine = f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"
    section = f"{start}\n_Measured {date.today().isoformat()} on {machine}._\n\n{table}\n\n{notes}{end}"
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    if start in old and end in old:
        head, rest = old.split(start, 1)
        new = head + section + rest.split(end, 1)[1]
    else:
        new = old.rstrip() + f"\n\n## {title}\n\n" + section + "\n"
    RESULTS.write_text(new, encoding="utf-8")
