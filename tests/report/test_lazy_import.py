"""reportlab (~140 ms) is imported only when a record is made, never at start-up."""

from __future__ import annotations

import subprocess
import sys


def test_report_api_and_dialog_do_not_import_reportlab() -> None:
    """Importing the report API, the export dialog and the CLI leaves reportlab unloaded."""
    code = (
        "import sys\n"
        "import leitplanken.report, leitplanken.report.options, leitplanken.cli\n"
        "import leitplanken.ui.export.export_dialog, leitplanken.ui.export.pdf_preview\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'pypdf'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""
