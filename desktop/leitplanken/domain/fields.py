"""Every stored record type and its fields, declared once.

A field says what it is (kind), how people call it (label, marked for translation), whether it
may be empty, what it points at and what happens when that is deleted, where it is shown, and
in which schema version it arrived. Storage derives its tables, columns, converters, deletion
rules and merge references from here; the window, the merge dialog, the history and the PDF
take their field names from here. See docs/ADDING_A_FIELD.md.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from enum import Enum, StrEnum
from functools import cache
from typing import TypedDict, Unpack

from leitplanken.domain import model as m


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Marks a label for translation without Qt; i18n translates it when it is shown."""
    return text


#: The translation context of every field and record label.
LABEL_CONTEXT = "Fields"


class Kind(StrEnum):
    """What a field holds, which decides its column, its converter and its widget."""

    TEXT = "text"  # free text, several lines
    LINE = "line"  # one line of text
    CODE = "code"  # text for the program, not prose (a locale, a catalogue key, a stamp)
    MONEY = "money"  # an amount in the company currency (Decimal)
    NUMBER = "number"  # a decimal number (Decimal)
    INTEGER = "integer"
    FLAG = "flag"  # yes / no
    DATE = "date"
    ENUM = "enum"  # one of an enum's values
    REF = "ref"  # the UUID of another record
    TAGS = "tags"  # a list of short words


class OnDelete(StrEnum):
    """What happens to a record when the record one of its references names is deleted."""

    CASCADE = "cascade"  # it goes too: it cannot live without what it names
    CLEAR = "clear"  # the reference is emptied: it can live without


@dataclass(frozen=True)
class Field:
    """One stored field of a record type."""

    name: str
    kind: Kind
    #: How people call it, with the mnemonic a form uses ("O&wner"); shown elsewhere without
    label: str
    optional: bool = False  # may be empty (NULL in the file)
    enum: type[Enum] | None = None
    target: str | None = None  # for REF: the table of the record it names
    on_delete: OnDelete | None = None  # for REF
    register: bool = False  # a column of the use-case register
    pdf: bool = False  # printed in the decision record's facts
    history: bool = True  # a change to it is worth a line in the history
    since: int = 1  # the schema version that brought it
    note: str = ""  # what the schema comment says of it

    @property
    def required_ref(self) -> bool:
        """A reference the record cannot live without (deleted with its target)."""
        return self.kind is Kind.REF and self.on_delete is OnDelete.CASCADE


@dataclass(frozen=True)
class RecordType:
    """A stored record type: its class, table, label, fields and where it lives in memory."""

    cls: type[m.Record]
    table: str
    label: str
    fields: tuple[Field, ...]
    #: The list holding these records: an attribute of UseCase for a use case's children,
    #: of Workspace for top-level records; None for the one company.
    collection: str | None
    child_of_use_case: bool = False

    def field(self, name: str) -> Field:
        """One field by name; KeyError for a name the type does not have."""
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.table}.{name}")


class _Shown(TypedDict, total=False):
    """The keyword options every field helper passes on to Field (a reference's own go apart)."""

    register: bool
    pdf: bool
    history: bool
    since: int
    note: str


class _Options(_Shown, total=False):
    """The keyword options of the helpers that leave it to the caller whether a field may be empty."""

    optional: bool


def _text(name: str, label: str, **kw: Unpack[_Options]) -> Field:
    """A free-text field."""
    return Field(name, Kind.TEXT, label, **kw)


def _line(name: str, label: str, **kw: Unpack[_Options]) -> Field:
    """A one-line text field."""
    return Field(name, Kind.LINE, label, **kw)


def _code(name: str, label: str, **kw: Unpack[_Options]) -> Field:
    """A text field the program reads (locale, key, stamp): not prose, not in the history."""
    opts: _Options = {"history": False, **kw}
    return Field(name, Kind.CODE, label, **opts)


def _enum(name: str, label: str, enum: type[Enum], **kw: Unpack[_Options]) -> Field:
    """A choice among an enum's values."""
    return Field(name, Kind.ENUM, label, enum=enum, **kw)


def _ref(name: str, label: str, target: str, on_delete: OnDelete, **kw: Unpack[_Shown]) -> Field:
    """A reference to another record; optional exactly when deleting the target clears it."""
    return Field(name, Kind.REF, label, target=target, on_delete=on_delete,
                 optional=on_delete is OnDelete.CLEAR, **kw)


def _of(kind: Kind, name: str, label: str, **kw: Unpack[_Options]) -> Field:
    """A field of any other kind."""
    return Field(name, kind, label, **kw)


def _sort() -> Field:
    """The position in its list: kept, merged, never shown as a change."""
    return Field("sort", Kind.INTEGER, QT_TRANSLATE_NOOP("Fields", "Position"), history=False)


def _parent() -> Field:
    """The use case a child record belongs to."""
    return _ref("use_case_uuid", QT_TRANSLATE_NOOP("Fields", "Use case"), "use_case", OnDelete.CASCADE, history=False)


CASCADE, CLEAR = OnDelete.CASCADE, OnDelete.CLEAR

#: Every record type, parents before children (the order storage inserts them in).
RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType(m.Company, "company", QT_TRANSLATE_NOOP("Fields", "Company"), (
        _line("name", QT_TRANSLATE_NOOP("Fields", "Company name")),
        _line("legal_form", QT_TRANSLATE_NOOP("Fields", "Legal form")),
        _code("locale", QT_TRANSLATE_NOOP("Fields", "Formats")),
        _code("currency", QT_TRANSLATE_NOOP("Fields", "Currency")),
        _line("board_name", QT_TRANSLATE_NOOP("Fields", "Name of the board")),
        _code("language", QT_TRANSLATE_NOOP("Fields", "Language")),
        _of(Kind.INTEGER, "catalogue_version", QT_TRANSLATE_NOOP("Fields", "Catalogue version"), history=False),
        _of(Kind.INTEGER, "pilot_trap_days", QT_TRANSLATE_NOOP("Fields", "Pilot trap after (days)")),
        _code("paper_size", QT_TRANSLATE_NOOP("Fields", "Paper size")),
        _of(Kind.INTEGER, "bottleneck_threshold", QT_TRANSLATE_NOOP("Fields", "Bottleneck from (use cases)")),
        _of(Kind.DATE, "meeting_date", QT_TRANSLATE_NOOP("Fields", "Date of the next meeting"), optional=True, since=2),
        _line("meeting_time", QT_TRANSLATE_NOOP("Fields", "Time of the next meeting"), since=2),
        _line("meeting_place", QT_TRANSLATE_NOOP("Fields", "Place of the next meeting"), since=2),
    ), None),
    RecordType(m.Person, "person", QT_TRANSLATE_NOOP("Fields", "Person"), (
        _line("name", QT_TRANSLATE_NOOP("Fields", "Name")),
        _line("function", QT_TRANSLATE_NOOP("Fields", "Function")),
        _of(Kind.FLAG, "internal", QT_TRANSLATE_NOOP("Fields", "Internal")),
        _line("organisation", QT_TRANSLATE_NOOP("Fields", "Organisation")),
        _line("email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
    ), "people"),
    RecordType(m.BoardMember, "board_member", QT_TRANSLATE_NOOP("Fields", "Board member"), (
        _ref("person_uuid", QT_TRANSLATE_NOOP("Fields", "Person"), "person", CASCADE),
        _enum("role", QT_TRANSLATE_NOOP("Fields", "Role"), m.BoardRole),
        _sort(),
    ), "board"),
    RecordType(m.System, "system", QT_TRANSLATE_NOOP("Fields", "System"), (
        _line("name", QT_TRANSLATE_NOOP("Fields", "Name")),
        _line("kind", QT_TRANSLATE_NOOP("Fields", "Kind")),
        _text("note", QT_TRANSLATE_NOOP("Fields", "Note")),
    ), "systems"),
    RecordType(m.UseCase, "use_case", QT_TRANSLATE_NOOP("Fields", "Use case"), (
        _line("title", QT_TRANSLATE_NOOP("Fields", "&Title"), register=True),
        _text("problem", QT_TRANSLATE_NOOP("Fields", "Concrete problem")),
        _text("relief_customers", QT_TRANSLATE_NOOP("Fields", "Relief for customers")),
        _text("relief_employees", QT_TRANSLATE_NOOP("Fields", "Relief for employees")),
        _text("boundary", QT_TRANSLATE_NOOP("Fields", "Where automation ends and the human begins")),
        _of(Kind.FLAG, "customer_facing", QT_TRANSLATE_NOOP("Fields", "&Customer-facing"), pdf=True),
        _enum("status", QT_TRANSLATE_NOOP("Fields", "Status"), m.Status, register=True, pdf=True),
        _ref("owner_uuid", QT_TRANSLATE_NOOP("Fields", "O&wner"), "person", CLEAR, register=True, pdf=True),
        _line("tool", QT_TRANSLATE_NOOP("Fields", "Tool or provider"), pdf=True),
        _of(Kind.FLAG, "personal_data", QT_TRANSLATE_NOOP("Fields", "Personal data")),
        _text("personal_data_which", QT_TRANSLATE_NOOP("Fields", "Which personal data")),
        _enum("risk_class", QT_TRANSLATE_NOOP("Fields", "Risk class (EU AI Act)"), m.RiskClass, register=True),
        _of(Kind.MONEY, "cost_once", QT_TRANSLATE_NOOP("Fields", "One-off cost"), optional=True, pdf=True),
        _of(Kind.MONEY, "cost_monthly", QT_TRANSLATE_NOOP("Fields", "Monthly cost"), optional=True, pdf=True),
        _of(Kind.NUMBER, "hours_saved_month", QT_TRANSLATE_NOOP("Fields", "Hours saved per month"), optional=True,
            pdf=True),
        _line("response_target", QT_TRANSLATE_NOOP("Fields", "Response-time target")),
        _text("fallback", QT_TRANSLATE_NOOP("Fields", "Fallback")),
        _text("motion", QT_TRANSLATE_NOOP("Fields", "&Motion for the board")),
        _of(Kind.DATE, "created_on", QT_TRANSLATE_NOOP("Fields", "Created on"), pdf=True),
        _of(Kind.DATE, "pilot_start", QT_TRANSLATE_NOOP("Fields", "Pilot start"), optional=True, pdf=True),
        _of(Kind.DATE, "go_live", QT_TRANSLATE_NOOP("Fields", "Go-live"), optional=True, pdf=True),
        _of(Kind.DATE, "next_review", QT_TRANSLATE_NOOP("Fields", "Next review"), optional=True, register=True,
            pdf=True),
        _of(Kind.TAGS, "tags", QT_TRANSLATE_NOOP("Fields", "Tags"), pdf=True),
        _text("motion_options", QT_TRANSLATE_NOOP("Fields", "O&ptions for the board"), since=2,
              note="one option per line"),
        _line("recommendation", QT_TRANSLATE_NOOP("Fields", "Recomme&ndation"), since=2,
              note="the option the preparer recommends"),
        _text("recommendation_reason", QT_TRANSLATE_NOOP("Fields", "Rea&son for the recommendation"), since=2),
        _enum("agenda", QT_TRANSLATE_NOOP("Fields", "On the &agenda"), m.AgendaKind, since=2,
              note="auto, decision or information"),
        _text("conditions", QT_TRANSLATE_NOOP("Fields", "Condi&tions proposed"), since=2,
              note="conditions the preparer proposes with the motion"),
        _text("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), since=2,
              note="free notes; an import keeps unmapped columns here"),
    ), "use_cases"),
    RecordType(m.UseCaseSystem, "use_case_system", QT_TRANSLATE_NOOP("Fields", "System of a use case"), (
        _parent(),
        _ref("system_uuid", QT_TRANSLATE_NOOP("Fields", "System"), "system", CASCADE),
        _enum("integration", QT_TRANSLATE_NOOP("Fields", "Integration"), m.Integration),
        _text("note", QT_TRANSLATE_NOOP("Fields", "Note")),
    ), "systems", True),
    RecordType(m.RaciActivity, "raci_activity", QT_TRANSLATE_NOOP("Fields", "RACI activity"), (
        _parent(),
        _code("catalogue_key", QT_TRANSLATE_NOOP("Fields", "Catalogue entry"), optional=True),
        _line("title", QT_TRANSLATE_NOOP("Fields", "Title")),
        _sort(),
    ), "activities", True),
    RecordType(m.RaciMember, "raci_member", QT_TRANSLATE_NOOP("Fields", "RACI person"), (
        _parent(),
        _ref("person_uuid", QT_TRANSLATE_NOOP("Fields", "Person"), "person", CASCADE),
        _sort(),
    ), "members", True),
    RecordType(m.RaciCell, "raci_cell", QT_TRANSLATE_NOOP("Fields", "RACI letter"), (
        _parent(),
        _ref("activity_uuid", QT_TRANSLATE_NOOP("Fields", "Activity"), "raci_activity", CASCADE),
        _ref("person_uuid", QT_TRANSLATE_NOOP("Fields", "Person"), "person", CASCADE),
        _enum("letter", QT_TRANSLATE_NOOP("Fields", "RACI letter"), m.Letter),
    ), "cells", True),
    RecordType(m.ChecklistItem, "checklist_item", QT_TRANSLATE_NOOP("Fields", "Checklist item"), (
        _parent(),
        _code("catalogue_key", QT_TRANSLATE_NOOP("Fields", "Catalogue entry"), optional=True),
        _enum("category", QT_TRANSLATE_NOOP("Fields", "Category"), m.Category),
        _line("title", QT_TRANSLATE_NOOP("Fields", "Title")),
        _enum("state", QT_TRANSLATE_NOOP("Fields", "State"), m.ItemState),
        _text("na_reason", QT_TRANSLATE_NOOP("Fields", "Reason for N/A")),
        _ref("owner_uuid", QT_TRANSLATE_NOOP("Fields", "Owner"), "person", CLEAR),
        _of(Kind.DATE, "due_date", QT_TRANSLATE_NOOP("Fields", "Due date"), optional=True),
        _text("note", QT_TRANSLATE_NOOP("Fields", "Note")),
        _text("evidence", QT_TRANSLATE_NOOP("Fields", "Evidence")),
        _of(Kind.FLAG, "enabled", QT_TRANSLATE_NOOP("Fields", "Switched on")),
        _of(Kind.FLAG, "required", QT_TRANSLATE_NOOP("Fields", "Required for readiness")),
        _sort(),
    ), "checklist", True),
    RecordType(m.CxAnswer, "cx_answer", QT_TRANSLATE_NOOP("Fields", "CX check"), (
        _parent(),
        _enum("question", QT_TRANSLATE_NOOP("Fields", "Question"), m.CxQuestion),
        _enum("rating", QT_TRANSLATE_NOOP("Fields", "Rating"), m.CxRating),
        _text("note", QT_TRANSLATE_NOOP("Fields", "Note")),
    ), "cx", True),
    RecordType(m.Decision, "decision", QT_TRANSLATE_NOOP("Fields", "Decision"), (
        _parent(),
        _of(Kind.DATE, "decided_on", QT_TRANSLATE_NOOP("Fields", "Decided on")),
        _enum("kind", QT_TRANSLATE_NOOP("Fields", "Decision"), m.DecisionKind),
        _text("rationale", QT_TRANSLATE_NOOP("Fields", "Rationale")),
        _text("conditions", QT_TRANSLATE_NOOP("Fields", "Conditions")),
        _line("deciders", QT_TRANSLATE_NOOP("Fields", "Deciders")),
        _of(Kind.DATE, "next_review", QT_TRANSLATE_NOOP("Fields", "Next review"), optional=True),
        _ref("corrects_uuid", QT_TRANSLATE_NOOP("Fields", "Corrects"), "decision", CLEAR),
        _text("readiness_override", QT_TRANSLATE_NOOP("Fields", "Reason despite gaps")),
        _code("recorded_at", QT_TRANSLATE_NOOP("Fields", "Recorded at")),
        _line("author", QT_TRANSLATE_NOOP("Fields", "Author"), history=False),
    ), "decisions", True),
)

#: The fields every record has, kept by storage and merge but never declared per type.
STAMP_FIELDS = ("uuid", "modified_at", "revision")


@cache
def _by_class() -> dict[type[m.Record], RecordType]:
    """Record types by their class, built once."""
    return {rt.cls: rt for rt in RECORD_TYPES}


@cache
def _by_table() -> dict[str, RecordType]:
    """Record types by their table, built once."""
    return {rt.table: rt for rt in RECORD_TYPES}


def record_type(cls: type[m.Record]) -> RecordType:
    """The declaration of a record class; TypeError for a class that is not stored."""
    try:
        return _by_class()[cls]
    except KeyError:
        raise TypeError(f"{cls.__name__} is not a stored record type") from None


def record_type_of_table(table: str) -> RecordType | None:
    """The declaration stored in a table, None for a table that holds no records."""
    return _by_table().get(table)


def use_case_children() -> tuple[RecordType, ...]:
    """The record types stored as a use case's children, in insertion order."""
    return tuple(rt for rt in RECORD_TYPES if rt.child_of_use_case)


def child_collections() -> tuple[str, ...]:
    """The UseCase attributes holding child records (not fields of the use case row)."""
    return tuple(rt.collection for rt in use_case_children() if rt.collection)


@dataclass(frozen=True)
class Dependent:
    """A reference that points at a record type: deleting such a record reaches it."""

    record_type: RecordType
    field: Field


@cache
def dependents(table: str) -> tuple[Dependent, ...]:
    """Every declared reference to records of `table`: what a deletion takes along or clears."""
    return tuple(Dependent(rt, f) for rt in RECORD_TYPES for f in rt.fields
                 if f.kind is Kind.REF and f.target == table)


def references(cls: type[m.Record], required: bool) -> tuple[str, ...]:
    """The names of a type's references it cannot (True) or can (False) live without."""
    return tuple(f.name for f in record_type(cls).fields
                 if f.kind is Kind.REF and f.required_ref == required)


def field_of(cls: type[m.Record], name: str) -> Field | None:
    """A declared field by record class and name; None for stamps and unknown names."""
    rt = _by_class().get(cls)
    if rt is None:
        return None
    try:
        return rt.field(name)
    except KeyError:
        return None


def fields_added_in(version: int) -> Iterator[tuple[RecordType, Field]]:
    """The fields a schema version brought, per record type, in declaration order."""
    for rt in RECORD_TYPES:
        for f in rt.fields:
            if f.since == version:
                yield rt, f


def every_record(ws: m.Workspace, among: Collection[str] | None = None) -> Iterator[m.Record]:
    """Every stored record of a workspace, parents before children (storage's insert order).

    `among`: only these use cases' children (a large workspace reads no others' children).
    """
    for rt in RECORD_TYPES:  # declared parents first, so this is already storage's order
        yield from _records_of(ws, rt, among)


def undeclared_fields() -> list[str]:
    """Dataclass fields without a declaration or declarations without a field (a test runs it)."""
    problems = []
    collections = set(child_collections())
    for rt in RECORD_TYPES:
        names = [f.name for f in dataclass_fields(rt.cls)
                 if f.name not in STAMP_FIELDS and f.name not in collections]
        declared = [f.name for f in rt.fields]
        if names != declared:
            problems.append(f"{rt.cls.__name__}: dataclass {names} vs declared {declared}")
    return problems


def _records_of(ws: m.Workspace, rt: RecordType,
                among: Collection[str] | None = None) -> Iterator[m.Record]:
    """The in-memory records of one type (children only of the use cases `among`, if given)."""
    if rt.collection is None:
        yield ws.company
    elif rt.child_of_use_case:
        for uc in ws.use_cases:
            if among is None or uc.uuid in among:
                yield from getattr(uc, rt.collection)
    else:
        yield from getattr(ws, rt.collection)


@dataclass(frozen=True)
class DeletionPlan:
    """What deleting a record takes along (CASCADE) and which references it empties (CLEAR)."""

    removed: tuple[tuple[Dependent, m.Record], ...]
    cleared: tuple[tuple[Dependent, m.Record], ...]


def deletion_plan(ws: m.Workspace, record: m.Record,
                  among: Collection[str] | None = None) -> DeletionPlan:
    """The records a deletion reaches in memory, by the declared references (as storage does).

    `among`: the use cases whose children can refer to the record (storage knows them without
    reading every use case's children); None looks at all of them.
    """
    removed: list[tuple[Dependent, m.Record]] = []
    cleared: list[tuple[Dependent, m.Record]] = []
    gone = {record.uuid}
    queue = [record]
    while queue:
        target = queue.pop()
        for dep in dependents(record_type(type(target)).table):
            for rec in _records_of(ws, dep.record_type, among):
                if getattr(rec, dep.field.name) != target.uuid or rec.uuid in gone:
                    continue
                if dep.field.on_delete is OnDelete.CASCADE:
                    gone.add(rec.uuid)
                    removed.append((dep, rec))
                    queue.append(rec)
                else:
                    cleared.append((dep, rec))
    return DeletionPlan(tuple(removed), tuple((d, r) for d, r in cleared if r.uuid not in gone))
