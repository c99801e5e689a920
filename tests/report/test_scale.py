"""The record scales to the 1,757 real use cases of the public inventory."""

from __future__ import annotations

import gc
import io
from datetime import date

import pytest
from inventory import inventory_workspace
from pypdf import PdfReader
from report_support import squash

from leitplanken.i18n.translator import require_translator
from leitplanken.report import ReportOptions, render

TODAY = date(2026, 11, 20)


def _paragraphs_alive() -> int:
    """How many reportlab Paragraphs exist right now."""
    from reportlab.platypus import Paragraph

    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, Paragraph))


def test_inventory_sample_is_complete_and_memory_stays_flat(inventory_csv) -> None:
    """60 real use cases: every title printed; flowables of finished use cases are released."""
    ws = inventory_workspace(inventory_csv, 60)
    alive: dict[int, int] = {}
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        if done in (15, 55):
            alive[done] = _paragraphs_alive()
        return True

    result = render(ws, ReportOptions(language="en", today=TODAY,
                                      use_case_uuids=[uc.uuid for uc in ws.use_cases],
                                      progress=progress))
    assert calls[0] == 0 and calls[-1] == 60 and len(calls) >= 61
    # only the use case being laid out is held: 40 more use cases, (almost) no more paragraphs
    assert alive[55] < alive[15] * 1.5 + 200
    reader = PdfReader(io.BytesIO(result.pdf))
    text = squash("".join(page.extract_text() or "" for page in reader.pages))
    missing = [uc.title for uc in ws.use_cases if squash(uc.title) not in text]
    assert not missing
    assert len(reader.pages) == result.pages > 60 * 3


@pytest.mark.slow
def test_all_1757_use_cases_export(inventory_csv) -> None:
    """The whole inventory exports; every use case has its bookmark."""
    ws = inventory_workspace(inventory_csv)
    assert len(ws.use_cases) == 1757
    result = render(ws, ReportOptions(language="de", today=TODAY,
                                      use_case_uuids=[uc.uuid for uc in ws.use_cases]))
    reader = PdfReader(io.BytesIO(result.pdf))
    assert len(reader.pages) == result.pages > 1757 * 3
    outline = reader.outline
    appendix = next(i for i, o in enumerate(outline)
                    if not isinstance(o, list)
                    and o.title == require_translator("de").translate("Report", "Appendix"))
    details = outline[appendix + 1]  # the appendix's entries: one per use case
    assert isinstance(details, list)
    numbered = [o.title for o in details if not isinstance(o, list)
                and o.title.split(".")[0].isdigit()]
    assert len(numbered) == 1757
    last = reader.pages[-1].extract_text() or ""
    assert f"Seite {result.pages} von {result.pages}" in last
