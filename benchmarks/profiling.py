"""Where the time goes, for a goal that is missed: pyinstrument's samples boiled down to a list.

pyinstrument is a tool for measuring, not part of the app: it is used when installed in the
environment and otherwise the benchmarks simply say that no profile was taken. Two lists
come out of a profile: the functions that spent the most time themselves (where the CPU
was), and the app's own functions that spent the most time including what they called
(which of our steps it was).
"""

from __future__ import annotations

import importlib.util
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

TOP = 5


def available() -> bool:
    """Whether pyinstrument is installed in this environment."""
    return importlib.util.find_spec("pyinstrument") is not None


def _where(frame: Any) -> str:
    """file:line of a pyinstrument frame, the path shortened to the package."""
    where = str(frame.file_path_short or "")
    if "leitplanken/" in where:
        where = "leitplanken/" + where.rsplit("leitplanken/", 1)[1]
    elif "site-packages/" in where:
        where = where.split("site-packages/", 1)[1]
    return f"{where}:{frame.line_no}"


def _is_ours(frame: Any) -> bool:
    """Whether a frame is the app's own code (not a library, not the benchmark driving it)."""
    path = str(frame.file_path or "")
    return "leitplanken" in path and "benchmarks" not in path


def _is_driver(frame: Any) -> bool:
    """Whether a frame is the benchmark's own (its own time is Qt's C++ work it triggered)."""
    return "benchmarks" in str(frame.file_path or "")


def _name(frame: Any) -> str:
    """function (file:line); a built-in names its caller, the benchmark's frames say Qt."""
    if _is_driver(frame):
        return f"Qt's C++ (event handling, model sort, painting) under {frame.function}"
    name = f"{frame.function} ({_where(frame)})"
    parent = frame.parent
    if str(frame.file_path_short or "").startswith("<") and parent is not None:
        name += f" ← {parent.function} ({_where(parent)})"
    return name


def summarise(root: Any, total: float) -> dict[str, Any]:
    """The heaviest functions by own time, the app's by time in them and the libraries they
    call (other app functions not counted), and the time spent importing modules."""
    own: dict[str, float] = defaultdict(float)
    ours: dict[str, float] = defaultdict(float)
    steps: dict[str, float] = defaultdict(float)
    imports = 0.0

    def walk(frame: Any, app_key: str | None, importing: bool,
             open_steps: frozenset[str] = frozenset()) -> None:
        """Adds one frame's times to its own function and to the nearest app function."""
        nonlocal imports
        if frame.function == "[self]" or frame.identifier.startswith("[self]"):
            if frame.parent is not None:
                own[_name(frame.parent)] += frame.time
            return
        if _is_ours(frame):
            key = _name(frame)
            ours[key] += frame.time
            if app_key is not None:
                ours[app_key] -= frame.time  # counted at the nearer app function instead
            app_key = key
            # a step: an app function that does more than hand on to one callee
            passes_on = any(c.time >= 0.9 * frame.time for c in frame.children)
            if key not in open_steps and not passes_on:
                steps[key] += frame.time
            open_steps = open_steps | {key}
        is_import = frame.function == "<module>"
        if is_import and not importing:
            imports += frame.time
        if not frame.children:
            own[_name(frame)] += frame.time
        for child in frame.children:
            walk(child, app_key, importing or is_import, open_steps)

    if root is not None:
        walk(root, None, False)
    top = sorted(own.items(), key=lambda kv: -kv[1])[:TOP]
    heaviest = sorted(ours.items(), key=lambda kv: -kv[1])[:TOP]
    largest = sorted(steps.items(), key=lambda kv: -kv[1])[:TOP]
    return {"total_s": total, "own": top, "ours": heaviest, "steps": largest,
            "imports_s": imports}


@contextmanager
def profiled() -> Iterator[dict[str, Any]]:
    """Profiles the block; the dict handed out is filled with the summary when it ends."""
    from pyinstrument import Profiler

    result: dict[str, Any] = {}
    profiler = Profiler(interval=0.001)
    profiler.start()
    try:
        yield result
    finally:
        profiler.stop()
        session = profiler.last_session
        root = session.root_frame() if session is not None else None
        result.update(summarise(root, session.duration if session is not None else 0.0))


def describe(title: str, summary: dict[str, Any]) -> str:
    """The summary as Markdown: two short lists with seconds."""
    lines = [f"**{title}**, {summary['total_s']:.2f} s sampled:", "",
             f"- most time spent in (own time, top {TOP}): " +
             "; ".join(f"`{name}` {s:.2f} s" for name, s in summary["own"])]
    if summary["ours"]:
        lines.append(f"- the app's functions by time in them and the libraries they call "
                     f"(top {TOP}): " +
                     "; ".join(f"`{name}` {s:.2f} s" for name, s in summary["ours"]))
    if summary.get("steps"):
        lines.append(f"- the app's largest steps (including everything they call, top {TOP}): " +
                     "; ".join(f"`{name}` {s:.2f} s" for name, s in summary["steps"]))
    if summary.get("imports_s"):
        lines.append(f"- importing modules (Python's own and PySide6's): "
                     f"{summary['imports_s']:.2f} s")
    return "\n".join(lines)
