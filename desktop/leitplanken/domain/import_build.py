"""Turns a spreadsheet's rows into use cases by a mapping: nothing in the sheet is lost.

Every column goes to its target; a column mapped to nothing particular goes to the notes
as "header: value" lines (or to the tags where the user chose so), and so does every value
that could not be read (a date nobody can read, an amount with words in it, a status the
value map does not know). A row without a title is skipped and reported with its line, like
a row the reader could not read. People named in an owner column are matched with the
workspace's people (case and accents ignored) or become new people the user confirms.
No Qt, no storage: the caller writes the result in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from leitplanken.domain import fields as decl
from leitplanken.domain import import_mapping as im
from leitplanken.domain import import_values as iv
from leitplanken.domain import limits
from leitplanken.domain.model import Company, Person, RiskClass, Status, UseCase


@dataclass
class SourceRow:
    """One data row as the reader gave it: its line in the file and its cells."""

    line: int
    cells: Sequence[object]


@dataclass
class BuildResult:
    """What an import would add, and everything the user should know before it does."""

    use_cases: list[UseCase] = field(default_factory=list)
    #: People the owner column names who are not in the workspace yet (the user confirms them).
    new_people: list[Person] = field(default_factory=list)
    #: (line, reason code, detail) of each row that is left out.
    skipped: list[tuple[int, str, str]] = field(default_factory=list)
    #: (line, field name) of each value that was longer than its field holds and was cut.
    cut: list[tuple[int, str]] = field(default_factory=list)
    #: header → how many of its values were kept in the notes because they could not be read.
    unreadable: dict[str, int] = field(default_factory=dict)
    #: header → how many amounts named another currency than the company's (kept in the notes,
    #: the amount left empty: nothing is converted).
    other_currency: dict[str, int] = field(default_factory=dict)
    #: Owner names that look like formulas ("=owner"): no person is made of them; kept in the notes.
    formula_names: dict[str, int] = field(default_factory=dict)
    #: (header, value) → rows whose status/risk/yes-no value the value map does not know.
    unknown_values: dict[tuple[str, str], int] = field(default_factory=dict)
    #: The columns that went to the notes (not mapped, or mapped there).
    notes_columns: list[str] = field(default_factory=list)
    #: Rows whose created_on came from the sheet (the rest got the day of the import).
    dated: int = 0


class _Row:
    """The cells of one row by header, with the notes gathered while it is converted."""

    def __init__(self, line: int, cells: dict[str, object]) -> None:
        """Keeps the row's line and cells."""
        self.line = line
        self.cells = cells
        self.notes: list[str] = []
        self.own_notes: list[str] = []  # the notes column's own text, first in the notes
        self.dated = False  # created_on came from the sheet

    def note(self, header: str, value: object) -> None:
        """Keeps a value in the notes as "header: value"."""
        text = _note_text(value)
        if text:
            self.notes.append(f"{header}: {text}")


def _note_text(value: object) -> str:
    """A cell as a note: dates of an XLSX as ISO dates, whole numbers without ".0"."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return iv.clean_text(value)


def person_key(name: str) -> str:
    """The key people are matched by: folded (case, accents), spaces collapsed, "Keller, Anna" turned."""
    return iv.fold(_turned(name))


def person_keys(name: str) -> tuple[str, ...]:
    """Every key a name is matched by: folded without accents ("Muller" = "Müller") and with the
    German umlauts written out ("Mueller" = "Müller", "Braendli" = "Brändli"), so exports in
    capitals without umlauts (SAP, directory lists) find the same person."""
    text = _turned(name)
    return tuple(dict.fromkeys((iv.fold(text), iv.fold_umlauts(text))))


def _turned(name: str) -> str:
    """A name with spaces collapsed and "Keller, Anna" turned into "Anna Keller"."""
    text = " ".join(name.replace("\n", " ").split())
    if text.count(",") == 1:
        last, first = (p.strip() for p in text.split(","))
        if last and first and " " not in last:
            text = f"{first} {last}"
    return text


def _owner_name(value: object) -> str:
    """An owner cell as a name: trimmed, without an export's formula apostrophe."""
    return " ".join(iv.clean_text(iv.without_formula_guard(value)).split())


def owner_names(mapping: im.Mapping, headers: Sequence[str], rows: Sequence[SourceRow]) -> dict[str, int]:
    """The distinct names in the owner column (first spelling of each person) with their counts.

    A name that looks like a formula ("=owner", "+cmd|…") is no person: it is left out here
    (never offered for creation) and stays in the notes.
    """
    heads = [h for h in mapping.headers_for(im.OWNER) if h in headers]
    if not heads:
        return {}
    index = headers.index(heads[0])
    spelling: dict[str, str] = {}  # every key of a name → the spelling shown
    counts: dict[str, int] = {}
    for row in rows:
        name = _owner_name(row.cells[index] if index < len(row.cells) else "")
        if not name or iv.looks_like_formula(name):
            continue
        keys = person_keys(name)
        shown = next((spelling[k] for k in keys if k in spelling), name)
        if shown.islower() and not name.islower():
            counts[name] = counts.pop(shown, 0)  # "Anna Keller" reads better than "anna keller"
            for k, v in list(spelling.items()):
                if v == shown:
                    spelling[k] = name
            shown = name
        for k in keys:
            spelling.setdefault(k, shown)
        counts[shown] = counts.get(shown, 0) + 1
    return counts


def match_people(names: Sequence[str], people: Sequence[Person]) -> tuple[dict[str, Person], list[Person]]:
    """Each name's person: an existing one (case, accents and written-out umlauts ignored) or a
    new one to confirm."""
    known: dict[str, Person] = {}
    for p in people:
        for k in person_keys(p.name) if p.name else ():
            known.setdefault(k, p)
    found: dict[str, Person] = {}
    new: list[Person] = []
    for name in names:
        keys = person_keys(name)
        person = next((known[k] for k in keys if k in known), None)
        if person is None:
            person = Person(name=limits.cut_text(decl.record_type(Person).field("name"), name))
            new.append(person)
        for k in keys:
            known.setdefault(k, person)
        found[name] = person
    return found, new


def repeated_titles(new: Sequence[UseCase], existing: Sequence[UseCase]) -> list[str]:
    """The titles of imported use cases that a use case in the file already has (case and
    spaces ignored): the same list imported twice. Told, not refused: two may share a title."""
    have = {" ".join(iv.fold(uc.title).split()) for uc in existing if uc.title}
    return [uc.title for uc in new if " ".join(iv.fold(uc.title).split()) in have]


def build(headers: Sequence[str], rows: Sequence[SourceRow], mapping: im.Mapping, *,
          people: Sequence[Person] = (), today: date, confirmed: Callable[[Person], bool] | None = None,
          problems: Sequence[tuple[int, str, str]] = (), currency: str | None = None) -> BuildResult:
    """The use cases the rows make by `mapping`, with new people, skipped rows and notes.

    `confirmed(person)` says whether a new person may be created; a name the user declined
    stays in the notes and the use case has no owner. Amounts in another currency than
    `currency` (the company's; by default a new company's) are kept in the notes, not converted.
    """
    result = BuildResult(skipped=list(problems))
    money = currency or Company().currency
    names = owner_names(mapping, headers, rows)
    by_name, new_people = match_people(list(names), people)
    accepted = [p for p in new_people if confirmed is None or confirmed(p)]
    result.new_people = accepted
    accepted_ids = {id(p) for p in accepted} | {id(p) for p in people}
    by_key: dict[str, Person] = {}
    for n, p in by_name.items():
        for k in person_keys(n):
            by_key.setdefault(k, p)
    result.notes_columns = [h for h in headers if mapping.target(h) == im.NOTES]
    comma = {h: mapping.decimal_comma.get(h) for h in headers}
    for source in rows:
        cells = {h: (source.cells[i] if i < len(source.cells) else "") for i, h in enumerate(headers)}
        row = _Row(source.line, cells)
        uc = _use_case(row, headers, mapping, _Reading(comma, money), today, result)
        owner_heads = [h for h in mapping.headers_for(im.OWNER) if h in cells]
        if owner_heads:
            name = _owner_name(cells[owner_heads[0]])
            person = next((by_key[k] for k in person_keys(name) if k in by_key), None) if name else None
            if person is not None and id(person) in accepted_ids:
                uc.owner_uuid = person.uuid
            elif name:
                row.note(owner_heads[0], name)
                if iv.looks_like_formula(name):
                    result.formula_names[name] = result.formula_names.get(name, 0) + 1
            for extra in owner_heads[1:]:
                row.note(extra, cells[extra])
        if not uc.title:
            result.skipped.append((source.line, "no_title", ""))
            continue
        if row.notes:
            uc.notes = "\n".join(n for n in ([uc.notes] if uc.notes else []) + row.notes)
        _fit(uc, source.line, result)
        result.use_cases.append(uc)
        result.dated += row.dated
    result.skipped.sort()
    return result


@dataclass(frozen=True)
class _Reading:
    """How amounts are read: each column's decimal mark where decided, the company's currency."""

    comma: dict[str, bool | None]
    currency: str


def _use_case(row: _Row, headers: Sequence[str], mapping: im.Mapping, reading: _Reading,
              today: date, result: BuildResult) -> UseCase:
    """One use case from one row (without its owner, which needs the people)."""
    uc = UseCase(created_on=today)
    texts: dict[str, list[str]] = {}
    set_once: set[str] = set()
    for h in headers:
        target = mapping.target(h)
        value = iv.without_formula_guard(row.cells[h])
        if target in (im.IGNORE, im.OWNER):
            continue
        if target == im.NOTES:
            if im.is_notes_field(h):  # the register's own notes: the text as it is
                text = _note_text(value)
                if text:
                    row.notes.insert(len(row.own_notes), text)
                    row.own_notes.append(text)
            else:
                row.note(h, value)
            continue
        if target == im.TAGS:
            uc.tags += [t for t in _tags(value) if t not in uc.tags]
            continue
        f = im.target_field(target)
        if f is None:
            continue
        if iv.is_empty(value):
            if im.value_targets(target) is not None and f.kind in (decl.Kind.ENUM, decl.Kind.FLAG):
                chosen = mapping.values.get(h, {}).get("", "")
                if chosen and f.kind is decl.Kind.FLAG:
                    setattr(uc, f.name, chosen == "yes")
                elif chosen:
                    setattr(uc, f.name, f.enum(chosen) if f.enum else chosen)
                else:  # shown and printed as "(empty) → default": never a silent default
                    key = (h, "")
                    result.unknown_values[key] = result.unknown_values.get(key, 0) + 1
            continue
        if f.kind in (decl.Kind.TEXT, decl.Kind.LINE):
            texts.setdefault(target, []).append(iv.clean_text(value))
            continue
        if target in set_once:  # a second column for a single value keeps its value in the notes
            row.note(h, value)
            continue
        outcome = _convert(uc, f, h, value, mapping, reading, row, result)
        if outcome is True:
            set_once.add(target)
            row.dated |= target == "created_on"
        else:
            row.note(h, value)
            if f.kind in (decl.Kind.FLAG, decl.Kind.ENUM):
                continue  # counted once, as a value not recognised (unknown_values)
            counts = result.other_currency if outcome == "currency" else result.unreadable
            counts[h] = counts.get(h, 0) + 1
    for target, parts in texts.items():
        f = decl.field_of(UseCase, target)
        joined = (" " if f is not None and f.kind is decl.Kind.LINE else "\n\n").join(p for p in parts if p)
        setattr(uc, target, joined)
    return uc


def _convert(uc: UseCase, f: decl.Field, header: str, value: object, mapping: im.Mapping,
             reading: _Reading, row: _Row, result: BuildResult) -> bool | str:
    """Sets one non-text field from a cell; False when the cell cannot be read as that,
    "currency" when it is an amount in another currency (left empty, never converted)."""
    if f.kind is decl.Kind.DATE:
        found = iv.parse_date(value, mapping.date_order.get(header, "dmy"))
        if found is None:
            return False
        setattr(uc, f.name, found)
        return True
    if f.kind in (decl.Kind.MONEY, decl.Kind.NUMBER):
        limit = limits.number_limit(f.kind)
        places = limit.places if limit else 2
        comma = reading.comma.get(header)
        read = iv.read_amount(value, comma, limits.STORED_PLACES, reading.currency)
        if read.currency:
            return "currency"
        exact = read.number
        if exact is None or exact < 0:  # no cost or hour count is negative: a typo or a credit
            return False
        amount = iv.parse_amount(value, comma, places)
        if amount is None or limits.number_out_of_range(f.kind, amount):
            return False
        if exact != amount or read.shorthand:
            row.note(header, value)  # rounded, or read from "5k"/"ca. 5000": the original stays visible
        setattr(uc, f.name, limits.canonical_number(amount))
        return True
    if f.kind in (decl.Kind.FLAG, decl.Kind.ENUM):
        key = im.value_key(value)
        table = mapping.values.get(header, {})
        chosen = table.get(key)
        if chosen is None:
            chosen = im.suggest_value(f.name, key)
        if chosen not in (im.value_targets(f.name) or ()):  # "" or a value no map may give
            chosen = ""
        if not chosen:
            result.unknown_values[(header, key)] = result.unknown_values.get((header, key), 0) + 1
            return False
        if f.kind is decl.Kind.FLAG:
            setattr(uc, f.name, chosen == "yes")
        elif f.enum is Status:
            setattr(uc, f.name, Status(chosen))
        elif f.enum is RiskClass:
            setattr(uc, f.name, RiskClass(chosen))
        else:
            return False
        return True
    return False


def _tags(value: object) -> list[str]:
    """The tags in a cell: split at commas, semicolons, bars and line breaks."""
    text = iv.clean_text(value)
    for sep in (";", "|", "\n"):
        text = text.replace(sep, ",")
    return [" ".join(t.split()) for t in text.split(",") if t.strip()]


def _fit(uc: UseCase, line: int, result: BuildResult) -> None:
    """Cuts each value to its field's limit and notes where it did (shown before importing)."""
    for f in decl.record_type(UseCase).fields:
        value = getattr(uc, f.name)
        if f.kind is decl.Kind.TAGS:
            fitted: object = limits.cut_tags(value)
        elif isinstance(value, str):
            fitted = limits.cut_text(f, value)
        else:
            continue
        if fitted != value:
            setattr(uc, f.name, fitted)
            result.cut.append((line, f.name))
