"""The words attribution reads, per language: speech verbs, pronouns, articles, titles, cues.

Data, not logic. English verb forms are made from lemmas by `inflections` (regular rules plus a
table of irregular ones); the other languages list their forms as news writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MALE, FEMALE = "m", "f"


def inflections(lemma: str) -> set[str]:
    """An English verb's forms: 'criticize' → criticizes, criticized, criticizing."""
    forms = {lemma}
    if re.search(r"(?:s|sh|ch|x|z)$", lemma):
        forms.add(lemma + "es")
    elif re.search(r"[^aeiou]y$", lemma):
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        stem = lemma[:-1]
        forms |= {lemma + "d", stem + "ing"}
    elif re.search(r"[^aeiou]y$", lemma):
        forms |= {lemma[:-1] + "ied", lemma + "ing"}
    elif lemma in _DOUBLING:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
    return forms


_DOUBLING = frozenset("admit quip plan commit chat rebut regret submit omit jot".split())
_IRREGULAR = "said told wrote written spoke spoken thought swore sworn foresaw".split()
_ENGLISH_LEMMAS = """say tell write add warn ask insist explain note state declare argue claim continue reply
respond answer recall remark stress emphasize emphasise acknowledge admit announce observe comment
concede conclude suggest urge caution complain counter maintain predict promise vow joke quip shout
whisper tweet post voice accuse blame describe call express pledge reiterate repeat confirm deny
testify recount boast lament muse criticize criticise hail praise plead demand wonder agree
disagree object protest contend assert allege charge scoff sigh laugh cry yell mutter grumble
snap retort rebut interject offer concur report reveal disclose estimate forecast project
recommend advise propose signal hint indicate inform assure reassure swear threaten apologize
apologise thank welcome celebrate cheer congratulate mourn remember reflect speak think believe
counsel confide confess brag gush enthuse marvel quote cite summarize summarise underline
underscore highlight foresee relate narrate characterize dismiss reject proclaim
exclaim shrug smile grin beam gasp sob fume seethe fret rage bristle chant scream sing correct interrupt
murmur chide tease scold growl stammer clarify elaborate echo recite""".split()
ENGLISH_PHRASES = (
    "went on", "goes on", "go on", "going on", "pointed out", "points out", "pointing out",
    "fired back", "fires back", "shot back", "chimed in", "broke in", "put it", "puts it",
    "summed up", "sums up",
)  # fmt: skip


def _english_verbs() -> frozenset[str]:
    words = set(_IRREGULAR)
    for lemma in _ENGLISH_LEMMAS:
        words |= inflections(lemma)
    return frozenset(words)


@dataclass(frozen=True)
class Language:
    code: str
    verbs: frozenset[str]  # single-word forms of speech verbs
    phrases: tuple[str, ...]  # multi-word speech verbs ("went on", "fügte hinzu" is handled as "fügte")
    pronouns: dict[str, str | None]  # subject pronoun → gender (None: either)
    definite: frozenset[str]  # articles
    indefinite: frozenset[str]
    according: tuple[str, ...]  # "according to X"
    inverted: str = ""  # regex for a verb-pronoun form: "a-t-il ajouté", "affirme-t-elle"
    auxiliaries: frozenset[str] = frozenset()  # "has said", "a déclaré", "hat gesagt"
    stop_words: frozenset[str] = frozenset()  # for telling the language apart


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _with_swiss_spelling(text: str) -> frozenset[str]:
    """German words with their Swiss spellings, which write ß as ss: heißt, heisst."""
    words = _set(text)
    return words | {w.replace("ß", "ss") for w in words}


ENGLISH = Language(
    "en",
    _english_verbs(),
    ENGLISH_PHRASES,
    {"he": MALE, "she": FEMALE, "they": None, "him": MALE, "her": FEMALE, "them": None},
    _set("the"),
    _set("a an one another"),
    ("according to",),
    auxiliaries=_set("has had have was is were would will did does had also"),
    stop_words=_set("the a an and of to in is are be this that for with was on said have has it by from at his her"),
)

GERMAN = Language(
    "de",
    _with_swiss_spelling(
        """sagte sagten sagt sagen gesagt erklärte erklärten erklärt betonte betonten betont kritisierte
        kritisiert fügte fügt ergänzte ergänzt teilte teilt meinte meint warnte warnt räumte räumt
        berichtete berichtet schrieb schreibt erzählte erzählt versicherte versichert forderte fordert
        klagte klagt sprach spricht so antwortete antwortet entgegnete entgegnet widersprach
        bekräftigte bekräftigt unterstrich unterstreicht stellte stellt rief ruft beklagte beklagt
        mahnte mahnt verteidigte verteidigt zeigte zeigt lobte lobt hieß heißt kündigte kündigt
        bestätigte bestätigt gab gibt sagte sprach resümierte resümiert fasste fasst bilanzierte
        argumentierte argumentiert räumte erinnerte erinnert beschrieb beschreibt fragt fragte
        widerspricht schimpft schimpfte seufzt seufzte hielt hält ergänzt meinte versprach verspricht
        verlangt verlangte appellierte appelliert drängte drängt beteuerte beteuert bekannte gestand
        gesteht betonte urteilte urteilt befand befindet lachte lacht sagt nannte nennt bezeichnete
        bezeichnet mitteilte mitteilt empört ärgert freut wundert beschwert äußert erläuterte erläutert
        kommentierte kommentiert hob hebt wiederholte wiederholt bemerkte bemerkt
        monierte moniert konterte kontert behauptete behauptet präzisierte präzisiert warf wirft schildert ließ lässt
        schilderte hofft hoffte fürchtet fürchtete bedauert bedauerte bilanziert teilten mitteilten warnten
        forderten kritisierten schrieben berichteten bestätigten kündigten erläuterten findet fand
        glaubt glaubte ergänzen mahnte gratuliert gratulierte begründete begründet murmelte murmelt flüsterte
        flüstert brummte brummt stöhnte stöhnt scherzte scherzt erwiderte erwidert jubelte jubelt
        schwärmte schwärmt""".replace("\n", " ")
    ),
    (),
    {"er": MALE, "sie": FEMALE, "ihm": MALE, "ihr": FEMALE},
    _set("der die das des dem den"),
    _set("ein eine einer eines einem einen"),
    ("laut", "zufolge", "nach Angaben von", "nach Angaben", "gemäß", "gemäss"),
    auxiliaries=_set("hat habe hatte haben hatten wird werde wurde ist war"),
    stop_words=_set(
        "der die und das ist nicht sich mit ein eine auf für den dem sagte sagt auch wird werden sie er im am zum"
    ),
)


_NO_DERIVED_FORMS = frozenset(  # a participle already, or a noun's or an adjective's form; "a été alerté"
    "dite décrite juge note avance alerte désole".split()
)


def _with_french_tenses(text: str) -> frozenset[str]:
    """French verbs of the first group the list gives in the present ('conteste'), with their past
    participle and imperfect ('contesté', 'contestait'); not those whose stem changes ('répète',
    'rappelle', 'envoie')."""
    words = _set(text)
    regular = {
        w[:-1]
        for w in words
        if re.fullmatch(r"[a-zàâçéêëîïôûù]+e", w)
        and not w.endswith(("ée", "elle", "uie", "oie", "aie"))
        and w not in _NO_DERIVED_FORMS
    }
    spelled = {
        stem: stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem for stem in regular
    }
    return words | {f"{stem}é" for stem in regular} | {f"{spelled[stem]}ait" for stem in regular}  # lançait, exigeait


FRENCH = Language(
    "fr",
    _with_french_tenses(
        """déclaré déclare dit ajouté ajoute expliqué explique affirmé affirme estimé estime souligné
        avoué avoue fulminé fulmine pesté peste relaté relate questionné questionne complété complète
        souligne confié confie regretté regrette répondu répond résumé résume glissé glisse assuré
        assure martelé martèle lancé lance indiqué indique précisé précise raconté raconte dénoncé
        dénonce reconnu reconnaît poursuivi poursuit insisté insiste jugé juge prévenu prévient averti
        avertit rappelé rappelle commenté commente admis admet promis promet tranché tranche déploré
        déplore salué salue réagi réagit prévenu annoncé annonce observé observe noté note constaté
        constate réclame réclamé exige exigé revendique revendiqué rétorque rétorqué tempère tempéré
        écrit écrivait disait protesté proteste objecté objecte résumait soupiré soupire lâché lâche plaidé plaide
        fustigé fustige insistait expliquait racontait confiait glissait lançait dit-il dit-elle
        félicité félicitée s'inquiète s'insurge conclut concède résume poursuit tempête
        s'enthousiasme s'enthousiasmait s'emporte s'agace ironise sourit soupire s'indigne s'exclame
        s'étonne s'amuse s'amusait s'alarme s'interroge s'impatiente désole réjouit plaisante prévient
        s'indignait s'exclamait accuse accusé qualifie qualifié décrit décrite évoqué
        plaidé plaide souffle soufflé nuance nuancé détaille détaillé soutient soutenu répète argue
        avance dite affirmait déclarait indiquait estimait ajoutait soulignait précisait assurait rappelait
        dénonçait reconnaissait répondait martelait prévenait avertissait témoigne témoigné témoignait
        souvient souvenait réjoui réjouie félicite inquiète insurge emporte agace étonne alarme interroge
        impatiente indigne exclame enthousiasme évoque tacle taclé raille cingle ironisé reprend reprenait
        enchaîne renchérit complète abonde rigole amuse parle parlait évoquait évoquent
        alerte relativise conteste réfute dément défend justifie espère craint redoute souri répliqué
        réplique rigolé tonné tonne interpellé interpelle relevé relève conclu concédé demandé justifié justifie
        confirmé confirme nié nie repris rectifié rectifie corrigé corrige asséné assène""".replace("\n", " ")
    ),
    ("fait savoir", "fait valoir", "tient à préciser", "a fait savoir", "a fait valoir", "fait état de"),
    {"il": MALE, "elle": FEMALE, "lui": MALE},
    _set("le la les"),
    _set("un une"),
    ("selon", "d'après", "d’après"),
    auxiliaries=_set("a ont avait avaient est s'est se sont aura était étaient"),
    inverted=r"(?:a|avait|ont)?-?t?-(?:il|elle|ils|elles)",
    stop_words=_set("le la les et des est une du dans pour que qui pas sur au avec il elle a été"),
)

SWEDISH = Language(
    "sv",
    _set(
        """sa säger sade sagt skriver skrev berättar berättade menar menade tillägger tillade betonar
        poängterar poängterade erkänner erkände
        betonade förklarar förklarade konstaterar konstaterade understryker underströk framhåller
        framhöll svarar svarade hävdar hävdade påpekar påpekade varnar varnade kommenterar
        kommenterade kallar kallade avfärdar avfärdade beskriver beskrev medger medgav meddelar meddelade
        uppger uppgav tycker tyckte säger konstaterar suckar suckade skrattar skrattade fortsätter
        fortsatte bekräftar bekräftade låter frågar frågade undrar undrade lovar lovade avvisar avvisade
        kräver krävde ropar ropade upprepar upprepade kritiserar kritiserade anser ansåg beklagar beklagade
        välkomnar välkomnade flikar fyller fyllde vädjar vädjade förnekar förnekade försäkrar försäkrade klagar klagade
        ber uppmanar uppmanade hoppas hoppades kontrar kontrade replikerar replikerade invänder
        invände""".replace("\n", " ")
    ),
    ("pekar på", "räknar med", "befarar att", "fruktar att"),  # (a fear with its clause: reported)
    {"han": MALE, "hon": FEMALE, "hen": None, "honom": MALE, "henne": FEMALE},
    _set("den det"),
    _set("en ett"),
    ("enligt", "låter det från", "lät det från"),
    auxiliaries=_set("har hade ska skulle är var blir blev måste kan bör kunde ville"),
    stop_words=_set(
        "och att det som är för på med inte av till har ett om var säger hon jag också efter blev från enligt"
    ),
)

DANISH = Language(
    "da",
    _set(
        """siger sagde sagt skriver skrev fortæller fortalte forklarer forklarede tilføjer tilføjede
        understreger understregede mener mente svarer svarede påpeger påpegede advarer advarede
        konstaterer konstaterede erkender erkendte kalder kaldte oplyser oplyste spørger spurgte
        betegner betegnede beskriver beskrev meddeler meddelte vurderer vurderede fastslår fastslog
        uddyber uddybede tilføjer griner grinede sukker fortsætter fortsatte bekræfter bekræftede lyder
        lover lovede indrømmer indrømmede hævder hævdede afviser afviste varsler varslede kræver krævede
        kommenterer kommenterede smiler smilede supplerer supplerede råber råbte gentager gentog
        kritiserer kritiserede anser anså beklager beklagede opfordrer opfordrede fremhæver fremhævede
        klagede beder håber håbede fastholder fastholdt indvender indvendte indskyder indskød medgiver
        medgav forsikrer forsikrede""".replace("\n", " ")
    ),
    ("peger på", "frygter at", "frygter, at", "frygtede at", "frygtede, at"),
    {"han": MALE, "hun": FEMALE, "ham": MALE, "hende": FEMALE},
    _set("den det"),
    _set("en et"),
    ("ifølge", "iflg.", "lyder det fra", "lød det fra"),
    auxiliaries=_set("har havde vil skal er var bliver blev må kan bør kunne skulle ville måtte"),
    stop_words=_set(
        "og at det som er for på med ikke af til har et om var siger sagde hun jeg også efter blev nogle fra ifølge"
    ),
)

NORWEGIAN = Language(
    "no",
    _set(
        """sier sa sagt skriver skrev forteller fortalte forklarer forklarte legger la mener mente
        understreker understreket svarer svarte påpeker påpekte advarer advarte konstaterer
        konstaterte erkjenner erkjente kaller kalte opplyser opplyste spør spurte ler lo beskriver
        beskrev melder meldte seier sa fortel fortalde meiner meinte skriv opplyser vurderer vurderte
        fastslår fastslo utdyper utdypet sukker fortsetter fortsatte bekrefter bekreftet kallar kalla
        stadfestar lyder lover lovet innrømmer innrømmet hevder hevdet avviser avviste varsler varslet krever
        krevde medgir medga presiserer presiserte kommenterer kommenterte smiler smilte humrer humret roper ropte
        sukket gjentar gjentok supplerer supplerte tilføyer tilføyde skyter kritiserer kritiserte anser anså
        beklager beklaget oppfordrer oppfordret fremhever fremhevet klaget ber håper håpet fastholder
        fastholdt innvender innvendte""".replace("\n", " ")
    ),
    ("trekker fram", "trekker frem", "peker på", "frykter at", "frykter, at", "fryktet at", "fryktet, at"),
    {"han": MALE, "hun": FEMALE, "ham": MALE, "henne": FEMALE, "ho": FEMALE},  # ho: Nynorsk
    _set("den det"),
    _set("en ei et ein eit"),  # ein, eit: Nynorsk
    ("ifølge", "ifølgje", "if.", "iflg.", "lyder det fra", "lød det fra", "heter det fra", "het det fra"),
    auxiliaries=_set("har hadde vil skal er var blir ble må kan bør kunne skulle ville måtte"),
    stop_words=_set(
        "og at det som er for på med ikke av til har et om var sier hun jeg også etter ble noen fra å ifølge vil "
        "ikkje eit ho dei seier berre kva korleis frå"  # Nynorsk too
    ),
)

LANGUAGES = {lang.code: lang for lang in (ENGLISH, GERMAN, FRENCH, SWEDISH, DANISH, NORWEGIAN)}


def cites_a_source(text: str, language: Language) -> bool:
    """Whether a text holds the language's 'according to': 'Ifølge vagtchefen …', 'laut der Polizei'."""
    return bool(_ACCORDING[language.code].search(text))


_ACCORDING = {
    code: re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(cue) for cue in language.according)})\s", re.IGNORECASE)
    for code, language in LANGUAGES.items()
}
NORDIC = ("sv", "da", "no")  # one capital in a body's name, the article a suffix: Statens vegvesen, regionen

# Honorifics and titles stripped from names, with the gender they tell where they tell one.
HONORIFICS = {
    "mr": MALE, "mr.": MALE, "mrs": FEMALE, "mrs.": FEMALE, "ms": FEMALE, "ms.": FEMALE, "miss": FEMALE,
    "sir": MALE, "dame": FEMALE, "lord": MALE, "lady": FEMALE, "herr": MALE, "frau": FEMALE,
    "m.": MALE, "mme": FEMALE, "mme.": FEMALE, "mlle": FEMALE, "madame": FEMALE, "monsieur": MALE,
    "fru": FEMALE, "hr.": MALE, "fr.": FEMALE, "king": MALE, "queen": FEMALE, "prince": MALE,
    "princess": FEMALE, "father": MALE, "sister": FEMALE, "brother": MALE,
}  # fmt: skip
_FEMALE_ROLE = re.compile(
    r"(?:woman|women|wife|mother|daughter|sister|actress|grandmother|aunt|niece|girl|"
    r"ministre|maire|mairesse|conseillère|directrice|présidente|entraîneuse|avocate|habitante|retraitée|chercheuse|"
    r"agricultrice|éleveuse|lärarinna|(?:^|groß|gross)tante|nichte|schwester|tochter|mutter|fille|sœur|nièce|"
    r"syster|søster|dotter|datter|mamma)$",
    re.IGNORECASE,
)
_MALE_ROLE = re.compile(
    r"(?:(?<!wo)man|(?<!wo)men|husband|father|(?:^|grand|step|god)son|brother|actor|grandfather|uncle|nephew|boy|"
    r"conseiller|directeur|président|entraîneur|avocat|habitant|retraité|chercheur|agriculteur|éleveur|"
    r"onkel|neffe|bruder|sohn|vater|fils|frère|neveu|oncle|bror|pappa)$",
    re.IGNORECASE,
)


_GENDERED = {  # the plain words for a woman, a man, a girl, a boy, a mother, a father (and their Nordic definites)
    **dict.fromkeys(
        """frau femme mère veuve kvinna kvinnan kvinne kvinnen kvinde kvinden mor moren moderen modern
        flicka flickan tjej tjejen pige pigen jente jenta änka änkan enke enken dame""".split(),
        FEMALE,
    ),
    **dict.fromkeys(
        """mann homme père veuf man mannen mand manden far faren fadern faderen pojke pojken kille killen
        dreng drengen gutt gutten herr""".split(),
        MALE,
    ),
}


def role_gender(word: str, language: str) -> str | None:
    """The gender a role word tells, if any: spokeswoman, actress, Ministerin, directrice, kvinna."""
    word = word.strip(".,;:")
    if language != "en" and word.lower() in _GENDERED:
        return _GENDERED[word.lower()]  # (not the English "modern", "far")
    if language == "de" and len(word) > 4 and word.endswith("in") and word[:1].isupper():
        return FEMALE
    if _FEMALE_ROLE.search(word):
        return FEMALE
    male = _MALE_ROLE.search(word)
    if male and (language == "en" or male.group().lower() not in ("man", "men")):
        return MALE  # (German "zusammen", "Namen", "Stimmen" end in -men too)
    return None


# Facts of news writing: party tags (R-Kan.), abbreviated titles, letters after a name.
POSSESSIVE_GENDER = {  # "his wife", "her brother", "seine Frau", "hennes bror": the owner's gender
    "his": MALE, "her": FEMALE, "sein": MALE, "seine": MALE, "ihr": FEMALE, "ihre": FEMALE,
    "hans": MALE, "hennes": FEMALE, "hendes": FEMALE, "hennar": FEMALE,
}  # fmt: skip
POSSESSIVES = frozenset(
    "his her their its sein seine ihr ihre dessen deren son sa ses leur hans hennes deras hendes".split()
)
PARTIES = {"R": "republican", "D": "democrat", "I": "independent"}
US_STATES = {  # AP style abbreviations of US states (the mask writes N.H. as N·H.)
    short: name.replace("_", " ")
    for short, name in (
        pair.split("=")
        for pair in """Ala=Alabama Ariz=Arizona Ark=Arkansas Calif=California Colo=Colorado Conn=Connecticut
        Del=Delaware Fla=Florida Ga=Georgia Ill=Illinois Ind=Indiana Kan=Kansas Ky=Kentucky La=Louisiana
        Md=Maryland Mass=Massachusetts Mich=Michigan Minn=Minnesota Miss=Mississippi Mo=Missouri Mont=Montana
        Neb=Nebraska Nev=Nevada N·H=New_Hampshire N·J=New_Jersey N·M=New_Mexico N·Y=New_York N·C=North_Carolina
        N·D=North_Dakota Okla=Oklahoma Ore=Oregon Pa=Pennsylvania R·I=Rhode_Island S·C=South_Carolina
        S·D=South_Dakota Tenn=Tennessee Vt=Vermont Va=Virginia Wash=Washington W·Va=West_Virginia Wis=Wisconsin
        Wyo=Wyoming Alaska=Alaska Hawaii=Hawaii Idaho=Idaho Iowa=Iowa Maine=Maine Ohio=Ohio Texas=Texas
        Utah=Utah""".split()
    )
}
STATE_WORDS = frozenset(w for name in US_STATES.values() for w in name.lower().split()) - {
    "new",
    "north",
    "south",
    "west",
}
POST_NOMINALS = frozenset("KC QC MP MEP MSP MS AM MLA TD Jr Sr II III IV PhD MD OBE MBE CBE KBE DBE FRS Esq".split())
TITLE_WORDS = {  # abbreviated titles and the word a later label uses
    "cllr": "councillor", "sen": "senator", "rep": "representative", "gov": "governor", "dr": "doctor",
    "prof": "professor", "supt": "superintendent", "det": "detective", "insp": "inspector", "sgt": "sergeant",
    "capt": "captain", "lt": "lieutenant", "gen": "general", "adm": "admiral", "rev": "reverend",
    "ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
    "cto": "chief technology officer", "me": "avocat avocate",  # French "Me": maître, a lawyer
}  # fmt: skip

# What papers call someone from a place ("the Canadian", "the Iowan"), by the place.
DEMONYMS = {
    place.replace("_", " "): tuple(names.split("/"))
    for place, names in (
        pair.split("=")
        for pair in """america=american usa=american us=american canada=canadian mexico=mexican brazil=brazilian
        argentina=argentine/argentinian chile=chilean colombia=colombian peru=peruvian britain=briton/british
        england=englishman/englishwoman/english scotland=scot/scotsman/scotswoman/scottish
        wales=welshman/welshwoman/welsh
        ireland=irishman/irishwoman/irish france=frenchman/frenchwoman/french germany=german italy=italian
        spain=spaniard/spanish portugal=portuguese netherlands=dutchman/dutchwoman/dutch belgium=belgian
        switzerland=swiss austria=austrian sweden=swede/swedish norway=norwegian denmark=dane/danish
        finland=finn/finnish iceland=icelander poland=pole/polish czechia=czech hungary=hungarian
        romania=romanian serbia=serb/serbian croatia=croat/croatian greece=greek turkey=turk/turkish
        russia=russian ukraine=ukrainian belarus=belarusian israel=israeli egypt=egyptian morocco=moroccan
        kenya=kenyan nigeria=nigerian ethiopia=ethiopian ghana=ghanaian south_africa=south_african
        india=indian pakistan=pakistani china=chinese japan=japanese korea=korean australia=australian
        new_zealand=new_zealander/kiwi texas=texan california=californian florida=floridian ohio=ohioan
        iowa=iowan kansas=kansan oregon=oregonian michigan=michigander alaska=alaskan arizona=arizonan
        virginia=virginian georgia=georgian new_york=new_yorker""".split()
    )
}


_SAME_ROLE = (  # words for one role that an article may use in turn for one person
    "teacher schoolteacher educator instituteur institutrice enseignant enseignante professeur professeure "
    "maîtresse lehrer lehrerin lehrkraft lärare lärarinna lærer lærerinne lærar",
    "doctor physician médecin docteur docteure arzt ärztin läkare læge lege",
    "farmer agriculteur agricultrice éleveur éleveuse exploitant exploitante landwirt landwirtin bauer bäuerin "
    "bonde lantbrukare landmand",
    "lawyer attorney avocat avocate anwalt anwältin rechtsanwalt rechtsanwältin advokat advokaten",
    "nurse infirmier infirmière pfleger pflegerin krankenschwester sjuksköterska sygeplejerske sykepleier",
    "coach entraîneur entraîneuse trainer trainerin tränare træner trener",
    "mayor maire mairesse édile bourgmestre bürgermeister bürgermeisterin borgmester borgmästare ordfører",
    "élu élue",
)
_ROLE_OF = {word: n for n, words in enumerate(_SAME_ROLE) for word in words.split()}


def same_role(word: str, other: str) -> bool:
    """Whether two role words name one role: 'l'enseignante' for 'une institutrice'."""
    role = _ROLE_OF.get(word.lower().strip(".,;:"))
    return role is not None and role == _ROLE_OF.get(other.lower().strip(".,;:"))
