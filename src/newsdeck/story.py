"""What a reader of the article knows at each point: who was mentioned, who spoke last, which
descriptions stand for whom. `Reader.resolve` turns a subject phrase into a speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsdeck.lexicon import (
    DEMONYMS,
    FEMALE,
    HONORIFICS,
    LANGUAGES,
    MALE,
    NORDIC,
    POSSESSIVE_GENDER,
    POSSESSIVES,
    STATE_WORDS,
    Language,
    role_gender,
    same_role,
)
from newsdeck.masking import MASK
from newsdeck.names import NON_NAMES, NUMBER_WORDS, PARTICLES, ROLE_NOUNS, TITLES, joins_a_name, name_runs
from newsdeck.people import (
    COUNCILS,
    GERMAN_BODIES,
    NORDIC_BODIES,
    NOT_A_LABEL,
    ORGANISATION_WORDS,
    OUTLET,
    RELATION_GENDER,
    STOP_WORDS,
    SURNAMES_THAT_ARE_WORDS,
    UNION_NOUNS,
    WHICH_OF_TWO,
    WHOSE_BODY,
    WORD,
    Person,
    Registry,
    clean_name,
    first_name_gender,
    gender_of,
    german_compound_body,
    german_nominative,
    has_a_role,
    is_kind_of_organisation,
    is_organisation,
    is_plain_name,
    is_title,
    looks_like_a_person,
    organisation_name,
    organisation_runs,
    person_words,
    registered_organisation,
    titles_of_a_body,
    without_genitive,
)
from newsdeck.verbs import speech_verbs

TIME = re.compile(
    r"^(?:on\s+|am\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:un\s+peu\s+)?plus\s+tôt|hier|"
    r"ce\s+(?:matin|soir|midi|week-end)|cette\s+(?:semaine|nuit|année)|cet\s+après-midi|"
    r"i\s+dag|i\s+går|igår|"
    r"last\s+\w+|this\s+\w+|earlier|later|afterward|afterwards|in\s+an?\s+\w+|at\s+a\s+\w+)\b[\s,]*",
    re.IGNORECASE,
)
_FURTHER = frozenset(
    "weiter zudem außerdem ausserdem ferner dazu später anschließend anschliessend damals videre også".split()
)
_KIND_THEN_NAME = re.compile(r"\b([a-z]+)\s+([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*)$")
_IN_IT = frozenset("darin dort dazu darüber ferner".split())  # „…“, heißt es darin: in the statement just named
_IMPERSONAL = {"en": ("it",), "de": ("es",), "sv": ("det",), "da": ("det",), "no": ("det",)}
PREPOSITIONS = frozenset(
    """to of for at from with in on by im near behind beside outside inside among around across under over
    toward towards into onto through along past
    de des du d' au aux à von vom für bei der till för på ved hos vid efter etter från fra med til""".split()
)
_GROUP = re.compile(
    r"\b(?:two|three|four|several)\s+(people|persons|sources)\s+(?:familiar|close|briefed|with\s+knowledge)\b[^,.;:_]*",
    re.IGNORECASE,
)
_VERB_AFTER_SUBJECT = re.compile(r"\b(?i:he|she|it)\s+([a-zA-Z]+s)\b")
_ONE_OF = re.compile(r"^one\s+of\s+(?:the\s+(people|[a-z]+s)|(them))$", re.IGNORECASE)
_GROUP_OF_A_KIND = re.compile(  # "two federal officials familiar with …": "one of the officials" is a federal official
    r"\b(?i:two|three|four|several)\s+((?:(?!of\b|the\b)[a-z-]+\s+){0,2}?)([a-z]+s)\s+"
    r"(?:familiar|close|briefed|with\s+knowledge|who)\b"
)
_ONE_OF_GROUP = {"people": "person", "persons": "person"}  # (sources: source)
_QUANTIFIER = re.compile(
    r"^(?:(?:one|two|several|some|many|few)\s+of\s+(?:the|those|these|his|her)|(?:en|ett|et|ei)\s+a[fv]\s+(?:de|dem)|"
    r"(?:en|ett|et|ei)\s+a[fv](?=\s+\w+(?:erne|arna|ene|orna)\b)|"  # "en af mejeristerne"
    r"(?:einer|eine)\s+der|(?:l['’]une?|une?)\s+des|"
    r"(?:two|three|four|five|several)(?=\s+(?-i:[a-z])))\s+",  # "Two state health officials, who …" (not "Five Guys")
    re.IGNORECASE,
)


@dataclass
class Reader:
    """What a reader knows at this point of the article."""

    language: Language
    registry: Registry
    recent: list[str] = field(default_factory=list)  # people mentioned, oldest first
    speaker: str | None = None  # who spoke last
    unnamed: dict[str, str] = field(default_factory=dict)  # head word → description
    here: list[str] = field(default_factory=list)  # people named in full, and bodies, in this paragraph so far
    before: list[str] = field(default_factory=list)  # people named in full in the paragraph before
    genders: dict[str, str] = field(default_factory=dict)  # unnamed speaker → gender a pronoun gave them
    aside: set[str] = field(default_factory=set)  # named in the sentence's opening phrase: not 'he'
    quoted: str = ""  # the words of the quote being attributed: who they speak of is not who says them
    said_of: str = ""  # whom its attribution says it is of: "Sheehy said of his daughter"
    documents: dict[str, str] = field(default_factory=dict)  # "report" → who issued the report mentioned
    mentions: dict[str, int] = field(default_factory=dict)  # how often each was mentioned so far
    said_gender: str | None = None  # "the chief executive said she …": the gender of who is resolved
    topic: str | None = None  # whom the paragraph's sentences without quotes were about so far
    shortest: dict[str, str] = field(default_factory=dict)  # an unnamed speaker → the shortest description used
    anonymous: set[str] = field(default_factory=set)  # unnamed speakers who asked not to be named
    identified: dict[str, str] = field(default_factory=dict)  # an unnamed speaker → who "the woman, Ann Roe" is
    groups: dict[str, str] = field(default_factory=dict)  # "people" → "people familiar with the talks"
    group_of_one: str | None = None  # "resident", after "Residents were angry": whom "said one" is
    people_grouped: bool = False  # this paragraph spoke of "a group of parents": "the group" is no body
    by_first: set[str] = field(default_factory=set)  # people the article calls by their first name alone
    answering: bool = False  # in an interview's answer ("A: …"), where "I" is the one interviewed
    they: str | None = None  # the group this paragraph's sentences opened on ("Inspectors highlighted …")
    unnamed_here: str | None = None  # the unnamed speaker this paragraph quoted last
    introduced: dict[str, str] = field(default_factory=dict)  # head word → someone brought in unnamed ("a trucker")
    met_here: list[tuple[str, str]] = field(default_factory=list)  # (head, description) brought in unnamed here
    new_after: dict[str, frozenset[str]] = field(default_factory=dict)  # "a nurse" → who was mentioned before her
    aged_newcomers: dict[str, str] = field(default_factory=dict)  # "78" → "78-year-old man", brought in unnamed

    def note_groups(self, sentence: str) -> None:
        """'Two sources familiar with the case told Reuters …': whom a later 'one of the sources' is;
        'Inspectors highlighted …': whom this paragraph's 'they' is."""
        opening = _PLURAL_SUBJECT.match(sentence) if self.language.code == "en" else None
        if opening and is_person_noun(opening.group(1), "en"):
            self.they = opening.group(1).lower()
        plurals = [w for w in re.findall(r"\b[a-zA-Z]+s\b", sentence) if len(w) > 4 and not w.endswith("ss")]
        people = [w for w in plurals if is_person_noun(w, self.language.code) and not w[1:].isupper()]
        if people:  # (not a verb after its subject: "He remembers the afternoon")
            verbs = set(_VERB_AFTER_SUBJECT.findall(sentence))
            people = [w for w in people if w not in verbs]
        if people and self.language.code == "en":  # "Residents were angry": whom "said one" is one of
            self.group_of_one = people[-1].lower()[:-1]
        if _GROUP_OF_PEOPLE.search(sentence):  # "A group of parents gathered": "the group" is theirs now
            self.people_grouped = True
        for found in _GROUP.finditer(sentence):
            described = _description(found.group(0).split()[1:13], self.language)
            if described:
                self.groups[found.group(1).lower()] = described[1]
        for found in _GROUP_OF_A_KIND.finditer(sentence) if self.language.code == "en" else ():
            kind = found.group(2)
            if kind not in _ONE_OF_GROUP and kind != "sources" and is_person_noun(kind, "en"):
                self.groups[kind] = f"{found.group(1)}{kind}"  # "federal officials"

    def note_introduced(self, sentence: str) -> None:
        """'Raset ble oppdaget av en lastebilsjåfør': whom a later 'sjåføren' is, if no one named is one."""
        for article in _INDEFINITE[self.language.code].finditer(f" {sentence}"):
            words = sentence[article.end() - 1 :].split()[:3]  # not "Roe, a former councillor": an appositive
            words = words[: next((i + 1 for i, w in enumerate(words) if w.endswith(",")), 3)]  # "a timeline, the"
            found = _description(words, self.language)
            age = AGED.match(words[0]) if found else None
            if age:  # "A 78-year-old man was waiting", "En 78-årig man": whom "the 78-year-old" is
                self.aged_newcomers.setdefault(age.group(1), found[1])
            if not found or found[0] in ANYBODY:
                continue
            nouns = {_singular(w).lower().strip(".,") for w in words if w.islower() or self.language.code == "de"}
            if found[0] in nouns:  # "a truck driver", not "a knife in Shop"
                if found[0] not in ANYONE:  # (anyone may be an official: met here, not brought in for later)
                    self.introduced.setdefault(found[0], found[1])
                noun = self.language.code != "de" or any(w[:1].isupper() and w.lower() == found[0] for w in words)
                whole = _description(sentence[article.end() - 1 :].split()[:13], self.language)  # all of it
                self.met_here += [whole or found] if noun else []  # (German nouns are capitalized: not "ein älterer")

    def _brought_in_as(self, head: str) -> str | None:
        """The description of someone brought in unnamed as this head (or a compound of it) or at this age
        ('the 78-year-old'), if no one named holds it."""
        compounds = self.language.code == "de" or self.language.code in NORDIC
        age = AGED.fullmatch(head)
        if age:
            found = [self.aged_newcomers[age.group(1)]] if age.group(1) in self.aged_newcomers else []
        else:
            found = [d for h, d in self.introduced.items() if h == head or (compounds and h.endswith(head))]
        if not found or any(has_label(p, head, self.language.code) for p in self.registry.people.values()):
            return None
        return found[0]

    def _entourage(self, words: list[str]) -> str | None:
        """'l’entourage du ministre du travail', 'son entourage', 'ses proches', 'le cabinet du ministre': the
        people around someone speak, unnamed, for them (a possessive's someone: the person spoken of last)."""
        if self.language.code != "fr" or not words:
            return None
        bare = [w.lower().removeprefix("l’").removeprefix("l'") for w in words[:3]]
        at = next((i for i, w in enumerate(bare) if w in ("entourage", "cabinet") or (i == 1 and w == "proches")), None)
        if at is None:
            return None
        if at == 1 and bare[0] in ("son", "sa", "ses", "leur", "leurs"):
            person = next(
                (n for n in reversed(self.recent) if (p := self.registry.people.get(n)) and not p.organisation), None
            )
            return f"{bare[1]} {_of(self._by_role(person))}" if person else bare[1]
        return " ".join([bare[at], *words[at + 1 :]])

    def _by_role(self, name: str) -> str:
        """How French reportage names the circle of someone: by their office when the article gave
        one ('entourage de la ministre'), else by name ('entourage de Hugues Lemarchand')."""
        person = self.registry.people[name]
        offices = (w for w in sorted(person.labels) if w.isalpha() and w not in RELATION_GENDER)  # (not "frère")
        role = next((w for w in offices if is_person_noun(w, self.language.code)), None)
        return f"{'la' if person.gender == FEMALE else 'le'} {role}" if role else name

    def _role_of_the_one_just_named(self, determiner, description: str, head: str, gender: str | None) -> str | None:
        """« …», estime Claire Roux. La présidente de l'association ajoute : « … »: a role with its
        complement, right after someone named with no role, is theirs (not someone new)."""
        if determiner != DEFINITE or " " not in description or not self.here or description.split()[0].isupper():
            return None  # (not "la FDSEA de la Vienne": a body's name)
        person = self._just_named_without(head, gender or "?")  # (of no known gender when the role tells none)
        fits = person and not has_a_role(person) and first_name_gender(person.first) is not False  # a first name
        return person.name if fits and is_person_noun(head, self.language.code) else None

    def _just_named_without(self, head: str, gender: str | None) -> Person | None:
        """The person this paragraph named last, if of that gender (None: any) and no one holds this role."""
        person = self.registry.people.get(self.here[-1]) if self.here else None
        if not person or person.organisation or (gender and person.gender not in (gender, None)):
            return None
        holder = any(has_label(p, head, self.language.code) for p in self.registry.people.values())
        return None if holder else person

    def _the_latter(self, gender: str | None) -> str | None:
        """Whom 'celui-ci', 'cette dernière' means: the latest mentioned of that gender, a person or a
        body by its noun's gender ('le ministère': celui-ci)."""
        for name in reversed(self.recent):
            person = self.registry.people.get(name)
            of = _FRENCH_BODY_GENDER.get(name.split()[0].lower()) if person and person.organisation else None
            if gender is None or (person and (of if person.organisation else person.gender) in (gender, None)):
                return name
        return None

    def _met_here_as(self, head: str) -> str | None:
        """'One analyst, who asked not to be named, said …. “…,” the analyst said': whom this paragraph
        brought in unnamed as this head, rather than someone named before who holds the role (None when no
        one does, or when this paragraph names the holder)."""
        met = next((d for h, d in reversed(self.met_here) if h == head), None)
        if not met:
            return None
        code = self.language.code
        holders = [p for name in self.recent if (p := self.registry.people.get(name)) and has_label(p, head, code)]
        if not holders or any(p.name in self.here for p in holders):
            return None
        self.unnamed[head] = met
        return met

    def _unnamed_just_met(self, head: str, gender: str | None) -> str | None:
        """The unnamed speaker 'the woman', 'der Mann' means: the latest one mentioned, if no one named
        of that gender was mentioned since; first, whom this paragraph brought in ('eine Anwohnerin')."""
        for met, description in reversed(self.met_here):
            if description not in self.recent and role_gender(met, self.language.code) in (gender, None):
                self.unnamed.setdefault(met, description)
                return description
        for name in reversed(self.recent):
            person = self.registry.people.get(name)
            if person and not person.organisation and person.gender in (gender, None):
                return None
            if not person and name in self.unnamed.values() and self.gender_of_unnamed(name) in (gender, None):
                return name
        return None

    def note_gender(self, speaker: str | None, gender: str | None) -> None:
        """'A crane operator, who …, said he had voted no': the unnamed speaker is a man."""
        if speaker and gender and speaker not in self.registry.people:
            self.genders[speaker] = gender

    def mention(self, name: str, again: bool = False) -> None:
        """Someone named or meant: now the latest mentioned (`again`: the same mention, not counted twice)."""
        if name in self.recent:
            self.recent.remove(name)
        self.recent.append(name)
        if not again:
            self.mentions[name] = self.mentions.get(name, 0) + 1

    def pronoun(self, word: str) -> str | None:
        """A subject pronoun → the latest person mentioned of its gender (they: who spoke last)."""
        gender = self.language.pronouns.get(word.lower(), "?")
        if gender == "?":
            return None
        if gender is None:
            return self.they or self.speaker  # "Inspectors highlighted the case … They said": the inspectors
        body = self.registry.people.get(self.recent[-1]) if self.recent and self.language.code == "fr" else None
        if body and body.organisation and _FRENCH_BODY_GENDER.get(body.name.split()[0].lower()) == gender:
            return body.name  # "Selon la direction académique, … Elle précise": the body, none named since
        one_unnamed = self.speaker and self.speaker not in self.registry.people and not self._many(self.speaker)
        if one_unnamed:  # someone unnamed spoke last (a group is no "she": "Her colleagues called it … she said")
            said = self.gender_of_unnamed(self.speaker)
            since = self.recent[self.recent.index(self.speaker) + 1 :] if self.speaker in self.recent else []
            rivals = [p for n in since if (p := self.registry.people.get(n)) and not p.organisation]
            rival = any(p.gender == gender for p in rivals)  # "Korver folded a banner. “…,” she said": Korver
            if said in (gender, None) and (said or not self.recent or self.recent[-1] == self.speaker) and not rival:
                return self.speaker
        people = [
            p
            for n in reversed(self.recent)
            if (p := self.registry.people.get(n)) and not p.organisation and n not in self.aside
        ]
        if people and people[0].name == self.topic and people[0].gender is None:
            return self.topic  # "Amari Cole … the 19-year-old laughed. “…,” he said": the one just spoken of
        for genders in ((gender,), (gender, None)):  # someone known to be of that gender first
            found = next((p.name for p in people[:6] if p.gender in genders), None)
            if found:
                return found
        return next((p.name for p in people if p.gender in (gender, None)), None)

    def relative(self, words: list[str]) -> str | None:
        """'her husband', 'ihr Mann', 'sa femme': the one family member of that gender who shares
        the owner's surname; the owner is who spoke last or the last person of the possessive's
        gender (French 'sa' tells no owner's gender: someone just mentioned)."""
        if len(words) != 2:
            return None
        owned = words[0].lower()
        relation = RELATION_GENDER.get(words[1].lower().strip(",."))
        definite = self._nordic_relation(words[0])
        if definite and owned not in POSSESSIVE_GENDER and words[1].lower() in POSSESSIVE_GENDER:
            relation, owned = definite, words[1].lower()  # "sier mannen hennes": her husband
        elif definite:  # "Faren nikker.": the article a suffix
            relation, owned = definite, "the"
        elif not relation or not (
            owned in POSSESSIVE_GENDER or (self.language.code == "fr" and owned in ("son", "sa"))
        ):
            return None
        if owned in POSSESSIVE_GENDER:  # "Her sister disagreed": the sister of the woman who spoke last
            gender = POSSESSIVE_GENDER[owned]
            last = self.registry.people.get(self.speaker or "")
            owners = [last.name] if last and last.gender in (gender, None) and not last.organisation else []
            owners.append(self.pronoun(_PRONOUN_OF_GENDER[self.language.code][gender]))
        else:  # French "sa fille", Nordic "Faren": nothing of the owner; who spoke last, else just mentioned
            owners = [self.speaker, *list(reversed(self.recent))[:3]]
        for owner in dict.fromkeys(owners):
            person = self.registry.people.get(owner) if owner else None
            if not person or person.organisation:
                continue
            family = [
                p.name
                for p in self.registry.people.values()
                if not p.organisation
                and p.name != person.name
                and " " in p.name
                and p.surname == person.surname
                and p.gender in (relation, None)
            ]
            if len(family) == 1:
                return family[0]
        return None

    def namesake(self, words: list[str]) -> str | None:
        """'Ihr Namensvetter', 'his namesake': the other person of the surname of who spoke last."""
        if len(words) != 2 or words[0].lower() not in POSSESSIVES or words[1].lower() not in _NAMESAKES:
            return None
        last = self.registry.people.get(self.speaker or "")
        others = [
            p.name
            for p in self.registry.people.values()
            if last and not p.organisation and p is not last and " " in p.name and p.surname == last.surname
        ]
        return others[0] if len(others) == 1 else None

    def _their_role(self, words: list[str]) -> str | None:
        """'son avocat', 'his lawyer', 'ihre Anwältin': the one person the article gave that role."""
        if len(words) != 2 or words[0].lower() not in POSSESSIVES or not is_person_noun(words[1], self.language.code):
            return None
        holders = self._holders(person_head(words[1], self.language.code))
        return holders[0] if len(holders) == 1 else None

    def _holders(self, head: str) -> list[str]:
        """Everyone the article gave this role."""
        return [
            p.name
            for p in self.registry.people.values()
            if not p.organisation and has_label(p, head, self.language.code)
        ]

    def _nordic_relation(self, word: str) -> str | None:
        """The gender of a Nordic relative named by a definite noun: Faren, Dottern, ektemannen."""
        if self.language.code not in NORDIC:
            return None
        forms = [word.lower(), *definite_stems(word.lower())]  # "kona", "Faren", "mannen"
        return next((_NORDIC_RELATIVES[s] for s in forms if s in _NORDIC_RELATIVES), None)

    def organisation(self, noun: str | None = None) -> str | None:
        """The organisation 'the union' or 'it' means: the latest one mentioned that the noun names
        (a union: its name says union, guild or association), else the latest one."""
        organisations = self._latest_bodies()
        whole = self._whole_of(noun, organisations)
        if whole:
            return whole
        fitting = [n for n in organisations if noun and _names_kind(noun, self.registry.people[n].labels)]
        if noun in _ANY_BODY and not fitting and not self.people_grouped:
            fitting = organisations  # "the group wrote": the cooperative just named
        fitting = _standing_for(fitting, noun)
        kindless = [n for n in organisations if not self.registry.people[n].labels & ORGANISATION_NOUNS]
        if noun and not fitting:  # named only where the reader cannot see it yet, or inside a quote
            anywhere = [p.name for p in self.registry.people.values() if p.organisation and _names_kind(noun, p.labels)]
            anywhere = _standing_for(anywhere, noun)
            # "the utility": Northway Power & Light, just named, not the Citizens Utility Board named further on
            only_named_later = anywhere and anywhere[0] not in self.recent and kindless and self.language.code == "en"
            fitting = anywhere if len(anywhere) == 1 and not only_named_later else []
        if noun and not fitting:  # not a body of another kind: "die Staatsanwaltschaft" is no GmbH
            organisations = kindless if not german_compound_body(noun) else []  # das Wirtschaftsministerium
        fallback = noun.capitalize() if noun and self.language.code == "de" else noun  # das Landratsamt
        exact = [n for n in fitting if noun in self.registry.people[n].labels] if noun in _COMPANY else []
        fitting = exact or fitting  # "the firm": the one called so ("the private equity firm Ashcombe"), not a
        # company of another kind named more often
        if len(fitting) > 1 and fitting[0] not in self.here:  # "the company": the one the story is about,
            fitting = sorted(fitting[:3], key=lambda n: -self.mentions.get(n, 0))  # unless one was just named
        chosen = (fitting or organisations or [fallback])[0]  # none named yet: "la préfecture" itself
        if not chosen or " " in chosen or chosen not in self.registry.people:
            return chosen
        longer = [  # "la Fédération" → Fédération santé solidaire (not "the airline" → its pilots' union)
            p.name
            for p in self.registry.people.values()
            if p.organisation and p.name.startswith(f"{chosen} ") and (not noun or _names_kind(noun, p.labels))
        ]
        return max(longer, key=len) if longer else chosen

    def _latest_bodies(self) -> list[str]:
        return [n for n in reversed(self.recent) if (p := self.registry.people.get(n)) and p.organisation]

    def _whole_of(self, part: str | None, bodies: list[str]) -> str | None:
        """The body that 'skriver förvaltningen', 'la direction' speak for: the latest named of its kind."""
        kinds = _PARTS_OF_A_BODY.get(part or "")
        fitting = (
            n
            for n in bodies
            if kinds is not None
            and (kinds & self.registry.people[n].labels if kinds else not UNION_NOUNS & self.registry.people[n].labels)
        )  # (a union has no management: "la direction" is the employer's)
        return next(fitting, None)

    def _by_acronym(self, acronym: str) -> str:
        """The body an acronym stands for, when the article gave it in brackets: 'the Merchant Crews
        Welfare Bureau (MCWB)'; else the acronym itself."""
        bodies = (p.name for p in self.registry.people.values() if p.organisation and acronym.lower() in p.labels)
        return next(bodies, acronym)

    def impersonal(self, unless_in: str = "") -> str | None:
        """Who 'it said' or 'hieß es' means: the organisation mentioned last (not one the report
        itself names, `unless_in`: 'hieß es, man habe der Gemeinde …'), unless someone who spoke
        was mentioned after it (whose statement is being read)."""
        organisation = self.organisation()
        if organisation and unless_in and re.search(rf"\b{re.escape(organisation.split()[-1])}\b", unless_in):
            named = (b for b in self._latest_bodies() if not re.search(rf"\b{re.escape(b.split()[-1])}\b", unless_in))
            organisation = next(named, None)
        recent = self.recent
        if (
            self.speaker in recent
            and organisation in recent
            and recent.index(self.speaker) > recent.index(organisation)
        ):
            return self.speaker
        return organisation

    def resolve(self, phrase: str) -> str | None:
        """A subject phrase → speaker: a pronoun, a name, an organisation, a description."""
        words = _trimmed(phrase, self.language, self.registry)
        if not words or len(words) > 14:
            return None
        if words == ["I"] and self.answering:  # "A: … I told the loan officer, “…”"
            return self.interviewee()
        latter = (
            {words[0].lower(), " ".join(words[:2]).lower()} & _THE_LATTER.keys() if self.language.code == "fr" else ()
        )
        if latter:  # "… fait savoir le ministère de l'Industrie. Celui-ci assure …"
            return self._the_latter(_THE_LATTER[latter.pop()])
        if self.language.code == "fr" and words[0].lower() in _THINGS:
            return None  # "Ce qu'elle a dit ce soir-là ?": a thing
        body = " ".join(words[1 if words[0].lower() in self.language.definite else 0 : -1])
        if (
            len(words) > 2
            and words[-1] in ORGANISATION_NOUNS
            and (p := self.registry.people.get(body))
            and p.organisation
        ):
            return body  # "The United Warehouse and Distribution Workers union said"
        if len(words) > 1 and words[0].lower() in PARTICLES and words[0][:1].isupper():
            surname = " ".join(words)  # "Le Goff, lui, se dit …": Yannick Le Goff's surname, not "le Goff"
            named = [p.name for p in self.registry.people.values() if p.name.endswith(f" {surname}")]
            if len(named) == 1 and not self.registry.people[named[0]].organisation:
                return named[0]
        of_the_state = self.language.code == "de" and len(words) > 3 and words[-2] in ("des", "der")
        if of_the_state and words[-1] in WHOSE_BODY:  # "das Wirtschaftsministerium des Landes": the ministry
            body = self.resolve(" ".join(words[:-2]))
            if body and (p := self.registry.people.get(body)) and p.organisation:
                return body
        office = _PRESS_OFFICE.fullmatch(" ".join(words))
        owner = (office.group("owner") or office.group("body")) if office else None
        if owner:  # "regionens presstjänst", "the club's press office", "die Pressestelle der Stadt": the body
            found = self.resolve(owner)
            if found:
                return found
            if self.language.code in NORDIC and _compound_body(owner):
                return owner.lower()  # "enligt förvaltningens underlag": förvaltningen
        if words[0].lower() in _IMPERSONAL.get(self.language.code, ()) and len(words) > 2 and words[1] == "aus":
            source = " ".join(words[2:])  # „…“, heißt es aus Regierungskreisen, aus dem Rathaus
            return (self.resolve(source) if words[2].lower() in self.language.definite else None) or source
        if words[0].lower() == "es" and len(words) > 2 and words[1].lower() in ("beim", "bei", "vom", "von"):
            source = re.split(r"\s(?:auf|in|im|am|zu|zur|nach|gegenüber)\s", " ".join(words[2:]))[0]
            return self.resolve(f"dem {source}" if words[1].lower() in ("beim", "vom") else source)  # beim Bundesamt
        if words[0].lower() in _IMPERSONAL.get(self.language.code, ()) and (
            len(words) == 1 or words[1].lower() in PREPOSITIONS | _FURTHER
        ):  # „…“, hieß es weiter
            if len(words) > 4 and words[3].lower() in DOCUMENTS:  # heißt es in einer Aussendung des Verbandes
                return self.resolve(" ".join(words[1:]))
            return self.impersonal() if self.language.code != "en" else self.organisation()  # it said
        if words[0] == "es" and self.language.code == "de":
            return self.impersonal() if words[1].lower() in _IN_IT else None  # „…“, heißt es hier seit Jahren
        circle = self._entourage(words)
        if circle:
            return circle
        relative = self.relative(words) or self.namesake(words)
        if relative:
            return relative
        counsel = self._their_role(words)
        if counsel:  # "son avocat a indiqué": the lawyer the article named
            return counsel
        nordic_role = self.language.code in NORDIC and len(words) > 2 and words[1].lower() in _NORDIC_WHERE
        if nordic_role and _definite_person(words[0].lower()):
            return self.resolve(words[0])  # "Seksjonssjefen i tilsynets region nord, som …, sier at …"
        noun = len(words) > 2 and (words[1].islower() or (self.language.code == "de" and words[0] in _GERMAN_OWNERS))
        if noun and words[0].lower() in POSSESSIVES and is_person_noun(words[1], self.language.code):
            named = self.resolve(" ".join(words[1:])) if words[2][:1].isupper() else None
            if named:  # "added her colleague Dev Sharma": Dev Sharma, whoever "her" is
                return named
        owned = len(words) == 2 and words[0].lower() in (*POSSESSIVE_GENDER, "their", "its", "leur", "ihre", "deras")
        owned = owned and (words[1].islower() or (self.language.code == "de" and words[0].lower() in _GERMAN_OWNERS))
        if owned and words[1].lower() in _GROUPS:
            return words[1].lower()  # "his family said"
        if owned and is_person_noun(words[1], self.language.code):
            return self.described(DEFINITE, words[1:], "the")  # "her lawyer said"
        someone = len(words) > 2 and words[0].lower() in _FRENCH_OWNERS and words[1].islower()
        someone = someone or (len(words) == 2 and words[0].lower() in ("son", "sa", "ses") and words[1].islower())
        if someone and is_person_noun(words[1], self.language.code) and words[1].lower() not in RELATION_GENDER:
            return self.described(DEFINITE, words[1:], "the")  # "renchérit son voisin de barrage", "sa porte-parole"
        body_role = 2 < len(words) <= 4 and words[0].lower() in ("its", "their") and all(w.islower() for w in words[1:])
        if body_role and is_person_noun(words[-1], self.language.code):
            if self._holders(person_head(words[-1], self.language.code)):
                return self.described(DEFINITE, words[1:], "the")  # "its chief executive described as"
            return self.described(INDEFINITE, words[1:], "its")  # "Its regional section head, …": someone new
        if words[0].lower() in self.language.pronouns and (len(words) == 1 or words[1].islower()):
            found = self.pronoun(words[0])
            self.note_gender(found, self.language.pronouns[words[0].lower()])  # "That neighbour … he says": a man
            return found
        if len(words) == 3 and words[0].lower() in NUMBER_WORDS and words[-1].lower() in _COLLECTIVE:
            return " ".join(words[1:])  # "Two U.S. officials, speaking on condition of anonymity, said"
        plural = len(words) == 2 and self.language.code == "en" and words[1].islower() and words[1].endswith("s")
        if plural and words[0].lower() in NUMBER_WORDS and is_person_noun(words[1], "en"):
            return words[1]  # "Two employees, who spoke on condition of anonymity, described …"
        if [w.lower() for w in words] in (["one"], ["another"]) and self.group_of_one:
            return self.group_of_one  # "Residents were angry. “…,” said one.": a resident
        if len(words) > 2 and words[0].lower() in NUMBER_WORDS and words[1].lower() in ("people", "persons", "sources"):
            return " ".join(words[1:])  # "according to two people familiar with the talks"
        one_of = _ONE_OF.match(" ".join(words))
        latest = [*self.groups][-1:] if one_of and one_of.group(2) else []  # "One of them said"
        kind = one_of.group(1).lower() if one_of and one_of.group(1) else (latest or [None])[0]
        group = self.groups.get(kind or "", "").split()
        if group:  # "said one of the people": a person familiar with the talks; "one of the officials"
            at = next((i for i, w in enumerate(group) if w.lower() == kind), 0)
            group[at] = _ONE_OF_GROUP.get(group[at].lower(), group[at][:-1])
            return " ".join(group)
        if len(words) == 1 and _ACRONYM_BODY.fullmatch(words[0]) and words[0] not in self.registry.people:
            return self._by_acronym(words[0])  # "NASA said": an acronym that names no one registered
        counted = words[0].lower() in self.language.indefinite  # "ein Ermittler" is one of them
        collective = len(words) <= 2 and words[-1].lower() in _COLLECTIVE and not counted
        placed = (  # "Westbrook police said": a town's (not "The police", "Local officials", "Senior officials")
            collective
            and len(words) == 2
            and words[0][:1].isupper()
            and words[0].lower() not in self.language.stop_words | self.language.definite | _LEVELS | _NO_PLACES
            and first_name_gender(words[0]) is False
            and not self.registry.by_word(words[0])
        )
        if collective and (len(words) == 1 or words[0].islower() or placed):
            if self.language.code == "de" and words[0].lower() in self.language.definite:
                return words[-1]  # "nach Angaben der Polizei": Polizei
            return " ".join(words) if placed else " ".join(words).lower()  # "authorities said", "local officials
            # said", "selon les pompiers"
        determiner, rest = split_determiner(words, self.language)
        chapter = _CHAPTER_OF_A_BODY.fullmatch(" ".join(rest)) if determiner == DEFINITE else None
        whole = chapter.group(1).removeprefix("the ").split() if chapter else []  # "the local chapter of the
        body = self.registry.organisation_in(tuple(whole)) if whole else None  # United Appliance Workers said":
        body = body or (self.resolve(chapter.group(1)) if whole and is_organisation(whole) else None)  # the union
        if body:  # (not "the relevant section of the Planning Act")
            return body
        unit = _UNIT_OF_A_BODY.fullmatch(" ".join(rest)) if determiner == DEFINITE else None
        body = self.resolve(unit.group(1)) if unit else None
        if body and (known := self.registry.people.get(body)) and known.organisation:
            return body  # "the National Weather Service office in Carlow said"
        french_body = self._french_body(rest) if self.language.code == "fr" and determiner == DEFINITE else None
        if french_body:  # "précise le ministère de la Sécurité publique", "répond la direction générale du CHR"
            return french_body
        noun = rest[-1].lower() if rest else ""
        if self.language.code == "fr" and rest and rest[0] in ORGANISATION_NOUNS and all(w.islower() for w in rest):
            noun = rest[0].lower()  # "la direction académique": a French noun before its adjectives
        employee = len(rest) > 2 and is_person_noun(rest[0], self.language.code) and rest[1].lower() in _EMPLOYER
        employee = employee and not (self.language.code == "en" and _is_proper_name(rest, self.language))
        if determiner and employee:  # "ein Sprecher der Kreisfeuerwehr", "un porte-parole de la mairie"
            return self.described(determiner, rest, words[0].lower())
        owner = next((i for i, w in enumerate(words[:3]) if owns(w, self.language.code)), None)
        role = words[owner + 1 :] if determiner is None and owner is not None else []
        if role and not role[-1].istitle() and is_person_noun(role[-1], self.language.code):
            found = self.described(DEFINITE, role, "the")  # "Marovia's foreign minister", "Fenwick Cross’s MP"
            holder = self.registry.people.get(found or "")
            body = words[owner][:1].isupper() and words[owner].endswith(_POSSESSIVE)
            if holder and body and holder.name not in self.here and not has_label(holder, role[-1], self.language.code):
                return " ".join(rest)  # "the Transportation Department's inspector general": not who spoke last
            namesake = holder and body and words[owner][: -len("’s")] in holder.name.split()
            if namesake and not all(w.lower() in holder.labels for w in role):  # (but "Dell's chief executive")
                return self.described(INDEFINITE, role, "a")  # "Brightwater's finance chief": not Brightwater
            return found
        titled = 0 < len(rest) <= 3 and any(w[:1].isupper() for w in rest) and not is_organisation(rest)
        if determiner == DEFINITE and titled:
            labelled = _the_one_labelled(" ".join(rest), self.registry, self.recent)
            if labelled:  # "the St. Louis Democrat", "the Taoiseach": a title the article gave someone
                return labelled
            if len(rest) == 1 and rest[0].lower() in _DEMONYM_NOUNS:  # "the Scot later told reporters"
                return self.described(DEFINITE, [rest[0].lower()], words[0].lower())
        known = self.registry.people.get(" ".join(rest)) if len(rest) > 1 else None
        if known and known.organisation:  # "l'Office cantonal de l'emploi", registered as named
            return known.name
        if determiner == DEFINITE and len(rest) == 2 and rest[0].lower() in WHICH_OF_TWO and rest[1][:1].isupper():
            relative = self.by_age(rest[1], younger=rest[0].lower() == "younger")  # "the younger Pruitt"
            if relative:
                return relative
        if len(words) > 2 and words[0].lower() in PREPOSITIONS and words[2].lower() in DOCUMENTS:
            determiner, rest = split_determiner(words[1:], self.language)  # "In einer Mitteilung der IG Technik"
        qualified = determiner and len(rest) > 2 and rest[0].islower() and rest[1] in DOCUMENTS
        if qualified and rest[0] not in DOCUMENTS and _names_an_issuer(rest[2:]):
            rest = rest[1:]  # "an internal memo from Halvorsen Logistics" (not "an engineering study by the city")
        if determiner and rest and rest[0].lower() in DOCUMENTS:  # "the study", "a report by the Commission"
            filed = len(rest) > 1 and rest[1].lower() in ("with", "to")  # "a filing with the SEC": not the SEC's
            runs = name_runs(" ".join(rest[1:])) if not filed else ()  # who issued it, after the document's word
            named_body = (
                self.language.code == "de" and len(runs[-1][2]) > 1 and _body_noun(runs[-1][2][0]) if runs else False
            )
            if runs and (is_organisation(runs[-1][2]) or named_body):  # "der Kantonspolizei Zürich"
                kind = runs[-1][2][0].lower() if len(runs[-1][2]) == 1 else None  # "der Behörde": the one named
                issuer = self.organisation(kind) if kind in ORGANISATION_NOUNS else None
                issuer = issuer or organisation_name(runs[-1][2], self.language)
                self.documents[rest[0].lower()] = issuer
                return issuer
            if determiner == DEFINITE and rest[0].lower() in self.documents:  # "the report said": that report
                return self.documents[rest[0].lower()]
            group = re.match(rf"(?:from|by)\s+({ISSUING_GROUP})$", " ".join(rest[1:]))
            if group:  # "A report by planning officers concluded …": theirs, and "the report" later
                self.documents[rest[0].lower()] = group.group(1)
                return group.group(1)
            issued_by = re.match(r"(?:from|by)\s+(?:the\s+|his\s+|her\s+|their\s+)?(\w+)$", " ".join(rest[1:]))
            if issued_by and issued_by.group(1).lower() in _GROUPS:  # "A statement from the family said"
                return issued_by.group(1).lower()
            board = re.search(r"\bto\s+(the\s+\w+)[’']s\s+board\b", " ".join(rest))
            owner = self.resolve(board.group(1)) if board else None
            if owner:  # "a paper presented to the trust’s board": the trust's
                return owner
            of = _ISSUER.match(" ".join(rest[1:])) if not filed else None
            issuer = self._body_issuing(of.group(1)) if of else None  # "selon un rapport de l'inspection du travail"
            if issuer:
                return issuer
            if rest[0].lower() not in _ISSUED:
                return rest[0].lower()
            body = next((n for w in rest[1:] if (n := _body_noun(w))), None) if not filed else None  # "… des Verbandes"
            if body:
                return self.organisation(body)
            spoke = self.registry.people.get(self.speaker) if self.speaker else None
            issuer = self.speaker if spoke and spoke.organisation else self.organisation()
            return issuer or rest[0].lower()  # "the statement said": whoever issued it
        if determiner and len(rest) > 1 and is_kind_of_organisation(rest[0]) and rest[1][:1].isupper():
            named = registered_organisation(rest[1:], self.registry, self.language, named=True)
            if named:  # "l'association Agir pour l'environnement", "the airline Cascade Air"
                return named
        owner = next((i for i, w in enumerate(rest[:-1]) if w.endswith(_POSSESSIVE) and w[:1].isupper()), None)
        tail = rest[owner + 1 :] if owner is not None else []
        city_body = determiner == DEFINITE and owner and len(tail) > 1 and all(w.islower() for w in tail)
        if city_body and noun in ORGANISATION_NOUNS:  # "The city of Northbridge’s parks department"
            return " ".join([rest[owner][:-2], *tail])
        owned = 1 < len(rest) <= 4 and rest[-2].endswith(_POSSESSIVE)  # "the state attorney general's office"
        lowered = len(rest) <= 4 and all(w.islower() for w in rest)  # "the state health department"
        if determiner == DEFINITE and (len(rest) <= 2 or owned or lowered) and noun in ORGANISATION_NOUNS | {"office"}:
            found = self.organisation(noun)
            kind = len(rest) >= 2 and lowered  # "the appeals court", none named
            national = len(rest) == 2 and rest[0][:1].isupper()  # "the Morvanian government", none named
            return " ".join(rest) if (owned or kind or national) and found not in self.registry.people else found
        if determiner == DEFINITE and _is_body_of_a_place(rest):  # « indique la préfecture du Haut-Varenne »
            return registered_organisation(rest, self.registry, self.language, named=True)
        german_body = self.language.code == "de" and determiner == DEFINITE and 1 < len(rest) <= 3
        if german_body and any(map(_body_noun, rest)) and all(w[:1].isupper() for w in rest):  # die Wiener Linien
            nominative = [german_nominative(rest[0]), *rest[1:]]  # des Landratsamts Wendelfeld
            return registered_organisation(nominative, self.registry, self.language, named=True)
        if words[0].lower() == "seitens" and len(words) > 1:  # „…“, hieß es seitens der ÖBB
            return self.resolve(" ".join(words[1:]))
        role = _ROLE_ACRONYMS.get(rest[0].lower()) if determiner == DEFINITE and len(rest) == 1 else None
        holder = next((n for n in reversed(self.recent) if role and self._holds(n, role)), None)
        if holder:  # "Le DRH conteste …": the directeur des ressources humaines named before
            return holder
        if determiner and len(rest) == 1 and _ACRONYM_BODY.fullmatch(rest[0]) and rest[0] not in self.registry.people:
            return self._by_acronym(rest[0])  # "schreibt das BAG", "the MCWB said"
        one_body = len(rest) == 1 and (is_organisation(rest) or _body_noun(rest[0]))
        if self.language.code == "de" and determiner == DEFINITE and one_body:
            noun = german_nominative(rest[0])  # des Tiefbauamts
            fitting = self.organisation(noun.lower())  # „…“, heißt es beim Bundesamt: the one named before
            return fitting if fitting in self.registry.people else noun
        if self.language.code != "en" and len(words) == 1 and words[0].lower() in ORGANISATION_NOUNS:
            return self.organisation(words[0].lower())  # klubben, bolaget: the article is a suffix
        title = words[0].lower() if len(words) == 1 and self.language.code in NORDIC else ""
        if title and is_person_noun(title, self.language.code):  # "Kommunalrådet Lena Strömgren …", then
            titled = (p.name for n in reversed(self.recent) if (p := self.registry.people.get(n)) and title in p.titles)
            holder = next(titled, None)  # "enligt kommunalrådet": her, not a council
            if holder:
                return holder
        joined = all(w.endswith("-") or w.lower() in _CONJUNCTIONS for w in words[:-1])  # "barn- och …"
        body = self.language.code != "en" and joined and _compound_body(words[-1])
        if body:  # fylkeskommunen, räddningstjänsten, nævnet: a body's compound, its article a suffix
            whole = self._whole_of(words[-1].lower(), self._latest_bodies())
            if whole:
                return whole  # "skriver förvaltningen": Norrviks kommun's
            fitting = self.organisation(words[-1].lower())
            named = self.registry.people.get(fitting) if fitting else None
            kind = named and (_names_kind(words[-1].lower(), named.labels) or words[-1].lower() in _ANY_AGENCY)
            return fitting if kind else " ".join(words).lower()
        named_body = self.registry.people.get(" ".join(words[1:])) if is_kind_of_organisation(words[0]) else None
        if named_body and named_body.organisation:  # "Interesseorganisasjonen Øyfolkets ferjeforum"
            return named_body.name
        nordic_noun = self.language.code in NORDIC and len(words) == 1
        stems = definite_stems(words[0].lower()) if nordic_noun else []
        person_stem = next((s for s in stems if is_person_noun(s, self.language.code)), None)
        fitting = self.organisation(words[0].lower()) if nordic_noun and stems and not person_stem else None
        if fitting in self.registry.people and _names_kind(words[0].lower(), self.registry.people[fitting].labels):
            return fitting  # "ifølge vegvesenet": Statens vegvesen
        relation = self._nordic_relation(words[0]) if nordic_noun else None
        here = [p.name for n in self.here if (p := self.registry.people.get(n)) and p.gender == relation]
        relative = (here[-1] if here else self.relative([words[0], ""])) if relation else None
        if relative:  # "svarer ektemannen": the husband of who spoke (or "For Odd Brekke …, sier faren": him)
            return relative
        party, _, role = words[0].lower().partition("-") if nordic_noun and person_stem else ("", "", "")
        tagged = role.startswith("politiker") and (  # "sa Frp-politikeren": the one tagged (Frp)
            next((p for n in reversed(self.recent) if (p := self.registry.people.get(n)) and party in p.labels), None)
        )
        if tagged and not tagged.organisation:
            return tagged.name
        if nordic_noun and (not words[0][:1].isupper() or (person_stem and "-" not in words[0])):  # "Rektorn sa",
            stem = person_stem or (stems[0] if stems else None)  # "sa 23-åringen"
            return self.described(DEFINITE, [stem]) if stem else None
        owned_name = len(rest) > 2 and rest[0].islower() and rest[0].endswith(_POSSESSIVE)
        if determiner == DEFINITE and owned_name and _is_proper_name(rest[1:], self.language):
            rest = rest[1:]  # "the state's Workplace Safety Division"
        titles, name = person_words(rest)
        capitalised = bool(titles) and all(w[:1].isupper() for w in titles)
        if determiner == DEFINITE and capitalised and len(name) > 1 and _has_first_name(list(name[:1])):
            return self.named(rest)  # "la Dre Élise Fortier-Blais", "the Rev. Ann Cole": a title, then her
        if determiner == DEFINITE and self.language.code in ("en", "fr") and _is_proper_name(rest, self.language):
            if OUTLET.search(" ".join(rest)):
                return None  # an outlet reports, it does not speak
            return registered_organisation(rest, self.registry, self.language, named=True)  # "The American Red Cross"
        phrase = " ".join(words)
        for start, end, run in organisation_runs(phrase):
            alone = len(phrase[:start].split()) <= 1 and not _after_preposition(phrase[:start])
            if alone and not phrase[end:].strip(
                " ."
            ):  # "The Department for Transport (said)", not "… at Marsh College"
                return registered_organisation(run, self.registry, self.language)
        if self.language.code in NORDIC and _is_nordic_body(words, self.language):
            return registered_organisation(words, self.registry, self.language, named=True)  # Statens vegvesen
        if determiner and len(rest) > 1 and rest[-1].islower() and is_person_noun(rest[-1], self.language.code):
            return self.described(determiner, rest, words[0].lower())  # "a Department of Health spokesperson"
        head = _description(rest, self.language) if determiner == INDEFINITE else None
        if head and head[0] in {_singular(w).lower().strip(".,") for w in rest[:4]}:
            return self.described(determiner, rest, words[0].lower())  # "A Halloran regional manager reached by phone"
        kind_then_name = _KIND_THEN_NAME.search(phrase) if self.language.code == "en" else None  # "Rail operator
        # Westlink said": Westlink, not Rail (not "a geologist at consultancy Fjellsikring": where he works)
        body = self.registry.people.get(kind_then_name.group(2)) if kind_then_name else None
        employer = kind_then_name and PREPOSITIONS & set(phrase[: kind_then_name.start()].lower().split())
        if body and body.organisation and is_kind_of_organisation(kind_then_name.group(1)) and not employer:
            return body.name
        of_a_body = self.language.code in NORDIC and not determiner and len(words) > 2 and words[1] in PREPOSITIONS
        role = _definite_person(words[0].lower()) if of_a_body else None  # "Formanden for Kalvbjerg Fiskeriforening":
        for run in _name_runs_naming(phrase, determiner or (DEFINITE if role else None)):
            found = self.named(run)  # not the body
            if found:
                return found
        if role:
            return self.described(DEFINITE, [role, *words[1:]], "the")
        reach = 4 if self.language.code in NORDIC and words[0].endswith("s") else 2  # "kommunens tekniske direktør"
        bare = phrase[:1].islower() and any(is_person_noun(w, self.language.code) for w in words[:reach])
        if rest and (determiner or (bare and words[0].lower() not in PREPOSITIONS)):  # not "struck a defiant"
            return self.described(determiner, rest, words[0].lower())
        return None

    def _body_issuing(self, phrase: str) -> str | None:
        """The body that issued a document: one named before by the phrase's noun ('une note de
        l'observatoire consultée par notre rédaction'), else the body the phrase names ('l'inspection du
        travail')."""
        head = _ARTICLE_BEFORE.sub("", phrase).split()[:1]
        named = self.organisation(head[0]) if head and head[0].islower() else None
        if named in self.registry.people and _names_kind(head[0], self.registry.people[named].labels):
            return named
        issuer = self.resolve(phrase)
        body = self.registry.people.get(issuer or "")
        return issuer if body and body.organisation else None

    def _french_body(self, words: list[str]) -> str | None:
        """'ministère de la Sécurité publique', 'direction générale du CHR de Haute-Senne': a public body
        named by its lowercase noun and what follows it; 'la direction de Vernay Industries' is the firm."""
        if len(words) < 2 or len(words) > 8 or words[0].lower() not in _FRENCH_PUBLIC_BODIES:
            return None
        words = [w for w in words if not re.fullmatch(r"\(?[A-ZÀ-Þ][A-Za-zÀ-ÿ]{1,6}\)", w)]  # (SDIS)
        joined = words[1].lower() in ("de", "du", "des") or words[1].lower().startswith(("d'", "d’"))
        then = words[2] if len(words) > 2 else "de"
        adjective = words[1].isalpha() and words[1].islower() and words[1] not in ("de", "du", "des")
        described = adjective and (then.isalpha() and then.islower() or then.startswith(("d'", "d’")))  # générale
        verb = any(speech_verbs(w, "fr") or w.lower() in self.language.auxiliaries for w in words[1:])
        if not (joined or described) or verb:
            return None
        owner = self.registry.people.get(" ".join(words[2:])) if words[0].lower() == "direction" and joined else None
        if owner and owner.organisation:
            return owner.name  # "la direction de Vernay Industries"
        return registered_organisation(words, self.registry, self.language, named=True)

    def head_of(self, description: str) -> str:
        """The noun an unnamed speaker's description is about ('nurse' of 'local nurse')."""
        return next((h for h, d in self.unnamed.items() if d == description), description.split()[0].lower())

    def _many(self, description: str) -> bool:
        """Whether an unnamed speaker is a group ('colleagues', 'Western Republicans'), whom no 'she' is."""
        noun = next((w for w in description.split() if is_person_noun(w, self.language.code)), "")
        return is_plural(noun, self.language.code)

    def gender_of_unnamed(self, description: str) -> str | None:
        """An unnamed speaker's gender: a pronoun's, else their noun's ('Anwohnerin', 'vieille dame')."""
        code = self.language.code
        return (
            self.genders.get(description)
            or role_gender(self.head_of(description), code)
            or role_gender(description.split()[0], code)
        )

    def interviewee(self) -> str | None:
        """Who answers an interview's questions: the first person the article spoke of."""
        people = [n for n in self.mentions if (p := self.registry.people.get(n)) and not p.organisation]
        return people[0] if people else None

    def by_surname(self, word: str, gender: str | None):
        """Of people who share a surname: the one the paragraph is about (its topic), else the one named
        in full latest (in this paragraph or the one before: 'Michael Vogt, …' then 'sagte Vogt'),
        unless that one is called by first name alone since ('Pilar says') or the one named in full in
        this paragraph, else first, is named twice as often (a profile's 'Vance' is Teodora, though her
        sister Lidia Vance just spoke), and five times when the latest was only just introduced."""
        topic = self.registry.people.get(self.topic) if self.topic else None
        if topic and topic.surname == word and (gender is None or topic.gender in (gender, None)):
            return topic  # "Ordføreren håper … «…», sier Aasen": the Aasen the paragraph is about
        lately = [n for n in self.before if n not in self.here] + self.here
        latest = self.registry.by_word(word, gender, tuple(lately))
        usual = self.registry.by_word(word, gender, tuple(self.here))
        if latest and latest.first == word and latest.surname != word:
            self.by_first.add(latest.name)  # "Pilar says": the family's other members keep the surname
        spoke_last = latest and latest.name == self.speaker and self.language.code in NORDIC  # "– …, säger Eriksson"
        if latest and usual and latest is not usual and not spoke_last:
            if latest.name in self.by_first and usual.name not in self.by_first:
                return usual  # "Ferrer was a finalist": Lucía, since her mother is "Pilar"
            count = self.mentions.get
            new = count(latest.name, 0) <= 1  # "chef Maria Eriksson – inte släkt med kommunalrådet": just introduced
            return usual if count(usual.name, 0) >= max(5 if new else 3, 2 * count(latest.name, 0)) else latest
        return latest

    def _holds(self, name: str, role: frozenset[str]) -> bool:
        person = self.registry.people.get(name)
        return bool(person) and not person.organisation and role <= person.labels

    def by_age(self, surname: str, younger: bool) -> str | None:
        """Of two people sharing a surname, the younger or the elder: by their ages, else by what
        the article calls them (a son, a junior; a father, a senior)."""
        family = [p for p in self.registry.people.values() if not p.organisation and p.surname == surname]
        if len(family) < 2:
            return None
        ages = {p.name: int(a.split("-")[0]) for p in family for a in p.labels if AGED.fullmatch(a)}
        if len(ages) == len(family):
            return (min if younger else max)(ages, key=ages.get)
        words, others = (_YOUNGER, _ELDER) if younger else (_ELDER, _YOUNGER)
        found = [p.name for p in family if p.labels & words]
        if not found and len(family) == 2:  # "His son Erik Halvorsen …": the elder Halvorsen is the other
            found = [p.name for p in family if not p.labels & others]
            found = found if len(found) == 1 else []
        return found[0] if len(found) == 1 else None

    def person_named(self, phrase: str) -> str | None:
        """The registered person (not a body) a phrase names in full, if any."""
        name = clean_name(tuple(phrase.split()))
        person = self.registry.people.get(name) if name and " " in name else None
        return person.name if person and not person.organisation else None

    def named(self, words: list[str]) -> str | None:
        before_body = (
            i for i, w in enumerate(words) if i and (w in PARTICLES or w == "vom") and is_organisation(words[i:])
        )
        cut = next(before_body, None)
        if cut:  # "Helga Brandauer von der Universität Lennstadt": the name ends before its institution
            words = words[:cut]
        words = list(without_genitive(tuple(words), self.registry, self.language.code))  # "Ingrid Aasens sønn"
        surname = len(words) == 1 and self.language.code == "en" and words[0].lower() in SURNAMES_THAT_ARE_WORDS
        if surname and (person := self.registry.by_word(words[0])):
            return person.name  # "Han said": Ji-woo Han (in English no pronoun)
        titles, name_words = person_words(words)
        of_a_body = titles_of_a_body(titles)  # "Department of Environmental Protection"
        if is_organisation(words) and (len(name_words) < 2 or is_organisation(name_words) or of_a_body):
            organisation = organisation_name(words, self.language)
            return None if OUTLET.search(organisation) else organisation  # an outlet reports, it does not speak
        name = clean_name(words)
        if not name or not name[:1].isupper() or name.lower() in _FUNCTION_WORDS.get(self.language.code, ()):
            return None  # "zusammen", "ein", French "Son" (mari): no name
        if " " in name:
            person = self.registry.people.get(name) or self.registry.by_word(name.split()[-1], here=tuple(self.here))
            if person and person.first == name.split()[0]:
                return person.name
            role = first_name_gender(name.split()[0]) is False and is_person_noun(name.split()[0], self.language.code)
            if person and len(name.split()) == 2 and role:
                return person.name  # "Richterin Wintermantel": a role before a surname the article knows
            particle = name.split()[0].lower() in PARTICLES
            if person and particle and person.name.lower().endswith(f" {name.lower()}"):
                return person.name  # "Van Alst said": Pieter Van Alst; "De la Cruz said": Luis de la Cruz
            if not looks_like_a_person(name_words, titles) and not _could_be_a_name(name_words):
                return None  # "Port Kellan", "Old Sallow"
            return self.registry.add(name, gender_of(titles, name_words, self.language.code)).name
        gender = (gender_of(titles, name_words, self.language.code) if titles else None) or self.said_gender
        person = self.by_surname(name, gender)
        about = person and person.name == self.topic and not person.labels & RELATION_GENDER.keys()
        if person and not about and self._spoken_of(person):  # "Her mother, Rosa Castellanos … “She corrects
            # my masa,” Castellanos says": Maren (not who the paragraph is about, unless a relative: "Connor Marsh
            # was less amused. “He got the win,” Marsh said")
            known = (p for n in self.mentions if (p := self.registry.people.get(n)))  # (descriptions are no one's)
            family = [p for p in known if p.surname == name and not p.organisation]
            others = [p for p in family if p is not person and not self._spoken_of(p)]
            person = others[0] if len(others) == 1 else person
        if person:
            return person.name
        unknown = first_name_gender(name) is False
        noun = self.language.code == "de" or (
            self.language.code in NORDIC  # "Rektorn sa", "Ap-politikeren": a definite noun opening the sentence
            and any(is_person_noun(stem, self.language.code) for stem in definite_stems(name.lower().split("-")[-1]))
        )
        function_word = (
            _CONTRACTION.fullmatch(name)  # "I’ve told her": no one named I’ve
            or name.lower() in PREPOSITIONS
            or name.lower() in self.language.stop_words  # "På et møde"
            or name.lower() in self.language.auxiliaries | {"do", "can", "could", "should"}  # "Q: Do you still write"
        )
        if name.lower() in NON_NAMES or function_word:
            return None
        body = self.registry.organisation_in((name,))  # "Harbridge", "teilte Brenntal mit": the one named in full
        if unknown and (noun or name.endswith("s")):  # a lone capitalized word nobody is named by: a noun
            return body  # (German), Critics, Democrats
        return body or self.registry.add(name, gender).name

    def _spoken_of(self, person: Person) -> bool:
        """Whether the quote being attributed speaks of this person, so is not theirs: by first name
        outside any quote it quotes ('Jonatan har fel'), as 'my mother' or in its attribution ('said of
        his daughter') when that is who they are, or by the pronoun it opens on when they are the last
        of its gender this paragraph mentioned ('She corrects my masa')."""
        words = _INNER_QUOTE.sub(" ", self.quoted)  # (not "She'd yell 'Hands up, Kiera!'")
        if re.search(rf"\b{re.escape(person.first)}\b", words) and person.first != person.surname:
            return True
        relations = [w for w in person.labels if w in RELATION_GENDER]
        if self.said_of in relations or any(
            re.search(rf"\b(?:{_MY})\s+{re.escape(w)}\b", words, re.IGNORECASE) for w in relations
        ):
            return True
        opening = re.match(r"\W*(?:(?:but|aber|mais|men)\s+)?(\w+)\b", words, re.IGNORECASE)
        pronoun = opening.group(1).lower() if opening else ""
        gender = self.language.pronouns.get(pronoun) if pronoun not in _FIRST_AND_SECOND else None
        same = [n for n in self.here if (p := self.registry.people.get(n)) and p.gender == gender]
        return bool(gender) and same[-1:] == [person.name]  # the latest of that gender in this paragraph

    def labelled(self, sentence: str) -> str | None:
        """The person a sentence opens on by a label the article gave them, if any: 'Die Kanzlerin
        zeigte sich unbeeindruckt', 'The 19-year-old, ranked 41st, broke serve' (nobody new)."""
        words = sentence.split()
        if not words:
            return None
        relative = self.relative(words[:2])  # "Seine Schwester will weiter sammeln."
        if relative:
            return relative
        determiner, rest = split_determiner(words[:4], self.language)
        opening = OPENING_PHRASE.match(sentence)
        if determiner != DEFINITE and opening:  # "Asked whether he had ever scored, the 19-year-old laughed"
            determiner, rest = split_determiner(sentence[opening.end() :].split()[:4], self.language)
        stems = definite_stems(words[0].lower()) if self.language.code in NORDIC else []
        known = {label for p in self.registry.people.values() for label in p.labels} if stems else set()
        stem = next((s for s in stems if is_person_noun(s, self.language.code) or s in known), None)  # Storesøsteren
        if stem:  # "Ordføreren håper …": the suffix is the article
            determiner, rest = DEFINITE, [stem]
        if determiner != DEFINITE or not rest:
            return None
        owned = len(rest) > 1 and rest[0].endswith(("’s", "'s"))  # "The company’s founder, …, defended the drug"
        if owned and len(rest) > 2 and rest[2].lower() in PREPOSITIONS:
            return None  # "The zoo’s head of animal health": a role of its own, not the head keeper's
        rest = rest[1:] if owned else rest
        head = _singular(rest[0]).lower().strip(",.")
        titled = (head in p.titles for p in self.registry.people.values())  # (a body has no titles)
        if not is_person_noun(head, self.language.code) and head != stem and not any(titled):
            return None  # (a title the article gave someone counts: "Der Landrat reagierte verärgert")
        gender = role_gender(head, self.language.code) or _ARTICLE_GENDER.get(words[0].lower())
        people = [p for n in reversed(self.recent) if (p := self.registry.people.get(n)) and not p.organisation]
        labelled = [
            p for p in people if has_label(p, head, self.language.code) and (not gender or p.gender in (gender, None))
        ]
        exact = [p for p in labelled if head in p.labels]  # "Ordføreren": the ordfører, not a fylkesvaraordfører
        found = next((p.name for p in exact or labelled), None)  # "Le bourgmestre"
        holders = [  # "Fællestillidsrepræsentanten … fik beskeden": the one the article gives the role, named later
            p.name
            for p in self.registry.people.values()
            if not p.organisation and head in p.labels and (not gender or p.gender in (gender, None))
        ]
        later = (
            holders[0] if len(holders) == 1 and holders[0] not in self.recent and (stem or gender or owned) else None
        )
        return found or later or self._labelled_now(rest[:3], gender)

    def _labelled_now(self, words: list[str], gender: str | None) -> str | None:
        """'…, sagte Martina Kessler. Die 41-jährige Lehrerin wohnt …': a label no one has yet, opening the
        sentence after someone named, is theirs from now on ('sagte die Lehrerin' later)."""
        found = _description(words, self.language)
        whose = any(w.lower() in PREPOSITIONS for w in words)  # "La présidente du club": a role of its own
        last = self._just_named_without(found[0], gender) if found and not whose else None
        if not last:
            return None
        last.labels |= {found[0], *(w.lower() for w in words if AGED.fullmatch(w))}  # "Die 41-jährige Lehrerin"
        return last.name

    def described(self, determiner: str | None, words: list[str], article: str = "") -> str | None:
        """'the 52-year-old' (someone named), 'a spokeswoman for the agency' (someone new),
        'one of the men holding the banner'; None when the words describe no person."""
        if determiner == DEFINITE and words[:1] == ["même"] and self.speaker not in self.registry.people:
            return self.speaker  # "glisse cette même source": the unnamed one who spoke last
        found = _description(words, self.language)
        if not found:
            return None
        head, description = found
        met = self._met_here_as(head) if determiner == DEFINITE else None
        if met:
            return met
        if determiner != INDEFINITE:
            candidates = []
            for name in reversed(self.recent):
                if name == self.unnamed.get(head):
                    break  # "A paramedic based at Coorabin …" spoke since anyone else was called a paramedic
                person = self.registry.people.get(name)
                other = self.said_gender and person and person.gender not in (self.said_gender, None)
                if person and has_label(person, head, self.language.code) and not other:
                    candidates.append(person)
            qualified = [p for p in candidates if _qualifiers(description) <= p.bodies]  # "the Harbor City coach"
            if candidates:
                return (qualified or candidates)[0].name
            named = _the_one_labelled(description, self.registry, self.recent)  # "the transport secretary"
            if named:
                return named
            if head in self.unnamed and not _other_owner(description, self.unnamed[head], self.language):
                first = self.unnamed[head]
                shorter = len(description) < len(self.shortest.get(first, first)) and " " in description
                if shorter and first.startswith(description.split()[0]):  # "the firefighter from Río Seco"
                    self.shortest[first] = description
                return first
            introduced = self._brought_in_as(head) if determiner == DEFINITE else None
            if introduced:  # "… discovered by a truck driver. “…,” the driver said"; "the 78-year-old"
                self.unnamed[head] = introduced
                return introduced
            gender = role_gender(head, self.language.code) or _ARTICLE_GENDER.get(article) or self.said_gender
            plural = is_plural(head, self.language.code)
            demonstrative = article in _DEMONSTRATIVES  # "explique ce père de deux enfants": the one just named
            label = (_is_label(description.split()) or demonstrative) and head not in ANYONE and not plural
            just_named = self._role_of_the_one_just_named(determiner, description, head, gender)
            if just_named:
                return just_named
            unnamed = self._unnamed_just_met(head, gender) if determiner == DEFINITE and head in ANYBODY else None
            if unnamed:  # "eine Maschinenbedienerin … sagte die Frau": her, not the woman named before her
                return unnamed
            if determiner == DEFINITE and label:  # "the mayor", "the 22-year-old" (not who an "Asked …," names)
                people = [
                    p
                    for n in reversed(self.recent)
                    if (p := self.registry.people.get(n)) and not p.organisation and n not in self.aside
                ]
                if head in _DEMONYM_NOUNS:  # "the Briton": not Spain's Diego Mora, just named
                    people = [p for p in people if not p.labels & _DEMONYM_NOUNS]
                    topic = self.registry.people.get(self.topic or "")
                    if topic in people and head not in topic.labels:  # "Sandström made 38 saves, one on
                        people.insert(0, topic)  # Connor Marsh. “…,” the Swede said": whom the paragraph is about
                states = content_words(description) & STATE_WORDS  # "the Idaho Republican": who is from Idaho
                people = sorted((p for p in people if places_fit(description, p)), key=lambda p: not states <= p.labels)
                ages = set(re.findall(r"\b\d{1,3}\b", description))  # "la femme de 52 ans" is not Côté, 61
                people = [p for p in people[: 3 if gender else 1] if not ages or not _other_age(p, ages)]
                holder = any(  # someone the article gives this role, named only further on
                    has_label(p, head, self.language.code) and p.name not in self.recent and places_fit(description, p)
                    for p in self.registry.people.values()
                )
                people = [] if holder else people  # "enligt åklagaren": the prosecutor named later, not who spoke
                for genders in ((gender,), (gender, None)) if gender else ((None,),):
                    found = next((p.name for p in people if p.gender in genders or not gender), None)
                    if found:
                        return found
        self.unnamed[head] = description
        if determiner == INDEFINITE:  # "A senior doctor said": none named in the paragraphs before
            self.new_after.setdefault(description, frozenset(self.mentions) - set(self.here))
        return description


def _of(whom: str) -> str:
    """French 'de' before whom: 'du bourgmestre', 'de la ministre', 'de Hugues Lemarchand'."""
    return f"du {whom[3:]}" if whom.startswith("le ") else f"de {whom}"


_ISSUER = re.compile(r"(?:de|du|des|d['’]|by|from)\s+(.+)$")
_ARTICLE_BEFORE = re.compile(r"^(?:l['’]|la\s+|le\s+|les\s+|the\s+)")


def _names_an_issuer(words: list[str]) -> bool:
    """Whether the words after a document's name name a body: 'sent to clients by Brennan Hale Securities'."""
    return any(is_organisation(run) for _, _, run in name_runs(" ".join(words)))


def _other_owner(description: str, other: str, language: Language) -> bool:
    """'regionens direktør' is not 'kommunens tekniske direktør', nor 'the county's clerk' 'the city's clerk'."""
    genitive = (*_POSSESSIVE, "ens") if language.code in NORDIC else _POSSESSIVE
    mine, theirs = ({w.lower() for w in d.split() if w.endswith(genitive)} for d in (description, other))
    return bool(mine and theirs and mine != theirs)


def _standing_for(bodies: list[str], noun: str | None) -> list[str]:
    """Of the bodies a noun may mean, those it stands for: 'die Behörde' is the Landesbehörde für
    Straßenbau (its name ends on the noun), not a body registered as plain 'Behörde', nor the
    ministry; a compound ('die Stadtverwaltung') means itself, not the Rathaus."""
    if not noun:
        return bodies
    if not german_compound_body(noun):
        bodies = [n for n in bodies if n.lower() != noun] or bodies
    return [n for n in bodies if any(w.lower().endswith(noun) for w in n.split())] or bodies


_TOWN_HALLS = frozenset("kommun kommune kommunen region regionen stadt gemeinde landkreis kreis city county".split())
_PARTS_OF_A_BODY = {  # who speaks for a body: a town's administration; a firm's or a club's board, its management
    **dict.fromkeys("förvaltningen forvaltningen verwaltung".split(), _TOWN_HALLS),
    **dict.fromkeys("vorstand geschäftsführung direction ledelsen ledningen styret".split(), frozenset()),
}
# a sentence opening on a group and its verb: "Inspectors highlighted …", "The residents fear …"
_PLURAL_SUBJECT = re.compile(r"\s*(?:The\s+)?([A-Z]?[a-z]{3,}(?<!s)s)\s+(?!said|says)[a-z]+")
_INDEFINITE = {  # an indefinite article, not after a comma (an appositive): someone brought in
    code: re.compile(rf"(?<!,)\s(?:{'|'.join(language.indefinite)})\s+", re.IGNORECASE)
    for code, language in LANGUAGES.items()
}
AGED = re.compile(r"(\d{1,3})-(?:year-old|jährige[rn]?|årig[ae]?|åring(?:en|a)?)", re.IGNORECASE)  # "58-year-old"
_UNIT_OF_A_BODY = re.compile(
    r"([A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,5})\s+(?:office|bureau|branch)(?:\s+(?:in|at)\s+.+)?"
)
_CHAPTER_OF_A_BODY = re.compile(
    r"(?:[A-Za-z]+\s+)?(?:chapter|branch|section|affiliate|wing)\s+of\s+((?:the\s+)?[A-Z].*)"
)
_OPENERS = "|".join(
    [  # words that open a phrase before a sentence's subject: "Outside the court, a woman …"
        *"""asked pressed by on at in after before during as when while since later afterwards moments minutes
    speaking writing addressing responding interviewed reached contacted joint jointe interrogé interrogée
    contacté contactée sollicité sollicitée invité invitée appelé appelée cité citée
    outside inside beside behind near nearby across among along around next elsewhere further downstairs
    upstairs devant dans à au aux en lors après avant depuis sur sous chez derrière côté vor im am auf nach bei
    während seit später hinter neben på i vid ved efter etter bagefter utanför utenfor udenfor foran
    framför bakom bag""".split(),
        r"un\s+peu",  # "Un peu plus loin, un retraité …"
    ]
)
OPENING_WORD = re.compile(rf"^\s*(?:{_OPENERS})\s", re.IGNORECASE)  # "Devant l'usine, un régleur …"
OPENING_PHRASE = re.compile(  # "Asked …, the 19-year-old", "Invité à parler, comme le veut la procédure, le prévenu"
    rf"^\s*(?:{_OPENERS})\b[^,;:_]{{0,80}},\s+(?:(?:comme|as|wie|som)\s[^,;:_]{{0,40}},\s+)?", re.IGNORECASE
)
_ROLE_ACRONYMS = {  # a role by its initials, and the words the article may have spelled it out in
    acronym: frozenset(words.split())
    for acronym, words in {
        "ceo": "chief executive", "cfo": "chief financial", "coo": "chief operating", "cto": "chief technology",
        "drh": "ressources humaines", "pdg": "président-directeur", "dg": "directeur général",
        "md": "managing director", "gm": "general manager", "vd": "verkställande",
    }.items()
}  # fmt: skip
_CONTRACTION = re.compile(r"(?:I|We|You|They|He|She|It)[’'](?:ve|m|d|ll|re|s)")
_PRESS_OFFICE = re.compile(
    r"(?P<owner>(?:the\s+)?[\w-]+?)(?:’s|'s|s)\s+(?:press\s+office|press\s+service|communications\s+team|"
    r"presstjänst|pressavdelning|presskontor|pressetjeneste|pressetjenesten|kommunikationsavdeling|"
    r"kommunikasjonsavdeling|kommunikasjonsavdelingen|kommunikationsavdelingen|kommunikationsenhet|"
    r"underlag|notat|notatet|rapport|rapporten|beregninger|beräkningar|bedömning|vurdering|vurderingen|skrivelse)|"
    r"(?:die\s+)?Pressestelle\s+(?P<body>(?:der|des)\s+.+)",
    re.IGNORECASE,
)
_NORDIC_RELATIVES = {  # "Faren", "Dottern", "Sønnen"
    **dict.fromkeys("far fader søn sønn son bror broder ektemann ægtemand make mann mand".split(), MALE),
    **dict.fromkeys("mor moder datter dotter søster syster kone hustru kona dattera mora hustrun".split(), FEMALE),
}
_FUNCTION_WORDS = {"fr": frozenset("son sa ses leur leurs mon ma mes notre nos votre vos".split())}
_GERMAN_OWNERS = frozenset("sein seine ihr ihre".split())  # German nouns are capitalized: "seine Familie"
_GROUPS = frozenset("family familie famille familj familien familjen".split())
_SOURCE_ADJECTIVES = frozenset(
    "familiar close involved briefed knowledgeable aware proche proches tæt nära nær".split()
)
_YOUNGER = frozenset("younger junior jr son daughter grandson granddaughter freshman sophomore".split())
_ELDER = frozenset("elder older senior sr father mother dad mom grandfather grandmother coach".split())
_AGE_WORDS = r"\s+(?:de|på|von)\s+\d{1,3}\s+(?:ans|år|Jahren)"  # "la chanteuse de 31 ans"
_AGE_AFTER = re.compile(_AGE_WORDS + "$")
_AGE_INSIDE = re.compile(_AGE_WORDS + r"\b")


def is_plural(noun: str, language: str) -> bool:
    """An English or French plural: 'fans', 'colleagues', 'riverains' (not 'fils', 'witness')."""
    plural = len(noun) > 3 and noun.endswith(("s", "x")) and not noun.endswith("ss") and noun.lower() != "fils"
    return language in ("en", "fr") and plural


def is_aged(description: str) -> bool:
    """Whether a description gives an age: 'a 67-year-old retired farmer', 'un homme de 54 ans'."""
    return bool(AGED.search(description) or _AGE_INSIDE.search(description))


def _other_age(person, ages: set[str]) -> bool:
    """Whether the article gave this person an age other than these."""
    known = {label.split("-")[0] for label in person.labels if AGED.fullmatch(label)}
    return bool(known) and not known & ages


def has_label(person, head: str, language: str) -> bool:
    """Whether the article called this person so: 'die Kanzlerin' is the Bundeskanzlerin (a German
    or Nordic compound ends in its head)."""
    compounds = (language == "de" or language in NORDIC) and len(head) > 4  # erhvervsministeren
    if head in person.labels or (compounds and any(label.endswith(head) for label in person.labels)):
        return True
    if any(same_role(head, label) for label in person.labels):
        return True  # "l'enseignante" of "Odile Fabre, institutrice"
    return language in NORDIC and any(  # "kammaråklagaren Lena Ståhlberg", later "enligt åklagaren"
        stem == head or (compounds and stem.endswith(head)) for label in person.labels for stem in definite_stems(label)
    )


def _is_label(words: list[str]) -> bool:
    """A short description that may stand for someone just named ('the governor', 'the 52-year-old',
    'la jeune femme', 'la chanteuse de 31 ans'), not one introducing someone new ('the city’s
    parking consultant')."""
    words = _AGE_AFTER.sub("", " ".join(words)).split()
    placed = len(words) <= 4 and all(w[:1].isupper() for w in words[:-1])  # "the Central Scotland MSP"
    aged = len(words) <= 4 and bool(AGED.fullmatch(words[0]))  # "the 58-year-old former agronomist"
    plain = len(words) <= 3 and all(w.islower() and w not in PREPOSITIONS for w in words)  # "the retired dinner lady"
    return (len(words) <= 2 or placed or aged or plain) and not any(w.endswith(("’s", "'s", "s’", "s'")) for w in words)


_DEFINITE_ENDINGS = ("erne", "ene", "en", "et", "na", "n", "t")  # regionen, myndigheten, formændene


def definite_stems(word: str) -> list[str]:
    """A Nordic noun without its suffixed article, longest ending first: åklagaren → åklagar, åklagare."""
    return [word[: -len(end)] for end in _DEFINITE_ENDINGS if word.endswith(end) and len(word) > len(end) + 2]


def _names_kind(noun: str, labels: set[str]) -> bool:
    """Whether 'the ministry', 'regionen', 'das Ministerium' can mean an organisation with these
    name words: Region Vestjylland, Bundesgesundheitsministerium."""
    stems = definite_stems(noun)
    forms = {noun, f"{noun}s", *stems}  # "the airline": Skyward Airlines
    if any(label.endswith(stem) for stem in stems if len(stem) >= 5 for label in labels):
        return True  # "korpset": Tindedal Hjelpekorps
    if noun in _COMPANY and labels & _COMPANY:  # "virksomheden": the A/S called "selskabet" before
        return True
    short = len(noun) <= 4  # "das Amt": the Tiefbauamt (a body's compound), not any label ending so
    endings = (noun, *_ALSO_ENDING.get(noun, ()))
    return any(
        label in forms or (label.endswith(endings) and (not short or german_compound_body(label))) for label in labels
    )


_ALSO_ENDING = {"verband": ("bund",)}  # "der Landessportbund … teilte der Verband mit"


_FRENCH_PUBLIC_BODIES = {  # a French public body's noun, before what it does and where, and its gender
    **dict.fromkeys(
        """direction préfecture sous-préfecture mairie agence caisse académie inspection fédération chambre
        gendarmerie université autorité commission délégation cour assemblée banque zone""".split(),
        FEMALE,
    ),
    **dict.fromkeys(
        """ministère rectorat cabinet service office hôpital établissement institut observatoire secrétariat
        parquet""".split(),
        MALE,
    ),
}
_FRENCH_BODY_GENDER = {  # what "elle" or "il" may mean: a body (not "le parquet": its "il" is the prosecutor's)
    **{body: gender for body, gender in _FRENCH_PUBLIC_BODIES.items() if body != "parquet"},
    **dict.fromkeys("commune ville région société entreprise association municipalité".split(), FEMALE),
}
_NAMESAKES = frozenset("namesake namensvetter namensvetterin homonyme navne navnebror namne".split())
_COMPANY = frozenset(
    """company firm selskabet virksomheden selskapet bedriften bolaget företaget firmaet unternehmen firma
    konzern entreprise société groupe""".split()
)


_COLLECTIVE = frozenset(  # sources quoted as a body
    """authorities officials police prosecutors investigators officers firefighters doctors researchers
    scientists analysts critics residents experts organizers organisers witnesses lawmakers economists
    behörden ermittler polizei autorités enquêteurs pompiers myndighederne politiet polisen""".split()
)
_PRONOUN_OF_GENDER = {
    "en": {MALE: "he", FEMALE: "she"}, "de": {MALE: "er", FEMALE: "sie"}, "fr": {MALE: "il", FEMALE: "elle"},
    "sv": {MALE: "han", FEMALE: "hon"}, "da": {MALE: "han", FEMALE: "hun"}, "no": {MALE: "han", FEMALE: "hun"},
}  # fmt: skip
DEFINITE, INDEFINITE = "definite", "indefinite"
ISSUING_GROUPS = ("officers", "officials", "staff", "inspectors", "auditors", "researchers", "scientists", "analysts")
ISSUING_GROUP = (
    rf"(?:(?!the\b|its\b|his\b|her\b|their\b)\w+\s+)?(?:{'|'.join(ISSUING_GROUPS)})"  # "by council officers"
)
_ISSUED = frozenset(  # documents whose words are their issuer's: a company's statement, a court's ruling
    """statement release communiqué mitteilung erklärung pressemeddelelse pressmeddelande ruling decision verdict
    aussendung presseaussendung pressemitteilung medienmitteilung stellungnahme pressemelding
    pressemeldingen filing""".split()
)
DOCUMENTS = _ISSUED | frozenset(
    """study report survey poll analysis review audit filing letter memo note notice lawsuit suit paper anklageschrift
    studie bericht gutachten umfrage étude rapport enquête sondage undersøgelse rapporten décompte bilan
    courrier courriel lettre""".split()
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
ORGANISATION_NOUNS = (
    frozenset(
        """company firm group club union agency council court ministry department commission trust
    association guild board committee authority government administration university hospital
    airline carrier retailer insurer lender automaker manufacturer bank party utility cooperative school
    district city county state division
    unternehmen konzern firma verein gewerkschaft ministerium behörde gericht gemeinde klinik interessengemeinschaft
    spital krankenhaus organisation
    initiative
    entreprise société groupe syndicat ministère préfecture mairie commission municipalité
    bolaget företaget klubben facket kommunen regionen myndigheten rederiet förbundet
    selskabet virksomheden foreningen selskapet foreninga management campaign society institute zoo
    foundation museum team league conference police commune région département direction gouvernement conseil journal
    parquet rectorat gendarmerie regierung stadt land landkreis polizei staatsanwaltschaft geschäftsführung
    unternehmensleitung konzernleitung betriebsrat direktoratet politiet vegvesenet styret ledelsen
    ledningen styrelsen organization organisation coalition alliance consortium federation network
    bakery brewery restaurant shop store café pub hotel service""".split()
    )
    | COUNCILS
)
_CONJUNCTION = re.compile(r"^(?:and|but|while|whereas|und|aber|et|mais|och|men|og)\s+", re.IGNORECASE)
_CLAUSE = re.compile(
    r"\s(who|whose|which|that|qui|som|und|and|et|och|og|while|während|as|als|mais|but|aber|when|när|når|medan|mens"
    r"|quand|lorsque)\s"
)
_CONJUNCTIONS = frozenset("und and et och og".split())


def _compound_body(word: str) -> bool:
    """fylkeskommunen, räddningstjänsten, and "Etaten" opening a sentence (not the name Havressursetaten)."""
    lowered = word.lower()
    return (word[:1].islower() and lowered.endswith(NORDIC_BODIES)) or lowered in NORDIC_BODIES


def _body_noun(word: str) -> str | None:
    """The organisation noun a word is, maybe in the genitive: Verbandes → verband, syndicat."""
    word = word.lower().strip(".,")
    for form in (word, word.removesuffix("es"), word.removesuffix("s")):
        if form in ORGANISATION_NOUNS or form in GERMAN_BODIES:
            return form
        compound = next((b for b in GERMAN_BODIES if form.endswith(b) and len(form) > len(b) + 2), None)
        if compound:  # Kantonspolizei, Landesverkehrsministerium
            return compound
    return None


def without_time(text: str, registry: Registry) -> str:
    """Text without the time word it opens on ('Friday, …', 'heute'), unless the word is someone's
    name ('sagte Freitag': Hanna Freitag)."""
    time = TIME.match(text)
    word = time.group().strip(" ,") if time else ""
    return text if not time or (word[:1].isupper() and registry.by_word(word)) else text[time.end() :]


def _trimmed(phrase: str, language: Language, registry: Registry) -> list[str]:
    """A subject phrase without what surrounds the subject: time words, a leading conjunction, a
    relative clause, a trailing auxiliary ('Roe has' said)."""
    phrase = without_time(phrase.strip(" ,;:—–-"), registry).strip(" ,")
    if MASK in phrase:
        return []
    if " ".join(phrase.split()[:2]) not in registry.people:  # (not the Romansh Men Caduff: "Men" is a name)
        phrase = _CONJUNCTION.sub("", phrase)
    for clause in _CLAUSE.finditer(phrase):  # not the "and" in "Department of Health and Social Care"
        if clause.group(1).lower() in _CONJUNCTIONS and joins_a_name(phrase, clause.start(), clause.end()):
            continue
        if phrase[: clause.start()].endswith("-"):
            continue  # "barn- och utbildningsförvaltningen", "Kinder- und Jugendamt": one compound
        if clause.group(1) == "et" and re.match(r"(?:de|du|des|d['’])\s*\w", phrase[clause.end() :]):
            continue  # "le service départemental d'incendie et de secours": one body
        head, tail = phrase[: clause.start()], phrase[clause.end() :]
        if clause.group(1) in ("who", "whose") and language.code == "en" and _described_person(head.split(), language):
            words = phrase.split()  # "a woman who lives above the bakery": the description keeps its clause
            phrase = " ".join(words[: _relative_clause(words, len(head.split()), language)])
            break
        if clause.group(1).lower() in _CONJUNCTIONS and head.islower() and name_runs(tail):
            phrase = tail  # "head football coach and athletic director Wes Dunleavy": the name
            continue
        phrase = head
        break
    words = phrase.split()
    if words and words[-1].endswith(","):
        words[-1] = words[-1].rstrip(",")  # "Its regional section head, (who …)"
    while len(words) > 1 and words[-1].lower().strip(".,") in _AFTERWARDS:
        words.pop()  # "sa 23-åringen efteråt", "sagte der Trainer danach"
    while words and (words[-1].lower() in language.auxiliaries or words[-1].lower() in _REFLEXIVE):
        words.pop()  # "Roe has (said)", "The ministry itself (said)"
    level = 1 if words[:1] and words[0].lower() in language.definite else 0
    if len(words) > level + 1 and words[level] in _LEVELS and words[level + 1][:1].isupper():
        del words[level]  # "the state Department of Health": the department
    return words


_INNER_QUOTE = re.compile(r"(?:(?<=\s)|^)[‘'\"“„«‹][^‘\"“”„«»‹›]*?[’'\"”“»›](?!\w)")
_MY = "my|mein|meine|meiner|meinem|meinen|ma|mon|min|mi|mitt|mit"
_FIRST_AND_SECOND = frozenset("i you we ich du wir ihr je tu nous vous jag du vi jeg dere".split())


_NO_PLACES = frozenset(
    "local senior top angry many some several other both most few worried".split()
)  # "Local officials"
_LEVELS = frozenset("state federal county city provincial regional national".split())


_AFTERWARDS = frozenset(
    "afterwards afterward later efteråt etterpå bagefter senare danach nachher anschließend ensuite après".split()
)


def _described_person(words: list[str], language: Language) -> bool:
    """'a woman', 'an older man': who a relative clause must tell apart from anybody else."""
    determiner, rest = split_determiner(words, language) if words else (None, [])
    plain = 0 < len(rest) <= 2 and all(w.islower() for w in rest)  # (not "one who asked …")
    return bool(determiner) and plain and _singular(rest[-1]) in _TOLD_APART


_REFLEXIVE = frozenset("itself himself herself themselves selbst lui-même elle-même själv selv".split())


def split_determiner(words: list[str], language: Language) -> tuple[str | None, list[str]]:
    """('definite' | 'indefinite' | None, the words after it): 'the mayor', 'one of the men',
    "l'entraîneuse de Kerlann", 'ein Sprecher'."""
    phrase = " ".join(words)
    quantified = _QUANTIFIER.match(phrase)
    if quantified:
        rest = phrase[quantified.end() :].split()
        if quantified.group().split()[0].lower() in _ONE:  # "One of the drivers": a driver
            at = next((i for i, w in enumerate(rest[:4]) if is_person_noun(w, language.code)), None)
            rest = rest if at is None else [*rest[:at], _one_of(rest[at], language.code), *rest[at + 1 :]]
        return INDEFINITE, rest
    first = words[0].lower()
    if first.startswith(("l'", "l’")) and len(first) > 2:
        return DEFINITE, [words[0][2:], *words[1:]]
    if first in language.indefinite and words[1:2] != ["peu"]:  # (not "Un peu plus loin,")
        return INDEFINITE, words[1:]
    if first in language.definite:
        return DEFINITE, words[1:]
    pointing = first in _DEMONSTRATIVES or first in _POINTING
    named = len(words) > 1 and (is_person_noun(words[1], language.code) or words[1].lower() in DOCUMENTS)
    if pointing and named:  # "explique ce père de deux enfants", "That nurse", "That lawsuit" (not "cette semaine")
        return DEFINITE, words[1:]
    return None, words


_THINGS = frozenset("ce cela ça ceci".split())  # French pronouns that stand for a thing
_THE_LATTER = {  # French "the latter", and the gender it tells
    **dict.fromkeys(("celui-ci", "ce dernier"), MALE),
    **dict.fromkeys(("celle-ci", "cette dernière"), FEMALE),
    **dict.fromkeys(("ceux-ci", "celles-ci"), None),
}
_FRENCH_OWNERS = frozenset("son sa ses leur".split())  # (whose gender no French possessive tells)


def _name_runs_naming(phrase: str, determiner: str | None) -> list[list[str]]:
    """The capitalized runs of a subject phrase that may name its subject, best first: a name
    opening the phrase ('Claire Vautrin lors d'un déplacement'), else one closing it ('the
    striker Tomás Quintero'), but not one after a preposition ('an aide to Escobar') nor, after
    a determiner, one without a first name ('ein Sprecher der Kreisfeuerwehr')."""
    runs = name_runs(phrase)
    found = []
    bodies = organisation_runs(phrase)
    whole = bodies and not phrase[bodies[-1][1] :].strip(" .,") and {"of", "for", "and"} & set(bodies[-1][2])
    before = phrase[: bodies[-1][0]].split() if whole else []
    if whole and len(before) <= 2 and all(w.islower() and w not in PREPOSITIONS for w in before):
        found.append(list(bodies[-1][2]))  # "the state Department of Environmental Protection": not a person's name
    between = phrase[runs[0][1] : runs[1][0]].split() if len(runs) > 1 else []
    role = 0 < len(between) <= 2 and len(runs[0][2]) <= 3 and all(w.islower() and w not in STOP_WORDS for w in between)
    if role and _has_first_name(runs[1][2]):  # "Corliss coach Annette Varga", "Corliss forward …": not a Corliss
        runs = runs[1:]
    employer = len(runs) > 1 and phrase[runs[0][1] : runs[1][0]].split()[:1] in (["of"], ["from"], ["at"])
    plain = employer and is_plain_name(runs[0][2])  # "Kwame Asante of Barclays": an unlisted first name
    if runs and runs[0][0] == 0 and (_has_first_name(runs[0][2]) or _initials(runs[0][2]) or plain):
        found.append(runs[0][2])  # "Claire Vautrin lors d'un déplacement", "J.D. Kowalczyk of Mid-State …"
    elif runs and determiner and len(phrase[: runs[0][0]].split()) == 1 and _has_first_name(runs[0][2]):
        found.append(runs[0][2])  # "der Wildbiologe Matthias Eberharter von der Forschungsstelle für …"
    elif runs and len(runs) > 1 and _role_then_name(phrase[: runs[0][0]], runs[0][2]):
        found.append(runs[0][2])  # "vagtchef Mads Østergaard fra Fyns Politi": not his employer
    if runs:
        start, end, words = runs[-1]
        tail = phrase[end:]
        closes = not tail.strip(" .") or bool(_PLACE_OR_TIME.match(tail))
        owned = phrase.split()[0].lower() in POSSESSIVES  # "His colleague from Oregon"
        after_preposition = (bool(determiner) or owned) and _after_preposition(phrase[:start])
        bare = bool(determiner) and not _has_first_name(words) and not is_organisation(words)
        if closes and not after_preposition and not bare:
            found.append(words)
        elif closes and len(words) > 2 and first_name_gender(words[0]) is False and _has_first_name(words[1:2]):
            found.append(words[1:])  # "le député écologiste de la Gironde Arnaud Pélissier": a place, then him
    return found


def _role_then_name(before: str, words: tuple[str, ...]) -> bool:
    return before.islower() and len(before.split()) <= 2 and _has_first_name(words)


_PLACE_OR_TIME = re.compile(
    r"\s+(?:von|vom|aus|am|im|beim|from|of|at|in|on|during|after|de|du|des|lors|à|au|från|fra|på|i|til|till|"
    r"under|efter|etter|med|with|bei|für|for)\b"
)


_INSTITUTIONS = frozenset("house senate department ministry council treasury office state".split())  # in titles too


def _is_body_of_a_place(words: list[str]) -> bool:
    """préfecture du Haut-Varenne, mairie de Bréhignac, Ministry of Health: a public body and where."""
    return (
        2 < len(words) <= 6
        and words[0].lower() in ORGANISATION_NOUNS
        and words[1].lower() in ("of", "de", "du", "des", "d'", "d’", "der", "des", "für")
        and _names_a_place_or_body(re.sub(r"^[ld]['’]", "", words[-1]))  # la préfecture de l'Orbe, de l'hôpital
    )


def _names_a_place_or_body(word: str) -> bool:
    return word[:1].isupper() or word.lower() in _BODIES_OF_BODIES


_BODIES_OF_BODIES = frozenset("hôpital clinique université école usine entreprise commune ville hospital".split())


def _is_nordic_body(words: list[str], language: Language) -> bool:
    """Statens vegvesen, Statens pensjonskasse: Nordic names of bodies capitalize the first word only."""
    return (
        2 <= len(words) <= 4
        and words[0][:1].isupper()
        and (words[0].endswith("s") or is_organisation(words[-1:]) or _compound_body(words[-1]))  # Statens
        # vegvesen, Meteorologisk institutt, Vestkyst fotballkrets
        and all(w.islower() and w.isalpha() for w in words[1:])
        and not is_person_noun(words[-1], language.code)
        and first_name_gender(words[0]) is False
    )


def _is_proper_name(words: list[str], language: Language) -> bool:
    """'American Red Cross' after 'the' (an organisation's name), not 'Rev. Jane Roe' nor 'Wisconsin
    Republican' (a description of someone)."""
    if (
        not words
        or len(words) > 8
        or words[0].endswith((".", "·"))  # "the Rev. Jane Roe"
        or words[0].lower() in HONORIFICS
        or (is_title(words[-1]) and words[-1].lower() not in _INSTITUTIONS)
        or is_person_noun(words[-1], language.code)
        or any(w.lower() in ROLE_NOUNS for w in words[:-1])
        or any(w.lower() in ("mp", "mep", "msp", "mla", "td") for w in words)  # "the Central Scotland MSP"
    ):  # not "the Labour MP for Bolton West": someone
        return False
    if language.code == "fr" and len(words) <= 5 and words[0].lower() in ORGANISATION_NOUNS | _FRENCH_BODIES:
        lowered = all(w.islower() and w.replace("’", "").replace("'", "").isalpha() for w in words[1:])
        return words[0][:1].isupper() and lowered  # Commission européenne, Cour régionale des comptes
    inner = all(w[:1].isupper() or w in ("of", "the", "for", "and", "&", "de", "des", "du", "d'", "et") for w in words)
    return inner and words[-1][:1].isupper()


_FRENCH_BODIES = frozenset(_FRENCH_PUBLIC_BODIES) | {"haute"}  # (la Haute Autorité de santé)


_PLACE_WORDS = frozenset(
    """port fort mount saint st san santa new north south east west upper lower old great little
    lake river bay cape glen city county valley park street hill hills heights harbor harbour beach
    falls springs island islands point creek""".split()
)


def _could_be_a_name(words: tuple[str, ...]) -> bool:
    """Two or three capitalized words that speak are a person's name even when no first-name list
    knows it (Ousmane Ndiaye, Nkechi Alvarado-Stone), unless they read like a place or a firm."""
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not {words[0].lower(), words[-1].lower()} & _PLACE_WORDS
        and not is_kind_of_organisation(words[0])
    )


def _initials(words: tuple[str, ...]) -> bool:
    return len(words) >= 2 and bool(re.fullmatch(r"(?:[A-Z][.·]){1,3}|[A-Z]{2}", words[0]))


def _has_first_name(words: list[str]) -> bool:
    return any(first_name_gender(w) is not False for w in words if w.lower() not in NON_NAMES)  # not "One"


_PERSON_SUFFIX = re.compile(
    r"(?:man|mand|woman|person|er|or|iste?|ant|ent|ian|eur|euse|rice|ière|ier|ine|in|are|ør|krat|year-old|jährige[rn]?|"
    r"aide|official|chief|head|expert|source|witness|resident|neighbou?r|fan|parent|mother|father|figure|insider|"
    r"ally|critic|supporter|opponent|member|membre|girl|boy|teenager|child|kid|grandmother|grandfather|grandma|"
    r"grandpa|mum|mom|dad|mp|peer|regular|employee|staff|people|génaire|trentenaire|"
    r"friend|colleague|student|worker|voter|victim|survivor|diplomat|diplomate|lawmaker|"
    r"spokesperson|representative|executive|adviser|advisor|agent|scientist|analyst|economist|"
    r"femme|homme|voisin|voisine|habitant|habitante|retraitée?|élue?|porte-parole|médecin|père|mère|"
    r"cadre|salariée?|employée?|élève|gendarme|juge|avocate?|témoin|patronne?|"
    r"läkare|lärare|boende|invånare|læge|beboer|borger|elev|spiller|mann|kvinne|kvinna|kvinde|kone|pige|dreng|"
    r"källa|kilde|kjelde|nabo|granne|gæst|gäst|gjest|sköterska|medarbejder|medarbeider|anställd|ansatt|ansat|tilsett|mitglied|"
    r"ante|ente|ienne|préf[eè]te?|députée?|procureure?|ministre|maire|fonctionnaire|secrétaire|propriétaire|locataire|gestionnaire|stagiaire|bénéficiaire|commissaire|notaire|"
    r"åringen|åring|åringa|årige|bourgmestre|édile|prévenue?|accusée?|kapten|kaptein|sjef|papa|mama|maman|"
    r"vorsitzende|beauftragte|abgeordnete|angestellte|beschäftigte|arzt|sprecherin|sprecher|anwohner|anwohnerin|nachbar|nachbarin|mann|frau|bürger|bürgerin|(?<!gegen)wart|wartin|"
    r"zeuge|kollege|experte|anwalt|kommissar|gardien|chirurgien|icien|pharmacien|historien|comédien|collégien|lycéen|citoyen|doyen|"
    r"democrat|republican|conservative|(?<![a-z])tory|liberal|socialist|nationalist|centrist|populist|politician|"
    r"legislator|briton|scot|swede|dane|finn|pole|dutchman|american|mexican|african|korean|european|"
    r"kristdemokrat|socialdemokrat|demokrat|politiker|politikerin|politikern|politikeren)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def is_person_noun(word: str, language: str) -> bool:
    """Could this noun be someone quoted: 'spokeswoman', 'aide', 'Anwohner', 'habitante', 'pompiers'
    (not 'strike')."""
    word = word.lower().strip(".,")
    if language == "fr" and len(word) > 4 and word.endswith(("s", "x")):
        word = word[:-1]  # les pompiers, les habitants
    if language in NORDIC and len(word) > 6 and word.endswith("e") and _PERSON_SUFFIX.search(word[:-1]):
        return True  # medarbejdere, lærere: Nordic plurals
    plural = re.sub(r"(?:erne|arna|ene|orna)$", "", word) if language in NORDIC and len(word) > 7 else word
    if plural != word and _PERSON_SUFFIX.search(plural):
        return True  # mejeristerne, lärarna: definite plurals
    if language == "en" and len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]  # authors, protesters, scientists
    if word in ORGANISATION_NOUNS or word in ORGANISATION_WORDS or word in _COMPARATIVES or word in _LOOK_LIKE_ROLES:
        return False  # "the department", "the agency": not someone; "tidigare", "senare": not "lärare"
    if language in NORDIC and _definite_person(word):
        return True  # talspersonen, förbundskaptenen: the article is suffixed
    if word.endswith("ment"):
        return False  # argument, établissement, statement: things (the suffix "ent" is a président's)
    if language == "de" and word.endswith("chef"):
        return True  # der Betriebsratschef (the Nordic "förvaltningschefen" is a body's head, seldom named)
    return (
        word in ROLE_NOUNS
        or word in _PERSON_WORDS.get(language, ())
        or word in _PERSON_TITLES
        or bool(_PERSON_SUFFIX.search(word))
        or role_gender(word, language) is not None
    )


_PERSON_WORDS = {  # people no ending tells: "a témoigné un ancien collègue", "sier en kollega"
    code: frozenset(words.split())
    for code, words in {
        "en": """sophomore graduate alumna undergraduate trainee nominee detainee evacuee attendee orphan cabbie
        intern apprentice advocate bureaucrat monarch expat citizen publican scholar spouse fiance classmate
        teammate roommate flatmate lifeguard steward stewardess concierge sibling scout pundit boss physio
        suspect rival""",
        "fr": """collègue camarade ami amie bénévole adjoint adjointe artisan victime arbitre vigneron habitué
        habituée responsable délégué déléguée mairesse conseillère cheffe auxiliaire boulangère lycéenne
        usagère passagère vétérinaire veuve veuf soldat garçon""",
        "de": "hebamme pflegekraft fachkraft herr gastwirt wirt landwirt kunde gast beamte soldat mädchen",
        "sv": """vän kollega pensionär barnmorska förbundsordförande vd målvakt vittne kund resenär chaufför
        busschaufför bonde flicka pojke presschef ombud advokat""",
        "da": "ven kollega sygeplejerske ekspert vidne kunde pressechef advokat kaptajn besøgende",
        "no": "venn kollega lege ekspert vitne kunde bonde gutt advokat besøkende",
    }.items()
}
_NORDIC_PERSON_WORDS = _PERSON_WORDS["sv"] | _PERSON_WORDS["da"] | _PERSON_WORDS["no"]


def _definite_person(word: str) -> str | None:
    """The role a Nordic noun with its suffixed article names: ministeren → minister (not
    sommaren, vintern, parlamentet: only roles, not every word with a role's ending)."""
    return next((s for s in definite_stems(word) if _NORDIC_ROLE.search(s) or s in _NORDIC_PERSON_WORDS), None)


_NORDIC_ROLE = re.compile(
    r"(?:person|minister|kapten|kaptein|sjef|chef|leder|ledare|rektor|direktör|direktør|läkare|lærer|lärare|"
    r"tals?man+d?|borgmester|ordfører|ordförande|politiker|forsker|forskare|åklagare|anklager|advokat|"
    r"dommer|domare|formand|tränare|træner|trener|kvinde|kvinna|kvinne|pensionär|pensjonist|pensionist|"
    r"granne|nabo|bonde|demokrat|sekreterare|sekretær|kommunalråd|oppositionsråd|rådman|rådmand|rådmann)$"
)


def person_head(word: str, language: str) -> str:
    """A description's head as the article's labels have it: 'talspersonen' is a 'talsperson'."""
    word = _singular(word).lower().strip(".,")
    if language in NORDIC and not _PERSON_SUFFIX.search(word):
        return _definite_person(word) or word
    return word


_LOOK_LIKE_ROLES = frozenset(  # words with a role's ending that are no one: "a memo sent to staff"
    """sent went spent meant lent bent event content percent intent extent water order newspaper paper letter
    number computer corner power border chapter cluster shelter trailer tower container weather winter
    summer dinner matter quarter meter litre liter river counter filter poster sticker banner flyer folder
    finger shoulder ladder hammer timber silver copper rubber door floor answer offer chamber corridor
    locker boiler freezer heater transmitter stretcher elevator header calculator layer processor drawer
    transfer conveyor barrier thermometer character register error sector factor mirror motor tractor
    reactor labor favor parlor harbor flavor color honor humor rumor vapor flower shower never ever however
    whether together rather either neither after under over cover theater theatre pepper butter powder
    thunder wonder spider tiger lever liver fever cancer disorder disaster line machine vaccine deadline
    headline timeline lifeline shoreline helpline medicine routine discipline fine mine engine margin origin
    cabin coin tin grin brain rain chain grain mountain certain bargain protein bulletin magazine gasoline
    cuisine train terrain domain skin basin pin bin twin-engine within grant urgent permanent different
    current present dissent consent rent incident recent frequent silent violent absent apparent efficient
    sufficient evident confident excellent accent patent ancient elegant significant important relevant
    attente entente pente vente rente descente détente plante tente fente trente quarante cinquante soixante
    ambiante antienne stor store prozent prozentpunkte procent prosent""".split()
    # (Nordic "en stor del": a big part; "um 18 Prozent")
)
_COMPARATIVES = frozenset(
    """tidigare senare större mindre äldre yngre bättre sämre längre högre lägre
    lower upper better bigger larger smaller stronger older further later earlier other proper softer
    harder wider quieter simpler tighter calmer closer faster slower higher deeper longer cooler warmer
    greater fewer""".split()
)
_PERSON_TITLES = TITLES - frozenset(  # titles that are someone ("the veteran", "the coroner"), not their parts
    """white house senate department ministry council state foreign interior defense defence finance health
    education energy treasury minority majority press vice prime former retired acting interim saint st st.
    assistant chief general head executive""".split()
)


def _after_preposition(text: str) -> bool:
    """'an aide to', 'a spokeswoman for the': what follows is someone else."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in ("the", "a", "an", "der", "die", "das", "le", "la", "les"):
        words = words[:-1]
    return bool(words) and words[-1].lower() in PREPOSITIONS


_OBJECT_OPENERS = frozenset("the a an his her their its my our your this that these those him them it".split())
_NAMING = frozenset("named called".split())  # "a second-grader named Mateo": the name follows
_CONTACTED = frozenset("reached contacted interviewed approached".split())  # "a manager reached by phone": how


_ACTIVE_PAST = frozenset(  # "A Corvane spokeswoman declined to comment": her verb, not a participle of her
    "declined refused agreed wanted tried promised vowed pledged offered decided hoped planned attempted".split()
)
_IRREGULAR_PAST = frozenset(
    """stood sat rose came went got took gave made held kept left felt ran began brought thought knew saw heard
    found put stuck wore drove spent sent lost won shook fell grew threw stole hid wept swore struck caught fought
    led spoke broke woke""".split()
)


def _description(words: list[str], language: Language) -> tuple[str, str] | None:
    """The noun a description is about and the description as a speaker's label:
    'spokesman for the agency declined to' → ('spokesman', 'spokesman for the agency');
    'men holding the banner' → ('man', 'man holding the banner'); 'diplomate européen'."""

    def ends_noun_phrase(i: int) -> bool:
        after = words[i + 1] if i + 1 < len(words) else ""
        if language.code == "en" and after in _ADVERBS and i + 2 < len(words):
            after = words[i + 2]  # "a young man still wearing hospital scrubs"
        return (
            not after
            or after.lower() in PREPOSITIONS | _CLAUSE_WORDS  # "the woman who lives next door"
            or after.lower() in _SOURCE_ADJECTIVES  # "an official familiar with the talks"
            or after.endswith(("ing", ",", "."))
            or (language.code == "en" and after.endswith("ed") and after not in _NAMING)  # "paramedic based at …"
            or (language.code == "en" and after in _IRREGULAR_PAST)  # "A retired lorry driver stood up"
            or (after.islower() and language.code != "en")
            or after in language.verbs
        )

    predicate = next((i for i, w in enumerate(words) if w.lower() in language.auxiliaries), len(words))
    at = next(  # the subject's noun, not one after its verb ("One Labour MP was blunter")
        (
            i
            for i, w in enumerate(words[: min(10, predicate)])
            if is_person_noun(_singular(w), language.code)
            and not (
                i and w[:1].isupper() and words[i - 1] in _COMPLEMENT and language.code != "en"
            )  # "des Deux-Rivières"
            and not w.endswith(_POSSESSIVE)  # "the prime minister's official spokesman": the spokesman
            and (ends_noun_phrase(i) or i + 1 == predicate)
        ),
        None,
    )
    if at is None:
        return None
    end = at + 1
    rest = words[end:]
    n = 0
    adverb = len(rest) > 1 and rest[0] in _ADVERBS and language.code == "en"
    participle = rest[1 if adverb else 0] if rest else ""
    after = rest[(2 if adverb else 1) :][:1]
    passive = participle.endswith("ed") and not (after and after[0].lower() in _OBJECT_OPENERS)  # not "watched the"
    modifier = (participle.endswith("ing") or passive) and participle not in _NAMING | _CONTACTED | _ACTIVE_PAST
    doing = participle.endswith("ing") and _singular(words[at]).lower() not in _TOLD_APART
    doing = doing and not (
        after and is_person_noun(_singular(after[0]), language.code)
    )  # not "62-year-old crossing guard"
    english = modifier and language.code == "en" and not doing  # "man holding the banner", "retired bus driver"
    if english or (rest and rest[0].lower() in _SOURCE_ADJECTIVES):
        n = 2 if english and adverb else 1  # "person familiar with the talks", "source proche de l'enquête"
    experience = n == 0 and len(rest) > 1 and rest[0].lower() == "with" and rest[1][:1].isdigit()
    nordic = _NORDIC_COMPLEMENT if language.code in NORDIC else frozenset()  # "kilde i regjeringen"
    if n < len(rest) and rest[n].lower() in PREPOSITIONS | _ELIDED_ARTICLES | nordic and not experience:
        n += 1  # "homme au fond de la salle", "opérateur d’une trentaine d’années"
        # (not "a crane operator with 11 years at the port")
    if n:
        n = _noun_phrase(rest, n, language)
    elif rest and language.code == "fr" and rest[0].islower() and rest[0] not in language.verbs | _NOT_ADJECTIVES:
        n = (
            0 if _verb_after_noun(words[at], rest[0], language, rest[1:2]) else 2 if _negated_adjective(rest) else 1
        )  # "diplomate européen", "conductrice non gréviste", not "retraitée installée"
    end += n
    if language.code == "en" and n == 0 and _singular(words[at]).lower() in _TOLD_APART:
        end = _relative_clause(words, end, language)  # "a woman who runs a feed store", not "a critic who …"
    while end > at + 1 and words[end - 1].lower().strip(",") in _LOOSE_ENDS[language.code]:
        end -= 1  # "woman whose husband is among the", "violinist with": not where a phrase ends
    description = _singular(" ".join(words[:end])).strip(" ,.;:")
    return person_head(words[at], language.code), description


def _negated_adjective(words: list[str]) -> bool:
    """'non gréviste', 'non syndiqué': a French adjective after 'non' (not 'non loin de là', 'non, …')."""
    return len(words) > 1 and words[0] == "non" and words[1].isalpha() and words[1] not in ("loin", "plus", "pas")


_LOOSE_WORDS = frozenset(  # no description ends on these: an article, a preposition, an auxiliary
    "the a an its their his her among with of for at from in on to by depuis en der die das den dem des"
    " la le les un une du de och og".split()
)
_LOOSE_ENDS = {code: _LOOSE_WORDS | language.auxiliaries for code, language in LANGUAGES.items()}


_DEMONSTRATIVES = frozenset("ce cet cette".split())
_POINTING = frozenset("that this dieser diese dieses denne dette".split())  # "That nurse said": as "the nurse"
_DEMONYM_NOUNS = frozenset(  # the Scot, the Dane (not the adjectives: "the French", "the Swiss")
    name for names in DEMONYMS.values() for name in names if not name.endswith(("ish", "ch", "ss", "sh"))
)
_ADVERBS = frozenset("still now also once just only".split())  # before a participle: "a man still wearing …"


def _relative_clause(words: list[str], end: int, language: Language) -> int:
    """Where a description's restrictive relative clause ends: 'a woman who lives above a Riverside
    storefront said', 'a man who lives on the ninth floor with his two daughters', 'a man who had
    been evacuated from the subdivision': its verb, one complement, no second prepositional phrase
    and not the sentence's own verb."""
    if end >= len(words) or words[end].lower() not in ("who", "whose") or words[end - 1].endswith(","):
        return end
    i = end + (3 if words[end].lower() == "whose" else 2)  # the clause's verb: "who lives", "whose son plays"
    while i < len(words) and (words[i - 1].lower() in language.auxiliaries or words[i - 1].lower() == "been"):
        i += 1  # "who had been evacuated"
    if i <= len(words) and words[i - 1].lower() in _SELF_NAMING:
        return end  # "a man who identified himself as a council member": that is what he is
    if i > len(words) or words[i - 1].endswith((",", ".")):
        return i if i <= len(words) else end
    complement = False
    for stop in range(i, min(len(words), i + 8)):
        word = words[stop].lower()
        bare = word.strip(",.;:")
        ends_verb = bare in language.verbs or bare in language.auxiliaries or bare in ("be", "have")
        if ends_verb or is_past_tense(bare) or bare in _CLAUSE_WORDS or bare in _SUBJECT_PRONOUNS:
            infinitive = words[stop - 1].lower() == "to"  # "who did not want to be identified": anonymity, cut
            return end if infinitive else stop  # "… who lives nearby watched the fire"
        if bare == "to" and stop + 1 < len(words) and not words[stop + 1][:1].isupper():
            continue  # an infinitive: "who declined to give her name"
        distance = bare in ("from", "away") and words[stop - 1].lower() in _DISTANCES  # "two doors from the pool"
        if bare in PREPOSITIONS | _MORE_PREPOSITIONS and complement and not distance:
            return stop  # "… on the ninth floor with his two daughters"
        complement = complement or bare not in PREPOSITIONS | _MORE_PREPOSITIONS
        if word != bare:
            return stop + 1
    return len(words) if len(words) - i <= 8 else end  # the phrase ends with the clause, or it is too long


_DISTANCES = frozenset(  # "a woman who lives two doors from the pool"
    """door doors block blocks mile miles street streets house houses yard yards metres meters kilometres
    kilometers""".split()
)
_SELF_NAMING = frozenset("identified described introduced gave called".split())
_TOLD_APART = frozenset("man woman person mother father neighbor neighbour boy girl".split())  # by a relative clause
# Anyone at all: a noun that says nothing of a role ("the woman, Ann Roe" may be any woman described before).
ANYBODY = frozenset("woman man person someone femme homme frau mann kvinna kvinne kvinde mand".split())
_MORE_PREPOSITIONS = frozenset("above below beyond beneath opposite".split())
_SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
_ACRONYM_BODY = re.compile(r"[A-ZÄÖÜÅÆØ]{3,6}")
_EMPLOYER = frozenset("der des vom von de du des of for at från fra för for hos ved".split())
_NOT_ADJECTIVES = frozenset("a est en sur dans avec pour par sans sous vers chez qui que".split())  # French
_NORDIC_COMPLEMENT = frozenset("til till i på".split())  # "kjennskap til forhandlingene", "insyn i förhandlingarna"
_ELIDED_ARTICLES = frozenset("d’une d’un d'une d'un".split())
_COMPLEMENT = frozenset("of de du des der d' d’ af".split())  # what belongs to the noun: "crate of hens"
_ENGLISH_DETERMINERS = frozenset("the a an his her their its my our your".split())  # "at her counter"


def _noun_phrase(words: list[str], n: int, language: Language) -> int:
    """Where the noun phrase starting at words[n] ends, with its of-complements: 'a crate of hens'
    (not 'for the afternoon boat'), 'a Gryphons letterman jacket', 'fond de la salle', 'the board’s
    thinking', 'the counter,' (a noun after a determiner, whatever else it could be)."""
    determiners = language.definite | language.indefinite | _ENGLISH_DETERMINERS
    determined = n < len(words) and words[n].lower() in determiners
    if determined:
        n += 1
    if not determined and n < len(words) and words[n][:1].isupper():  # "from Eastbank": a name is the phrase
        start = n
        while (
            n < len(words)
            and words[n][:1].isupper()
            and not (  # inside a name "State" is no verb
                n == start and _ends_description(words[n], language, stops=False)
            )
        ):
            joined = n + 2 < len(words) and words[n + 1] in ("and", "&", "of") and words[n + 2][:1].isupper()
            n += 2 if joined and not words[n].endswith(",") else 1  # "Northfold Fire and Rescue Service"
            if words[n - 1].endswith((",", ".", ";", ":")):
                break  # "at Oskova's Second City Hospital, who asked …"
        owners = [i for i in range(start, n) if words[i].endswith(_POSSESSIVE)]
        if not owners:
            return n
        n, determined = owners[-1] + 1, True  # "of Tyson Pruitt’s face", "at Oskova's Second City Hospital"
    taken = 0
    while n < len(words):
        word = words[n]
        owned = taken and words[n - 1].endswith(_POSSESSIVE)
        noun = (determined and not taken) or owned
        if word.lower().strip(",.;:") in _CLAUSE_WORDS or (not noun and _ends_description(word, language, stops=False)):
            break
        if taken >= 4 and not word[:1].isupper():
            break  # a name may be long: "Senate Majority Leader Rosalind Achebe"
        if taken > 1 and language.code == "fr" and words[n - 1] == "ans" and words[n - 2].isdigit():
            break  # "une habitante de 62 ans attend depuis quarante minutes": the age ends it
        if taken and language.code == "fr" and word.islower() and _french_verb_before(words, n):
            break  # "une infirmière du service tire la sonnette d'alarme": "tire" takes an object
        if taken and _verb_after_noun(words[n - 1], word, language, words[n + 1 : n + 2]):
            break  # "a woman in a yellow raincoat comes in", "Herr in der dritten Reihe meldete sich"
        n, taken = n + 1, taken + 1
        if word.endswith((",", ".", ";", ":")):
            return n
    complements = _COMPLEMENT | (_NORDIC_COMPLEMENT if language.code in NORDIC else frozenset())
    if taken and n + 1 < len(words) and words[n].lower() in complements:
        return _noun_phrase(words, n + 1, language)
    if taken and n < len(words) and words[n].lower().startswith(("d’", "d'")) and len(words[n]) > 2:
        return _noun_phrase(words, n + 1, language) if words[n][2:].lower() in ("une", "un") else n + 1
    return n if taken else max(n - 1, 0)


_MOVES = frozenset(  # what someone described in a scene does next: not part of the description
    """comes walks steps stands sits arrives leans nods shakes points laughs smiles waits watches looks
    turns pauses shrugs sighs interrupts""".split()
)


def _verb_after_noun(previous: str, word: str, language: Language, following: list[str] = ()) -> bool:
    """A verb right after a description's noun: English scene verbs ('comes', 'stands'), a German
    lower-case word after a capitalised noun ('Reihe meldete'), French 's’est', 'est'."""
    bare = word.lower().strip(",.;:")
    if language.code == "en":
        return bare in _MOVES
    if language.code == "de":
        return previous[:1].isupper() and word[:1].islower() and bare not in PREPOSITIONS | language.definite
    if language.code == "fr":  # "économiste du travail interrogée", "retraitée installée"
        complement = bool(following) and following[0].lower() in _FRENCH_COMPLEMENTS  # not "expérimentée"
        participle = bare.endswith(("é", "ée", "és", "ées")) and len(bare) > 4 and complement
        participle = participle or bare.endswith(("u", "ue", "us", "ues")) and complement and following[0] not in _OF
        # ("venu avec ses enfants", "entendu comme témoin"; not "un agriculteur barbu de 50 ans")
        adverb = bool(following) and following[0].lower() in _FRENCH_VERB_ADVERBS  # "Le coach puise aussi …"
        return participle or adverb or bare.startswith(("s’", "s'")) or bare in ("est", "se", "a", "ont", "sont")
    return False


_OF = frozenset("de du des d’ d'".split())
_FRENCH_VERB_ADVERBS = frozenset("aussi encore toujours déjà bien pas plus jamais donc alors souvent".split())
_FRENCH_COMPLEMENTS = frozenset(
    "à au aux dans depuis en sur par de du des pour près chez avec sous devant comme".split()
)
_FRENCH_OBJECT_DETERMINERS = frozenset("le la les un une son sa ses leur leurs ce cette ces".split())


def _french_verb_before(words: list[str], n: int) -> bool:
    """Whether the lower-case word at n, after a noun, is a verb with its object: a word followed by
    a determiner ("tire la sonnette", "ne cache pas") rather than an adjective ("du service public")."""
    after = words[n + 1].lower() if n + 1 < len(words) else ""
    negated = words[n].lower() in ("ne", "n’", "n'")
    return (
        negated or after in _FRENCH_OBJECT_DETERMINERS | {"comme"} or after.startswith(("l’", "l'"))
    )  # travaille comme


_POSSESSIVE = ("’s", "'s")
_CLAUSE_WORDS = frozenset("who whose which that as and but while when qui der die som og och".split())


def _ends_description(word: str, language: Language, prepositions: bool = True, stops: bool = True) -> bool:
    """Where a description stops: a clause, a verb, a conjunction ('who', 'said', 'as', 'and'), and
    (with stops) a word that ends in a comma or a stop."""
    bare = word.lower().strip(",.;:")
    return (
        (stops and word.endswith((",", ".", ";", ":")))
        or bare in _CLAUSE_WORDS
        or bare in language.verbs
        or bare in language.auxiliaries  # "a teenage girl in a replica shirt was (more forgiving)"
        or (language.code == "en" and is_past_tense(bare))  # "… declined", "… stood"
        or (prepositions and bare in PREPOSITIONS)
    )


_NOT_PAST = frozenset("feed need seed weed speed breed bleed creed greed steed shed bred sped".split())


def is_past_tense(word: str) -> bool:
    """'declined', 'stood', 'agreed', 'used' (not 'feed', 'red')."""
    return word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 3 and word not in _NOT_PAST)


_ONE = frozenset("one en ett et ei einer eine un une l'un l’un l'une l’une".split())


def _one_of(noun: str, language: str) -> str:
    """The noun for one of them: drivers → driver, habitants → habitant, sjåførene → sjåfør."""
    if is_plural(noun, language):
        return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    stems = definite_stems(noun.lower()) if language in NORDIC else []
    return next((s for s in stems if is_person_noun(s, language)), noun) if noun.islower() else noun


def _singular(text: str) -> str:
    return re.sub(r"\b(wo)?men\b", lambda m: (m.group(1) or "") + "man", text, count=1)


_NORDIC_WHERE = frozenset("i på ved vid hos".split())  # where a Nordic role holder works
_ANY_BODY = frozenset("group organization organisation body outfit".split())
_ANY_AGENCY = frozenset("etaten myndigheten myndigheden".split())  # "Kystforvaltningen …, skriver etaten"
_GROUP_OF_PEOPLE = re.compile(r"\b(?:group|band|handful|crowd)\s+of\s+[a-z]")


def owns(word: str, language: str) -> bool:
    """A name's possessive before a role: 'Marovia's (foreign minister)', a Nordic genitive: 'Kommunens
    (tekniska direktör)' (not 'His', 'Hennes', 'Thomas', 'Annars')."""
    if not word[:1].isupper() or word.lower() in POSSESSIVES:
        return False
    nordic = language in NORDIC and word.endswith("s") and len(word) > 4 and word.lower() not in NON_NAMES
    return word.endswith(("’s", "'s")) or (nordic and first_name_gender(word) is False)


def _qualifiers(description: str) -> set[str]:
    """The capitalized words of a description, lower-cased: 'Harbor City coach' → {'harbor'} (not 'city')."""
    return {w.lower() for w in WORD.findall(description) if w[:1].isupper() and w.lower() not in NOT_A_LABEL}


def places_fit(description: str, person) -> bool:
    """Whether the states a description names can be the person's: 'the Idaho Republican' is not R-Mont."""
    states, theirs = content_words(description) & STATE_WORDS, person.labels & STATE_WORDS
    return not theirs or states <= theirs


def holds_it_elsewhere(description: str, person, head: str) -> bool:
    """Whether someone given the role a description names holds it somewhere the description does not
    say: 'the chief of the Pellston company' is not Greer Mill's chief."""
    named = _qualifiers(description)
    return bool(named) and head in person.labels and not named & person.labels and len(person.labels) > 1


def content_words(description: str) -> set[str]:
    return {w.lower().strip("·") for w in WORD.findall(description) if w.lower() not in STOP_WORDS}


def _the_one_labelled(description: str, registry: Registry, mentioned: list[str]) -> str | None:
    """The one person mentioned so far whose titles and appositives say all of it (someone the
    article names only later is for `named_later`)."""
    content = content_words(description)
    people = [registry.people[n] for n in mentioned if n in registry.people]
    found = [p.name for p in people if not p.organisation and content and content <= p.labels]
    return found[0] if len(found) == 1 else None


ANONYMITY = re.compile(  # a source the article will not name
    r"\b(?:asked|requested|declined|refused)\s+(?:not\s+to\s+be\s+(?:named|identified)|that\s+(?:his|her|their)\s+"
    r"(?:full\s+)?name\s+not\s+be|to\s+be\s+(?:named|identified)|to\s+give\s+(?:his|her|their)\s+(?:full\s+)?name)|"
    r"\bon\s+condition\s+of\s+anonymity|\bnot\s+authori[sz]ed\s+to\s+(?:speak|comment)|"
    r"\bdid\s+not\s+want\s+(?:his|her|their)\s+name|\bnicht\s+genannt\s+werden|\bNamen\s+nicht\s+(?:nennen|in\s+der\s+Zeitung)|"
    r"\banonymat\b|\brester\s+anonyme|\bne\s+pas\s+être\s+(?:nommée?|cité)e?|"
    r"\b(?:(?:vil|ønsker)\s+ikke|ikke\s+(?:vil|ønsker))\s+(?:å\s+|at\s+)?(?:stå\s+fram|stå\s+frem|ha\s+navnet|have\s+sit\s+navn|"
    r"få\s+sit\s+navn)|\b(?:vill\s+inte|inte\s+vill)\s+(?:framträda|medverka\s+med\s+namn|ha\s+sitt\s+namn|se\s+sitt\s+namn)|"
    r"\bdid\s+not\s+want\s+to\s+be\s+(?:named|identified)|\b(?:vara|være|vere|bleiben|bleibt|rester)\s+anonym|"
    r"\banonym\s+bleiben|\b(?:has|have|had)\s+not\s+been\s+(?:publicly\s+)?(?:named|identified)|"
    r"\bwho\s+(?:was|were|is)\s+not\s+(?:named|identified)",
    re.IGNORECASE,
)
ANONYMOUS = frozenset("source sources insider aide kilde kilder källa källor quelle quellen proche proches".split())
ANYONE = frozenset(
    """spokesman spokeswoman spokesperson official aide source resident neighbor neighbour woman man
    worker fan person member staffer officer analyst expert witness sprecher sprecherin porte-parole""".split()
)
