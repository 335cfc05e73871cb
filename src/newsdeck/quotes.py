"""Find quotation spans in paragraphs. A paragraph's first quote mark picks its convention
(English “…” or "…", even mismatched; German „…“; French «…»; Danish »…«; Swedish ”…”; British
‘…’ or '…'); a quote inside a quote, in whatever mark, stays part of the outer one."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from newsdeck.lexicon import LANGUAGES, NORDIC

MARKS = "“”\"„«»‘’‚‹›'"
_OPEN_AFTER = "([{—–-/:,;"
_SINGLE = "‘’‚‹›'"  # single marks open only at the start of a word: they double as apostrophes and commas
_APOSTROPHES = "’'"  # closing marks that are apostrophes too
_MAX_DEPTH = 4
_ELISION = re.compile(r"(?:n['’‘]|em\b|cause\b|til\b|tis\b|twas\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    """Quote text is paragraph[start:end]; `open` means no closing mark before the paragraph ended."""

    start: int
    end: int
    open: bool = False
    starts_paragraph: bool = False


@dataclass(frozen=True)
class Pair:
    """The marks that open a quote and those that close it; a mark that does both (") decides by
    its neighbours."""

    opening: str
    closing: str


@dataclass(frozen=True)
class Convention:
    outer: tuple[Pair, ...]  # pairs that may open a quote
    inner: tuple[Pair, ...] = ()  # pairs that open only inside one


DOUBLE = Pair('“„«"', '”»"')
ENGLISH = Convention((DOUBLE,), (Pair("‘", "’"),))
GERMAN = Convention((Pair("„", "“”"), Pair("»", "«")), (Pair("‚", "‘"),))  # German prints »…« too
FRENCH = Convention((Pair("«", "»"),), (Pair("‹", "›"), Pair('“"', '”"')))
INWARD = Convention((Pair("»", "«"), Pair("„", "“”"), Pair("›", "‹")), (Pair("›", "‹"),))  # a motto in ›…‹
SWEDISH = Convention((Pair("”", "”"),), (Pair("’", "’"),))
BRITISH = Convention((Pair("‘", "’"), Pair('“"', '”"')))
BRITISH_STRAIGHT = Convention((Pair("'", "'"), Pair('“"', '”"')))


def find_spans(text: str, language: str | None = None) -> list[Span]:
    """Quote spans in one paragraph. An unclosed quote runs to the paragraph's end. In a Nordic or
    French article a paragraph opening on a dash quotes (see `dialogue_spans`); quotes in marks
    outside its dash quotes are quotes too, and those inside are part of its words."""
    marked = marked_spans(text)
    if language not in DIALOGUE_LANGUAGES or (_QUOTE_AFTER_DASH.match(text) and not _dash_goes_on(text, marked)):
        return marked
    hyphen = language != "fr" and _HYPHEN_DIALOGUE.match(text) and _attribution(language).search(text)
    later = _later_dialogue(text, language) if not (DIALOGUE.match(text) or hyphen) else None
    if later is not None:  # "Kommunalrådet Eva Lind är kritisk. – Det här är fel, säger hon."
        dialogue = dialogue_spans(text, language, later)
        return sorted(dialogue + [m for m in marked if m.end <= later], key=lambda span: span.start)
    if not (DIALOGUE.match(text) or hyphen):
        return marked
    if language == "fr" and not (_attribution(language).search(text) or _FRENCH_SPOKEN.search(text)):
        return marked  # "– Le gouvernement a annoncé …": a list's dash, not someone's words
    dialogue = dialogue_spans(text, language)
    outside = [m for m in marked if not any(d.start <= m.start < d.end or m.start <= d.start < m.end for d in dialogue)]
    return sorted(dialogue + outside, key=lambda span: span.start)


def marked_spans(text: str) -> list[Span]:
    """Quote spans between quotation marks, the outermost of each nest."""
    convention = convention_of(text)
    spans: list[Span] = []
    stack: list[tuple[Pair, int]] = []  # the quotes open here: their pair, where their text starts
    for i, mark in enumerate(text):
        if mark not in MARKS:
            continue
        level = _closed_level(text, i, stack)
        if level is not None:
            start = stack[level][1]
            del stack[level:]
            if level == 0 and text[start:i].strip():
                spans.append(Span(start, i, starts_paragraph=start == 1))
        elif pair := _opened_pair(text, i, convention, stack):
            stack.append((pair, i + 1))
    if stack and text[stack[0][1] :].strip():
        start = stack[0][1]
        spans.append(Span(start, len(text), open=True, starts_paragraph=start == 1))
    return spans


DIALOGUE_LANGUAGES = frozenset("sv da no fr".split())
_FRENCH_SPOKEN = re.compile(  # first and second persons: someone speaks
    r"[?!]|\b(?:je|j[’']|tu|vous|nous|moi|me|m[’']|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|papa|maman)\b",
    re.IGNORECASE,
)
DIALOGUE = re.compile(r"\s*[–—]\s+\S")  # a paragraph opening on a dash: someone speaks
_QUOTE_AFTER_DASH = re.compile(rf"\s*[–—-]\s*[{re.escape(MARKS)}]")  # "– ”Det var kaos”, säger hon": marks quote
_HYPHEN_DIALOGUE = re.compile(r"\s*-\s+\S")  # scraped text often has a hyphen for the dash
_NEXT_DASH = re.compile(r"(?<=[.!?…])\s+[–—-]\s+(?=\S)")


def _attribution(language: str) -> re.Pattern:
    """', säger', ', répond', ', a expliqué Ferrand', ', a-t-il répondu': a dash quote's attribution."""
    return _attribution_of(NORDIC if language in NORDIC else (language,))  # (the Nordic languages share verbs)


@lru_cache(maxsize=4)
def _attribution_of(codes: tuple[str, ...]) -> re.Pattern:
    verbs = sorted({v for code in codes for v in LANGUAGES[code].verbs}, key=len, reverse=True)
    auxiliary = r"(?:(?:a|ont|avait)(?:-t-(?:il|elle|ils|elles|on))?\s+)?" if codes == ("fr",) else ""
    return re.compile(rf"(?:,|(?<=[?!]))\s+{auxiliary}(?:{'|'.join(map(re.escape, verbs))})\b")  # "…? frågar han"


def _introduces(text: str, at: int) -> bool:
    """Whether the verb ending at `at` introduces a quote inside the dash quote ('…, sa
    saksbehandleren: «…»') rather than attributing it."""
    clause = re.match(r"[^.!?:,]*", text[at:]).group()  # (not "…, siger hun, og tilføjer: »…«")
    return text[at + len(clause) : at + len(clause) + 1] == ":"


def _later_dialogue(text: str, language: str) -> int | None:
    """Where a Nordic paragraph's dash quote starts after a first sentence of narration, when an
    attribution follows it ('… är kritisk. – Det här är fel, säger hon.') or the quote ends the
    paragraph ('Hon ringde 112. – Jag sprang runt och bankade på dörrar.')."""
    if language == "fr":
        return None  # (French prose sets off asides with dashes)
    dash = _NEXT_DASH.search(text)
    speaks = dash and (_attribution(language).search(text, dash.end()) or text[dash.end()].isupper())
    return dash.end() if speaks else None


def dialogue_spans(text: str, language: str, start: int | None = None) -> list[Span]:
    """Dash dialogue: '– Vi är utmattade, säger Maria Lind. – Men vi ger inte upp.', '— Je ne vous
    explique rien, répond Ferrand.' Each dash opening a sentence quotes up to its attribution
    (', säger …'), else up to the next dash sentence or the paragraph's end."""
    spans: list[Span] = []
    at = start if start is not None else (DIALOGUE.match(text) or _HYPHEN_DIALOGUE.match(text)).end() - 1
    while at is not None:
        attribution = next(
            (a for a in _attribution(language).finditer(text, at) if not _introduces(text, a.end())), None
        )
        next_dash = _NEXT_DASH.search(text, at)
        if attribution and (not next_dash or attribution.start() < next_dash.start()):
            end, resume = attribution.start(), attribution.end()
        else:
            end = next_dash.start() if next_dash else len(text.rstrip())
            resume = end
        if text[at:end].strip():
            spans.append(Span(at, end, starts_paragraph=not spans and text[:at].strip() in "–—-"))
        later = _NEXT_DASH.search(text, resume)
        after = _speech_resumes(text, resume, later.start() if later else len(text), language, text[at:end])
        if after is not None:  # "– …, sier han. Men noen må få fart på de folka i fylket."
            spans.append(Span(after, later.start() if later else len(text.rstrip())))
        at = later.end() if later else None
    return spans


def _dash_goes_on(text: str, marked: list[Span]) -> bool:
    """'– «Tålmodighet»? Vi har hatt tålmodighet i 96 år, sier Randi Aasen.': the dash quotes, and a
    word in marks opens its words (not '– ”Det var kaos”, säger hon.')."""
    if not marked or marked[0].open:
        return False
    rest = text[marked[0].end + 1 :]
    return bool(re.match(r"[?!.]?\s+[A-ZÅÄÖÆØ]", rest))


_NORDIC_PRONOUNS = frozenset(p for code in NORDIC for p in LANGUAGES[code].pronouns)  # (they read each other)


def _speech_resumes(text: str, resume: int, stop: int, language: str, quoted: str = "") -> int | None:
    """Where a Nordic dash quote goes on after its attribution's sentence ('– …, säger hon. Det här
    är en skrivbordsprodukt …'): the speaker keeps talking, unless the narrator speaks of them (a
    pronoun the quote itself used is the speaker's: '– … att hon legat ute, säger hon. Hon var blå')."""
    if language not in NORDIC or resume >= stop:
        return None
    aside = _SAID_ASIDE.match(text, resume, stop)  # "– Vi ska göra allt, säger hon, men jag vill inte lova …"
    goes_on = [w.lower().strip(".,") for w in text[aside.end() : stop].split()[:2]] if aside else []
    if goes_on and goes_on[0] not in _SUBORDINATORS and _FIRST_PERSON.intersection(goes_on):
        return aside.end()  # (not "…, säger Maria Lind, som vi träffar i köket": the narrator's clause)
    end = re.search(r"[.!?]\s+(?=[A-ZÅÄÖÆØ])", text[resume:stop])
    if not end:
        return None
    start = resume + end.end()
    rest, said = text[start:stop], text[resume:start]  # "säger Anna Berg. "
    words = rest.split()
    narrator = _NORDIC_PRONOUNS - (_pronouns_in(quoted) & _pronouns_in(said))  # "säger hon" of her words' "hon"
    narrated = any(w.lower().strip(".,") in narrator for w in words[:3]) or words[:1] in (
        [w.strip(".")] for w in said.split()
    )
    speaking = any(w.lower().strip(".,") in _FIRST_PERSON for w in words[:4])  # "Da vi møttes, sa hun at «…»"
    dash_next = stop < len(text)  # "– …, säger han. Fadern själv skrattar bara åt frågan. – …": the narrator
    if (
        not words
        or narrated
        or (not speaking and (dash_next or _attribution(language).search(rest) or any(m in rest for m in MARKS)))
    ):
        return None  # "Hon har bott i byn i 30 år.", "Sedan går han ut.", "… säger Anna Berg. Berg har bott …"
    return start


_FIRST_PERSON = frozenset("jag jeg vi mig meg oss".split())
_SUBORDINATORS = frozenset("som när då där der hvor efter etter innan inden mens medan medens hvis om".split())
_SAID_ASIDE = re.compile(r"\s+(?:\w+|[A-ZÅÄÖÆØ][\w\-]*(?:\s+[A-ZÅÄÖÆØ][\w\-]*){0,2}),\s+(?=[a-zåäöæø])")


def _pronouns_in(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)} & _NORDIC_PRONOUNS


_ANY_MARK = re.compile("[“\"„«»”‘']")


def convention_of(text: str) -> Convention:
    """The convention of the first mark that can open a quote: ” » ‘ count only at a word's start."""
    for found in _ANY_MARK.finditer(text):
        i, mark = found.start(), found.group()
        if mark in '“"':
            return ENGLISH
        if mark == "„":
            return GERMAN
        if mark == "«":
            return FRENCH
        if mark == "»" and _starts_word(text, i):
            return INWARD
        if mark == "”" and _starts_word(text, i):
            return SWEDISH
        if mark == "‘" and _starts_quote(text, i):  # (unclosed too: a quote going on in the next paragraph)
            return BRITISH
        if mark == "'" and _starts_quote(text, i) and _after(_word_ends(text, mark), i) is not None:
            return BRITISH_STRAIGHT
    return ENGLISH


def _starts_word(text: str, i: int) -> bool:
    """Whether the mark at i stands at a word's start: after a space or an opening bracket, or
    after marks that do (“‘ opens twice; ='img'" opens nothing)."""
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    j = i - 1
    while j >= 0 and text[j] in MARKS:
        j -= 1
    before = text[j] if j >= 0 else " "
    return before.isspace() or before in _OPEN_AFTER


def _starts_quote(text: str, i: int) -> bool:
    """Whether the mark at i starts a word, and is not an apostrophe typed as ‘ or ' (the ‘90s,
    rock 'n' roll, 'em)."""
    single = text[i] in _SINGLE
    decade = single and text[i + 1 : i + 3].isdigit() and text[i + 3 : i + 4] == "s"
    return _starts_word(text, i) and not decade and not (single and _ELISION.match(text, i + 1))


def _ends_word(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return i > 0 and not text[i - 1].isspace() and not after.isalnum()


def _closed_level(text: str, i: int, stack: list[tuple[Pair, int]]) -> int | None:
    """Which open quote (index in the stack, innermost first) the mark at i closes, if any."""
    for level in range(len(stack) - 1, -1, -1):
        pair, start = stack[level]
        if text[i] in pair.closing and _closes(text, i, pair, start):
            return level
    return None


def _closes(text: str, i: int, pair: Pair, start: int) -> bool:
    mark = text[i]
    if mark in _APOSTROPHES:
        return _ends_word(text, i) and not _is_apostrophe(text, i, pair, start)
    if mark in pair.opening:
        return i > 0 and not text[i - 1].isspace()
    return True


def _is_apostrophe(text: str, i: int, pair: Pair, start: int) -> bool:
    """A ’ ending a word that is no closing mark: rock ’n’ roll, the councils’ budgets (unless the
    quote has no other way to close)."""
    word = i
    while word > 0 and text[word - 1].isalpha():
        word -= 1
    if word != start and word > 0 and text[word - 1] == text[i] and _starts_word(text, word - 1):
        return True
    return _is_plural_possessive(text, i) and _closes_later(text, i, pair)


def _is_plural_possessive(text: str, i: int) -> bool:
    """the councils’ budgets; ‘… not the shareholders’,’ (the closing mark comes right after)."""
    if text[i - 1] not in "sS":
        return False
    if text[i + 1 : i + 2] in tuple(",.;!?") and text[i + 2 : i + 3] == text[i]:
        return True
    return text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isalnum()


def _closes_later(text: str, i: int, pair: Pair) -> bool:
    """Whether a later ’ could close the quote, before a new one opens."""
    closes_at = _after(_sure_word_ends(text, pair.closing), i)
    opens_at = _after(_word_starts(text, pair.opening), i)
    return closes_at is not None and (opens_at is None or closes_at < opens_at)


def _opened_pair(text: str, i: int, convention: Convention, stack: list[tuple[Pair, int]]) -> Pair | None:
    """The pair whose quote the mark at i opens. Inside a quote, the mark must start a word, and a
    mark of the outer kind must also leave closing marks enough for both quotes."""
    if len(stack) >= _MAX_DEPTH:
        return None
    mark = text[i]
    if not stack:
        pair = next((p for p in convention.outer if mark in p.opening), None)
        free = pair is not None and mark not in pair.closing and mark not in _SINGLE
        return pair if pair and (free or _starts_quote(text, i)) else None
    if not _starts_quote(text, i):
        return None
    for pair in convention.inner:
        if mark in pair.opening:
            return pair
    for pair in convention.outer:
        if mark in pair.opening and _closers_after(text, i, pair) > sum(p == pair for p, _ in stack):
            return pair
    return None


def _closers_after(text: str, i: int, pair: Pair) -> int:
    closing = _marks_after_text(text, pair.closing)
    return len(closing) - bisect_right(closing, i)


# Where marks stand in a paragraph, found once per paragraph and kind, so look-ahead stays linear.
@lru_cache(maxsize=16)
def _marks_after_text(text: str, marks: str) -> tuple[int, ...]:
    return tuple(j for j, char in enumerate(text) if char in marks and j > 0 and not text[j - 1].isspace())


@lru_cache(maxsize=16)
def _word_ends(text: str, marks: str) -> tuple[int, ...]:
    return tuple(j for j, char in enumerate(text) if char in marks and _ends_word(text, j))


@lru_cache(maxsize=16)
def _sure_word_ends(text: str, marks: str) -> tuple[int, ...]:
    return tuple(j for j in _word_ends(text, marks) if not _is_plural_possessive(text, j))


@lru_cache(maxsize=16)
def _word_starts(text: str, marks: str) -> tuple[int, ...]:
    return tuple(j for j, char in enumerate(text) if char in marks and _starts_quote(text, j))


def _after(positions: tuple[int, ...], i: int) -> int | None:
    """The first position after i."""
    at = bisect_right(positions, i)
    return positions[at] if at < len(positions) else None
