"""People and organisations named in an article: names from capitalized runs, titles stripped,
genders from honorifics, roles and first names. Pure functions plus a small registry."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from newsdeck.lexicon import FEMALE, HONORIFICS, MALE, role_gender
from newsdeck.names import NON_NAMES, PARTICLES, TITLES

ORGANISATION_WORDS = frozenset(
    """ministry department council commission court union association agency authority inc inc.
    co co. corp corp. ltd ltd. llc plc group company board committee office service police party
    university college institute foundation trust bank airlines guild federation coalition
    administration bureau parliament senate congress government ag gmbh se ministerium amt behörde
    verband gewerkschaft partei regierung landesamt bundesamt rathaus stadtrat gemeinde kommission
    préfecture ministère mairie conseil syndicat union fédération commission tribunal cour
    kommun kommune region regionen myndighet förvaltningen styrelse departement forsvaret
    försvarsmakten politiet polisen sygehus sjukhus hospital clinic klinik network times post
    news journal ledger courier herald gazette tribune radio tv bbc cnn reuters ap afp dpa tt nrk
    cooperative utility utilities brands energie energy""".split()
)


_NAME_LINE = re.compile(r"^([?1]?[MF?]) +(\S+) +([^\r\n]*)", re.MULTILINE)


@cache
def _first_names() -> dict[str, str | None]:
    """First name (lower case) → gender, from gender-guesser's name list (about 45,000 names of
    many countries), read straight into one dict: its Detector keeps every country's counts,
    which costs four times the memory and time."""
    from importlib.resources import files

    text = files("gender_guesser").joinpath("data", "nam_dict.txt").read_text(encoding="utf-8")
    countries: dict[str, dict[str, int]] = {}  # name → gender letter (M, F, ?) → countries giving it
    for code, name, columns in _NAME_LINE.findall(text):
        counts = countries.setdefault(name.lower(), {})
        counts[code[-1]] = counts.get(code[-1], 0) + len(columns) - columns.count(" ")
    return {name: _dominant(counts) for name, counts in countries.items()}


def _dominant(counts: dict[str, int]) -> str | None:
    """The gender a name mostly has (in three times as many countries as the other), else None."""
    male, female = counts.get("M", 0), counts.get("F", 0)
    if male and male >= 3 * female:
        return MALE
    if female and female >= 3 * male:
        return FEMALE
    return None


def first_name_gender(word: str) -> str | None | bool:
    """MALE or FEMALE for a known first name, None for a known unisex one, False if unknown."""
    if len(word) < 2 or not word[:1].isupper():
        return False
    return _first_names().get(word.lower(), False)


def is_title(word: str) -> bool:
    bare = word.lower().replace("·", ".")
    return bare in TITLES or bare in HONORIFICS or bare.rstrip(".") in TITLES


def _is_acronym(word: str) -> bool:
    bare = word.replace(".", "").replace("·", "")
    return len(bare) > 1 and bare.isupper() and not re.fullmatch(r"(?:[A-Z]\.?){1,3}", word.replace("·", "."))


def person_words(words: list[str]) -> tuple[list[str], list[str]]:
    """A capitalized run split into (title words, name words): 'Sen. Jane Roe' → (['Sen.'], ['Jane', 'Roe']);
    'EPA Administrator Gina McCarthy' → (['EPA', 'Administrator'], ['Gina', 'McCarthy'])."""
    while len(words) > 1 and words[0].lower() in NON_NAMES and not is_title(words[0]):
        words = words[1:]  # "Die Kanzlerin", "On Cedar Hollow Road"
    cut = 0
    while cut < len(words) - 1 and (is_title(words[cut]) or _is_acronym(words[cut]) or words[cut].lower() in NON_NAMES):
        cut += 1
    if len(words) - cut >= 2 and first_name_gender(words[cut]) is False:
        known = next((i for i in range(cut + 1, len(words) - 1) if first_name_gender(words[i]) is not False), None)
        if known is not None:
            cut = known
    return words[:cut], words[cut:]


def looks_like_a_person(name_words: list[str], titles: list[str]) -> bool:
    """A name a person could have: a known first name, initials ('K.C.', 'CJ'), or a title before it."""
    first = name_words[0].replace("·", ".")
    return (
        bool(titles) or first_name_gender(first) is not False or bool(re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z]{2}", first))
    )


def is_organisation(words: list[str]) -> bool:
    return any(w.lower().strip(".,") in ORGANISATION_WORDS for w in words)


def clean_name(words: list[str]) -> str | None:
    """The name a run gives, or None when it is not a name (a lone title, possessives, acronyms)."""
    _, name = person_words(words)
    if name and len(name[-1]) > 2 and name[-1].endswith("."):
        name = [*name[:-1], name[-1].rstrip(".")]
    while name and (name[-1].lower() in PARTICLES or name[-1].lower() in NON_NAMES):
        name = name[:-1]
    if not name or len(name) > 5:
        return None
    for i, word in enumerate(name):
        if 0 < i < len(name) - 1 and word.lower() in PARTICLES:
            continue
        if word.lower() in NON_NAMES or is_title(word) or word.endswith(("’s", "'s")) or _is_acronym(word):
            return None
    return " ".join(name).replace("·", ".")


@dataclass
class Person:
    name: str
    gender: str | None = None
    labels: set[str] = field(default_factory=set)
    organisation: bool = False

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def first(self) -> str:
        return self.name.split()[0]


@dataclass
class Registry:
    """Everyone the article names, in order of first mention."""

    people: dict[str, Person] = field(default_factory=dict)

    def add(self, name: str, gender: str | None = None, organisation: bool = False) -> Person:
        person = self.people.get(name) or self.people.setdefault(name, Person(name, organisation=organisation))
        if gender and not person.gender:
            person.gender = gender
        return person

    def by_word(self, word: str, gender: str | None = None, recent: list[str] | None = None) -> Person | None:
        """The person a lone word names: a surname, else a first name (shared surnames: the one of
        the right gender, else the one mentioned last)."""
        for part in ("surname", "first"):
            found = [
                p for p in self.people.values() if not p.organisation and getattr(p, part) == word and " " in p.name
            ]
            if gender:
                found = [p for p in found if p.gender in (gender, None)] or found
            if found:  # a shared surname alone means whoever the article named first
                return found[0]
        return self.people.get(word)


def gender_of(titles: list[str], name: list[str], language: str) -> str | None:
    for word in titles:
        gender = HONORIFICS.get(word.lower()) or role_gender(word, language)
        if gender:
            return gender
    gender = first_name_gender(name[0]) if len(name) > 1 else False
    return gender or None
