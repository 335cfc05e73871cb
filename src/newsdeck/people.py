"""People and organisations named in an article: names from capitalized runs, titles stripped,
genders from honorifics, roles and first names. Pure functions plus a small registry."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from newsdeck.lexicon import (
    DEMONYMS,
    FEMALE,
    HONORIFICS,
    LANGUAGES,
    MALE,
    PARTIES,
    POSSESSIVE_GENDER,
    POSSESSIVES,
    POST_NOMINALS,
    STATE_WORDS,
    TITLE_WORDS,
    US_STATES,
    Language,
    role_gender,
)
from newsdeck.masking import MASK
from newsdeck.names import NON_NAMES, NUMBER_WORDS, OPENS_A_SENTENCE, PARTICLES, ROLE_NOUNS, TITLES, name_runs
from newsdeck.verbs import speech_verbs

COUNCILS = frozenset(  # German and Swiss elected bodies: "teilte der Gemeinderat mit"
    "gemeinderat kantonsrat regierungsrat stadtrat kreistag landtag bundestag gemeindevorstand".split()
)
_GERMAN_CLUB_MARKS = "HSG TuS TSG SG TV SpVgg SV TSV VfB VfL SC".split()  # "die HSG Lindenau": der Verein
_BELGIAN_CLUB_MARKS = "RFC RSC KRC KV RC".split()  # "le RFC Hervelange": le club
# unions the news names by their names alone ("rétorque la CGT", "Verdi ruft zum Streik auf"): later "le syndicat"
UNIONS = frozenset(
    """fo unsa fsu snes fnsea fgtb csc cgslb unia syna verdi ver.di gew gdl evg ngg dgb gdp
    ögb 3f foa fagforbundet""".split()
)
FIRM_TRADES = """ferries holdings brands foods systems technologies logistics energy media motors labs
    pharmaceuticals therapeutics biologics solutions capital partners industries group plastics chemicals metals
    steel electronics textiles mills securities investments advisors advisers insurance financial homes builders
    farms stores resorts hotels semiconductor semiconductors recycling mining aerospace robotics software
    agrosciences biosciences appliances apparel beverages cosmetics devices instruments materials packaging
    products supplies freight trucking""".split()  # what a firm's name may end on: later "the company"
UNION_NOUNS = frozenset("union syndicat gewerkschaft facket forbundet fagforeningen".split())  # what a union is called
ORGANISATION_WORDS = (
    COUNCILS
    | UNIONS
    | frozenset(
        """ministry department council commission court union association agency authority inc inc.
    co co. corp corp. ltd ltd. llc plc company board committee office service police party
    university college institute foundation trust bank airlines guild federation coalition
    administration bureau parliament senate congress government ag gmbh se ministerium amt behörde
    verband gewerkschaft partei regierung landesamt bundesamt rathaus gemeinde kommission aufsichtsrat
    préfecture ministère mairie conseil syndicat union fédération commission tribunal cour
    kommun kommune region regionen myndighet förvaltningen styrelse departement forsvaret
    försvarsmakten politiet polisen sygehus sjukhus hospital clinic klinik network times post
    news journal ledger courier herald gazette tribune radio tv bbc cnn reuters ap afp dpa tt nrk
    cooperative utility utilities energie consortium alliance network
    rail railway railways airways transit club universität hochschule institut
    akademie stiftung klinikum université fondation académie universitet högskola
    universitetet högskolan instituttet stiftelse district society athletic rovers wanderers zoo
    institutt vegvesen verket properties ventures associates enterprises
    center centre jobcenter albion politidistrikt league conference assembly bancorp tour""".split()
    )
    | frozenset(FIRM_TRADES)
)


_NAME_LINE = re.compile(r"^([?1]?[MF?]) +(\S+) +([^\r\n]*)", re.MULTILINE)


@cache
def _first_names() -> dict[str, str | None]:
    """First name (lower case) → gender, from gender-guesser's name list (about 45,000 names of
    many countries), read once into the user's cache (reading the list takes 0.15 s), keyed by the
    list file's size and time."""
    from newsdeck.cache import cached

    try:
        info = _name_list().stat()
    except (AttributeError, OSError):  # not a plain file (a zipped install): read it each time
        return _read_first_names()
    key = f"first-names-{info.st_size}-{info.st_mtime_ns}-{FIRST_NAMES_FORMAT}.marshal"
    return cached(key, _read_first_names, dict)


def _name_list():
    from importlib.resources import files

    return files("gender_guesser").joinpath("data", "nam_dict.txt")


FIRST_NAMES_FORMAT = 1  # raise when _read_first_names changes what it returns


def _read_first_names() -> dict[str, str | None]:
    """The name list read straight into one dict: gender-guesser's Detector keeps every
    country's counts, which costs four times the memory and time."""
    text = _name_list().read_text(encoding="utf-8")
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


@lru_cache(maxsize=4096)
def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_UNISEX_OVERRIDES = {"jess": None}  # the list knows only the Spanish man's name, not Jess for Jessica


def first_name_gender(word: str) -> str | None | bool:
    """MALE or FEMALE for a known first name, None for a known unisex one, False if unknown."""
    if len(word) < 2 or not word[:1].isupper():
        return False
    found = _UNISEX_OVERRIDES.get(word.lower(), _first_names().get(word.lower(), False))
    if found is False and not word.isascii():  # Élise, Sébastien: the list may spell them without accents
        found = _first_names().get(_unaccented(word.lower()), False)
    parts = word.split("-")
    if found is False and len(parts) == 2 and parts[1][:1].isupper():  # Jean-Marc, Anne-Sophie: the first part says it
        return _first_names().get(parts[0].lower(), False)
    return found


def is_title(word: str) -> bool:
    bare = word.lower().replace("·", ".")
    compound = "-" in bare and bare.rsplit("-", 1)[-1].endswith(_COMPOUND_TITLES)  # Verdi-Chef, SPD-Chefin
    german = word[:1].isupper() and any(bare.endswith(s) and len(bare) - len(s) >= 5 for s in _GERMAN_TITLE_ENDINGS)
    return bare in TITLES or bare in HONORIFICS or bare.rstrip(".") in TITLES or compound or german  # Betriebsratschef


_GERMAN_TITLE_ENDINGS = tuple(
    """chef chefin vorsitzender vorsitzende sprecher sprecherin leiter leiterin präsident präsidentin
    direktor direktorin sekretär sekretärin führer führerin""".split()
)
_COMPOUND_TITLES = (*_GERMAN_TITLE_ENDINGS, "boss", "ceo", "leader")  # Verdi-Landesbezirksleiterin, SPD-Chef


def _is_acronym(word: str) -> bool:
    bare = word.replace(".", "").replace("·", "")
    return len(bare) > 1 and bare.isupper() and not re.fullmatch(r"(?:[A-Z]\.?){1,3}", word.replace("·", "."))


def person_words(words) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A capitalized run split into (title words, name words): 'Sen. Jane Roe' → (('Sen.',), ('Jane', 'Roe'));
    'EPA Administrator Gina McCarthy' → (('EPA', 'Administrator'), ('Gina', 'McCarthy'))."""
    return _person_words(tuple(words))


_FIRST_NAMES_TOO = frozenset("april may june august des".split())  # months, a German/French article


def _first_name_too(words: tuple[str, ...]) -> bool:
    """'June Petrakis', 'April Ross', 'Des Halloran': a word that is a first name too, before a surname."""
    return len(words) == 2 and words[0].lower() in _FIRST_NAMES_TOO and words[1].lower() not in NON_NAMES


@lru_cache(maxsize=8192)  # the same runs are looked at for every quote near them
def _person_words(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    opening = words
    while len(words) > 1 and words[0].lower() in NON_NAMES and not is_title(words[0]):
        if words is opening and _first_name_too(words):
            break  # "June Petrakis" (not "In May Hargreaves")
        words = words[1:]  # "Die Kanzlerin", "On Cedar Hollow Road"
    cut = 0
    while cut < len(words) - 1 and (is_title(words[cut]) or _is_acronym(words[cut]) or words[cut].lower() in NON_NAMES):
        if cut == 0 and words is opening and _first_name_too(words):
            break
        cut += 1
    if len(words) - cut >= 2 and first_name_gender(words[cut]) is False:
        known = next((i for i in range(cut + 1, len(words) - 1) if first_name_gender(words[i]) is not False), None)
        if known is not None:
            cut = known
    title = max((i for i in range(cut, len(words) - 1) if is_title(words[i]) and words[i][:1].isupper()), default=-1)
    if title >= cut and (first_name_gender(words[title + 1]) is not False or _plain_name(words[title + 1 :])):
        cut = title + 1  # "Harlow Mayor Dennis Calder", "U.S. District Judge Adaeze Whitcombe": a place before
    return words[:cut], words[cut:]


def _plain_name(words: tuple[str, ...]) -> bool:
    """Two capitalised words that are neither common words nor a body's: a first name no list knows and a surname."""
    return len(words) == 2 and all(
        w[:1].isupper() and w.lower() not in NON_NAMES and w.lower() not in ORGANISATION_WORDS for w in words
    )


def looks_like_a_person(name_words: list[str], titles: list[str]) -> bool:
    """A name a person could have: a known first name, initials ('K.C.', 'CJ'), or a title before it."""
    first = name_words[0].replace("·", ".")
    if titles and titles[-1] in _ARTICLES_OF_A_BODY:
        return False  # "der Betriebsleiter der Bahn": a role and the body it serves
    if len(name_words) > 1 and (name_words[-1] in _STREETS or (name_words[-1] in _PLACES and not titles)):
        return False  # "Fenwick Street", "Mill Lane", "the Tessel Island ferry" (not "Councillor Gwen Harbor")
    return (
        bool(titles) or first_name_gender(first) is not False or bool(re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z]{2}", first))
    )


_ARTICLES_OF_A_BODY = frozenset("der des dem den".split())
_PLACES = frozenset(
    "Island Isle Islands Valley Mountain Mountains Creek Fjord Heights Peninsula Canyon Gulf Coast County".split()
)  # (not Strait, Falls, Harbor: George Strait, Robert Falls)
_STREETS = frozenset("Street Road Avenue Lane Drive Boulevard Way Square Place Terrace Crescent Close Row".split())
CLUB_MARKS = frozenset(  # case matters: "If", "As"
    ["SK", "IF", "FC", "IK", "BK", "FF", "AFC", "CF", "AC", "BSC", *_GERMAN_CLUB_MARKS, *_BELGIAN_CLUB_MARKS]
    + "A/S AB ASA AS ApS Oy SA SAS SARL NV BV IG".split()
)


NORDIC_BODIES = (  # a compound ending so names a Nordic body: Sundhedsnævnet, Skolverket, fylkeskommunen
    "nævnet", "nämnden", "nemnda", "rådet", "styrelsen", "styrelse", "verket", "myndigheten", "direktoratet",
    "departementet", "institutet", "förbundet", "forbundet", "unionen", "tilsynet", "kommune", "kommun",
    "kommunen", "tjänsten", "tjenesten", "förvaltningen", "forvaltningen", "forumet", "selskapet", "selskabet",
    "politiet", "polisen", "etaten", "byrån", "byrået", "kontoret", "sekretariatet", "inspektionen",
    "foreningen", "foreninga", "föreningen", "gruppen", "gruppa", "partiet", "klubben", "bolaget", "företaget",
    "krets", "kretsen", "korps", "korpset", "regjeringen", "regeringen",
)  # fmt: skip


def is_organisation(words: list[str]) -> bool:
    if any(tuple(words[i : i + 2]) in _KNOWN_BODIES for i in range(len(words) - 1)):
        return True  # the Red Cross: a first name and a place's word, but a body
    return (
        any(
            w.lower().strip(".,") in ORGANISATION_WORDS
            or w.strip(".,") in CLUB_MARKS
            or w == "&"  # Hennecke & Söhne, Sterling & Co.
            or (w[:1].isupper() and len(w) > 8 and w.lower().strip(".,").endswith(NORDIC_BODIES))
            or (w[:1].isupper() and german_compound_body(w))
            for w in words
        )
        or any(
            nxt == "für" and (german_nominative(w) != w or w.lower().endswith((*GERMAN_BODIES, *_AUTHORITIES)))
            for w, nxt in zip(words, words[1:], strict=False)
        )
    )  # des Landesamts für, die Landesbehörde für


def german_compound_body(word: str) -> bool:
    """Landratsamt, Polizeipräsidium, Bezirksbauernkammer: a compound on a body's word (not the word alone)."""
    lowered = word.lower()
    return any(lowered.endswith(end) and len(lowered) > len(end) + 3 for end in _GERMAN_COMPOUND_BODIES)


def german_nominative(word: str) -> str:
    """'des Landesamts', 'des Verbandes': a German body's name in the genitive, as its own name is written."""
    lowered = word.lower()
    for ending in ("es", "s"):
        stem = lowered.removesuffix(ending)
        body = stem.endswith((*GERMAN_BODIES, *_AUTHORITIES, "tag", "ium", "hof", "büro"))  # des Ingenieurbüros
        if stem != lowered and body and len(stem) > 5:
            return word[: len(stem)]
    return word


_KINDS = frozenset(  # "the airline Cascade Air", "der Autozulieferer Kessler Antriebstechnik"
    """company firm retailer airline carrier manufacturer maker automaker carmaker insurer bank lender
    startup start-up supplier chain developer operator utility brewery publisher charity nonprofit club
    team entreprise société groupe constructeur fabricant assureur banque opérateur association collectif
    syndicat fédération ong""".split()
)
_GERMAN_KIND_ENDINGS = (  # German compounds: Betreiberfirma, Energieversorger, "Regionalligist TuS Wendhausen"
    "ligist", "gewerkschaft", "gesellschaft", "unternehmen", "konzern", "firma", "zulieferer", "hersteller",
    "spezialist", "maschinenbauer", "anlagenbauer", "anbieter", "dienstleister", "ausrüster", "betreiber",
    "projektierer", "versorger", "reederei", "versicherer", "händler", "fabrik", "organisation",
)  # fmt: skip
_FEMININE_KINDS = ("gewerkschaft", "gesellschaft", "firma", "reederei", "fabrik", "organisation")  # no genitive -s
_GENITIVE_KIND_ENDINGS = tuple(e for e in _GERMAN_KIND_ENDINGS if e not in _FEMININE_KINDS)  # "des Zulieferers"
_KIND_ENDINGS = (  # and Nordic definite forms: Rederiet, Fagforbundet
    *_GERMAN_KIND_ENDINGS, "organisasjonen", "organisationen", "foreningen", "forbundet", "facket", "föreningen",
    "förbundet", "bolaget", "selskapet", "selskabet", "rederiet", "klubben", "företaget", "firmaet", "virksomheden",
    "fabrikken", "fabriken", "producenten", "produsenten", "tillverkaren", "leverandøren", "leverantören",
    "koncernen", "konsernet",
)  # fmt: skip


_KIND_AFTER = re.compile(r",\s+(?:the|a|an|der|die|das|le|la|l’|l'|un|une)\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)")


_KNOWN_BODIES = frozenset(
    {("Red", "Cross"), ("Red", "Crescent"), ("Salvation", "Army"), ("Coast", "Guard"), ("National", "Guard")}
)


_ASSOCIATION_ENDINGS = ("forbundet", "förbundet", "foreningen", "föreningen")


def compound_association(words, language: str) -> bool:
    """'Fødevareforbundet Vest', 'Købmandsforeningen Danmark': a Nordic association's compound before
    one more word is all of its name (not 'Flyselskapet Norwegian': a kind, then the name)."""
    bare = words[0].lower() if words else ""
    return (
        language in ("sv", "da", "no")
        and len(words) == 2
        and words[0][:1].isupper()
        and any(bare.endswith(e) and len(bare) > len(e) + 2 for e in _ASSOCIATION_ENDINGS)
    )


def _unowned(word: str) -> str:
    """'utility’s' → 'utility': 'the utility’s spokeswoman' is a spokeswoman for the utility."""
    return word.removesuffix("’s").removesuffix("'s")


def is_kind_of_organisation(word: str) -> bool:
    bare = word.lower()
    genitive = bare.endswith("s") and bare[:-1].endswith(_GENITIVE_KIND_ENDINGS)  # "des Autozulieferers Brenntal"
    return bare in _KINDS or bare.endswith(_KIND_ENDINGS) or genitive


def without_possessive(words: tuple[str, ...]) -> tuple[str, ...]:
    """'Rooke’s' → 'Rooke': a possessive still names someone."""
    if words and words[-1].endswith(("’s", "'s")) and len(words[-1]) > 3:
        return (*words[:-1], words[-1][:-2])
    return words


_GENITIVE_S = frozenset("sv da no de".split())  # "Ingrid Aasens sønn", "Müllers Anwalt": no apostrophe


def without_genitive(words: tuple[str, ...], registry: Registry, language: str) -> tuple[str, ...]:
    """'Ingrid Aasens' → 'Ingrid Aasen' when she is named already: a genitive names her too."""
    if language not in _GENITIVE_S or len(words) < 2 or not words[-1].endswith("s"):
        return words
    if " ".join((*words[:-1], words[-1][:-1])) in registry.people:
        return (*words[:-1], words[-1][:-1])
    return words


_SURNAMES_TOO = frozenset(  # Grace Park, Theresa May, Carla Dean: words that are surnames too
    "park lane church river lake bridge may street dean judge marshal bishop chancellor sheriff clerk king".split()
)
SURNAMES_THAT_ARE_WORDS = frozenset("das han le".split())  # Priyanka Das, Ji-woo Han, Minh Le: not das, han, le


def clean_name(words) -> str | None:
    """The name a run gives, or None when it is not a name (a lone title, possessives, acronyms)."""
    return _clean_name(tuple(words))


@lru_cache(maxsize=8192)
def _clean_name(words: tuple[str, ...]) -> str | None:
    _, name = person_words(words)
    cut = next((i for i in range(1, len(name)) if name[i] in PARTICLES and _institution(name[i:], name[:i])), None)
    if cut:  # "Matthias Eberharter von der Forschungsstelle": the name ends before its institution
        name = name[:cut]
    while len(name) > 2 and name[-1].rstrip(".,·") in POST_NOMINALS:  # "Nadia Fairbairn KC", "Tom Rice Jr."
        name = name[:-1]
    if name and len(name[-1]) > 2 and name[-1].endswith("."):
        name = [*name[:-1], name[-1].rstrip(".")]
    surname_too = len(name) == 2 and name[-1].lower() in _SURNAMES_TOO and first_name_gender(name[0]) is not False
    surname_too = surname_too or (
        len(name) == 2
        and name[-1][:1].isupper()
        and name[-1].lower() in SURNAMES_THAT_ARE_WORDS
        and name[0].lower() not in NON_NAMES
    )
    while not surname_too and name and (name[-1].lower() in PARTICLES or name[-1].lower() in NON_NAMES):
        name = name[:-1]
    if not name or len(name) > 5 or (len(name) > 1 and name[-1] in _GERMAN_KIN):
        return None  # "Lucas Onkel": German nouns are capitalized
    for i, word in enumerate(name):
        if (0 < i < len(name) - 1 and word.lower() in PARTICLES) or (surname_too and i == 1):
            continue  # "Ursula von der Leyen"; Grace Park, Theresa May, Charlotte Church
        if i == 0 and _first_name_too(tuple(name)):
            continue
        if word.lower() in NON_NAMES or is_title(word) or word.endswith(("’s", "'s")) or _is_acronym(word):
            return None
    return " ".join(name).replace("·", ".")


def person_of_a_body(words) -> str | None:
    """The person a run names before the body they are of: 'Verena Kofler von der Pädagogischen Hochschule'
    (the name ends on a particle's institution; not 'Tom Rice Jr.')."""
    name = clean_name(words)
    _, name_words = person_words(tuple(words))
    cut = len(name.split()) if name else 0
    of = 0 < cut < len(name_words) and name_words[cut] in PARTICLES | {"vom"}
    return name if of and not is_organisation(name.split()) else None


_GERMAN_KIN = frozenset("Onkel Tante Neffe Nichte Tochter Sohn Bruder Schwester Vater Mutter Enkel Enkelin".split())
GERMAN_BODIES = (  # a German compound so ending names a body: Verkehrsministerium, Bauernverband, Landratsamt
    "ministerium", "behörde", "gericht", "verband", "verein", "gewerkschaft", "landratsamt", "polizei", "kommission",
    "staatsanwaltschaft", "konzern", "klinikum", "stadtwerke", "bezirkshauptmannschaft", "polizeidirektion",
    "arbeiterkammer", "wirtschaftskammer", "landesregierung", "bundesregierung", "feuerwehr", "verwaltung",
    "bahnen", "werke", "rechnungshof", "gerichtshof", "wetterdienst", "rettungsdienst", "linien", "bahn",
    "kommando", "landesbetrieb", "kasse", "krankenkasse", "sparkasse", "bistum", "stiftung", "dienst", "bund",
    "direktion", "krankenhaus", "spital",
)  # fmt: skip
_GERMAN_COMPOUND_BODIES = (  # a compound so ending is a body: Landratsamt Traunwies, Polizeipräsidium Rhein-Wied
    *(b for b in GERMAN_BODIES if len(b) > 6), "präsidium", "kammer", "amt", "amts", "spital",
)  # fmt: skip
_ONE_OF_A_KIND = frozenset(  # bodies named by the word alone: "Kritik kommt von der Arbeiterkammer"
    """arbeiterkammer wirtschaftskammer landwirtschaftskammer staatsanwaltschaft landesregierung bundesregierung
    landratsamt polizeidirektion bezirkshauptmannschaft""".split()
)
_INSTITUTION_ENDINGS = (  # where a German name ends: "… von der Forschungsstelle", "vom Landesamt"
    *GERMAN_BODIES, "stelle", "schaft", "ung", "ität", "amt", "institut", "zentrum", "klinik", "hochschule",
    "akademie", "kammer", "bund", "rat", "partei", "gruppe", "universität",
)  # fmt: skip


def age_labels(years: str) -> set[str]:
    """What an article may call someone of this age later: 'the 54-year-old', 'der 54-Jährige', 'sier
    53-åringen', 'le sexagénaire'."""
    labels = {f"{years}-year-old", f"{years}-jährige", f"{years}-jähriger", f"{years}-åringen"}
    labels |= {f"{years}-åringa", f"{years}-åring", f"{years}-årige"}
    return labels | ({_FRENCH_DECADES[int(years) // 10]} if int(years) // 10 in _FRENCH_DECADES else set())


def _institution(words, before) -> bool:
    """'von der Forschungsstelle für Wildökologie', 'vom Landesamt': where a German name ends (not 'von der Leyen');
    after a first name and a surname (the words `before` it), 'von der' says where someone is from: 'Herbert Aigner
    von der Bürgerliste' (not 'Ursula Gertrud von der Leyen')."""
    nouns = [w for w in words[1:4] if w[:1].isupper()]  # "von der Freien Wählergemeinschaft"
    halved = any(noun.endswith("-") for noun in nouns)  # "von der Wirtschafts- und Korruptionsstaatsanwaltschaft"
    of = len(words) > 2 and words[0] == "von" and words[1] in ("der", "den", "dem")
    affiliation = of and len(before) >= 2 and first_name_gender(before[-1]) is False
    return halved or affiliation or any(noun.lower().endswith(_INSTITUTION_ENDINGS) for noun in nouns)


@dataclass
class Person:
    name: str
    gender: str | None = None
    labels: set[str] = field(default_factory=set)
    organisation: bool = False
    bodies: set[str] = field(default_factory=set)  # words of the body their title names: "Harbor City head coach"
    titles: set[str] = field(default_factory=set)  # the titles before their name: "Landrat Henning Brause"
    surname: str = field(init=False, repr=False, compare=False)  # asked for often: split once (no Person is
    # ever renamed; a new name is a new Person)
    first: str = field(init=False, repr=False, compare=False)
    called: str = field(default="", repr=False, compare=False)  # a nickname: Margaret “Peg” Lindqvist

    def __post_init__(self) -> None:
        words = self.name.split() or [""]
        self.surname, self.first = words[-1], words[0]


@dataclass
class Registry:
    """Everyone the article names, in order of first mention."""

    people: dict[str, Person] = field(default_factory=dict)

    def add(self, name: str, gender: str | None = None, organisation: bool = False) -> Person:
        person = self.people.get(name) or self.people.setdefault(name, Person(name, organisation=organisation))
        if gender and not person.gender:
            person.gender = gender
        return person

    def organisation_in(self, words: tuple[str, ...]) -> str | None:
        """A registered organisation a capitalized run names: 'Der Autozulieferer Kessler Antriebstechnik'."""
        run = f" {' '.join(words)} "
        found = [p.name for p in self.people.values() if p.organisation and f" {p.name} " in run]
        if not found and len(words) == 1:  # "Dorvale answered": the one organisation named so
            found = [p.name for p in self.people.values() if p.organisation and p.name.split()[0] == words[0]]
            found = found if len(found) == 1 else []
        return max(found, key=len) if found else None

    def by_word(self, word: str, gender: str | None = None, here: tuple[str, ...] = ()) -> Person | None:
        """The person a lone word names: a surname, else a first name. Of people who share a
        surname: the one of the right gender ('Mrs Atherton'), else the one named in full in this
        paragraph ('Her mother, Carla Dunmore, … Dunmore said'), else the one the article named
        first (relatives are named by their first names)."""
        for part in ("surname", "first", "called"):
            found = [
                p
                for p in self.people.values()
                if not p.organisation and " " in p.name and (getattr(p, part) == word or _double_surname(p, word, part))
            ]
            if gender:  # "Mme Lambotte": a woman of that name, else someone whose gender is unknown
                found = [p for p in found if p.gender == gender] or [p for p in found if p.gender is None] or found
            if len(found) > 1 and here:
                return max(found, key=lambda p: here.index(p.name) if p.name in here else -1)
            if found:
                return found[0]
        return self.people.get(word)


def _double_surname(person: Person, word: str, part: str) -> bool:
    """'Ledesma said' of Tomás Ledesma Arriaga: a Spanish or Portuguese name's first surname (no first name)."""
    if part != "surname" or f" {word} " not in person.name:
        return False
    words = person.name.split()
    return len(words) == 3 and words[1] == word and first_name_gender(word) is False


def _named_and(name: str, text: str) -> bool:
    """Whether the text ends on the name and 'and': 'Robin Ashe, 34, and (her brother)'."""
    return bool(re.search(rf"\b{re.escape(name)}(?:,\s*\d{{1,3}},)?\s+(?:and|und|et|och|og)\s+$", text))


def gender_of(titles: list[str], name: list[str], language: str) -> str | None:
    for word in titles:
        gender = HONORIFICS.get(word.lower().replace("·", ".")) or role_gender(word, language)
        if gender:
            return gender
    gender = first_name_gender(name[0]) if len(name) > 1 else False
    return gender or _german_title_gender(titles, language)


def _german_title_gender(titles: list[str], language: str) -> str | None:
    """A German title tells a woman by its -in, so one without is a man's: Betriebsratschef (not
    'Vorsitzende', 'CEO')."""
    german = [w for w in titles if language == "de" and w[:1].isupper() and w.isalpha() and w[1:].islower()]
    return MALE if any(not w.endswith("e") and is_title(w) for w in german) else None


_FRENCH_DECADES = {
    3: "trentenaire", 4: "quadragénaire", 5: "quinquagénaire", 6: "sexagénaire", 7: "septuagénaire",
    8: "octogénaire", 9: "nonagénaire",
}  # fmt: skip
_AGE = re.compile(r",\s*(\d{1,3})(?:\s+(?:ans|år|Jahre))?\s*,|\s*\((\d{1,3})\)")
_OF_PLACE = re.compile(r"^\s+of\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")  # "Amy Cole of Iowa"
_APPOSITIVE = re.compile(  # "Oyelaran, a former Navy pilot who flew …": the appositive ends at its relative clause
    # (the mask blanks a party in brackets: "Philippe Dewez (MR), bourgmestre de Ronvaux")
    r"^\s*,\s+(?:(?:the|a|an|der|die|das|le|la|l'|un|une)\s+)?([^,_.;:]{3,80}?)\s*(?:[,.;:]|\s(?=(?:who|which|qui|som)\s))"
)
OUTLET = re.compile(
    r"\b(?:BBC|CNN|Reuters|AP|AFP|dpa|TT|NRK|DR|SVT|newspaper|paper|broadcaster|Times|Post|News|Journal(?! of)|"
    r"Ledger|Courier|Herald|Gazette|Tribune|Chronicle|Telegraph|Examiner|Dispatch|Sentinel|Inquirer|"
    r"Zeitung|Tagblatt|Tageblatt|Rundschau|Anzeiger|Kurier|Dagblad\w*|Tidning\w*|Aftenposten|Avisen|"
    r"Nyheter|Nyheder|Ritzau|NTB|APA|SDA|Nachrichtenagentur|Presse-Agentur|Expressen|Aftonbladet|Politiken|"
    r"France\s+(?:Bleu|Info|Inter|Télévisions|2|3)|Le\s+(?:Monde|Figaro|Parisien)|Libération|Ouest-France|"
    r"BFMTV|RTL|Europe\s+1|Radio-Canada|Courrier|Devoir|Dépêche|Républicain|Progrès)\b"
)  # newspapers and agencies: they report what others said
WORD = re.compile(r"[\w’'\-·]+")
STOP_WORDS = frozenset(  # words no label is made of, in the languages newsdeck reads
    """the a an of at for in on and with to from who which his her their its
    le la les l' un une de du des d' et à au aux ans qui que sa ses leur lui elle
    der die das den dem des ein eine einer und von vom im am zum zur für mit Jahre jahre
    ett ei och og på av til till för år som hennes""".split()
)

_MUNICIPAL = tuple(  # a German town's names for itself and its administration
    "stadt gemeinde marktgemeinde stadtverwaltung gemeindeverwaltung verwaltung rathaus".split()
)
ORGANISATION_SYNONYMS = {
    "co": ("company", "firm"), "inc": ("company", "firm"), "corp": ("company", "firm"), "ltd": ("company",),
    "llc": ("company", "firm"), "plc": ("company", "firm"),
    "ag": ("unternehmen", "firma", "konzern"), "gmbh": ("unternehmen", "firma"), "guild": ("union",),
    "ig": ("interessengemeinschaft", "gewerkschaft"),  # IG Metall: "die Gewerkschaft"
    "association": ("union",), "federation": ("union",),
    "fédération": ("syndicat",), "confédération": ("syndicat",), "mairie": ("municipalité", "commune"),
    "commune": ("municipalité", "mairie"), "if": ("klubben",), "sk": ("klubben", "club"),
    "sa": ("société",), "sas": ("société",), "as": ("selskapet",), "a/s": ("selskabet",), "ab": ("bolaget",),
    "fc": ("club", "verein"), **{mark.lower(): ("verein", "club") for mark in _GERMAN_CLUB_MARKS},
    **{mark.lower(): ("club",) for mark in _BELGIAN_CLUB_MARKS},
    "ferjer": ("rederiet", "selskapet"), "cooperative": ("utility", "company"),
    **{word: ("company", "firm", "airline", "carrier") for word in "airlines airways".split()},
    **{word: ("company", "firm", "group") for word in FIRM_TRADES},
    **{word: ("company", "firm", "group", "bank", "lender") for word in "bancorp bancshares bankshares".split()},
    **{word: ("club", "team") for word in "athletic rovers wanderers albion united".split()},
    **{word: ("company", "firm") for word in "lines buses freight properties".split()},
    **{word: ("organisation",) for word in "verein verband stiftung".split()},
    **{word: _MUNICIPAL for word in _MUNICIPAL},  # die Stadt Kirchbrunn: later "die Verwaltung", "das Rathaus"
    **dict.fromkeys(UNIONS, tuple(UNION_NOUNS)),
}  # fmt: skip


_WATERS = frozenset("lake river creek bay".split())  # a place's first word, in a body's name


def _starts_the_name(words: list[str], language: Language) -> bool:
    """Whether a body's run starts on its name: not on an article, a common word ('Board members'),
    or 'London-based'; a common word does start 'Department of …' and 'Lake Corran Water Authority'."""
    first = words[0].lower()
    if first in language.definite | language.indefinite or (len(words) > 1 and first.endswith("-based")):
        return False
    common = first in NON_NAMES and not is_organisation(words[:1])
    of_the_name = words[1:2] in (["of"], ["for"]) or (first in _WATERS and len(words) > 2 and words[1][:1].isupper())
    return not common or of_the_name


def organisation_name(words: list[str], language: Language) -> str:
    while words and not _starts_the_name(words, language):
        words = words[1:]
    if len(words) == 1 and words[0].lower() in NON_NAMES:
        return ""  # "Board members …": a word, not a name
    described = any(w in ("und", "für", "and", "for", "of") for w in words[1:])  # "Gewerkschaft Verkehr und Dienste"
    whole = compound_association(words, language.code)
    if len(words) > 1 and is_kind_of_organisation(words[0]) and words[1][:1].isupper() and not (described or whole):
        words = words[1:]  # "Projektierer Nordwind Energie", "Betreiberfirma Alpstrom AG": the kind, then the name
    if language.code == "de":  # "des Landratsamts": the Landratsamt
        words = [german_nominative(w) for w in words]
    return " ".join(words).replace("·", ".")


def registered_organisation(words, registry: Registry, language: Language, named: bool = False) -> str | None:
    """An organisation's name in a capitalized run (or any run, `named` as one), registered with
    the nouns that may stand for it later ('the union' for the Pine Ridge Education Association)."""
    words = list(without_possessive(tuple(words)))  # "Wexcombe District Council’s planning committee"
    of = next((i for i in (1, 2) if len(words) > i + 1 and words[i].lower() in ("der", "des", "of", "de")), None)
    if of and (words[of - 1].lower() in _OF_A_BODY or (language.code == "de" and not is_organisation(words[:of]))):
        words = words[of + 1 :]  # "Mitteilung der IG Technik", "Die Fachleute des Landesamts für Wasserwirtschaft"
    if language.code == "de" and len(words) > 2 and words[-2] in ("des", "der") and words[-1] in WHOSE_BODY:
        words = words[:-2]  # "das Wirtschaftsministerium des Landes": the Wirtschaftsministerium
    if not named and (not is_organisation(words) or _person_with_employer(words)):
        return None
    if len(words) == 1 and words[0].lower() in FIRM_TRADES:
        return None  # "Energy prices rose", "Freight trains were halted": a trade, no firm's name
    name = (
        organisation_name(words, language).rstrip(".")
        if not words[-1].endswith(("Co.", "Inc.", "Corp."))
        else organisation_name(words, language)
    )
    if not name or OUTLET.search(name):
        return None
    bodies = (p for p in registry.people.values() if p.organisation) if name.isupper() else ()
    alias = next((p.name for p in bodies if name.lower() in p.labels), None)
    if alias:  # "la Fédération santé solidaire (FSS)", later "la FSS"
        return alias
    organisation = registry.add(name, organisation=True)
    lowered = [w.lower().strip(".,") for w in name.split()]
    # synonyms of the words that head the name: the Securities and Exchange Commission is no firm
    heads = [w for n, w in enumerate(lowered) if not set(lowered[n + 1 :]) & ORGANISATION_WORDS]
    organisation.labels |= {*lowered, *(noun for word in heads for noun in ORGANISATION_SYNONYMS.get(word, ()))}
    _label_authority(organisation)
    return name


def _label_authority(body: Person) -> None:
    if any(word.endswith(_AUTHORITIES) for word in body.labels):  # das Landesamt für …, later "die Behörde"
        body.labels.add("behörde")


WHOSE_BODY = frozenset("Landes Bundes Kreises Stadt Gemeinde Region Kantons Freistaats Bezirks".split())  # its state's
_AUTHORITIES = (
    "amt", "landesbetrieb", "ministerium", "direktion", "agentur", "verwaltung", "präsidium", "inspektorat",
    "hauptmannschaft", "staatsanwaltschaft", "behörde", "aufsicht",
)  # fmt: skip


_NOT_OF_A_BODY = frozenset(  # "Shares of Corvane Semiconductor", "Employees of Ardmore Micro": some of it
    (w,) for w in "Shares Stock Employees Members Customers Residents Officials Workers Executives Investors".split()
)


def is_plain_name(words: tuple[str, ...]) -> bool:
    """'Kwame Asante' (of Ridgeline Securities): two or three capitalized words with no title and
    no word of a body, a person's name even when the first-name lists lack its first name."""
    titles, name = person_words(words)
    return 2 <= len(words) <= 3 and not titles and len(name) == len(words) and not is_organisation(list(words))


def titles_of_a_body(titles: tuple[str, ...]) -> bool:
    """'Department of' (Environmental Protection): words before a name that end on 'of', 'for' or 'on' are a body's."""
    return bool(titles) and titles[-1].lower() in ("of", "for", "on")


def _person_with_employer(words: tuple[str, ...]) -> bool:
    """'Senate Minority Leader Mitch McAllister', not 'Department for Transport'."""
    titles, name = person_words(words)
    return (
        bool(titles)
        and bool(name)
        and not is_organisation(name)
        and not titles_of_a_body(titles)
        and (len(name) > 1 or first_name_gender(name[0]) is not False)
    )


_OF_A_BODY = frozenset(  # "Mitteilung der IG Technik", "Sprecher der Polizei": the body is after "der"
    "mitteilung erklärung stellungnahme pressemitteilung aussendung sprecher sprecherin leiter leiterin chef".split()
)
_ORGANISATION_RUN = re.compile(  # a run never goes on after a full stop: abbreviations are masked with "·"
    r"[A-ZÀ-Þ][\w’'.·&/-]*(?:(?<!\.)\s+(?:(?:of|for|and|&|de|du|des|für|und|der|och|og)\s+|\d{1,4}\s+|d['’])?"
    r"[A-ZÀ-Þ][\w’'.·&/-]*)+"  # (French elides: "le Conseil d'Etat")
)


@lru_cache(maxsize=4096)
def organisation_runs(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Names of organisations, which may hold 'of', 'for' or 'and' (Department for Transport,
    Library and Cultural Workers Union) where a person's name never does."""
    found = []
    for match in _ORGANISATION_RUN.finditer(text):
        words = tuple(match.group().split())
        start = match.start()
        cut = next((i for i, w in enumerate(words) if w in ("of", "de", "du", "des", "der")), None)
        person = looks_like_a_person(*reversed(person_words(words[:cut]))) if cut else False
        plain = cut and words[cut] == "of" and (is_plain_name(words[:cut]) or words[:cut] in _NOT_OF_A_BODY)
        if person or plain:  # "J.D. Kowalczyk of Mid-State …", "Shares of Corvane Semiconductor fell"
            start += len(" ".join(words[: cut + 1])) + 1
            words = words[cut + 1 :]
        end = match.end()
        place = next((i for i, w in enumerate(words) if w == "für" and _named_for_a_place(words[:i])), None)
        if place:  # "das Landratsamt Aschental für Unterreisbach" (not "das Landesamt für Umwelt")
            end = text.index(words[place - 1], start) + len(words[place - 1])
            words = words[:place]
        owner = next((i for i, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))), None)
        if owner is not None and is_organisation(list(words[: owner + 1])) and not is_organisation(words[owner + 1 :]):
            end = text.index(words[owner], start) + len(words[owner]) - 2  # "Granger Tire & Rubber’s Fenwick plant"
            words = (*words[:owner], words[owner][:-2])
        if is_organisation(words) and not _person_with_employer(words):
            found.append((start, end, words))
    return tuple(found)


def _named_for_a_place(words: tuple[str, ...]) -> bool:
    """A German body named with its place ('Landratsamt Aschental'): a 'für' after it is not part of its name."""
    if len(words) < 2:
        return False
    body, place = words[-2], words[-1]
    return (german_compound_body(body) or body.lower() in ORGANISATION_WORDS) and not is_organisation([place])


def employer_in_titles(words: tuple[str, ...], registry: Registry, language: Language) -> str | None:
    """The organisation a title names ('Pine Ridge Education Association President Sam Okonjo'),
    registered like any other."""
    titles, _ = person_words(words)
    last = max((i for i, w in enumerate(titles) if w.lower().strip(".,") in ORGANISATION_WORDS), default=-1)
    if last > 0 and is_title(titles[0]):
        return None  # "Chief Financial Officer Ben Adeyemi": a title, no body called Chief Financial
    return registered_organisation(titles[: last + 1], registry, language) if last >= 0 else None


_KIND_NOT_NAME = ORGANISATION_WORDS - COUNCILS  # a German body's word alone (a council is named so)
_GERMAN_AT_A_BODY = re.compile(  # "Bei Pro Velo Altbrügg ist man erleichtert", "Beim Verein Y heißt es"
    r"\b[Bb]eim?\s+([A-ZÄÖÜ][\w\-]*(?:\s+[A-ZÄÖÜ][\w\-]*){1,3})\s+(?:ist|war|zeigt|gibt|sieht|hieß|heißt|heisst)"
    r"\s+(?:man|es)\b"
)
_GERMAN_QUOTED_BODY = re.compile(  # a body's name in quotation marks: die Bürgerinitiative „Geburt bleibt hier“
    r"\b(\w*(?:[Ii]nitiative|[Vv]erein|[Bb]ündnis|[Aa]ktionsgruppe))\s+[„«»“]([A-ZÄÖÜ][^„“”«»]{2,40})[“”«»]"
)
_NAMED_UNION = re.compile(  # "The United Warehouse and Distribution Workers union" (not "the United States union")
    r"\b[Tt]he\s+([A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w’'-]*)*\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:Workers|Employees|Teamsters|Teachers|Nurses|Machinists|Drivers|Pilots|Engineers|Firefighters|Officers|"
    r"Electricians|Carpenters|Musicians|Writers|Actors|Miners|Dockers))\s+union\b"
)
_UNION_LOCAL = re.compile(r"\b([A-Z][\w&\-]*)(?: [A-Z][\w&\-]*){0,3} Local \d+\b|\bLocal \d+(?= of )")  # "Local 118 of"
_PRONOUN_AGED = re.compile(
    r"(?:^|[.!?]\s+)(She|He|Elle|Il|Sie|Er|Hon|Han|Hun)\s+(?:is|turned|a|ist|är|er)\s+(\d{1,3})"
    r"(?:\s+(?:ans|years\s+old|Jahre\s+alt|år(?:\s+gammal)?))?(?=[.,;]|\s+(?:and|et|und|och|og)\b)"
)  # (not "Il a 30 ans d'expérience", "Elle avait 17 ans quand …")
_WORKS_AS = re.compile(  # the sentence's subject (a name, a pronoun, "Die 44-Jährige") and the role it works as
    r"(?:^|[.!?]\s+)(?:[A-ZÄÖÜÀ-Þ][\w’'-]*\s+|\d{1,3}-[\w-]+\s+){1,3}"
    r"(?:(?:works|worked)\b[^.;:,_]{0,40}?\bas\s+an?|(?:arbeitet|arbeitete)\b[^.;:,_]{0,40}?\bals|"
    r"(?:travaille|travaillait)\b[^.;:,_]{0,40}?\bcomme|(?:arbetar|jobbar|arbejder|arbeider|jobber)\s+som)"
    r"\s+([A-ZÄÖÜa-zäöüéèà][\w-]{3,})\b"
)
OWN_NAME = re.compile(  # a quote's opening that names its speaker: “It's Odalys. Odalys Ferrante. …”
    r"\s*(?:It['’]s|I['’]m|I\s+am|My\s+name\s+is|Ich\s+hei(?:ß|ss)e|Je\s+m['’]appelle|Jag\s+heter|Jeg\s+hei?ter|"
    r"Jeg\s+hedder)\s+(?:(?P<first>[A-ZÀ-Þ][\w-]+)\.\s+)?(?P<name>[A-ZÀ-Þ][\w-]+\s+[A-ZÀ-Þ][\w-]+)(?=[.,!]|$)"
)
_QUOTE_OPENS = re.compile(r"[“\"«„‘]")
_CALLED_AFTER = re.compile(  # "…, the winger everyone in the locker room calls “Tank,”", "…, known as “Peg”"
    r",(?P<before>[^.!?;]{0,60}?)\b(?:call(?:s|ed)?|nicknamed|known\s+as|dubbed|kallas|kalles|kaldes|kaldet|kalt|"
    r"genannt|surnommée?)(?:\s+(?:him|her|them|ihn|sie|honom|henne|ham|hende))?\s+[“\"‘'„«»”](_+[,.]?)[”\"’'“»«]"
)
_A_THING = re.compile(r"\b(?:a|an|the|ein|eine|un|une|en|ett|et)\s+[\w-]+\s+$")  # "a charity called “Hope”": its name
NICKNAMED = re.compile(r"\b([A-ZÀ-Þ][\w\-]+) [“\"‘'„«»”]_+[”\"’'“»«] ([A-ZÀ-Þ][\w\-]+)")
_RELATIVE = re.compile(
    r"(?:\b(?i:his|her|their|whose|that|seine?[mnrs]?|ihre?[mnrs]?|son|sa|ses|hans|hennes|deras)|(?P<owner>[A-ZÀ-Þ][\w\-]+)(?:[’']s|(?<=s)[’'](?=\s)|s(?=\s+(?:sønn|søn|datter|dotter|søster|syster|bror|kone|hustru)\b)))\s+"
    r"(?:(?:younger|older|elder|twin|little|big|baby|late|jüngere|ältere|lillebror|lillasyster)\s+)?"
    r"(?P<relation>son|daughter|wife|husband|brother|sister|father|mother|mom|dad|grandson|granddaughter|"
    r"oldest|youngest|eldest|uncle|aunt|nephew|niece|"
    r"Sohn|Tochter|Frau|Mann|Bruder|Schwester|Vater|Mutter|fils|fille|femme|mari|frère|sœur|père|mère|"
    r"sons?|sønn|søn|dotter|datter|fru|man|mand|bror|søster|syster|far|mor|kone|hustru|children|kids|sons|daughters|Kinder|"
    r"enfants|barn)"
    r"(?:\s+(?:jumelle|jumeau|cadette|cadet|aînée|aîné))?,?\s+"
    r"(?P<first>[A-ZÀ-Þ][\w\-]+)(?:,?\s+(?:and|und|et|och|og)\s+(?P<second>[A-ZÀ-Þ][\w\-]+))?"
)
RELATION_GENDER = {
    "son": MALE, "husband": MALE, "brother": MALE, "father": MALE, "dad": MALE, "grandson": MALE,
    "sohn": MALE, "mann": MALE, "bruder": MALE, "fils": MALE, "mari": MALE, "frère": MALE, "man": MALE,
    "mand": MALE, "bror": MALE, "daughter": FEMALE, "wife": FEMALE, "sister": FEMALE, "mother": FEMALE,
    "mom": FEMALE, "granddaughter": FEMALE, "tochter": FEMALE, "frau": FEMALE, "schwester": FEMALE,
    "fille": FEMALE, "femme": FEMALE, "sœur": FEMALE, "dotter": FEMALE, "datter": FEMALE, "fru": FEMALE,
    "søster": FEMALE, "syster": FEMALE, "uncle": MALE, "aunt": FEMALE, "nephew": MALE, "niece": FEMALE,
    "onkel": MALE, "tante": FEMALE, "neffe": MALE, "nichte": FEMALE, "oncle": MALE, "neveu": MALE, "nièce": FEMALE,
    "vater": MALE, "mutter": FEMALE, "père": MALE, "mère": FEMALE, "far": MALE, "mor": FEMALE, "søn": MALE,
    "sønn": MALE, "kone": FEMALE, "hustru": FEMALE,
}  # fmt: skip
_KIN_FOLLOWS = re.compile(  # a name a relative of someone follows: only people have brothers
    r"[^.;:]{0,40}?,\s+(?:his|her|their|sein|seine|ihr|ihre|son|sa|hans|hennes|hendes)\s+(?:(?:twin|younger|older|"
    r"elder|little|big)\s+)?(?:" + "|".join(k for k in RELATION_GENDER if len(k) > 3) + r")\b",
    re.IGNORECASE,
)


_PARTY = re.compile(  # (bracketed tags are masked) "R-Okla.", "D-San Antonio"; not "D-N.M. The" (a new sentence)
    rf",?\s*([RDI])-([A-Z][\w.·]*(?:\s?(?!(?:{'|'.join(sorted(OPENS_A_SENTENCE))})\b)[A-Z][\w.·]*)?)"
)
_ROLE_FIRST = re.compile(  # "The family’s MP, Helen Achterberg": a role, then the name
    rf"(?:^|[.;]\s+)((?:[\w’'-]+\s+){{1,5}}(?:[a-z][\w-]*|{'|'.join(sorted(POST_NOMINALS | {'CEO', 'CFO'}))})),"
    r"\s+(?:[A-Z][\w.]*\s+)?$"
)
# "explique le bourgmestre de Marbaix, Jean-Luc Dethier": a definite role, its place, then the name
_DEFINITE_ROLE_FIRST = re.compile(
    r"\b(?:[Tt]he|[Ll]e|[Ll]a|[Ll][’']|[Dd]er|[Dd]ie)\s*([a-zà-ÿ][\w\-]*)((?:\s+[\w’'\-]+){0,5}),\s+(?:[A-Z][\w.]*\s+)?$"
)
_ITS_PLACE = re.compile(r"\s(?:for|of|at|in|from|de|du|des|der|von)\s")  # "the area coroner for North Wexshire"
_COUNSEL = re.compile(r"(?:^|[.!?]\s+)(Defending|Prosecuting),\s+$")  # British court reports
_COUNSEL_LABELS = {
    "defending": frozenset("lawyer solicitor barrister counsel advocate".split()),
    "prosecuting": frozenset("prosecutor lawyer barrister counsel".split()),
}
_OWNED = "|".join(sorted(POSSESSIVES))  # (not ", son employeur,": a new subject)
_AFTER_THE_NAME = rf"^(?:,(?!\s+(?i:{_OWNED})\s)[^,.;]{{1,80}}){{0,3}},?\s+"  # its age and appositives
_ON_TRIAL = re.compile(  # "Dylan Mercier, 22 ans, a été condamné", "Ray Dunn, 41, pleaded guilty": the defendant
    rf"{_AFTER_THE_NAME}(?:a|est|était|sera|was|is|has\s+been|had\s+been|wurde|ist|blev|ble|har\s+blitt)\s+"
    r"(?:été\s+)?(?:\w+\s+)?(?:jugée?|condamnée?|poursuivie?|sentenced|convicted|charged|accused|acquitted|"
    r"verurteilt|angeklagt|freigesprochen|dömd|åtalad|dømt|tiltalt|frifunnet|frikendt)\b|"
    rf"{_AFTER_THE_NAME}(?:comparai\w+|comparaît|pleaded|pleads|denies|denied|stands\s+trial|went\s+on\s+trial|"
    r"muss\s+sich|musste\s+sich|står\s+åtalad|åtalas|døms|dömdes|erkjente|nekter)\b"
)
_TRIES = re.compile(  # "Le tribunal a condamné jeudi Dylan Mercier": the defendant follows
    r"\b(?:a\s+condamné|a\s+relaxé|sentenced|convicted|verurteilte|dömde|dømte)\s+(?:\w+\s+){0,2}$"
)
DEFENDANT = frozenset(
    "defendant accused prévenu prévenue accusé accusée angeklagte angeklagter angeklagten tilltalade åtalade "
    "tiltalte tiltalede".split()
)
_OWNER = re.compile(r"\s(?:de|du|des|of|for)\s+(?=l['’]|(?:le|la|les|the|a|an)\s)")  # whom a role serves
WHICH_OF_TWO = frozenset("younger elder older".split())  # "the younger Pruitt": resolved when quoted


_FRENCH_ROLE = re.compile(r"(?:eur|euse|rice|ière|ier|iste|ante?|ente?|aire|ienne?|élue?|ministre|chef)$")


def _role_after_age(text: str, language: str) -> bool:
    """Whether what follows an age is the person's role: 'a nurse from Leeds', 'maire de Saint-Aubin'
    (not 'said the plan …', 'delar båten med sonen …')."""
    first = text.split()[0].lower() if text.split() else ""
    known = LANGUAGES[language]
    if first in known.definite | known.indefinite or first.startswith(("l'", "l’")):
        return True
    return language == "fr" and bool(first in TITLES or first in ROLE_NOUNS or _FRENCH_ROLE.search(first))


def title_labels(titles) -> set[str]:
    """Titles as labels, abbreviations spelled out: 'Sen.' (masked 'Sen·') → sen, senator; CEO → chief, executive."""
    labels = {t.lower().replace("·", "").rstrip(".") for t in titles}
    return labels | {w for t in labels if t in TITLE_WORDS for w in TITLE_WORDS[t].split()}


NOT_A_LABEL = STOP_WORDS | NON_NAMES  # of "Harbor City head coach", only "harbor" tells the club
_BODY_BEFORE_ROLE = re.compile(r"\b([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})\s+(?:[a-z][\w\-]*\s+){1,2}$")


def _describe_person(person: Person, mask: str, start: int, end: int, language: str) -> None:
    """Labels from around a mention: the word before it ('guard K.C. Fairweather'), an age
    ('Webb, 52,'), an appositive ('Roe, the mayor of Dunlow,'); genders they tell."""
    before = re.findall(r"\b([a-zäöüåæøéèêàç][\w\-]*),?\s*$", mask[:start])  # "guard K.C.", "The toxicologist, Dr."
    noun = re.findall(r"\b([A-ZÄÖÜ][a-zäöüß]+)\s*$", mask[:start]) if language == "de" else []
    if noun and (noun[0].lower() in RELATION_GENDER or noun[0].lower() in ROLE_NOUNS):
        before = [noun[0].lower()]  # "Ihre Tochter Sandra Imhof": German nouns are capitalized
    owned = _OWNER.search(re.split(r"[.;:!?]\s", mask[max(0, start - 60) : start])[-1])  # "L'avocat de l'ancien maire,"
    possessive = mask[start:end].endswith(("’s", "'s"))  # "an aide, Tillman's office": no appositive
    role_before = (
        before
        and before[0] not in NOT_A_LABEL | WHICH_OF_TWO
        and not speech_verbs(before[0], language)  # not "countered" in "…, countered Brandvold"
        and not ((owned or possessive) and mask[start - 2 : start].strip().endswith(","))
    )
    if role_before:
        person.labels.add(before[0].lower())
        person.gender = person.gender or role_gender(before[0], language)
    party = _PARTY.match(after := mask[end:])
    if party:  # "Harlan Pruitt, R-Kan.": later "the Kansas Republican"; "D-St. Louis": "the St. Louis Democrat"
        place = party.group(2).rstrip(".·")
        named = US_STATES.get(place) or place.replace("·", " ")
        person.labels |= {PARTIES[party.group(1)], *named.lower().split(), *DEMONYMS.get(named.lower(), ())}
    owners = [w.lower()[:-2] for w in mask[start:end].split() + mask[max(0, start - 30) : start].split()[-2:]]
    places = [w for w in owners if w in DEMONYMS] + [p.lower() for p in _OF_PLACE.findall(mask[end : end + 40])]
    person.labels |= {w for p in _OF_PLACE.findall(mask[end : end + 40]) for w in p.lower().split() if w in STATE_WORDS}
    for place in places:  # "Spain's Carlos Ruiz", "Amélie Roy of Canada": later "the Spaniard", "the Canadian"
        if place in DEMONYMS:
            person.labels |= {place, *DEMONYMS[place]}
    two_before = re.search(r"(?:^|[.!?]\s+|\s)([A-Za-z][a-z\-]+)\s+[a-z][\w\-]*\s*$", mask[:start])
    opening = two_before and (two_before.group(1).islower() or not two_before.group(0)[:1].isspace())
    if opening and role_before and two_before.group(1).lower() not in NOT_A_LABEL:
        person.labels.add(two_before.group(1).lower())  # "Freshman guard Tyler Quinn", "senior center …"
    body = _BODY_BEFORE_ROLE.search(mask[max(0, start - 80) : start]) if role_before and language != "de" else None
    if body:  # "Harbor City head coach Glen Vasquez": later "the Harbor City coach"
        person.bodies |= {w.lower() for w in body.group(1).split() if w.lower() not in NOT_A_LABEL}
    if _LED_BY.search(mask[max(0, start - 30) : start]):  # "The team, led by Ines Marchetti,": the lead author
        person.labels |= {"leader", "lead", "head", "author"}
    if _ON_TRIAL.match(mask[end:]) or _TRIES.search(mask[max(0, start - 40) : start]):
        person.labels |= DEFENDANT  # later "le prévenu", "the defendant", "der Angeklagte"
    counsel = _COUNSEL.search(mask[max(0, start - 20) : start])
    if counsel:  # "Defending, Simon Pryce said": later "the solicitor", "his lawyer"
        person.labels |= _COUNSEL_LABELS[counsel.group(1).lower()]
    role_first = _ROLE_FIRST.search(mask[:start]) if not possessive else None
    role_phrase = _OWNER.split(role_first.group(1))[0] if role_first else ""  # not "(L'avocat) de l'ancien maire"
    role = role_phrase.split()[-1].lower() if role_phrase else ""
    if is_role(role, language):  # "The council’s … leader, Cllr Graham Peploe"
        person.labels |= {_unowned(w.lower()) for w in WORD.findall(role_phrase) if w.lower() not in STOP_WORDS}
    definite_role = _DEFINITE_ROLE_FIRST.search(mask[max(0, start - 80) : start]) if not possessive else None
    head = definite_role.group(1).lower() if definite_role else ""
    if is_role(head, language):
        person.labels.add(head)
    words = _ITS_PLACE.split(f"{head}{definite_role.group(2)}")[0].split() if definite_role else []
    if len(words) > 1 and is_role(words[-1].lower(), language):  # "the area coroner for North Wexshire, …"
        person.labels.add(words[-1].lower())
    after = mask[end:]
    age = _AGE.match(after)
    if age:
        person.labels |= age_labels(age.group(1) or age.group(2))
    appositive = _APPOSITIVE.match(after)
    if age and age.group(1) and _role_after_age(after[age.end() :], language):  # "Sauvageot, 71 ans, maire de …"
        appositive = _APPOSITIVE.match(after[age.end() - 1 :])
    kin = _WHO_IS_KIN.match(after)
    if kin and not person.gender:  # "Kari Nygård, som er søster av ordføreren": a woman
        person.gender = RELATION_GENDER.get(kin.group(1).lower())
    does = _WHO_DOES.match(after)
    if does:  # "Samuel Okafor, who founded Kestrel": later "the company's founder"
        role = does.group("role") if does.group("role") not in STOP_WORDS else None
        person.labels |= set(_DOER.get((does.group("verb") or "").lower(), ())) | ({role.lower()} if role else set())
        if role and role.lower() in ("ceo", "chief executive"):
            person.labels |= {"ceo", "chief", "executive"}
    if _RUNS_THE_FIRM.match(mask[end : end + 160]):  # "Camille Draxler, …, who has run Ardent since 2014"
        person.labels |= {"ceo", "chief", "executive", "head", "leader"}
    relative = r"(?:who|whose|which|that|der|die|dessen|deren|qui|dont|som|vars|hvis)\b"  # "…, whose father founded"
    danish_relative = language == "da" and re.match(r"\s*,\s+der\s", after)  # "…, der ikke er i familie med"
    if appositive and not re.match(relative, appositive.group(1)) and not danish_relative:
        if re.match(r",\s+the\s+[a-z-]+\s*[,.;:]", after):  # "Marisol Ortega, the spokeswoman,": the one
            person.labels.add(f"the {appositive.group(1).strip().lower()}")  # the article spoke of before
        content = [_unowned(w.lower()) for w in WORD.findall(appositive.group(1))[:6] if w.lower() not in STOP_WORDS]
        person.labels |= set(content)
        for word in content:
            person.gender = person.gender or role_gender(word, language)
        kin = _WHOSE_KIN.match(appositive.group(1))
        if kin and kin.group(1).lower() in RELATION_GENDER:  # "Patrice Dunmore, Julian's mother,": a woman,
            person.gender = RELATION_GENDER[kin.group(1).lower()]  # whatever her first name tells


_WHOSE_KIN = re.compile(r"\s*(?:[A-ZÀ-Þ][\w-]*['’]s|the|a|an)\s+(\w{4,})\b")
_WHO_IS_KIN = re.compile(
    r",\s+(?:who\s+is|som\s+är|som\s+er|der\s+ist|die\s+ist|qui\s+est)\s+(?:(?:the|a|an|his|her|en|ei|et|ett|die|"
    r"der|la|le|sa|son)\s+)?(\w+)\b"
)
_LED_BY = re.compile(
    r"\b(?:led|headed|directed|coordinated)\s+by\s+(?:(?:Dr|Prof)\S*\s+)?$|\b(?:geleitet|angeführt)\s+von\s+$|"
    r"\b(?:dirigée?s?|menée?s?|pilotée?s?|coordonnée?s?)\s+par\s+$|\b(?:ledd|ledda|ledet|ledede)\s+a[fv]\s+$"
)
_DOER = {
    **dict.fromkeys(("founded", "co-founded"), ("founder", "co-founder")),
    **dict.fromkeys(("leads", "led", "heads", "headed"), ("head", "leader", "director")),
    **dict.fromkeys(("chairs", "chaired"), ("chair", "chairman", "chairwoman")),
    "coaches": ("coach",), "owns": ("owner",), "manages": ("manager",), "directs": ("director",),
    "runs": ("owner", "manager", "director", "head"),
}  # fmt: skip
_RUNS_THE_FIRM = re.compile(  # "Camille Draxler, a former materials scientist who has run Ardent since 2014"
    r",\s+(?:an?\s+[a-z][a-z\s-]{0,60}\s)?who\s+(?:has\s+|had\s+)?(?:run|runs|led|leads)\s+"
    r"(?:the\s+company|[A-Z][\w&’'-]+\s+since)\b"
)
_WHO_DOES = re.compile(
    r",\s+(?:\d{1,3},\s+)?who\s+(?:has\s+|had\s+)?(?P<verb>co-founded|founded|leads|led|heads|headed|chairs|chaired|"
    r"coaches|owns|manages|directs|runs)\b|,\s+(?:\d{1,3},\s+)?who\s+(?:has\s+)?(?P<verb2>took\s+over|served|serves|"
    r"became)(?:\s+as)?\s+(?:(?:a|an|the)\s+)?(?P<role>CEO|chief\s+executive|[a-z]{3,})\b"
)
_A_BODY_FOLLOWS = re.compile(r",\s+which\s|\s+(?:said|says)\b[^.;_]{0,40}?\bits\b")  # what no person is
_SAID_IT = re.compile(r"\s+(?:said|says)\b[^.;_]{0,25}?\bit\s+(?:would|will|had|has|expected|plans)\b")
_STATEMENT = (
    r"(?:\s+(?:i|in|dans|en|på)\s+(?:ett|et|en|einer|un|une|a|an|its|sin|sitt|seiner|ihrer)?\s*(?:\w+\s+)?"
    r"(?:pressmeddelande|pressemeddelelse|pressemelding|communiqué|statement|Mitteilung|Pressemitteilung|release)\b)"
)
_ISSUING = (
    r"(?:skriver|skrev|uppger|meddelar|oplyser|skriv|skreiv|writes|wrote|said|says|schreibt|schrieb|écrit|indique|"
    r"indiqué|annonce|annoncé|précise|précisé)"
)
_ISSUER = r"[A-ZÅÄÖÆØ][\w’'-]+(?:\s+[A-ZÅÄÖÆØ][\w’'-]+){0,3}"
_ISSUES_A_STATEMENT = re.compile(  # a name that issues a press release is a body's, unless a person's
    rf"\b{_ISSUING}\s+(?P<after>{_ISSUER}){_STATEMENT}|"
    rf"(?:^|[.!?]\s+)(?P<before>{_ISSUER})\s+(?:a\s+|hat\s+|har\s+|has\s+)?{_ISSUING}{_STATEMENT}"
)
_STARTS_SENTENCE = re.compile(r"(?:^|[.!?:”\"’]\s+)(?:[Tt]he\s+)?$")


_KIND_LATER = re.compile(
    r"\b(?:[Tt]he\s+(company|firm|retailer|carrier|airline|insurer|lender|automaker|chain)|"
    r"[Dd]as\s+(Unternehmen)|[Dd]er\s+(Konzern|Versorger|Hersteller)|[Dd]ie\s+(Firma)|"
    r"[Ll][’'](entreprise|enseigne)|[Ll]e\s+(groupe|constructeur)|[Ll]a\s+(société)|"
    r"(?<!\w)([Bb]olaget|[Ff]öretaget|[Kk]oncernen|[Ss]elskapet|[Ss]elskabet|[Vv]irksomheden|[Kk]onsernet))\b"
)


_PREPOSITION_WORDS = frozenset("of for in at from with by de du des par von vom für af av i på".split())


def _subject_named_by_kind(mask: str, registry: Registry, language: str) -> None:
    """'Volvo Cars varslar 300. Bolaget skriver …', 'Arla lukker mejeriet. Koncernen kalder …': the
    paragraph opens on a body its next sentence calls by its kind, though no word of its name says so."""
    kind = _KIND_LATER.search(mask)
    opener = re.match(r"[A-ZÀ-Þ][\w’'-]*\s+[a-zà-ÿ][\w’'-]*,\s+", mask)  # "Côté employeur, Trans'Lèze …"
    mask = mask[opener.end() :] if opener and kind and opener.end() < kind.start() else mask
    kind = _KIND_LATER.search(mask)
    runs = name_runs(mask[: kind.start()]) if kind else ()
    if not runs or runs[0][0] != 0 or len(runs[0][2]) > 3:
        return
    if any(_A_BODY_FOLLOWS.match(mask[end:]) or is_organisation(list(words)) for _, end, words in runs[1:]):
        return  # "Shipping lines were … Halden Marine, which runs …, said …. The company said": Halden's kind
        # ("Bag projektet står energiselskabet VestVind A/S. Selskabet skriver": the A/S)
    rest = mask[runs[0][1] :]
    appositive = re.match(r",[^,.;_]{1,60},\s+", rest)  # "Skarvåg Sjømat, bygdas største arbeidsplass, merker …"
    words, after = without_possessive(runs[0][2]), rest[appositive.end() if appositive else 0 :].split()[:1]
    verb = after and after[0][:1].islower() and after[0] not in LANGUAGES[language].stop_words | _PREPOSITION_WORDS
    verb = verb or (bool(after) and after[0].lstrip('«»„“”"‘’‹›').startswith(MASK))  # "Trans'Lèze « se félicite »"
    if not verb or speech_verbs(after[0], language):
        return  # a subject and its verb ("Arla lukker"), not a dateline, not "Tavita Fuimaono said"
    if looks_like_a_person(*reversed(person_words(words))) or words[0].lower() in NON_NAMES | NUMBER_WORDS:
        return
    if is_title(words[0]) and after[0] in ROLE_NOUNS | TITLES:
        return  # "Chief executive Robert Ahlstrand told analysts … the company's outlook": a title, no body
    abstract = language in ("sv", "da", "no") and len(words) == 1 and words[0].lower().endswith(_NORDIC_ABSTRACT)
    if abstract and not is_organisation(list(words)):
        return  # "Produktionen flyttes …": a noun with its article opens the sentence, no body's name
    name = " ".join(words)
    if name not in registry.people or registry.people[name].organisation:
        body = registry.add(name, organisation=True)
        body.labels |= set(name.lower().split())
        _of_kind(body, next(g for g in kind.groups() if g).lower())


_NORDIC_ABSTRACT = ("ionen", "ingen", "ningen", "heden", "heten")


def _of_kind(body: Person, kind: str) -> None:
    """'the airline Cascade Air', 'la mairie de Vernès': later 'the carrier', 'la municipalité' is it."""
    body.labels |= {kind, *ORGANISATION_SYNONYMS.get(kind, ())}


def register(masks: list[str], language: str, texts: list[str] | None = None) -> Registry:
    """Everyone named anywhere in the article, with genders and the labels that describe them;
    relatives named by first name get the family's surname ('Marcus Webb and his son, Tyler').
    `texts`: the paragraphs the masks hide asides of, for acronyms given in brackets."""
    registry = Registry()
    last_named = None
    first_only: list[str] = []
    one_name: list[tuple[str, str]] = []  # "the fisherman, Rusli, 52,": a name no first-name list knows
    unproven: dict[str, tuple] = {}  # "Tunde Okonjo": no list knows Tunde (name → its titles and words)
    for mask, text in zip(masks, texts or masks, strict=True):
        bodies = organisation_runs(mask)
        for _, end, words in bodies:
            _with_acronym(registered_organisation(words, registry, LANGUAGES[language]), text, end, registry)
        for body in _FRENCH_NAMED_BODY.finditer(mask) if language == "fr" else ():
            name = body.group("name").strip()
            name = re.sub(r"\s+(?:de|du|des|d['’]|de la|de l['’])$", "", name)
            if len(name.split()) > 1:  # la Fédération santé solidaire (FSS): "le syndicat", "la FSS"
                registered = registered_organisation(tuple(name.split()), registry, LANGUAGES[language], named=True)
                _with_acronym(registered, text, body.start() + len(name), registry)
        for body in _BODY_OF_A_PLACE[language].finditer(mask) if language in _BODY_OF_A_PLACE else ():
            name = " ".join(body.group(0).split()[1:]).removeprefix("l’").removeprefix("l'")  # die Stadt Altenwald,
            kind = body.group(1).lower()  # la préfecture de la Haute-…, la mairie de Vernès (later "la municipalité")
            _of_kind(registry.add(name, organisation=True), kind)
        for body in _NORDIC_NAMED_BODY.finditer(mask) if language in ("sv", "da", "no") else ():
            name = f"{body.group(1)} {body.group(2)}"  # Nordkyst fylkeskommune, Øyfolkets ferjeforum
            if first_name_gender(body.group(1)) is False:
                registry.add(name, organisation=True).labels |= {body.group(2).lower(), body.group(1).lower()}
        for _, _, words in name_runs(mask) if language == "de" else ():
            words = tuple(w for w in words if w.lower() not in NON_NAMES)  # "Laut Bezirksfeuerwehrkommando"
            words = (german_nominative(words[0]), *words[1:]) if words else ()  # "des Landessportbunds"
            body = _german_body(words[0]) if words and len(words) <= 3 else None
            if body:  # "das Verkehrsministerium", "der Almwirtschaftsverband Pfandltal", later "der Verband"
                name = " ".join(words).rstrip(".,")
                registered = registry.add(name, organisation=True)
                registered.labels |= {body, *name.lower().split()}
                _label_authority(registered)  # "die Bezirkshauptmannschaft Zellach": "die Behörde" next
        for start, end, words in name_runs(mask):  # "the airline Cascade Air", "Rederiet Vestfjord Ferjer"
            words = tuple(w for w in words if w.lower() not in LANGUAGES[language].definite)
            before = mask[:start].split()[-1:]
            appositive = before and before[0].endswith(",") and mask[end : end + 1] == ","  # "The operator, X,"
            before = [before[0].removesuffix(",")] if appositive else before
            compound = compound_association(words, language)
            if words and is_kind_of_organisation(words[0]) and len(words) > 1 and not compound:
                kind, words = words[0], words[1:]  # (but "Fødevareforbundet Vest" is the name, not a kind and Vest)
            elif compound:
                kind = words[0]
            elif before and (is_kind_of_organisation(before[0]) or before[0] == "union"):
                kind = before[0]  # "the shop workers' union Unitas" (not "Union Pacific": no kind, a name)
            else:
                continue
            if not looks_like_a_person(*reversed(person_words(words))):
                name = registered_organisation(words, registry, LANGUAGES[language], named=True)
                if name:
                    _of_kind(registry.people[name], kind.lower())
        _subject_named_by_kind(mask, registry, language)
        for _, end, words in name_runs(mask):  # "Tesserine, the payroll software company whose …"
            described = _KIND_AFTER.match(mask[end:])
            words_after = described.group(1).split() if described else []
            kinds = [  # (not "… the Securities and Exchange Commission, the company said": a new subject)
                w
                for n, w in enumerate(words_after)
                if is_kind_of_organisation(w) and not speech_verbs(" ".join(words_after[n + 1 : n + 2]), language)
            ]
            titles, name_words = person_words(words)
            untitled = titles and not any(map(is_title, titles))
            person = looks_like_a_person(name_words, titles) and not untitled
            if kinds and not person:  # "Ocean Line Veloria, the state-owned operator" ("Line": no first name here)
                name = registered_organisation(words, registry, LANGUAGES[language], named=True)
                if name:
                    _of_kind(registry.people[name], kinds[-1].lower())
        for start, end, words in name_runs(
            mask
        ):  # "Coastline Buses, which runs …", "Halvorsen Freight Lines said it …"
            subject = _STARTS_SENTENCE.search(mask[:start])  # (not "the youth centre on Gorse Hill, which closed")
            cue = _A_BODY_FOLLOWS.match(mask[end:]) or (len(words) > 2 and _SAID_IT.match(mask[end:]))
            body = len(words) > 1 and subject and cue  # ("Tavita Fuimaono said it was rushed": no body)
            if body and not looks_like_a_person(*reversed(person_words(words))):
                registered_organisation(words, registry, LANGUAGES[language], named=True)
        for issuer in _ISSUES_A_STATEMENT.finditer(mask):  # "skriver Norrkraft i ett pressmeddelande"
            word = issuer.group("before") or issuer.group("after")
            if " " in word:  # "Aldane Industries Nord a indiqué dans un communiqué" (not "Tavita Fuimaono said")
                if len(word.split()) > 2 and not looks_like_a_person(*reversed(person_words(tuple(word.split())))):
                    registered_organisation(tuple(word.split()), registry, LANGUAGES[language], named=True)
                continue
            pronoun = word.lower() in LANGUAGES[language].pronouns or word.lower() in STOP_WORDS  # "It said in …"
            kind = _KIND_LATER.fullmatch(word)  # "Selskabet skriver i en pressemeddelelse": the A/S named before
            if (
                language != "en"
                and not (pronoun or kind)
                and first_name_gender(word) is False
                and not registry.by_word(word)
            ):
                registry.add(word, organisation=True)
        for body in _GERMAN_AT_A_BODY.finditer(mask) if language == "de" else ():  # "Bei Pro Velo Altbrügg ist man"
            words = tuple(body.group(1).split())
            if words[0] != "Familie" and not looks_like_a_person(*reversed(person_words(words))):
                registered_organisation(words, registry, LANGUAGES[language], named=True)
        for body in _GERMAN_QUOTED_BODY.finditer(text) if language == "de" else ():  # die Bürgerinitiative „X“
            registry.add(body.group(2), organisation=True).labels |= {body.group(1).lower(), "initiative"}
        for union in _NAMED_UNION.finditer(mask) if language == "en" and " union" in mask else ():  # "The United …
            words = tuple(union.group(1).split())  # Warehouse and Distribution Workers union said": later "the union"
            if not looks_like_a_person(*reversed(person_words(words))) and words[0].lower() not in NON_NAMES:
                registry.add(union.group(1), organisation=True).labels |= {"union", *(w.lower() for w in words)}
        for local in _UNION_LOCAL.finditer(mask):  # "Teamsters Local 554": later "the union", "the local"
            named = {local.group(1).lower()} if local.group(1) else set()  # "Teamsters Local 554", "Local 118 of the …"
            registry.add(local.group(), organisation=True).labels |= {"union", "local", *named}
        for nicknamed in NICKNAMED.finditer(mask):  # Margaret “Peg” Holloway
            first, surname = nicknamed.group(1), nicknamed.group(2)
            called = text[nicknamed.end(1) : nicknamed.start(2)].strip(" “\"‘'„«»”’")
            if first_name_gender(first) is not False:
                person = registry.add(f"{first} {surname}", first_name_gender(first) or None)
                if re.fullmatch(r"[A-ZÀ-Þ][\w-]+", called):  # (hidden when there are only masks)
                    person.called = called  # later "Peg said"
        for start, end, words in name_runs(mask):
            words = without_possessive(words)  # "Lucía Ferrer’s restaurant" names Lucía Ferrer
            words = without_genitive(words, registry, language)
            titles, name_words = person_words(words)
            bare = language == "de" and len(words) == 1 and german_nominative(words[0]).lower().strip(".,")
            if bare in _KIND_NOT_NAME or (len(words) == 1 and _KIND_LATER.fullmatch(words[0])):
                continue  # "des Verbands", "die Gewerkschaft", "Selskabet skriver": a body's kind, not its name
            name = clean_name(words)
            if is_organisation(name_words) and not person_of_a_body(words):  # (not "Verena Kofler von der …")
                if not any(lo <= start and end <= hi for lo, hi, _ in bodies):  # not "National Center" (for …)
                    registered_organisation(words, registry, LANGUAGES[language])
                continue
            employer_in_titles(words, registry, LANGUAGES[language])
            if not name or OUTLET.fullmatch(name):
                continue  # (not "France Bleu", an outlet that asked)
            if " " not in name:
                person = registry.by_word(name)
                titled = titles and titles[-1] not in _ARTICLES_OF_A_BODY  # not "der Betriebsleiter der Bahn"
                if not person and titled:  # "President Biden": a surname and a title
                    person = registry.add(name, gender_of(titles, name_words, language))
                if person:
                    person.labels |= title_labels(titles)
                    person.titles |= title_labels(titles[-1:])
                    _describe_person(person, mask, start, end, language)
                continue
            if _PLACE_OF.search(mask[:start]) or name_words[-1].lower() in _STREETS:
                continue  # "the neighboring town of Río Seco", "Graham Whitlow, 61, of Chapel Lane": a place
            plural = language in ("sv", "da", "no") and name_words[0].lower().endswith(("ene", "erne", "arna", "orna"))
            aged = bool(_AGE.match(mask[end:])) and len(name_words) == 2 and not plural  # "Gion Darms, 63, …"
            role = _role_before(mask[:start], language) or _role_follows(mask[end:], language)
            proven = looks_like_a_person(name_words, titles) or role or aged
            if not proven and not _KIN_FOLLOWS.match(mask, end):  # "Chidi Okafor scored 31 points, his twin
                # brother, Emeka, …": only people have brothers
                unproven.setdefault(name, (titles, name_words))
                continue  # "Holloway Winter", "Old Sallow": places and things until someone says so
            lowered = name.lower()
            if lowered.split()[0] in PARTICLES and any(p.lower().endswith(f" {lowered}") for p in registry.people):
                continue  # "Van Alst said": the surname of Pieter Van Alst
            person = registry.add(name, gender_of(titles, name_words, language))
            person.labels |= title_labels(titles)
            person.titles |= title_labels(titles[-1:])
            _describe_person(person, mask, start, end, language)
        for tagged in _PARTY_IN_BRACKETS.finditer(text) if language in ("sv", "da", "no") else ():
            words = tagged.group(1).split()  # "Stortingsrepresentant Morten Lie (Frp)": later "Frp-politikeren"
            person = next((p for n in range(len(words) - 1) if (p := registry.people.get(" ".join(words[n:])))), None)
            party = _NORDIC_PARTIES[language].get(tagged.group(2))  # (not "(NRK)")
            if person and not person.organisation and party:
                person.labels |= {tagged.group(2).lower(), *party.split()}
        for relative in _RELATIVE.finditer(mask):  # "His wife, Maureen": the last person named, maybe earlier
            named = relative.group("owner") or ""  # "The Whitcombes' mother": the Whitcombe family's
            possessor = named and (registry.by_word(named) or (named[-1] == "s" and registry.by_word(named[:-1])))
            owner = possessor or _last_full_name_before(mask[: relative.start()], registry) or last_named
            whose = relative.group().split()[0].lower() not in ("that", "this")  # "That son, Daniel": whose son?
            said = POSSESSIVE_GENDER.get(relative.group().split()[0].lower())
            if owner and said and _named_and(owner.name, mask[: relative.start()]):
                owner.gender = said  # "Robin Ashe, 34, and her brother, Tom": whatever a list says of Robin
            first_set_apart = f", {relative.group('first')}"  # "his twin brother, Emeka,"
            set_apart = relative.group().endswith(first_set_apart) and mask.startswith(",", relative.end())
            for first in filter(None, (relative.group("first"), relative.group("second"))):
                known = first_name_gender(first) is not False or set_apart  # "his twin brother, Emeka,": a name
                if (owner or not whose) and not registry.by_word(first) and known:
                    gender = RELATION_GENDER.get(relative.group("relation").lower()) or first_name_gender(first)
                    registry.add(f"{first} {owner.surname}" if owner and whose else first, gender or None)
        for _, end, words in name_runs(mask):  # 'Demetrius Caldwell, whom teammates have called "Meech"'
            person = registry.people.get(" ".join(words).rstrip(".,"))
            called = _CALLED_AFTER.match(mask, end) if person and not person.organisation else None
            called = None if called and _A_THING.search(called.group("before")) else called
            nickname = text[called.start(2) : called.end(2)].strip(" ,.") if called else ""
            if re.fullmatch(r"[A-ZÀ-Þ][\w-]+", nickname) and not person.called:  # the mask hides the nickname
                person.called = nickname  # later "Meech said"
        for mark in _QUOTE_OPENS.finditer(text):  # “It's Odalys. Odalys Ferrante. …,” she said: named in her own words
            own = OWN_NAME.match(text, mark.end())
            first = own.group("name").split()[0] if own else ""
            repeated = own and own.group("first") == first  # a name she spells out
            if own and (repeated or first_name_gender(first) is not False) and not is_title(first):
                registry.add(own.group("name"), first_name_gender(first) or None)
        for aged in _PRONOUN_AGED.finditer(mask):  # "Elle s'appelle Odette Vasseur. Elle a 82 ans": "l'octogénaire"
            person = _last_full_name_before(mask[: aged.start()], registry) or last_named
            said = LANGUAGES[language].pronouns.get(aged.group(1).lower())
            if person and not person.organisation and said and person.gender in (said, None):
                person.labels |= age_labels(aged.group(2))
        for works in _WORKS_AS.finditer(mask):  # "Die 44-Jährige arbeitet als Hebamme": "die Hebamme"
            person = _last_full_name_before(mask[: works.start()], registry) or last_named
            role = works.group(1)
            noun = role[:1].isupper() if language == "de" else role.islower() and not role.endswith("ment")
            if person and not person.organisation and noun and role.lower() not in STOP_WORDS:
                person.labels.add(role.lower())
        first_only += [n.group("first") or n.group("aged") or n.group("young") for n in _FIRST_NAME_ONLY.finditer(mask)]
        one_name += [(m.group("name"), m.group("label")) for m in _ONE_NAME_AFTER_LABEL.finditer(mask)]
        for pair in _FIRST_NAMES_AND_SURNAME.finditer(
            mask
        ):  # "Jonas und Lukas Eberhardt" (not "Mill Lane and Ferry Road")
            first, second, surname = pair.group(1), pair.group(2), pair.group(3)
            names = first_name_gender(first) is not False and first_name_gender(second) is not False
            given = _ENDS_ON_A_NAME.search(mask[: pair.start()])  # (not "Ji-woo Han and Ashley Dumont")
            names = names and not (given and ("-" in given.group(1) or first_name_gender(given.group(1)) is not False))
            surname_word = surname.lower() not in NON_NAMES and not is_title(surname)  # "Calder & Reyes Chief …"
            if names and surname_word and f"{first} {surname}" not in registry.people:
                registry.add(f"{first} {surname}", first_name_gender(first) or None)
        last_named = _last_full_name_before(mask, registry) or last_named
    for name, (titles, name_words) in unproven.items():
        if not registry.by_word(name.split()[-1]) and _speaks_by_surname(name, masks, language):
            registry.add(name, gender_of(titles, name_words, language))  # "Then Tunde Okonjo rose …", "Okonjo said"
    surnames = {p.surname for p in registry.people.values() if not p.organisation and " " in p.name}
    for name in [n for n, p in registry.people.items() if p.organisation and n in surnames]:
        del registry.people[name]  # "the crane operator Ferrant", "the firm Achterberg co-founded": a person
    for first in first_only:  # "A second-grader named Mateo", "Lina, 12 ans,": unless named in full anywhere
        gender = first_name_gender(first)
        if (gender is not False or first in dict(one_name)) and not registry.by_word(first):
            registry.add(first, gender or None)
    for first, label in one_name:
        if first in registry.people:
            registry.people[first].labels.add(label.lower())
    _genders_from_pronouns(masks, registry, language)
    return registry


def _speaks_by_surname(name: str, masks: list[str], language: str) -> bool:
    """Whether the last word of a name no first-name list knows is, alone, the subject of a speech
    verb somewhere in the article ('Okonjo said', 'said Okonjo'): then the name is someone's."""
    words = name.split()
    if language == "de" or len(words) != 2 or not all(w[:1].isupper() for w in words):
        return False  # (German nouns are capitalized: "den Ortsteilen Unterau", "Hof der Ambergers")
    first, surname = words
    if any(re.search(rf"\b(?:the|The|die|Die|der|Der|les|Les)\s+{re.escape(surname)}\b", mask) for mask in masks):
        return False  # "the Foxes said": a team
    alone = re.compile(rf"(?<!{re.escape(first)} )\b{re.escape(surname)}\b(?![’'\w-])")
    for mask in masks:
        for found in alone.finditer(mask):
            before = mask[max(0, found.start() - 40) : found.start()].split()[-1:]
            after = mask[found.end() : found.end() + 60].split()[:2]
            if before and before[0] in NON_NAMES:
                continue  # "a mother from Unterau told …": a place
            if speech_verbs(" ".join(after), language) or (before and speech_verbs(before[0], language)):
                return True
    return False


_SUBJECT_PRONOUNS = {  # unambiguous ones: not German "sie" (she, they and you)
    "en": {"he": MALE, "she": FEMALE}, "de": {"er": MALE}, "fr": {"il": MALE, "elle": FEMALE},
    "sv": {"han": MALE, "hon": FEMALE}, "da": {"han": MALE, "hun": FEMALE}, "no": {"han": MALE, "hun": FEMALE},
}  # fmt: skip


def _genders_from_pronouns(masks: list[str], registry: Registry, language: str) -> None:
    """The gender of someone whose first name tells none ('Luca Ferreira', 'Réjean Côté'), from the
    pronoun the article next uses when they are the only person its paragraph has named:
    'Ferreira, 24, has said almost nothing. But late Monday he posted …'."""
    pronouns = _SUBJECT_PRONOUNS.get(language, {})
    people = [p for p in registry.people.values() if " " in p.name and not p.organisation]
    before: list[Person] = []
    for mask in masks:
        named: list[Person] = []
        name_end = 0
        for match in re.finditer(r"[\w’'\-]+", mask):
            word = match.group()
            if match.start() < name_end:
                continue  # the rest of a full name: "Siri Vold" is not also Tor Einar Vold
            if word.lower() in pronouns:
                about = named if match.start() > 0 else before  # "… said Prof. Ada Eze. ¶ She noted …"
                impersonal = _IMPERSONAL.match(mask, match.end())  # "Il y a trois ans, elle …": no one
                if len(about) == 1 and about[0].gender is None and not impersonal:
                    about[0].gender = pronouns[word.lower()]
                if named:
                    break
            elif word[:1].isupper():
                full = next((p for p in people if mask.startswith(p.name, match.start())), None)
                name_end = match.start() + len(full.name) if full else 0
                person = full or registry.by_word(without_possessive((word,))[0])
                if person and not person.organisation and person not in named:
                    named.append(person)
        before = named


_IMPERSONAL = re.compile(r"\s+(?:y\s+a|faut|s['’]agit|semble|para[iî]t|est\s+(?:temps|vrai|clair|probable|possible))\b")
_ENDS_ON_A_NAME = re.compile(r"([A-ZÀ-Þ][\w'’-]*)\s+$")
_FIRST_NAMES_AND_SURNAME = re.compile(
    r"\b([A-ZÀ-Þ][a-zà-ÿ]+)\s+(?:and|und|et|och|og|&)\s+([A-ZÀ-Þ][a-zà-ÿ]+)\s+([A-ZÀ-Þ][\w\-]+)\b"
)
_PLACE_OF = re.compile(
    r"\b(?:town|city|village|province|state|county|region|district|municipality|island|port|valley|commune|"
    r"ville|région|Stadt|Gemeinde|Dorf|staden|byen|kommunen)\s+(?:of|de|d[’']|von)\s*$",
    re.IGNORECASE,
)
_STREETS = frozenset("street st road rd avenue ave lane drive boulevard square close crescent terrace way".split())
_ONE_NAME_AFTER_LABEL = re.compile(r"\b(?:the|a|an)\s+(?P<label>[a-z][\w-]*),\s+(?P<name>[A-Z][a-z]+),\s+\d{1,3},")
NAME_IS = (  # a pronoun giving someone's name: "Her name is …", "Il s'appelle …", "Hun heter …"
    r"(?:her|his)\s+name\s+is|(?:ihr|sein)\s+name\s+ist|(?:sie|er)\s+hei(?:ß|ss)t|(?:elle|il)\s+s[’']appelle|"
    r"(?:hon|han)\s+heter|(?:hun|han)\s+hedder|(?:hun|han|ho)\s+hei?ter"
)
_FIRST_NAME_ONLY = re.compile(
    r"\b(?:named|called|prénommée?|namens|(?:gave|identified)\s+(?:(?:his|her|their)\s+(?:first\s+)?name\s+)?"
    rf"(?:only\s+)?as|(?i:{NAME_IS}))\s+(?P<first>[A-ZÀ-Þ][\w\-]+)\b(?!\s+[A-ZÀ-Þ])"
    r"|(?:^|[.!?]\s+|,\s+)(?P<aged>[A-ZÀ-Þ][\w\-]+)(?:,\s+(?:now\s+)?\d{1,2}(?:\s+(?:ans|år|Jahre))?,|"
    r"\s+\(\d{1,2}\)|\s+på\s+\d{1,2}\s+år\b)"  # "Emil (9)", "Freja på 8 år"
    r"|\b(?:\d{1,2}-year-old|\w+åriga|\w+årige|\w+-årige|\d{1,2}-jährige[nr]?)\s+(?P<young>[A-ZÀ-Þ][\w\-]+)\b(?!\s+[A-ZÀ-Þ])"
)


_FRENCH_NAMED_BODY = re.compile(
    r"\b(?P<name>(?:Fédération|Confédération|Union|Syndicat|Association|Collectif|Coordination|Comité|Office|"
    r"Agence|Observatoire|Fondation|Ligue|Mutuelle|Caisse|Chambre|Groupement|Ordre|Service|Sûreté|Régie|Direction)"
    r"(?:\s+(?:(?:de la|de|du|des)\s+|de l['’]|d['’])[\wÀ-ÿ][\w\-’']*|\s+(?!(?:a|ont|est|qui|que|et|se|sera|"
    r"avait|dans|pour|sur|contre|avec|appelle|réclame|dénonce|estime)\b)[a-zéèêëàâîïôûüç][\w\-’']*){1,5})"
)
_ACRONYM = re.compile(r"\s*\(([A-ZÀ-Þ]{2,6})\)")


_PARTY_IN_BRACKETS = re.compile(
    r"([A-ZÆØÅÄÖ][\w\-]+(?:\s+[A-ZÆØÅÄÖ][\w\-]+){1,3})\s+\(([A-ZÆØÅÄÖ][A-Za-zæøåäö]{0,3})\)"
)
_NORDIC_PARTIES = {  # a party's letters in brackets after a name, and the party's name
    "da": {"S": "socialdemokratiet socialdemokrat", "V": "venstre", "K": "konservative", "SF": "sf",
           "EL": "enhedslisten", "DF": "df", "B": "radikale", "RV": "radikale", "LA": "liberal", "M": "moderaterne",
           "DD": "danmarksdemokraterne"},
    "no": {"Ap": "ap arbeiderpartiet", "A": "ap arbeiderpartiet", "H": "høyre", "Frp": "frp", "FrP": "frp",
           "Sp": "sp", "SV": "sv", "KrF": "krf", "V": "venstre", "MDG": "mdg", "R": "rødt"},
    "sv": {"S": "socialdemokraterna socialdemokrat", "M": "moderaterna moderat", "SD": "sd sverigedemokraterna",
           "C": "centerpartiet", "V": "vänsterpartiet", "KD": "kd kristdemokraterna", "L": "liberalerna", "MP": "mp"},
}  # fmt: skip


def _with_acronym(organisation: str | None, text: str, end: int, registry: Registry) -> None:
    """'the Environmental Protection Agency (EPA)': 'EPA' names it too."""
    acronym = _ACRONYM.match(text, end) if organisation else None
    if acronym:
        registry.people[organisation].labels.add(acronym.group(1).lower())


_BODY_OF_A_PLACE = {  # a town's or a state's office named by its place: later "die Stadt", "la préfecture"
    "de": re.compile(r"\b(?:[Dd]ie|[Dd]er|[Dd]as)\s+(Stadt|Gemeinde|Land)\s+[A-ZÄÖÜ][\wäöüß\-]+"),
    "fr": re.compile(
        r"\b(?:[Ll]a|[Ll]e|[Ll]['’])\s*(préfecture|sous-préfecture|mairie|gendarmerie|ministère(?!\s+de\s+[A-ZÀ-Þ]))\s+(?:de\s+la\s+|de\s+l['’]|du\s+|"
        r"des\s+|de\s+|d['’])[A-ZÀ-Þ][\w'’\-]+"
    ),
}
_NORDIC_NAMED_BODY = re.compile(
    r"\b((?:(?:Västra|Östra|Norra|Södra|Vestre|Østre|Nordre|Søndre|Øvre|Nedre|Övre|Store|Lille|Stora|Lilla)\s+)?"
    r"[A-ZÆØÅÄÖ][\wæøåäö\-]+)\s+([a-zæøåäö]*(?:kommune|kommun|forum|forening|förening|forbund|förbund|"
    r"nævn|nämnd|nemnd|råd|direktorat|departement|styrelse|parti|liste|institutt|institut|selskap)|"
    r"(?<=Statens )[a-zæøåäö]{4,}|Kommune|Kommun)s?\b"  # Statens vegvesen; Sønderlund Kommune(s udvalg)
)


def _german_body(word: str) -> str | None:
    """The body a German compound names: Verkehrsministerium → ministerium, Bauernverband → verband."""
    lowered = word.lower()
    if lowered.rstrip(".,") in _ONE_OF_A_KIND:
        return lowered.rstrip(".,")
    return next((b for b in GERMAN_BODIES if lowered.endswith(b) and len(lowered) > len(b) + 2), None)


_NOT_A_ROLE = frozenset(
    """state vice prime foreign white house senate department ministry council interior defense defence
    finance health education energy treasury press former retired acting interim minority majority deputy
    assistant head chief executive saint st st. speaker leader general""".split()
)


def is_role(word: str, language: str) -> bool:
    """A word for what someone is: a title, a role noun, or a word with a gender ('Anwohnerin')."""
    word = word.lower()
    return word in TITLES or word in ROLE_NOUNS or bool(role_gender(word, language))


def has_a_role(person: Person) -> bool:
    """Whether the article gave someone a title or a role ('Judge Anna Weber', 'Roe, the mayor')."""
    return any(label in TITLES or label in ROLE_NOUNS for label in person.labels)


def _role_before(before: str, language: str) -> bool:
    """'a shot from midfielder Joaquin Brandao': a lower-case role just before a name says it is a person's."""
    word = re.search(r"(?:^|\s)([a-zà-ÿ][\w\-]*)\s+$", before)
    role = word.group(1) if word else ""
    return role not in _NOT_A_ROLE and is_role(role, language)


_AGENT = re.compile(r"..(?:ologist|ographer|ician|ist)$")  # biologist, oceanographer, technician, chemist
_NOT_AN_AGENT = re.compile(r"(?:[^aeiou]list|twist|wrist|xist|sist|mist|heist)$")  # shortlist, exist, insist


def _role_follows(after: str, language: str) -> bool:
    """'Ousmane Ndiaye, président de l’association …': a role after a name says it is a person's."""
    appositive = _APPOSITIVE.match(after)
    words = (
        WORD.findall(re.split(r"\s(?:at|of|for|with|in|from|de|du|des|bei|von|vom)\s", appositive.group(1))[0])
        if appositive
        else []
    )
    return any(  # its first word or its head: "a coral biologist at the Lindqvist Marine Institute"
        is_role(w, language) or (_AGENT.search(w.lower()) and not _NOT_AN_AGENT.search(w.lower()))
        for w in words[:1] + words[-1:]
    )


def _last_full_name_before(text: str, registry: Registry) -> Person | None:
    for _, _, words in reversed(name_runs(text)):
        name = clean_name(words)
        if name and " " in name and name in registry.people:
            return registry.people[name]
    return None
