"""How big a value may be, declared once per kind of field.

A small company's AI inventory needs titles of a line, descriptions of a few pages and amounts
below a trillion; nothing here is tight for that. The limits exist so that a pasted novel, a
27-digit amount or a 200 MB spreadsheet gets a clear message instead of freezing the window,
the PDF or the file. The editors stop input at these limits, the CSV import cuts (and says
so), storage refuses a stored value beyond them, and the record bounds its work by them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from leitplanken.domain.fields import Field, Kind


@dataclass(frozen=True)
class TextLimit:
    """The most characters a text value of a kind may hold (for TAGS: each tag, and how many)."""

    chars: int
    count: int = 1


@dataclass(frozen=True)
class NumberLimit:
    """The range of an amount or number: |x| below 10**digits, at most `places` decimals."""

    digits: int
    places: int

    @property
    def bound(self) -> Decimal:
        """The first magnitude that is too large (10**digits)."""
        return Decimal(10) ** self.digits


#: Characters per kind of text field. LINE: a title or a name; TEXT: a few printed pages;
#: CODE: a locale, a key, a UUID, a time stamp.
TEXT_LIMITS: dict[Kind, TextLimit] = {
    Kind.LINE: TextLimit(500),
    Kind.TEXT: TextLimit(20_000),
    Kind.CODE: TextLimit(100),
    Kind.REF: TextLimit(100),
    Kind.TAGS: TextLimit(100, count=50),
}

#: Ranges per kind of number: amounts below a trillion in cents, hours to four decimals.
NUMBER_LIMITS: dict[Kind, NumberLimit] = {
    Kind.MONEY: NumberLimit(digits=12, places=2),
    Kind.NUMBER: NumberLimit(digits=12, places=4),
}

#: Decimals a stored number may carry: more than any version ever wrote, few enough to format.
STORED_PLACES = 20

#: The characters of a stamp column (uuid, modified_at): no stamp is longer.
STAMP_CHARS = 100

#: A CSV import refuses files larger than this (a 10,000-row inventory is a few MB).
CSV_MAX_BYTES = 50 * 1024 * 1024
#: … and files with more data rows than this (an XLSX sheet too).
CSV_MAX_ROWS = 20_000
#: … and tables wider than this (the 2024 federal inventory has 62 columns).
CSV_MAX_COLUMNS = 1_000
#: A mapping file is refused beyond this size (the 62 columns of the federal inventory with
#: their value maps take 10 KB) …
MAPPING_MAX_CHARS = 2 * 1024 * 1024
#: … and beyond this nesting of objects and lists (the format needs 3), before it is parsed.
MAPPING_MAX_DEPTH = 6
#: An XLSX is a zip: refused before unpacking when its parts would unpack to more than this
#: (a 50 MB workbook of text unpacks to a few hundred MB at most) …
XLSX_MAX_UNPACKED_BYTES = 400 * 1024 * 1024
#: … or when a part over 10 MB compresses better than this (text and XML reach 10-30; a zip
#: bomb reaches 1,000 and more).
XLSX_MAX_RATIO = 150

#: The decision record refuses more use cases than this (three pages or more each): the
#: public 1,757-case inventory still prints in about two minutes; 50,000 would take hours.
PDF_MAX_USE_CASES = 2_000


def text_limit(kind: Kind) -> TextLimit | None:
    """The text limit of a kind of field; None for kinds that are not text."""
    return TEXT_LIMITS.get(kind)


def max_chars(f: Field) -> int | None:
    """The most characters a text field (or one tag) may hold; None for non-text fields."""
    limit = TEXT_LIMITS.get(f.kind)
    return None if limit is None else limit.chars


def number_limit(kind: Kind) -> NumberLimit | None:
    """The range of a kind of number; None for kinds that are not decimal numbers."""
    return NUMBER_LIMITS.get(kind)


def text_too_long(f: Field, value: object) -> str | None:
    """Why a text value is beyond its field's limit ("25000 characters, at most 20000"); None if fine."""
    limit = TEXT_LIMITS.get(f.kind)
    if limit is None:
        return None
    if f.kind is Kind.TAGS:
        tags = list(value) if isinstance(value, (list, tuple)) else []
        if len(tags) > limit.count:
            return f"{len(tags)} tags, at most {limit.count}"
        longest = max((len(str(t)) for t in tags), default=0)
        if longest > limit.chars:
            return f"a tag of {longest} characters, at most {limit.chars}"
        return None
    length = len(str(value))
    if length > limit.chars:
        return f"{length} characters, at most {limit.chars}"
    return None


def cut_text(f: Field, value: str) -> str:
    """A text value shortened to its field's limit (the CSV import says when it does this)."""
    chars = max_chars(f)
    return value if chars is None or len(value) <= chars else value[:chars]


def cut_tags(tags: list[str]) -> list[str]:
    """Tags within the TAGS limits: the first ones, each shortened."""
    limit = TEXT_LIMITS[Kind.TAGS]
    return [t[: limit.chars] for t in tags[: limit.count]]


def number_out_of_range(kind: Kind, value: Decimal, *, stored: bool = False) -> str | None:
    """Why a number is outside its kind's range; None if fine.

    Typing and importing are held to the kind's decimals; a stored value only to
    STORED_PLACES, so a file an older version wrote with more decimals still opens.
    """
    limit = NUMBER_LIMITS.get(kind)
    if limit is None:
        return None
    try:
        if not value.is_finite():
            return "not a finite number"
        if abs(value) >= limit.bound:
            return f"not below 10^{limit.digits}"
        if _places(value) > (STORED_PLACES if stored else limit.places):
            return f"more than {STORED_PLACES if stored else limit.places} decimals"
    except (InvalidOperation, ArithmeticError):
        return "not a usable number"
    return None


def _places(value: Decimal) -> int:
    """The decimals a finite number really has ("1.50" has one), without rounding anything."""
    _sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing)) if any(digits) else 0


def canonical_number(value: Decimal) -> Decimal:
    """A number as stored: minus zero is zero (it would print as "-0.00")."""
    return value.copy_abs() if value.is_zero() else value
