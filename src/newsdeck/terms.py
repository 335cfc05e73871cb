"""Is a quote someone's words or a term (a name, a title, a slogan, scare quotes)? The cues around
it decide first; a short unattributed quote that reads like a name is a term."""

from __future__ import annotations

import re

from newsdeck.lexicon import FEMALE, MALE, Language, cites_a_source
from newsdeck.names import name_runs
from newsdeck.people import OUTLET
from newsdeck.story import ORGANISATION_NOUNS, PREPOSITIONS, TIME, is_person_noun
from newsdeck.verbs import speech_verbs

_TERM_CUE = re.compile(
    r"(?<![\w-])(?:so[- ]called|"
    r"(?:dubbed|nicknamed|named|labell?ed|branded|call(?:s|ed|ing)?)\s+(?:\S+\s+){1,4}?(?:the|a|an)|"
    r"known\s+(?:\S+\s+){0,6}?as(?:\s+the)?|(?:nicknamed|dubbed|christened|renamed)\s+(?:\S+\s+){0,5}?|"
    r"name\s+for\s+[^:;]{1,60}:|refer(?:s|red|ring)?\s+to\s+(?:\S+\s+){0,6}?as|"
    r"(?:nickname|motto|slogan|anthem|hashtag|catchphrase|watchword)\b[^.;:“”\"]{0,30}[,:]?|"
    r"(?:placard|sign|banner|poster|shirt|t-shirt|sticker|button|badge)s?\s+(?:that\s+)?(?:read|reads|reading|said|says)|"
    r"(?<!phone\s)(?<!video\s)(?<!conference\s)(?<!the\s)(?<!a\s)(?:call|calls)|"  # (not "the phone call")
    r"dubbed|known as|nicknamed|(?:en)?titled|named|coined|labell?ed|branded|"
    r"(?:is|are|was|were|be|been|being)\s+called|(?:a|an|the)\s+\w+\s+called|"
    r"the\s+(?:term|words?|phrase|slogan|hashtag|motto|headline|title|nickname|label|name|banner|sign|placard)|"
    r"sogenannte[nmrs]?|såkalte|såkaldte|såkallade|genannt|surnommé[es]?|baptisé[es]?|appelé[es]?|intitulée?s?|qualifiée?s?\s+de|kallad[es]?|kaldet|kalt|"
    r"Motto|Titel|Namen|Parole|Slogan|slogan|titre|nom|devise|opération)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# "what the industry calls a “…”" names a thing; "what its chief executive called “…”" quotes someone
_WHAT_IT_IS_CALLED = re.compile(
    r"\bwhat\s+(?P<who>(?:\S+\s+){1,4}?)(?P<verb>call(?:s|ed|ing)?|describes?\s+as|described\s+as|terms?|termed)"
    r"(?:\s+(?:an?|the))?\s*$",
    re.IGNORECASE,
)
_CALLED = re.compile(  # a name, or what someone thinks of it: ask the quote
    r"\b(?:call(?:s|ed|ing)?(?:\s+(?:it|them|him|her|this|that|the\s+\w+))?(?:\s+(?:the|a|an))?|"
    r"(?:kalte|kalla|kaldte|kallade|kallar|kalder|kaller)\s+(?:\S+\s+){1,3}?for|"
    r"the\s+(?:song|single|album|book|novel|film|movie|show|play|series|poem|campaign|programme|program|"
    r"documentary|podcast|exhibition|opera|musical|operation))\s*$",
    re.IGNORECASE,
)
_CALLS_BY_NAME = re.compile(  # "tenants call the brick building “the Carver,”", "calling the company “Big Soup,”"
    r"\b(?<!the\s)(?<!a\s)call(?:s|ed|ing)?\s+(?:the|this|that|its|their)(?:\s+(?!and\b|or\b|but\b)[\w-]+){1,7}?\s*$",
    re.IGNORECASE,
)
_PROPER_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-ZÀ-Þ][\w’'-]*\s*){1,3},?")  # “the Carver,”, “Ice” (not “Yes.”)
_A_THING_CALLED = re.compile(
    r"\bcall(?:s|ed|ing)?\s+(?:the|this|that)\s+(?:phenomenon|practice|effect|process|condition|strategy|"
    r"approach|technique|trend|method|tactic|pattern|behaviou?r|syndrome)\s*$",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"^\s+([a-zà-ÿ][\w\-]*)\b(?!['’])")
_FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet to of in on at by for from with without about as than that which who
    whom whose when while where if because since after before until into onto over under again also
    only even just still too very here there now then today yesterday tomorrow tonight this these
    those it its he she they we you i his her their our my me him them us is are was were be been
    being has have had do does did will would can could shall should may might must not no
    und oder aber der die das den dem des ein eine zu im am vom mit für von auf aus als wie dass eines einer
    seines seiner ihres ihrer unseres unserer dieses dieser deren dessen
    et ou mais le la les un une des du au aux de en pour par avec sans que qui dans sur
    och eller men att som en ett den det de för med på til og eller hvor""".split()
)


def _modifies_noun(text: str, before: str, after: str, language: Language) -> bool:
    """A short quote used as a modifier, a name before its noun: the district's "Forward Together"
    consolidation plan, the ‘Northern Spine’ programme."""
    words = text.split()
    long_name = len(words) <= 6 and all(w[:1].isupper() for w in words if len(w) > 3)  # ‘Fit for the Future’
    if not words or (len(words) > 3 and not long_name) or re.search(r"[.!?,;:…]\s*$", text):
        return False
    follow = _NEXT_WORD.match(after)
    previous = before.split()[-1:]
    if not follow or not previous or not _is_determiner(previous[0], language):
        return False
    word = follow.group(1)
    if language.code == "de" and word[:1].islower():
        return False  # German nouns are capitalized: "eine „Schattenkasse“ geführt"
    sourced = cites_a_source(before, language)
    return (
        not sourced  # "Ifølge Statsforvalteren var det «betydelige konflikter» knyttet til …": its words
        and word.lower() not in PREPOSITIONS | _PREPOSITIONS_AFTER_A_NOUN  # "spricht von einer „Kampagne“ gegen …"
        and word not in _FUNCTION_WORDS
        and word not in language.auxiliaries
        and not (speech_verbs(word, language.code) and not word.endswith("ing"))  # a "red flag" warning
        and not word.endswith("ly")
        and not TIME.match(word)
    )


_PREPOSITIONS_AFTER_A_NOUN = frozenset(
    "against about gegen mit über unter zwischen wegen ohne contre avec sans sur sous pour par entre mot om".split()
)


def _is_determiner(word: str, language: Language) -> bool:
    """the, its, their, the district's: what opens a noun phrase."""
    bare = word.lower()
    return (
        bare in language.definite | language.indefinite
        or bare in ("the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those")
        or bare.endswith(("’s", "'s", "s’", "s'"))
    )


_SUBJUNCTIVE = frozenset(  # German indirect speech: Man habe „alles versucht“
    "habe sei seien werde werden könne müsse solle dürfe wolle gebe wisse erwarte verlange stehe hätten wären".split()
)


# "Man rechne mit „etwa sechs Monaten“", "Den Schaden beziffere man auf …": a verb in -e beside its
# third-person subject, where the indicative would end in -t
_PRETERITES = (  # past tenses in -te that are no subjunctive: "Er sagte nichts", "Damals hatte man keine Wahl"
    r"(?!(?:hatte|sagte|machte|wollte|sollte|konnte|musste|durfte|mochte|wusste|dachte|brachte|stellte|meinte|"
    r"zeigte|wohnte|lebte|spielte|suchte|kaufte|fragte|legte|lernte|glaubte|kannte|nannte|dauerte|arbeitete)\b)"
)
_THIRD_PERSON_SUBJUNCTIVE = re.compile(
    rf"\b(?:[Mm]an|[Ee]r|[Ss]ie|[Ee]s)\s+(?!eine\b|keine\b|gerne\b|ohne\b|alle\b|diese\b){_PRETERITES}[a-zäöü]{{3,}}e\b|"
    rf"\b{_PRETERITES}[a-zäöü]{{3,}}(?<!ne)(?<!ie)e\s+man\b|"
    r"(?:^|[.!?]\s+)(?:Der|Die|Das)\s+[A-ZÄÖÜ][\wäöüß-]+\s+[a-zäöü]{3,}(?<!ne)(?<!ie)(?<!t)e\b"
)  # "Die Stadträtin betreibe „Symbolpolitik“" (not a past "Die Polizei ermittelte", nor "Der Treffer dürfte")


_FRENCH_REPORTED = re.compile(  # the conditional of reported claims, an opinion's holder
    r"\b(?:aurai(?:t|ent)|serai(?:t|ent))\s+(?:été|eu)\b|\bà\s+(?:ses|leurs)\s+yeux\b|"
    r"\bà\s+(?:son|leur)\s+avis\b|\bselon\s+(?:elle|lui|eux|elles)\b",
    re.IGNORECASE,
)


_FRENCH_AUXILIARY_BEFORE = re.compile(  # "Aldane Capital a « organisé la faillite »", "n'a « jamais vu ça »"
    r"(?:^|\s)(?<!y\s)(?:n['’])?(?:a|ont|avait|avaient|aurait|auraient)[\s\u00a0\u202f]*[«“\"]?[\s\u00a0\u202f]*$"
)  # (not "il y a « urgence »")


def auxiliary_before(before: str, language: Language) -> int | None:
    """Where the auxiliary a quote goes on from starts, if it does: the rest of someone's sentence in
    their words (« a “organisé la faillite” »), never a name."""
    found = _FRENCH_AUXILIARY_BEFORE.search(before) if language.code == "fr" else None
    return found.start() if found else None


def reports_speech(sentence: str, language: Language) -> bool:
    """Whether a sentence reports speech without a speech verb (German Konjunktiv I, the French
    conditional of reported claims: « aurait été alerté “dès le lendemain” »)."""
    if language.code == "fr":
        return bool(_FRENCH_REPORTED.search(sentence))
    if language.code != "de":
        return False
    return any(w in _SUBJUNCTIVE for w in re.findall(r"\w+", sentence)) or bool(
        _THIRD_PERSON_SUBJUNCTIVE.search(sentence)
    )


def _is_outlet_name(text: str) -> bool:
    words = text.strip(" \u00a0\u202f.,").split()
    return 1 < len(words) <= 4 and all(w[:1].isupper() for w in words) and bool(OUTLET.search(text))


def _is_a_name(quote: str) -> bool:
    """“Sticks.”, “the speedway”, "Fuel for Growth": a name (not ‘the hardest budget in living memory’,
    not "a good start")."""
    words = quote.split()
    if words and words[0].lower() == "the" and len(words) <= 3:
        return True  # “the speedway”, “the Bathtub”
    return len(words) <= 6 and all(w[:1].isupper() for w in words if len(w) > 3)


def _names_someone(phrase: str, language: Language) -> bool:
    """'its chief executive', 'the authority’s leader', 'Roe', 'it', 'the union': someone who speaks
    (not 'the industry', 'analysts')."""
    words = [w.strip(".,’'") for w in phrase.split()]
    if len(words) == 1 and language.pronouns.get(words[0].lower()) in (MALE, FEMALE):
        return True  # "what she called": her words
    return bool(name_runs(phrase)) or any(
        is_person_noun(w, language.code) and not w.endswith("s") for w in words if w[:1].islower()
    )


def _names_a_body(phrase: str) -> bool:
    """'it', 'they', 'the union', 'its board': who may have said something in the past tense."""
    words = phrase.lower().split()
    body = len(words) == 2 and words[0] in ("the", "its", "their") and words[1] in ORGANISATION_NOUNS
    return words in (["it"], ["they"]) or body


def looks_like_term(quote: str) -> bool:
    """A quote with no speech around it: short and unpunctuated, or a Title Case title (not a
    one-word sentence: "Typical.")."""
    words = quote.split()
    if len(words) <= 4 and not re.search(r"[.!?,;:…]\s*$", quote):
        return True
    capitalized = [w for w in words if len(w) > 3]
    sentence = bool(re.search(r"[.!?…]\s*$", quote)) and len(capitalized) < 2 and words[0][:1].isupper()
    return len(words) <= 6 and not sentence and all(w[:1].isupper() for w in capitalized)


_WORKS = (  # what a title names: "Lanterns on the River," a song …; her 1998 book, "Spruce and Maple"
    "song|single|album|book|novel|memoir|film|movie|play|show|series|poem|documentary|podcast|exhibition|opera|"
    "musical|Buch|Roman|Film|Album|livre|roman|chanson|bok|skiva|plate"
)
_WORK_AFTER = re.compile(rf"^\s*,?\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:{_WORKS})\b")
_WORK_BEFORE = re.compile(rf"\b(?:{_WORKS})\s*,?\s*$")


def _in_title_case(text: str) -> bool:
    """Whether every word longer than three letters is capitalized: 'Notes From a Small Workshop'."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return bool(words) and all(w[:1].isupper() for w in words)


def term_cue(text: str, before: str, after: str, language: Language) -> str | None:
    """Why the words around a quote make it a term, or None: a string in code, a newspaper's name,
    a naming cue ("dubbed", "what the industry calls a"), a name before its noun."""
    cue = before[-120:]  # the cues end right before the quote
    if re.search(r"[=(\[{<>]\s*$", cue):
        return "a string in code"  # window.x = "script"
    if OUTLET.fullmatch(text.strip(" \u00a0\u202f.,")) or _is_outlet_name(text):
        return "an outlet's name"  # zur „Kranzbacher Rundschau“
    what = _WHAT_IT_IS_CALLED.search(cue)
    someones = bool(what) and _names_someone(what.group("who"), language)  # "what she called": her words
    said = bool(what) and _names_a_body(what.group("who")) and not what.group("verb").split()[0].endswith("s")
    someones = someones or said  # "what it described as", "what the union called" (not "what it calls": a coinage)
    called = _CALLED.search(cue) if not someones else None
    after_article = bool(called) and re.search(r"\b(?:the|a|an)\s*$", cue, re.IGNORECASE) and len(text.split()) <= 4
    thing = bool(called) and bool(_A_THING_CALLED.search(cue))  # "call the phenomenon “short-stopping”"
    by_name = not someones and bool(_PROPER_NAME.fullmatch(text.strip())) and bool(_CALLS_BY_NAME.search(cue))
    if (_TERM_CUE.search(cue) and not someones) or (called and (_is_a_name(text) or after_article or thing)) or by_name:
        return "term cue"
    if what and not someones:
        return "what it is called"
    if _modifies_noun(text, before, after, language):
        return "before a noun"
    if _WORK_AFTER.match(after):
        return "a title"  # "Lanterns on the River," a song the music teacher wrote
    if _WORK_BEFORE.search(cue) and _in_title_case(text) and not re.search(r"[.!]\s*$", text):
        return "a title"  # her 1998 book, "Spruce and Maple: Notes From a Small Workshop,"
    return None
