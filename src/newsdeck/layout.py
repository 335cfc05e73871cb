"""How paragraphs fill slides: the one rule the notebook's slide types and the deck both follow.
Pure; sizes are characters of paragraph text."""

from __future__ import annotations

from newsdeck.sentences import sentence_ends

SLIDE_LIMIT = 700  # characters of paragraph text on one slide
SHARE_LIMIT = 560  # short neighbouring paragraphs share a slide up to this


def split_points(text: str, limit: int = SLIDE_LIMIT) -> list[tuple[int, int]]:
    """[lo, hi) ranges of text, each at most `limit` long, cut after a sentence where possible."""
    if len(text) <= limit:
        return [(0, len(text))]
    ranges, lo = [], 0
    ends = sentence_ends(text)
    while len(text) - lo > limit:
        fits = [e for e in ends if lo + limit // 3 < e <= lo + limit]
        cut = fits[-1] if fits else text.rfind(" ", lo + 1, lo + limit + 1)
        if cut <= lo:
            cut = lo + limit
        ranges.append((lo, cut))
        lo = cut + (1 if text[cut : cut + 1] == " " else 0)
    ranges.append((lo, len(text)))
    return ranges


def place(used: int | None, size: int) -> tuple[bool, int]:
    """Does a paragraph piece of `size` start a new slide, when the current slide holds `used`
    characters of paragraphs (None: it holds something else)? And how full is the slide after it."""
    if used is not None and used + size <= SHARE_LIMIT:
        return False, used + size
    return True, size


def slide_starts(texts: list[str]) -> list[bool]:
    """For paragraphs that follow a title slide: which of them starts a new slide on the deck
    (a paragraph too long for one slide goes on several, and only its first piece may share)."""
    starts, used = [], None
    for text in texts:
        pieces = split_points(text)
        starts_slide, used = place(used, pieces[0][1] - pieces[0][0])
        starts.append(starts_slide)
        if len(pieces) > 1:
            used = pieces[-1][1] - pieces[-1][0]
    return starts
