"""Round trip on the command line, as a user would do it: export-table with --save-mapping,
then import-csv with --mapping into a new file, which holds the same use cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from leitplanken.cli import main
from leitplanken.domain.demo import demo_workspace
from leitplanken.domain.model import UseCase, Workspace
from leitplanken.storage import WorkspaceFile

#: What an owner checks after the round trip (agenda is the program's choice, never imported).
KEPT = ("title", "problem", "relief_customers", "relief_employees", "boundary",
        "customer_facing", "status", "tool", "personal_data", "personal_data_which",
        "risk_class", "cost_once", "cost_monthly", "hours_saved_month", "response_target",
        "fallback", "motion", "created_on", "pilot_start", "go_live", "next_review", "tags",
        "motion_options", "recommendation", "recommendation_reason", "conditions", "notes")


def _load(path: Path) -> Workspace:
    """A workspace file's content."""
    wf = WorkspaceFile.open(path, read_only=True)
    try:
        return wf.load()
    finally:
        wf.close()


def _owner(ws: Workspace, uc: UseCase) -> str:
    """The owner's name ("" for none)."""
    person = ws.person(uc.owner_uuid)
    return person.name if person is not None else ""


@pytest.mark.parametrize(("name", "options"), [
    ("register.csv", []),  # the company is German: German Excel, semicolons
    ("register-comma.csv", ["--comma"]),
    ("register-en.csv", ["--lang", "en"]),
    ("register.xlsx", []),
])
def test_export_then_import_with_the_saved_mapping(tmp_path: Path, name: str,
                                                   options: list[str]) -> None:
    source = tmp_path / "demo.leitplanken"
    WorkspaceFile.create(source, demo_workspace("de")).close()
    listing, mapping = tmp_path / name, tmp_path / "register.mapping.json"
    assert main(["export-table", str(source), str(listing), *options,
                 "--save-mapping", str(mapping)]) == 0
    fresh = tmp_path / "neu.leitplanken"
    assert main(["import-csv", str(fresh), str(listing), "--mapping", str(mapping)]) == 0
    before, after = _load(source), _load(fresh)
    assert len(after.use_cases) == len(before.use_cases)
    back = {uc.title: uc for uc in after.use_cases}
    for uc in before.use_cases:
        again = back[uc.title]
        for field in KEPT:
            assert getattr(again, field) == getattr(uc, field), (uc.title, field)
        assert _owner(after, again) == _owner(before, uc)


def test_a_mapping_beside_the_list_is_found_without_naming_it(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Where the window saves it (LIST.csv.mapping.json) the import finds the mapping itself."""
    from leitplanken.report.table_export import mapping_path

    source = tmp_path / "demo.leitplanken"
    WorkspaceFile.create(source, demo_workspace("de")).close()
    listing = tmp_path / "register.csv"
    assert main(["export-table", str(source), str(listing),
                 "--save-mapping", str(mapping_path(listing))]) == 0
    capsys.readouterr()
    fresh = tmp_path / "neu.leitplanken"
    assert main(["import-csv", str(fresh), str(listing)]) == 0
    assert mapping_path(listing).name in capsys.readouterr().out
    before, after = _load(source), _load(fresh)
    back = {uc.title: uc for uc in after.use_cases}
    assert set(back) == {uc.title for uc in before.use_cases}
    for uc in before.use_cases:
        assert (back[uc.title].status, back[uc.title].created_on, back[uc.title].cost_once) == (
            uc.status, uc.created_on, uc.cost_once)
