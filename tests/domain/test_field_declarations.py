"""One declaration per field: the dataclasses, the schema and every consumer agree with it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from leitplanken.domain import fields as decl
from leitplanken.storage import schema
from leitplanken.storage.connection import memory


def test_every_dataclass_field_is_declared_once() -> None:
    """A field added to a dataclass without a declaration (or the reverse) fails here."""
    assert decl.undeclared_fields() == []


def test_the_schema_has_the_declared_columns() -> None:
    """Each table's columns, their NOT NULL and their references are the declared ones."""
    conn = memory()
    schema.create_schema(conn)
    for rt in decl.RECORD_TYPES:
        info = conn.execute(f"PRAGMA table_info({rt.table})").fetchall()
        names = [row[1] for row in info]
        assert names == [*decl.STAMP_FIELDS, *(f.name for f in rt.fields)], rt.table
        notnull = {row[1]: bool(row[3]) for row in info}
        for f in rt.fields:
            assert notnull[f.name] == (not f.optional), f"{rt.table}.{f.name}"
        refs = {row[3]: row[2] for row in conn.execute(f"PRAGMA foreign_key_list({rt.table})")}
        declared = {f.name: f.target for f in rt.fields if f.kind is decl.Kind.REF}
        assert refs == declared, rt.table


def test_references_decide_what_a_deletion_takes_along() -> None:
    """Deleting a person removes their RACI letters and seats and clears what they own."""
    taken = {(d.record_type.table, d.field.name, d.field.on_delete)
             for d in decl.dependents("person")}
    assert ("raci_cell", "person_uuid", decl.OnDelete.CASCADE) in taken
    assert ("board_member", "person_uuid", decl.OnDelete.CASCADE) in taken
    assert ("use_case", "owner_uuid", decl.OnDelete.CLEAR) in taken
    assert {d.record_type.table for d in decl.dependents("use_case")} == {
        rt.table for rt in decl.use_case_children()}


#: Runs in a fresh interpreter: declares one more use-case field before anything derives from
#: the declarations, then uses storage, history, merge and the PDF without other changes.
_ADDED_FIELD = r'''
import dataclasses, importlib, shutil, sys
from pathlib import Path
from leitplanken.domain import model as m

@dataclasses.dataclass
class UseCase(m.UseCase):
    sponsor: str = ""

m.UseCase = UseCase
from leitplanken.domain import fields as decl
importlib.reload(decl)
old = decl.record_type(UseCase)
added = decl.Field("sponsor", decl.Kind.LINE, "Sponsor", pdf=True, since=2)
decl.RECORD_TYPES = tuple(dataclasses.replace(rt, fields=rt.fields + (added,)) if rt is old
                          else rt for rt in decl.RECORD_TYPES)
for lookup in (decl._by_class, decl._by_table, decl.dependents):
    lookup.cache_clear()  # the lookups above were built from the old tuple
assert decl.undeclared_fields() == [], decl.undeclared_fields()

from leitplanken.i18n.labels import field_label
from leitplanken.i18n.translator import Translator
from leitplanken.report import ReportOptions, render
from leitplanken.storage import WorkspaceFile
from leitplanken.storage.merge_apply import prepare
from leitplanken.storage.merge_state import content_fields

tmp = Path(sys.argv[1])
ws = m.Workspace(company=m.Company(name="Muster AG"))
ws.use_cases.append(UseCase(title="Offerten", sponsor="Frau Muster"))
mine, theirs = tmp / "mine.leitplanken", tmp / "theirs.leitplanken"
WorkspaceFile.create(mine, ws).close()
shutil.copyfile(mine, theirs)

# storage: the value survives a save and an open
with WorkspaceFile.open(mine) as wf:
    uc = wf.load().use_cases[0]
    assert uc.sponsor == "Frau Muster", uc
    uc.sponsor = "Herr Beispiel"
    wf.put(uc)
    wf.save()
    # history: the change is recorded, and the field has its declared name
    assert wf.history(1)[0].action == "update"
assert field_label(UseCase, "sponsor", Translator("en")) == "Sponsor"

# merge: a change on the other side comes over; a change on both sides names the field
with WorkspaceFile.open(theirs) as wf:
    other = wf.load().use_cases[0]
    assert "sponsor" in content_fields(other)
    other.sponsor = "Frau Andere"
    wf.put(other)
    wf.save()
with WorkspaceFile.open(mine) as wf:
    session = prepare(wf, theirs)
    assert [(c.kind, c.fields) for c in session.conflicts] == [("UseCase", ("sponsor",))]

# the PDF prints the label and the value among the facts
pdf = render(wf_ws := WorkspaceFile.open(mine, read_only=True).load(),
             ReportOptions(language="en")).pdf
from pypdf import PdfReader
import io
text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
assert "Sponsor" in text and "Herr Beispiel" in text, text[:2000]
print("ADDED FIELD OK")
'''


def test_a_field_added_only_by_declaration_reaches_storage_history_merge_and_pdf(
        tmp_path: Path) -> None:
    """Adding a plain field needs its declaration (and a widget): nothing else."""
    script = tmp_path / "added_field.py"
    script.write_text(textwrap.dedent(_ADDED_FIELD), encoding="utf-8")
    env = {**os.environ, "LEITPLANKEN_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ADDED FIELD OK" in done.stdout
