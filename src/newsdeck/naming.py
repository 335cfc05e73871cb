"""Names a reader learns after the fact, once more of the article is read: the unnamed speaker
whom a later sentence names ('Hun heter Ingrid Solheim Aasen'), descriptions the article names
later ('a toxicologist at Harwell' → the one toxicologist it names), a body quoted by its short name."""

from __future__ import annotations

import os
import re
from itertools import takewhile
from typing import TYPE_CHECKING

from newsdeck.lexicon import HONORIFICS, LANGUAGES, NORDIC, role_gender, same_role
from newsdeck.masking import MASK
from newsdeck.model import SPEECH
from newsdeck.names import TITLES, name_runs
from newsdeck.people import (
    NAME_IS,
    NICKNAMED,
    RELATION_GENDER,
    Person,
    has_a_role,
    is_kind_of_organisation,
    looks_like_a_person,
    person_words,
    without_possessive,
)
from newsdeck.quotes import Span
from newsdeck.sentences import sentences
from newsdeck.story import (
    ANONYMOUS,
    ANYBODY,
    ANYONE,
    DEFINITE,
    OPENING_PHRASE,
    PREPOSITIONS,
    Reader,
    content_words,
    definite_stems,
    has_label,
    holds_it_elsewhere,
    is_aged,
    is_person_noun,
    person_head,
    places_fit,
    split_determiner,
)

if TYPE_CHECKING:
    from newsdeck.speakers import Attribution

_HER_NAME_IS = re.compile(
    rf"^\s*(?:{NAME_IS}|"
    r"(?:die|der)\s+[\w\-]+\s+hei(?:ß|ss)t|(?:la|le)\s+[\w\-]+\s+s[’']appelle|"  # "Die 58-Jährige heißt"
    r"(?P<label>[\wæøåäö\-]+(?:en|et|n))\s+(?:heter|hedder|heiter))\s+",  # "Sjåføren heter"
    re.IGNORECASE,
)


_AFTER_A_QUOTE = re.compile(r"^[\s_.!?…«»„“”\"'’‘‹›]+(?=[A-ZÀ-Þ])")
# "The neighbor, Rosalind Pike, 63, …": a label in lower case before the name
_LABEL_BEFORE_NAME = re.compile(
    r"^\s*(?:(?:(?:[Tt]he|[Tt]hat|[Tt]his|[Aa]n?|[Ll]e|[Ll]a|[Dd]en|[Dd]et)\s+|[Ll][’'])[a-zà-ÿ]|(?:[Dd]er|[Dd]ie|[Dd]as)\s+\w)"
    r"[\w’'-]*(?:\s+[a-zà-ÿ][\w’'-]*){0,3},\s+(?=[A-ZÀ-Þ])"  # (German nouns are capitalized: "Die Landrätin, …")
)
_NORDIC_LABEL = re.compile(r"^\s*[A-ZÅÄÖÆØ][a-zåäöæø]{2,}(?:an|en|n),\s+(?=[A-ZÀ-Þ])")  # "Kvinnan, Lena Berg, 45,"


def _label_before_name(sentence: str, reader: Reader) -> re.Match | None:
    """The label a sentence opens on before a name: 'The neighbor, ', 'Die Landrätin, ', 'Kvinnan, '."""
    nordic = _NORDIC_LABEL.match(sentence) if reader.language.code in NORDIC else None
    return _LABEL_BEFORE_NAME.match(sentence) or nordic


# "Der 47-Jährige, der sich später als Jürgen Brandt vorstellte", "who gave her name as Rosa Díaz"
_INTRODUCED_AS = re.compile(
    r"\b(?:introduced\s+(?:himself|herself)\s+as|gave\s+(?:his|her)\s+(?:full\s+)?name\s+as|"
    r"identified\s+(?:himself|herself)\s+as|s[’']est\s+présentée?\s+comme|"
    r"sich\s+(?:\w+\s+){0,2}als(?=\s+[A-ZÀ-Þ][\w-]+(?:\s+[A-ZÀ-Þ][\w-]+){0,2}\s+vorstellte)|"
    r"presenterade\s+sig\s+som|præsenterede\s+sig\s+som|presenterte\s+seg\s+som)\s+(?=[A-ZÀ-Þ])"
)
_NAME_AND_AGE = re.compile(r"^\s*[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,3},\s+\d{1,3}(?:\s+(?:ans|år|Jahre))?,")
# "Aylin Demir, so heißt die 46-Jährige, …"
_SO_HEISST = re.compile(r"^\s*([A-ZÀ-Þ][^,_]{2,60}),\s+so\s+(?:heißt|hieß|heisst|hiess)\s+(?:die|der)\s")


def name_the_unnamed(masks: list[str], spans: list[list[Span]], results: list[list[Attribution]], reader: Reader):
    """'En kvinne … «…», sier hun.' then 'Hun heter Ingrid Solheim Aasen': a sentence that gives
    the name of someone quoted unnamed just before (in that paragraph or the two before it). A
    lede that describes ('A scaffolder has told a jury …') is named by the next paragraph opening
    on someone not named before ('Darren Pugh, 44, …')."""
    for k, mask in enumerate(masks):
        for n, (lo, hi) in enumerate(sentences(mask)):
            sentence = mask[lo:hi]
            naming = _AFTER_A_QUOTE.sub("", sentence)  # "«…» Sie heisst Mengia Tuor"
            called = _SO_HEISST.match(naming)
            name = reader.person_named(called.group(1)) if called else None
            her = _HER_NAME_IS.match(naming)
            if not name and her:
                name = first_named(naming, reader) or _newly_named(naming, reader)
            introduced = _INTRODUCED_AS.search(naming) if not name else None
            if introduced:
                name = _introduced_as(naming, introduced.end(), reader)
            described = set(reader.unnamed.values())  # someone, not "authorities"
            aged = n == 0 and _NAME_AND_AGE.match(sentence)  # "Pascal Jaquier, 54 ans, …": the one just described
            label = _label_before_name(sentence, reader) if n == 0 else None  # "The neighbor, Earl Dunaway, …"
            unique = [
                r.speaker
                for r in results[k - 1]
                if r.speaker in described
                and (
                    aged
                    or _unique_role(r.speaker)
                    or is_aged(r.speaker)  # "a 67-year-old retired farmer": one person, named later
                    or _labelled(r.speaker, label, reader)
                )
            ]
            later = n > 0 and k == 1 and not name  # the second paragraph's later sentence, if none before named anyone
            later = later and not any(first_named(mask[a:b], reader) for a, b in sentences(mask)[:n])
            if not name and (k in (1, 2) or unique) and (n == 0 or later):  # the lede, its first paragraph or two
                if n:  # "On Friday, after 38 years …, Margaret Lindqvist will hand the wheel …"
                    newcomer = _subject_named(sentence, reader)
                else:
                    newcomer = first_named(sentence, reader) or first_named(OPENING_PHRASE.sub("", sentence, 1), reader)
                new = newcomer and not _mentioned_before(newcomer, masks[:k], reader)
                lede = [r.speaker for found in results[:k] for r in found if r.speaker in described]
                lede = unique[-1:] if k > 2 else lede
                gender = reader.gender_of_unnamed(lede[0]) if lede else None  # a pronoun's, else the role's
                person = reader.registry.people.get(newcomer) if new else None
                fits = not label or (lede and _fits_label(lede[0], label.group(0), reader))
                title = _opening_title(sentence)  # "Council Member Ruth Abernathy …": someone else,
                titled = bool(title) and (k > 2 or bool(lede) and _titled_otherwise(title, lede[0], reader))
                if person and lede and fits and not titled and (not gender or person.gender in (gender, None)):
                    name = newcomer
            opened_on_a_quote = naming != sentence and MASK in sentence  # "« … » Véronique Lambotte, à la tête …"
            named_at = lo + len(sentence) - len(naming)
            just_quoted = _QUOTED_JUST_BEFORE.search(mask[:lo]) or opened_on_a_quote
            if not name and n > 0 and (_NAME_AND_ROLE.match(naming) or just_quoted):
                name = _named_right_after(naming, named_at, k, masks, spans, results, reader)
            if not name:
                continue
            start = max(0, k - 2)
            stems = definite_stems(her.group("label").lower()) if her and her.group("label") else []
            far = _first_quoting(stems, results[:start], reader) if stems else None  # "Tvåbarnsmamman heter …":
            start, stems = (start, []) if far is None else (far, stems)  # the one so described, however far back
            earlier = [
                r.speaker
                for j in range(start, k + 1)
                for r, span in zip(results[j], spans[j], strict=True)
                if (j < k or span.start < named_at)
                and r.speaker
                and r.speaker not in reader.registry.people
                and not ANONYMOUS & set(r.speaker.lower().split()[:3])  # a source stays unnamed ("a senior aide")
                and r.speaker not in reader.anonymous
                and (not stems or reader.head_of(r.speaker) in stems)  # "Tvåbarnsmamman": the tvåbarnsmamma
            ]
            if earlier:
                rename(results[start : k + 1], earlier[-1], name, "named after", reader)


def _first_quoting(stems: list[str], results, reader: Reader) -> int | None:
    """The first paragraph that quotes someone whose description's head is one of these stems: the
    'tvåbarnsmamma' a later 'Tvåbarnsmamman heter …' names."""
    quoting = (
        j for j, paragraph in enumerate(results) for r in paragraph if r.speaker and reader.head_of(r.speaker) in stems
    )
    return next(quoting, None)


_NAME_AND_ROLE = re.compile(
    r"^\s*[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){1,3},\s+(?:(?:la|le|the|die|der)\s|l[’']|\d{1,3}\b)"
)


_PRONOUNS = "|".join(sorted({p for language in LANGUAGES.values() for p in language.pronouns}))
# "„…“, sagte er.", "« … », dit-il.", "“…,” she said.": the sentence before ends on a quote a pronoun said
_QUOTED_JUST_BEFORE = re.compile(
    rf"_[,\s]*[”“\"»«]?,?\s+(?:\w+(?:\s+|-(?:t-)?)(?:{_PRONOUNS})|(?:{_PRONOUNS})\s+\w+)\.\s*$", re.IGNORECASE
)


def _named_right_after(sentence: str, lo: int, k: int, masks, spans, results, reader: Reader) -> str | None:
    """'Dans la foule, une femme aux cheveux blancs brandit « … ». Colette Marchetti, la mère de
    Julien, a été …': someone new, named with an age or a role right after the unnamed woman or man
    quoted in that paragraph, is them (`_named_next` does it for a quote's own sentence)."""
    described = set(reader.unnamed.values()) - reader.anonymous
    quoted = [r.speaker for r, span in zip(results[k], spans[k], strict=True) if span.start < lo and r.speaker]
    if not quoted or quoted[-1] not in described or not may_be_named(quoted[-1], sentence, reader):
        return None
    newcomer = first_named(sentence, reader) or _subject_named(sentence, reader, inverted=True)
    person = reader.registry.people.get(newcomer) if newcomer else None
    gender = reader.gender_of_unnamed(quoted[-1])
    if not person or _mentioned_before(newcomer, [*masks[:k], masks[k][:lo]], reader):
        return None
    return newcomer if not gender or person.gender in (gender, None) else None


def may_be_named(description: str, sentence: str, reader: Reader) -> bool:
    """Whether a sentence that names someone new can be naming this unnamed speaker: not when it
    gives them another role ('A nurse … “…” Jeanne Roy, the hospital's director, …')."""
    if description not in reader.unnamed.values() or re.match(r"[^,]+,\s+\d", sentence):
        return True  # a pronoun's speaker, or "Werner Stegmann, 71, …"
    role = re.match(r"[^,]+,\s+(?:(?:the|a|an|la|le|die|der|den|det)\s+|l[’'])([^,]+),", sentence)
    head = reader.head_of(description)
    return not role or head in ANYBODY or _names_the_noun(role.group(1), description, reader)


def _mentioned_before(name: str, masks: list[str], reader: Reader) -> bool:
    """Whether these paragraphs mention the person: by full name, or by a surname no one else has
    (Holger Brandtner is new after Ulrike Brandtner spoke)."""
    surname = name.split()[-1]
    shared = any(p.name != name and p.surname == surname for p in reader.registry.people.values() if not p.organisation)
    mention = re.escape(name) if shared else rf"\b{re.escape(surname)}\b"
    return any(re.search(mention, m) for m in masks)


def label_the_lede(masks: list[str], reader: Reader) -> None:
    """A lede that opens on a label ('The Bulgarian had gone 11 matches without a goal.') and the
    paragraph after it that opens on someone new ('Kaloyan Petrakiev struck …'): the label is theirs,
    so 'the Bulgarian shrugged' later is him."""
    if len(masks) < 2 or not sentences(masks[0]):
        return
    lo, hi = sentences(masks[0])[0]
    determiner, rest = split_determiner(masks[0][lo:hi].split()[:3], reader.language)
    head = rest[0].lower().strip(",") if rest else ""
    if determiner != DEFINITE or not is_person_noun(head, reader.language.code) or first_named(masks[0][lo:hi], reader):
        return
    person = _opening_newcomer(masks, reader)
    gender = role_gender(head, reader.language.code)
    if (
        person
        and not person.organisation
        and person.surname not in masks[0]
        and (not gender or person.gender in (gender, None))
    ):
        person.labels.add(person_head(head, reader.language.code))


def quoted_before_anyone(masks: list[str], results: list[list[Attribution]], reader: Reader) -> None:
    """A lede whose quotes no one is named for ('The novelist arrives early. “I’m always early,” she
    says.'): the words of the one the next paragraph opens on ('Margit Solberg, 49, has written …'),
    unless the lede's pronouns say another gender."""
    lede = [r for r in results[0] if r.kind == SPEECH] if results else []
    if not lede or any(r.speaker for r in lede):
        return
    person = _opening_newcomer(masks, reader)
    genders = {reader.language.pronouns.get(w.lower()) for w in re.findall(r"\w+", masks[0])} - {None}
    if person and not person.organisation and (not person.gender or genders <= {person.gender}):
        for r in lede:
            r.speaker, r.rule = person.name, "named after the lede"


def _opening_newcomer(masks: list[str], reader: Reader) -> Person | None:
    """The person the article's second paragraph opens on ('Kaloyan Petrakiev struck …')."""
    opening = sentences(masks[1])[:1] if len(masks) > 1 else []
    newcomer = first_named(masks[1][opening[0][0] : opening[0][1]], reader) if opening else None
    return reader.registry.people.get(newcomer) if newcomer else None


def rename(results: list[list[Attribution]], description: str, name: str, why: str, reader: Reader) -> None:
    """An unnamed speaker turns out to be someone named: their quotes and their description are his."""
    for found in results:
        for r in found:
            if r.speaker == description:
                r.speaker, r.rule = name, f"{r.rule}, {why}"
    label_as(description, name, reader)


def label_as(description: str, name: str, reader: Reader) -> None:
    """The description an unnamed speaker had becomes a label of the person they turn out to be:
    'une infirmière du service' is Claire Mercadier, so the article's later 'l'infirmière' is too."""
    person = reader.registry.people.get(name)
    for head in (h for h, described in reader.unnamed.items() if described == description and person):
        person.labels.add(head)


def named_by_next_quote(
    masks: list[str], spans: list[list[Span]], results: list[list[Attribution]], reader: Reader
) -> None:
    """'The club’s chairman, a local businessman, said the plans were “non-negotiable.”' then
    '“We either build or we die,” said Terry Mabbott.': the one person a role describes, quoted
    again under a name the article had not given before, in the next paragraph, or in the same one
    by the very next quote ('Dessen Vorsitzender … hält das Parkhaus für „überlebenswichtig“. „…“,
    sagt Thomas Brandl.')."""
    described = set(reader.unnamed.values()) - reader.anonymous
    for k in range(len(results)):
        spoken = [(r, span) for r, span in zip(results[k], spans[k], strict=True) if r.speaker]
        for i, (attribution, span) in enumerate(spoken):
            earlier = [r for r, _ in spoken[:i]] if i else [r for r in results[k - 1] if r.speaker] if k else []
            role_end = spoken[i - 1][1].end if i else None  # (None: the role spoke in the paragraph before)
            if earlier and _names_the_role(attribution, earlier[-1], masks[: k + 1], role_end, span, described, reader):
                name, why = attribution.speaker, "named by the next quote"
                rename(results[max(0, k - 2) : k + 1], earlier[-1].speaker, name, why, reader)
                break


def _names_the_role(
    attribution: Attribution,
    role: Attribution,
    masks: list[str],
    role_end: int | None,
    span: Span,
    described: set[str],
    reader: Reader,
) -> bool:
    """Whether a quote under a name no one was given before names the role quoted just before it
    (`masks` run to this quote's paragraph; `role_end`: where the role's quote ended in it)."""
    newcomer = reader.registry.people.get(attribution.speaker)
    if (
        not newcomer
        or newcomer.organisation
        or " " not in newcomer.name
        or attribution.rule == "according to"  # (not a report "prepared by Hartwell Engineering")
        or role.speaker not in described
    ):
        return False
    between = masks[-1][role_end : span.start].lstrip(' .!?…”“"»«„’') if role_end is not None else ""
    if role_end is not None and (attribution.vague or has_a_role(newcomer) or re.search(r"[.!?]", between)):
        return False  # in the same paragraph: the very next sentence's quote, by someone given no role
    aged = any(label.endswith("-year-old") for label in newcomer.labels)  # "said Walt Geddes, 67, who farms …"
    if not (_unique_role(role.speaker) or (aged and _quoted_in_person(role))):
        return False
    surname = re.compile(rf"\b{re.escape(newcomer.surname)}\b")
    before = [*masks[:-1], masks[-1][: role_end or 0]]
    kin = (RELATION_GENDER.get(w.lower()) for w in role.speaker.split()[:2])  # "jeune père de famille"
    gender = reader.gender_of_unnamed(role.speaker) or next(filter(None, kin), None)  # a pronoun's, the role's
    return not (
        any(surname.search(m) for m in before)
        or (gender and newcomer.gender not in (gender, None))
        or _another_role(newcomer, role.speaker, reader.language.code)
        or holds_it_elsewhere(role.speaker, newcomer, reader.head_of(role.speaker))
    )


def _quoted_in_person(attribution: Attribution) -> bool:
    """Someone the article met and quoted (not 'a source', not a source 'according to' whom): who a
    newcomer quoted with their age in the next paragraph may turn out to be."""
    words = attribution.speaker.lower().split()
    anonymous = words[0] in ANYONE or not ANONYMOUS.isdisjoint(words[:3])  # "a senior council source"
    return not anonymous and attribution.rule != "according to"


def _another_role(person, description: str, language: str) -> bool:
    """Whether a spokesperson the article quotes unnamed cannot be this person, whom it gives
    another role: the company's spokesperson is not 'Socialdemokraten Anne-Marie Skov'."""
    if not any(_SPOKESPERSON.search(word) for word in description.lower().split()[:3]):
        return False  # "talsperson for selskabet", "company's spokesperson"
    roles = [label for label in person.labels if is_person_noun(label, language)]
    return bool(roles) and not any(_SPOKESPERSON.search(label) for label in roles)


_SPOKESPERSON = re.compile(r"spokes|sprecher|porte-parole|tale?s(?:person|man+d?|kvin(?:na|de|ne))")


def _titled_otherwise(title: str, description: str, reader: Reader) -> bool:
    """Whether the title a sentence opens on before a name is no one a plain description could be:
    'Superintendent Dana Whitcombe, …' is not the 'mother' a lede quoted (Mrs Ellis may be)."""
    anyone = reader.head_of(description) in _ANYONE_AT_ALL | ANYBODY | RELATION_GENDER.keys()
    if not anyone or title.lower() in HONORIFICS:
        return False
    return not _names_the_noun(title, description, reader)


def _opening_title(sentence: str) -> str:
    """The title a sentence opens on before a name ('Superintendent Dana Whitcombe, …'), or ''."""
    runs = name_runs(sentence)
    return " ".join(person_words(runs[0][2])[0]) if runs and runs[0][0] == 0 else ""


def _unique_role(description: str) -> bool:
    """A description of one person only, whom a story names sooner or later: 'the chief executive of
    Lodeside Water', 'the zoo’s head of animal health', 'Dessen Vorsitzender', 'la présidente de
    l'association' (not 'a resident', 'one neighbour', 'un habitant de la commune')."""
    words = description.lower().split()
    if len(words) < 2 or words[0] in _ANYONE_AT_ALL:
        return False
    owned = any(w.endswith(("’s", "'s")) for w in words) or words[0] in _A_BODY_S  # "Dessen Vorsitzender"
    return owned or not _OF.isdisjoint(words)


_A_BODY_S = frozenset("its their dessen deren leur".split())  # a body's role: "its chairman", "dessen Sprecher"
_OF = frozenset("of for de du des der i av för".split())  # "présidente de l'association", "Chefin der Klinik"
_ANYONE_ELSEWHERE = frozenset(  # anyone at all in the other languages: "un habitant de la commune"
    """habitant habitante riverain riveraine voisin voisine membre passant passante client cliente anwohner
    anwohnerin nachbar nachbarin einwohner einwohnerin bewohner bewohnerin mitglied kunde kundin boende invånare
    granne nabo beboer innbygger indbygger medlem kund""".split()
)
_ANYONE_AT_ALL = ANYONE | ANONYMOUS | _ANYONE_ELSEWHERE


def _fits_label(description: str, label: str, reader: Reader) -> bool:
    """Whether a label before a name can be someone a lede described: 'the neighbor' the 'woman who
    lives next door' (anyone may be a neighbor, not the mayor), not 'la maire' the 'habitant du quartier'."""
    head, noun = reader.head_of(description), label.lower().split()[-1].strip(",")
    anybody = noun in ANYBODY  # "Die Frau, Petra Vogel," after "eine Anwohnerin" (genders checked by the caller)
    generic = noun in _ANY_ROLE and _unique_role(description)  # "That official, Colm Reddan" for the city's head of …
    return (head in ANYBODY and noun not in TITLES) or anybody or generic or _names_the_noun(label, description, reader)


# what any holder of a role may be called: "The researcher, Dr. Ilse Vandermeer," for the study's lead author
_ANY_ROLE = frozenset(
    "official researcher scientist executive forscher forscherin chercheur chercheuse forskare forsker".split()
)


def _labelled(description: str, label: re.Match | None, reader: Reader) -> bool:
    """Whether the label before a name is the description's own noun: 'The neighbor, Earl Dunaway'
    after 'a neighbor across the street' (not 'The local mayor, …' after 'a local nurse')."""
    return bool(label) and _names_the_noun(label.group(0), description, reader)


def _names_the_noun(label: str, description: str, reader: Reader) -> bool:
    """Whether a label ('The neighbor, ') is the head noun of a description and says nothing else of
    them ('The paper’s first author, ' is not the study’s senior author), or (German) the same kind
    of a compound, of the same gender ('Der Betriebsratschef, ' for 'Betriebsratsvorsitzende'; not
    'Der Bürgermeister, ' for 'Bürgermeisterin')."""
    head, words = reader.head_of(description), re.sub(r"^\s*[ld][’']", "", label.lower().replace(",", "")).split()
    if any(w not in description.lower().split() for w in words[1:-1]):
        return False
    if (
        words[-1] == head
        or same_role(words[-1], head)  # "L'enseignante, Odile Fabre," for "une institutrice"
        or (len(words[-1]) > 4 and head.endswith(words[-1]))
        or words[-1] in description.lower().split()
        or (reader.language.code in NORDIC and head in definite_stems(words[-1]))  # "Direktøren, " a direktør
    ):
        return True  # "The teacher, " for a schoolteacher; "The crossing guard, " for a 62-year-old crossing guard
    same_gender = role_gender(head, reader.language.code) == role_gender(words[-1], reader.language.code)
    return reader.language.code == "de" and same_gender and len(os.path.commonprefix([head, words[-1]])) >= 8


def _introduced_as(sentence: str, at: int, reader: Reader) -> str | None:
    """The name someone introduced themselves by; the label the sentence opens on ('Der
    47-Jährige, der sich … vorstellte') is theirs from then on."""
    runs = name_runs(sentence[at:])
    name = reader.person_named(" ".join(runs[0][2])) if runs and runs[0][0] == 0 else None
    person = reader.registry.people.get(name) if name else None
    if person:
        determiner, words = split_determiner(sentence.split()[:3], reader.language)
        if determiner and words and is_person_noun(words[0], reader.language.code):
            person.labels.add(person_head(words[0], reader.language.code))
    return name


def _newly_named(sentence: str, reader: Reader) -> str | None:
    """The name 'Sie heisst Mengia Tuor' gives, though no first-name list knows Mengia."""
    stripped = _HER_NAME_IS.sub("", sentence)
    runs = name_runs(stripped)
    if not runs or stripped[: runs[0][0]].strip() or not 2 <= len(runs[0][2]) <= 3:
        return None
    return reader.registry.add(" ".join(runs[0][2])).name


def first_named(sentence: str, reader: Reader) -> str | None:
    """The person a sentence names first, when it is about them: 'Werner Stegmann, 71, …',
    'Her name is Bernadette Osei'."""
    stripped = _HER_NAME_IS.sub("", sentence)
    label = _label_before_name(stripped, reader)
    stripped = stripped[label.end() :] if label else stripped
    runs = name_runs(stripped)
    if not runs or stripped[: runs[0][0]].strip():
        return None
    return reader.person_named(" ".join(runs[0][2]))


def _subject_named(sentence: str, reader: Reader, inverted: bool = False) -> str | None:
    """The person a sentence names first as the subject of its verb, after what opens it ('On Friday,
    after 38 years of carrying cars …, Margaret Lindqvist will hand the wheel to someone else'); with
    `inverted`, also after the verb that comes second ('Seit 31 Jahren arbeitet Uwe Kämmerer bei …')."""
    sentence = NICKNAMED.sub(lambda m: f"{m.group(1)} {m.group(2)}", sentence)  # Margaret “Peg” Lindqvist
    second = inverted and reader.language.code in ("de", *NORDIC)
    for start, end, words in name_runs(sentence):
        person = reader.person_named(" ".join(words))
        if not person:
            continue
        before, after = sentence[:start].split(), sentence[end:]
        verb = before[-1] if len(before) > 1 else ""  # "Seit 31 Jahren arbeitet Uwe Kämmerer", not "… mit Uwe"
        after_verb = second and verb.islower() and verb not in _NOT_A_VERB and verb not in reader.language.pronouns
        opened = sentence[:start].rstrip().endswith(",") and after[:1].isspace() and after.lstrip()[:1].islower()
        them = re.search(r"\b(?:her|him)\b", after)  # "On Friday, Susan Marsh will present her with a medal"
        return person if after_verb or (opened and not them) else None
    return None


_ARTICLES = frozenset(w for language in LANGUAGES.values() for w in language.definite | language.indefinite)
_NOT_A_VERB = PREPOSITIONS | _ARTICLES | frozenset("und oder mit och og eller einen".split())  # before a name


def named_later(unnamed: dict[str, str], reader: Reader) -> dict[str, str]:
    """Descriptions of unnamed speakers (by their head noun) that the article names after all:
    'a toxicologist at Harwell Medical School' → the one person it calls a toxicologist; for a
    word many people are ('spokesman'), a second word of the description must fit too. Not
    someone named before 'a senior doctor' came in: that is someone new."""
    found = {}
    language = reader.language.code
    for head, description in unnamed.items():
        content = content_words(description)
        gender = reader.genders.get(description)
        before = reader.new_after.get(description, frozenset())
        matches = [
            p.name
            for p in reader.registry.people.values()
            if not p.organisation
            and p.name not in before
            and has_label(p, head, language)
            and (
                head not in ANYONE or len(content & p.labels) >= 2 or content == {head} or f"the {head}" in p.labels
            )  # "the neighbor, Harold Pruitt"; "Marisol Ortega, the spokeswoman": the one quoted before
            and not (gender and p.gender and p.gender != gender)  # "a crane operator … said he": not her
            and places_fit(description, p)
        ]
        if len(matches) > 1:  # "the chief of the Pellston company": Kessel, the Pellston chief, not the other chief
            overlap = {name: len(content & reader.registry.people[name].labels) for name in matches}
            matches = [name for name in matches if overlap[name] == max(overlap.values())]
        if len(matches) == 1:
            found.setdefault(description, matches[0])  # the appositive's role first: it is the more telling
    return found


def appositive_roles(masks: list[str], unnamed: dict[str, str], language: str) -> dict[str, str]:
    """Unnamed speakers by the role an appositive gives them: 'the study's lead author, an
    ecologist at Aldermoor State University' is the ecologist the next paragraph names."""
    roles = {}
    articles = "|".join(sorted(LANGUAGES[language].indefinite))
    for description in set(unnamed.values()):
        said = re.split(r"[’']s\s", description, maxsplit=1)[-1]  # "the study’s lead author" said as "the lead author"
        written = "|".join(re.escape(d) for d in dict.fromkeys((description, said)))
        pattern = re.compile(rf"(?:{written}),\s+(?:{articles})((?:\s+[\w-]+){{1,3}})")
        for mask in masks:
            for match in pattern.finditer(mask):
                words = list(takewhile(lambda w: w.lower() not in PREPOSITIONS, match.group(1).split()))
                noun = next((w for w in reversed(words) if is_person_noun(w, language)), None)
                if noun:  # "an ecologist at …", "a developmental biologist at …", "a marine biologist at …"
                    roles.setdefault(person_head(noun, language), description)
    return roles


_FIRM_SUFFIXES = frozenset(
    "railway railroad railways airlines airways company corporation corp inc group holdings ltd plc llc ag gmbh".split()
)


def full_names_of_bodies(masks: list[str], registry, speakers: set[str | None]) -> dict[str, str]:
    """A body quoted by a short form ('the club said' → Foxes, Athletic, Cascade) takes the one
    longer name the article gives it inside a sentence: Redmont Foxes, Brackwater Athletic, Cascade Air."""
    runs = set()
    for mask in masks:
        for start, _, words in name_runs(mask):
            before = mask[:start].rstrip()
            if before and before[-1] not in ".!?:;\"“”‘’'«»„":  # not "One Tesserine …", "Twins Ava …"
                runs.add(" ".join(without_possessive(words)))
    bodies = [p.name for p in registry.people.values() if p.organisation]
    runs |= set(bodies)  # "Brackwater Athletic were …"
    found = {}
    for speaker in speakers:
        whole = [n for n in bodies if n.startswith(f"{speaker} ") and n.split()[-1].lower() in _FIRM_SUFFIXES]
        if speaker in bodies and " " in speaker and len(whole) == 1:
            found[speaker] = whole[0]  # "a Great Lakes Southern Railway train" … "Great Lakes Southern said"
            continue
        body = registry.people.get(speaker) if speaker and " " not in speaker else None
        if not speaker or " " in speaker or (body and not body.organisation and body.gender):
            continue  # only a one-word body: "Cascade Air" is no short form of its pilots' association
        longer = (
            {
                run
                for run in runs
                if (run.startswith(f"{speaker} ") or run.endswith(f" {speaker}"))
                and not any(
                    is_kind_of_organisation(w) or not w[:1].isupper() or w.endswith("-based") for w in run.split()
                )
                and not looks_like_a_person(*reversed(person_words(tuple(run.split()))))
                and not (registry.people.get(run) and not registry.people[run].organisation)
            }
            if body
            else set()
        )
        if not longer and not (body and body.organisation) and speaker[:1].isupper():
            longer = {n for n in bodies if n.startswith(f"{speaker} ")}  # "According to Corwin's filing": Corwin Foods
        if len(longer) == 1:
            found[speaker] = longer.pop()
    return found
