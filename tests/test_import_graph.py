"""The package's import graph keeps its layers: no circles, and each layer imports only what it may.

Read from the source with `ast` (nothing is imported), so a rule holds for every module, also
those no other test loads. An edge is an `import x` or `from x import y` of a leitplanken module;
`from leitplanken.storage import lock` counts as an import of the submodule storage.lock, and
importing a submodule does not count as importing its parent package's names. Imports under
`if TYPE_CHECKING:` count like any other: a circle of type hints is still a circle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "desktop" / "leitplanken"

#: The layers of the package (the top-level modules belong to none).
LAYERS = ("domain", "storage", "report", "i18n", "ui")


@dataclass(frozen=True)
class Import:
    """One import statement's target, where it stands and whether it runs at import time."""

    source: str
    target: str
    line: int
    in_function: bool


def _module_name(path: Path) -> str:
    """leitplanken.ui.files.file_ops for …/leitplanken/ui/files/file_ops.py."""
    parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def _sources() -> dict[str, Path]:
    """Every module of the package by name."""
    return {_module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def _absolute(module: str, node: ast.ImportFrom) -> str:
    """The absolute name a (possibly relative) `from … import` starts from."""
    if not node.level:
        return node.module or ""
    is_package = _sources()[module].name == "__init__.py"
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _targets(module: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    """What an import statement imports: modules, submodules for `from package import sub`."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = _absolute(module, node)
    found = []
    for alias in node.names:
        sub = f"{base}.{alias.name}"
        found.append(sub if sub in _sources() else base)
    return found


def _walk(node: ast.AST, in_function: bool = False) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement below `node`, and whether it sits inside a function."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, in_function
        inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
        yield from _walk(child, inside)


@cache
def _tree(module: str) -> ast.Module:
    """The parsed source of one module."""
    path = _sources()[module]
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


@cache
def _imports() -> tuple[Import, ...]:
    """Every import statement of every module (also of other packages: the layer rules need them)."""
    found = []
    for module in _sources():
        for node, in_function in _walk(_tree(module)):
            for target in _targets(module, node):
                found.append(Import(module, target, node.lineno, in_function))
    return tuple(found)


def _is_in(name: str, package: str) -> bool:
    """Whether a module name is the package or inside it."""
    return name == package or name.startswith(package + ".")


def _layer(module: str) -> str | None:
    """domain, storage, report, i18n or ui; None for the top-level modules."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one node (Tarjan), i.e. the circles."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1 or node in edges.get(node, ()):
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def _graph(*, with_delayed: bool) -> dict[str, set[str]]:
    """Module -> the leitplanken modules it imports (at import time, or also in functions)."""
    edges: dict[str, set[str]] = {m: set() for m in _sources()}
    for imp in _imports():
        if imp.target in _sources() and imp.target != imp.source and (
                with_delayed or not imp.in_function):
            edges[imp.source].add(imp.target)
    return edges


def _where(imp: Import) -> str:
    """"leitplanken/ui/x.py:12 imports y" for a failure message."""
    path = _sources()[imp.source].relative_to(PACKAGE_DIR.parent)
    return f"{path}:{imp.line} imports {imp.target}"


def test_the_walk_sees_the_whole_package() -> None:
    """A sanity check of the walk itself: the layers are there and have their modules."""
    names = set(_sources())
    assert {"leitplanken.app", "leitplanken.storage", "leitplanken.storage.workspace_file",
            "leitplanken.ui.shell.main_window", "leitplanken.domain.model"} <= names
    assert "leitplanken.ui.shell.main_window" in _graph(with_delayed=False)["leitplanken.app"]
    assert "leitplanken.storage.lock" in _graph(with_delayed=False)["leitplanken.storage.guards"]


def test_no_import_circles() -> None:
    """No module reaches itself through imports, not even through one inside a function."""
    assert _cycles(_graph(with_delayed=False)) == []
    assert _cycles(_graph(with_delayed=True)) == []


def test_ui_sub_packages_are_layered() -> None:
    """The ui sub-packages import each other in one direction only (shell on top)."""
    edges: dict[str, set[str]] = {}
    for imp in _imports():
        if _is_in(imp.source, "leitplanken.ui") and _is_in(imp.target, "leitplanken.ui"):
            src, dst = imp.source.split(".")[:3], imp.target.split(".")[:3]
            if len(src) == 3 and len(dst) == 3 and src != dst:
                edges.setdefault(".".join(src), set()).add(".".join(dst))
    assert _cycles(edges) == []


def test_domain_imports_no_qt_no_sql_and_no_other_layer() -> None:
    """domain/ is plain Python: no Qt, no SQLite, nothing of storage, report, i18n or ui."""
    bad = [_where(i) for i in _imports() if _layer(i.source) == "domain" and (
        i.target.split(".")[0] in ("PySide6", "shiboken6", "sqlite3", "sqlite_utils")
        or (_is_in(i.target, "leitplanken") and i.target != "leitplanken"
            and _layer(i.target) != "domain"))]
    assert bad == []


def test_only_the_app_imports_the_ui() -> None:
    """Outside ui/ only leitplanken.app (the composition root) imports leitplanken.ui."""
    bad = [_where(i) for i in _imports() if _is_in(i.target, "leitplanken.ui")
           and not _is_in(i.source, "leitplanken.ui") and i.source != "leitplanken.app"]
    assert bad == []


def test_report_imports_no_qt_widgets() -> None:
    """The PDF record is built without widgets, so the CLI can write it without a display."""
    bad = [_where(i) for i in _imports() if _layer(i.source) == "report"
           and i.target.startswith("PySide6.") and i.target.endswith("Widgets")]
    assert bad == []


def test_ui_reaches_storage_through_its_interface_only() -> None:
    """ui/ imports leitplanken.storage (its __all__), never one of its submodules."""
    bad = [_where(i) for i in _imports() if _layer(i.source) == "ui"
           and _is_in(i.target, "leitplanken.storage") and i.target != "leitplanken.storage"]
    assert bad == []


def _statement_lists(node: ast.AST) -> Iterator[list[ast.stmt]]:
    """Every list of statements (bodies, else and finally branches) below a node."""
    for field in ("body", "orelse", "finalbody"):
        value = getattr(node, field, None)
        if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
            yield value
    for child in ast.iter_child_nodes(node):
        yield from _statement_lists(child)


def _says_delayed(line: str) -> bool:
    """Whether a source line carries a comment with the word "delayed"."""
    return "#" in line and "delayed" in line.split("#", 1)[1].lower()


def _unexplained_delayed_imports(module: str) -> list[str]:
    """Imports of leitplanken modules inside functions without a "delayed" comment ("line: x").

    The comment stands at the end of the import's own line(s), or on the line just above it;
    a block of imports on consecutive lines shares the comment above its first line.
    """
    lines = _sources()[module].read_text(encoding="utf-8").splitlines()
    in_function: dict[int, set[str]] = {}
    for i in _imports():
        if i.source == module and i.in_function and _is_in(i.target, "leitplanken"):
            in_function.setdefault(i.line, set()).add(i.target)
    bad = []
    for body in _statement_lists(_tree(module)):
        block_start = None
        previous_end = None
        for stmt in body:
            if not isinstance(stmt, ast.Import | ast.ImportFrom):
                block_start = previous_end = None
                continue
            if previous_end is None or stmt.lineno != previous_end + 1:
                block_start = stmt.lineno
            previous_end = stmt.end_lineno or stmt.lineno
            targets = in_function.get(stmt.lineno, set()) - _PENDING.get(module, set())
            if not targets:
                continue
            own = lines[stmt.lineno - 1:previous_end]
            above = lines[block_start - 2].strip() if block_start and block_start > 1 else ""
            if not (any(_says_delayed(line) for line in own)
                    or (above.startswith("#") and _says_delayed(above))):
                bad.append(f"{stmt.lineno}: {', '.join(sorted(targets))}")
    return bad


#: Unexplained imports inside functions that sit in files another change owned when this test
#: was written (module -> imported modules); to be hoisted there, then removed here.
_PENDING: dict[str, set[str]] = {}


@pytest.mark.parametrize("module", sorted(_sources()))
def test_every_import_inside_a_function_says_why(module: str) -> None:
    """An import inside a function is a delay for start-up speed and says so ("delayed")."""
    assert _unexplained_delayed_imports(module) == []


def test_storage_interface_is_complete_and_lazy_where_it_says() -> None:
    """Every name in leitplanken.storage.__all__ exists; merge, send copy and CSV import load late."""
    code = (
        "import sys, leitplanken.storage as s\n"
        "late = ('merge_apply', 'send_copy', 'csv_import')\n"
        "print(sorted(m for m in late if 'leitplanken.storage.' + m in sys.modules))\n"
        "print(sorted(n for n in s.__all__ if getattr(s, n, None) is None))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlite_utils', 'reportlab')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:3] == ["[]", "[]", "[]"]
