"""The one sentence splitter: every stage that needs sentences asks here.

It knows the abbreviations of news writing (titles, initials, months, states, company
suffixes), so "Sen. Rand Paul" and "U.S. officials" stay in one sentence.
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Dr Sen Rep Gov Gen St Jr Sr Lt Col Capt Cmdr Sgt Adm Maj Rev Prof Pres Supt Det Mag Ing
    No vs Inc Corp Co Ltd Bros Mt Ft Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo
    if iflg""".split()  # Nordic "if. Per Olsen", "iflg. politiet": ifølge
)
_CLOCK = re.compile(r"\d\s*[ap]\.m\.$")  # "at 7 p.m. Lake Orrin coach Victor Mbeki …": a new sentence,
_CLOCK_GOES_ON = re.compile(  # unless the time goes on: "7 p.m. Thursday", "7 p.m. EST"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:[ECMP][SD]?T|GMT|UTC|BST)\b|local\b"
)
_END = re.compile(r"[.!?…][\"”’')\]]*\s+")


def _is_abbreviation(sentence: str) -> bool:
    """True when `sentence` ends in a dot that belongs to an abbreviation, not to the sentence."""
    last = sentence.rsplit(None, 1)[-1] if sentence.strip() else ""
    if not last.endswith(".") or len(last) < 2:
        return False
    word = last[:-1].lstrip("(“\"‘'")
    if word in ABBREVIATIONS:
        return True
    # initials and dotted acronyms: "J.", "U.S.", "a.m."
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word))


def _is_abbreviation_here(text: str, start: int, end: re.Match) -> bool:
    """An abbreviation's dot, unless a clock's 'p.m.' ends the sentence ('at 7 p.m. Lake Orrin coach …')."""
    sentence = text[start : end.start() + 1]
    if not _is_abbreviation(sentence):
        return False
    return not _CLOCK.search(sentence) or bool(_CLOCK_GOES_ON.match(text, end.end()))


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence of text; each sentence keeps its trailing whitespace."""
    bounds, start = [], 0
    for end in _END.finditer(text):
        following = text[end.end() : end.end() + 1]
        if following.islower() or following.isdigit() or _is_abbreviation_here(text, start, end):
            continue
        bounds.append((start, end.end()))
        start = end.end()
    bounds.append((start, len(text)))
    return bounds


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence's final punctuation (before its trailing space)."""
    return [len(text[:end].rstrip()) for _, end in sentences(text)[:-1]]
