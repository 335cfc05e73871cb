"""Raw scraped text → title, optional header, paragraphs; hover-card junk removed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdeck.errors import InputError

HEADER_KEYS = ("summary", "language", "source", "date", "published", "updated", "url", "link", "author", "byline")
_HEADER_LINE = re.compile(r"^\s*(" + "|".join(HEADER_KEYS) + r")\s*:\s*(\S.*?)\s*$", re.IGNORECASE)
_WHITESPACE = re.compile(r"\s+")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space, non-joiner, joiner, word joiner, BOM
_INVISIBLE_WORD = re.compile(rf"(?<!\S)[{_ZERO_WIDTH}]+(?!\S)")
_MORE = re.compile(r"\sMORE(?![^\W\d_])")
_CARD_WINDOW = 1500
_NAME_ECHO_WINDOW = 160


@dataclass(frozen=True)
class CleanText:
    title: str
    paragraphs: tuple[str, ...]
    removed: tuple[str, ...]
    header: tuple[tuple[str, str], ...] = ()


def collapse(text: str) -> str:
    """Runs of whitespace (no-break spaces included) become one space; ends are stripped. Zero-width
    characters standing alone between spaces are dropped: a line of only those is blank."""
    return _WHITESPACE.sub(" ", _INVISIBLE_WORD.sub("", text)).strip()


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def clean(raw: str) -> CleanText:
    """Split raw article text into title, header and paragraphs, removing hover-card junk."""
    lines = normalize_newlines(raw).split("\n")
    title_at = next((i for i, line in enumerate(lines) if collapse(line)), None)
    if title_at is None:
        raise InputError("the article is empty or blank")
    title = collapse(lines[title_at])
    blocks = _blocks(lines[title_at + 1 :])
    header: tuple[tuple[str, str], ...] = ()
    if blocks and all(_HEADER_LINE.match(line) for line in blocks[0].split("\n")):
        header = tuple(_header_pair(line) for line in blocks[0].split("\n"))
        blocks = blocks[1:]
    paragraphs, removed = [], []
    for block in blocks:
        text, junk = remove_hover_cards(block)
        removed.extend(junk)
        if collapse(text):
            paragraphs.append(collapse(text))
    if not paragraphs:
        raise InputError(f"the title (line {title_at + 1}) has no paragraph after it")
    return CleanText(title, tuple(paragraphs), tuple(removed), header)


def _blocks(lines: list[str]) -> list[str]:
    """Group lines into blocks separated by blank lines (several count as one)."""
    blocks, current = [], []
    for line in lines:
        if collapse(line):
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def _header_pair(line: str) -> tuple[str, str]:
    match = _HEADER_LINE.match(line)
    return match.group(1).lower(), match.group(2)


def remove_hover_cards(text: str) -> tuple[str, list[str]]:
    """Remove `NameFull Name teaser… MORE` cards; return the text and the removed pieces."""
    pieces, removed, kept_from = [], [], 0
    for more in _MORE.finditer(text):
        if more.start() < kept_from:
            continue
        glue = _card_start(text, max(kept_from, more.start() - _CARD_WINDOW), more.start())
        if glue is None:
            continue
        pieces.append(text[kept_from:glue])
        removed.append(text[glue : more.end()])
        kept_from = more.end()
    pieces.append(text[kept_from:])
    return "".join(pieces), removed


def _card_start(text: str, lo: int, hi: int) -> int | None:
    """Where, in text[lo:hi], a visible name first runs unspaced into its repeat. Within one
    word the last such place wins: `McConnell|Addison`, not `Mc|Connell`."""
    found = None
    for i in range(max(lo, 1), hi):
        if found is not None and text[i].isspace():
            return found
        if _is_glue(text, i, hi):
            found = i
    return found


def _is_glue(text: str, i: int, hi: int) -> bool:
    char, before = text[i], text[i - 1]
    if not (char.isupper() and (before.islower() or before in ".)")):
        return False
    word_start = i
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    visible = text[word_start:i].lstrip("(“\"'‘")
    if len(visible) < 2 or not visible[0].isupper():
        return False
    return _echoes(text, visible, i, min(hi, i + _NAME_ECHO_WINDOW))


def _echoes(text: str, word: str, lo: int, hi: int) -> bool:
    """Whether `word` starts a word in text[lo:hi] and is not glued to more lowercase letters."""
    at = text.find(word, lo, hi)
    while at != -1:
        before = text[at - 1] if at > lo else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not before.isalnum() and not after.islower():
            return True
        at = text.find(word, at + 1, hi)
    return False
