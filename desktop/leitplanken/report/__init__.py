"""The board's decision record as a PDF (reportlab), in German, Swiss German or English.

reportlab costs ~140 ms to import, so nothing here imports it until `render` is called:
`from leitplanken.report import render, ReportOptions` is cheap at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from leitplanken.report.options import Cancelled, RenderResult, ReportOptions

if TYPE_CHECKING:
    from leitplanken.domain.model import Workspace

__all__ = ["Cancelled", "RenderResult", "ReportOptions", "render", "write_pdf"]


def render(workspace: Workspace, options: ReportOptions) -> RenderResult:
    """Builds the decision record (imports reportlab on first use)."""
    from leitplanken.report.build import render as _render  # delayed: reportlab, see above

    return _render(workspace, options)


def write_pdf(workspace: Workspace, options: ReportOptions, path: object) -> RenderResult:
    """Builds the record and writes it to `path` in one go (a half-written PDF never remains)."""
    result = render(workspace, options)
    from leitplanken.report.atomic import write_atomically  # delayed: keeps this door light

    write_atomically(result.pdf, path)
    return result
