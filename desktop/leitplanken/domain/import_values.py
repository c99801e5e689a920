"""Reading a spreadsheet's cell values: words, dates, amounts, yes/no, status and risk words.

Pure functions without Qt or storage. A value that cannot be read returns None and the
caller keeps the original text in the use case's notes; nothing is guessed silently. Dates
decide day-first or month-first per column (`date_order`), because "03/04/2024" is either,
and only the other values of the same column can tell.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache

from leitplanken.domain.import_words import (
    MONTHS,
    NO_WORDS,
    RISK_WORDS,
    STATUS_WORDS,
    STOP_WORDS,
    YES_WORDS,
)
from leitplanken.domain.model import RiskClass, Status

#: Endings taken off a word before comparing ("Kosten" and "cost", "Zuständige" and "zuständig").
_SUFFIXES = ("ungen", "ung", "ies", "es", "en", "er", "em", "e", "s", "n")

#: The day Excel counts its serial dates from (1900 system, with its leap-year quirk).
_EXCEL_EPOCH = date(1899, 12, 30)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents ("Jürg" and "jurg" match): for matching, never for storing."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def fold_umlauts(text: str) -> str:
    """Like fold, but with the German umlauts written out ("Müller" and "MUELLER" → "mueller")."""
    return fold(text.casefold().translate(_UMLAUTS))


def looks_like_formula(text: str) -> bool:
    """Whether a text would be a formula in a spreadsheet ("=owner", "+cmd|' /C calc'!A0")."""
    return text.startswith(_FORMULA_STARTS)


@lru_cache(maxsize=20_000)
def stem(word: str) -> str:
    """A word without the endings English and German add (good enough to compare headers)."""
    w = word
    for _ in range(2):
        for suffix in _SUFFIXES:
            if len(w) - len(suffix) >= 3 and w.endswith(suffix):
                w = w[: -len(suffix)]
                break
        else:
            break
    return w


@lru_cache(maxsize=20_000)
def words(text: str) -> tuple[str, ...]:
    """The stems of a text's words, folded, without digits-only words and stop words."""
    tokens = [t for t in _WORD.findall(fold(text).replace("/", " ")) if not t.isdigit()]
    stop = _folded(STOP_WORDS)
    return tuple(stem(t) for t in tokens if t not in stop)


@lru_cache(maxsize=8)
def _folded(vocabulary: frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    """A word list folded once (it is compared with folded values)."""
    return frozenset(fold(w) for w in vocabulary)


@lru_cache(maxsize=200_000)
def similar(a: str, b: str) -> float:
    """How well a found stem `b` carries a vocabulary stem `a`: 1 equal, 0.9 when `b` is a
    compound that starts or ends with `a` ("Testbetrieb", "Projektbezeichnung"), else difflib."""
    if a == b:
        return 1.0
    if len(a) >= 4 and (b.startswith(a) or b.endswith(a)):
        return 0.9
    bound = 2 * min(len(a), len(b)) / (len(a) + len(b))
    if bound < 0.8:  # difflib could not reach a match: its ratio is at most this
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.ratio() if matcher.real_quick_ratio() >= 0.8 and matcher.quick_ratio() >= 0.8 else 0.0


def phrase_match(phrase: tuple[str, ...], found: tuple[str, ...]) -> float:
    """How well the words `found` carry a phrase: the share of its words present, fuzzily."""
    if not phrase or not found:
        return 0.0
    total = 0.0
    for p in phrase:
        best = max(similar(p, f) for f in found)
        total += best if best >= 0.82 else 0.0
    return total / len(phrase)


#: Control characters a cell loses (line breaks and tabs stay), and the invisible ones that
#: hide a value's start: zero-width spaces and joiners, and a byte-order mark inside a file
#: (two exports joined into one).
_CONTROL = ({c: None for c in range(32) if chr(c) not in "\n\t"} | {0x7F: None}
            | {c: None for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)})


def clean_text(value: object) -> str:
    """A cell as stored text: trimmed, line breaks as \\n, control characters dropped."""
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return text.translate(_CONTROL) if not text.isprintable() else text


#: What the program's exports put an apostrophe before (a spreadsheet would run it as a formula).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def without_formula_guard(value: object) -> object:
    """A cell without the apostrophe an export put before formula-like text ("'=1+1" → "=1+1"),
    so a list re-imports as it was exported; other cells as they are. The text is only
    stored, never evaluated, and every export guards it again."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(_FORMULA_STARTS):
        return value[1:]
    return value


def is_empty(value: object) -> bool:
    """Whether a cell holds nothing (also only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


# -- words for enums and flags ------------------------------------------------------------


def _vocabulary(table: dict) -> list[tuple[tuple[str, ...], Enum]]:
    """Each phrase of a word table as stems, longest first (a phrase beats one of its words)."""
    out = [(words(p), key) for key, phrases in table.items() for p in phrases]
    return sorted((o for o in out if o[0]), key=lambda o: -len(o[0]))


@lru_cache(maxsize=1)
def _status_vocabulary() -> list[tuple[tuple[str, ...], Enum]]:
    """The status phrases as stems."""
    return _vocabulary(STATUS_WORDS)


@lru_cache(maxsize=1)
def _risk_vocabulary() -> list[tuple[tuple[str, ...], Enum]]:
    """The risk-class phrases as stems."""
    return _vocabulary(RISK_WORDS)


def _enum_word(value: str, vocabulary: list[tuple[tuple[str, ...], Enum]], values: Iterable[Enum],
               raw: str) -> Enum | None:
    """The enum a word stands for: its own value, else the longest phrase it contains."""
    if len(raw) > SHORT:
        return None
    folded = fold(raw).strip()
    for member in values:
        if folded == str(member.value).replace("_", " "):
            return member
    found = words(value)
    if not found:
        return None
    best: tuple[float, int, int, Enum] | None = None
    order = {m: i for i, m in enumerate(values)}
    present = set(found)
    negated = _negated(folded, found, vocabulary)
    for phrase, member in vocabulary:
        if all(p in present for p in phrase):  # every word of the phrase is there
            score = 1.0
            if negated and not any(p in _negation_stems() for p in phrase):
                continue  # "nicht umgesetzt" never means "umgesetzt"; "kein Risiko" may
        elif len(found) == 1 and len(phrase) == 1 and not negated:  # misspelt ("Pliot")
            score = similar(phrase[0], found[0])
            if score < FUZZY:
                continue
        else:
            continue
        key = (score, len(phrase), order.get(member, 0), member)
        if best is None or key[:3] > best[:3]:
            best = key
    return best[3] if best else None


#: Values longer than this are prose, never a status, risk or yes/no word.
SHORT = 60

#: How similar a single misspelt word must be to a vocabulary word to stand for it.
FUZZY = 0.88

#: Words that turn a value's meaning around ("nicht umgesetzt", "no longer active").
NEGATIONS = frozenset({"nicht", "kein", "keine", "keiner", "keinen", "keines", "not", "no", "non",
                       "never", "nie", "niemals", "ohne", "without", "nor", "weder", "noch nicht"})
#: Prefixes that negate the word they stand before ("inactive", "unused", "nonproduction").
NEGATING_PREFIXES = ("nicht", "non", "not", "un", "in", "im")


@lru_cache(maxsize=1)
def _negation_stems() -> frozenset[str]:
    """The negation words as the stems a vocabulary phrase holds ("kein Risiko")."""
    return frozenset(stem(fold(w)) for w in NEGATIONS)


def _negated(folded: str, found: tuple[str, ...],
             vocabulary: list[tuple[tuple[str, ...], Enum]]) -> bool:
    """Whether a value negates what it names: a negation word, or a vocabulary word behind a
    negating prefix ("inactive", "unproduktiv"), which no fuzziness may read as the word itself."""
    if any(t in NEGATIONS for t in _WORD.findall(folded.replace("-", " "))):
        return True
    known = {w for phrase, _m in vocabulary for w in phrase}
    for word in found:
        if word in known:
            continue
        for prefix in NEGATING_PREFIXES:
            rest = word[len(prefix):].lstrip("-")
            if word.startswith(prefix) and len(rest) >= 4 and (
                    rest in known or any(similar(k, rest) >= FUZZY for k in known)):
                return True
    return False


@lru_cache(maxsize=50_000)
def status_word(value: str) -> Enum | None:
    """The status a word means ("in Betrieb", "Deployed" → regular operation); None unknown."""
    return _enum_word(value, _status_vocabulary(), list(Status), value)


@lru_cache(maxsize=50_000)
def risk_word(value: str) -> Enum | None:
    """The risk class a word means ("hoch", "limited" …); None unknown."""
    return _enum_word(value, _risk_vocabulary(), list(RiskClass), value)


def flag_word(value: object) -> bool | None:
    """True for yes-words, False for no-words, None when it says neither or is empty (an
    empty cell is not "no": the import says it keeps the field's default)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = fold(clean_text(value)).strip(" .!")
    if not text:
        return None
    if text in _folded(YES_WORDS):
        return True
    if text in _folded(NO_WORDS):
        return False
    first = text.split()[0].strip(",.;:")
    if first in ("yes", "ja"):
        return True
    if first in ("no", "nein"):
        return False
    return None


# -- dates ---------------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_SLASHED = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?)?$", re.I)
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})[/.\-](\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_NAMED = re.compile(r"^(?:(\d{1,2})\.?\s+)?([^\W\d_]+)\.?,?\s+(?:(\d{1,2}),?\s+)?(\d{4})$", re.UNICODE)


def _year(text: str) -> int:
    """A year of two digits as this century's (24 → 2024), four digits as they are."""
    year = int(text)
    return 2000 + year if year < 100 else year


def _make(year: int, month: int, day: int) -> date | None:
    """A date, or None when the parts name no day (31.02.)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def slash_order(values: Iterable[object]) -> str | None:
    """Whether a column's a/b/yyyy dates are day-first ("dmy") or month-first ("mdy"); None: no telling."""
    day_first = month_first = False
    for value in values:
        m = _SLASHED.match(clean_text(value)) if isinstance(value, str) else None
        if not m:
            continue
        a, b = int(m.group(1)), int(m.group(2))
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
    if day_first == month_first:
        return None
    return "dmy" if day_first else "mdy"


def excel_serial(number: float) -> date | None:
    """An Excel serial day number (1900 system) as a date; None outside 1900-9999."""
    if not 1 <= number < 2_958_466:
        return None
    return _EXCEL_EPOCH + timedelta(days=int(number))


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month names folded like the values they are compared with ("märz" → "marz")."""
    return {fold(name): number for name, number in MONTHS.items()}


def parse_date(value: object, order: str = "dmy") -> date | None:
    """A date in any common form (ISO, 15.03.2024, 3/15/2024 by `order`, 01/2024, März 2024,
    an XLSX date or serial number); None when the value is not a date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return excel_serial(float(value)) if 20_000 <= value < 80_000 else None
    text = clean_text(value)
    if not text:
        return None
    if m := _ISO.match(text):
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _DOTTED.match(text):
        return _make(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
    if m := _SLASHED.match(text):
        a, b, year = int(m.group(1)), int(m.group(2)), _year(m.group(3))
        return _make(year, a, b) if order == "mdy" else _make(year, b, a)
    if m := _MONTH_YEAR.match(text):
        return _make(int(m.group(2)), int(m.group(1)), 1)
    if m := _YEAR_MONTH.match(text):
        return _make(int(m.group(1)), int(m.group(2)), 1)
    if m := _YEAR.match(text):
        year = int(m.group(1))
        return date(year, 1, 1) if 1900 <= year <= 2200 else None
    if m := _NAMED.match(text):
        month = _months().get(fold(m.group(2)).rstrip("."))
        if month is None:
            return None
        day = m.group(1) or m.group(3) or "1"
        return _make(int(m.group(4)), month, int(day))
    if text.isdigit() and len(text) == 5:
        return excel_serial(float(text))
    return None


# -- amounts -------------------------------------------------------------------------------

#: Currency marks an amount may carry before or after it, with the code each stands for.
_CURRENCIES = {"chf": "CHF", "fr": "CHF", "sfr": "CHF", "eur": "EUR", "€": "EUR", "usd": "USD",
               "us$": "USD", "$": "USD", "gbp": "GBP", "£": "GBP", "jpy": "JPY", "¥": "JPY"}
_CURRENCY = re.compile(r"^(?:(?P<pre>chf|s?fr\.?|eur|usd|us\$|gbp|jpy|[€$£¥])\s*)?(?P<rest>.*?)"
                       r"(?:\s*(?P<post>chf|s?fr\.?|eur|usd|gbp|jpy|[€$£¥]))?$", re.I)
#: Words for "about" in front of an amount ("ca. 5000"): read, but the original is kept.
_ABOUT = re.compile(r"^(?:ca\.?|circa|approx\.?|about|rund|etwa|~)\s*", re.I)
#: Multiplier words after a number ("5k", "1,5 Mio."), as powers of ten.
_MULTIPLIERS = (
    (re.compile(r"\s*(?:k|tsd\.?|tausend|thousand)$", re.I), 3),
    (re.compile(r"\s*(?:mio\.?|mn|m|million(?:s|en)?)$", re.I), 6),
    (re.compile(r"\s*(?:mrd\.?|mia\.?|bn|billion(?:s)?|milliarden?)$", re.I), 9),
)
_NO_CENTS = re.compile(r"[.,]\s*[-–—]+$")  # "500.–" / "500,-"
_GROUPS = str.maketrans("", "", "'’\u00a0\u202f\u2009 ")
_NUMBER = re.compile(r"^\d[\d.,]*$|^[.,]\d+$")


class AmountReading:
    """An amount cell as read: the number (None when it cannot be read safely), the foreign
    currency it names (the amount is then left empty, never converted), and whether it was
    read from a shorthand ("5k", "ca. 5000") so the original should stay visible."""

    __slots__ = ("currency", "number", "shorthand")

    def __init__(self, number: Decimal | None, currency: str = "", shorthand: bool = False) -> None:
        """Keeps what was read."""
        self.number = number
        self.currency = currency
        self.shorthand = shorthand


def decimal_comma(values: Iterable[object]) -> bool | None:
    """Whether a column shows that a lone separator before three digits ("1,250") is its decimal
    mark: True for the comma, False for the point, None when nothing in it tells (then such a
    value is read with a thousands mark, "1.250" = 1250, as amounts are nearly always written).

    Evidence is a value where that separator cannot be a thousands mark: the other mark groups
    the thousands before it ("1.234,567"), or no thousands stand before it ("0,125", "1234,567").
    """
    comma = point = False
    for value in values:
        if not isinstance(value, str):
            continue
        text = value.strip().translate(_GROUPS)
        for mark, other in ((",", "."), (".", ",")):
            if re.search(rf"^[-−]?(?:0|\d{{4,}}|\d{{1,3}}(?:\{other}\d{{3}})+){re.escape(mark)}\d{{3}}\D*$", text):
                if mark == ",":
                    comma = True
                else:
                    point = True
    if comma == point:
        return None
    return comma


def read_amount(value: object, comma_decimal: bool | None = None, places: int = 2,
                currency: str | None = None) -> AmountReading:
    """Reads an amount: "1'200.50", "Fr. 1'200.50", "1.200,50", "CHF 500.–", "$1,500", "5k",
    "1,5 Mio.", an XLSX number. A value with both marks takes the last one as the decimal
    mark; a lone mark before exactly three digits is a thousands mark unless `comma_decimal`
    says otherwise (decimal_comma found evidence, or a saved mapping decided); percentages,
    ranges and words are not amounts. With `currency`, an amount in another currency is
    reported by its code and has no number."""
    if isinstance(value, bool):
        return AmountReading(None)
    if isinstance(value, (int, float)):
        try:
            return AmountReading(_quantized(Decimal(str(value)), places))
        except InvalidOperation:
            return AmountReading(None)
    text = clean_text(value)
    if not text or len(text) > 60 or "%" in text:
        return AmountReading(None)
    shorthand = False
    if m := _ABOUT.match(text):
        text, shorthand = text[m.end():], True
    sign = 1
    if text[:1] in "-−":
        sign, text = -1, text[1:].lstrip()
    m = _CURRENCY.match(text)
    found = ""
    if m:
        pre, post = m.group("pre"), m.group("post")
        if pre and post:
            return AmountReading(None)
        mark = (pre or post or "").casefold().rstrip(".")
        found = _CURRENCIES.get(mark, "") if mark else ""
        text = m.group("rest")
    if text[:1] in "-−" and sign == 1:
        sign, text = -1, text[1:].lstrip()
    text = _NO_CENTS.sub("", text)
    power = 0
    for pattern, exponent in _MULTIPLIERS:
        if (mm := pattern.search(text)) and mm.start() > 0 and text[mm.start() - 1].isdigit():
            text, power, shorthand = text[: mm.start()], exponent, True
            break
    text = text.strip()
    plain = text.translate(_GROUPS)
    digits = _plain_digits(plain, comma_decimal, grouped=plain != text)
    if digits is None:
        return AmountReading(None)
    try:
        number = Decimal(digits).scaleb(power) * sign
    except InvalidOperation:
        return AmountReading(None)
    if currency is not None and found and found != currency.upper():
        return AmountReading(None, found, shorthand)
    return AmountReading(_quantized(number, places), "", shorthand)


def _plain_digits(text: str, comma_decimal: bool | None, grouped: bool) -> str | None:
    """The digits of a number with its marks decided ("1.200,50" → "1200.50"); None if not a number."""
    if not _NUMBER.match(text) or len(text) > 40:
        return None
    commas, points = text.count(","), text.count(".")
    if commas and points:  # the later mark separates the decimals, the other groups
        decimal, group = (",", ".") if text.rfind(",") > text.rfind(".") else (".", ",")
        if text.count(decimal) > 1:
            return None
        whole, frac = text.split(decimal)
        if not re.fullmatch(rf"\d{{1,3}}(?:\{group}\d{{3}})*", whole):
            return None
        return whole.replace(group, "") + "." + frac
    mark = "," if commas else "." if points else ""
    if not mark:
        return text
    if text.count(mark) > 1:  # "1.500.000": only a thousands mark repeats
        return text.replace(mark, "") if re.fullmatch(rf"\d{{1,3}}(?:\{mark}\d{{3}})+", text) else None
    whole, frac = text.split(mark)
    if len(frac) == 3 and whole and whole != "0" and not grouped:
        is_decimal = comma_decimal is not None and comma_decimal == (mark == ",")
        return whole + ("." if is_decimal else "") + frac
    if grouped and len(frac) == 3:  # "1'200.500" never; "1 500,000" is a thousands mark
        return whole + frac
    return (whole or "0") + "." + frac


def _quantized(number: Decimal, places: int) -> Decimal | None:
    """A number rounded to `places` decimals; None when it is no finite amount."""
    if not number.is_finite():
        return None
    try:
        return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except InvalidOperation:  # more digits than a Decimal carries: no amount anyone typed
        return None


def parse_amount(value: object, comma_decimal: bool | None = None, places: int = 2) -> Decimal | None:
    """The number of an amount in any currency (read_amount's rules); None if it is none."""
    return read_amount(value, comma_decimal, places).number


# -- people --------------------------------------------------------------------------------

#: Lower-case words inside names ("Anna von Arx", "Luca de Boer").
_NAME_PARTICLES = frozenset({"von", "van", "de", "di", "du", "der", "den", "zu", "le", "la", "da", "dos"})
_NAME_PART = re.compile(r"^[^\W\d_][^\W\d_'’.\-]*(?:[-'’][^\W\d_]+)*\.?$", re.UNICODE)


def looks_like_person(value: object) -> bool:
    """Whether a cell reads like a person's name ("Anna Keller", "Keller, Anna", "Dr. J. Müller")."""
    if not isinstance(value, str):
        return False
    text = clean_text(value)
    if not 3 <= len(text) <= 60 or "\n" in text:
        return False
    parts = text.replace(",", " ").split()
    if not 2 <= len(parts) <= 4:
        return False
    if not all(_NAME_PART.match(p) for p in parts):
        return False
    if not all(p[0].isupper() or p in _NAME_PARTICLES for p in parts):
        return False
    return status_word(text) is None and flag_word(text) is None
