"""Which language an article is written in: its `Language:` header, else its commonest words.

A count of function words tells English, German, French, Swedish, Danish and Norwegian apart
on a news article; language-identification libraries were measured and cost more than the
whole build's memory budget (py3langid with numpy: 134 MB peak).
"""

from __future__ import annotations

import re

from newsdeck.lexicon import LANGUAGES

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NAMES = {
    "english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr", "francais": "fr",
    "swedish": "sv", "svenska": "sv", "danish": "da", "dansk": "da", "norwegian": "no", "norsk": "no",
    "nb": "no", "nn": "no",
}  # fmt: skip


def from_header(value: str) -> str | None:
    """'de', 'de-CH', 'German', 'Deutsch' → 'de'; None when it names no language we read."""
    value = value.strip().lower()
    code = _NAMES.get(value, value.split("-")[0].split("_")[0])
    code = _NAMES.get(code, code)
    return code if code in LANGUAGES else None


def detect(text: str) -> str:
    """The language of a text among those newsdeck reads (English when nothing tells)."""
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    scores = {code: sum(1 for w in words if w in lang.stop_words) for code, lang in LANGUAGES.items()}
    best = max(scores, key=lambda code: (scores[code], code != "en"))  # a tie: the language with fewer shared words
    return best if scores[best] > 0 else "en"


def language_of(header: dict[str, str], text: str) -> str:
    return from_header(header.get("language", "")) or detect(text)
