"""Keeps benchmarks/RESULTS.md up to date: each benchmark owns one marked section."""

from __future__ import annotations

import platform
from datetime import UTC, date, datetime
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


GOALS_START, GOALS_END = "<!-- goals:start -->", "<!-- goals:end -->"
GOALS_HEADER = ("| figure | measured | floor | × floor | goal | met | measured on |",
                "|---|---:|---:|---:|---:|---|---|")

#: (figure, measured, floor, ratio, goal, met): one row of the goals table.
GoalRow = tuple[str, str, str, float, str, bool]


def goal_line(row: GoalRow, when: str) -> str:
    """One Markdown row of the goals table."""
    figure, measured, floor, ratio, goal, met = row
    return (f"| {figure} | {measured} | {floor} | {ratio:.2f} | {goal} | "
            f"{'yes' if met else '**no**'} | {when} |")


def write_goals(rows: list[GoalRow], notes: str, replace_all: bool = False) -> None:
    """Puts the goal rows of this run at the top of RESULTS.md.

    A run of some benchmarks only replaces their own rows (in place); the other rows stay
    with the time they were measured at, so every row says which run it comes from. A run
    of all of them (`replace_all`) replaces the whole table.
    """
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    lines: dict[str, str] = {}
    if GOALS_START in old and GOALS_END in old:
        head, rest = old.split(GOALS_START, 1)
        body, tail = rest.split(GOALS_END, 1)
        for line in body.splitlines():
            key = line.strip("| ").split(" | ", 1)[0]
            if line.startswith("| ") and key not in ("figure", "goal") and not replace_all:
                lines[key] = line
    else:
        title, _, after = old.partition("\n")
        head, tail = title + "\n\n## Goals\n\n", "\n" + after
    for row in rows:
        lines[row[0]] = goal_line(row, when)
    table = "\n".join([*GOALS_HEADER, *lines.values()])
    RESULTS.write_text(f"{head}{GOALS_START}\n{table}\n\n{notes}{GOALS_END}{tail}",
                       encoding="utf-8")
