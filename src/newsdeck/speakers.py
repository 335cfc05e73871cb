"""Who said it: quote kind (speech or term) and speaker, for a whole article at once.

Each quote goes through an ordered table of rules (`RULES`); the first that finds a subject
phrase wins, and the `Reader` (`newsdeck.story`) turns the phrase into a speaker: a person
named in the article, an organisation, or an unnamed description. What crosses sentences and
paragraphs — who spoke last, who was mentioned, which descriptions were named later — lives there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise, takewhile

from newsdeck.lexicon import FEMALE, LANGUAGES, MALE, NORDIC, POSSESSIVES, Language, cites_a_source, role_gender
from newsdeck.masking import ABBREVIATION_MARK, MASK, masked
from newsdeck.model import SPEECH, TERM
from newsdeck.names import joins_a_name, name_runs
from newsdeck.naming import (
    appositive_roles,
    first_named,
    full_names_of_bodies,
    label_as,
    label_the_lede,
    may_be_named,
    name_the_unnamed,
    named_by_next_quote,
    named_later,
    quoted_before_anyone,
)
from newsdeck.people import (
    NORDIC_BODIES,
    OUTLET,
    OWN_NAME,
    RELATION_GENDER,
    WHICH_OF_TWO,
    age_labels,
    clean_name,
    employer_in_titles,
    first_name_gender,
    german_compound_body,
    has_a_role,
    is_organisation,
    is_role,
    looks_like_a_person,
    organisation_name,
    organisation_runs,
    person_of_a_body,
    person_words,
    register,
    registered_organisation,
    without_possessive,
)
from newsdeck.quotes import DIALOGUE, Span
from newsdeck.sentences import sentences
from newsdeck.story import (
    AGED,
    ANONYMITY,
    ANONYMOUS,
    ANYBODY,
    DEFINITE,
    DOCUMENTS,
    INDEFINITE,
    ISSUING_GROUP,
    ISSUING_GROUPS,
    OPENING_PHRASE,
    OPENING_WORD,
    ORGANISATION_NOUNS,
    PREPOSITIONS,
    TIME,
    Reader,
    content_words,
    has_label,
    is_person_noun,
    owns,
    person_head,
    split_determiner,
    without_time,
)
from newsdeck.terms import auxiliary_before, looks_like_term, reports_speech, term_cue
from newsdeck.verbs import speech_verbs

_COMMA = re.compile(r"(?<!\d),|,(?!\d)")  # not the one in "$18,000"
_SENTENCE_END = r"(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bBros)[.!?]\s+(?=[A-ZÀ-Þ\d])"  # (titles are masked)
_BOUNDARY = re.compile(
    rf"{_COMMA.pattern}|[;:—–()\[\]_“”\"„«»‘]|(?<!\w)[’']|\s-\s|{_SENTENCE_END}"
)  # quotes are masked: a ’ or ' after a letter is an apostrophe
_ADVERBS = re.compile(
    r"(?:\s+(?:(?!(?:family|assembly|ally|rally|supply|reply|monopoly|anomaly)\b)[a-z]+ly|also|then|later|again|"
    r"once|first|simply|only|even|auch|noch|dann|aussi|encore|toutefois|pourtant|cependant|déjà|également|"
    r"ensuite|enfin|alors|notamment|allerdings|jedoch|zudem|ebenfalls|dock|dog|likevel|"
    r"också|även|også|heute|gestern|today|yesterday|recently|previously|still|already|just|often|always|never))+$"
)
_LEADING_ADVERBS = {  # between an inverted speech verb and its subject: « … », dit simplement le trentenaire
    code: re.compile(rf"^(?:(?:{words})\s+)+(?=\S)")
    for code, words in {
        "en": r"(?!(?:family|assembly|supply|rally|reply)\b)[a-z]{3,}ly|then|again|later",
        "fr": r"[a-zàâçéèêëîïôûù]{3,}ment|alors|encore|aussi|ensuite|enfin|aussitôt|aujourd['’]hui|déjà|également|"
        r"toutefois|pourtant|cependant|par\s+(?:courriel|écrit|téléphone|mail|e-mail|message)|de\s+son\s+côté|"
        r"pour\s+sa\s+part|à\s+son\s+tour|quant\s+à\s+(?:lui|elle)",
        "de": r"dann|noch|auch|später",
        "sv": r"sedan|också|även|igen",
        "da": r"også|igen|bagefter",
        "no": r"også|igjen|etterpå",
    }.items()
}
_LISTENER_VERBS = frozenset("told tell tells telling lyder låter".split())  # "…, lyder det fra X": according to X


@dataclass
class Attribution:
    kind: str
    speaker: str | None
    rule: str = ""
    vague: bool = False  # the speaker came from a pronoun or a description, not a name


@dataclass
class Quote:
    """What a rule sees of one quote: the text of its sentence before and after it (masked)."""

    before: str
    after: str
    sentence: str
    text: str


# The rules, in order: each looks at one quote and returns a subject phrase, or None.


def after_verb_subject(quote: Quote, reader: Reader) -> str | None:
    """“…,” said Sen. Jane Roe · „…“, sagte sie · « … », a-t-il ajouté · ”…”, säger Anna Berg"""
    impersonal = _ON_SAYS.match(quote.after) if reader.language.code == "fr" else None
    if impersonal:  # « … », peut-on lire dans le communiqué de la préfecture · indique-t-on au ministère
        body = impersonal.group(1)
        return body if re.match(r"(?:la|le|les)\s|l['’]", body) else f"le {body}"  # au ministère: à le ministère
    what = _WHAT_SAYS.match(quote.after) if reader.language.code == "fr" else None
    if what:  # « … » C'est ce qu'affirme Jacques Lenoir, délégué syndical
        return what.group(1)
    if reader.language.code == "fr":  # « … », s’est contenté d’indiquer son porte-parole
        quote = Quote(quote.before, _CONTENTED.sub(_conjugated, quote.after), quote.sentence, quote.text)
    if reader.language.inverted:
        objects = r"(?:(?:lui|leur|me|nous|vous|te)\s+|[mt]['’])?"  # « … », lui a-t-elle dit
        inverted = re.match(rf"^[\s,;:—–-]*{objects}(?:se\s+|s['’])?(?:\w+)?{reader.language.inverted}\b", quote.after)
        if inverted:
            return inverted.group(0).split("-")[-1]
    after = _without_auxiliary(_strip_lead(quote.after), reader.language)
    verbs = speech_verbs(after[:40], reader.language.code)
    verb = verbs[0] if verbs and verbs[0].start == 0 else None
    last = re.search(r",\s+([^,]{3,80})$", after.rstrip(" .")) if not verb and MASK not in after else None
    phrase = re.match(r"\s*(\w+)[^,]*,\s+(.+)", after) if not verb and MASK not in after else None
    phrase = phrase if phrase and phrase.group(1).lower() in PREPOSITIONS else None  # “…” for scientists, said X, a …
    for clause in filter(None, (phrase, last)):  # «…» dans la parfumerie, indique l'entreprise
        if speech_verbs(after[: clause.start(clause.lastindex)], reader.language.code):
            continue
        tail = _without_auxiliary(clause.group(clause.lastindex), reader.language)
        first = speech_verbs(tail[:40], reader.language.code)
        subject = tail[first[0].end :].split()[:1] if first and first[0].start == 0 else []
        if subject and subject[0].lower() not in PREPOSITIONS | {"that", "que", "dass", "att", "at"}:
            after, verb = tail, first[0]
            break
    if not verb or verb.text.lower() in _LISTENER_VERBS:
        return None
    if reader.language.code == "en" and verb.text.endswith("ing"):
        return None  # “…,” citing uncertainty over tariffs: a participle has no subject after it
    rest = after[verb.end :]
    rest = _LEADING_ADVERBS[reader.language.code].sub("", without_time(rest.lstrip(), reader.registry))
    if reader.language.code == "de":  # „…“, empört sich Paul Roth
        rest = re.sub(r"^sich\s+", "", rest)
    if reader.language.code == "fr":  # « … », a déclaré aux enquêteurs le chauffeur du bus
        rest = re.sub(
            r"^(?:à|au|aux)\s+(?:la\s+|l['’]|les\s+)?[\w’'-]+\s+(?=(?:le|la|les|un|une)\s|l['’]|[A-ZÀ-Þ])", "", rest
        )
    called = _NAMED_IN_DESCRIPTION.search(re.split(r"[.!?](?:\s|$)", rest, maxsplit=1)[0])
    if called and any(is_person_noun(w, reader.language.code) for w in rest[: called.start()].split()):
        return called.group(1)  # "said a nurse from Leeds named Priya Shah", "a man who gave his name only as Joe"
    chunk = _BOUNDARY.split(rest, maxsplit=1)[0]
    chunk = re.split(r"[.!?](?:\s|$)", chunk, maxsplit=1)[0]
    chunk = re.split(r"\s(?:when|as|after|before|while|because|although|once|if)\s", chunk, maxsplit=1)[0]
    chunk = _MANNER.split(chunk, maxsplit=1)[0] if reader.language.code == "fr" else chunk  # l'accusé d'une voix
    impersonal = chunk.split()[:1] in (["es"], ["det"])  # „…“, heißt es in einer Mitteilung des Verbands
    if reader.language.code in _VERB_SECOND and not impersonal:  # "teilte der Verband am Rande der Sitzung mit"
        pieces = re.split(
            r"\s(?:am|im|in|an|auf|bei|nach|vor|mit|zu|zur|zum|gegenüber|über|während|på|i|til|till|med|hos|ved|"
            r"efter|etter|vid)\s",
            chunk,
            maxsplit=1,
        )
        last = pieces[0].split()[-1].lower() if pieces[0].split() else ""
        close = last in ("tæt", "nära", "nær", "nahe") or last in _SOURCES  # "en kilde i regjeringen"
        insight = len(pieces) > 1 and _INSIGHT.match(pieces[1])  # "en kilde med kjennskap til forhandlingene"
        if insight or (len(pieces) > 1 and close):  # "en kilde i regjeringen (til Aftenposten)"
            chunk = chunk if insight else re.split(r"\s(?:til|till|to|zu|gegenüber|overfor)\s", chunk)[0]
        else:
            chunk = pieces[0]
    if reader.language.code == "fr":  # « … », a indiqué la préfecture de l'Orbe dans un communiqué
        chunk = re.split(
            r"\s(?:dans|devant|lors|auprès|pendant|après|avant|depuis|lundi|mardi|mercredi|jeudi|"
            r"vendredi|samedi|dimanche|hier|ce\s+matin|ce\s+soir|sur|par|via)\b",
            chunk,
        )[0]
        chunk = re.split(r"\s(?:à|au)\s+(?=(?:l['’]|la\s+|le\s+)?[A-ZÀ-Þ])", chunk)[0]  # … à l'AFP, au Monde
        chunk = re.split(r"\s(?:à|au)\s+(?:la\s+|l['’])?(?:barre|tribune|micro|sortie|audience|téléphone)\b", chunk)[0]
    chunk = re.sub(r"\s+(?:hinzu|mit|ein|an|zu|fest|dagegen|vor)\s*$", "", chunk)  # fügte sie hinzu, warf … vor
    if reader.language.code in NORDIC:  # "skyter søsteren inn", "flikar hon in"
        chunk = re.sub(r"\s+(?:inn|in|i|ind|til|till|ut|opp|upp|fram|frem)\s*$", "", chunk)
    listener = re.search(r"\s(?:der|dem|den)\s", chunk) if reader.language.code == "de" else None
    if listener and OUTLET.search(chunk[listener.end() :]):  # "sagte ein Insider der Nachrichtenagentur Reuters"
        chunk = chunk[: listener.start()]
    named = re.match(r"([A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+)*)\s+(?:der|die|das|dem|den|des)\s", chunk)
    if reader.language.code == "de" and named and named.group(1).split()[0].lower() not in reader.language.definite:
        chunk = named.group(1)  # „…“, sagte Haslinger dem Gericht · begründete Haslinger das Urteil
    if reader.language.code == "de":  # „…“, sagte die Wildbiologin Lena Marquardt vom Naturschutzverein
        chunk = re.sub(r"(\b[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+)\s+vom\s+[A-ZÄÖÜ].*$", r"\1", chunk)
    if reader.language.code == "de":  # „…“, teilte die Kies GmbH schriftlich mit: nouns are capitalized
        chunk = re.sub(r"(?<=[A-ZÄÖÜ]\w)(\w*)(?:\s+[a-zäöüß]+)+\s*$", r"\1", chunk)
    follow = rest[len(chunk) :]
    place = _ROLE_PLACE.match(follow)  # "sier ordfører i Sørvik kommune, Ragnhild Sæther (Sp)"
    follow = follow[place.end() :] if place else follow
    role = _ROLE_WORDS.match(follow)
    articles = reader.language.definite | reader.language.indefinite
    if (
        role
        and is_person_noun(role.group(1).split()[-1], reader.language.code)
        and not articles & {*role.group(1).split()}
    ):
        follow = f", {follow[role.end() :]}"  # “…,” said the study’s lead author, marine ecologist Hana Roe
    described = _DESCRIBED_AFTER.match(follow)
    if described and _PARTITIVE.fullmatch(chunk.strip()) and reader.language.code == "en":
        return described.group(1)  # "said one of them, a farmer from two counties over"
    named_after = _NAMED_AFTER.match(follow)
    rank = named_after.group("title") if named_after else None
    if rank and not is_person_noun(rank, reader.language.code):
        named_after = None  # (", le colonel Éric Vautrin", not ", la ville Lyon")
    person_in_chunk = any(_names_a_person(r[2]) and len(r[2]) > 1 for r in name_runs(chunk))  # not "de Vernon"
    circle = _ENTOURAGE.search(chunk)  # « … », fait savoir l’entourage de la première ministre, Mathilde Servan
    if named_after and name_runs(named_after.group("name")) and not person_in_chunk and not circle:
        return named_after.group("name")  # „…“, sagt der Obmann der Wirtschaftskammer, Franz Pichler, zur …
    return chunk if chunk.strip() else None


# ", Franz Pichler,", ", le Dr Luc Vandenbroucke.", ", le colonel Éric Vautrin." (an article before a title: French)
_NAMED_AFTER = re.compile(
    r"^,\s+(?:(?:le|la|the|der|die)\s+(?:(?=(?:Dre?|Me|Pre?|Prof|Mgr)\.?\s)|(?P<title>[a-zà-ÿ]+)\s+(?=[A-ZÀ-Ý])))?"
    r"(?P<name>[A-ZÀ-Ý][^,._;:(]{2,60}?)\s*(?:[.,;:(]|$)"
)
_DESCRIBED_AFTER = re.compile(r"^,\s+((?:an?|one)\s+[^,._;:(]{3,80}?)\s*(?:[.,;:(]|$)")  # ", a farmer from Dalby"
_ROLE_PLACE = re.compile(r"\s+(?:i|på|in|im|de|du)\s+[A-ZÀ-ÞÆØÅÄÖ][^,_.;:]{0,40}(?=,)")  # a role's place, then a comma
_ROLE_WORDS = re.compile(r",\s+((?:[a-zà-ÿ][\w’'-]*\s+){1,3})(?=[A-ZÀ-Þ])")  # ", marine ecologist Dr. Hana Roe"


def after_subject_verb(quote: Quote, reader: Reader) -> str | None:
    """“…,” Osei wrote · “…,” she said · “…,” Sen. Jane Roe, R-Okla., told reporters"""
    after = _strip_lead(quote.after)
    verbs = speech_verbs(after[:200], reader.language.code)  # (not "asked" in "the woman, who asked …, said")
    verb = next((v for v in verbs if not re.search(r",\s+who\s+$", after[: v.start])), None)
    appositive = (
        verb
        and (  # "Wendell Ostrander, director of …, told" · "the agency's area manager, Simon Achebe, said"
            re.match(r"\s*[A-ZÀ-Þ][\w\-’'.·]+(?:\s+[A-ZÀ-Þ][\w\-’'.·]+)*,", after)
            or re.search(r",\s+[A-ZÀ-Þ][\w\-’'.·]+(?:\s+[A-ZÀ-Þ][\w\-’'.·]+)+,\s*$", after[: verb.start])
            or re.search(r",\s+who\s[^,]+,\s*$", after[: verb.start])  # "the woman, who asked …, said"
        )
    )
    if not verb or verb.start == 0 or len(after[: verb.start].split()) > (16 if appositive else 9):
        return None
    if re.match(r"\s*,?\s*(?:but|and|while|whereas|aber|und|mais|et|men|och|og)\s", quote.after):
        return None  # "Hanlon said they were ‘long overdue’, but his counterpart warned": a new clause's subject
    if reader.language.code == "en" and re.match(r"[a-z]+ing\s", after):
        return None  # "… said the request was “breathtaking,” coming on the day Northway reported …"
    closed = quote.text.rstrip(" ’'”\"»›«‹")[-1:] in ",!?…—–-" or re.match(r"\s*[,—–-]", quote.after)
    if not closed and "," not in after[: verb.start]:
        return None  # its “held up well” despite softer demand: the quote is part of a sentence going on
    subject = _subject_before(_HABIT.sub(" ", after[: verb.start]), reader.language, whole=True)
    return subject if subject and subject[:1].isalpha() else None


_MANNER = re.compile(r"\s(?:d['’]une\s+voix|d['’]un\s+ton|avec\s|sans\s|en\s+\w+ant\b)")  # how, not who
_HABIT = re.compile(  # “…,” the elder Halvorsen liked to tell new hires
    r"\s+(?:(?:liked|likes|loved|loves|used|wanted|wants|tried|tries|went\s+on|continued|began|started)\s+to|"
    r"would|will|could|might|must)\s+$"
)


def according_to(quote: Quote, reader: Reader) -> str | None:
    """… according to Jane Roe · laut Müller · selon la ministre · enligt Anna Berg · ifølge X"""
    opening = {"fr": ("Pour",), "de": ("Für",)}.get(reader.language.code, ())  # « Pour le procureur, … »
    cues = (*reader.language.according, *opening)
    before = (
        re.search(r"(?:^|,\s+)([^,_]{3,80}?)\s+zufolge\b", quote.sentence) if reader.language.code == "de" else None
    )
    if before:  # "Einem Sprecher des Ministeriums zufolge ist …": the source comes first
        source = _GERMAN_DOCUMENT_OF.sub("", before.group(1))  # "Dem Jahresbericht der Stiftung Kinderhilfe zufolge"
        return re.sub(r"^(?:[Ee]inem|[Ee]iner)\b", "ein", re.sub(r"^(?:[Dd]em)\b", "der", source))
    for cue in cues:
        flags = 0 if cue in opening else re.IGNORECASE  # (only when it opens the sentence)
        match = re.search(rf"(?<!\w){re.escape(cue)}\s+([^_.,;:!?]+)", quote.sentence, flags)
        if cue in opening and match and quote.sentence[: match.start()].strip():
            match = None
        if cue == "Für" and match and not any(_names_a_person(r[2]) for r in name_runs(match.group(1))):
            match = None  # „Für die Anwohner ist …“ says what they get, not who speaks
        between = quote.sentence[match.end() : len(quote.before)] if match else ""
        clause = re.search(r"(?:,\s*|\s)(?:while|whereas|but|yet|während|tandis|alors)\s", between)
        if clause and speech_verbs(between[clause.end() :], reader.language.code):
            match = None  # "According to X, …, while the BBC reported that “…”": another clause's words
        told = speech_verbs(between, reader.language.code) if match and "," in between else ()
        if told and _is_a_name(_subject_before(between[: told[0].start], reader.language, whole=False) or ""):
            return None  # "According to one MP who attended, Mr Faraday told them …": Faraday's words, by her
        if match:
            named = re.match(r",\s+([A-ZÀ-Þ][^,_]{2,60}?)\s*(?:,|\.?$)", quote.sentence[match.end() :])
            named = None if named and _PARTY_TAG.search(", " + named.group(1)) else named  # not ", D-Md."
            if named and name_runs(named.group(1)):  # "selon la directrice artistique, Nadia Belhumeur,"
                return named.group(1)
            which = re.match(
                r",\s+which\s+(?:was|were|had\s+been)((?:\s+\w+)?\s+by\s+[^_,;]+)", quote.sentence[match.end() :]
            )
            source = _source_after_cue(match.group(1) + (which.group(1) if which else ""), reader.language)
            copied = _A_COPY.match(source) and _DOCUMENT_BEFORE.search(quote.sentence[: match.start()])
            return copied.group(1) if copied else source  # "A 2023 state audit found …, according to a copy"
    return None


_FRENCH_BEFORE_NOUN = frozenset(  # French adjectives that come before their noun
    """ancien ancienne jeune vieux vieil vieille nouveau nouvel nouvelle petit petite grand grande haut haute
    premier première dernier dernière autre seul seule""".split()
)


def _body_as_source(phrase: str, reader: Reader) -> str | None:
    """A source no one registered that names a body: one capitalized German word ('Laut
    Arbeitsmarktservice gibt es …'), a place's council ('according to the Vestkyst county council')."""
    words = [w for w in phrase.split() if w.lower() not in reader.language.definite]
    if len(words) == 1 and reader.language.code == "de" and words[0][:1].isupper() and _body_word(words[0]):
        return words[0]
    if 1 < len(words) <= 4 and words[0][:1].isupper() and words[-1].lower() in ORGANISATION_NOUNS:
        return " ".join(words) if not looks_like_a_person(words[:1], []) else None
    return None


def _body_word(word: str) -> bool:
    """A German compound that names an institution: Arbeitsmarktservice, Landesamt, Wetterdienst."""
    return german_compound_body(word) or word.lower().endswith(("service", "agentur", "anstalt", "institut"))


_A_COPY = re.compile(r"(?:a|the)\s+copy\b", re.IGNORECASE)
_DOCUMENT_BEFORE = re.compile(  # the document a copy is of, named before: "A 2023 state audit found that …"
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?:\d{{4}}\s+)?((?:[a-z]+\s+)?(?:{'|'.join(sorted(DOCUMENTS))}))\b"
)


_IS_ROLE_WORD = re.compile(  # a lowercase word of a role after an owner's name, not what follows it
    r"(?!(?:to|of|for|in|on|at|by|with|from|and|filed|released|published|sent|issued|obtained|seen)$)[a-z]+"
)
_FRENCH_PARTICIPLE = re.compile(  # (not "publié par l'Insee": who issued it)
    r"\s(?:publié|diffusé|paru|transmis|envoyé|consulté|rendu|daté|réalisé|commandé|remis|présenté|dévoilé|obtenu)"
    r"(?:e|s|es)?\b(?!\s+par\b)"
)
_PARTICIPLE = re.compile(
    r"\s(?:filed|released|obtained|published|seen|reviewed|issued|posted|sent|shared|prepared|written|compiled)\b"
)


_NORDIC_DOCUMENTS = (  # a Nordic report's word, maybe the end of a compound: årsredovisning, årsrapporten
    "rapport|redovisning|beretning|redegørelse|meddelelse|meddelande|melding|undersøgelse|undersökning|utredning|"
    "analyse|analys|regnskab|regnskap|bokslut|opgørelse|tall|tal|siffror|beregning|beräkning"
)
_NORDIC_OWNERS_DOCUMENT = re.compile(  # "Norrvirkes (senaste) årsredovisning", "SCB:s rapport", "kommunens egne tall"
    rf"([A-ZÆØÅÄÖ][\wæøåäö\-]*(?:\s+[A-ZÆØÅÄÖ][\wæøåäö\-]*)*?|[a-zæøåäö]{{4,}}(?:en|et)):?s\s+(?:[a-zæøåäö]+\s+)?[a-zæøåäö]*"
    rf"(?:{_NORDIC_DOCUMENTS})(?:en|et)?\b"
)
_NORDIC_DOCUMENT_FROM = re.compile(  # "en ny rapport fra Norsk Klimasenter"
    rf"(?:en|et|ei|ett)\s+(?:[a-zæøåäö]+\s+)?[a-zæøåäö]*(?:{_NORDIC_DOCUMENTS})\s+(?:fra|från)\s+"
    r"([A-ZÆØÅÄÖ][\wæøåäö\-]*(?:\s+[A-ZÆØÅÄÖa-zæøåäö][\wæøåäö\-]*)?)"
)
_GERMAN_DOCUMENT_OF = re.compile(
    r"^(?:einer|einem|der|dem)\s+\w*?(?:mitteilung|erklärung|stellungnahme|bericht|bilanz)\s+(?=der\s|des\s)",
    re.IGNORECASE,
)
_OWNERS_DOCUMENT = re.compile(  # "the Care Standards Inspectorate’s most recent report", "the bank's annual report"
    r"(?:the\s+)?([A-Z][\w&.\-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&.\-]*)*|(?<=the\s)[a-z]+)[’']s\s+"
    r"(?:[a-z\-]+\s+){0,3}?"
    rf"(?:{'|'.join(sorted(DOCUMENTS))}|reports?|policy|website|accounts|minutes|records)\b"
)
_ISSUED_BY_FR = re.compile(  # "un décompte du Collectif national des urgentistes (CNU)", "le rapport annuel de la Cour"
    r"(?:un|une|le|la|les|l['’])\s*(\w+)(?:\s+[a-zàâçéèêëîïôûù]+)?\s+(du|des|de\s+la|de\s+l['’]|de)\s*([A-ZÀ-Þ][^,(_;:]*)"
)
_ARTICLE_OF = {"du": "le ", "des": "les ", "de la": "la ", "de l'": "l'", "de l’": "l’", "de": ""}
_FIGURES = frozenset("chiffres données estimations calculs décompte comptage terminologie".split())


_GERMAN_SOURCE = re.compile(  # "der Polizei", "einer Gerichtssprecherin", "der Industrie- und Handelskammer"
    r"(?:der|des|dem|den|einer|eines|einem)\s+[A-ZÄÖÜ][\w\-]*(?:(?:\s+|-?\s+und\s+)[A-ZÄÖÜ][\w\-]*)*"
    r"(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\w\-]*)?"  # "einer Sprecherin der Behörde"
)


_OF_ONE = re.compile(r"^eines\s+(\w{4,}?)e?s\b")  # a German genitive: "eines Sprechers der Stadt"


def _source_after_cue(text: str, language: Language) -> str:
    """Who 'according to' names: 'Laut Wyss haben bereits …' → 'Wyss'; 'enligt myndigheten ”…”'
    → 'myndigheten'; 'according to a senior aide' → the description, up to its verb."""
    text = re.sub(r"^(?:Angaben|Informationen|Erkenntnissen|Berichten|Schätzungen)\s+(?=der|des)", "", text)
    text = _GERMAN_DOCUMENT_OF.sub("", text)  # "Laut einer Mitteilung des Bistums Rotheim": the Bistum
    german = _GERMAN_SOURCE.match(text) if language.code == "de" else None
    if german:  # "Nach Angaben der Polizei fuhr der Fahrer …": the body, up to the first word in lower case
        return _OF_ONE.sub(r"ein \1", german.group(0).strip())  # "eines Sprechers": ein Sprecher
    owner = _OWNERS_DOCUMENT.match(text) if language.code == "en" else None
    named = owner.group(1)[:1].isupper() if owner else False
    if owner and (named or owner.group(1) in ORGANISATION_NOUNS):  # the report's words are its issuer's
        return owner.group(1) if named else f"the {owner.group(1)}"  # ("the bank's annual report")
    issuer = _DOCUMENT_FROM.match(text) if language.code == "en" else None
    if issuer and issuer.group(1).lower() in DOCUMENTS:  # "a notice from the state Department of …"
        return _issuer(issuer, text)
    owner = _NORDIC_OWNERS_DOCUMENT.match(text) if language.code in NORDIC else None
    owner = None if owner and first_name_gender(f"{owner.group(1)}s") is not False else owner  # "Lars rapport"
    owner = owner or (_NORDIC_DOCUMENT_FROM.match(text) if language.code in NORDIC else None)
    if owner:  # "Enligt Norrvirkes årsredovisning", "Ifølge en ny rapport fra Norsk Klimasenter": the body's
        return owner.group(1)
    french = _FRENCH_PARTICIPLE.search(text) if language.code == "fr" else None
    text = text[: french.start()] if french else text  # "selon un communiqué de la préfecture publié mercredi"
    issued = _ISSUED_BY_FR.match(text) if language.code == "fr" else None
    if issued and issued.group(1).lower() in DOCUMENTS | _FIGURES:  # "selon un décompte du Collectif national …"
        return _ARTICLE_OF.get(" ".join(issued.group(2).split()), "") + issued.group(3).strip()  # (la Cour …)
    runs = name_runs(text)
    between = text[runs[0][1] : runs[1][0]].split() if len(runs) > 1 and runs[0][0] == 0 else []
    employee = 0 < len(between) <= 2 and all(w.islower() for w in between) and is_person_noun(between[-1], "en")
    if language.code == "en" and employee:
        return text[: runs[1][1]]  # "according to Halvard spokeswoman Tina Moss"
    if runs and runs[0][0] == 0:
        end = runs[0][1]
        for _ in range(2 if language.code in NORDIC else 0):  # "Ifølge Statens vegvesen er det …"
            word = re.match(r"\s+([a-zæøåäö]+)", text[end:])
            if not word or word.group(1) in language.auxiliaries or word.group(1) in language.verbs:
                break
            end += word.end()
        return text[:end]
    participle = _PARTICIPLE.search(text)
    by = r"\s+by\s+(?:the\s+)?([A-Z][\w&’'.\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&’'.\-]*)*)"
    agent = re.match(by, text[participle.end() :]) if participle else None
    if language.code == "en" and agent:
        return agent.group(1).strip()  # "according to a summary released by the Senate Appropriations Committee"
    if language.code == "en" and participle and " by " not in text[participle.end() :]:
        text = text[: participle.start()]  # "according to court documents filed Tuesday"
    words = text.split()
    nordic = language.code in NORDIC and words and words[0].islower()
    if nordic and words[0] not in language.definite | language.indefinite and words[1:2] not in (["och"], ["og"]):
        name = list(takewhile(lambda w: w[:1].isupper(), words[1:4]))  # "ifølge fagforeningen Fagunion Vest"
        owned = not name and words[0].endswith("s") and len(words) > 1 and words[1].islower()  # "kommunens
        named = list(takewhile(lambda w: w[:1].isupper(), words[2:5])) if owned else []  # pressekreterare"
        return " ".join(words[: 2 + len(named) if owned else 1 + len(name)])  # "klubbens huvudtränare Jonas Berglund"
    named = next((n for n, w in enumerate(words[1:6], 1) if w[:1].isupper()), None) if nordic else None
    verb_first = named and any(w in language.verbs or w in language.auxiliaries for w in words[:named])
    if named and not verb_first:  # "enligt den lokala ordföranden Amir Haddad fick personalen …": V2
        end = named + len(list(takewhile(lambda w: w[:1].isupper(), words[named:])))
        if end < len(words) and words[end].islower():
            return " ".join(words[:end])
    for n, word in enumerate(words):
        after_determiner = words[n - 1].lower() in language.definite | language.indefinite
        verb = (word in language.verbs and word.lower() not in DOCUMENTS) or word in language.auxiliaries
        if n and not after_determiner and (verb or MASK in word):  # ("a police report": a noun)
            return " ".join(words[:n])  # not "a report" (released by the Commission)
    return text


_CONTENTED = re.compile(
    r"^[\s,»”\"]*s[’']est\s+(?:contentée?s?|bornée?s?|limitée?s?)\s+(?:d[’']|de\s+|à\s+)(\w+(?:er|re))\b"
)


def _conjugated(infinitive: re.Match) -> str:
    """'s’est contenté d’indiquer' → ' indique', a verb the attribution rules read."""
    verb = infinitive.group(1)
    return " " + (verb[:-1] if verb.endswith("er") else verb[:-2])


_WHAT_SOMEONE_CALLED = re.compile(
    r"\bwhat\s+((?:the\s+)?[A-Z][^,;:_]{1,60}?|he|she|it|they|(?:the|its|their)\s+[a-z]+)"
    r"\s+(?:called|calls|described\s+as|describes\s+as|termed)(?:\s+an?)?\s+$"
)  # "what the Foreign Ministry called", "what it described as", "what their union called"


_SAID_OF = re.compile(r"[\s,]*(?:\S+\s+){1,3}?(?:said|says)\s+of\s+(?:his|her|their)\s+(\w+)")
_FRENCH_INVERTED_COLON = re.compile(r"(?:^|\s)(\w+)-(?:t-)?(il|elle|ils|elles)\s*:\s*$")


_PASSIVE_PARTICIPLES = frozenset(("written", "spoken", "sworn"))
BEFORE_VERB = "before, speech verb"  # the rule of reported speech ("Roe said the plan was “dead on arrival”")


def before_verb(quote: Quote, reader: Reader) -> str | None:
    """Jane Roe said: “…” · Roe said the plan was “dead on arrival” · Am Dienstag sagte Müller: „…“"""
    inverted = _FRENCH_INVERTED_COLON.search(quote.before) if reader.language.code == "fr" else None
    if inverted and speech_verbs(inverted.group(1), "fr"):  # "…, explique-t-il : « … »"
        return inverted.group(2)
    what = _WHAT_SOMEONE_CALLED.search(quote.before)
    if what and reader.resolve(what.group(1)):  # "… over what the Foreign Ministry called “…”"
        return what.group(1)
    verbs = speech_verbs(quote.before, reader.language.code)
    for n in range(len(verbs) - 1, -1, -1):  # "Núñez told reporters that the strike would continue “…”"
        verb = verbs[n]
        if n and verb.text.endswith("ing") and quote.before[: verb.start].rstrip().endswith(","):
            continue  # "…, the White House said in a statement, urging …": the subject of "said"
        if verb.text in _PASSIVE_PARTICIPLES and quote.before[: verb.start].rstrip().endswith(","):
            continue  # "One, written on a tour bus in 1986, she can recite": a letter, not its writer
        if n and re.search(r"\b(?:to|zu)\s+$", quote.before[: verb.start]):
            continue  # "her husband said he had not planned to say anything": the subject of "said"
        quoted = re.search(r"\bquoted\s+(.{3,80}?)\s+as\s+$", quote.before[: verb.start])
        if quoted and reader.resolve(quoted.group(1)):  # "The agency quoted an unnamed source as saying …"
            return quoted.group(1)
        head = quote.before[: verb.start].rstrip()
        participle = not n and verb.text.endswith("ing") and head.endswith(",") and reader.language.code == "en"
        opener = _opening_subject(head, reader) if participle else None
        if opener:  # "The health minister Rachel Dunmore-Price has defended plans … at Harrowby Hospital, insisting …"
            return opener
        relative_before = bool(
            re.search(r",\s+(?:der|die|das|som|who|which)\s[^,]*,$", head)
        )  # "Ein Mitarbeiter, der …,"
        clause_final = reader.language.code in _VERB_SECOND and head.endswith(",") and not relative_before
        inverted = _VERB_SECOND_SUBJECT.match(quote.before[verb.end :]) if clause_final else None
        if inverted and reader.resolve(inverted.group(1)):  # "…, oplyser regionen i en pressemeddelelse"
            return inverted.group(1)
        french_inverted = re.search(r",\s*(?:a|avait|ont|avaient)?$", head) if reader.language.code == "fr" else None
        french_inverted = french_inverted if "," in quote.before[verb.end :] else None  # not "…, juge le plan « … »"
        if french_inverted:  # "…, a précisé le procureur, Thierry Vasseur, qui appelle à « … »"
            subject = _subject_after(
                quote.before[: french_inverted.start()], quote.before[french_inverted.start() :], reader
            )
            if subject:
                return subject
        relative = _RELATIVE_BEFORE_THE_VERB.search(head)
        pronoun = relative.group("pronoun") if relative else ""
        antecedent = _antecedent(head[: relative.start()], reader) if pronoun == "who" else None
        if antecedent:  # "over the objections of Western Republicans who called it “…”"
            return antecedent
        which = pronoun in ("which", "qui") and relative.group("comma")  # (a body: "the Coast Guard, which said")
        body = _body_antecedent(head[: relative.start()], reader) if which else None
        if body:  # "represented by Local 118 of the Brewery Workers, which said in a statement that …"
            return body
        after_only = reader.language.code == "de" and verb.text == "so"  # "…, so Hollerer": who follows
        head_text = _HABIT.sub(" ", quote.before[: verb.start])  # "Gérard, used to say, “…”"
        subject = None if after_only else _subject_before(head_text, reader.language, whole=False)
        if (
            subject
            and subject[:1].islower()
            and " " in subject
            and speech_verbs(subject.split()[0], reader.language.code)
        ):
            subject = subject.split(" ", 1)[1]  # "… said Lomax had told him": Lomax
        if subject and subject.startswith("with ") and verb.text.endswith("ing"):
            subject = subject[5:]  # "…, with one pensioner telling councillors they were ‘…’": the pensioner
        last = subject.split()[-1] if subject else ""
        if reader.language.code == "de" and last.islower() and last not in reader.language.pronouns:
            subject = None  # "Die Gewerkschaft … reagierte empört": a German subject ends on a noun or a name
        inner = n and subject and not _is_a_name(subject)
        if inner and _reported_by(verbs[:n], quote.before.rfind(subject, 0, verb.start), verb, quote.before):
            continue  # "A senior official … said the prime minister had offered “…”": the official's words
        opening = subject.split()[0].lower() if subject else ""
        adverbial = opening in PREPOSITIONS and opening not in reader.language.definite | {"de", "des", "der"}
        adverbial = adverbial or (reader.language.code in _VERB_SECOND and opening in _V2_PREPOSITIONS)
        if adverbial and reader.language.code in _VERB_SECOND and not DOCUMENTS & set(subject.lower().split()):
            subject = None  # "Vid 18-tiden meddelade räddningstjänsten" (not "In einer Mitteilung der IG Technik")
        elif adverbial and reader.language.code in _VERB_SECOND:
            after_verb = _VERB_SECOND_SUBJECT.match(quote.before[verb.end :])  # "In einer Stellungnahme erklärte
            if after_verb and reader.resolve(after_verb.group(1)):  # die GVD, …": who issued it follows the verb
                return after_verb.group(1)
        side = _FRENCH_SIDE.match(quote.before) if subject == "on" and reader.language.code == "fr" else None
        if side:  # "Du côté de la direction académique, on rappelle que …", "Au ministère, on assure …"
            return side.group(1) if not side.group(0).startswith("Au") else f"le {side.group(1)}"
        based = subject and _BASED_IN.search(head.rstrip(","))  # "Halvard, based in Sorrel Bay, Calif., said": a body
        body = reader.registry.organisation_in(tuple(subject.split())) if based else None
        if body:
            return body
        if subject and (reader.resolve(subject) or subject.split()[0].lower() in reader.language.pronouns):
            return subject
        inverted = re.match(r"\s+(\w+(?:\s+[A-ZÄÖÜ][\w\-·.]*){0,3})\s*[:,]", quote.before[verb.end :])
        if (
            not inverted and reader.language.code in _VERB_SECOND
        ):  # "sagde oppositionens gruppeformand, Søren Thygesen,"
            appositive = _ROLE_THEN_NAME.match(quote.before[verb.end :])
            if appositive and reader.person_named(appositive.group(1)):
                return appositive.group(1)
        pronoun = re.match(r"\s+(\w+)\b", quote.before[verb.end :])
        if reader.language.code in _VERB_SECOND and pronoun and pronoun.group(1).lower() in reader.language.pronouns:
            return pronoun.group(1)  # "Von der Bundesregierung verlangt er „…“"
        if not inverted and reader.language.code in _VERB_SECOND:  # "Das teilte das Unternehmen am Mittwoch mit"
            inverted = _VERB_SECOND_SUBJECT.match(quote.before[verb.end :])
        if inverted and reader.resolve(inverted.group(1)):
            return inverted.group(1)
    if not verbs:
        return None
    head = quote.before[: verbs[-1].start]
    mentioned = (n for n in _mentions(head, reader) if not _owns_the_subject(n, head, reader))  # (not a body whose
    first = next(mentioned, None)  # role noun the subject is: "Portside United's new head coach …")
    return first if first else _subject_before(quote.before[: verbs[-1].start], reader.language, whole=False)


def _first_auxiliary(words: list[str], language: Language) -> int:
    """Where the first auxiliary is among the words ('Roe has joined …': 1), 0 when none is."""
    return next((i for i, w in enumerate(words) if w.lower() in language.auxiliaries), 0)


def _opening_subject(head: str, reader: Reader) -> str | None:
    """The name a sentence opens with, the subject of a participle that ends it: 'The health minister
    Rachel Dunmore-Price has defended plans …, insisting' (not 'After Roe left, …')."""
    articles = reader.language.definite | reader.language.indefinite
    words = head.split()
    verb = _first_auxiliary(words[:6], reader.language)
    if (
        words[:1]
        and (words[0].lower() in articles or owns(words[0], reader.language.code))
        and any(is_person_noun(w, reader.language.code) for w in words[1:verb])
    ):
        return " ".join(words[:verb])  # "A former government minister has joined opposition …, calling"
        # "Brightwater's finance chief was more specific, telling analysts …"
    runs = [r for r in name_runs(head) if len(r[2]) > 1 or r[2][0].lower() not in articles]  # (not "The")
    lead = head[: runs[0][0]].split() if runs else []
    opened = OPENING_WORD.match(head) or (lead and lead[0].lower() in PREPOSITIONS | _SUBORDINATORS)
    if not runs or "," in head[:-1] or len(lead) > 4 or opened or runs[0][2][-1].endswith(("'s", "’s")):
        return None  # (not "Tom Berg's lawyer filed an appeal, saying …")
    name = head[runs[0][0] : runs[0][1]]
    person = reader.registry.people.get(reader.resolve(name) or "")
    return name if person and not person.organisation else None


_SUBORDINATORS = frozenset("because if although though once until".split())
_FRENCH_SIDE = re.compile(r"^\s*(?:Du\s+côté\s+(?:de\s+|du\s+|des\s+)|À\s+(?=la\s|l['’])|Au\s+)([^,_]{3,60}),\s+on\b")


def _reported_by(earlier, subject_at: int, verb, before: str) -> bool:
    """Whether a verb and its subject sit in the clause an earlier reporting verb opens, in the same
    sentence: 'said [the prime minister had offered …]', 'said [staff had warned managers …]'."""
    reporting = [v for v in earlier if v.text.lower() in _REPORTING and v.end <= subject_at]
    to_someone = re.match(r"\s+(?:him|her|me|us|them|ihm|ihr|lui|leur|honom|henne|ham|hende)\b", before[verb.end :])
    if to_someone:  # "… said her mother had told her “…”": the mother's words, told to the speaker
        return False
    if not reporting:
        return False
    between = before[reporting[-1].end : verb.start]
    return not re.search(r"[.;:!?]|\b(?:though|although|while|whereas|but)\b", between)  # not a new clause


_REPORTING = frozenset(
    """said says told tells added wrote writes explained argued insisted noted stressed sagte sagt erzählt
    erzählte berichtet berichtete erklärt erklärte dit explique expliqué raconte raconté affirme affirmé säger
    sa berättar berättade förklarar förklarade sier forteller fortalte forklarer forklarte siger sagde fortæller
    forklarede""".split()
)
_VERB_SECOND = ("de", *NORDIC)  # the subject may follow the verb: "Das sagte Müller"
_SOURCES = frozenset("kilde källa kjelde kilder källor quelle quellen".split())
_INSIGHT = re.compile(r"(?:kjennskap|kännedom|kendskab|insyn|innsyn|indsigt|innsikt|kunskap|Kenntnis|Einblick)\b")
_NAMED_IN_DESCRIPTION = re.compile(
    r"\b(?:named|called|(?:gave|identified)\s+(?:(?:his|her|their)\s+(?:first\s+)?name\s+)?(?:only\s+)?as|"
    r"gave\s+only\s+(?:his|her|their)\s+first\s+name,)\s+"
    r"([A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+)?)"
)
_MESSAGE_FROM = re.compile(
    r"^(?:The\s+message\s+from|Le\s+message\s+d[eu]|Die\s+Botschaft|Beskedet\s+från|Budskapet\s+från|"
    r"Beskjeden\s+fra|Budskapet\s+fra|Beskeden\s+fra|Budskabet\s+fra)\s+(.{3,60}?)\s+"
    r"(?:is|was|est|était|ist|war|är|var|er)\b"
)
_V2_PREPOSITIONS = frozenset("i til med om mot mod under över over efter in an auf mit nach zu aus seit".split())
_WHAT_SAYS = re.compile(r"^\s*C['’]est\s+ce\s+(?:qu['’]\s*|que\s+)\w+\s+([^,.;:_]{3,60})")
_ON_SAYS = re.compile(  # French impersonal attributions: the body is where "on" says it
    r"^[\s,;:—–-]*(?:peut-on lire|lit-on|indique-t-on|explique-t-on|précise-t-on|assure-t-on|souligne-t-on|"
    r"confie-t-on|affirme-t-on|fait-on savoir|a-t-on appris|apprend-on|a-t-on indiqué|a-t-on précisé)"
    r"(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)(?:\s+soir|\s+matin)?)?"
    r"(?:\s+[a-zé]+ment)?"  # "indique-t-on sobrement dans l’entourage du préfet"
    r"\s+(?:dans\s+(?:le|un)\s+communiqué\s+|au\s+|à\s+|aux\s+|"
    r"auprès\s+|du\s+côté\s+)?(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)?((?:la\s+|le\s+|l['’])?[^.,;:_]{3,60})"
)
_ROLE_THEN_NAME = re.compile(r"\s+[^,_]{3,50},\s+([A-ZÀ-Þ][\w\-]+(?:\s+[A-ZÀ-Þ][\w\-]+){1,2}),")
_VERB_SECOND_SUBJECT = re.compile(
    r"\s+((?:der|die|das|den|dem|ein|eine|en|ett|et|ei)\s+[\wÄÖÜÅÆØäöüåæø\-]+|"
    r"[a-zæøåäö]+(?:et|en|na|ne)(?:\s+[A-ZÄÖÜÅÆØ][\w\-·.]*){1,3}|"  # "sa oppositionsrådet Fatima Nordin"
    r"[a-zæøåäö]+(?:et|en|na|ne)\b|"
    r"[A-ZÄÖÜÅÆØ][\w\-]*\s+(?:kommun|kommune|fylkeskommune|region|vegvesen|landsting)\b|"  # "skriver Stensjö kommun"
    r"[A-ZÄÖÜÅÆØ][\w\-·.]*(?:\s+[A-ZÄÖÜÅÆØ][\w\-·.]*){0,3})"
)


_PARTY_TAG = re.compile(r",\s*(?:[A-Z]-[A-Z][\w.]*|\([A-Z]{1,4}\))\s*$")  # ", R-Ore." · ", (C)"
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|qui|que|der|die|som)\s[^,]*,")


def introduced_before_colon(quote: Quote, reader: Reader) -> str | None:
    """A teenage girl in a replica shirt was more forgiving: “…” · Un viticulteur voisin, qui …,
    ne cache pas sa colère : « … » · Ihr Vater, Thomas Hartl, nickte: „…“ (someone introduced
    without a speech verb)."""
    before = quote.before.rstrip()
    if not before.endswith(":") or speech_verbs(_RELATIVE_CLAUSE.sub("", before), reader.language.code):
        return None  # (a verb in "who asked not to be named" is the clause's)
    text = re.sub(
        r"^[\s_.!?…«»„“”\"'’‘‹›]+(?=\w)", "", _RELATIVE_CLAUSE.sub("", before[:-1]).strip()
    )  # „…“ Arndt nickt:
    text = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])", text)[-1]  # "», sourit-il. Son père hausse les épaules :"
    named = re.match(r"^[^,]{1,40},\s+([A-ZÀ-Þ][^,]{2,50}),", text)  # "Ihr Vater, Thomas Hartl, nickte: „…“"
    if named and any(_names_a_person(run[2]) for run in name_runs(named.group(1))):
        return named.group(1)
    message = _MESSAGE_FROM.match(text)
    if message:  # "Le message de la direction de l'hôpital est clair : « … »"
        return message.group(1)
    runs = name_runs(text)
    opening = reader.person_named(" ".join(runs[0][2])) if runs and runs[0][0] == 0 else None
    if opening:  # "Statsråd Knut Rønning (Ap) avviser kritikken: «…»"
        return opening
    known = reader.registry.by_word(runs[0][2][-1].removesuffix("s")) if runs and runs[0][0] == 0 else None
    if known and len(runs[0][2]) == 1:  # "Arndt nickt: „…“", "Trafikverkets presstjänst tillbakavisar …: ”…”"
        return known.name
    opener = text.split()[:2] if len(text.split()) > 2 else []
    relative = opener and (reader.relative(opener) or reader.namesake(opener))
    if relative:  # "Ihr Bruder formulierte es ernster: …", "Son mari nuance : …", "Ihr Namensvetter sah es …:"
        return relative
    owner, noun = (text.split() + ["", ""])[:2]
    if (
        owner.lower() in POSSESSIVES
        and noun.lower() not in RELATION_GENDER
        and is_person_noun(noun, reader.language.code)
    ):
        return noun.lower()  # "Sa voisine acquiesce : « … »": someone new, no one's relative
    first = text.split()[0] if text else ""
    if first.lower() in reader.language.pronouns and len(text.split()) > 1:  # "She is blunt about it: “…”"
        return first
    determiner, rest = split_determiner(text.split(), reader.language) if text else (None, [])
    if determiner == DEFINITE and len(rest) > 1 and rest[0].lower() in WHICH_OF_TWO and rest[1][:1].isupper():
        return " ".join(text.split()[:3])  # "The elder Ortega was more succinct: “…”"
    nouns = [n for n in range(min(3, len(rest))) if is_person_noun(rest[n], reader.language.code)]
    if determiner == DEFINITE and nouns:  # "Die Tochter sieht es anders: «…»", "The head coach was blunt: “…”"
        return " ".join(text.split()[: len(text.split()) - len(rest) + nouns[-1] + 1])
    if determiner != INDEFINITE or not any(is_person_noun(w, reader.language.code) for w in rest[:3]):
        return None  # the person comes first: "a teenage girl …", "un membre de …"
    return " ".join(text.split()[:13])


_FOUND = re.compile(
    r"^(?:The|A|An|the|a|an)\s+((?:\w+\s+){0,2}?(?:study|report|review|audit|survey|analysis|investigation|inquiry))\b[^.;:]*?\s(?:found|finds|concluded|concludes)\b"
)


def document_found(quote: Quote, reader: Reader) -> str | None:
    """The study found that the drug cut admissions by “a third” · The report, released by the
    Center for Rural Health, concluded that …: a document's words (its issuer when it has one)."""
    found = _FOUND.match(quote.before.strip()) if reader.language.code == "en" else None
    if not found:
        return None
    document = re.split(r"\s(?:found|finds|concluded|concludes)\b", found.group(0))[0].replace(",", "")
    issuer = re.search(r"\s(?:by|from)\s+(.+)$", document)  # "released Tuesday by the Center for Rural Health"
    return issuer.group(1) if issuer else document  # "the study": whose issuer the reader may know


_IMPERSONAL_REPORT = re.compile(r"\b(?:hieß|heißt|hiess|heisst)\s+es\b(?P<source>(?:\s+[^\s,_„“»«]+){0,6}?)\s*(?:,|$)")


_DOCUMENT_OF_A_BODY = re.compile(
    r"\b(?:in|laut)\s+(?:einer|einem|der|dem|seiner|ihrer)\s+(?:\w+\s+)?(?P<document>\w+)\s+"
    r"(?P<issuer>(?:des|der|vom|von)\s+[^,_]+?)\s*$",
    re.IGNORECASE,
)


def impersonal_before(quote: Quote, reader: Reader) -> str | None:
    """'Ein Abriss, hieß es aus dem Rathaus, sei „…“', 'In einer Stellungnahme hieß es, man habe
    „…“': the body a German impersonal report before the quote speaks for."""
    found = list(_IMPERSONAL_REPORT.finditer(quote.before)) if reader.language.code == "de" else []
    if not found or speech_verbs(quote.before[found[-1].end() :], "de"):
        return None
    document = _DOCUMENT_OF_A_BODY.search(quote.before[: found[-1].start()])
    if document and document.group("document").lower() in DOCUMENTS:  # "In einer Stellungnahme des Landratsamts"
        return f"der {document.group('document')} {document.group('issuer')}"
    source = found[-1].group("source").split()
    if source and source[0].lower() in PREPOSITIONS:
        return " ".join(["es", *source])  # "hieß es aus dem Rathaus", "heißt es in einer Mitteilung des Verbands"
    return reader.impersonal(unless_in=quote.before[found[-1].end() :])


_OWN_WORDS = re.compile(
    r"\b(?:nach\s+eigenen\s+(?:Angaben|Worten)|nach\s+eigener\s+Aussage|eigenen\s+Angaben\s+zufolge)\b"
)
_GERMAN_SUBJECT = re.compile(  # a German sentence's first constituent: "Das Unternehmen", "Der Betriebsratschef X"
    r"^\s*((?:(?:[Dd]er|[Dd]ie|[Dd]as)\s+)?[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3})\s+[a-zäöü]"
)


def in_own_words(quote: Quote, reader: Reader) -> str | None:
    """„Das Unternehmen will Kündigungen nach eigenen Angaben »so weit wie möglich« vermeiden“: the
    words are the sentence's subject's, by its own account (German)."""
    if reader.language.code != "de" or not _OWN_WORDS.search(quote.before):
        return None
    subject = _GERMAN_SUBJECT.match(quote.sentence)
    return subject.group(1) if subject else None


RULES: tuple[tuple[str, Callable[[Quote, Reader], str | None]], ...] = (
    ("after, verb first", after_verb_subject),
    ("after, subject first", after_subject_verb),
    ("according to", according_to),
    (BEFORE_VERB, before_verb),
    ("before, impersonal", impersonal_before),
    ("before a colon, someone new", introduced_before_colon),
    ("a document's finding", document_found),
    ("in its own words", in_own_words),
)


_RELATIVE_BEFORE_THE_VERB = re.compile(r"(?P<comma>,?)\s+(?P<pronoun>who|which|qui)(?:\s+(?:also|later|then|\w+ly))?$")
_LAST_PHRASE = re.compile(r",\s*(?:[a-z]+ing\s+)?|\s(?:of|from|among|including|and|[a-z]+ing)\s+")


def _antecedent(text: str, reader: Reader) -> str | None:
    """Who a 'who' right before the speech verb stands for: the phrase that ends the text before it
    ('angering Tom Hill, who called it', 'protests from residents, who called it', 'a woman who lives
    across the street, who said')."""
    described = re.search(r"\b(?:an?|one)\s+([\w’'-]+(?:\s+[\w’'-]+){0,2})\s+(?:in|from|at|of|on)\s[^,]{0,60}$", text)
    described = described or re.search(r"\b(?:an?|one)\s+([\w’'-]+(?:\s+[\w’'-]+){0,2}?)\s+who\s[^,A-Z]{0,80}$", text)
    if described and is_person_noun(described.group(1).split()[-1], reader.language.code):
        return described.group(0)  # "reported by a hobbyist in the far north of Norway, who posted": the hobbyist
    phrase = _LAST_PHRASE.split(_PARTY_TAG.sub("", text.rstrip(" ,")).rstrip(" ,"))[-1].strip()  # "Sen. Roe, R-Okla."
    return phrase if 0 < len(phrase.split()) <= 4 and reader.resolve(phrase) else None  # (a long one: the subject's)


def _body_antecedent(text: str, reader: Reader) -> str | None:
    """The organisation a ', which said' stands for: the phrase that ends the text before it
    ('complaints to the Coast Guard, which said', 'represented by Local 118 of the Brewery Workers, which said')."""
    clause = re.split(r",\s*", text.rstrip(" ,"))[-1]
    pieces = re.split(r"\s(?:by|from|to|with|at|for|against|on|in|par|à|au|aux|avec|pour|contre|chez)\s+", clause)
    if DOCUMENTS & {w.lower() for piece in pieces[:-1] for w in piece.split()}:
        return None  # "a memo sent to the council, which said": the memo's words
    phrase = pieces[-1]
    part = phrase.partition(" of ")[0]
    for candidate in dict.fromkeys((part, phrase)):
        speaker = reader.resolve(candidate) or ""
        registered = reader.registry.people.get(speaker)
        unregistered_body = candidate == phrase and (speaker in ORGANISATION_NOUNS or is_organisation(speaker.split()))
        named = {w.lower() for w in speaker.split()} | (registered.labels if registered else set())
        if (registered.organisation if registered else unregistered_body) and content_words(candidate) & named:
            return candidate  # (a person is no 'which'; "the mayor's office" is not the body named last)
    return None


def _without_auxiliary(text: str, language: Language) -> str:
    if language.code == "fr":  # « … », lui a répondu le rapporteur: the object pronoun first
        text = re.sub(r"^(?:lui|leur|nous|vous|me|te)\s+(?=\w)", "", text)
        text = re.sub(r"^(?:se\s+|s['’](?=est\s|sont\s|\w+\s+[A-ZÀ-Þ]))", "", text)  # se souvient, s'est réjoui
    first, _, rest = text.partition(" ")
    return rest if first.lower() in language.auxiliaries and rest else text


def _strip_lead(text: str) -> str:
    return re.sub(r"^[\s,;:—–\-.!?]*", "", text)


def _subject_before(text: str, language: Language, whole: bool) -> str | None:
    """The phrase just before a verb, back to a boundary: 'Jane Roe, a Democrat, ' → 'Jane Roe'."""
    words = _ADVERBS.sub("", text.rstrip()).split(" ")
    while len(words) > 1 and words[-1].lower() in language.auxiliaries:  # "Claire Vautrin a (promis)"
        words.pop()
    text = " ".join(words)
    relative = re.search(r",\s+(?:who|whose|which|der|die|qui|som)\s[^_]*,$", text)
    body = relative.group().strip(", ").split()[1:] if relative else []  # "Der Betreiber, die Brandt & Söhne
    if body and all(w[:1].isupper() or w == "&" for w in body) and is_organisation(body):  # GmbH,": an appositive
        relative = None
    last = relative.group().rstrip(",").rsplit(",", 1)[-1].strip() if relative else ""
    if relative and relative.group().lstrip(", ").startswith("whose") and _is_a_name(last):
        relative = None  # "the Board, whose chairman, Oswin Pike, said": he speaks
    if relative:  # "Tariq Solberg, 31, who studied with Rooke …, said" · "Dana Roe, whose son, Owen, is …, said"
        text = re.sub(r",\s*\d{1,3}$", "", text[: relative.start()]) + ","  # what is left may be an appositive
    if text.endswith(","):  # an appositive closes: "Roe, a Democrat," or "Roe, R-Okla.,"
        inner = text[:-1]
        cut = max((m.start() for m in _COMMA.finditer(inner)), default=-1)  # (not the one in "$18,000")
        appositive = _NAME_BEFORE_PLACE.sub("", inner[cut + 1 :].strip())  # "Daniel Park of Sterling & Co."
        runs = name_runs(appositive)
        opening = appositive.split()[:1]
        articled = bool(opening) and opening[0].lower() in language.definite
        led = runs and (
            runs[0][0] == 0
            or re.match(r"(?:the|a|an)\s+[a-z]", appositive)  # "the shadow … secretary Tom Ellery"
            or (articled and is_organisation(list(runs[-1][2])))  # "Der Betreiber, die Brandt & Söhne GmbH,"
        )
        whole_run = led and runs[-1][1] == len(appositive)
        if cut > 0 and whole_run and (_names_a_person(runs[-1][2]) or is_organisation(list(runs[-1][2]))):
            return appositive  # "the group's chief executive, Zoë Ødegaard," "The operator, Westmara Ferries,"
        head = _BOUNDARY.split(inner[:cut])[-1].strip() if cut > 0 else ""
        if _PARTITIVE.fullmatch(head) and re.match(r"(?:an?|one)\s+\S", appositive, re.IGNORECASE):
            return appositive  # "One of them, a third-generation farmer who drove four hours …, said"
        lead = inner[:cut] if cut > 0 else ""  # an opening phrase, and the appositive after it is the subject:
        opening = OPENING_WORD.match(lead) and "," not in lead  # "Joint par téléphone, un cadre, qui …, a indiqué"
        if lead and (lead.split()[0].lower() in PREPOSITIONS | {"under"} or opening):  # "In a victim impact
            return _subject_before(inner[cut + 1 :] + " ", language, whole)  # statement, the woman, who …, said"
        text = inner[:cut] if cut > 0 else inner
        text = _BASED_IN.sub("", text)  # "Calder & Reyes, based in Columbus, Ohio, said"
        while _PARTY_TAG.search(text):  # "Rep. Lorraine Pettibone, R-Ore., a longtime ally,"
            text = _PARTY_TAG.sub("", text)
    pieces = _BOUNDARY.split(text)
    chunk = pieces[-1].strip() if pieces else ""
    if whole and len(pieces) > 1 and not chunk:
        return None
    if chunk.lower() in _COORDINATING:  # "…, he accepted that …, but (added)": the sentence's subject
        words = text.split()
        subjects = [w for w, nxt in pairwise(words) if w.lower() in language.pronouns and nxt.islower()]
        return subjects[0] if subjects else None
    relative = re.match(r"^(.+?)\s+(?:who|qui|som)\s", chunk)  # (German der/die are articles too)
    head = relative.group(1).split() if relative else []
    determiner, rest = split_determiner(head, language) if head else (None, [])
    if determiner and any(is_person_noun(w, language.code) for w in rest[:4]):
        return chunk if language.code == "en" else relative.group(1)  # "a woman who lives nearby (said)"
    chunk = re.split(
        r"\b(?:what|that|who|which|when|where|how|if|whether|because|but|was|As|after|before|since|until|although|"
        r"dass|wie|Wie|que|qui|att|som)\s+",
        chunk,
    )[-1]
    for joined in reversed(list(re.finditer(r"\band\s+", chunk))):  # not inside "Health and Social Care"
        if not joins_a_name(chunk, joined.start(), joined.end()) and _could_be_subject(chunk[joined.end() :], language):
            chunk = chunk[joined.end() :]  # "…, and the mayor (said)" (not "buying coffee and a newspaper")
            break
    words = chunk.split()
    contact = _contact_clause(words) if language.code == "en" else None
    if contact:
        words = words[contact:]
    inverted = language.code in _VERB_SECOND and len(words) > 1 and speech_verbs(words[0], language.code)
    if inverted and 2 < len(words) <= 6 and words[-1].lower() in _COORDINATING:
        return " ".join(words[1:-1])  # „…“, sagte die Ministerin und (fügte hinzu): the verb came first
    after_verb = _VERB_SECOND_SUBJECT.match(" " + " ".join(words[1:])) if inverted else None
    if after_verb:  # «…», skriver politiet på X. I en senere melding (opplyser): who wrote
        return after_verb.group(1)
    if len(words) > 2 and words[-1].lower() in _COORDINATING:  # "la CFDT n’a pas appelé à la grève mais (dit)"
        cut = next((i for i, w in enumerate(words[1:-1], 1) if _starts_predicate(w, language)), None)
        if cut:
            return " ".join(words[:cut])
        head = text[: text.rfind(pieces[-1])].rstrip()
        if words[0][:1].islower() and head.endswith(",") and len(pieces) > 2:  # "Cllr Ashdown, leader of …, backs
            return _subject_before(head + " ", language, whole)  # the order but (says)": the subject is before
    if len(words) > 2 and words[-1].lower() in (*language.pronouns, "it") and speech_verbs(words[-2], language.code):
        return words[-1]  # "The Red Cross said it (was offering)": the subject is "it"
    if len(words) > 12:
        words = words[-12:]
    return " ".join(words) or None


_ENTOURAGE = re.compile(r"\bentourage\b", re.IGNORECASE)
_BASED_IN = re.compile(r",\s+(?:based|headquartered|located)\s+(?:in|at|near|outside)\s[^,]*(?:,\s+[A-Z][^,]*)?$")


def _contact_clause(words: list[str]) -> int | None:
    """Where the subject of a clause without its "that" starts: "a deal its chief executive (described
    as)" (a noun after a determiner, then a possessive; not "praised his players and said")."""
    return next(
        (
            i
            for i in range(2, len(words) - 1)
            if words[i] in POSSESSIVES
            and words[i - 1].isalpha()
            and words[i - 1].islower()
            and words[i - 2].lower() in ("a", "an", "the", "one", "another", "this", "that")
        ),
        None,
    )


def _could_be_subject(text: str, language: Language) -> bool:
    words = text.split()
    return bool(name_runs(text)) or any(
        w.lower() in language.pronouns or is_person_noun(w, language.code) or w.lower() in ORGANISATION_NOUNS
        for w in words[:4]
    )


def _is_a_name(text: str) -> bool:
    runs = name_runs(text)
    return bool(runs) and runs[0][0] == 0 and runs[-1][1] == len(text)


_COORDINATING = frozenset("but and mais et aber und men och og".split())
_PARTITIVE = re.compile(  # "One of them, a farmer …, said", "The first, a retired schoolteacher …, told"
    r"(?:one|another|two|three|some|the\s+(?:first|second|third|next|last))(?:\s+of\s+(?:them|those|the\s+\w+))?",
    re.IGNORECASE,
)
_NEGATION = frozenset("not never ne pas nicht nie inte aldrig ikke ikkje aldri".split())


def _starts_predicate(word: str, language: Language) -> bool:
    """Where a subject ends and its verb begins: an auxiliary, a negation, a verb."""
    bare = word.lower()
    return (
        bare in language.auxiliaries
        or bare in _NEGATION
        or bare.startswith(("n’", "n'"))
        or bool(speech_verbs(word, language.code))
        or (language.code == "en" and bare.endswith("ed"))
    )


def _names_a_person(words: tuple[str, ...]) -> bool:
    titles, name = person_words(words)
    return bool(name) and looks_like_a_person(name, titles) and not is_organisation(name)  # not "FC Hansa"


def _mentions(text: str, reader: Reader) -> list[str]:
    bodies = organisation_runs(text)
    found = [
        name for _, _, words in bodies if (name := registered_organisation(words, reader.registry, reader.language))
    ]
    reader.here.extend(name for name in found if name not in reader.here)  # "des Landesamts für …"
    owners: list[str] = []  # people mentioned by a possessive only
    for start, end, words in name_runs(text):
        if any(lo <= start and end <= hi and (lo, hi) != (start, end) for lo, hi, _ in bodies):
            continue  # "National Center" of the National Center for Disease Control, of The Route 9 Neighbors …
        if len(words) > 1 and words[0].lower() in _PLACES_OF_BUSINESS:
            continue  # "das Hotel Crest": a place named after someone, not them
        if _NOT_RELATED.search(text[:start]):
            continue  # "Han är inte släkt med Sara Lindqvist": who is spoken of is not the one meant next
        if len(words) == 1 and _FAMILY.match(text[end:]):
            continue  # "the youngest of the Guerrero boys": the family, not the Guerrero just named
        which = (text[:start].split() or [""])[-1]
        elder = reader.by_age(words[0], younger=which == "younger") if which in WHICH_OF_TWO else None
        if elder:  # "The elder Kessler shook his head": the father, not the Kessler named last
            found.append(elder)
            continue
        owned = without_possessive(words)  # "Rooke’s views": Rooke is mentioned
        possessive, words = owned != words, owned
        of_a_body = reader.registry.people.get(person_of_a_body(words) or "")  # "Verena Kofler von der Hochschule"
        organisation = registered_organisation(words, reader.registry, reader.language) if not of_a_body else None
        person = of_a_body or reader.registry.people.get(clean_name(words) or "")
        if not organisation and not (person and not person.organisation):  # "Gemeinderat Günter Albrecht": him
            organisation = reader.registry.organisation_in(words)
        if organisation:
            found.append(organisation)
            if organisation not in reader.here:
                reader.here.append(organisation)
            continue
        employer = employer_in_titles(words, reader.registry, reader.language)
        if employer:
            found.append(employer)
        name = clean_name(words)
        if not name:
            continue
        role = text[:start].split()[-1:]  # "Le conseiller Gagnon": a man, though a woman Gagnon spoke last
        gender = role_gender(role[0], reader.language.code) if role and role[0].islower() else None
        lone = reader.by_surname(name, gender) if " " not in name else None  # of a family: the one just named
        person = (
            reader.registry.people.get(name)
            or lone
            or reader.registry.by_word(name.split()[-1], here=tuple(reader.here))
        )
        if person and (" " in name or person.surname == name or person.first == name):
            (owners if possessive else found).append(person.name)
            if " " in name:
                reader.by_first.discard(person.name)  # named in full again: the surname may be theirs
            if " " in name and person.name not in reader.here and not possessive:  # ("Daniel Reyes's sister"
                reader.here.append(person.name)  # is not whom a later "Reyes said" is about)
    return owners + found  # "Delacroix-Hale … picked up the assist on Luka Brennan’s goal": he is the latest


def attribute_quote(text: str, mask: str, span: Span, bounds: tuple[int, int], nxt: str, reader: Reader):
    lo, hi = bounds
    before = mask[lo : max(lo, span.start - 1)]
    after_start = span.end + (0 if span.open else 1)
    after = mask[after_start:hi] if after_start < hi else ""
    if not after.strip(" ,") and nxt:
        after = after + nxt
    if (
        text[span.start : span.end].rstrip().endswith(".")
        and re.match(r"\s*[A-ZÀ-Þ]", after)
        and not _WHAT_SAYS.match(after)
    ):
        after = ""  # “… cooperating fully.” Prosecutors have said …: the next sentence, not an attribution
    quote = Quote(before, after, mask[lo:hi], text[span.start : span.end])
    cue = term_cue(quote.text, before, after, reader.language)
    if cue:
        return Attribution(TERM, None, cue)
    speech_context = False
    document = None
    reader.aside = _named_aside(quote.sentence, reader)  # for this quote's pronouns only
    said_of = _SAID_OF.match(quote.after)  # "“I tell her to stay,” Sheehy said of his daughter": not her words
    reader.quoted, reader.said_of = quote.text, said_of.group(1).lower() if said_of else ""
    try:
        for name, rule in RULES:
            phrase = rule(quote, reader)
            if phrase is None:
                continue
            presented = re.search(r"\bpaper\s+(?:presented|submitted|prepared|published)\b", phrase) or re.fullmatch(
                r"(?:the|this|their|her|his)\s+(?:new\s+|latest\s+)?paper", phrase.strip(), re.IGNORECASE
            )  # no newspaper: "according to the paper" in a study's story
            if OUTLET.search(phrase) and not name_runs(OUTLET.sub("", phrase)) and not presented:
                return Attribution(SPEECH, None, "an outlet's report")  # not the words of anyone named
            speaker = _nordic_office(phrase, quote, reader) if rule is according_to else None
            said = rule is before_verb and (
                _gender_after_verb(quote.before, reader) or _gender_in_subject(quote.before, reader)
            )
            reader.said_gender = said or None
            try:  # "The former partner … said he was “…”": not the woman named last
                speaker = speaker or reader.resolve(phrase)
            finally:
                reader.said_gender = None
            if rule is before_verb and speaker in reader.registry.people:
                speaker = _unnamed_by_choice(phrase, speaker, quote.before, reader) or speaker
            if rule is according_to and phrase.split()[0].lower() in _RECORDS:
                speaker = None  # "according to figures from the district": the district's, not "figures"
            if not speaker and rule is according_to and OUTLET.search(phrase):
                speaker = organisation_name(phrase.split(), reader.language)  # "according to the Aldine Courier"
            if not speaker and rule is according_to:
                speaker = _body_as_source(phrase, reader)  # "Laut Arbeitsmarktservice", "the Vestkyst county council"
            if not speaker and rule is according_to:
                document = _document_source(phrase, reader)  # "according to court records": unless someone speaks
                if document and re.match(r"[\s,]*according\s+to\s", quote.after):
                    return Attribution(SPEECH, document, "according to a document")  # “…,” according to records
            if rule is before_verb and not speaker:
                words = len(quote.text.split()) > 1 or phrase[:1].isupper()  # one word after "posted" may be anything
                speech_context = speech_context or (words and bool(speech_verbs(quote.before, reader.language.code)))
                continue
            speech_context = True
            pronoun = bool(phrase.split()) and phrase.split()[0].lower() in reader.language.pronouns
            own = _named_in_own_words(quote.text, phrase, reader) if pronoun else None
            speaker = own or speaker  # “It's Odalys. Odalys Ferrante. …,” she said
            if not speaker and rule is after_verb_subject:  # “…,” said one of them, who would give only her first
                speaker = _self_introduced(quote.after, reader)  # name, Barb: whoever "one of them" is, Barb
            if speaker:
                speaker = _self_named(speaker, f"{quote.before} {quote.after}", reader)
                speaker = _not_the_one_named_inside(speaker, phrase, quote.text, reader)
                looked = quote.after if speaker not in phrase else ""  # (not when the attribution names them in full)
                speaker = _not_the_spouse_spoken_of(speaker, quote.text, reader, looked)
                _identify(phrase, speaker, quote.sentence, reader)
                vague = pronoun or speaker not in reader.registry.people or not name_runs(phrase)
                return Attribution(SPEECH, speaker, name, vague)
            last = reader.registry.people.get(reader.speaker or "")
            gendered = pronoun and reader.language.pronouns.get(phrase.split()[0].lower())
            if pronoun and not (gendered and last and last.organisation):  # "Han" is no ministry
                return Attribution(SPEECH, reader.speaker, name + ", pronoun of whoever spoke last", True)
    finally:
        reader.aside = set()
    if document:
        return Attribution(SPEECH, document, "according to a document")
    inside = _attributed_inside(quote, reader)  # « Nous sommes inquiets, reconnaît Isabelle Fournier. Les … »
    if inside:
        return Attribution(SPEECH, inside, "inside the quote")
    own = _OWN_ACCOUNT.search(quote.before)
    if own:  # "Dr. Felix Amann hat nach eigenen Angaben bislang „eine Handvoll Fälle“ gesehen"
        words = quote.before[: own.start()].split()
        verb = _first_auxiliary(words, reader.language) or len(words)
        speaker = reader.resolve(" ".join(words[:verb])) if 0 < verb <= 8 else None
        if speaker:
            return Attribution(SPEECH, speaker, "by their own account")
    speech_context = speech_context or reports_speech(quote.sentence, reader.language)
    auxiliary = auxiliary_before(quote.before, reader.language) if not speech_context else None
    if auxiliary is not None:  # "le RFC Hervelange a « condamné … »"
        head = quote.before[:auxiliary]
        claimed = _THAT_CLAUSE.search(head)  # "Garnier entend démontrer que le fonds a « … »": whoever claims it,
        subject = None if claimed else _subject_before(head, reader.language, whole=False)  # said around it
        return Attribution(SPEECH, reader.resolve(subject) if subject else None, "the subject of the verb it goes on")
    if not speech_context and not (span.starts_paragraph or span.open) and looks_like_term(quote.text):
        return Attribution(TERM, None, "looks like a term")
    return Attribution(SPEECH, None, "")


def _unnamed_by_choice(phrase: str, speaker: str, before: str, reader: Reader) -> str | None:
    """'Skolans rektor, som inte vill medverka med namn, säger …', 'The caller, a man walking his dog,
    reported …': someone the article does not name, not the person named before whom the role would
    otherwise mean."""
    person = reader.registry.people[speaker]
    at = before.find(phrase)
    clause = _CLAUSE_AFTER.match(before, at + len(phrase)) if at >= 0 and not person.organisation else None
    if not clause or re.search(rf"\b{re.escape(person.surname)}\b", phrase):
        return None
    _, words = split_determiner(phrase.split(), reader.language)
    words = words[1:] if len(words) > 1 and owns(words[0], reader.language.code) else words  # "Skolans rektor"
    new = _SOMEONE_NEW.match(clause.group(0))  # (not "The mayor, a woman …": Mayor Roe)
    new = new and words and not has_label(person, reader.head_of(" ".join(words)), reader.language.code)
    if not words or not (ANONYMITY.search(clause.group(0)) or new):
        return None  # (not "The mayor, citing officials who were not authorized to speak, said": Mayor Roe)
    return reader.described(INDEFINITE, words)


# the clause right after a subject that says who they are: ", som inte vill …,", ", a man walking his dog,"
_CLAUSE_AFTER = re.compile(r",\s+(?:who|som|der|die|qui|an?|ein|eine|un|une|en|ett|et|ei)\s[^,]*")


_SOMEONE_NEW = re.compile(  # ", a man walking his dog", ", a 52-year-old woman": an appositive bringing someone in
    rf",\s+(?:an?|ein|eine|un|une|en|ett|et|ei)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(ANYBODY))})\b",
    re.IGNORECASE,  # ("eine Frau")
)


_OWN_ACCOUNT = re.compile(  # the subject's own words: "nach eigenen Angaben", "by her own account"
    r"\b(?:nach\s+eigenen\s+Angaben|eigenen\s+Angaben\s+zufolge|nach\s+eigener\s+(?:Aussage|Darstellung)|"
    r"by\s+(?:his|her|their)\s+own\s+account|de\s+son\s+propre\s+aveu|selon\s+ses\s+(?:dires|propres\s+mots)|"
    r"enligt\s+egen\s+(?:uppgift|utsago)|efter\s+eget\s+udsagn|etter\s+eget\s+utsagn)\b"
)


_SURNAME_ENDINGS = ("sen", "son", "gren", "ström", "berg", "qvist", "lund")


def _nordic_office(phrase: str, quote: Quote, reader: Reader) -> str | None:
    """'Ifølge Statsforvalteren', 'enligt Länsstyrelsen': a definite noun capitalised after the cue is
    an office's name (a role there would be written 'ifølge rektoren')."""
    word = phrase.strip()
    if reader.language.code not in NORDIC or " " in word or not word[:1].isupper() or quote.sentence.startswith(word):
        return None
    if word.lower().endswith(_SURNAME_ENDINGS) and not word.lower().endswith(NORDIC_BODIES):
        return None  # Hansen, Olofsson, Lindgren: a surname (not Länsstyrelsen, Polisen)
    person = reader.registry.people.get(word) or reader.registry.by_word(word)  # (not "Enligt Olofsson")
    definite = word.lower().endswith(("en", "et", "na")) and len(word) > 6  # (not "Enligt Lindqvist")
    if (person and not person.organisation) or first_name_gender(word) is not False or not definite:
        return None
    return reader.registry.add(word, organisation=True).name


_LABEL_BEFORE = re.compile(  # "said the woman, Margaret Oyler", "said the teenager, a bantamweight named Chloe Mair"
    r"\b(?:[Tt]he|[Dd]er|[Dd]ie|[Ll]e|[Ll]a)\s+([\w-]+),\s+(?:an?\s+[\w-]+(?:\s+[\w-]+)?\s+named\s+)?"
    r"(?:[A-Z][\w·.]*\s+)?$"
)


_NAME = r"([A-ZÀ-Þ][\w-]+(?:\s+[A-ZÀ-Þ][\w-]+){0,2})"
_GIVES_NAME = re.compile(  # "…, sagt der Mann, der sich als Uwe Brinkhoff vorstellt"
    rf",?\s+(?:who\s+(?:identified|introduced)\s+(?:himself|herself|themselves)\s+(?:only\s+)?as\s+{_NAME}|"
    rf"who\s+(?:would\s+)?(?:only\s+)?(?:gave|gives|give)\s+(?:only\s+)?(?:his|her|their)\s+(?:full\s+|first\s+)?"
    rf"name(?:\s+only)?(?:\s+as\s+|,\s+){_NAME}|"
    rf"who\s+asked\s+to\s+be\s+identified\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+first\s+name,?)\s+{_NAME}|"
    rf"(?:der|die)\s+sich\s+als\s+{_NAME}\s+vorstell|qui\s+se\s+présente\s+comme\s+{_NAME}|"
    rf"qui\s+dit\s+s['’]appeler\s+{_NAME}|som\s+presenterar\s+sig\s+som\s+{_NAME})"
)


def _self_introduced(sentence: str, reader: Reader) -> str | None:
    """'One fan, who gave his name only as Tony, …': whom the sentence's unnamed someone names himself."""
    gives = _GIVES_NAME.search(sentence)
    name = next((g for g in gives.groups() if g), "") if gives else ""
    person = reader.registry.people.get(name) if " " in name else reader.registry.by_word(name) if name else None
    if person and not person.organisation:
        return person.name
    return name if name and " " not in name and first_name_gender(name) else None


def _named_in_own_words(text: str, phrase: str, reader: Reader) -> str | None:
    """Who a quote's opening names as its speaker, if the pronoun that says it fits: “It's Odalys.
    Odalys Ferrante. …,” she said."""
    own = OWN_NAME.match(text)
    person = reader.registry.people.get(own.group("name")) if own else None
    gender = reader.language.pronouns.get(phrase.split()[0].lower())
    return person.name if person and not person.organisation and person.gender in (gender, None) else None


def _self_named(speaker: str, after: str, reader: Reader) -> str:
    """'sagt der Mann, der sich als Uwe Brinkhoff vorstellt': the one unnamed so far names himself."""
    named = _self_introduced(after, reader) if speaker not in reader.registry.people else None
    if not named:
        return speaker
    reader.identified.setdefault(speaker, named)
    reader.mention(named)
    person, age = reader.registry.people.get(named), AGED.match(speaker)
    if person and age:  # "Ein 54-Jähriger …": later "so der 54-Jährige"
        person.labels |= age_labels(age.group(1))
    return named


def _identify(phrase: str, speaker: str, sentence: str, reader: Reader) -> None:
    """“…,” said the woman, Margaret Oyler: the woman quoted unnamed before is Margaret Oyler."""
    at = sentence.find(phrase.split(", ")[-1])
    label = _LABEL_BEFORE.search(sentence[max(0, at - 60) : at]) if at > 0 else None
    person = reader.registry.people.get(speaker)
    if not label or not person or person.organisation:
        return
    last = reader.speaker if reader.speaker and reader.speaker not in reader.registry.people else None
    just_now = last and last == reader.unnamed_here and is_person_noun(reader.head_of(last), reader.language.code)
    generic = label.group(1).lower() in ANYBODY or just_now  # the unnamed one this paragraph quoted
    described = last if generic and last else reader.unnamed.get(label.group(1).lower())  # "the woman": who spoke
    gender = reader.gender_of_unnamed(described) if described else None
    if described and described not in reader.anonymous and (not gender or person.gender in (gender, None)):
        reader.identified.setdefault(described, speaker)


_MY_HUSBAND = re.compile(
    r"\b(?:my\s+husband|mein(?:em)?\s+Mann|mon\s+mari|min\s+(?:man|mand|mann)|mannen\s+min)\b", re.IGNORECASE
)
_MY_WIFE = re.compile(
    r"\b(?:my\s+wife|mein(?:e|er)\s+Frau|ma\s+femme|min\s+(?:fru|kone|hustru)|kona\s+mi)\b", re.IGNORECASE
)


def _looking_at(spouse: str) -> re.Pattern:
    """A spouse the attribution turns or looks to: "glisse Girard en regardant son mari", "…, said Roe,
    turning to his wife" (not "her husband added", not "pointing to her husband's grave")."""
    looks = (
        r"(?:(?:turning|turned|looking|looked|glancing|glanced|nodding|nodded)\s+(?:to|at|toward|towards)|"
        r"regardant|se\s+tournant\s+vers|(?:blickt|schaut|sieht)\s+(?:zu|auf)|(?:tittar|ser|kigger)\s+på|(?:nickar|nikker)\s+(?:mot|mod|åt))"
    )
    return re.compile(rf"^[^.!?«»“”„]{{0,60}}?\b{looks}\s+(?:{spouse})\b", re.IGNORECASE)


_TO_HER_HUSBAND = _looking_at(r"her\s+husband|ihrem\s+Mann|son\s+mari|sin\s+(?:man|mand|mann)")
_TO_HIS_WIFE = _looking_at(r"his\s+wife|seiner\s+Frau|sa\s+femme|sin\s+(?:fru|kone|hustru)")


_RECORDS = frozenset(  # what a source may be besides a person or body: "according to court records"
    "records documents filings figures data statistics numbers transcript complaint indictment".split()
)


_SOURCES_OF_RECORD = DOCUMENTS | _RECORDS


def _document_source(phrase: str, reader: Reader) -> str | None:
    """Who or what 'according to' a document names: its issuer ('figures from the district'), else
    the document itself ('court records', 'the complaint')."""
    if reader.language.code != "en":
        return None  # (a Nordic "ifølge rapporten" is the report's issuer, found by the reader)
    issued = re.search(r"\s(?:from|by|of)\s+(.+)$", phrase)
    issuer = reader.resolve(issued.group(1)) if issued else None
    if issuer:
        return issuer
    words = phrase.split()
    at = next((i for i, w in enumerate(words) if w.lower() in _SOURCES_OF_RECORD), None)
    words = words[: at + 1] if at is not None else []  # "court documents (filed Tuesday)"
    document = words and all(w.islower() for w in words)
    return " ".join(w for w in words if w.lower() not in ("the", "a", "an")) if document else None


def _not_the_spouse_spoken_of(speaker: str, text: str, reader: Reader, after: str = "") -> str:
    """'„Mein Mann hat da leicht reden“, sagte Brandt' is Sabine Brandt, not Uwe: who speaks of her
    husband (or, in the attribution `after` the quote, looks at him) is the one of the family of the
    other gender."""
    person = reader.registry.people.get(speaker)
    husband = _MY_HUSBAND.search(text) or _TO_HER_HUSBAND.search(after)
    spoken_of = MALE if husband else FEMALE if _MY_WIFE.search(text) or _TO_HIS_WIFE.search(after) else None
    if not person or person.organisation or not spoken_of or person.gender != spoken_of:
        return speaker
    family = [
        p.name
        for p in reader.registry.people.values()
        if p is not person and not p.organisation and p.surname == person.surname and p.gender not in (spoken_of, None)
    ]
    return family[0] if len(family) == 1 else speaker


def _not_the_one_named_inside(speaker: str, phrase: str, text: str, reader: Reader) -> str:
    """Of two people a bare surname may mean, not the one the quote itself names: '– Terje og jeg er
    uenige om det meste, sier Lunde' is Kari Lunde; '”Jonatan har fel”, säger Hammarlund' is Elsa."""
    person = reader.registry.people.get(speaker)
    runs = name_runs(phrase)
    bare = len(runs) == 1 and runs[0][2] == (person.surname,) if person else False  # "Lunde", "Mme Aubin" is not
    if not person or person.organisation or not bare or " " not in person.name:
        return speaker
    if not re.search(rf"\b{re.escape(person.first)}\b", text):
        return speaker
    others = [
        p.name
        for p in reader.registry.people.values()
        if p is not person
        and not p.organisation
        and p.surname == person.surname
        and " " in p.name
        and not re.search(rf"\b{re.escape(p.first)}\b", text)
    ]
    return others[0] if len(others) == 1 else speaker


def _attributed_inside(quote: Quote, reader: Reader) -> str | None:
    """The attribution a French quote holds between commas, inside its marks: « Nous sommes
    inquiets, reconnaît Isabelle Fournier, directrice de l'école. Les effectifs baissent. »"""
    if reader.language.code != "fr":
        return None
    for verb in speech_verbs(quote.text, reader.language.code):
        if quote.text[: verb.start].rstrip().endswith(","):
            inside = Quote("", quote.text[verb.start :], quote.sentence, "")
            phrase = after_verb_subject(inside, reader)
            speaker = reader.resolve(phrase) if phrase else None
            if speaker and speaker.split()[0].lower() not in reader.language.pronouns:
                return speaker
    return None


_ADJUNCT = re.compile(
    r"^\s*(?:under|asked|pressed|questioned|cross-examined|after|before|during|unlike|like|when|while|as|in|at|on)\s",
    re.IGNORECASE,
)


def _named_aside(sentence: str, reader: Reader) -> set[str]:
    """People named in an opening phrase before a pronoun subject: 'Under cross-examination by Sarah
    Whitlock, for Neil Lyle, he accepted …' (he is neither)."""
    if not _ADJUNCT.match(sentence):
        return set()
    words = sentence.split()
    at = next((i for i, w in enumerate(words) if w.lower() in reader.language.pronouns and i), None)
    phrase = OPENING_PHRASE.match(sentence)  # "Asked whether Falconer would play, the 51-year-old said"
    if at is None and not phrase:
        return set()
    opening = " ".join(words[:at]) if at is not None else phrase.group()
    named = (reader.person_named(" ".join(run)) or _known_by_surname(run, reader) for _, _, run in name_runs(opening))
    return {p for p in named if p}


def _known_by_surname(run: tuple[str, ...], reader: Reader) -> str | None:
    person = reader.registry.by_word(run[0]) if len(run) == 1 else None
    return person.name if person and not person.organisation else None


def attribute_paragraph(text: str, mask: str, spans: list[Span], reader: Reader) -> list[Attribution]:
    """Kind and speaker for each quote of one paragraph (`mask`: as `masked` reads it), in reading order."""
    bounds = sentences(mask)
    code = reader.language.code
    results: list[Attribution | None] = [None] * len(spans)
    opening_speaker = reader.speaker
    known = set(reader.recent)  # who the article had mentioned before this paragraph
    reader.before = reader.here[:]  # who the paragraph before named in full
    reader.here.clear()
    reader.people_grouped = False
    reader.topic = reader.they = reader.unnamed_here = None
    reader.met_here.clear()
    reader.answering = bool(_ANSWER.match(mask))
    reported: str | None = None
    reported_from = 0
    reporting: tuple[int, int, int] | None = None  # the latest sentence without quotes that found a speaker
    mentioned: set[str] = set()  # people the paragraph names before its first quote
    quotes_of = [  # the quotes each sentence holds
        [i for i, s in enumerate(spans) if lo <= s.start < hi or (index == len(bounds) - 1 and s.start >= hi)]
        for index, (lo, hi) in enumerate(bounds)
    ]
    for index, (lo, hi) in enumerate(bounds):
        inside = quotes_of[index]
        first_quote = spans[inside[0]].start if inside else hi
        here_before = len(reader.here)
        labelled = reader.labelled(mask[lo:first_quote])
        if labelled:  # "Die Kanzlerin zeigte sich unbeeindruckt. „…“, sagte sie."
            reader.mention(labelled)
            runs = name_runs(mask[lo:first_quote])  # (not "Sa fille l'interrompt": "Sa" is no one's name here)
            named = any(_names_a_person(r[2]) and not (len(r[2]) == 1 and r[2][0].lower() in POSSESSIVES) for r in runs)
            if not any(r for r in results if r) and not named:
                mentioned.add(labelled)  # "Storesøsteren flirer. «Hun blir.»": hers (not "Ihr Sohn Peter M.")
        for name in _mentions(mask[lo:first_quote], reader):
            reader.mention(name)
            if not any(r for r in results if r) and name in reader.registry.people:
                mentioned.add(name)
        if labelled and OPENING_PHRASE.match(mask[lo:first_quote]):  # the subject, not whom the phrase before it
            reader.mention(labelled, again=True)  # names: "Asked what he would say to Harlan, the 58-year-old paused."
        reader.note_groups(mask[lo:hi])
        reader.note_introduced(mask[lo:hi])
        for issued in _DOCUMENT_FROM.finditer(mask, lo, hi):  # "a letter from Brookfield Council"
            issuer = _issuer(issued, mask[:hi])
            if issued.group(1).lower() not in DOCUMENTS or issuer.endswith(("'s", "’s")):
                continue  # (an owner without the role it owns)
            described = issuer.endswith(ISSUING_GROUPS) or re.search(r"['’]s\s", issuer)  # (no one to resolve)
            found = issuer if described else reader.resolve(issuer)
            if found:  # "… by council officers. The report warned"
                reader.documents[issued.group(1).lower()] = found
        for plaintiff in _SUED.findall(mask[lo:hi]):  # "Coastline Mutual has sued …": "the lawsuit alleges" is theirs
            if found := reader.resolve(plaintiff):
                reader.documents.update(dict.fromkeys(("lawsuit", "suit"), found))
        nxt = mask[bounds[index + 1][0] : bounds[index + 1][1]] if index + 1 < len(bounds) else ""
        told = speech_verbs(mask[lo:hi], code) and not _said_by_a_pronoun(mask[first_quote:hi], reader)
        newcomer = _self_introduced(mask[lo:first_quote], reader) if inside else None  # "…, who gives his name …"
        newcomer = newcomer or (_introduced(mask[lo:first_quote], reader) if inside and not told else None)
        if newcomer:  # "Un voisin retraité, qui …, a été réveillé par « … »": his words, and his "il" next
            reported = reader.speaker = newcomer
            reader.mention(newcomer)
        for i in inside:
            results[i] = attribute_quote(text, mask, spans[i], (lo, hi), nxt, reader)
            if results[i].speaker:
                reader.speaker = results[i].speaker
                reader.mention(results[i].speaker)
                if reader.speaker not in reader.registry.people:
                    reader.unnamed_here = reader.speaker  # "A 19-year-old amateur … said": for "the teenager, …"
                _note_speaker(mask[lo:hi], results[i].speaker, reader)  # "he said in a statement"
                said = _gender_after_verb(mask[lo:first_quote], reader)  # "the witness said she was “…”"
                reader.note_gender(results[i].speaker, said)
        unattributed = inside and not newcomer and results[inside[0]].kind == SPEECH and not results[inside[0]].speaker
        if unattributed and (before_quote := _reported_before(mask[lo:first_quote], reader)):
            reported = before_quote  # "…, a précisé le procureur, Thierry Vasseur, qui appelle à « … »"
        if inside and not newcomer and all(results[i].kind == TERM for i in inside):
            newcomer = _introduced(  # "a man in his fifties … held a sign reading “…”"; "The woman who … the word “…”"
                mask[lo:first_quote], reader, definite=not mentioned and index == 0
            )
            if newcomer:
                reported = reader.speaker = newcomer
                reader.mention(newcomer)
        for name in _mentions(mask[first_quote:hi], reader):
            reader.mention(name)
        reporter = results[inside[-1]] if inside else None
        if reporter and reporter.speaker and reporter.rule == BEFORE_VERB:
            reader.mention(reporter.speaker, again=True)  # "the Premier said she would “…” until … Mrs Tran's death"
        if not inside:
            speaker = _self_introduced(mask[lo:hi], reader) or _reported_speaker(
                mask[lo:hi], reader, definite=not mentioned
            )
            about_one = all(_opens_on_pronoun(mask[a:b], reader) for a, b in bounds[1:])  # "… en mann. Han vil …"
            named = _people_in(mentioned, reader)  # (not "På Hvidø …": a body's town)
            if not speaker and not spans and index == 0 and about_one and code in _VERB_SECOND and not named:
                speaker = _someone_after_the_verb(mask[lo:hi], reader)  # "På kaia venter en pensjonist."
            told_next = index + 1 < len(bounds) and quotes_of[index + 1] and _opens_on_pronoun(nxt, reader)
            if not speaker and told_next and code in _VERB_SECOND:  # "… sidder en ung mand. Han blander sig: »…«"
                speaker = _someone_after_the_verb(mask[lo:hi], reader)
            quoted = not speaker and code in _VERB_SECOND and index + 1 < len(bounds) and quotes_of[index + 1]
            said = _gender_after_verb(nxt, reader) if quoted else None
            if said:  # "… war ein älterer Herr. «…», sagte er."
                speaker = _someone_after_the_verb(mask[lo:hi], reader, said)
            if not speaker and not spans and len(bounds) == 1 and code in _VERB_SECOND:  # "Den pulje har Birthe
                named = _people_in(mentioned, reader)  # Jensen ikke meget …"
                speaker = named[0] if len(named) == 1 else None
            quoted_next = any(quotes_of[index + 1 : index + 3])  # "Un homme … patiente. Il s'est blessé … « … »"
            if not speaker and quoted_next:  # "En pappa med två barn stod utanför." then "”…”, sa han"
                unnamed = ANONYMITY.search(mask[lo:hi])  # "The older man, who declined to give his name"
                speaker = _introduced(mask[lo:hi], reader, definite=(not mentioned and index == 0) or bool(unnamed))
            subject = (_opens_on_someone(mask[lo:hi], reader) or labelled) if not speaker else None
            if not speaker and not subject:  # "… », souffle Patrick Henrion. …, sa femme, Sandrine Henrion, se tait."
                speaker = _named_between_quotes(
                    reader.here[here_before:], results, quotes_of[index + 1 : index + 2], reader
                )
            if subject:
                reader.topic = subject  # "Robin, 21, was not so sure. “…,” she said."
                if _REACTS.search(mask[lo:hi]):  # "“…,” sagt Dieter Ranft. Seine Frau schüttelt den Kopf. „…“": hers
                    speaker = _named_between_quotes([subject], results, quotes_of[index + 1 : index + 2], reader)
            if speaker:
                reported = reader.speaker = reader.topic = speaker
                reported_from = sum(1 for q in spans if q.start < hi)  # the quotes after it continue it
                reporting = (lo, hi, index)  # the quotes of the next sentence may be its source's words
                reader.mention(speaker)
                _note_speaker(mask[lo:hi], speaker, reader)  # "In a statement, crew chief Dwayne Maxfield said …"
                if " " in speaker and speaker not in reader.here:  # "Her husband said …": then "Okafor said"
                    reader.here.append(speaker)
    _named_next(results, spans, bounds, mask, reader, known)
    final = [r or Attribution(SPEECH, None) for r in results]
    _label_the_one_named(mask, bounds, spans, final, reader)
    for i, result in enumerate(final):  # ‘That’s one,’ she says. ‘Eighteen to go.’
        if result.rule != "looks like a term":
            continue
        spoken_before = any(r.kind == SPEECH and r.speaker for r in final[:i])
        if (spoken_before and _starts_sentence(mask, spans[i])) or _sourced_by(
            reporting, i, quotes_of, text, mask, spans, reader
        ):
            final[i] = Attribution(SPEECH, None)
    people = _people_in(mentioned, reader)
    _fill_continuations(final, reported or (people[0] if len(people) == 1 else None), opening_speaker, reported_from)
    return final


def _sourced_by(reporting, i: int, quotes_of, text: str, mask: str, spans: list[Span], reader: Reader) -> bool:
    """Whether quote i, in a sentence after one that says whom it reports, is that source's words:
    'Ifølge Statens vegvesen … Veien blir stengt «i minst to uker».' (not a name, not after an
    article: 'Området er kjent som en «flaskehals»', 'has long been a "hotspot"')."""
    if reporting is None or not any(i in quotes for quotes in quotes_of[reporting[2] + 1 :]):
        return False
    if not text[spans[i].start : spans[i].end].lstrip()[:1].islower():
        return False
    before = mask[: spans[i].start - 1].split()[-1:]
    if before and before[0].lower() in reader.language.indefinite | reader.language.definite:
        return False
    lo, hi, _ = reporting
    return bool(according_to(Quote(mask[lo:hi], "", mask[lo:hi], ""), reader))


def _people_in(names: set[str], reader: Reader) -> list[str]:
    """The people among registered names, not the bodies."""
    return [n for n in names if not reader.registry.people[n].organisation]


def _label_the_one_named(mask: str, bounds, spans: list[Span], results: list[Attribution], reader: Reader) -> None:
    """'Die Bürgermeisterin stellte sich den Fragen. „…“, sagte Sabine Kessler.': a paragraph that
    opens on a role nobody has, then quotes someone it names, gives them the role ('Die
    Bürgermeisterin wies das zurück' later is her)."""
    first_quote = min((s.start for s in spans), default=len(mask))
    openings = [split_determiner(mask[lo:hi].split()[:3], reader.language) for lo, hi in bounds if hi <= first_quote]
    heads = [rest[0].lower().strip(",.") for d, rest in openings if d == DEFINITE and rest]
    head = next((h for h in heads if is_person_noun(h, reader.language.code)), None)
    if not head:
        return
    if any(has_label(p, head, reader.language.code) for p in reader.registry.people.values()):
        return
    named = next((r.speaker for r in results if r.speaker), None)
    person = reader.registry.people.get(named) if named else None
    gender = role_gender(head, reader.language.code)
    named_here = person and not person.organisation and " " in person.name and person.name in mask[first_quote:]
    own_role = person and has_a_role(person)  # "Judge Anna Weber"
    if named_here and not own_role and (not gender or person.gender in (gender, None)):
        person.labels.add(person_head(head, reader.language.code))


def _starts_sentence(mask: str, span: Span) -> bool:
    before = mask[: max(span.start - 1, 0)].rstrip()
    return not before or before[-1] in ".!?:…" or before[-1] in '”“"’»«'


def _named_next(
    results: list[Attribution | None],
    spans: list[Span],
    bounds: list[tuple[int, int]],
    mask: str,
    reader: Reader,
    known: set[str],
) -> None:
    """A speaker given by a pronoun or a description and named in the very next sentence, for the
    first time: '„…“, erzählt er. Werner Stegmann, 71, …' · '‘…,’ she says. Her name is Bernadette Osei'."""
    for index in range(len(bounds) - 1):
        lo, hi = bounds[index]
        inside = [i for i, s in enumerate(spans) if lo <= s.start < hi and results[i] and results[i].speaker]
        if not inside or not all(results[i].vague for i in inside):
            continue
        following = mask[bounds[index + 1][0] : bounds[index + 1][1]]
        newcomer = first_named(following, reader)
        if not newcomer or newcomer in known:
            continue
        vague = results[inside[0]].speaker
        if vague.split()[0].lower() in ANONYMOUS or vague in reader.anonymous:
            continue  # a source who is not named stays unnamed: "Selon une source proche de l'enquête, …"
        body = reader.registry.people.get(vague)
        if body and body.organisation:
            continue  # "«…», skriver departementet. Statssekretær Eirik Bjørnstad …": the ministry wrote it
        if not may_be_named(vague, following, reader) or _named_here(vague, mask[:lo], newcomer, reader):
            continue
        for i, result in enumerate(results):
            if result and result.speaker == vague and (i in inside or (i < inside[0] and result.vague)):
                result.speaker, result.rule = newcomer, result.rule + ", named next"
        label_as(vague, newcomer, reader)  # "un éleveur de 52 ans … Didier Pouliquen …": later "l'éleveur" is him
        if reader.speaker == vague:
            reader.speaker = newcomer


def _named_here(speaker: str, before: str, newcomer: str, reader: Reader) -> bool:
    """'Albert Grieshaber steht … „…“, sagt er. Seine Frau Monika …': the pronoun's man, named before
    in the paragraph, is not the woman named next."""
    person, new = reader.registry.people.get(speaker), reader.registry.people.get(newcomer)
    if not person or person.organisation:
        return False
    other = bool(new and person.gender and new.gender and new.gender != person.gender)
    named = " " in person.name and bool(first_name_gender(person.first))  # a first name (not "Gang der Notaufnahme")
    return (other or named) and bool(re.search(rf"\b{re.escape(person.surname)}\b", before))


_REACTS = re.compile(  # someone answering a quote without words yet: then they speak
    r"\b(?:shook|shakes|nodded|nods|laughed|laughs|smiled|smiles|shrugged|shrugs|sighed|sighs|interrupted|"
    r"interrupts|disagreed|disagrees|objected|objects|was\s+(?:less|more|blunter)|schüttel\w*|nickt\w*|lacht\w*|"
    r"widerspr\w*|unterbr\w*|secoue\w*|hoche\w*|sourit|rit|interromp\w*|ryster|rystede|nikker|nikkede|nickar|"
    r"nickade|skakar|skakade|skrattar|skrattade|avbryter|avbröt|afbryder|afbrød|rister|ristet|ler|lo|"
    r"however|hingegen|dagegen|däremot|derimot|derimod|pour\s+sa\s+part)\b|,\s+(?:elle|lui|eux),"  # the other side
)
_THAT_CLAUSE = re.compile(r"\bque\b|\bqu['’]", re.IGNORECASE)
_OWNER = re.compile(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)[’']s((?:\s+[a-z][\w-]*){1,3})")


def _owns_the_subject(name: str, sentence: str, reader: Reader) -> bool:
    for owner in _OWNER.finditer(sentence):
        if reader.registry.organisation_in(tuple(owner.group(1).split())) == name:
            return any(is_person_noun(w, reader.language.code) for w in owner.group(2).split())
    return False


def _reported_speaker(sentence: str, reader: Reader, definite: bool = False) -> str | None:
    """Who a sentence without quotes reports as speaking: 'Roe said the plan was dead',
    'According to a senior aide, …' (the one a following quote most likely continues)."""
    quote = Quote(sentence, "", sentence, "")
    gender = _gender_after_verb(sentence, reader)
    for rule in (according_to, before_verb):
        phrase = rule(quote, reader)
        if not phrase:
            continue
        reader.said_gender = gender
        try:
            speaker = reader.resolve(phrase)
        finally:
            reader.said_gender = None
        if speaker and OUTLET.search(speaker) and rule is according_to:
            return None  # "Selon ce qu’a appris Le Courrier, …": an outlet reports, no one speaks
        if speaker:
            reader.note_gender(speaker, gender)
            return speaker
    return _introduced(sentence, reader, definite)


def _reported_before(text: str, reader: Reader) -> str | None:
    """Who the part of a sentence before a quote nobody is named for reports as speaking."""
    inverted = _inverted_report(Quote(text, "", text, ""), reader) if reader.language.code in ("fr", "de") else None
    return reader.resolve(inverted) if inverted else _reported_speaker(text, reader)


def _inverted_report(quote: Quote, reader: Reader) -> str | None:
    """The subject after a speech verb that closes reported speech (French, German): 'Une enquête
    était ouverte, a précisé le procureur, Thierry Vasseur, …'."""
    for comma in re.finditer(r",\s+", quote.sentence):
        after = quote.sentence[comma.start() :]
        verbs = speech_verbs(_without_auxiliary(_strip_lead(after), reader.language)[:40], reader.language.code)
        if verbs and verbs[0].start == 0:
            return _subject_after(quote.sentence[: comma.start()], after, reader)
    return None


def _subject_after(before: str, after: str, reader: Reader) -> str | None:
    """The subject after a clause-final speech verb, when it is a noun phrase or a name someone is."""
    phrase = after_verb_subject(Quote(before, after, before + after, ""), reader)
    determiner, _ = split_determiner(phrase.split()[:2], reader.language) if phrase else (None, [])
    return phrase if phrase and (determiner or phrase[:1].isupper()) and reader.resolve(phrase) else None


_PRESENCE = frozenset(  # verbs of being there: "Im Laden steht eine ältere Frau", "På kaia venter en pensjonist"
    """war ist steht stand sitzt saß wartet wartete kommt kam lehnt lehnte står stod sitter satt sidder sad
    väntar väntade venter ventet er var är kommer kom""".split()
)
_INDEFINITE_AFTER_VERB = re.compile(
    r"^\S+(?:\s+\S+){0,5}?\s+\w+\s+(?P<det>ein|eine|en|ett|et|ei)\s+(?P<rest>[^,.;:_]{3,80})"
)


def _someone_after_the_verb(sentence: str, reader: Reader, gender: str | None = None) -> str | None:
    """The person a scene-setting sentence of a verb-second language brings in after its verb:
    'På kaia i Skoravik venter en pensjonist med handlenett.', 'Hinter dem Tresen steht ein junger Mann.'
    With a `gender` (a pronoun's, after the next quote): a woman or a man who is there ('Unter den Zuschauern
    war ein älterer Herr mit Schal. «…», sagte er.'), not one the sentence tells of ('starb hier ein Mann')."""
    found = _INDEFINITE_AFTER_VERB.match(sentence.strip())
    words = found.group("rest").split() if found else []
    if not any(is_person_noun(w, reader.language.code) for w in words[:3]):
        return None
    if gender:
        there = _PRESENCE & {w.lower() for w in sentence[: found.start("det")].split()}
        sourced = cites_a_source(sentence, reader.language)  # "Ifølge
        if sourced or not there or gender not in {role_gender(w, reader.language.code) for w in words[:3]}:
            return None  # vagtchefen er de to tilskadekomne en mand og en kvinde"
    return reader.described(INDEFINITE, words[:12], found.group("det").lower())


def _note_speaker(sentence: str, speaker: str, reader: Reader) -> None:
    """What the sentence that gives a speaker says of them: that they asked not to be named ("One
    veteran Labour MP, who asked not to be named"), the documents they issued (later, "the statement
    said" is them)."""
    if speaker not in reader.registry.people and ANONYMITY.search(sentence):
        reader.anonymous.add(speaker)
    for document in _ISSUED_IN.findall(sentence):
        if document.lower() in DOCUMENTS:
            reader.documents[document.lower()] = speaker


_PLACES_OF_BUSINESS = frozenset("hotel restaurant pub café bakery brewery shop store".split())
_ANSWER = re.compile(r"\s*A\s*:\s")  # an interview's answer: "A: Money, mostly." (not "A. J. Brown")
_NOT_RELATED = re.compile(
    r"(?:\bnot?\s+relat(?:ed|ion)\s+to|\binte\s+släkt\s+med|\bikke\s+(?:i\s+)?(?:slekt|beslægtet|i\s+familie)\s+med|"
    r"\bingen\s+familie\s+med|\bnicht\s+verwandt\s+mit|\b(?:sans|aucun)\s+lien\s+(?:de\s+parenté\s+)?avec)"
    r"\s+(?:the\s+|den\s+|det\s+)?$"
)
_FAMILY = re.compile(r"\s+(?:boys|girls|brothers|sisters|siblings|children|kids|family|twins|household|clan)\b")


def _said_by_a_pronoun(text: str, reader: Reader) -> bool:
    """Whether the only attribution after a quote is a pronoun's ('«…», som han sier det', '“…,” she
    said'): the quote is of whoever the sentence before it introduced."""
    verbs = speech_verbs(text, reader.language.code)
    if len(verbs) != 1:
        return False
    near = text[max(0, verbs[0].start - 5) : verbs[0].start].split()[-1:] + text[verbs[0].end :].split()[:1]
    return any(_bare(w) in reader.language.pronouns for w in near)


def _opens_on_someone(sentence: str, reader: Reader) -> str | None:
    """The person known before whom a sentence opens on, in full or by one of their names (after a
    phrase of place or time: 'In the other locker room, Connor Marsh was less amused')."""
    opening = OPENING_PHRASE.match(sentence)
    sentence = sentence[opening.end() :] if opening else sentence
    runs = name_runs(sentence)
    if not runs or sentence[: runs[0][0]].strip():
        return None
    between = sentence[runs[0][1] : runs[1][0]].split() if len(runs) > 1 else []
    if 0 < len(between) <= 2 and all(is_role(w, reader.language.code) for w in between):
        runs = runs[1:]  # "Harbridge manager Lars Øvrebø, speaking …": the manager, not his club
    words = runs[0][2]
    person = reader.registry.people.get(" ".join(words)) if len(words) > 1 else reader.registry.by_word(words[0])
    return person.name if person and not person.organisation and (" " in person.name or person.gender) else None


def _bare(word: str) -> str:
    """A word without the punctuation after it: 'sagte er.' → 'er'."""
    return word.lower().strip(".,;:!?")


def _opens_on_pronoun(sentence: str, reader: Reader) -> bool:
    words = sentence.split()
    return bool(words) and words[0].lower() in reader.language.pronouns


def _gender_after_verb(sentence: str, reader: Reader) -> str | None:
    """The gender of a pronoun right after the sentence's speech verb: '… said she had …'."""
    verbs = speech_verbs(sentence, reader.language.code)
    after = [_bare(w) for w in sentence[verbs[-1].end :].split()[:2]] if verbs else []
    subjects = [w for w in after if w in reader.language.pronouns and w not in _OBJECT_PRONOUNS]
    return reader.language.pronouns[subjects[0]] if subjects else None  # (not "… called her “…”")


def _gender_in_subject(text: str, reader: Reader) -> str | None:
    """'Lindahl, a contractor who said he had toured …, told': the gender the subject's clause gives."""
    found = re.search(r"\bwho\s+(?:said|says|told\s+\w+)\s+(he|she)\b", text)
    return reader.language.pronouns.get(found.group(1)) if found and reader.language.code == "en" else None


_OBJECT_PRONOUNS = frozenset("him her them ihm ihr lui honom henne ham hende".split())


def _introduced(sentence: str, reader: Reader, definite: bool = False) -> str | None:
    """Someone new a sentence is about, described and unnamed: 'One Labour MP, who represents a seat
    in the north-west, was blunter.' (then “…,” the MP said); with `definite` (nobody named in the
    paragraph yet), 'The woman who lives next door saw the smoke first.'; someone who asks not to be
    named is no one named before ('Der IG-Sprecher, …, will seinen Namen nicht in der Zeitung lesen')."""
    heard = _HEARD_FROM.search(sentence) if reader.language.code == "en" else None
    heard = None if heard and _WHO_SAID.search(sentence, heard.end(1)) else heard  # "…, who said …": a rule's
    words = heard.group(2).split()[:12] if heard else []
    if any(is_person_noun(w, "en") for w in words[:3]):  # "The court heard from a nurse who …": she speaks next
        return reader.described(INDEFINITE, words, heard.group(1).lower())
    parts = _RELATIVE_CLAUSE.sub("", _DATELINE.sub("", sentence)).split(",")
    for n, part in enumerate(parts):  # the subject of the sentence, or of a clause: "…, and a physician had …"
        subject = _CONJUNCTION.sub("", part.strip()).split() if n else part.split()
        determiner, rest = split_determiner(subject, reader.language) if subject else (None, [])
        owned = [i for i, w in enumerate(subject[:3]) if not determiner and owns(w, reader.language.code)]
        of_a_body = bool(owned) and all(w[:1].isupper() for w in subject[: owned[0] + 1])
        if of_a_body:  # "Portside United's new head coach" (the body named is not who the sentence is about)
            determiner, rest = DEFINITE, subject[owned[0] + 1 :]  # "Kommunens tekniske direktør"
        elif _owned_newcomer(subject, parts[n + 1 : n + 2], reader.language):
            determiner, rest = DEFINITE, subject[1:]  # "Her deputy for the past 11 years, a …, watches her"
        nouns = rest[:3]
        if reader.language.code == "fr":  # "un ancien haut fonctionnaire" (not "La Ville entend lancer": a verb)
            after = [w for before, w in pairwise(nouns) if before.lower() in _FRENCH_BEFORE_NOUN]
            nouns = nouns[:1] + after
        someone = any(is_person_noun(w, reader.language.code) for w in nouns)
        if determiner == INDEFINITE and someone:
            named = (
                reader.person_named(_NAME_BEFORE_PLACE.sub("", parts[n + 1]).strip()) if len(parts) > n + 2 else None
            )
            return named or reader.described(INDEFINITE, rest[:12], subject[0].lower())  # "One analyst, Dan Park …,"
        unnamed = not any(reader.person_named(" ".join(run[2])) for run in name_runs(part))
        if (definite or of_a_body) and determiner == DEFINITE and someone and n == 0 and unnamed:
            named = (
                reader.person_named(parts[1].strip()) if len(parts) > 2 else None
            )  # "La présidente, Martine Gaudin,"
            determiner = INDEFINITE if ANONYMITY.search(sentence) else DEFINITE
            return named or reader.described(determiner, rest[:12], subject[0].lower())  # "The woman next door saw …"
        if n == 0 and not (OPENING_WORD.match(part) or TIME.match(part.strip()) or _THAT_TIME.match(part)):
            return None  # only clauses after an opening phrase ("By 2 p.m. on the third day, …")
    return None


def _named_between_quotes(named: list[str], results, quotes_next: list[list[int]], reader: Reader) -> str | None:
    """The one person a sentence between quotes names in full, when the quote before was someone else's
    and the next sentence quotes."""
    people = [n for n in named if not reader.registry.people[n].organisation]
    spoken = [r.speaker for r in results if r and r.kind == SPEECH and r.speaker]
    quoted_next = bool(quotes_next and quotes_next[0])
    return people[0] if len(people) == 1 and quoted_next and spoken and spoken[-1] != people[0] else None


def _owned_newcomer(subject: list[str], appositive: list[str], language: Language) -> bool:
    """'Her deputy for the past 11 years, a soft-spoken former fisherman, …': someone's role, and a
    description of someone new (not 'Sa porte-parole, Maud Carrère', not 'His colleague from Oregon')."""
    described = next(iter(appositive[0].split()), "") in language.indefinite if appositive else False
    owned = len(subject) > 1 and subject[0].lower() in POSSESSIVES and subject[1].lower() not in RELATION_GENDER
    return owned and described


_WHO_SAID = re.compile(r"\bwho\s+(?:said|says|told|tells|testified|added)\b")
_HEARD_FROM = re.compile(r"\b(?:heard\s+from|heard\s+evidence\s+from|spoke\s+to|talked\s+to)\s+(an?)\s+([^,;:_.]+)")
_CONJUNCTION = re.compile(r"^(?:and|but|while|und|aber|et|mais|och|men|og)\s+", re.IGNORECASE)
_THAT_TIME = re.compile(
    r"^\s*(?:ce\s+(?:matin|soir|jour)|cette\s+nuit|that\s+(?:morning|night|day)|an\s+diesem\s+\w+)", re.IGNORECASE
)


_BODY_NAME = r"[A-Z][\w&.’'-]*(?:(?<!\.)\s+(?:of|on|for|and|&|[A-Z][\w&.’'-]*))*"  # "Commission on Heat and Health"
_DOCUMENT_FROM = re.compile(  # "a letter from Brookfield Council", "a notice from the state Department of …"
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:\w+\s+)?(\w+),?\s+(?:(?:issued|released|published|commissioned|prepared|sent)"
    r"(?:\s+(?:last|this|on|in|earlier|\w+day|week|month|year)){0,3}\s+)?(?:from|by)\s+"
    rf"((?:the\s+)?(?:(?:state|federal|city|county)\s+)?{_BODY_NAME}|{ISSUING_GROUP}\b)"
)


def _issuer(issued: re.Match, text: str) -> str:
    """Who issued the document a `_DOCUMENT_FROM` match names: the body, a role it owns ('by the
    Transportation Department's inspector general') or a group ('a report by council officers')."""
    owner = issued.group(2).rstrip(".").removeprefix("the ")
    words = re.split(r"[,.;:]", text[issued.end() :], maxsplit=1)[0].split()[:2]  # "Smith's lawyer to …"
    role = list(takewhile(_IS_ROLE_WORD.fullmatch, words))
    return " ".join([owner, *role]) if role and owner.endswith(("'s", "’s")) else owner


_SUED = re.compile(
    rf"((?:[Tt]he\s+)?{_BODY_NAME}),?\s+(?:has\s+|have\s+|had\s+)?(?:sued|filed\s+(?:a\s+)?(?:lawsuit|suit))\b"
)
_ISSUED_IN = re.compile(
    r"\b(?:in|im|in einer|dans|i)\s+(?:a|an|his|her|its|their|a\s+written|einer|einem|un|une|ett|en|et)\s+(\w+)",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ .,'’-]+\s+[—–-]\s+")  # "MILLBROOK FALLS — "
_NAME_BEFORE_PLACE = re.compile(r"\s+(?:of|from|at|de|von|fra|från)\s+.*$")


def _fill_continuations(results: list[Attribution], context: str | None, opening: str | None, since: int = 0):
    """Speech nobody is named for takes the speaker of the quote before it in the paragraph (since
    the sentence that reported the paragraph's speaker, quote `since`), else the paragraph's
    reported speaker or the one person it names before its quotes ('Rooke’s views are brisk. On
    drum machines: “…”'), else the speaker of the quote after it, else whoever spoke last before."""
    for i, result in enumerate(results):
        if result.kind != SPEECH or result.speaker or result.rule == "an outlet's report":
            continue
        start = since if context and i >= since else 0  # "”…”, skriver klubben. Enligt tränaren Jonas Berglund …"
        earlier = [r.speaker for r in results[start:i] if r.kind == SPEECH and r.speaker]
        later = [r.speaker for r in results[i + 1 :] if r.kind == SPEECH and r.speaker]
        result.speaker = (earlier or [None])[-1] or context or (later or [None])[0] or opening
        result.rule = "continuation"


_THAT_SAYS = re.compile(  # "Det säger Ingrid Malm, rektor …", "Das sagte Anna Roth der dpa."
    r"^\s*(?:Det|Das|Dies|Så)\s+(\w+)\s+([^,.;:_]{3,80}?)"
    r"(?=,|\.|\s+(?:till|til|zu|gegenüber|i|på|der|dem|den|overfor|over\s+for|fra|från|vid|ved)\s|$)"
)


def _said_next(masks: list[str], results: list[list[Attribution]], reader: Reader) -> None:
    """A paragraph of quotes nobody is named for, attributed by the next one: '– Det kom som en
    chock.' then 'Det säger Ingrid Malm, rektor på Västerskolan, till SVT.' ('Das sagte Müller der dpa.')."""
    for k in range(1, len(masks)):
        said = _THAT_SAYS.match(masks[k])
        found = results[k - 1]
        if not said or not found or any(r.rule not in ("continuation", "") for r in found if r.kind == SPEECH):
            continue
        if not speech_verbs(said.group(1), reader.language.code):
            continue
        speaker = reader.resolve(said.group(2))
        for attribution in found:
            if attribution.kind == SPEECH and speaker:
                attribution.speaker, attribution.rule = speaker, "said in the next paragraph"


def _alternate_dialogue(paragraphs: list[str], results: list[list[Attribution]]) -> None:
    """Dash dialogue takes turns: '— Vous venez ici …, lance le jeune éleveur.' '— Je ne vous
    explique rien, répond Ferrand.' '— Votre aide, elle ne ramène pas nos brebis.' (the farmer again)."""
    for k in range(2, len(paragraphs)):
        if not all(DIALOGUE.match(paragraphs[j]) and results[j] for j in (k - 2, k - 1, k)):
            continue
        current = results[k][0]
        if current.kind != SPEECH or current.rule not in ("continuation", ""):
            continue
        before, last = results[k - 2][-1].speaker, results[k - 1][-1].speaker
        if before and last and before != last:
            current.speaker, current.rule = before, "dialogue takes turns"


def attribute(paragraphs: list[str], spans: list[list[Span]], language: str) -> list[list[Attribution]]:
    """Attribution for every paragraph's quotes, reading the article from the start; then
    speakers first described and named later get their names."""
    masks = [masked(p, s) for p, s in zip(paragraphs, spans, strict=True)]
    reader = Reader(LANGUAGES[language], register(masks, language, paragraphs))
    label_the_lede(masks, reader)
    results = [attribute_paragraph(p, m, s, reader) for p, m, s in zip(paragraphs, masks, spans, strict=True)]
    _said_next(masks, results, reader)
    if language == "fr":
        _alternate_dialogue(paragraphs, results)  # (a Nordic dash paragraph goes on with who spoke)
    name_the_unnamed(masks, spans, results, reader)
    quoted_before_anyone(masks, results, reader)
    named_by_next_quote(masks, spans, results, reader)
    unnamed = {**appositive_roles(masks, reader.unnamed, language), **reader.unnamed}
    unnamed = {head: d for head, d in unnamed.items() if d not in reader.anonymous}  # who asked not to be named
    names = {**named_later(unnamed, reader), **reader.identified}
    names.update(full_names_of_bodies(masks, reader.registry, {a.speaker for found in results for a in found}))
    for found in results:
        for attribution in found:
            speaker = names.get(attribution.speaker, attribution.speaker)
            speaker = reader.shortest.get(speaker, speaker)  # "a firefighter from the neighboring town of …"
            attribution.speaker = speaker.replace(ABBREVIATION_MARK, ".") if speaker else speaker  # U·S· → U.S.
    return results
