"""Who said it: quote kind (speech or term) and speaker attribution across an article."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsdeck.model import SPEECH, TERM
from newsdeck.names import PRONOUNS, ROLE_NOUNS, SOURCES, name_runs, person_name, titles_in
from newsdeck.quotes import Span
from newsdeck.sentences import sentences

SPEECH_VERBS = frozenset(
    """say says said saying add adds added adding warn warns warned warning tell tells told
    telling write writes wrote writing ask asks asked asking insist insists insisted insisting
    explain explains explained explaining note notes noted noting state states stated declare
    declares declared argue argues argued arguing claim claims claimed continue continues
    continued reply replies replied respond responds responded answer answers answered recall
    recalls recalled remark remarked stress stresses stressed emphasize emphasized emphasised
    acknowledge acknowledged admit admits admitted announce announced observe observed
    commented concede conceded conclude concluded suggest suggests suggested urge urges urged
    caution cautioned complain complained counter countered maintain maintained predict
    predicted promise promised vow vowed joke joked quip quipped shout shouted whisper
    whispered tweet tweeted post posted voice voiced voicing accuse accused accusing blame
    blamed blaming describe described describing call called calling express expressed pledge
    pledged reiterate reiterated repeat repeated confirm confirmed deny denied testify testified
    insisting telling recounted boasted boasts lamented laments mused""".split()
)
_VERB = r"(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")"
_CAP = r"[^\W\d_][\w’'.\-]*"
_SUBJECT = (
    r"(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e"
    r"|(?:[Tt]he|[Aa]n?)\s+(?:[\w’'.\-]+\s+){0,4}?[\w\-]+"
    rf"|{_CAP}(?:\s+{_CAP}){{0,6}})"
)
_APPOSITIVE = r"(?:\s*,[^,\"“”_]{1,100},)?"
_POST_SUBJECT_VERB = re.compile(rf"^[\s,;:—–\-]*(?P<subj>{_SUBJECT}){_APPOSITIVE}\s+(?:\w+ly\s+)?{_VERB}\b")
_POST_VERB_SUBJECT = re.compile(rf"^[\s,;:—–\-]*{_VERB}\s+(?P<subj>[^.,;:!?\"“”_]+?)\s*(?:[.,;:!?\"“”_]|$)")
_SUBJECT_BEFORE_VERB = re.compile(rf"(?P<subj>{_SUBJECT})\s+(?:\w+ly\s+)?{_VERB}\b[^_]*$")
_VERB_ANYWHERE = re.compile(rf"\b{_VERB}\b")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^.,;:!?\"“”_]+)")
_TERM_CUE = re.compile(
    r"(?:so[- ]called|dubbed|known as|nicknamed|(?:en)?titled|named|coined|labell?ed|branded|"
    r"(?:is|are|was|were|be|been|being)\s+called|(?:a|an|the)\s+\w+\s+called|"
    r"the\s+(?:term|words?|phrase|slogan|hashtag|motto|song|single|album|book|novel|film|movie|"
    r"show|play|series|poem|headline|title|nickname|label|name))\s*[,:]?\s*$",
    re.IGNORECASE,
)
_ROLE_INTRO = re.compile(r"\b(?<![’'])[Aa]n?\s+(?P<role>[\w’'\- ]+)")
MASK = "_"
ABBREVIATION_MARK = "·"
_PARENTHESES = re.compile(r"\((?:[^()_]{0,40})\)")
_ABBREVIATION_DOT = re.compile(
    r"\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Gen|Col|Sen|Rep|Gov|Mrs|Sgt|Adm|Rev|Capt|Prof)(\.)|\b[A-Z](\.)(?=\s?[A-Z])"
)


@dataclass
class Context:
    """What the reader knows so far: full names by surname, roles, the person in focus."""

    full_names: dict[str, str]
    roles: dict[str, str] = field(default_factory=dict)
    focus: str | None = None
    reported: str | None = None


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


def full_names(paragraph_masks: list[str]) -> dict[str, str]:
    """Surname → the name as first fully given in the article ('President Biden' → 'Biden' if
    the article never gives more)."""
    names: dict[str, str] = {}
    titled: dict[str, str] = {}
    for text in paragraph_masks:
        for _, _, words in name_runs(text):
            name = person_name(words)
            if name and " " in name:
                names.setdefault(name.split()[-1], name)
            elif name and len(words) > 1:
                titled.setdefault(name, name)
    return titled | names


def _person(words: list[str], context: Context) -> str | None:
    """The full name for a name run; a lone word counts only as the surname of someone named in full."""
    name = person_name(words)
    if not name:
        return None
    if " " not in name:
        return context.full_names.get(name)
    return context.full_names.get(name.split()[-1], name)


def _is_role_noun(word: str) -> bool:
    word = word.lower().strip(",.")
    return word in ROLE_NOUNS or word.endswith(("spokesman", "spokeswoman", "spokesperson"))


_ROLE_PREPOSITIONS = ("for", "at", "of", "with", "from")


def _attached_phrase(words: list[str]) -> int:
    """How many words after a role noun belong to it: 'for the agency', 'at the Department of Justice'."""
    if not words or words[0].lower() not in _ROLE_PREPOSITIONS:
        return 0
    n = 1
    if n < len(words) and words[n].lower() in ("the", "a", "an"):
        n += 1
    if n < len(words) and words[n][:1].isupper():
        while n < len(words) and (words[n][:1].isupper() or words[n] in ("of", "and", "&")):
            n += 1
        while words[n - 1] in ("of", "and", "&"):
            n -= 1
        return n
    return n + 1 if n < len(words) else n


def _role(phrase: str, context: Context, introduces: bool) -> str | None:
    """A role ('State Department spokesman', 'spokeswoman for the agency') → who holds it, or the role."""
    words = phrase.split()
    head = next((i for i, w in enumerate(words[:5]) if _is_role_noun(w)), None)
    if head is None:
        return None
    noun = words[head].lower()
    if not introduces and noun in context.roles:
        return context.roles[noun]
    role = " ".join(words[: head + 1 + _attached_phrase(words[head + 1 :])])
    context.roles[noun] = role
    return role


def resolve(subject: str, context: Context) -> str | None:
    """A subject phrase (name, pronoun, 'the spokesman', 'a State Department spokesman') → speaker."""
    subject = subject.strip(" ,")
    first, _, rest = subject.partition(" ")
    if first.lower() in PRONOUNS and not rest:
        return context.focus
    if first.lower() in ("the", "a", "an"):
        runs = name_runs(rest)
        if runs and runs[-1][1] == len(rest) and _person(runs[-1][2], context):
            return _person(runs[-1][2], context)
        return _role(rest, context, introduces=first.lower() != "the")
    runs = name_runs(subject)
    if runs:
        person = _person(runs[-1][2], context)
        if person:
            return person
    return None


def _according_to(sentence: str, context: Context) -> str | None:
    match = _ACCORDING_TO.search(sentence)
    if not match:
        return None
    who = match.group("who").strip()
    words = [w.lower().rstrip("’'") for w in who.split() if w.lower() not in ("a", "an", "the")]
    if not words or words[0] in SOURCES or words[-1] in SOURCES:
        return None
    if who.split()[-1].lower().endswith("s") and who.split()[0].lower() not in ("a", "an"):
        runs = name_runs(who)
        if not runs:
            return None
    return resolve(who, context)


def _mentions(text: str, context: Context) -> list[str]:
    people = []
    for _, _, words in name_runs(text):
        person = _person(words, context)
        if person and (" " in person or person in context.full_names.values()):
            people.append(person)
    return people


def _subject_of(before: str, context: Context) -> str | None:
    """The speaker of a quote that follows a speech verb in the same sentence."""
    verbs = list(_VERB_ANYWHERE.finditer(before))
    if not verbs:
        return None
    match = _SUBJECT_BEFORE_VERB.search(before[: verbs[-1].end()] + " ")
    if match:
        speaker = resolve(match.group("subj"), context)
        if speaker:
            return speaker
    people = _mentions(before[: verbs[-1].start()], context)
    if people:
        return people[0]
    if re.match(r"\s*(?:[Hh]e|[Ss]he)\b", before):
        return context.focus
    return None


def _looks_like_term(quote: str, has_speech_context: bool) -> bool:
    """A quote with no speech around it: short and unpunctuated, or a Title Case title."""
    if has_speech_context:
        return False
    words = quote.split()
    if len(words) <= 4 and not re.search(r"[.!?,;:]\s*$", quote):
        return True
    return len(words) <= 6 and all(w[:1].isupper() for w in words if len(w) > 3)


@dataclass
class Attribution:
    kind: str
    speaker: str | None


def attribute_paragraph(text: str, spans: list[Span], context: Context, continues: str | None) -> list[Attribution]:
    """Kind and speaker for each quote span of one paragraph, updating the reader's context."""
    mask = masked(text, spans)
    bounds = sentences(mask)
    results: list[Attribution] = []
    for index, (lo, hi) in enumerate(bounds):
        register_roles(mask[lo:hi], context)
        inside = [span for span in spans if lo <= span.start < hi or (index == len(bounds) - 1 and span.start >= hi)]
        found = [_attribute(text, mask, span, bounds, index, context) for span in inside]
        results.extend(found)
        speakers = [a.speaker for a in found if a.kind == SPEECH and a.speaker]
        people = _mentions(mask[lo:hi], context)
        if speakers:
            context.focus = speakers[-1]
        elif people:
            context.focus = people[0]
    _fill_from_neighbours(results, spans, continues)
    last = mask[bounds[-1][0] : bounds[-1][1]]
    context.reported = _subject_of(last, context) if not spans and _VERB_ANYWHERE.search(last) else None
    return results


def _attribute(text: str, mask: str, span: Span, bounds: list[tuple[int, int]], index: int, context: Context):
    lo, hi = bounds[index]
    before = mask[lo : max(lo, span.start - 1)]
    after_start = span.end + (0 if span.open else 1)
    after = mask[after_start:hi] if after_start < hi else mask[after_start:]
    if not after.strip(" ,") and index + 1 < len(bounds):
        after = after + mask[bounds[index + 1][0] : bounds[index + 1][1]]
    if _TERM_CUE.search(before):
        return Attribution(TERM, None)
    speaker, speech_context = None, False
    post = _POST_SUBJECT_VERB.match(after) or _POST_VERB_SUBJECT.match(after)
    if post:
        speech_context = True
        speaker = resolve(post.group("subj"), context)
    if speaker is None:
        speaker = _according_to(mask[lo:hi], context)
        speech_context = speech_context or speaker is not None
    if speaker is None and _VERB_ANYWHERE.search(before):
        speech_context = True
        speaker = _subject_of(before, context)
    quote = text[span.start : span.end]
    if not speech_context and _looks_like_term(quote, span.starts_paragraph or span.open):
        return Attribution(TERM, None)
    return Attribution(SPEECH, speaker)


def register_roles(sentence: str, context: Context) -> None:
    """Remember who holds which role: 'Mayor Jane Doe', 'press secretary Josh Earnest', 'Jo Bo, the mayor,'."""
    for start, end, words in name_runs(sentence):
        person = _person(words, context)
        if not person:
            continue
        nouns = titles_in(words[: len(words) - len(person_name(words).split())])
        before = re.search(r"([\w-]+)(?:,)?\s*$", sentence[:start])
        if before and before.group(1).lower() in ROLE_NOUNS:
            nouns.append(before.group(1).lower())
        after = re.match(r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?([\w-]+)\b", sentence[end:])
        if after and after.group(1).lower() in ROLE_NOUNS:
            nouns.append(after.group(1).lower())
        for noun in nouns:
            context.roles[noun] = person
    for intro in _ROLE_INTRO.finditer(sentence):
        _role(" ".join(intro.group("role").split()[:10]), context, introduces=True)


def _fill_from_neighbours(results: list[Attribution], spans: list[Span], continues: str | None) -> None:
    """Unattributed speech takes the speaker of a neighbouring quote, or of the previous paragraph."""
    for i, result in enumerate(results):
        if result.kind != SPEECH or result.speaker:
            continue
        earlier = [r.speaker for r in results[:i] if r.kind == SPEECH and r.speaker]
        later = [r.speaker for r in results[i + 1 :] if r.kind == SPEECH and r.speaker]
        if earlier:
            result.speaker = earlier[-1]
        elif spans[i].starts_paragraph and continues:
            result.speaker = continues
        elif later:
            result.speaker = later[0]
