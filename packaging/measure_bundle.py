"""Size of the built bundle and its start-up time against the venv's `leitplanken`.

Usage: python packaging/measure_bundle.py [BUNDLE_DIR] [--runs N]   (default dist/leitplanken)

Each start is a fresh process with a clean HOME, timed from launch until it exits (wall and
CPU seconds, medians; Unix only, as it reads the children's CPU time):
`--version` (the CLI's floor), `--exit-after-start` (window shown, event loop run once) on
no file and on the demo workspace. Prints a Markdown table for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def size(bundle: Path) -> tuple[float, int]:
    """MiB and number of files (links not counted twice)."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 2**20, len(files)


def timed(command: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds (user + system) of `runs` fresh starts.

    One unmeasured start first (disk cache). CPU time is the steadier number on a machine
    that others share: waiting for a core counts in wall time only.
    """
    subprocess.run(command, env=env, capture_output=True, check=True)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: list[str]) -> int:
    """Measures and prints the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / "leitplanken")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    frozen = args.bundle / ("leitplanken.exe" if sys.platform == "win32" else "leitplanken")
    venv = ROOT / ".venv" / ("Scripts/leitplanken.exe" if sys.platform == "win32" else "bin/leitplanken")
    mib, count = size(args.bundle)
    with tempfile.TemporaryDirectory() as home:
        env = {"PATH": os.environ.get("PATH", ""), "HOME": home, "QT_QPA_PLATFORM": "offscreen",
               "LANG": "de_CH.UTF-8", "XDG_CONFIG_HOME": f"{home}/config",
               "XDG_DATA_HOME": f"{home}/share"}
        demo = Path(home) / "demo.leitplanken"
        subprocess.run([str(venv), "demo", str(demo), "--lang", "de_CH"], env=env,
                       capture_output=True, check=True)
        cases = [("--version", ["--version"]), ("window, no file", ["--exit-after-start"]),
                 ("window on the demo", ["--exit-after-start", str(demo)])]
        rows = []
        for name, extra in cases:
            (fw, fc), (vw, vc) = (timed([str(exe), *extra], env, args.runs) for exe in (frozen, venv))
            rows.append(f"| {name} | {fw:.3f} | {vw:.3f} | {fc:.3f} | {vc:.3f} | {fc / vc:.2f} |")
    print(f"_Measured {date.today().isoformat()} on {platform.system()} {platform.machine()}, "
          f"Python {platform.python_version()}, median of {args.runs} starts._\n")
    print(f"Bundle: **{mib:.0f} MiB in {count} files** ({args.bundle.name}/).\n")
    print("| start | frozen wall s | venv wall s | frozen CPU s | venv CPU s | frozen ÷ venv (CPU) |")
    print("|---|---:|---:|---:|---:|---:|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
