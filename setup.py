"""Build step: the bundled font and the compiled translations travel inside the package.

`resources/` and `translations/` live at the top of the repository (the product's layout), so
a plain `pip install .` or a wheel would leave them behind and the app would speak English.
This copies them into `leitplanken/_data/` of every non-editable build; an editable install
finds them in the checkout instead (see leitplanken/paths.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithData(build_py):
    """build_py that also copies resources/ and translations/*.qm into the built package."""

    def run(self) -> None:
        """Builds the modules, then the data they read at run time."""
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "leitplanken" / "_data"
        qms = sorted((HERE / "translations").glob("*.qm"))
        if not qms:
            raise SystemExit("translations/*.qm are missing: run 'make qm' before building")
        shutil.copytree(HERE / "resources", target / "resources", dirs_exist_ok=True)
        (target / "translations").mkdir(parents=True, exist_ok=True)
        for qm in qms:
            shutil.copy2(qm, target / "translations" / qm.name)


setup(cmdclass={"build_py": BuildWithData})
