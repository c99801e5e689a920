"""Gentle hints on the problem statement: the article's first question asks for a concrete problem.

Not „Effizienz steigern“, but „Wiederkehrende Anfragen automatisiert beantworten“. This module
finds the buzzwords that stand in for a problem (in German and English, any inflection) and tells
when a statement is too short to name one. It only warns; the user decides.
"""

from __future__ import annotations

import bisect
import functools
import re

from leitplanken.domain.finding import Finding, Severity
from leitplanken.domain.model import UseCase

#: A problem statement with fewer words than this names no concrete problem yet.
MIN_WORDS = 4
#: Content words (beyond buzzwords and filler) a statement needs to count as concrete.
MIN_CONTENT_WORDS = 3

# Up to three words may stand between the parts of a phrase ("Effizienz im Verkauf steigern").
_GAP = r"\s+(?:[\w-]+\s+){0,3}?"

# Ordered from long to short: the longest phrase wins where patterns overlap.
_PATTERNS: tuple[str, ...] = (
    # German
    rf"\beffizienz\w*{_GAP}(?:zu\s+)?(?:steiger|erhöh|verbesser|optimier)\w*",
    r"\b(?:steiger|erhöh|verbesser|optimier)\w*\s+(?:der\s+|die\s+|unserer\s+|unsere\s+)?effizienz\w*",
    rf"\bprozess\w*{_GAP}(?:zu\s+)?(?:verbesser|optimier|beschleunig|vereinfach|verschlank|digitalisier)\w*",
    r"\b(?:verbesser|optimier|beschleunig|vereinfach|verschlank)\w*\s+(?:der\s+|die\s+|von\s+|unserer\s+|unsere\s+)?(?:\w+\s+)?prozess\w*",
    rf"\bkosten{_GAP}(?:zu\s+)?(?:senk|reduzier|spar|verringer)\w*",
    r"\b(?:senk|reduzier|verringer|spar)\w*\s+(?:der\s+|die\s+|von\s+|unserer\s+|unsere\s+)?kosten\b",
    r"\bkosten(?:senkung|reduktion|reduzierung|einsparung|ersparnis)\w*",
    rf"\bproduktivität{_GAP}(?:zu\s+)?(?:steiger|erhöh|verbesser)\w*",
    r"\b(?:steiger|erhöh|verbesser)\w*\s+(?:der\s+|die\s+|unserer\s+|unsere\s+)?produktivität\b",
    rf"\bzeit(?:\s+und\s+geld)?{_GAP}(?:zu\s+)?spar\w*",
    r"\bzeitersparnis\w*",
    r"\beffizien\w*",
    r"\boptimier\w*",
    r"\bdigitalisier\w*",
    r"\bproduktiv(?:ität|er)\w*",
    r"\bmodernisier\w*",
    r"\bwettbewerbsfähig\w*",
    r"\bsynergie\w*",
    r"\binnovativ\w*",
    # English
    rf"\b(?:improv|increas|boost|rais|enhanc|driv|maximi[sz])\w*{_GAP}efficienc\w*",
    rf"\b(?:improv|increas|boost|rais|enhanc|maximi[sz])\w*{_GAP}productivity\b",
    rf"\b(?:improv|optimi[sz]|streamlin|speed\w*\s+up)\w*{_GAP}process\w*",
    r"\bprocess\s+(?:improvement|optimi[sz]ation)s?\b",
    rf"\b(?:cut|cutting|reduc|lower|sav)\w*{_GAP}costs?\b",
    r"\bcost\s+(?:savings?|reductions?|cutting|cuts)\b",
    r"\bsav\w*\s+(?:time|money)(?:\s+and\s+(?:time|money))?\b",
    r"\btime\s+savings?\b",
    r"\bdigital\s+transformation\b",
    r"\befficien\w*",
    r"\boptimi[sz]\w*",
    r"\bstreamlin\w*",
    r"\bproductivity\b",
    r"\bdigiti[sz]\w*",
    r"\bmoderni[sz]\w*",
    r"\bsynerg\w*",
    r"\bcompetitive(?:ness)?\b",
)


@functools.cache
def _compiled() -> tuple[re.Pattern[str], ...]:
    """The patterns, compiled on first use (not at start-up: the window needs none of them)."""
    return tuple(re.compile(p, re.IGNORECASE) for p in _PATTERNS)


def compile_patterns() -> None:
    """Compiles the patterns ahead of their first use (a window does this while idle)."""
    _compiled()
    _any()


@functools.cache
def _any() -> re.Pattern[str]:
    """One pass over the text that finds whether any pattern can match at all: most
    statements hold no buzzword, and the 37 single scans are what a register of thousands
    pays for."""
    return re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)

_WORD = re.compile(r"[^\W\d_][\w'’-]*")

# Words that carry no problem of their own; what is left after them and the buzzwords must
# still name something.
_FILLER_WORDS = """
    wir wollen möchten sollen soll will unser unsere unserer unseres die der das den dem des
    und oder mit mithilfe durch für zum zur um bei von vom werden wird mehr besser generell
    allgemein insgesamt gesamten ganzen ganze bereich bereichen alle allen überall noch
    künstliche künstlicher intelligenz einsatz einsetzen nutzen unternehmen firma betrieb
    ein eine einen einer deutlich stark massiv möglichst sein ist sind
    the we want wants our and or with using through for to by from more better general
    overall whole all across company business artificial intelligence use make become be
    is are an much significantly greatly possible
"""
_FILLER = frozenset(_FILLER_WORDS.split())


def _spans(text: str) -> list[tuple[int, int]]:
    """Non-overlapping spans of buzzword phrases, in text order (longest patterns first)."""
    return list(_cached_spans(text))


@functools.lru_cache(maxsize=4096)
def _cached_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Non-overlapping spans of buzzword phrases, in text order (longest patterns first).

    The spans taken so far stay sorted and disjoint, so only the one starting just before a new
    match's end can overlap it: a bisection keeps long texts fast. Cached: the readiness check
    asks for the phrases and for the words around them of the same text.
    """
    if _any().search(text) is None:
        return ()
    starts: list[int] = []
    taken: list[tuple[int, int]] = []
    for pattern in _compiled():
        for match in pattern.finditer(text):
            start, end = match.span()
            index = bisect.bisect_left(starts, end)
            if index and taken[index - 1][1] > start:
                continue
            starts.insert(index, start)
            taken.insert(index, (start, end))
    return tuple(taken)


def vague_phrases(text: str | None) -> list[str]:
    """The buzzword phrases in a problem statement as written ("Effizienz steigern"), no repeats."""
    if not text:
        return []
    seen: dict[str, str] = {}
    for start, end in _spans(text):
        phrase = " ".join(text[start:end].split())
        seen.setdefault(phrase.casefold(), phrase)
    return list(seen.values())


def words(text: str | None) -> list[str]:
    """The words of a text (numbers and punctuation left out)."""
    return _WORD.findall(text or "")


def is_too_short(text: str | None) -> bool:
    """Whether a non-empty statement is too short to name a concrete problem."""
    return bool((text or "").strip()) and len(words(text)) < MIN_WORDS


def content_words(text: str | None) -> list[str]:
    """Words that remain once buzzwords and filler are taken out: what the statement is about."""
    text = text or ""
    parts, last = [], 0
    for start, end in _spans(text):
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    rest = " ".join(parts)
    return [w for w in words(rest) if len(w) >= 3 and w.casefold() not in _FILLER]


def is_vague_only(text: str | None) -> bool:
    """Whether the statement is buzzwords with hardly anything concrete around them."""
    return bool(vague_phrases(text)) and len(content_words(text)) < MIN_CONTENT_WORDS


def is_concrete_problem(text: str | None) -> bool:
    """Whether a problem statement names something concrete enough for regular operation."""
    return bool((text or "").strip()) and not is_too_short(text) and not is_vague_only(text)


def problem_findings(use_case: UseCase) -> list[Finding]:
    """Hints for the overview: buzzwords found ("problem.vague"), statement too short."""
    text = use_case.problem
    found: list[Finding] = []
    if not text.strip():
        return found
    where = {"tab": "overview", "field": "problem"}
    if is_too_short(text):
        found.append(Finding("problem.too_short", "hint", use_case.uuid,
                             params={**where, "words": len(words(text)), "minimum": MIN_WORDS}))
    phrases = vague_phrases(text)
    if phrases:
        severity: Severity = "warning" if is_vague_only(text) else "hint"
        found.append(Finding("problem.vague", severity, use_case.uuid,
                             params={**where, "phrases": phrases}))
    return found
