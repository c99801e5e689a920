"""Which column of a spreadsheet becomes which field of a use case, and which value which status.

The targets come from the field declarations (domain/fields.py): every use-case field a user
fills in, the owner by name, the notes, the tags, and "ignore". The suggestion scores each
column against each target from its header (word stems compared with the vocabularies of
import_words.py, fuzzily with difflib) and from its values (dates, amounts, yes/no, status
words, names of people), then gives every single-valued target to its best column. Columns
without a target go to the notes as "header: value" lines, never away.

A Mapping is saved as JSON (docs/IMPORT.md, "The mapping file"): format name, version,
columns, value maps, date orders and reading options. No Qt, no storage.
"""

from __future__ import annotations

import codecs
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from leitplanken.domain import fields as decl
from leitplanken.domain import import_values as iv
from leitplanken.domain import limits
from leitplanken.domain.import_words import (
    CONTEXT_WORDS,
    NOTES_FIELD_NAMES,
    RISK_WORDS,
    STATUS_WORDS,
    TARGET_WORDS,
)
from leitplanken.domain.model import RiskClass, Status, UseCase

#: The format name and version a mapping file carries (docs/IMPORT.md).
FORMAT = "leitplanken-import-mapping"
VERSION = 1

#: Targets that are not a use-case field of their own.
OWNER, NOTES, TAGS, IGNORE = "owner", "notes", "tags", "ignore"

#: Fields an import never fills: the program's own (agenda choice) and references.
_NOT_IMPORTED = frozenset({"agenda"})

#: Targets several columns may share (their values are joined or collected).
MULTI = frozenset({NOTES, TAGS, IGNORE})

#: Below this a header's score suggests nothing (the column goes to the notes).
THRESHOLD = 0.55

#: How many values of a column the suggestion looks at.
SAMPLE = 400


@lru_cache(maxsize=1)
def targets() -> tuple[str, ...]:
    """Every import target in declaration order: use-case fields, the owner, "ignore"."""
    out = []
    for f in decl.record_type(UseCase).fields:
        if f.name in _NOT_IMPORTED or f.kind is decl.Kind.CODE:
            continue
        out.append(OWNER if f.name == "owner_uuid" else f.name)
    return (*out, IGNORE)


def target_field(target: str) -> decl.Field | None:
    """The declared field a target fills (the owner: its reference); None for "ignore"."""
    if target == IGNORE:
        return None
    return decl.field_of(UseCase, "owner_uuid" if target == OWNER else target)


def target_kind(target: str) -> str:
    """What a target holds: a field kind's value, "person" for the owner, "" for "ignore"."""
    if target == OWNER:
        return "person"
    f = target_field(target)
    return "" if f is None else f.kind.value


@lru_cache(maxsize=4096)
def is_notes_field(header: str) -> bool:
    """Whether a column is the notes field itself ("Notes", "Notizen": the program's own label,
    as its export writes it): its value is the notes text, not a "header: value" line."""
    f = decl.field_of(UseCase, NOTES)
    names = {iv.fold(n) for n in NOTES_FIELD_NAMES} | ({iv.fold(f.label)} if f is not None else set())
    return iv.fold(" ".join(header.split())) in names


def value_targets(target: str) -> tuple[str, ...] | None:
    """The values a column's distinct values are mapped onto (status, risk class, yes/no)."""
    if target == "status":
        return tuple(s.value for s in Status)
    if target == "risk_class":
        return tuple(r.value for r in RiskClass)
    if target_kind(target) == decl.Kind.FLAG.value:
        return ("yes", "no")
    return None


@dataclass
class Mapping:
    """The user's (or the suggestion's) decisions for one kind of spreadsheet."""

    #: header → target; a header not listed goes to the notes.
    columns: dict[str, str] = field(default_factory=dict)
    #: header → {value as in the sheet → target value ("operation", "yes", "" = not recognised)}.
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    #: header → "dmy" or "mdy" for a date column whose a/b/yyyy dates need the decision.
    date_order: dict[str, str] = field(default_factory=dict)
    #: header → whether a lone mark before three digits ("1,250") is the decimal comma (True)
    #: or point (False); a column not named reads it as a thousands mark.
    decimal_comma: dict[str, bool] = field(default_factory=dict)
    encoding: str | None = None
    separator: str | None = None
    header_row: int | None = None
    sheet: str | None = None
    name: str = ""

    def target(self, header: str) -> str:
        """The target of a column (the notes when the mapping does not name it)."""
        return self.columns.get(header, NOTES)

    def headers_for(self, target: str) -> list[str]:
        """The columns mapped to a target, in the mapping's order."""
        return [h for h, t in self.columns.items() if t == target]

    def to_json(self) -> str:
        """The mapping as the documented JSON (stable key order, readable)."""
        data = {
            "format": FORMAT,
            "version": VERSION,
            "name": self.name,
            "read": {"encoding": self.encoding, "separator": self.separator,
                     "header_row": self.header_row, "sheet": self.sheet},
            "columns": self.columns,
            "values": self.values,
            "date_order": self.date_order,
            "decimal_comma": self.decimal_comma,
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class MappingFormatError(ValueError):
    """A mapping file that is not one (or of a newer version): the reason, for the message."""


def _depth(text: str) -> int:
    """How deeply a JSON text nests objects and lists (strings skipped), without parsing it."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limits.MAPPING_MAX_DEPTH:
                    return deepest  # no need to read further
        elif ch in "]}":
            depth -= 1
    return deepest


def _small_int(digits: str) -> int:
    """An integer of the JSON; a number no mapping needs (hundreds of digits) is refused."""
    if len(digits) > 12:
        raise MappingFormatError(f"a number with {len(digits)} digits")
    return int(digits)


def mapping_from_json(text: str) -> Mapping:
    """Reads a mapping file; MappingFormatError with the reason when it is not a usable one.

    Everything is checked before it is used: size and nesting before parsing, then every
    target, every value target (the enum's key, or a word for it such as the label
    "Regelbetrieb"), the date orders, decimal marks and reading options with their types.
    """
    if len(text) > limits.MAPPING_MAX_CHARS:
        raise MappingFormatError(f"larger than {limits.MAPPING_MAX_CHARS // (1024 * 1024)} MB")
    if _depth(text) > limits.MAPPING_MAX_DEPTH:
        raise MappingFormatError(f"nested more than {limits.MAPPING_MAX_DEPTH} levels deep")
    try:
        data = json.loads(text, parse_int=_small_int)
    except MappingFormatError:
        raise
    except (ValueError, RecursionError) as exc:
        raise MappingFormatError(f"not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise MappingFormatError("not a mapping file")
    version = data.get("version")
    if type(version) is not int or version > VERSION or version < 1:
        raise MappingFormatError(f"version {version!r}, this program reads version {VERSION}")
    known = set(targets())
    columns = _str_dict(data.get("columns"), "columns")
    wrong = sorted(t for t in columns.values() if t not in known)
    if wrong:
        raise MappingFormatError("unknown targets: " + ", ".join(wrong[:10]))
    titles = [h for h, t in columns.items() if t == "title"]
    if len(titles) > 1:
        raise MappingFormatError("more than one column is the title: " + ", ".join(titles[:10]))
    values: dict[str, dict[str, str]] = {}
    raw_values = data.get("values") or {}
    if not isinstance(raw_values, dict):
        raise MappingFormatError("values is not an object")
    for header, table in raw_values.items():
        values[str(header)] = _value_table(str(header), _str_dict(table, f"values of {header}"),
                                           columns.get(str(header)))
    order = _str_dict(data.get("date_order"), "date_order")
    if any(v not in ("dmy", "mdy") for v in order.values()):
        raise MappingFormatError("date_order takes dmy or mdy")
    comma = data.get("decimal_comma") or {}
    if not isinstance(comma, dict) or any(not isinstance(v, bool) for v in comma.values()):
        raise MappingFormatError("decimal_comma takes true or false per column")
    read = data.get("read") or {}
    if not isinstance(read, dict):
        raise MappingFormatError("read is not an object")
    name = data.get("name")
    if name is not None and not isinstance(name, str):
        raise MappingFormatError("name is not a text")
    return Mapping(
        columns=columns, values=values, date_order=order,
        decimal_comma={str(k): v for k, v in comma.items()},
        encoding=_encoding(read.get("encoding")), separator=_separator(read.get("separator")),
        header_row=_header_row(read.get("header_row")),
        sheet=_text_option(read.get("sheet"), "read.sheet"), name=name or "",
    )


def value_target(target: str | None, value: str) -> str | None:
    """A value map's entry as a target value: the enum's key ("operation"), "" (not recognised),
    or a word for it ("Regelbetrieb", "Regular operation", "ja"); None when it names none.
    For a column not mapped (`target` None) any status, risk or yes/no key is taken."""
    if value == "":
        return ""
    wanted = value_targets(target) if target is not None else None
    if target is None or wanted is None:  # a map left from an earlier choice of the column
        every = {s.value for s in Status} | {r.value for r in RiskClass} | {"yes", "no"}
        return value if value in every else None
    if value in wanted:
        return value
    folded = iv.fold(" ".join(value.split()))
    if target in ("status", "risk_class"):
        table = STATUS_WORDS if target == "status" else RISK_WORDS
        exact = {iv.fold(w): str(m.value) for m, ws in table.items() for w in ws}
        exact |= {iv.fold(str(m.value).replace("_", " ")): str(m.value) for m in table}
        return exact.get(folded)
    flag = iv.flag_word(value)
    return None if flag is None else ("yes" if flag else "no")


def _value_table(header: str, table: dict[str, str], target: str | None) -> dict[str, str]:
    """One column's value map with every entry checked against the column's target."""
    out = {}
    for value, chosen in table.items():
        found = value_target(target, chosen)
        if found is None:
            allowed = ", ".join(value_targets(target or "") or ("a status, risk or yes/no",))
            raise MappingFormatError(f"the value “{chosen}” for “{value}” in “{header}” is not one "
                                     f"of: {allowed}")
        out[value] = found
    return out


def _str_dict(value: object, what: str) -> dict[str, str]:
    """An object of strings from the JSON (empty when missing); anything else is refused."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise MappingFormatError(f"{what} is not an object")
    out = {}
    for k, v in value.items():
        if v is not None and not isinstance(v, str):
            raise MappingFormatError(f"{what}: “{k}” takes a text, not {type(v).__name__}")
        out[str(k)] = v or ""
    return out


def _text_option(value: object, what: str) -> str | None:
    """A text option of the JSON, None when absent or empty; another type is refused."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise MappingFormatError(f"{what} takes a text or null")
    return value


def _encoding(value: object) -> str | None:
    """read.encoding: a codec this Python knows, or null."""
    name = _text_option(value, "read.encoding")
    if name is None:
        return None
    try:
        "".encode(codecs.lookup(name).name)  # a text encoding, not rot13 or zip
    except LookupError:
        raise MappingFormatError(f"read.encoding “{name[:40]}” is no known encoding") from None
    return name


def _separator(value: object) -> str | None:
    """read.separator: one character that can separate cells (not a quote or line break), or null."""
    sep = _text_option(value, "read.separator")
    if sep is None:
        return None
    if len(sep) != 1 or sep in '"\r\n' or sep.isalnum():
        raise MappingFormatError(f"read.separator takes one character such as ; or , (not {sep[:10]!r})")
    return sep


def _header_row(value: object) -> int | None:
    """read.header_row: the 0-based row of the header among the first rows, or null."""
    if value is None:
        return None
    if type(value) is not int or not 0 <= value < 1000:
        raise MappingFormatError("read.header_row takes a whole number from 0 (the first row) "
                                 "or null")
    return value


# -- what a column holds --------------------------------------------------------------------


@dataclass
class Profile:
    """What the values of one column look like (shares of the non-empty values)."""

    filled: float = 0.0
    dates: float = 0.0
    amounts: float = 0.0
    flags: float = 0.0
    statuses: float = 0.0
    risks: float = 0.0
    people: float = 0.0
    distinct: float = 0.0
    mean_length: float = 0.0
    samples: list[str] = field(default_factory=list)


def profile(values: Sequence[object]) -> Profile:
    """Measures a column's values (the first SAMPLE non-empty ones)."""
    present = [v for v in values if not iv.is_empty(v)]
    p = Profile(filled=len(present) / len(values) if values else 0.0)
    sample = present[:SAMPLE]
    if not sample:
        return p
    n = len(sample)
    order = iv.slash_order(sample) or "dmy"
    texts = [iv.clean_text(v) for v in sample]
    short = [t for t in texts if len(t) <= iv.SHORT]
    # long text is prose: no date, amount or yes/no (and never parsed as one, for speed)
    typed = [v if not isinstance(v, str) else t for v, t in zip(sample, texts, strict=True)
             if not isinstance(v, str) or len(t) <= iv.SHORT]
    p.dates = sum(iv.parse_date(v, order) is not None for v in typed) / n
    p.amounts = sum(iv.parse_amount(v) is not None and _numeric_text(v) for v in typed) / n
    p.flags = sum(iv.flag_word(v) is not None for v in typed) / n
    p.statuses = sum(iv.status_word(t) is not None for t in short) / n
    p.risks = sum(iv.risk_word(t) is not None for t in short) / n
    p.people = sum(iv.looks_like_person(t) for t in short) / n
    p.distinct = len(set(texts)) / n
    p.mean_length = sum(len(t) for t in texts) / n
    seen: list[str] = []
    for t in texts:
        if t not in seen:
            seen.append(t)
        if len(seen) == 3:
            break
    p.samples = seen
    return p


def _numeric_text(value: object) -> bool:
    """Whether a value is mostly a number (so "Phase 2" is not an amount)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    text = iv.clean_text(value)
    digits = sum(ch.isdigit() for ch in text)
    return digits > 0 and digits >= len(text.replace(" ", "")) * 0.5


# -- the suggestion ----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, list[tuple[str, ...]]]:
    """Each target's words as stems (the targets import_words names)."""
    return {t: [iv.words(w) for w in TARGET_WORDS.get(t, ())] for t in targets()}


@lru_cache(maxsize=1)
def _context() -> frozenset[str]:
    """The context words as stems."""
    return frozenset(iv.stem(iv.fold(w)) for w in CONTEXT_WORDS)


def header_score(header: str, target: str) -> float:
    """How well a header names a target, 0 to 1 (its words against the target's vocabulary)."""
    found = iv.words(header)
    meaningful = tuple(w for w in found if w not in _context()) or found
    if not meaningful:
        return 0.0
    best = 0.0
    for phrase in _vocabulary().get(target, []):
        carried = iv.phrase_match(phrase, meaningful)
        if carried <= 0:
            continue
        covered = sum(max(iv.similar(p, f) for p in phrase) >= 0.82 for f in meaningful)
        best = max(best, carried * (covered / len(meaningful)) ** 0.5)
        joined = " ".join(meaningful)
        best = max(best, iv.difflib.SequenceMatcher(None, joined, " ".join(phrase)).ratio() ** 2)
    return best


def value_fit(target: str, p: Profile) -> tuple[float, float]:
    """How a column's values suit a target: (factor on the header's score, bonus)."""
    kind = target_kind(target)
    if p.filled == 0:
        return (1.0, 0.0)
    if kind == decl.Kind.DATE.value:
        return (1.0, 0.15) if p.dates >= 0.6 else ((0.4, 0.0) if p.dates < 0.3 else (1.0, 0.0))
    if kind in (decl.Kind.MONEY.value, decl.Kind.NUMBER.value):
        return (1.0, 0.15) if p.amounts >= 0.6 else ((0.4, 0.0) if p.amounts < 0.3 else (1.0, 0.0))
    if kind == decl.Kind.FLAG.value:
        return (1.0, 0.15) if p.flags >= 0.6 else ((0.5, 0.0) if p.flags < 0.3 else (1.0, 0.0))
    if target == "status":
        return (1.0, 0.2) if p.statuses >= 0.5 else (1.0, 0.0)
    if target == "risk_class":
        return (1.0, 0.15) if p.risks >= 0.5 else (0.8, 0.0)
    if target == OWNER:
        return (1.0, 0.15) if p.people >= 0.6 else ((0.7, 0.0) if p.people < 0.2 else (1.0, 0.0))
    if target == "title":
        unique = 0.1 if p.distinct >= 0.9 and p.mean_length <= 200 else 0.0
        return (0.6 if p.dates >= 0.8 or p.amounts >= 0.8 else 1.0, unique + 0.05 * p.filled)
    if kind in (decl.Kind.TEXT.value, decl.Kind.LINE.value):
        return (0.6 if p.dates >= 0.8 or p.amounts >= 0.8 else 1.0, 0.05 * p.filled)
    return (1.0, 0.0)


def _values_only(target: str, p: Profile) -> float:
    """A score from the values alone, for a header that names nothing known."""
    if target == "status" and p.statuses >= 0.7 and p.distinct <= 0.5:
        return 0.6
    if target == OWNER and p.people >= 0.8 and p.distinct <= 0.7:
        return 0.56
    return 0.0


def column_scores(header: str, p: Profile) -> dict[str, float]:
    """The score of every target for one column."""
    out = {}
    for target in targets():
        if target == IGNORE:
            continue
        factor, bonus = value_fit(target, p)
        base = header_score(header, target)
        score = base * factor + (bonus if base >= 0.3 else 0.0)
        out[target] = max(score, _values_only(target, p))
    return out


@dataclass
class Suggestion:
    """The suggested mapping with, per column, the score that chose its target and samples."""

    mapping: Mapping
    scores: dict[str, float]
    profiles: dict[str, Profile]


def suggest(headers: Sequence[str], rows: Sequence[Sequence[object]],
            base: Mapping | None = None) -> Suggestion:
    """Suggests a target for every column and a value map for status, risk, yes/no columns.

    `base` (a saved mapping) wins for the columns it names; only the rest are suggested.
    """
    columns = {h: [r[i] if i < len(r) else "" for r in rows] for i, h in enumerate(headers)}
    profiles = {h: profile(v) for h, v in columns.items()}
    chosen: dict[str, str] = {}
    scores: dict[str, float] = {}
    taken: set[str] = set()
    if base is not None:
        for h in headers:
            if h in base.columns:
                chosen[h] = base.columns[h]
                scores[h] = 1.0
                if chosen[h] not in MULTI:
                    taken.add(chosen[h])
    candidates = []
    for h in headers:
        if h in chosen:
            continue
        for target, score in column_scores(h, profiles[h]).items():
            if score >= THRESHOLD:
                candidates.append((score, -headers.index(h), h, target))
    for score, _pos, h, target in sorted(candidates, reverse=True):
        if h in chosen or (target in taken and target not in MULTI):
            continue
        chosen[h] = target
        scores[h] = score
        if target not in MULTI:
            taken.add(target)
    mapping = Mapping(columns={h: chosen.get(h, NOTES) for h in headers})
    for h in headers:
        scores.setdefault(h, 0.0)
    if base is not None:
        mapping.values = {h: dict(v) for h, v in base.values.items()}
        mapping.date_order = dict(base.date_order)
        mapping.decimal_comma = dict(base.decimal_comma)
        mapping.encoding, mapping.separator = base.encoding, base.separator
        mapping.header_row, mapping.sheet, mapping.name = base.header_row, base.sheet, base.name
    complete_values(mapping, headers, rows)
    return Suggestion(mapping, scores, profiles)


@dataclass
class Fit:
    """A saved mapping fitted to a table: the mapping to use and what did not fit."""

    mapping: Mapping
    #: Columns the saved mapping names that the table does not have.
    missing: list[str] = field(default_factory=list)
    #: A missing column → the table's column that now takes its target (renamed, it seems).
    renamed: dict[str, str] = field(default_factory=dict)


def fit(base: Mapping, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Fit:
    """Fits a saved mapping to a table's headers (the one check the window and the command share).

    The columns it names keep their targets; a column it names that the table lacks is
    reported, and its target goes to the table's column suggested for it or, failing that, to
    a new column whose header is nearly the same ("Business owner" → "Business owner name"),
    with the value maps of the old one. Columns it does not name are suggested.
    """
    present = set(headers)
    missing = [h for h in base.columns if h not in present]
    unnamed = [h for h in headers if h not in base.columns]
    renames: dict[str, str] = {}
    for old in missing:
        target = base.columns[old]
        if target in MULTI:
            continue
        close = [(iv.difflib.SequenceMatcher(None, iv.fold(old), iv.fold(h)).ratio(), h)
                 for h in unnamed if h not in renames.values()]
        ratio, new = max(close, default=(0.0, ""))
        if ratio >= 0.75:
            renames[old] = new
    seeded = Mapping(columns=dict(base.columns), values={h: dict(v) for h, v in base.values.items()},
                     date_order=dict(base.date_order), decimal_comma=dict(base.decimal_comma),
                     encoding=base.encoding, separator=base.separator, header_row=base.header_row,
                     sheet=base.sheet, name=base.name)
    for old, new in renames.items():
        seeded.columns[new] = base.columns[old]
        if old in base.values:
            seeded.values.setdefault(new, dict(base.values[old]))
        if old in base.date_order:
            seeded.date_order.setdefault(new, base.date_order[old])
        if old in base.decimal_comma:
            seeded.decimal_comma.setdefault(new, base.decimal_comma[old])
    mapping = suggest(headers, rows, seeded).mapping
    renamed = dict(renames)
    for old in missing:
        target = base.columns[old]
        if old in renamed or target in MULTI:
            continue
        now = [h for h in unnamed if mapping.target(h) == target]
        if now:
            renamed[old] = now[0]
    return Fit(mapping, missing, renamed)


def complete_values(mapping: Mapping, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Adds the suggestion for every value of a mapped status/risk/yes-no column not yet mapped,
    and decides date orders and decimal commas the mapping does not know."""
    for i, h in enumerate(headers):
        target = mapping.target(h)
        column = [r[i] if i < len(r) else "" for r in rows]
        if value_targets(target) is not None:
            table = mapping.values.setdefault(h, {})
            for value in distinct_values(column):
                if value not in table:
                    table[value] = suggest_value(target, value)
        kind = target_kind(target)
        if kind == decl.Kind.DATE.value and h not in mapping.date_order:
            order = iv.slash_order(column)
            if order is not None:
                mapping.date_order[h] = order
        if kind in (decl.Kind.MONEY.value, decl.Kind.NUMBER.value) and h not in mapping.decimal_comma:
            comma = iv.decimal_comma(column)  # only evidence decides; else "1.250" is 1250
            if comma is not None:
                mapping.decimal_comma[h] = comma
    # a column whose a/b/yyyy dates cannot tell follows the other date columns of the sheet
    orders = set(mapping.date_order.values())
    if len(orders) == 1:
        only = orders.pop()
        for h in headers:
            if target_kind(mapping.target(h)) == decl.Kind.DATE.value:
                mapping.date_order.setdefault(h, only)


def distinct_values(column: Sequence[object]) -> list[str]:
    """A column's values as the value map keys them (trimmed text), most frequent first."""
    counts = value_counts(column)
    return [v for v, _n in counts.most_common()]


def value_counts(column: Sequence[object]) -> Counter[str]:
    """How often each value (trimmed text; "" for empty) occurs in a column."""
    return Counter(value_key(v) for v in column)


def value_key(value: object) -> str:
    """The key of a cell in a value map: its text, trimmed, inner spaces collapsed."""
    return " ".join(iv.clean_text(value).split())


def suggest_value(target: str, value: str) -> str:
    """The suggested target value of one distinct value; "" when it is not recognised."""
    if target == "status":
        found: Enum | None = iv.status_word(value) if value else None
        return "" if found is None else str(found.value)
    if target == "risk_class":
        found = iv.risk_word(value) if value else RiskClass.UNCLEAR
        return "" if found is None else str(found.value)
    flag = iv.flag_word(value)
    return "" if flag is None else ("yes" if flag else "no")
