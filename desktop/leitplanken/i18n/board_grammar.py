"""The board's name inside a sentence, grammatically right in German and English.

The company names its board itself ("Verwaltungsrat", "Geschäftsleitung", "Beirat",
"Vorstand", or its own word). German needs the article and case of that noun ("der
Verwaltungsrat", "des Verwaltungsrats", "die Geschäftsleitung"); a translated sentence cannot
know them, so the record's sentences take the phrase ready-made from here. A name whose
gender cannot be told from its last word is put in quotes behind "Gremium" ("das Gremium
„Aufsicht Nord“"), which is right whatever it is, instead of guessing "Der/die".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: German nouns (by ending of the name's last word) with gender and genitive ending.
#: Longest endings first, so "Verwaltungsrat" is found by "rat", "Gremium" by "gremium".
_GERMAN_ENDINGS: tuple[tuple[str, str, str], ...] = (
    ("gremium", "n", "gremiums"),
    ("komitee", "n", "komitees"),
    ("kollegium", "n", "kollegiums"),
    ("präsidium", "n", "präsidiums"),
    ("direktorium", "n", "direktoriums"),
    ("ausschuss", "m", "ausschusses"),
    ("vorstand", "m", "vorstands"),
    ("rat", "m", "rats"),
    ("leitung", "f", "leitung"),
    ("führung", "f", "führung"),
    ("kommission", "f", "kommission"),
    ("versammlung", "f", "versammlung"),
    ("direktion", "f", "direktion"),
    ("konferenz", "f", "konferenz"),
    ("runde", "f", "runde"),
)
_ARTICLES = {  # nominative, genitive, dative, accusative
    "m": ("der", "des", "dem", "den"),
    "f": ("die", "der", "der", "die"),
    "n": ("das", "des", "dem", "das"),
}
_WORD = re.compile(r"^[A-Za-zÄÖÜäöüß-]+$")


@dataclass(frozen=True)
class BoardPhrases:
    """The board in the three places a record's sentences need it, article included.

    German: nominative "der Verwaltungsrat", genitive "des Verwaltungsrats", dative "dem
    Verwaltungsrat", accusative "den Verwaltungsrat" ("für den Verwaltungsrat"). English: "the
    board of directors" in each ("of"/"to" are in the sentence).
    """

    nominative: str
    genitive: str
    dative: str
    accusative: str


def capitalised(text: str) -> str:
    """A phrase at the start of a sentence ("der Verwaltungsrat" → "Der Verwaltungsrat")."""
    return text[:1].upper() + text[1:]


def board_phrases(name: str, language: str, fallback: str) -> BoardPhrases:
    """The board's name `name` (or `fallback`, the record's word for a board) in sentences."""
    name = " ".join(name.split()) or fallback
    if language.startswith("de"):
        return _german(name, language == "de_CH")
    return BoardPhrases(*(4 * (_english(name),)))


def interface_phrases(name: str, language: str, fallback: str) -> BoardPhrases:
    """The board in the window's sentences and titles: as in the record, but shorter in English.

    A German board name in an English interface reads "the board of directors", without the
    record's German name in brackets beside it (tabs and hints have no room for both).
    """
    name = " ".join(name.split()) or fallback
    if language.startswith("de"):
        return _german(name, language == "de_CH")
    english = _ENGLISH_FOR.get(name.casefold())
    return BoardPhrases(*(4 * ((f"the {english}" if english else _english(name)),)))


#: German board names an English record says in English, the company's own word beside it.
_ENGLISH_FOR = {"verwaltungsrat": "board of directors", "geschäftsleitung": "executive board",
                "geschäftsführung": "management", "beirat": "advisory board",
                "vorstand": "executive board", "gremium": "board",
                "aufsichtsrat": "supervisory board", "stiftungsrat": "foundation board"}


#: English nouns for a board that are common nouns, written small after "the" ("Board" →
#: "the board"); any other single word is taken as the company's own name for it.
_ENGLISH_NOUNS = frozenset({"board", "committee", "council", "management", "directors",
                            "trustees", "executive", "presidium", "directorate"})


def _english(name: str) -> str:
    """"the" before the name, unless the name already starts with an article.

    A name in sentence case is a common noun and is written small after "the" ("Managing
    director" → "the managing director", "Board" → "the board"); a name in title case or
    capitals is the company's proper name and stays as written ("the Management Board",
    "the VR").
    """
    english = _ENGLISH_FOR.get(name.casefold())
    if english is not None:
        return f"the {english} ({name})" if name.casefold() != "gremium" else "the board"
    if name.lower().startswith(("the ", "a ", "an ")):
        return name[:1].lower() + name[1:]
    words = name.split(" ")
    first, rest = words[0], words[1:]
    sentence_case = first[:1].isupper() and first[1:].islower() and all(
        w.islower() or not w[:1].isalpha() for w in rest)
    if sentence_case and (rest or first.casefold() in _ENGLISH_NOUNS):
        return "the " + first[:1].lower() + name[1:]
    return "the " + name


def _german(name: str, swiss: bool) -> BoardPhrases:
    """Article and case from the noun; anything else behind "Gremium" in quotes."""
    found = _noun(name)
    if found is None:
        quote = f"\u201e{name}\u201c"
        return BoardPhrases(f"das Gremium {quote}", f"des Gremiums {quote}",
                            f"dem Gremium {quote}", f"das Gremium {quote}")
    gender, genitive_name = found
    nom, gen, dat, acc = _ARTICLES[gender]
    if swiss:
        genitive_name = genitive_name.replace("ß", "ss")
    return BoardPhrases(f"{nom} {name}", f"{gen} {genitive_name}", f"{dat} {name}", f"{acc} {name}")


def _noun(name: str) -> tuple[str, str] | None:
    """(gender, genitive of the name) when the name is one German noun we can decline."""
    if not _WORD.match(name) or not name[:1].isupper():
        return None
    lower = name.lower()
    for ending, gender, genitive in _GERMAN_ENDINGS:
        if lower.endswith(ending):
            return gender, name[: len(name) - len(ending)] + _case_like(
                name[len(name) - len(ending):], genitive)
    return None


def _case_like(original: str, declined: str) -> str:
    """The declined ending written with the original's capitalisation ("Rat" → "Rats")."""
    if original[:1].isupper():
        return declined[:1].upper() + declined[1:]
    return declined
