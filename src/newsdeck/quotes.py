"""Find quotation spans in paragraphs: double quote marks, curly or straight, even mismatched."""

from __future__ import annotations

from dataclasses import dataclass

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
_OPEN_AFTER = "([{—–-/:,;"


@dataclass(frozen=True)
class Span:
    """Quote text is paragraph[start:end]; `open` means no closing mark before the paragraph ended."""

    start: int
    end: int
    open: bool = False
    starts_paragraph: bool = False


def _opens(text: str, i: int) -> bool:
    mark = text[i]
    if mark in OPENING:
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in _OPEN_AFTER) and not after.isspace()


def _closes(text: str, i: int) -> bool:
    mark = text[i]
    if mark in CLOSING:
        return True
    return mark == STRAIGHT and i > 0 and not text[i - 1].isspace()


def find_spans(text: str) -> list[Span]:
    """Quote spans in one paragraph. An unclosed quote runs to the paragraph's end."""
    spans: list[Span] = []
    start = None
    for i, char in enumerate(text):
        if char not in OPENING + CLOSING + STRAIGHT:
            continue
        if start is None:
            if _opens(text, i):
                start = i + 1
        elif _closes(text, i) or (char == STRAIGHT and _opens(text, i) and i == len(text) - 1):
            if text[start:i].strip():
                spans.append(Span(start, i, starts_paragraph=start == 1))
            start = None
    if start is not None and text[start:].strip():
        spans.append(Span(start, len(text), open=True, starts_paragraph=start == 1))
    return spans
