"""The paragraph as attribution reads it: quoted words hidden, party tags blanked, abbreviation
dots made non-final, offsets unchanged (what a rule finds points into the paragraph)."""

from __future__ import annotations

import re

from newsdeck.quotes import Span

MASK = "_"
ABBREVIATION_MARK = "·"
_PARENTHESES = re.compile(r"\((?!\d{1,3}\))(?:[^()_]{0,40})\)")  # an age such as "(45)" stays
_ABBREVIATION_DOT = re.compile(
    r"\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Gen|Col|Sen|Rep|Gov|Mrs|Sgt|Adm|Rev|Capt|Prof|Cllr|Mme|Hr|Fr|Supt|Det|Insp|Maj|Cmdr|Mag|Ing"
    r"|No(?=\.\s?\d))(\.)|\b(?<!/)[A-Z](\.)(?=\s?[A-Z])"  # titles, "No. 12", an initial
)  # (not the S of "VestVind A/S. Selskabet skriver")


def masked(text: str, spans: list[Span]) -> str:
    """The paragraph as attribution reads it, offsets unchanged: quoted words hidden (a final
    . ! or ? kept), parentheses such as party tags blanked, abbreviation dots made non-final."""
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            chars[i] = MASK
        if not span.open and text[span.end - 1] in ".!?":
            chars[span.end - 1] = text[span.end - 1]
    plain = "".join(chars)
    for aside in _PARENTHESES.finditer(plain):
        chars[aside.start() : aside.end()] = " " * (aside.end() - aside.start())
    for dot in _ABBREVIATION_DOT.finditer(plain):
        chars[dot.start(1) if dot.group(1) else dot.start(2)] = ABBREVIATION_MARK
    return "".join(chars)
