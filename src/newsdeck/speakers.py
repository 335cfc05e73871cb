"""Who said it: quote kind (speech or term) and speaker, for a whole article at once.

Each quote goes through an ordered table of rules (`RULES`); the first that finds a subject
phrase wins, and `Reader.resolve` turns the phrase into a speaker (a person named in the
article, an organisation, or an unnamed description). What crosses sentences and paragraphs —
who spoke last, who was mentioned, which descriptions were named later — lives in `Reader`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from newsdeck.lexicon import FEMALE, LANGUAGES, MALE, Language, role_gender
from newsdeck.model import SPEECH, TERM
from newsdeck.names import NON_NAMES, ROLE_NOUNS, name_runs
from newsdeck.people import (
    Person,
    Registry,
    clean_name,
    first_name_gender,
    gender_of,
    is_organisation,
    looks_like_a_person,
    person_words,
)
from newsdeck.quotes import Span
from newsdeck.sentences import sentences

MASK = "_"
ABBREVIATION_MARK = "·"
_PARENTHESES = re.compile(r"\((?!\d{1,3}\))(?:[^()_]{0,40})\)")  # an age such as "(45)" stays
_ABBREVIATION_DOT = re.compile(
    r"\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Gen|Col|Sen|Rep|Gov|Mrs|Sgt|Adm|Rev|Capt|Prof|Cllr|Mme|Hr|Fr|Supt|Det|Insp|Maj|Cmdr)"
    r"(\.)|\b[A-Z](\.)(?=\s?[A-Z])"
)
_TERM_CUE = re.compile(
    r"(?:so[- ]called|dubbed|known as|nicknamed|(?:en)?titled|named|coined|labell?ed|branded|"
    r"(?:is|are|was|were|be|been|being)\s+called|(?:a|an|the)\s+\w+\s+called|called\s+(?:it|them|him|her)|"
    r"the\s+(?:term|words?|phrase|slogan|hashtag|motto|song|single|album|book|novel|film|movie|"
    r"show|play|series|poem|headline|title|nickname|label|name|banner|sign|placard|campaign|programme|program)|"
    r"sogenannte[nmrs]?|genannt|dit|surnommé[es]?|baptisé[es]?|appelé[es]?|kallad[es]?|kaldet|kalt|"
    r"Motto|Titel|Namen|Parole|Slogan|slogan|titre|nom|devise|opération)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"[,;:—–()\[\]_“”\"„«»‘’]|\s-\s")
_ADVERBS = re.compile(
    r"(?:\s+(?:\w+ly|also|then|later|again|once|first|simply|only|even|auch|noch|dann|aussi|encore|"
    r"också|även|også|heute|gestern|today|yesterday|recently|previously))+$"
)
_TIME = re.compile(
    r"^(?:on\s+|am\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:un\s+peu\s+)?plus\s+tôt|hier|"
    r"i\s+dag|i\s+går|igår|"
    r"last\s+\w+|this\s+\w+|earlier|later|afterward|afterwards|in\s+an?\s+\w+|at\s+a\s+\w+)\b[\s,]*",
    re.IGNORECASE,
)
_LISTENER_VERBS = frozenset("told tell tells telling".split())
_PREPOSITIONS = frozenset(
    "to of for at from with in on by de des du d' von vom für bei der till för på ved hos".split()
)
_QUANTIFIER = re.compile(r"^(?:one|two|several|some|many|few)\s+of\s+(?:the|those|these|his|her)\s+", re.IGNORECASE)
_AGE = re.compile(r",\s*(\d{1,3})\s*,|\s*\((\d{1,3})\)")
_APPOSITIVE = re.compile(r"^,\s+(?:(?:the|a|an|der|die|das|le|la|l'|un|une)\s+)?([^,_.;:]{3,80}?)\s*[,.;:]")
_OUTLET = re.compile(
    r"\b(?:BBC|CNN|Reuters|AP|AFP|dpa|TT|NRK|DR|SVT|newspaper|paper|broadcaster|Times|Post|News|Journal)\b"
)
_WORD = re.compile(r"[\w’'\-·]+")
_STOP = frozenset("the a an of at for in on and with to from who which his her their its".split())


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


@cache
def verb_pattern(code: str) -> re.Pattern:
    """Any speech verb of the language, as a whole word (phrases first, so 'went on' wins)."""
    language = LANGUAGES[code]
    words = sorted({*language.phrases, *language.verbs}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w’'])", re.IGNORECASE if code == "en" else 0)


@dataclass
class Attribution:
    kind: str
    speaker: str | None
    rule: str = ""


@dataclass
class Quote:
    """What a rule sees of one quote: the text of its sentence before and after it (masked)."""

    before: str
    after: str
    sentence: str
    text: str


@dataclass
class Reader:
    """What a reader knows at this point of the article."""

    language: Language
    registry: Registry
    recent: list[str] = field(default_factory=list)  # people mentioned, oldest first
    speaker: str | None = None  # who spoke last
    unnamed: dict[str, str] = field(default_factory=dict)  # head word → description

    def mention(self, name: str) -> None:
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)

    def pronoun(self, word: str) -> str | None:
        """A subject pronoun → the latest person mentioned of its gender (they: who spoke last)."""
        gender = self.language.pronouns.get(word.lower(), "?")
        if gender == "?":
            return None
        if gender is None:
            return self.speaker
        if self.speaker and self.speaker not in self.registry.people:  # someone unnamed spoke last
            said = role_gender(self.speaker.split()[0], self.language.code)
            if said in (gender, None) and (said or not self.recent or self.recent[-1] == self.speaker):
                return self.speaker
        people = [p for n in reversed(self.recent) if (p := self.registry.people.get(n)) and not p.organisation]
        for genders in ((gender,), (gender, None)):  # someone known to be of that gender first
            found = next((p.name for p in people[:6] if p.gender in genders), None)
            if found:
                return found
        return next((p.name for p in people if p.gender in (gender, None)), None)

    def organisation(self, noun: str | None = None) -> str | None:
        """The organisation 'the union' or 'it' means: the latest one mentioned that the noun names
        (a union: its name says union, guild or association), else the latest one."""
        organisations = [n for n in reversed(self.recent) if (p := self.registry.people.get(n)) and p.organisation]
        fitting = [n for n in organisations if noun and noun in self.registry.people[n].labels]
        return (fitting or organisations or [None])[0]

    def resolve(self, phrase: str) -> str | None:
        """A subject phrase → speaker: a pronoun, a name, an organisation, a description."""
        words = _trimmed(phrase, self.language)
        if not words or len(words) > 14:
            return None
        if words == ["it"] or words == ["It"]:
            return self.organisation()
        if words[0].lower() in self.language.pronouns and (len(words) == 1 or words[1].islower()):
            return self.pronoun(words[0])
        determiner, rest = split_determiner(words, self.language)
        noun = rest[-1].lower() if rest else ""
        if determiner and rest and rest[0].lower() in DOCUMENTS:  # "the study", "a report by the Commission"
            runs = name_runs(" ".join(rest))
            return (
                _organisation(runs[-1][2], self.language) if runs and is_organisation(runs[-1][2]) else rest[0].lower()
            )
        if determiner == DEFINITE and len(rest) <= 2 and noun in ORGANISATION_NOUNS:
            return self.organisation(noun)
        if self.language.code != "en" and len(words) == 1 and words[0].lower() in ORGANISATION_NOUNS:
            return self.organisation(words[0].lower())  # klubben, bolaget: the article is a suffix
        if self.language.code in ("sv", "da", "no") and len(words) == 1 and words[0][:1].islower():
            stem = re.sub(r"(?:en|n|et)$", "", words[0])  # anføreren, assistenttræneren: definite nouns
            return self.described(DEFINITE, [stem]) if stem != words[0] else None
        phrase = " ".join(words)
        for run in _name_runs_naming(phrase, determiner):
            found = self.named(run)
            if found:
                return found
        if rest and (determiner or phrase[:1].islower()):
            return self.described(determiner, rest, words[0].lower())
        return None

    def named(self, words: list[str]) -> str | None:
        titles, name_words = person_words(words)
        if is_organisation(words) and (len(name_words) < 2 or is_organisation(name_words)):
            organisation = _organisation(words, self.language)
            return None if _OUTLET.search(organisation) else organisation  # an outlet reports, it does not speak
        name = clean_name(words)
        if not name:
            return None
        if " " in name:
            person = self.registry.people.get(name) or self.registry.by_word(name.split()[-1], recent=self.recent)
            if person and person.first == name.split()[0]:
                return person.name
            if not looks_like_a_person(name_words, titles):
                return None  # "Port Kellan", "Veridane Biologics"
            return self.registry.add(name, gender_of(titles, name_words, self.language.code)).name
        gender = gender_of(titles, name_words, self.language.code) if titles else None
        person = self.registry.by_word(name, gender, self.recent)
        if person:
            return person.name
        unknown = first_name_gender(name) is False
        if name.lower() in NON_NAMES or (unknown and (self.language.code != "en" or name.endswith("s"))):
            return None  # a lone capitalized word nobody is named by: a noun (German), Critics, Democrats
        return self.registry.add(name, gender).name

    def described(self, determiner: str | None, words: list[str], article: str = "") -> str | None:
        """'the 52-year-old' (someone named), 'a spokeswoman for the agency' (someone new),
        'one of the men holding the banner'; None when the words describe no person."""
        found = _description(words, self.language)
        if not found:
            return None
        head, description = found
        if determiner != INDEFINITE:
            for name in reversed(self.recent):
                person = self.registry.people.get(name)
                if person and head in person.labels:
                    return name
            named = _the_one_labelled(description, self.registry)  # "the transport secretary"
            if named:
                return named
            if head in self.unnamed:
                return self.unnamed[head]
            gender = role_gender(head, self.language.code) or _ARTICLE_GENDER.get(article)
            if determiner == DEFINITE:  # "the mayor" just after "Mayor Jane Doe", "the 22-year-old"
                people = [p for n in reversed(self.recent) if (p := self.registry.people.get(n)) and not p.organisation]
                for person in people[: 3 if gender else 1]:
                    if person.gender in (gender, None) or not gender:
                        return person.name
        self.unnamed[head] = description
        return description


DEFINITE, INDEFINITE = "definite", "indefinite"
DOCUMENTS = frozenset(
    """study report survey poll analysis review audit filing statement letter memo lawsuit ruling
    studie bericht gutachten umfrage étude rapport enquête sondage undersøgelse rapporten""".split()
)
_ARTICLE_GENDER = {
    "der": MALE,
    "die": FEMALE,
    "le": MALE,
    "la": FEMALE,
    "ein": MALE,
    "eine": FEMALE,
    "un": MALE,
    "une": FEMALE,
}
ORGANISATION_NOUNS = frozenset(
    """company firm group club union agency council court ministry department commission trust
    association guild board committee authority government administration university hospital
    airline bank party utility cooperative school district city county state division
    unternehmen konzern firma verein gewerkschaft ministerium behörde gericht gemeinde klinik
    entreprise société groupe syndicat ministère préfecture mairie commission
    bolaget företaget klubben facket kommunen regionen myndigheten rederiet förbundet
    selskabet virksomheden foreningen selskapet foreninga""".split()
)
ORGANISATION_SYNONYMS = {
    "co.": ("company", "firm"), "inc.": ("company", "firm"), "corp.": ("company", "firm"), "ltd": ("company",),
    "ag": ("unternehmen", "firma", "konzern"), "gmbh": ("unternehmen", "firma"), "guild": ("union",),
    "association": ("union",), "federation": ("union",), "if": ("klubben",), "sk": ("klubben", "club"),
    "fc": ("club",), "ferjer": ("rederiet", "selskapet"), "cooperative": ("utility", "company"),
}  # fmt: skip
_CONJUNCTION = re.compile(r"^(?:and|but|while|whereas|und|aber|et|mais|och|men|og)\s+", re.IGNORECASE)
_CLAUSE = re.compile(r"\s(?:who|which|that|qui|der|die|som|und|and|et|och|og|while|während|as|als|mais|but|aber)\s.*$")


def _trimmed(phrase: str, language: Language) -> list[str]:
    """A subject phrase without what surrounds the subject: time words, a leading conjunction, a
    relative clause, a trailing auxiliary ('Roe has' said)."""
    phrase = _TIME.sub("", phrase.strip(" ,;:—–-")).strip(" ,")
    if MASK in phrase:
        return []
    phrase = _CLAUSE.sub("", _CONJUNCTION.sub("", phrase))
    words = phrase.split()
    while words and words[-1].lower() in language.auxiliaries:
        words.pop()
    return words


def split_determiner(words: list[str], language: Language) -> tuple[str | None, list[str]]:
    """('definite' | 'indefinite' | None, the words after it): 'the mayor', 'one of the men',
    "l'entraîneuse de Kerlann", 'ein Sprecher'."""
    phrase = " ".join(words)
    quantified = _QUANTIFIER.match(phrase)
    if quantified:
        return INDEFINITE, phrase[quantified.end() :].split()
    first = words[0].lower()
    if first.startswith(("l'", "l’")) and len(first) > 2:
        return DEFINITE, [words[0][2:], *words[1:]]
    if first in language.indefinite:
        return INDEFINITE, words[1:]
    if first in language.definite:
        return DEFINITE, words[1:]
    return None, words


def _name_runs_naming(phrase: str, determiner: str | None) -> list[list[str]]:
    """The capitalized runs of a subject phrase that may name its subject, best first: a name
    opening the phrase ('Claire Vautrin lors d'un déplacement'), else one closing it ('the
    striker Tomás Quintero'), but not one after a preposition ('an aide to Escobar') nor, after
    a determiner, one without a first name ('ein Sprecher der Kreisfeuerwehr')."""
    runs = name_runs(phrase)
    found = []
    if runs and runs[0][0] == 0 and _has_first_name(runs[0][2]):
        found.append(runs[0][2])
    if runs:
        start, end, words = runs[-1]
        tail = phrase[end:]
        closes = not tail.strip(" .") or bool(_PLACE_OR_TIME.match(tail))
        after_preposition = bool(determiner) and _after_preposition(phrase[:start])
        bare = bool(determiner) and not _has_first_name(words) and not is_organisation(words)
        if closes and not after_preposition and not bare:
            found.append(words)
    return found


_PLACE_OR_TIME = re.compile(
    r"\s+(?:von|vom|aus|am|im|beim|from|of|at|in|on|during|after|de|du|des|lors|à|au|från|fra|på|i|til|till|"
    r"under|efter|etter|med|with|bei|für|for)\b"
)


def _has_first_name(words: list[str]) -> bool:
    return any(first_name_gender(w) is not False for w in words)


_PERSON_SUFFIX = re.compile(
    r"(?:man|woman|person|er|or|ist|ant|ent|ian|eur|euse|rice|ière|ier|ine|in|are|ør|krat|year-old|jährige[rn]?|"
    r"aide|official|chief|head|expert|source|witness|resident|neighbou?r|fan|parent|mother|father|"
    r"friend|colleague|student|worker|voter|victim|survivor|diplomat|diplomate|lawmaker|"
    r"spokesperson|representative|executive|adviser|advisor|agent|scientist|analyst|economist|"
    r"femme|homme|voisin|voisine|habitant|habitante|retraitée?|élue?|porte-parole|médecin|"
    r"läkare|lärare|boende|invånare|læge|beboer|borger|elev|spiller|mann|kvinne|kvinna|kone|"
    r"sprecherin|sprecher|anwohner|anwohnerin|nachbar|nachbarin|mann|frau|bürger|bürgerin)$",
    re.IGNORECASE,
)


def is_person_noun(word: str, language: str) -> bool:
    """Could this noun be someone quoted: 'spokeswoman', 'aide', 'Anwohner', 'habitante' (not 'strike')."""
    word = word.lower().strip(".,")
    return word in ROLE_NOUNS or bool(_PERSON_SUFFIX.search(word)) or role_gender(word, language) is not None


def _after_preposition(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1].lower() in _PREPOSITIONS


def _description(words: list[str], language: Language) -> tuple[str, str] | None:
    """The noun a description is about and the description as a speaker's label:
    'spokesman for the agency declined to' → ('spokesman', 'spokesman for the agency');
    'men holding the banner' → ('man', 'man holding the banner'); 'diplomate européen'."""

    def ends_noun_phrase(i: int) -> bool:
        after = words[i + 1] if i + 1 < len(words) else ""
        return (
            not after
            or after.lower() in _PREPOSITIONS
            or after.endswith(("ing", ",", "."))
            or (after.islower() and language.code != "en")
            or after in language.verbs
        )

    at = next(
        (i for i, w in enumerate(words[:10]) if is_person_noun(_singular(w), language.code) and ends_noun_phrase(i)),
        None,
    )
    if at is None:
        return None
    end = at + 1
    rest = words[end:]
    n = 0
    for _ in range(3):  # "homme au fond de la salle": a few prepositional phrases
        if not (n < len(rest) and rest[n].lower() in _PREPOSITIONS):
            break
        n += 1
        if n < len(rest) and rest[n].lower() in language.definite | language.indefinite | {"the", "a", "an"}:
            n += 1
        if n < len(rest) and rest[n][:1].isupper():
            while n < len(rest) and (rest[n][:1].isupper() or rest[n].lower() in ("of", "and", "&", "de", "du", "der")):
                n += 1
        else:  # "in a red-and-white scarf": up to the noun
            taken = 0
            while n < len(rest) and taken < 3 and not _ends_description(rest[n], language):
                n, taken = n + 1, taken + 1
    if n:
        end += n
    elif rest and rest[0].endswith("ing") and language.code == "en":  # "man holding the banner"
        n = 1
        while n < len(rest) and n < 8 and not _ends_description(rest[n], language, prepositions=False):
            n += 1
        end += n
    elif rest and language.code == "fr" and rest[0].islower() and rest[0] not in language.verbs:
        end += 1
    description = _singular(" ".join(words[:end])).strip(" ,.;:")
    return _singular(words[at]).lower().strip(".,"), description


def _ends_description(word: str, language: Language, prepositions: bool = True) -> bool:
    """Where a description stops: a clause, a verb, a conjunction ('who', 'said', 'as', 'and')."""
    bare = word.lower().strip(",.;:")
    return (
        word.endswith((",", ".", ";", ":"))
        or bare
        in ("who", "which", "that", "as", "and", "but", "while", "when", "qui", "der", "die", "som", "og", "och")
        or bare in language.verbs
        or (language.code == "en" and bare.endswith("ed"))  # "a spokesman for the agency declined"
        or (prepositions and bare in _PREPOSITIONS)
    )


def _singular(text: str) -> str:
    return re.sub(r"\b(wo)?men\b", lambda m: (m.group(1) or "") + "man", text, count=1)


def _organisation(words: list[str], language: Language) -> str:
    while words and (words[0].lower() in language.definite | language.indefinite or words[0].lower() in NON_NAMES):
        words = words[1:]
    return " ".join(words).replace("·", ".")


def _registered_organisation(words: list[str], registry: Registry, language: Language) -> str | None:
    """An organisation's name in a capitalized run, registered with the nouns that may stand for
    it later ('the union' for the Pine Ridge Education Association)."""
    _, name_words = person_words(words)
    if not is_organisation(name_words):
        return None
    name = (
        _organisation(words, language).rstrip(".")
        if not words[-1].endswith(("Co.", "Inc.", "Corp."))
        else _organisation(words, language)
    )
    if not name or _OUTLET.search(name):
        return None
    organisation = registry.add(name, organisation=True)
    lowered = {w.lower().strip(".,") for w in name.split()}
    organisation.labels |= lowered | {noun for word in lowered for noun in ORGANISATION_SYNONYMS.get(word, ())}
    return name


_NICKNAMED = re.compile(r"\b([A-ZÀ-Þ][\w\-]+) [“\"‘'„«»”]_+[”\"’'“»«] ([A-ZÀ-Þ][\w\-]+)")
_RELATIVE = re.compile(
    r"\b(?:his|her|their|seine?r?|ihre?r?|son|sa|ses|hans|hennes|deras)\s+"
    r"(?P<relation>son|daughter|wife|husband|brother|sister|father|mother|mom|dad|grandson|granddaughter|"
    r"Sohn|Tochter|Frau|Mann|Bruder|Schwester|fils|fille|femme|mari|frère|sœur|"
    r"sons?|dotter|datter|fru|man|mand|bror|søster|syster),?\s+(?P<first>[A-ZÀ-Þ][\w\-]+)"
)
_RELATION_GENDER = {
    "son": MALE, "husband": MALE, "brother": MALE, "father": MALE, "dad": MALE, "grandson": MALE,
    "sohn": MALE, "mann": MALE, "bruder": MALE, "fils": MALE, "mari": MALE, "frère": MALE, "man": MALE,
    "mand": MALE, "bror": MALE, "daughter": FEMALE, "wife": FEMALE, "sister": FEMALE, "mother": FEMALE,
    "mom": FEMALE, "granddaughter": FEMALE, "tochter": FEMALE, "frau": FEMALE, "schwester": FEMALE,
    "fille": FEMALE, "femme": FEMALE, "sœur": FEMALE, "dotter": FEMALE, "datter": FEMALE, "fru": FEMALE,
    "søster": FEMALE, "syster": FEMALE,
}  # fmt: skip


def _describe_person(person: Person, mask: str, start: int, end: int, language: str) -> None:
    """Labels from around a mention: the word before it ('guard K.C. Fairweather'), an age
    ('Webb, 52,'), an appositive ('Roe, the mayor of Dunlow,'); genders they tell."""
    before = re.findall(r"([a-zäöüåæøéèêàç][\w\-]*),?\s*$", mask[:start])  # "guard K.C.", "The toxicologist, Dr."
    if before and before[0] not in _STOP and before[0] not in NON_NAMES:
        person.labels.add(before[0].lower())
        person.gender = person.gender or role_gender(before[0], language)
    after = mask[end:]
    age = _AGE.match(after)
    if age:
        years = age.group(1) or age.group(2)
        person.labels |= {f"{years}-year-old", f"{years}-jährige", f"{years}-jähriger"}
    appositive = _APPOSITIVE.match(after)
    if appositive and not re.match(r"(?:who|which|that|der|die|qui|som)\b", appositive.group(1)):
        content = [w.lower() for w in _WORD.findall(appositive.group(1))[:6] if w.lower() not in _STOP]
        person.labels |= set(content)
        for word in content:
            person.gender = person.gender or role_gender(word, language)


def register(masks: list[str], language: str) -> Registry:
    """Everyone named anywhere in the article, with genders and the labels that describe them;
    relatives named by first name get the family's surname ('Marcus Webb and his son, Tyler')."""
    registry = Registry()
    for mask in masks:
        for nicknamed in _NICKNAMED.finditer(mask):  # Margaret “Peg” Holloway
            first, surname = nicknamed.group(1), nicknamed.group(2)
            if first_name_gender(first) is not False:
                registry.add(f"{first} {surname}", first_name_gender(first) or None)
        for start, end, words in name_runs(mask):
            titles, name_words = person_words(words)
            if is_organisation(name_words):
                _registered_organisation(words, registry, LANGUAGES[language])
                continue
            name = clean_name(words)
            if not name:
                continue
            if " " not in name:
                person = registry.by_word(name)
                if not person and titles:  # "President Biden": a surname and a title
                    person = registry.add(name, gender_of(titles, name_words, language))
                if person:
                    person.labels |= {t.lower().rstrip(".") for t in titles}
                    _describe_person(person, mask, start, end, language)
                continue
            if not looks_like_a_person(name_words, titles):
                continue  # "Holloway Winter", "Old Sallow": places and things until someone says so
            person = registry.add(name, gender_of(titles, name_words, language))
            person.labels |= {t.lower().rstrip(".") for t in titles}
            _describe_person(person, mask, start, end, language)
        for relative in _RELATIVE.finditer(mask):
            owner = _last_full_name_before(mask[: relative.start()], registry)
            if owner and not registry.by_word(relative.group("first")):
                gender = _RELATION_GENDER.get(relative.group("relation").lower())
                registry.add(f"{relative.group('first')} {owner.surname}", gender)
    return registry


def _last_full_name_before(text: str, registry: Registry) -> Person | None:
    for _, _, words in reversed(name_runs(text)):
        name = clean_name(words)
        if name and " " in name and name in registry.people:
            return registry.people[name]
    return None


# The rules, in order: each looks at one quote and returns a subject phrase, or None.


def after_verb_subject(quote: Quote, reader: Reader) -> str | None:
    """“…,” said Sen. Jane Roe · „…“, sagte sie · « … », a-t-il ajouté · ”…”, säger Anna Berg"""
    if reader.language.inverted:
        inverted = re.match(rf"^[\s,;:—–-]*(?:\w+)?{reader.language.inverted}\b", quote.after)
        if inverted:
            return inverted.group(0).split("-")[-1]
    after = _without_auxiliary(_strip_lead(quote.after), reader.language)
    verb = verb_pattern(reader.language.code).match(after)
    if not verb or verb.group(0).lower() in _LISTENER_VERBS:
        return None
    rest = after[verb.end() :]
    rest = _TIME.sub("", rest.lstrip())
    chunk = _BOUNDARY.split(rest, maxsplit=1)[0]
    chunk = re.split(r"[.!?](?:\s|$)", chunk, maxsplit=1)[0]
    chunk = re.sub(r"\s+(?:hinzu|mit|ein|an|zu|fest|dagegen)\s*$", "", chunk)  # fügte sie hinzu
    follow = rest[len(chunk) :]
    named_after = re.match(r"^,\s+([A-ZÀ-Ý][^,._;:]{2,60}?)\s*(?:[.,;:]|$)", follow)
    if named_after and name_runs(named_after.group(1)) and not name_runs(chunk):
        return named_after.group(1)
    return chunk if chunk.strip() else None


def after_subject_verb(quote: Quote, reader: Reader) -> str | None:
    """“…,” Osei wrote · “…,” she said · “…,” Sen. Jane Roe, R-Okla., told reporters"""
    after = _strip_lead(quote.after)
    verb = verb_pattern(reader.language.code).search(after)
    if not verb or verb.start() == 0 or len(after[: verb.start()].split()) > 9:
        return None
    subject = _subject_before(after[: verb.start()], whole=True)
    return subject if subject and subject[:1].isalpha() else None


def according_to(quote: Quote, reader: Reader) -> str | None:
    """… according to Jane Roe · laut Müller · selon la ministre · enligt Anna Berg · ifølge X"""
    for cue in reader.language.according:
        match = re.search(rf"(?<!\w){re.escape(cue)}\s+([^_.,;:!?]+)", quote.sentence, re.IGNORECASE)
        if match and not _OUTLET.search(match.group(1)):
            return _source_after_cue(match.group(1), reader.language)
    return None


def _source_after_cue(text: str, language: Language) -> str:
    """Who 'according to' names: 'Laut Wyss haben bereits …' → 'Wyss'; 'enligt myndigheten ”…”'
    → 'myndigheten'; 'according to a senior aide' → the description, up to its verb."""
    runs = name_runs(text)
    if runs and runs[0][0] == 0:
        return text[: runs[0][1]]
    words = text.split()
    for n, word in enumerate(words):
        if n and (word in language.verbs or word in language.auxiliaries or MASK in word):
            return " ".join(words[:n])
    return text


def before_verb(quote: Quote, reader: Reader) -> str | None:
    """Jane Roe said: “…” · Roe said the plan was “dead on arrival” · Am Dienstag sagte Müller: „…“"""
    verbs = list(verb_pattern(reader.language.code).finditer(quote.before))
    for verb in reversed(verbs):  # "Núñez told reporters that the strike would continue “…”"
        subject = _subject_before(quote.before[: verb.start()], whole=False)
        if subject and (reader.resolve(subject) or subject.split()[0].lower() in reader.language.pronouns):
            return subject
        inverted = re.match(r"\s+(\w+(?:\s+[A-ZÄÖÜ][\w\-·.]*){0,3})\s*[:,]", quote.before[verb.end() :])
        if inverted and reader.resolve(inverted.group(1)):
            return inverted.group(1)
    if not verbs:
        return None
    mentioned = _mentions(quote.before[: verbs[-1].start()], reader)
    return mentioned[0] if mentioned else _subject_before(quote.before[: verbs[-1].start()], whole=False)


RULES: tuple[tuple[str, Callable[[Quote, Reader], str | None]], ...] = (
    ("after, verb first", after_verb_subject),
    ("after, subject first", after_subject_verb),
    ("according to", according_to),
    ("before, speech verb", before_verb),
)


def _without_auxiliary(text: str, language: Language) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.lower() in language.auxiliaries and rest else text


def _strip_lead(text: str) -> str:
    return re.sub(r"^[\s,;:—–\-.!?]*", "", text)


def _subject_before(text: str, whole: bool) -> str | None:
    """The phrase just before a verb, back to a boundary: 'Jane Roe, a Democrat, ' → 'Jane Roe'."""
    text = _ADVERBS.sub("", text.rstrip())
    text = re.sub(
        r"(?:\s+(?:has|had|have|was|is|would|will|did|a|ont|avait|est|s'est|hat|hatte|wird|har|hade|havde|hadde))+$",
        "",
        text,
    )
    if text.endswith(","):  # an appositive closes: "Roe, a Democrat," or "Roe, R-Okla.,"
        inner = text[:-1]
        cut = inner.rfind(",")
        appositive = inner[cut + 1 :].strip()
        runs = name_runs(appositive)
        if cut > 0 and runs and runs[0][0] == 0 and runs[-1][1] == len(appositive):
            return appositive  # "the group's chief executive, Zoë Ødegaard,"
        text = inner[:cut] if cut > 0 else inner
    pieces = _BOUNDARY.split(text)
    chunk = pieces[-1].strip() if pieces else ""
    if whole and len(pieces) > 1 and not chunk:
        return None
    chunk = re.split(
        r"\b(?:what|that|who|which|when|where|how|if|whether|because|and|but|was|dass|wie|que|qui|att|som)\s+", chunk
    )[-1]
    words = chunk.split()
    if len(words) > 12:
        words = words[-12:]
    return " ".join(words) or None


def _looks_like_term(quote: str) -> bool:
    """A quote with no speech around it: short and unpunctuated, or a Title Case title."""
    words = quote.split()
    if len(words) <= 4 and not re.search(r"[.!?,;:…]\s*$", quote):
        return True
    return len(words) <= 6 and all(w[:1].isupper() for w in words if len(w) > 3)


def _mentions(text: str, reader: Reader) -> list[str]:
    found = []
    for _, _, words in name_runs(text):
        organisation = _registered_organisation(words, reader.registry, reader.language)
        if organisation:
            found.append(organisation)
            continue
        name = clean_name(words)
        if not name:
            continue
        person = reader.registry.people.get(name) or reader.registry.by_word(name.split()[-1], recent=reader.recent)
        if person and (" " in name or person.surname == name or person.first == name):
            found.append(person.name)
    return found


def attribute_quote(text: str, mask: str, span: Span, bounds: tuple[int, int], nxt: str, reader: Reader):
    lo, hi = bounds
    before = mask[lo : max(lo, span.start - 1)]
    after_start = span.end + (0 if span.open else 1)
    after = mask[after_start:hi] if after_start < hi else ""
    if not after.strip(" ,") and nxt:
        after = after + nxt
    quote = Quote(before, after, mask[lo:hi], text[span.start : span.end])
    if _TERM_CUE.search(before):
        return Attribution(TERM, None, "term cue")
    speech_context = False
    for name, rule in RULES:
        phrase = rule(quote, reader)
        if phrase is None:
            continue
        if _OUTLET.search(phrase) and not name_runs(_OUTLET.sub("", phrase)):
            return Attribution(SPEECH, None, "an outlet's report")  # not the words of anyone named
        speaker = reader.resolve(phrase)
        if rule is before_verb and not speaker:
            continue
        speech_context = True
        if speaker:
            return Attribution(SPEECH, speaker, name)
        if phrase.split() and phrase.split()[0].lower() in reader.language.pronouns:
            return Attribution(SPEECH, reader.speaker, name + ", pronoun of whoever spoke last")
    if not speech_context and not (span.starts_paragraph or span.open) and _looks_like_term(quote.text):
        return Attribution(TERM, None, "looks like a term")
    return Attribution(SPEECH, None, "")


def attribute_paragraph(text: str, spans: list[Span], reader: Reader) -> list[Attribution]:
    """Kind and speaker for each quote of one paragraph, in reading order."""
    mask = masked(text, spans)
    bounds = sentences(mask)
    results: list[Attribution | None] = [None] * len(spans)
    opening_speaker = reader.speaker
    reported: str | None = None
    for index, (lo, hi) in enumerate(bounds):
        inside = [i for i, s in enumerate(spans) if lo <= s.start < hi or (index == len(bounds) - 1 and s.start >= hi)]
        first_quote = spans[inside[0]].start if inside else hi
        for name in _mentions(mask[lo:first_quote], reader):
            reader.mention(name)
        nxt = mask[bounds[index + 1][0] : bounds[index + 1][1]] if index + 1 < len(bounds) else ""
        for i in inside:
            results[i] = attribute_quote(text, mask, spans[i], (lo, hi), nxt, reader)
            if results[i].speaker:
                reader.speaker = results[i].speaker
                reader.mention(results[i].speaker)
        for name in _mentions(mask[first_quote:hi], reader):
            reader.mention(name)
        if not inside:
            speaker = _reported_speaker(mask[lo:hi], reader)
            if speaker:
                reported = reader.speaker = speaker
                reader.mention(speaker)
    final = [r or Attribution(SPEECH, None) for r in results]
    _fill_continuations(final, spans, opening_speaker, reported)
    return final


def _reported_speaker(sentence: str, reader: Reader) -> str | None:
    """Who a sentence without quotes reports as speaking: 'Roe said the plan was dead',
    'According to a senior aide, …' (the one a following quote most likely continues)."""
    quote = Quote(sentence, "", sentence, "")
    for rule in (according_to, before_verb):
        phrase = rule(quote, reader)
        speaker = reader.resolve(phrase) if phrase else None
        if speaker:
            return speaker
    return None


def _fill_continuations(results: list[Attribution], spans: list[Span], opening: str | None, reported: str | None):
    """Speech nobody is named for takes the speaker of the quote before it in the paragraph, else
    of the one after it, else whoever spoke last before the paragraph."""
    for i, result in enumerate(results):
        if result.kind != SPEECH or result.speaker or result.rule == "an outlet's report":
            continue
        earlier = [r.speaker for r in results[:i] if r.kind == SPEECH and r.speaker]
        later = [r.speaker for r in results[i + 1 :] if r.kind == SPEECH and r.speaker]
        result.speaker = (earlier or [None])[-1] or reported or (later or [None])[0] or opening
        result.rule = "continuation"


def _content(description: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(description) if w.lower() not in _STOP}


def _the_one_labelled(description: str, registry: Registry) -> str | None:
    """The one person anywhere in the article whose titles and appositives say all of it."""
    content = _content(description)
    found = [p.name for p in registry.people.values() if not p.organisation and content and content <= p.labels]
    return found[0] if len(found) == 1 else None


_ANYONE = frozenset(
    """spokesman spokeswoman spokesperson official aide source resident neighbor neighbour woman man
    worker fan person member staffer officer analyst expert witness sprecher sprecherin porte-parole""".split()
)


def named_later(unnamed: dict[str, str], registry: Registry) -> dict[str, str]:
    """Descriptions of unnamed speakers (by their head noun) that the article names after all:
    'a toxicologist at Harwell Medical School' → the one person it calls a toxicologist; for a
    word many people are ('spokesman'), a second word of the description must fit too."""
    found = {}
    for head, description in unnamed.items():
        content = _content(description)
        matches = [
            p.name
            for p in registry.people.values()
            if not p.organisation and head in p.labels and (head not in _ANYONE or len(content & p.labels) >= 2)
        ]
        if len(matches) == 1:
            found[description] = matches[0]
    return found


def attribute(paragraphs: list[str], spans: list[list[Span]], language: str) -> list[list[Attribution]]:
    """Attribution for every paragraph's quotes, reading the article from the start; then
    speakers first described and named later get their names."""
    masks = [masked(p, s) for p, s in zip(paragraphs, spans, strict=True)]
    reader = Reader(LANGUAGES[language], register(masks, language))
    results = [attribute_paragraph(p, s, reader) for p, s in zip(paragraphs, spans, strict=True)]
    names = named_later(reader.unnamed, reader.registry)
    for found in results:
        for attribution in found:
            attribution.speaker = names.get(attribution.speaker, attribution.speaker)
    return results
