"""Writing an import: one transaction, one history entry per use case, and merging still works."""

from __future__ import annotations

import shutil
from pathlib import Path

from leitplanken.domain.catalogue import seed_use_case
from leitplanken.domain.model import Company, ItemState, UseCase, Workspace
from leitplanken.storage import WorkspaceFile
from leitplanken.storage.merge_apply import prepare
from leitplanken.ui.workspace.session import use_case_children


def _imported(path: Path, count: int) -> None:
    """A saved file with `count` use cases written as an import (grouped)."""
    wf = WorkspaceFile.create(path, Workspace(company=Company(name="Muster AG")))
    records = []
    for n in range(count):
        uc = UseCase(title=f"Fall {n}")
        seed_use_case(uc, "de")
        records += [uc, *use_case_children(uc)]
    wf.put_many(records, grouped=True)
    wf.save()
    wf.close()


def test_one_history_entry_per_imported_use_case(tmp_path: Path) -> None:
    path = tmp_path / "a.leitplanken"
    _imported(path, 250)
    with WorkspaceFile.open(path, read_only=True) as wf:
        counts = wf.counts()
        history = wf.history(10_000)
    assert counts["use_case"] == 250 and counts["checklist_item"] > 250
    imported = [h for h in history if h.table == "use_case"]
    assert len(imported) == 250 and {h.action for h in imported} == {"create"}
    assert counts["history"] == 250 + 1  # and the file's own creation


def test_a_colleagues_change_to_an_imported_checklist_merges_without_conflict(tmp_path: Path) -> None:
    """The children have no entry of their own; the use case's 'create' stands for them."""
    mine = tmp_path / "mine.leitplanken"
    _imported(mine, 3)
    theirs = tmp_path / "theirs.leitplanken"
    shutil.copyfile(mine, theirs)
    with WorkspaceFile.open(theirs) as wf:
        item = wf.load().use_cases[0].checklist[0]
        item.state = ItemState.DONE
        wf.put(item)
        wf.save()
    with WorkspaceFile.open(mine) as wf:
        session = prepare(wf, theirs, prefer="mine")
        assert list(session.conflicts) == []
        session.apply()
        wf.save()
    with WorkspaceFile.open(mine, read_only=True) as wf:
        merged = {i.uuid: i.state for uc in wf.load().use_cases for i in uc.checklist}
    assert merged[item.uuid] is ItemState.DONE
