"""Quote spans and attribution on small cases, one rule each."""

import pytest

from newsdeck.parse import parse
from newsdeck.quotes import Span, find_spans


def spans(text):
    return [text[s.start : s.end] for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('He said “curly” and "straight".', ["curly", "straight"]),
        ('Mixed "straight open” and “curly open" too.', ["straight open", "curly open"]),
        ("“Nested 'single' and ‘curly’ stay inside,” she said.", ["Nested 'single' and ‘curly’ stay inside,"]),
        ("Russia’s ’90s rock 'n' roll at the Growers' market.", []),
        ('A 6" pipe, then "a quote".', ["a quote"]),
        ('"Runs to the end of the paragraph', ["Runs to the end of the paragraph"]),
        ('Empty "" marks are not quotes.', []),
        ('He said,"no space" and "closed,"then more.', ["no space", "closed,"]),
        ('("Bracketed") and —"dashed"', ["Bracketed", "dashed"]),
    ],
)
def test_spans(text, quotes):
    assert spans(text) == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # German „…“: the closing “ ends the quote, it opens nothing
        ("„Wir bleiben hier“, sagte die Wirtin. „Noch lange.“", ["Wir bleiben hier", "Noch lange."]),
        ("Er nannte den Plan „mutig“ und „teuer“.", ["mutig", "teuer"]),
        # German prints »…« beside „…“, and a motto may stand alone in ›…‹
        (
            "Das Motto »Lindenau geht baden«. „Wir versuchen es“, sagte sie.",
            ["Lindenau geht baden", "Wir versuchen es"],
        ),
        (
            "„Wir versuchen es“, sagte sie. Das Motto: »Lindenau geht baden«.",
            ["Wir versuchen es", "Lindenau geht baden"],
        ),
        ("Das Motto: ›Kaltenbrunn bleibt‹. Brandtner: »Wir bleiben.«", ["Kaltenbrunn bleibt", "Wir bleiben."]),
        (
            "„Der Bürgermeister rief: ‚Schluss jetzt!‘ und ging“, sagte sie.",
            ["Der Bürgermeister rief: ‚Schluss jetzt!‘ und ging"],
        ),
        ("„Sie sagte „nie“ zu mir“, erzählte er.", ["Sie sagte „nie“ zu mir"]),
        # »…« pointing inward (Danish, German), ›…‹ inside
        ("»Vi er færdige,« siger hun. »Helt færdige.«", ["Vi er færdige,", "Helt færdige."]),
        ("»Træneren råbte: ›Løb!‹ og vi løb,« siger han.", ["Træneren råbte: ›Løb!‹ og vi løb,"]),
        # «…» (French with no-break spaces inside, Swiss and Norwegian without), ‹…› and “…” inside
        (
            "«\u202fNous partirons\u202f», a-t-il dit. «\u00a0Demain.\u00a0»",
            ["\u202fNous partirons\u202f", "\u00a0Demain.\u00a0"],
        ),
        ("« Elle m’a dit : “Attends”, puis plus rien », raconte-t-il.", [" Elle m’a dit : “Attends”, puis plus rien "]),
        ("«Er sagte: ‹Nie wieder›, dann ging er», so die Nachbarin.", ["Er sagte: ‹Nie wieder›, dann ging er"]),
        ("Han kalte det «en skam» og gikk.", ["en skam"]),
        # Swedish ”…”: one mark opens and closes; ’…’ inside
        ("”Vi ger oss inte”, säger hon. ”Aldrig.”", ["Vi ger oss inte", "Aldrig."]),
        ("”Han lovade ’snart’ i maj”, säger hon.", ["Han lovade ’snart’ i maj"]),
        # British ‘…’ among apostrophes
        ("‘It’s the councils’ money that’s gone,’ she said.", ["It’s the councils’ money that’s gone,"]),
        ("‘Rock ’n’ roll died in the ’90s,’ he said. ‘Not here.’", ["Rock ’n’ roll died in the ’90s,", "Not here."]),
        ("The band named an album ‘Harbour Lights’ after the pub.", ["Harbour Lights"]),
        ("He said ‘I can’t’ and left.", ["I can’t"]),
        ("The club’s ’80s heyday and the members’ bar are gone.", []),
        ("The ‘80s were loud, said the Smiths’ neighbour.", []),
        ("‘He told me “never again”, then came back,’ she said.", ["He told me “never again”, then came back,"]),
        # the old convention: an unclosed ‘ goes on into the next paragraph, to the paragraph's end
        (
            "Ms Raman said: ‘I didn’t go for the money. I wanted someone to say I was right.",
            ["I didn’t go for the money. I wanted someone to say I was right."],
        ),
        # British straight '…', where every apostrophe is the same mark
        ("'It's the Lyles' firm that's to blame,' he said.", ["It's the Lyles' firm that's to blame,"]),
        ("Mr Pugh said the scaffold 'wasn't tied in' and needed 'more anchors'.", ["wasn't tied in", "more anchors"]),
        (
            "'I said, \"That's not right,\" and he laughed,' she said. 'Twice.'",
            ['I said, "That\'s not right," and he laughed,', "Twice."],
        ),
        ("The club's '80s heyday and the members' bar are gone.", []),
        ("He's sure it'll rain at the Joneses' farm.", []),
        # a quote inside a quote of another kind, or of the same kind, stays inside
        (
            "“She told me ‘he said “never” to me’ yesterday,” he said.",
            ["She told me ‘he said “never” to me’ yesterday,"],
        ),
        ("“They call it “the pit” here,” she said.", ["They call it “the pit” here,"]),
        ('"They call it "the pit" here," she said.', ['They call it "the pit" here,']),
        # a stray opening mark with no closing mark to spare is not a nested quote
        ("“We won, she said. “We earned it.”", ["We won, she said. “We earned it."]),
        ("“It was the ‘90s,” he said.", ["It was the ‘90s,"]),
    ],
)
def test_spans_by_convention(text, quotes):
    assert spans(text) == quotes


def quotes_of(body: str):
    return [(q.text, q.speaker, q.kind) for q in parse("Title\n\n" + body).quotes]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('Mary Jones said, "We won."', [("We won.", "Mary Jones", "speech")]),
        ('"We won," said Mary Jones.', [("We won,", "Mary Jones", "speech")]),
        ('"We won," Mary Jones added.', [("We won,", "Mary Jones", "speech")]),
        ("Mary Jones said: “We won.”", [("We won.", "Mary Jones", "speech")]),
        ('Mary Jones wrote that "the vote was fair."', [("the vote was fair.", "Mary Jones", "speech")]),
        ('Mary Jones asked, "Who counted?"', [("Who counted?", "Mary Jones", "speech")]),
        (
            '"We won," she said. "We earned it."\n\nPlaceholder.',
            [("We won,", None, "speech"), ("We earned it.", None, "speech")],
        ),
        (
            'Mary Jones spoke first.\n\n"We won," she said. "We earned it."',
            [("We won,", "Mary Jones", "speech"), ("We earned it.", "Mary Jones", "speech")],
        ),
        (
            'Mary Jones arrived.\n\n"We won," Jones insisted.',
            [("We won,", "Mary Jones", "speech")],
        ),
        (
            'Mayor Mary Jones arrived.\n\n"We won," the mayor warned.',
            [("We won,", "Mary Jones", "speech")],
        ),
        ('"We won," according to Mary Jones.', [("We won,", "Mary Jones", "speech")]),
        ('"Cases rose," according to the BBC.', [("Cases rose,", None, "speech")]),
        ('"Cases rose by a tenth," according to researchers.', [("Cases rose by a tenth,", "researchers", "speech")]),
        ('"No," said Sen. Rand Paul (R-Ky.).', [("No,", "Rand Paul", "speech")]),
        ('"No," House Speaker Nancy Pelosi (D-Calif.) said.', [("No,", "Nancy Pelosi", "speech")]),
        ('Mo Ali spoke.\n\n"A mistake," Ali, who chairs the panel, said.', [("A mistake,", "Mo Ali", "speech")]),
        ('President Biden spoke.\n\n"We will rebuild," Biden said.', [("We will rebuild,", "Biden", "speech")]),
        (
            '"We disagree," said a spokesperson for the Department of Justice.',
            [("We disagree,", "spokesperson for the Department of Justice", "speech")],
        ),
        (
            'A spokesman for the agency declined to comment.\n\n"Not now," the spokesman said.',
            [("Not now,", "spokesman for the agency", "speech")],
        ),
        ('"No comment," the White House said.', [("No comment,", "White House", "speech")]),
        ('The so-called "quiet plan" failed.', [("quiet plan", None, "term")]),
        (
            "Language: no\nÅrsaken er ifølge selskapet den såkalte «torskekrisen», sier Per Olsen.",
            [("torskekrisen", None, "term")],
        ),
        ('They sang "Yellow Submarine" twice.', [("Yellow Submarine", None, "term")]),
        ('Mary Jones voiced her "deep regret" on Monday.', [("deep regret", "Mary Jones", "speech")]),
        (
            'Mary Jones said the plan would work.\n\n"It is the only way forward for all of us."',
            [("It is the only way forward for all of us.", "Mary Jones", "speech")],
        ),
    ],
)
def test_attribution(body, expected):
    assert quotes_of(body) == expected


def test_multi_paragraph_quote_has_one_speaker():
    article = parse('T\n\n"First part of a long statement.\n\n"Second part," Ana Lima said.')
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("First part of a long statement.", "Ana Lima"),
        ("Second part,", "Ana Lima"),
    ]


def test_a_long_run_of_marks_is_read_without_recursion():
    text = "He wrote " + "“" * 3000 + "x” and left."
    assert [text[s.start : s.end].lstrip("“") for s in find_spans(text)] == ["x"]  # no RecursionError either


@pytest.mark.parametrize(
    "text, quotes",
    [
        ("– Vi är utmattade, säger Maria Lind. – Men vi ger inte upp.", ["Vi är utmattade", "Men vi ger inte upp."]),
        ("– Det er sant. Vi vet det.", ["Det er sant. Vi vet det."]),
        ("– Vi har ikke noe valg, sier ordfører Ola Hansen (Ap) til NRK.", ["Vi har ikke noe valg"]),
        (
            "– Det er alvorligt, siger hun, og tilføjer: »Vi skal handle nu.«",
            ["Det er alvorligt", "Vi skal handle nu."],
        ),
        ("– Han sa: ”Mamma, får jag?” Vad svarar man?", ["Han sa: ”Mamma, får jag?” Vad svarar man?"]),  # nested
        ("– ”Det var kaos”, säger hon.", ["Det var kaos"]),
        ("– Vem gör något sådant mot en skola? frågar han.", ["Vem gör något sådant mot en skola?"]),
        ("– Hon fyller 65 nästa år, säger Per Holm.", ["Hon fyller 65 nästa år"]),
        (
            "– Da jeg ringte, sa saksbehandleren: «Send en merknad.» Det var det, sier Ingrid Nesse.",
            ["Da jeg ringte, sa saksbehandleren: «Send en merknad.» Det var det"],
        ),
        (  # the speaker goes on after the attribution's sentence
            "– Vi klarer oss noen dager til, sier han. Men noen må få fart på de folka i fylket.",
            ["Vi klarer oss noen dager til", "Men noen må få fart på de folka i fylket."],
        ),
        ("– Det var kaos, säger hon. Hon har bott i byn i 30 år.", ["Det var kaos"]),  # the narrator
        (  # the quote spoke of a "han", she is "hon": the narrator speaks of him
            "– Vi hoppas att han hittas snart, säger hon. Han sågs senast i lördags.",
            ["Vi hoppas att han hittas snart"],
        ),
        (  # "hon" is whom the quote spoke of: her words go on
            "– Läkaren sa att hon legat ute i två timmar, säger hon. Hon var alldeles blå om händerna.",
            ["Läkaren sa att hon legat ute i två timmar", "Hon var alldeles blå om händerna."],
        ),
        ("– Vi är trötta, säger Anna Berg. Berg har bott i byn sedan 1990.", ["Vi är trötta"]),
        (  # the words go on after the attribution's comma, in the first person
            "– Vi ska göra allt vi kan, säger hon, men jag vill inte lova något.",
            ["Vi ska göra allt vi kan", "men jag vill inte lova något."],
        ),
        ("– Det går bra, säger han, och pekar mot skogen.", ["Det går bra"]),  # the narrator goes on
        ("– Det var kaos, säger Maria Lind, som vi träffar i köket.", ["Det var kaos"]),  # the narrator's clause
        (  # her words go on in the first person before the next dash
            "– Vi är utmattade, säger Maria Lind. Men vi ger inte upp. – Det är sant, säger Per Holm.",
            ["Vi är utmattade", "Men vi ger inte upp.", "Det är sant"],
        ),
        (  # a dash opens the words that follow the narration
            "– Annars vet jag inte, säger han. Fadern själv skrattar bara. – Jag har klarat värre vintrar.",
            ["Annars vet jag inte", "Jag har klarat värre vintrar."],
        ),
        ("– «Tålmodighet»? Vi har hatt det i 96 år, sier Randi Aasen.", ["«Tålmodighet»? Vi har hatt det i 96 år"]),
        ("– Hun lukket ikke øynene, skyter søsteren inn.", ["Hun lukket ikke øynene"]),
        (  # "vi": her words go on, though they quote someone's
            "– Vi venter, sier hun. Da vi møttes, sa ordføreren at «raset er neste». Siden har ingenting skjedd.",
            ["Vi venter", "Da vi møttes, sa ordføreren at «raset er neste». Siden har ingenting skjedd."],
        ),
        ("– Vi venter, sier hun. Ordføreren sa at «raset er neste».", ["Vi venter", "raset er neste"]),  # narration
    ],
)
def test_nordic_dialogue(text, quotes):
    spans = find_spans(text, "da")
    assert [text[s.start : s.end] for s in spans] == quotes


def test_french_dash_dialogue_attributions_and_lists():
    spans = {t: [t[s.start : s.end] for s in find_spans(t, "fr")] for t in (
        "— Non, a expliqué Ferrand.", "— Non, a-t-il répondu.", "– Le gouvernement a annoncé un plan.",
        "— Votre aide, elle ne ramène pas nos brebis.",
    )}  # fmt: skip
    assert list(spans.values()) == [["Non"], ["Non"], [], ["Votre aide, elle ne ramène pas nos brebis."]]


def test_a_dash_opens_no_quote_outside_nordic_and_french_articles():
    assert find_spans("– Item one, said the list.") == []
    assert find_spans("— Item one, said the list.", "en") == []
    text = "— Je ne vous explique rien, répond Ferrand."
    assert find_spans(text, "fr") == [Span(2, 26, starts_paragraph=True)]  # "Je ne vous explique rien"


def test_a_nordic_dash_quote_after_a_sentence_of_narration():
    text = "Kommunalrådet Eva Lind (S) är kritisk. – Det här är fel, säger hon till tidningen."
    assert [text[s.start : s.end] for s in find_spans(text, "sv")] == ["Det här är fel"]
    aside = "Han kom hem sent. – det var mörkt – och gick och la sig."  # no attribution: no quote
    assert find_spans(aside, "sv") == []
    french = "Il est arrivé tard. – Je suis fatigué, dit-il."  # French prose keeps its dashes
    assert [french[s.start : s.end] for s in find_spans(french, "fr")] == []
