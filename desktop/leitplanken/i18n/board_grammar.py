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
_ARTICLES = {  # nominative, genitive, dative
    "m": ("der", "des", "dem"),
    "f": ("die", "der", "der"),
    "n": ("das", "des", "dem"),
}
_WORD = re.compile(r"^[A-Za-zÄÖÜäöüß-]+$")


@dataclass(frozen=True)
class BoardPhrases:
    """The board in the three places a record's sentences need it, article included.

    German: nominative "der Verwaltungsrat", genitive "des Verwaltungsrats", dative "dem
    Verwaltungsrat". English: "the board of directors" in each ("of"/"to" are in the sentence).
    """

    nominative: str
    genitive: str
    dative: str


def capitalised(text: str) -> str:
    """A phrase at the start of a sentence ("der Verwaltungsrat" → "Der Verwaltungsrat")."""
    return text[:1].upper() + text[1:]


def board_phrases(name: str, language: str, fallback: str) -> BoardPhrases:
    """The board's name `name` (or `fallback`, the record's word for a board) in sentences."""
    name = " ".join(name.split()) or fallback
    if language.startswith("de"):
        return _german(name, language == "de_CH")
    return BoardPhrases(*(3 * (_english(name),)))


#: German board names an English record says in English, the company's own word beside it.
_ENGLISH_FOR = {"verwaltungsrat": "board of directors", "geschäftsleitung": "executive board",
                "geschäftsführung": "management", "beirat": "advisory board",
                "vorstand": "executive board", "gremium": "board",
                "aufsichtsrat": "supervisory board", "stiftungsrat": "foundation board"}


def _english(name: str) -> str:
    """"the" before the name, unless the name already starts with an article."""
    english = _ENGLISH_FOR.get(name.casefold())
    if english is not None:
        return f"the {english} ({name})" if name.casefold() != "gremium" else "the board"
    if name.lower().startswith(("the ", "a ")):
        return name
    return "the " + name


def _german(name: str, swiss: bool) -> BoardPhrases:
    """Article and case from the noun; anything else behind "Gremium" in quotes."""
    found = _noun(name)
    if found is None:
        quote = f"\u201e{name}\u201c"
        return BoardPhrases(f"das Gremium {quote}", f"des Gremiums {quote}",
                            f"dem Gremium {quote}")
    gender, genitive_name = found
    nom, gen, dat = _ARTICLES[gender]
    if swiss:
        genitive_name = genitive_name.replace("ß", "ss")
    return BoardPhrases(f"{nom} {name}", f"{gen} {genitive_name}", f"{dat} {name}")


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
