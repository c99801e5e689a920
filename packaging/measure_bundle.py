"""Size of the built bundle and its start-up time against the venv's `leitplanken`.

Usage: python packaging/measure_bundle.py [BUNDLE_DIR] [--runs N]   (default dist/leitplanken)

Each start is a fresh process with a clean HOME, timed from launch until it exits:
`--version` (the CLI's floor), `--exit-after-start` (window shown, event loop run once) on
no file and on the demo workspace. Prints a Markdown table for benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
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


def timed(command: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall seconds of `runs` fresh starts (one unmeasured start first: disk cache)."""
    subprocess.run(command, env=env, capture_output=True, check=True)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


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
            a = timed([str(frozen), *extra], env, args.runs)
            b = timed([str(venv), *extra], env, args.runs)
            rows.append(f"| {name} | {a:.3f} | {b:.3f} | {a / b:.2f} |")
    print(f"_Measured {date.today().isoformat()} on {platform.system()} {platform.machine()}, "
          f"Python {platform.python_version()}, median of {args.runs} starts._\n")
    print(f"Bundle: **{mib:.0f} MiB in {count} files** ({args.bundle.name}/).\n")
    print("| start | frozen s | .venv/bin/leitplanken s | frozen ÷ venv |")
    print("|---|---:|---:|---:|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
