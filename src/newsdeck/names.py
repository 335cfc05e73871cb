"""Name runs in running text (capitalized words, with particles such as "de"), and the word lists
that tell names from titles, roles and ordinary capitalized words."""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(r"[A-Z]/[A-Z]\b|&|[^\W\d_][\w'’.·\-]*")  # A/S, I/S: Danish company forms; Calder & Reyes
NUMBER_WORDS = frozenset(  # how many people speak: "Two U.S. officials said", "Två personer berättar"
    """two three four five six seven eight nine ten several some many zwei drei vier fünf mehrere deux trois
    quatre cinq plusieurs två tre fyra fem flera to""".split()
)
PARTICLES = frozenset("de da del della der di du la le van von bin al el ibn dos das y".split())
_ARTICLE_PARTICLES = frozenset(("der", "das"))  # German articles too: only after a particle or a first name
TITLES = frozenset(
    """president vice prime minister foreign secretary state senator sen. rep. representative
    gov. governor mayor dr. mr. mrs. ms. miss prof. professor judge justice chief general gen.
    col. capt. sgt. lt. adm. admiral pope king queen prince princess sir dame lord lady rev.
    father deputy assistant press chairman chairwoman ceo director ambassador chancellor premier
    commissioner speaker leader minority majority attorney interior defense defence finance
    health education energy treasury white house senate department ministry council coach
    spokesman spokeswoman spokesperson officer detective inspector superintendent sheriff coroner
    marshal treasurer clerk auditor assessor comptroller controller provost dean warden constable
    councillor councilman councilwoman councilor alderman chair head executive mp
    sen rep gov dr mr mrs ms prof gen col capt sgt lt adm rev saint st. st
    former retired acting interim headliner singer actor actress author writer novelist poet
    musician artist player striker goalkeeper manager lawyer analyst economist historian
    scientist researcher activist campaigner organizer organiser founder owner resident farmer
    teacher nurse doctor candidate challenger incumbent veteran rapper drummer guitarist
    comedian filmmaker producer chef designer architect engineer entrepreneur investor
    billionaire businessman businesswoman journalist reporter editor broadcaster presenter
    host star champion captain midfielder defender quarterback pitcher pastor rabbi imam
    bishop archbishop cardinal priest sister brother me maître cllr cllr. cr cr. councilmember mag mag. ing ing.
    mag· ing· insp insp. insp· supt supt. supt· dci dcs dsi pcso det det. det· pc dre dre. dre· taoiseach
    tánaiste
    prosecutor administrator supervisor trustee magistrate principal lieutenant sergeant commander
    congressman congresswoman assemblyman assemblywoman assemblymember alderwoman selectman selectwoman
    co-author coauthor co-founder cofounder co-chair co-owner co-director""".split()
)
NON_NAMES = frozenset(
    """the a an but and or so yet in on at for of to by with from as after before when while
    if last next this that these those it its he she we they i you his her their our my
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december department house ministry company
    inc. inc corp. corp ltd. ltd university college school times post news journal party
    union nations committee agency bank court congress parliament kremlin government army
    police city county street avenue road lane drive boulevard square close crescent terrace
    church hospital group association institute foundation
    center centre office service services board commission pipeline airlines airport
    laut selon enligt ifølge am im auch mit nach bei beim für von vom zum zur und oder aber dass wie wenn
    aufs ums vors übers fürs durchs
    sohn tochter bruder schwester datteren dattera sønnen dottern sonen
    als ob es sie er wir ich ihr dessen deren der die das den dem des ein eine einer eines dans pour mais et ou avec
    sans chez sur sous depuis après avant il elle nous vous ils elles le la les un une du au aux och
    att som för med hon han vi jag og hun jeg også en ett et ei det efter etter da när når wo hier
    dort heute gestern jetzt doch noch schon so zudem außerdem road lane drive boulevard square park
    river lake bridge highway creek hollow valley one darin darauf dabei damit danach dazu deshalb
    trotzdem dennoch darum davon dafür dagegen daher sedan senare då nu här där även också dessutom samtidigt
    däremot derefter siden nå etterpå samtidig derfor dermed desuden imidlertid alligevel ändå ellers
    bagefter efterfølgende efteråt
    then now instead meanwhile later earlier also however today tonight yesterday tomorrow
    afterward afterwards finally eventually suddenly perhaps maybe""".split()  # (not Even, Still, Just: names)
)
ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson official mayor minister president secretary senator
    governor chief director officer lawyer attorney analyst expert professor economist ceo
    chairman chairwoman chair leader commander general ambassador diplomat witness resident
    coach manager author researcher scientist doctor physician nurse teacher judge prosecutor
    detective sheriff councillor councilman councilwoman councilor representative lawmaker
    founder owner executive adviser advisor aide source negotiator envoy
    premier chancellor king queen pope mother father farmer worker student
    farmhand deckhand stagehand gp surgeon cook pilot guard monk nun paramedic medic cop widow bride groom
    landlord landlady guest pilgrim refugee waitress barista nanny vet pupil colonel baroness plaintiff
    jockey umpire referee fiancé fiancée fiancee teen retiree passerby hostage inmate convict taoiseach tánaiste
    ombudsman bourgmestre échevin échevine édile""".split()
)


OPENS_A_SENTENCE = frozenset("The A An He She It They We His Her Their But And In On At".split())


def tokens(text: str) -> list[re.Match]:
    return list(_TOKEN.finditer(text))


def is_capitalized(word: str) -> bool:
    return word[:1].isupper() or bool(_ARABIC_PARTICLE.match(word))  # "al-Mansouri" is a name too


_ARABIC_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|abu|bin|ibn)-[A-Z]")


def joins_a_name(text: str, start: int, end: int) -> bool:
    """Whether the conjunction at text[start:end] sits inside a name: 'Health and Social Care'."""
    before, after = text[:start].split()[-1:], text[end:].split()[:1]
    return bool(before and after) and is_capitalized(before[0]) and is_capitalized(after[0])


@lru_cache(maxsize=4096)
def name_runs(text: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Maximal runs of capitalized words (with particles such as 'de' between them); attribution
    asks about the same sentence pieces many times, so answers are kept."""
    runs, current = [], []
    for match in tokens(text):
        word = match.group()
        if current:
            gap = text[current[-1].end() : match.start()]
            previous = current[-1].group()
            ends_sentence = previous.endswith(".") and len(previous) > 2 and previous.lower() not in TITLES
            ends_sentence = ends_sentence or (previous.endswith("·") and word in OPENS_A_SENTENCE)  # "D-N.M. The"
            firm = word == "&" and len(current) == 1  # "Calder & Reyes" (not "Ana Lima & Tom Berg")
            article = word in _ARTICLE_PARTICLES and previous not in PARTICLES and len(current) > 1  # "Timo Hartung das
            joined = gap == " " and (is_capitalized(word) or word in PARTICLES or firm) and not ends_sentence  # Trikot"
            joined = joined and not article  # (but "von der Leyen", "Maria das Graças")
            if not joined:
                runs.append(current)
                current = []
        if word == "&" and not current:
            continue
        based = word.endswith("-based") and not current  # "Minneapolis-based Halvard": where, not who
        if current or (is_capitalized(word) and text[match.start() - 1 : match.start()] != "-" and not based):
            current.append(match)
    if current:
        runs.append(current)
    result = []
    for run in runs:
        while run and not is_capitalized(run[-1].group()):
            run = run[:-1]
        if run:
            result.append((run[0].start(), run[-1].end(), tuple(m.group() for m in run)))
    return tuple(result)
