"""The benchmark workspaces: the public inventory imported by the app's own `import-csv`.

The 1,757 inventory rows, and the same rows repeated up to 10,000, each written to a CSV with
the inventory's header and imported with the suggested mapping (no private mapping), exactly
as an owner would do it on the command line. The files are kept in benchmarks/out/cache/
(git-ignored) and rebuilt when the inventory or the code that reads and writes workspaces
changes, so a re-run of the benchmarks after a change of the file format measures new files.

    python benchmarks/workspaces.py          # builds (or finds) both and prints their paths
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CSV = HERE.parents[1] / "shared" / "data" / "us-federal-ai-use-case-inventory-2024.csv"
CACHE = HERE / "out" / "cache"

def _package() -> Path:
    """The folder of the leitplanken package the benchmarks' processes will import."""
    spec = importlib.util.find_spec("leitplanken")
    origin = spec.origin if spec is not None else None
    return Path(origin).parent if origin else HERE.parent / "desktop" / "leitplanken"


PACKAGE = _package()
#: The parts of the app whose change can change what an imported file holds or how it is laid out.
FORMAT_SOURCES = ("storage", "domain", "i18n", "import_command.py", "cli.py")
LEITPLANKEN = Path(sys.executable).with_name("leitplanken")


def missing_reason() -> str | None:
    """Why the benchmark workspaces cannot be built here (None when they can)."""
    if not CSV.exists():
        return f"inventory CSV not found: {CSV.name} (expected in ../shared/data)"
    if not LEITPLANKEN.exists():
        return f"the leitplanken command is not installed beside {sys.executable}"
    return None


def clean_env(home: Path) -> dict[str, str]:
    """An environment with its own HOME, settings and data folder (no "last file", no lock)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LEITPLANKEN_LANG="de", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "share"),
               XDG_CACHE_HOME=str(home / "cache"), LEITPLANKEN_DATA_DIR=str(home / "data"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
    for folder in ("config", "share", "cache", "data"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    return env


def compiled() -> None:
    """Compiles the app's modules to bytecode first, as installing it does.

    Otherwise a changed module is compiled again at every start (when bytecode is not
    written, as in some shells) and the benchmark would time the compiler.
    """
    import compileall

    compileall.compile_dir(str(PACKAGE), quiet=1)


def _fingerprint(rows: int) -> str:
    """A short hash of the inventory, the row count and the sources of the file format."""
    digest = hashlib.sha256(f"{rows}".encode())
    digest.update(CSV.read_bytes())
    for name in FORMAT_SOURCES:
        root = PACKAGE / name
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
        for path in files:
            digest.update(str(path.relative_to(PACKAGE)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def repeated_csv(target: Path, rows: int) -> None:
    """The inventory's data rows repeated (or cut) to `rows`, under the inventory's header."""
    with CSV.open(encoding="utf-8", newline="") as fh:
        header, *data = list(csv.reader(fh))
    with target.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for i in range(rows):
            writer.writerow(data[i % len(data)])


def inventory_rows() -> int:
    """How many data rows the inventory has."""
    with CSV.open(encoding="utf-8", newline="") as fh:
        return sum(1 for _ in csv.reader(fh)) - 1


def workspace(rows: int | None = None) -> tuple[Path, float]:
    """The workspace file of `rows` imported use cases (all inventory rows by default).

    Returns the cached file and how long its import took (0.0 when it was cached). The caller
    must copy the file before opening it for editing: opening and saving change it.
    """
    reason = missing_reason()
    if reason is not None:
        raise FileNotFoundError(reason)
    rows = rows or inventory_rows()
    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / f"inventory-{rows}-{_fingerprint(rows)}.leitplanken"
    if target.exists():
        return target, 0.0
    for old in CACHE.glob(f"inventory-{rows}-*.leitplanken*"):
        old.unlink()  # an older format's file
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        table = folder / f"inventory-{rows}.csv"
        repeated_csv(table, rows)
        built = folder / target.name
        start = time.perf_counter()
        done = subprocess.run([str(LEITPLANKEN), "import-csv", str(built), str(table)],
                              env=clean_env(folder / "home"), capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if done.returncode != 0 or not built.exists():
            raise RuntimeError(f"import-csv of {rows} rows ended with {done.returncode}:\n"
                               f"{done.stderr[-2000:]}")
        shutil.move(str(built), target)
    return target, seconds


def copy_of(source: Path, folder: Path) -> Path:
    """A private copy of a cached workspace in `folder` (to open, edit and save)."""
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def main() -> int:
    """Builds both benchmark workspaces and prints where they are."""
    reason = missing_reason()
    if reason is not None:
        print(reason)
        return 1
    for rows in (None, 10_000):
        path, seconds = workspace(rows)
        how = f"imported in {seconds:.1f} s" if seconds else "cached"
        print(f"{path} ({path.stat().st_size / 2**20:.0f} MiB, {how})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
