"""Huge fields and many rows: stored exactly, loaded without a freeze."""

from __future__ import annotations

import time
from pathlib import Path

from leitplanken.domain import model as m
from leitplanken.storage import WorkspaceFile


def test_fields_at_their_limits_round_trip(tmp_path: Path):
    big = ("Grüezi Łukasz 😀 \u202e<b>" * 50_000)[:20_000]  # the most a text field holds
    uc = m.UseCase(title=big[:500], problem=big, boundary=big, tags=[big[:100]] * 50)
    with WorkspaceFile.create(tmp_path / "big.leitplanken", m.Workspace(use_cases=[uc])) as wf:
        uc.motion = big
        wf.put(uc)
        wf.save()
    with WorkspaceFile.open(tmp_path / "big.leitplanken") as wf:
        loaded = wf.load().use_cases[0]
    assert loaded == uc and len(loaded.problem) == 20_000


def test_ten_thousand_use_cases_load_quickly(tmp_path: Path):
    people = [m.Person(name=f"Person {n}") for n in range(50)]
    use_cases = []
    for n in range(10_000):
        uc = m.UseCase(title=f"Use case {n:05}", problem="Anfragen automatisch beantworten",
                       owner_uuid=people[n % 50].uuid, tags=["kundendienst"])
        uc.activities = [m.RaciActivity(use_case_uuid=uc.uuid, title="Review", sort=0)]
        uc.cells = [m.RaciCell(use_case_uuid=uc.uuid, activity_uuid=uc.activities[0].uuid,
                               person_uuid=people[n % 50].uuid, letter=m.Letter.A)]
        use_cases.append(uc)
    ws = m.Workspace(people=people, use_cases=use_cases)
    started = time.perf_counter()
    WorkspaceFile.create(tmp_path / "many.leitplanken", ws).close()
    created = time.perf_counter() - started
    started = time.perf_counter()
    with WorkspaceFile.open(tmp_path / "many.leitplanken") as wf:
        loaded = wf.load()
        opened = time.perf_counter() - started
        started = time.perf_counter()
        batch = loaded.use_cases[:1000]
        for uc in batch:
            uc.status = m.Status.PILOT
        wf.put_many(batch)
        put = time.perf_counter() - started
    assert len(loaded.use_cases) == 10_000
    assert loaded.use_cases[0].title == "Use case 00000" and len(loaded.use_cases[9999].cells) == 1
    # Generous bounds for slow CI machines; typical: create ~1 s, open+load ~0.5 s, put ~0.2 s.
    assert created < 15 and opened < 8 and put < 8, (created, opened, put)
