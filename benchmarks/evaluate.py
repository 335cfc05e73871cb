"""`make eval`: newsdeck's quotes, kinds and speakers against the attribution corpus (tests/corpus).

Found quotes are aligned with the expected ones in reading order by their text, whitespace (no-break
spaces included) normalised. A report, so it exits 0 whatever the figures; 2 if the corpus is unreadable.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from newsdeck.errors import InputError
from newsdeck.model import SPEECH, Quote
from newsdeck.parse import parse, parse_file

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
HELDOUT = "heldout"  # folders heldout, heldout3, …: written without seeing the rest, a check never tuned on
# Leading articles of en, de, fr, sv, da, no that a speaker description may or may not start with.
ARTICLES = frozenset(
    "the a an der die das den dem des ein eine einen einem einer eines le la les un une en ett et ei".split()
)
ELIDED_ARTICLES = ("l'", "l’")
SHORT = 160


class CorpusError(Exception):
    """The corpus cannot be read: one line saying where and why."""


def normal_text(text: str) -> str:
    """Quote text for comparison: runs of whitespace (no-break spaces too) as one space, ends stripped,
    and a trailing comma (whether '– Vi lyssnar, säger han' quotes the comma is a matter of taste)."""
    return " ".join(text.split()).removesuffix(",").rstrip()


def _is_trimmable(char: str) -> bool:
    return char.isspace() or unicodedata.category(char)[0] in "PZ"


def _trimmed(text: str) -> str:
    start, end = 0, len(text)
    while start < end and _is_trimmable(text[start]):
        start += 1
    while end > start and _is_trimmable(text[end - 1]):
        end -= 1
    return text[start:end]


def normal_speaker(name: str) -> str:
    """A speaker for comparison: casefolded, surrounding punctuation and space gone, no leading article,
    one apostrophe for ’ and '."""
    words = _trimmed(name.casefold().replace("’", "'")).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    elif words and words[0].startswith(ELIDED_ARTICLES) and len(words[0]) > 2:
        words[0] = words[0][2:]
    return _trimmed(" ".join(words))


def speaker_matches(expected: dict, found: str | None) -> bool:
    """Whether the found speaker is the expected one or one of its `also` spellings. A person the
    article names by first name only ("his daughter, Ana") may be given the family's surname
    ("Ana Fairleigh"): that is the same person, told apart from the rest of the family."""
    if found is None:
        return expected.get("speaker") is None
    spellings = [name for name in [expected.get("speaker"), *expected.get("also", [])] if name]
    if normal_speaker(found) in {normal_speaker(name) for name in spellings}:
        return True
    first_names = {name.casefold() for name in spellings if " " not in name.strip() and name[:1].isupper()}
    words = found.split()
    return len(words) == 2 and words[1][:1].isupper() and words[0].casefold() in first_names


def align(expected: list[str], found: list[str]) -> list[tuple[int, int]]:
    """(expected index, found index) pairs of the longest in-order matching of quote texts."""
    wanted, got = [normal_text(t) for t in expected], [normal_text(t) for t in found]
    n, m = len(wanted), len(got)
    longest = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if wanted[i] == got[j]:
                longest[i][j] = longest[i + 1][j + 1] + 1
            else:
                longest[i][j] = max(longest[i + 1][j], longest[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if wanted[i] == got[j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif longest[i + 1][j] >= longest[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


@dataclass(frozen=True)
class Outcome:
    """One expected quote and the found quote aligned with it (None: no found quote has its text)."""

    file: str
    style: str
    expected: dict
    found: Quote | None
    paragraph: str

    @property
    def pattern(self) -> str:
        return self.expected.get("pattern", "?")

    @property
    def is_speech(self) -> bool:
        return self.expected["kind"] == SPEECH

    @property
    def kind_right(self) -> bool:
        return self.found is not None and self.found.kind == self.expected["kind"]

    @property
    def speaker_right(self) -> bool:
        return self.found is not None and speaker_matches(self.expected, self.found.speaker)

    @property
    def right(self) -> bool:
        return self.kind_right and (not self.is_speech or self.speaker_right)


@dataclass(frozen=True)
class Extra:
    """A found quote that matches no expected quote."""

    file: str
    style: str
    found: Quote
    paragraph: str


@dataclass(frozen=True)
class ArticleResult:
    file: str
    style: str
    outcomes: tuple[Outcome, ...]
    extras: tuple[Extra, ...]


def _read_expected(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data.get("style"), str) or not all("text" in q and "kind" in q for q in data["quotes"]):
            raise CorpusError(f"{path}: needs a style and quotes with text and kind")
        return data
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
        raise CorpusError(f"{path}: {' '.join(str(error).split())}") from None


def _paragraph_of(text: str, paragraphs: list[str]) -> str:
    wanted = normal_text(text)
    return next((p for p in paragraphs if wanted in normal_text(p)), text)


def evaluate_article(path: Path, corpus: Path) -> ArticleResult:
    expected = _read_expected(path.with_name(path.name.removesuffix(".txt") + ".expected.json"))
    try:
        article = parse_file(path)
    except (OSError, UnicodeDecodeError, InputError) as error:
        raise CorpusError(" ".join(str(error).split())) from None
    found = [(p.text, q) for p in article.paragraphs for q in p.quotes]
    wanted = expected["quotes"]
    pairs = dict(align([q["text"] for q in wanted], [q.text for _, q in found]))
    name, style = str(path.relative_to(corpus).with_suffix("")), expected["style"]
    paragraphs = [p.text for p in article.paragraphs]
    outcomes = tuple(
        Outcome(name, style, q, found[pairs[i]][1], found[pairs[i]][0])
        if i in pairs
        else Outcome(name, style, q, None, _paragraph_of(q["text"], paragraphs))
        for i, q in enumerate(wanted)
    )
    matched = set(pairs.values())
    extras = tuple(Extra(name, style, q, p) for j, (p, q) in enumerate(found) if j not in matched)
    return ArticleResult(name, style, outcomes, extras)


def evaluate(corpus: Path) -> list[ArticleResult]:
    paths = sorted(corpus.rglob("*.txt")) if corpus.is_dir() else []
    if not paths:
        raise CorpusError(f"{corpus}: no articles (NAME.txt with NAME.expected.json) found")
    return [evaluate_article(path, corpus) for path in paths]


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "     —"


def span_scores(aligned: int, found: int, expected: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0–1) of found quote spans."""
    precision = aligned / found if found else 0.0
    recall = aligned / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _span_f1(results: list[ArticleResult]) -> str:
    aligned = sum(o.found is not None for r in results for o in r.outcomes)
    found = aligned + sum(len(r.extras) for r in results)
    expected = sum(len(r.outcomes) for r in results)
    return f"{100 * span_scores(aligned, found, expected)[2]:5.1f}%"


def _speakers(outcomes: list[Outcome]) -> tuple[int, int]:
    speech = [o for o in outcomes if o.is_speech]
    return sum(o.speaker_right for o in speech), len(speech)


def summary(results: list[ArticleResult]) -> list[str]:
    outcomes = [o for r in results for o in r.outcomes]
    aligned = [o for o in outcomes if o.found is not None]
    found = len(aligned) + sum(len(r.extras) for r in results)
    precision, recall, f1 = span_scores(len(aligned), found, len(outcomes))
    right, speech = _speakers(outcomes)
    return [
        f"{len(results)} articles, {len(outcomes)} expected quotes, {found} found",
        "",
        f"Quote spans  precision {100 * precision:.1f}%  recall {100 * recall:.1f}%  F1 {100 * f1:.1f}%",
        f"Kinds        {percent(sum(o.kind_right for o in aligned), len(aligned)).strip()} right"
        f" of {len(aligned)} aligned quotes",
        f"Speakers     {percent(right, speech).strip()} right of {speech} expected speech quotes",
    ]


def _grouped(items: Iterable, key: Callable) -> dict[str, list]:
    groups: dict[str, list] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return dict(sorted(groups.items()))


def pattern_table(results: list[ArticleResult]) -> list[str]:
    outcomes = [o for r in results for o in r.outcomes]
    lines = [f"{'pattern':<16}{'quotes':>7}{'speech':>8}  speaker right"]
    for pattern, group in [*_grouped(outcomes, lambda o: o.pattern).items(), ("overall", outcomes)]:
        right, speech = _speakers(group)
        lines.append(f"{pattern:<16}{len(group):>7}{speech:>8}  {percent(right, speech)}")
    return lines


def style_table(results: list[ArticleResult]) -> list[str]:
    lines = [f"{'style':<16}{'quotes':>7}{'speech':>8}  speaker right  span F1"]
    for style, group in [*_grouped(results, lambda r: r.style).items(), ("overall", results)]:
        outcomes = [o for r in group for o in r.outcomes]
        right, speech = _speakers(outcomes)
        lines.append(f"{style:<16}{len(outcomes):>7}{speech:>8}  {percent(right, speech)}        {_span_f1(group)}")
    return lines


def shortened(paragraph: str, near: str, width: int = SHORT) -> str:
    """The paragraph, cut to about `width` characters around where `near` starts in it."""
    if len(paragraph) <= width:
        return paragraph
    at = max(paragraph.find(near), 0)
    start = max(0, min(at - width // 4, len(paragraph) - width))
    end = start + width
    return ("…" if start else "") + paragraph[start:end] + ("…" if end < len(paragraph) else "")


def _what_is_wrong(outcome: Outcome) -> str:
    if outcome.found is None:
        return "span not found"
    if not outcome.kind_right:
        return f"kind {outcome.found.kind}, expected {outcome.expected['kind']}"
    return "speaker"


def _failure(outcome: Outcome) -> list[str]:
    found = "—" if outcome.found is None else repr(outcome.found.speaker)
    return [
        f"{outcome.file}  [{outcome.pattern}] {_what_is_wrong(outcome)}: "
        f"expected {outcome.expected.get('speaker')!r}, found {found}",
        f"    {shortened(outcome.paragraph, outcome.expected['text'])}",
    ]


def _extra(extra: Extra) -> list[str]:
    return [
        f"{extra.file}  [-] extra quote, found {extra.found.speaker!r}: {shortened(extra.found.text, '', 60)!r}",
        f"    {shortened(extra.paragraph, extra.found.text)}",
    ]


def failures(results: list[ArticleResult], pattern: str | None, style: str | None, file: str | None) -> list[str]:
    chosen = [r for r in results if (style is None or r.style == style) and (file is None or file in r.file)]
    lines = []
    for result in chosen:
        for outcome in result.outcomes:
            if not outcome.right and pattern in (None, outcome.pattern):
                lines += _failure(outcome)
        for extra in result.extras if pattern is None else ():
            lines += _extra(extra)
    return lines or ["no wrong quotes"]


def report(results: list[ArticleResult]) -> list[str]:
    return [*summary(results), "", *pattern_table(results), "", *style_table(results)]


SHEETS = CORPUS.parent / "sheets"  # sentences in each paper's ways of attributing, written without the corpus


@dataclass
class SheetCase:
    language: str
    text: str
    speaker: str | None
    found: str | None

    @property
    def right(self) -> bool:
        return speaker_matches({"speaker": self.speaker}, self.found)


def score_sheet(path: Path) -> list[SheetCase]:
    """Each case of a pattern sheet (a JSON list of language, text, speaker and whether the last
    quote is the one meant) with the speaker newsdeck gives."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        cases = []
        for row in rows:
            quotes = parse(f"Title\nLanguage: {row['language']}\n\n{row['text']}\n").quotes
            found = quotes[-1 if row["last"] else 0].speaker if quotes else None
            cases.append(SheetCase(row["language"], row["text"], row["speaker"], found))
        return cases
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, InputError) as error:
        raise CorpusError(f"{path}: {' '.join(str(error).split())}") from None


def sheet_lines(folder: Path, failures: bool) -> list[str]:
    lines = ["sheet            cases  speaker right"]
    for path in sorted(folder.glob("*.json")):
        cases = score_sheet(path)
        lines.append(f"{path.stem:<15}{len(cases):>7} {percent(sum(c.right for c in cases), len(cases))}")
        if failures:
            lines += [
                f"  [{c.language}] expected {c.speaker!r}, got {c.found!r}: {c.text[:SHORT]!r}"
                for c in cases
                if not c.right
            ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list every quote newsdeck gets wrong")
    parser.add_argument("--pattern", help="only failures of this pattern")
    parser.add_argument("--style", help="only failures in articles of this style")
    parser.add_argument("--file", help="only failures in articles whose path contains this")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder (default tests/corpus)")
    parser.add_argument(
        "--heldout", action="store_true", help=f"score the {HELDOUT}*/ folders alone (left out by default)"
    )
    args = parser.parse_args(argv)
    try:
        results = evaluate(args.corpus)
        results = [r for r in results if r.file.startswith(HELDOUT) == args.heldout]
    except CorpusError as error:
        print(f"evaluate: {error}", file=sys.stderr)
        return 2
    lines = report(results)
    if not args.heldout:
        lines += ["", *sheet_lines(SHEETS, args.failures)]
    if args.failures:
        lines += ["", "Wrong quotes:", *failures(results, args.pattern, args.style, args.file)]
    try:
        print("\n".join(lines))
    except BrokenPipeError:  # piped into head, say
        sys.stdout = None
    return 0


if __name__ == "__main__":
    sys.exit(main())
