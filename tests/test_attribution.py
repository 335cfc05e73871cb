"""Attribution, pattern by pattern and language by language: small articles of our own, each
with the speaker a careful reader gives."""

import pytest

from newsdeck.lexicon import LANGUAGES, inflections, role_gender
from newsdeck.parse import parse
from newsdeck.people import Registry, register
from newsdeck.story import Reader


def speakers_of(body: str) -> list[str | None]:
    if body.startswith("Language:"):  # a one-sentence article may need its language said: a header line
        header, body = body.split("\n", 1)
        return [q.speaker for q in parse(f"Title\n{header}\n\n{body}\n").quotes]
    return [q.speaker for q in parse(f"Title\n\n{body}\n").quotes]


CASES = {
    "a spokeswoman for the utility named later as the utility's spokeswoman": (
        "Harlow Valley Power asked for a rate rise.\n\nA spokeswoman for the utility said the increase was modest. "
        "“We live here too,” she said.\n\nResidents were angry. “It is too much,” said Tom Hale, a retiree.\n\n"
        "Priya Castellanos, the utility's spokeswoman, disputed that on Wednesday.",
        ["Priya Castellanos", "Tom Hale"],
    ),
    "a described chief is not the other place's chief quoted next": (
        "Two volunteer fire companies voted to merge on Tuesday.\n\nThe vote was 41 to 17, according to the "
        "secretaries.\n\n“But here we are,” said the chief of the Pellston company, who led the push for the merger."
        "\n\nGreer Mill's chief, Howard Oduya, voted against it. “It is a takeover,” he said.\n\n"
        "Rhonda Kessel, the Pellston chief, said the merger would pay for two drivers.",
        ["Rhonda Kessel", "Howard Oduya"],
    ),
    "a place on Island is no person a pronoun may mean": (
        "Ingrid Solvang looks at the sky before she answers. For 31 years she captained the Tessel Island ferry."
        "\n\n“Old habit,” she says.",
        ["Ingrid Solvang"],
    ),
    "a person's finance chief is not that person": (
        "Chief executive Hana Brightwater announced the cuts.\n\nBrightwater's finance chief said “no comment.”"
        "\n\nTomas Reyner, the finance chief, closed the call.",
        ["Tomas Reyner"],
    ),
    "a sentence opening on a person's role is the subject of its closing participle": (
        "Chief executive Hana Brightwater announced the cuts.\n\nBrightwater's finance chief was more specific, "
        "telling analysts that orders had fallen “faster than anyone modeled.”\n\nTomas Reyner, the finance chief, "
        "closed the call.",
        ["Tomas Reyner"],
    ),
    "a French report's issuer ends before the participle that dates it": (
        "Language: fr\n\nD'après un rapport de l'Agence de bassin Varenne-Loue publié l'an dernier, 1 200 "
        "logements sont « exposés à un risque de submersion ».",
        ["Agence de bassin Varenne-Loue"],
    ),
    "a French 'non' adjective stays in a description": (
        "Language: fr\n\nSur le quai, une conductrice non gréviste, quinze ans de maison, dit comprendre. "
        "« Je suis venue », glisse-t-elle.",
        ["conductrice non gréviste"],
    ),
    "a French body a 'qui' after it stands for": (
        "Language: fr\n\nMickaël Brunetti, conducteur, affirme que le taux dépasse « 70 % ». Un chiffre contesté "
        "par la direction, qui évoque « à peine plus de la moitié » des effectifs.",
        ["Mickaël Brunetti", "direction"],
    ),
    "a Danish 'frygter, at' reports its subject's words": (
        "Language: da\n\nFællestillidsrepræsentant for sygeplejerskerne Hanne Lykke frygter, at lukningen også vil "
        "»dræne dagvagterne« for personale.",
        ["Hanne Lykke"],
    ),
    "a subject before a verb does not reach back into the sentence before": (
        "Language: no\n\nHun skulle på nattevakt. – Nå må jeg ta båten, sier Ingrid Solheim.\n\nIngrid Solheim er "
        "en av rundt 40 innbyggere som pendler daglig ut av Hjelmvik. 34-åringen frykter at det kan ta uker før "
        "veien åpner igjen. – Vi har sett hvor lang tid det tok sist, sier hun.",
        ["Ingrid Solheim", "Ingrid Solheim"],
    ),
    "a Nordic chairman of a body is a person, not the body": (
        "Language: da\n\nFormanden for Kalvbjerg Fiskeriforening siger, at de sidste fiskere bliver »presset ud«."
        "\n\nBent Mølgaard har fisket fra havnen i 41 år. Han er formand for Kalvbjerg Fiskeriforening.",
        ["Bent Mølgaard"],
    ),
    "a German 'von der' after a full name is where someone is from": (
        "Language: de\n\nVizebürgermeister Herbert Aigner von der Bürgerliste sieht das anders. „Das ist Betongold“, "
        "sagte er.\n\nUrsula von der Leyen sagte „nein“.",
        ["Herbert Aigner", "Ursula von der Leyen"],
    ),
    "a German name before the institution it is of is a person's, not a body's": (
        "Language: de\n\nStudien zeigten, so die Bildungspsychologin Verena Kofler von der Pädagogischen Hochschule "
        "Oberland, dass Verbote die Konzentration „messbar“ verbessern. „Ein Verbot ersetzt keine Erziehung“, sagt "
        "die Wissenschaftlerin.",
        ["Verena Kofler", "Verena Kofler"],
    ),
    "a German body named with its place ends before 'für'": (
        "Language: de\n\nAm Mittwoch rief das Landratsamt Aschental für Unterreisbach den Katastrophenfall aus."
        "\n\n„Die Lage ist ernst“, teilte das Landratsamt mit. Laut dem Landesamt für Umwelt wurden „keine "
        "Schadstoffe“ gemessen.",
        ["Landratsamt Aschental", "Landesamt für Umwelt"],
    ),
    "a German firm a genitive kind names speaks by its first word; 'Prozent' is no one": (
        "Language: de\n\nAm Tag zuvor hatte die Geschäftsführung des Autozulieferers Brenntal Antriebstechnik "
        "angekündigt, Stellen zu streichen.\n\nDer Umsatz sei um 18 Prozent gesunken, teilte Brenntal mit; der "
        "Verlust liege »im mittleren Millionenbereich«.",
        ["Brenntal Antriebstechnik"],
    ),
    "a Swiss Spital and an Umweltorganisation are bodies; 'Ums' is no name": (
        "Language: de\n\nDie Leitung des Regionalspitals Talwil hat entschieden. In einer Mitteilung schreibt das "
        "Spital, man wolle allen «eine Stelle anbieten».\n\nAuch die Umweltorganisation Alpenwild Schweiz beobachtet "
        "das. Kleine Höfe seien «das Rückgrat», teilte die Organisation mit.\n\nMarco Lanz und seine Mutter Brigitte "
        "Lanz führen das Geschäft. Ums Geld geht es der Inhaberin nicht. „Das haben meine Eltern aufgebaut“, "
        "sagte sie.",
        ["Regionalspital Talwil", "Alpenwild Schweiz", "Brigitte Lanz"],
    ),
    "a French description ends before a participle and its complement": (
        "Language: fr\n\nUn père de famille rencontré devant l'aréna mardi matin se disait prêt à payer. "
        "« Je payerais 200 piasses de plus », a-t-il affirmé.",
        ["père de famille"],
    ),
    "'No. 12' does not end a description": (
        "“We never give up,” said a woman in a faded No. 12 jersey.",
        ["woman in a faded No. 12 jersey"],
    ),
    "a man brought in after a German verb is the 'er' of the next quote": (
        "Language: de\n\nSeewil übernimmt die Tabellenführung. «Das ist schön», sagte Nico Brändli.\n\nUnter den "
        "Zuschauern war auch ein älterer Herr mit Schal. «So laut war es hier nie», sagte er.",
        ["Nico Brändli", "älterer Herr"],
    ),
    "people an 'ifølge' sentence speaks of are not the 'han' of the next quote": (
        "Language: da\n\n»Vi fik anmeldelsen klokken 02.14,« oplyser vagtchef Henrik Mølgaard fra Limfjordens Politi."
        "\n\nIfølge vagtchefen er de to tilskadekomne en mand og en kvinde i 70'erne. »De er ikke i livsfare,« "
        "siger han.",
        ["Henrik Mølgaard", "Henrik Mølgaard"],
    ),
    "a body's own report by its kind is the body's words": (
        "Carraway Bancorp is cutting jobs. According to the bank's most recent quarterly report, it holds "
        "“ample capital.”",
        ["Carraway Bancorp"],
    ),
    "a German Betreiber is a firm, not the man named before": (
        "Language: de\n\nKommandant Jens Mahlberg leitete den Einsatz. „Wir hatten Glück“, sagte er.\n\nDer "
        "Betreiber, die Brandt & Söhne Recycling GmbH, erklärte, man sei „tief betroffen“.",
        ["Jens Mahlberg", "Brandt & Söhne Recycling GmbH"],
    ),
    "a French source ends before a participle and 'comme'": (
        "Language: fr\n\nL'homme « misait plus de 3 000 euros », selon un enquêteur entendu comme témoin.",
        ["enquêteur"],
    ),
    "a titled name on a place's word is a person's; so are Strait and Falls": (
        "Councillor Gwen Harbor voted against the plan.\n\n“This is a mistake,” she said.\n\nGeorge Strait walked "
        "on stage at nine. “Thank you, Texas,” he said.",
        ["Gwen Harbor", "George Strait"],
    ),
    "'von der' after two first names is part of the name": (
        "Language: de\n\nDie Kommissionspräsidentin Ursula Gertrud von der Leyen reiste an. „Gut“, sagte von der "
        "Leyen.\n\nAnna Maria von der Heide leitet den Hof. „Ja“, sagt von der Heide.",
        ["Ursula Gertrud von der Leyen", "Anna Maria von der Heide"],
    ),
    "a company's chief executive who shares its name is its chief executive": (
        "Michael Dell, the founder and chief executive of Dell Technologies, spoke on Monday.\n\n“We are fine,” "
        "Dell's chief executive said.",
        ["Michael Dell"],
    ),
    "a ', which said' after a document or a place is no body's": (
        "She pointed to a lawsuit filed in Harlow County, which said the land was “never properly surveyed.”\n\n"
        "He cited a 2019 paper published in Nature, which said the effect was “small but real.”\n\nLocal 911 "
        "dispatchers said the calls “never stopped.”",
        [None, None, None],
    ),
    "Ans and Ins are given names": (
        "“I just wanted to record what was there,” said Ans Westra.\n\n“It is a play about us,” said Ins Choi.",
        ["Ans Westra", "Ins Choi"],
    ),
    "a man a German sentence tells of is not the 'er' of the next quote": (
        "Language: de\n\nBürgermeister Jan Roth kennt die Kreuzung gut. Vor zwei Jahren starb hier ein Mann bei einem "
        "Unfall. «Das darf nicht wieder passieren», sagt er.",
        ["Jan Roth"],
    ),
    "a German Betreiber of a stand is a person; 'Brandt & Co. KG' keeps its KG": (
        "Language: de\n\n«Wir sind am Ende», sagt ein Betreiber eines Imbissstands.\n\nDie Firma Brandt & Co. KG "
        "teilte mit, man sei „tief betroffen“.",
        ["Betreiber", "Brandt & Co. KG"],
    ),
    "a French adjective in -u stays in a description": (
        "Language: fr\n\n« On tient », raconte un agriculteur barbu de 50 ans.",
        ["agriculteur barbu"],
    ),
    "the Coast Guard is a body, not a guard just named": (
        "Naomi Ferreira, a consultant, doubted the plan.\n\n“We are looking into it,” the Coast Guard said.",
        ["Coast Guard"],
    ),
    "a body a 'which' after it stands for": (
        "Naomi Ferreira, a consultant, doubted the plan.\n\nThe workers are represented by Local 118 of the Brewery "
        "and Distillery Workers, which said in a statement that it had “not been consulted at any stage.”\n\n"
        "Residents sent letters to the Coast Guard, which said it was “looking into it.”",
        ["Local 118", "Coast Guard"],
    ),
    "a French body's name with an elided de": (
        "Language: fr\n\nLe Conseil d'Etat s'est dit «profondément préoccupé» par l'annonce.",
        ["Conseil d'Etat"],
    ),
    "a union named before the word union": (
        "The United Warehouse and Distribution Workers union said 91 percent had voted in favor. “Our members have "
        "spoken,” the union said in a statement.\n\nUWDW Local 418 met on Monday.",
        ["United Warehouse and Distribution Workers"],
    ),
    "a label after an opening phrase that names someone else": (
        "Sen. Wade Harlan, R-Mont., objected. “No,” Harlan said.\n\nMontana's governor, Rick Solano, was more blunt. "
        "Asked what he would say to Harlan if they met, the 58-year-old former rancher paused. “I'd tell him to "
        "shovel,” he said.",
        ["Wade Harlan", "Rick Solano"],
    ),
    "who reports speech stays the one spoken of after names in their reported words": (
        "Queensland Premier Julianne Marchetti met Kylie Tran.\n\nAsked about an inquiry, the Premier said she would "
        "“not rule anything in or out” until an investigation into Mrs Tran's death was complete. “There's a proper "
        "process,” she said.",
        ["Julianne Marchetti", "Julianne Marchetti"],
    ),
    "a bare shared surname after the sentence about its bearer, though the quote opens on he": (
        "“Mom texted me,” Ethan Marsh said.\n\nIn the other locker room, Connor Marsh was less amused. “He got "
        "the win, so he gets the jokes,” Marsh said.",
        ["Ethan Marsh", "Connor Marsh"],
    ),
    "a Danish company form ends its sentence": (
        "Language: da\n\nBag projektet står energiselskabet VestVind A/S. Selskabet skriver i en pressemeddelelse, "
        "at møllerne giver strøm til »28.000 husstande«.",
        ["VestVind A/S"],
    ),
    "a letter written by someone is no one who speaks": (
        "Younger singers made her songs famous.\n\nMae Halloway-Crane keeps his letters. One, written on a tour bus "
        "in 1986, she can recite by heart: “Mae, the road is long.”",
        ["Mae Halloway-Crane"],
    ),
    "a title the article gave someone opens a sentence": (
        "Language: de\n\n»Das ist kein Umgang«, sagte Landrat Henning Brause (CDU).\n\nDer Betriebsratsvorsitzende "
        "Frank Tietz rechnet damit. »Wer pendelt schon«, so Tietz.\n\nDer Landrat reagierte verärgert. »Dann soll "
        "die Ministerin mal fahren«, sagte er.",
        ["Henning Brause", "Frank Tietz", "Henning Brause"],
    ),
    "a role after a party in brackets": (
        "Language: fr\n\n« Le dossier doit avancer », soupire Philippe Dewez (MR), bourgmestre de Ronvaux depuis "
        "2018.\n\n« On reste », a dit Marcel Hanquet.\n\nLe bourgmestre rejette ces critiques : « Le centre "
        "de crise a été activé. »",
        ["Philippe Dewez", "Marcel Hanquet", "Philippe Dewez"],
    ),
    "a Danish relative clause after a party is no role": (
        "Language: da\n\nBorgmester Lars Kjærgaard (V) kalder udslippet uacceptabelt.\n\n»Det går ikke,« siger "
        "byrådsmedlem Anne Kjærgaard (SF), der ikke er i familie med borgmesteren.\n\nKjærgaard afviser "
        "kritikken. »Jeg har aldrig blandet mig,« siger borgmesteren.",
        ["Anne Kjærgaard", "Lars Kjærgaard"],
    ),
    "title after the quote": ('"We will not back down," said Sen. Jane Roe, R-Okla.', ["Jane Roe"]),
    "title and party tag, subject first": ('"It is over," Sen. Jane Roe, R-Okla., told reporters.', ["Jane Roe"]),
    "honorific, no dot": ("Mary Hale chairs the trust.\n\n‘It is a sad day,’ said Mrs Hale.", ["Mary Hale"]),
    "acronym and title before the name": (
        'EPA Administrator Gina Moss said the rule was "long overdue."',
        ["Gina Moss"],
    ),
    "initials as a first name": ('"We ran out of time," added guard K.C. Fairweather.', ["K.C. Fairweather"]),
    "pronoun skips the man named last": (
        'Ana Lima met Tom Berg on Monday. "It went well," she said.',
        ["Ana Lima"],
    ),
    "age as a label": ('Tom Berg, 52, farms the valley.\n\n"I stay," the 52-year-old said.', ["Tom Berg"]),
    "unnamed, then the same description": (
        'A spokeswoman for the agency declined to comment.\n\n"Not now," the spokeswoman said.',
        ["spokeswoman for the agency"],
    ),
    "described, named later": (
        '"The data are clear," said a toxicologist at Marsh College.\n\n'
        "The toxicologist, Dr. Ivo Kerr, has studied wells for years.",
        ["Ivo Kerr"],
    ),
    "continuation after reported speech": (
        'Ana Lima said the vote would pass. "We have the numbers."',
        ["Ana Lima"],
    ),
    "second speaker named after the quote": (
        '"We lost," said Ana Lima. "We will be back," added coach Tom Berg.',
        ["Ana Lima", "Tom Berg"],
    ),
    "organisation speaks, then 'it'": (
        'Dunmore Power Co. said in a statement that it was "deeply sorry."',
        ["Dunmore Power Co."],
    ),
    "relative by first name": (
        'Marcus Webb and his son, Tyler, came home. "It is gone," Tyler said.',
        ["Tyler Webb"],
    ),
    "the organisation a title names": (
        "Harbor Teachers Association President Ana Lima spoke first. In a statement, the union said it"
        ' was "ready to talk."',
        ["Harbor Teachers Association"],
    ),
    "a relative clause after the name": (
        'Tom Berg, 31, who trained with Lima for years, said she was "a hard teacher."',
        ["Tom Berg"],
    ),
    "an outlet reports, it does not speak": ('The Daily Post reported that "talks have failed."', [None]),
    "German: sagte sie": (
        "Bundeskanzlerin Sabine Wendt sprach in Berlin. „Wir bleiben dabei“, sagte sie.",
        ["Sabine Wendt"],
    ),
    "German: so X": ("„Das ist zu spät“, so Kallweit.\n\nJörg Kallweit führt die Länder an.", ["Jörg Kallweit"]),
    "German: der 45-Jährige": (
        "Bäckermeister Thomas Reindl (45) steht im Schlamm. „Alles hin“, sagt der 45-Jährige.",
        ["Thomas Reindl"],
    ),
    "French: a-t-elle ajouté": (
        "La ministre, Claire Vautrin, était à Brest. « Nous agirons », a-t-elle ajouté.",
        ["Claire Vautrin"],
    ),
    "French: selon": ("Selon Yannick Le Goff, la filière est « au bord du gouffre ».", ["Yannick Le Goff"]),
    "Swedish: säger X": ("”Vi stänger skolan”, säger Anna Berg (C), ordförande i nämnden.", ["Anna Berg"]),
    "Danish: siger hun": ("Sara Dahl er jordemoder. »Det er for langt,« siger hun.", ["Sara Dahl"]),
    "Norwegian: ifølge": ("Ifølge Ivar Nesheim vil bedriftene «vurdere å flytte».", ["Ivar Nesheim"]),
    "an organisation with 'for' in its name": (
        "Helen Marsh resigned.\n\nThe Department for Transport said in a statement: ‘We are getting on with it.’",
        ["Department for Transport"],
    ),
    "'the' and a proper name: an organisation": (
        'Ray Pike ran in.\n\nThe American Red Cross said it was offering "help with food and clothing."',
        ["American Red Cross"],
    ),
    "an organisation named by its kind": (
        "Der Autozulieferer Kessler Antriebstechnik streicht Stellen. Das teilte das Unternehmen mit. "
        "Der Abbau solle „sozialverträglich bleiben“, hieß es in der Mitteilung.",
        ["Kessler Antriebstechnik"],
    ),
    "a spokesperson of an organisation with 'and' in its name": (
        "Edna Baines waited.\n\nA Department of Health and Social Care spokesperson said: ‘We are investing.’",
        ["Department of Health and Social Care spokesperson"],
    ),
    "a shared surname after a relative named in full: the relative ('Her daughter, Kylie Tran' … 'Ms Tran said')": (
        "Lucía Ferrer’s restaurant opens at six.\n\nHer mother, Pilar Ferrer, bakes the bread.\n\n"
        '"It is never finished," Ferrer says.',
        ["Pilar Ferrer"],
    ),
    "a possessive names who speaks after a colon": (
        "Augustin Rooke plays on Sundays.\n\nRooke’s views are brisk. On drum machines: “fine, for a doorbell.”",
        ["Augustin Rooke"],
    ),
    "a relative named in an earlier paragraph's family": (
        "Graham Atherton, 58, works nights.\n\nHis wife, Maureen, said the sums were bad. "
        "‘We did them twice,’ said Mrs Atherton.",
        ["Maureen Atherton"],
    ),
    "children named together": (
        "Jamal Reese walks his children, Maya and Theo, to school.\n\nMaya, 9, wants a crosswalk painted "
        "“rainbow, so the cars notice it.”",
        ["Maya Reese"],
    ),
    "a party label stands for the person just named": (
        'Celia Pruitt was unmoved. "Nobody checks the receipts," the Oregon Democrat said.',
        ["Celia Pruitt"],
    ),
    "described by a pronoun, named in the next sentence": (
        "Konrad Ahlers leitet die Grabung.\n\n»Plötzlich liegt da so ein Ding«, erzählt er. "
        "Werner Stegmann, 71, hat den Fund gemeldet.",
        ["Werner Stegmann"],
    ),
    "someone new before a colon": (
        'Rafael Quintero-Baz left.\n\nA teenage girl in a replica shirt was more forgiving: "I would go too."',
        ["teenage girl in a replica shirt"],
    ),
    "according to a report by an organisation": (
        "Towns could face “routine flooding within two decades,” according to a report released on Monday "
        "by the Marrow Coast Climate Commission.",
        ["Marrow Coast Climate Commission"],
    ),
    "her husband": (
        "Glenda Marchetti went home on Saturday, and Roy Marchetti drove.\n\n"
        "Glenda Marchetti thanked the nurses. “Two of them,” her husband said.",
        ["Roy Marchetti"],
    ),
    "a woman's honorific picks her among namesakes": (
        "Jean-Marc Lambotte tient une boucherie. La bourgmestre, Véronique Lambotte, défend le projet.\n\n"
        "Mme Lambotte a promis une évaluation « complète et chiffrée ».",
        ["Véronique Lambotte"],
    ),
    "German indirect speech after 'so X'": (
        "Der Umsatz sei eingebrochen, so Markus Hollerer. Man habe „wirklich alles versucht“.",
        ["Markus Hollerer"],
    ),
    "authorities speak as a body": (
        'A man was charged on Friday, authorities said, describing the crash as "entirely preventable."',
        ["authorities"],
    ),
    "a Nordic body named with one capital": (
        "Ifølge Statens vegvesen er det fortsatt «betydelig fare for nye utglidninger» i området.",
        ["Statens vegvesen"],
    ),
    "a full stop ends what a quote can take from the next sentence": (
        'Marjorie Lessard said she was "heartbroken and cooperating fully." Prosecutors said she was no target.',
        ["Marjorie Lessard"],
    ),
    "a surname that also names a place": (
        'Another analyst, Grace Park of Ridgeline Capital, said she was "more worried about volume."',
        ["Grace Park"],
    ),
    "a named subject before a colon": (
        "Leonie Hartl pumpt Keller leer. Ihr Vater, Thomas Hartl, nickte: „Das schweißt zusammen.“",
        ["Thomas Hartl"],
    ),
    "French: a public body of a place": (
        "Le viaduc présente des « fissures évolutives », indique la préfecture du Haut-Varenne.",
        ["préfecture du Haut-Varenne"],
    ),
    "French: « Pour X, … »": (
        "Pour le procureur de la République, Laurent Vasseur, il ne fait « aucun doute » que le notaire savait.",
        ["Laurent Vasseur"],
    ),
    "French: selon a role and a name": (
        "Selon la directrice artistique de la maison, Nadia Belhumeur, les précommandes ont « pratiquement triplé ».",
        ["Nadia Belhumeur"],
    ),
    "German: a union named after its kind": (
        "In einer Mitteilung der Gewerkschaft IG Technik heißt es, die Beschäftigten seien „keine Masse“.",
        ["IG Technik"],
    ),
    "Danish: lyder det fra": (
        "Skolebestyrelsen vil klage. »Vi er ikke færdige med det her«, lyder det fra Thomas Brix Andersen.",
        ["Thomas Brix Andersen"],
    ),
    "a name no list knows, with a role after it": (
        "Ousmane Ndiaye, président de l’association Tilleuls debout, n’y croit plus guère. "
        "« Le printemps, on nous l’a déjà promis trois fois », affirme-t-il.",
        ["Ousmane Ndiaye"],
    ),
    "a name no list knows, speaking": (
        '"We brace for the next one," said Nkechi Alvarado-Stone, who runs the ward.',
        ["Nkechi Alvarado-Stone"],
    ),
    "Nordic: one definite noun after enligt": (
        "Två män greps på måndagen. Enligt åklagaren finns det ”starka skäl” att misstänka dem.",
        ["åklagare"],  # the noun without its article, as "the prosecutor" → "prosecutor"
    ),
    "a partial quote inside a sentence going on": (
        'Dan Strass said its pricing had "held up remarkably well" despite softer demand.',
        ["Dan Strass"],
    ),
    "a partial quote, then the speaker after a comma": (
        'Students may use "designated stations" in an emergency, Ana Lima said.',
        ["Ana Lima"],
    ),
    "a particle opens the surname": (
        'Pieter Van Alst runs the firm.\n\n"We are ready," Van Alst said.',
        ["Pieter Van Alst"],
    ),
    "the verb first, then a second verb": (
        "Katrin Obermaier leitet das Ministerium.\n\n"
        "„Ich verstehe den Ärger“, sagte die Ministerin und fügte hinzu: „Aber das Geld fehlt.“",
        ["Katrin Obermaier", "Katrin Obermaier"],
    ),
    "an organisation speaks through a statement": (
        "Das Verkehrsministerium prüft die Strecke.\n\n"
        "„Das ist nicht zu verantworten“, erklärte das Ministerium in einer Stellungnahme.",
        ["Verkehrsministerium"],
    ),
    "it says, in a body's release": (
        "Der Almwirtschaftsverband Pfandltal tagte am Montag.\n\n"
        "„Es kann nicht sein“, heißt es in einer Aussendung des Verbandes.",
        ["Almwirtschaftsverband Pfandltal"],
    ),
    "it says, in the statement of the one who spoke": (
        "Das Landgericht Kaltenbruck verhandelt. Dennis K. ließ eine Erklärung verlesen. Er habe „nichts "
        "gewusst“, sagt er darin.\n\n„Ich hatte Schulden“, heißt es in der Erklärung.",
        ["Dennis K.", "Dennis K."],
    ),
    "the body of a place after the verb, then where": (
        "Le cortège s'est déroulé « dans le calme », a indiqué la préfecture de l'Orbe dans un communiqué.",
        ["préfecture de l'Orbe"],
    ),
    "a name after a role, then where they work": (
        "”Det brinner”, säger räddningsledaren Jonas Lindqvist vid Räddningstjänsten Mälarås.",
        ["Jonas Lindqvist"],
    ),
    "described, then 'she is called' in the next paragraph": (
        "En kvinne står på ferjekaia. «Siste ferje klokka ni?», sier hun.\n\n"
        "Hun heter Ingrid Solheim Aasen og jobber som sykepleier.",
        ["Ingrid Solheim Aasen"],
    ),
    "described, then 'NAME, so heißt die …'": (
        "Eine Krankenpflegerin aus Oberreuth sieht das anders: „Ich brauche den Zug.“\n\n"
        "Aylin Demir, so heißt die 46-Jährige, hat Unterschriften gesammelt.",
        ["Aylin Demir"],
    ),
    "a lede that describes, the next paragraph names": (
        "A scaffolder has told a jury he warned his employers that the structure was 'moving in the wind'.\n\n"
        "Darren Pugh, 44, who worked for the firm for 11 years, said he told one of its directors.",
        ["Darren Pugh"],
    ),
    "a lede quoting authorities keeps them": (
        'The crash was "entirely preventable," authorities said.\n\nTrevor Haskett, 34, was charged on Friday.',
        ["authorities"],
    ),
    "a club by its short name takes its full name": (
        "Two late goals gave the Redmont Foxes a 2-1 win on Sunday.\n\n"
        '"Kasia felt some discomfort and will be assessed on Monday," the Foxes said.',
        ["Redmont Foxes"],
    ),
    "a company's full name, not a sentence's first word": (
        'One Tesserine engineer left. Tesserine said it had "contained the incident."',
        ["Tesserine"],
    ),
    "a shared surname after 'her husband said'": (
        "Marcus Okafor woke to the smell. Delphine Okafor called for help.\n\n"
        'Afterward, her husband said he had not planned to say anything. "She\'s the brave one," Okafor said.',
        ["Marcus Okafor"],
    ),
    "whose son, named, is not the subject": (
        "Dana Whitfield, whose son, Owen, is in seventh grade, said she supported the ban. "
        '"You want me to tell my kid his phone is locked?" Whitfield asked.',
        ["Dana Whitfield"],
    ),
    "whose chairman, named, is the subject": (
        "Talks resume under the National Conciliation Board, whose chairman, Oswin Pike, said he was "
        '"cautiously hopeful."',
        ["Oswin Pike"],
    ),
    "a noun after a determiner is no verb of speech": (
        "Ellen Marchetti runs the chain. One analyst on the call, Daniel Park of Sterling & Co., pressed "
        'Marchetti on the dividend. "Absolutely not," she replied when he asked whether it could be cut.',
        ["Ellen Marchetti"],
    ),
    "a description ends before its preposition": (
        "A woman pushing a double stroller toward the penguin house said she had come "
        '"for the air conditioning." "Okay, she\'s cute," the woman admitted.',
        ["woman pushing a double stroller", "woman pushing a double stroller"],
    ),
    "a child named by first name only": (
        'A second-grader named Mateo held up a drawing. "This is the tire swing," he told the board.',
        ["Mateo"],
    ),
    "a first name with an age": (
        "Parmi les collégiens, Lina, 12 ans, s'en tire avec une bosse. « On est tous tombés », raconte la jeune fille.",
        ["Lina"],
    ),
    "someone's mother, by first name": (
        "Daniel Mbatha-Lowe scored twice.\n\nMbatha-Lowe’s mother, Grace, was in the stand. "
        "‘He used to kick a ball against our garage,’ she said.",
        ["Grace Mbatha-Lowe"],
    ),
    "that son, by first name": (
        "Marisol Achterberg raised her son alone.\n\n"
        'That son, Daniel, now 39, remembers the calculator. "I thought every mom did that," he said.',
        ["Daniel"],
    ),
    "the younger of two sharing a surname": (
        '"We had no business winning," coach Dale Pruitt said.\n\n'
        "His son, Tyson Pruitt, a junior guard, scored 19.\n\n"
        '"Dad says that every game," the younger Pruitt said.',
        ["Dale Pruitt", "Tyson Pruitt"],
    ),
    "the elder by age": (
        "Neil Lyle, 48, and Gareth Lyle, 52, deny the charge.\n\n"
        'The elder Lyle said he had "no recollection whatsoever" of the call.',
        ["Gareth Lyle"],
    ),
    "letters after a name are not the name": (
        "Prosecutor Nadia Fairbairn KC opened the case.\n\n"
        "According to Ms Fairbairn, the company had 'cut every corner there was to cut'.",
        ["Nadia Fairbairn"],
    ),
    "an MP's letters": ("'It is a betrayal,' said Harriet Quennell MP.", ["Harriet Quennell"]),
    "a source familiar with the talks": (
        "The deal could close next week, according to a person familiar with the talks, who said Dorvale "
        'showed "no sign of moving an inch."',
        ["person familiar with the talks"],
    ),
    "a description keeps what is owned": (
        "A person familiar with the board’s thinking said directors were “fully behind” the plan.",
        ["person familiar with the board’s thinking"],
    ),
    "a description through a possessive name": (
        "A software engineer in Corvane’s Austin office, who asked not to be named, was let go. "
        "“I thought it was a VPN problem,” she said.",
        ["software engineer in Corvane’s Austin office"],
    ),
    "a noun after a determiner that could be a verb": (
        "A woman at the counter, a nurse, overhears. “Nobody minded,” she says.",
        ["woman at the counter"],
    ),
    "a French description with an elided article": (
        "Un opérateur d’une trentaine d’années résume : « On a déjà perdu neuf jours de salaire. »",
        ["opérateur d’une trentaine d’années"],
    ),
    "a body with a lower-case French adjective": (
        "La Commission européenne a fait savoir qu'elle restait « pleinement engagée ».",
        ["Commission européenne"],
    ),
    "a proper name after a lower-case owner": (
        'The state\'s Workplace Safety Division said investigators would "determine whether rules were broken."',
        ["Workplace Safety Division"],
    ),
    "an office owned by a long title": (
        'The state attorney general\'s office said it was "reviewing the decision."',
        ["state attorney general's office"],
    ),
    "a German adverb after the subject": (
        "Man halte sich „an sämtliche Vorgaben“, teilte die Hollrieder Kies GmbH schriftlich mit.",
        ["Hollrieder Kies GmbH"],
    ),
    "Swiss spelling and a body named before, by its head word": (
        "Beim Bundesamt für Gesundheitsvorsorge in Bern will man nichts wissen. "
        "«Die Auslastung ist regional sehr unterschiedlich», heisst es beim Bundesamt auf Anfrage.",
        ["Bundesamt für Gesundheitsvorsorge"],
    ),
    "a French union demands": (
        "Le syndicat Horizon Travail exige une consultation. Le syndicat réclame « un plan social digne ».",
        ["Horizon Travail"],
    ),
    "a lede's unnamed woman, named with a label in the next paragraph": (
        'MILLBROOK FALLS — The woman who lives next door saw the smoke first. "It was black," she said.\n\n'
        "The neighbor, Rosalind Pike, 63, has known the family for years.",
        ["Rosalind Pike"],
    ),
    "a label naming someone else is no name for the lede's speaker": (
        "« On vit comme ça depuis des années », soupire un habitant du quartier.\n\n"
        "La maire, Nathalie Bergeron, reconnaît des retards.",
        ["habitant du quartier"],
    ),
    "a unique role, named when the next paragraph opens on someone new": (
        "Residents were angry.\n\nThe chief executive of Lodeside Water was jeered as she arrived. "
        "'I understand people's anger,' she told the room.\n\n"
        "Karen Whitlow, who took over at the company in 2024, said it would spend more.",
        ["Karen Whitlow"],
    ),
    "a German body with its place, named first in the attribution": (
        "„Die Ermittlungen dauern an“, teilte die Polizei Magdeburg mit.",
        ["Polizei Magdeburg"],
    ),
    "a spokesman of a German body is the spokesman": (
        "„Unsere Leute sind seit 40 Stunden im Einsatz“, sagte ein Sprecher der Kreisfeuerwehr.",
        ["Sprecher der Kreisfeuerwehr"],
    ),
    "a German pronoun after the verb is the subject, not the fronted body": (
        "Franz Pichler ist Betriebsrat.\n\nVon der Bundesregierung verlangt er „endlich Entlastung“.",
        ["Franz Pichler"],
    ),
    "an acronym alone is a body": (
        "NASA said the spacecraft was “healthy and performing as expected” after the burn.",
        ["NASA"],
    ),
    "the kind of a body in the singular, its name in the plural": (
        "Skyward Airlines canceled 300 flights. The airline blamed “an unprecedented staffing shortage”.",
        ["Skyward Airlines"],
    ),
    "the subject of the clause that holds the verb": (
        "Shares of Harbor Bank fell 8% after the lender warned of “challenging conditions”.",
        ["lender"],
    ),
    "two people familiar with the talks": (
        "A deal is close, according to two people familiar with the talks, who said it could be “announced soon.”",
        ["people familiar with the talks"],
    ),
    "an employee, however": (
        "Dr. Alan Pierce declined to comment. A hospital employee, however, said the ward was “understaffed.”",
        ["hospital employee"],
    ),
    "a surname that is a title word too": (
        '"It\'s a total loss," said Jim Pruitt. "It\'s a chance," said his neighbor, Carla Dean, whose house stood.',
        ["Jim Pruitt", "Carla Dean"],
    ),
    "a Swedish quote attributed by the next paragraph": (
        "Anna Berg är rektor.\n\n– Det kom helt som en chock för oss alla.\n\n"
        "Det säger Ingrid Malm, rektor på Västerskolan, till SVT Nyheter.",
        ["Ingrid Malm"],
    ),
    "a German quote attributed by the next paragraph": (
        "„Wir sind am Ende.“\n\nDas sagte Bürgermeisterin Anna Roth der Deutschen Presse-Agentur.",
        ["Anna Roth"],
    ),
    "Nynorsk: seier ho": (
        "Ordførar Gunnhild Tveit (Sp) er ikkje nøgd med vedtaket.\n\n– Dette er eit slag i andletet, seier ho.",
        ["Gunnhild Tveit"],
    ),
    "a Nordic source": (
        "– Avtalen er i praksis i boks, sier en kilde med kjennskap til forhandlingene.",
        ["kilde med kjennskap til forhandlingene"],
    ),
    "a Nordic subject after the verb, not the outlet in the opening phrase": (
        "I ett mejl till Dagens Nyheter skriver Försäkringskassan att ”handläggningstiderna ska kortas”.",
        ["Försäkringskassan"],
    ),
    "the lead author, named later as the one the team was led by": (
        'The study\'s lead author, a soil chemist at Wexford College, said it was "a surprise to us all."\n\n'
        "The team, led by Hanna Ottersen, sampled 40 fields over three summers.",
        ["Hanna Ottersen"],
    ),
    "a bank holding company is the bank": (
        "Pellworth Bancorp cut 300 jobs on Monday.\n\n"
        'The bank said in a filing that the cuts were "a painful but necessary step."',
        ["Pellworth Bancorp"],
    ),
    "according to the paper, in a study's story": (
        "The study was published on Wednesday in the journal Soil Letters.\n\n"
        'According to the paper, plots under clover held "roughly a third more water" in August.',
        ["paper"],
    ),
    "a German compound names a body: Polizeipräsidium, Landratsamt, and 'die Behörde' later": (
        "Language: de\n\nIn Weidach hat es gebrannt. „Wir ermitteln“, teilte das Polizeipräsidium Oberland mit.\n\n"
        "Das Landratsamt Fichtenau sieht keine Hindernisse. „Das ist machbar“, teilte die Behörde mit.",
        ["Polizeipräsidium Oberland", "Landratsamt Fichtenau"],
    ),
    "nach Angaben des Tiefbauamts: the Tiefbauamt": (
        "Language: de\n\nNach Angaben des Tiefbauamts ist eine Sanierung „nicht mehr wirtschaftlich“.",
        ["Tiefbauamt"],
    ),
    "an investigator from a body: the name ends before 'vom'": (
        "Language: de\n\nDie Ermittlerin Sabine Roth vom Landeskriminalamt sagte aus. „Die Bande war gut organisiert“, "
        "sagte Roth.",
        ["Sabine Roth"],
    ),
    "a ministry of the state is the ministry, not the firm the story is about": (
        "Language: de\n\nDie Brenner Antriebe GmbH baut 300 Stellen ab.\n\n"
        "„Wir stehen mit allen Beteiligten in Kontakt“, teilte das Wirtschaftsministerium des Landes mit.",
        ["Wirtschaftsministerium"],
    ),
    "the town's administration and its town hall": (
        "Language: de\n\nIm Rathaus herrscht Ratlosigkeit.\n\n"
        "Die Stadtverwaltung will helfen. Ziel sei es, „rasch Lösungen zu finden“, teilte die Stadtverwaltung mit.\n\n"
        "Die Lindauer Werke GmbH schließt. „Wir sind im Gespräch mit dem Land“, teilte die Stadt am Abend mit.",
        ["Stadtverwaltung", "Stadtverwaltung"],
    ),
    "a German title compound before a surname: Oberstaatsanwalt Wendt is Klaus Wendt": (
        "Language: de\n\nDie Anklage vertritt Oberstaatsanwalt Klaus Wendt.\n\n"
        "Oberstaatsanwalt Wendt ließ das nicht gelten. „Ohne Abholer gibt es kein Geld“, sagte er.",
        ["Klaus Wendt"],
    ),
    "'die Frau' is the woman this paragraph brought in, not the spokesman quoted before": (
        "Language: de\n\nEin Sprecher der Firma sagte, man sei „gesprächsbereit“.\n\n"
        "In der Fragestunde meldete sich eine Anwohnerin zu Wort. „Wer schützt unsere Kinder?“, fragte die Frau.",
        ["Sprecher der Firma", "Anwohnerin"],
    ),
    "a union named by its name alone is 'le syndicat', 'die Gewerkschaft'; 'la direction' is the employer": (
        "Language: fr\n\nVarlin Industries supprime 80 postes. Faux, rétorque FO. "
        "« On nous convoque pour rien », affirme le syndicat. « Le plan est nécessaire », indique la direction.\n\n"
        "Le syndicat Sud Industrie est plus prudent.",
        ["FO", "Varlin Industries"],
    ),
    "Verdi is a union": (
        "Language: de\n\nVerdi ruft zum Warnstreik auf. „Die Beschäftigten haben genug“, teilte die Gewerkschaft mit.",
        ["Verdi"],
    ),
    "a French role, then its holder with an article and a title: 'le directeur médical, le Dr X'": (
        "Language: fr\n\n« Nous manquons de lits », explique le directeur médical, le Dr Paul Verhaegen.",
        ["Paul Verhaegen"],
    ),
    "a Nordic municipality whose name opens on a compass word: Östra Hammarby kommun": (
        "”Vi har helt enkelt inte råd”, skriver Östra Hammarby kommun i ett pressmeddelande.",
        ["Östra Hammarby kommun"],
    ),
    "a German impersonal report before the quote: 'hieß es aus dem Rathaus', 'hieß es, man habe'": (
        "Language: de\n\nMaria Moser hält Schafe. „Ich habe drei Tiere verloren“, sagte sie.\n\n"
        "Das Landratsamt schwieg. In einem Brief hieß es lediglich, man habe der Gemeinde „Hinweise“ gegeben.\n\n"
        "Ein Abriss, hieß es am Mittwoch aus dem Rathaus, sei „derzeit kein Thema“.",
        ["Maria Moser", "Landratsamt", "Rathaus"],
    ),
    "a Nordic genitive without apostrophe names the parent": (
        "Language: no\n\nIngrid Aasen driver gården ved fjorden.\n\n"
        "Ingrid Aasens sønn, Magnus, vil overta. – Jeg har alltid visst det, sier 17-åringen.\n\n"
        "– Han er flinkere enn meg, sier hun.",
        ["Magnus Aasen", "Ingrid Aasen"],
    ),
    "a Danish officer, not his employer": (
        "»Manden er anholdt«, oplyser vagtchef Mads Østergaard fra Fyns Politi.",
        ["Mads Østergaard"],
    ),
    "a name opening the sentence before a colon": (
        "«Dette er et løftebrudd», sier stortingsrepresentant Marte Dahl (H). "
        "Statsråd Knut Rønning (Ap) avviser kritikken: «Vi har holdt det vi lovet.»",
        ["Marte Dahl", "Knut Rønning"],
    ),
    "nach Angaben der Feuerwehr": (
        "Language: de\n\nNach Angaben der Feuerwehr bestand „zu keinem Zeitpunkt Gefahr“.",
        ["Feuerwehr"],
    ),
    "X zufolge": (
        "Language: de\n\nEinem Sprecher des Ministeriums zufolge ist der Entwurf „noch nicht abgestimmt“.",
        ["Sprecher des Ministeriums"],
    ),
    "a German listener after the speaker": (
        "„Der Deal ist so gut wie durch“, sagte ein Insider der Nachrichtenagentur Reuters.",
        ["Insider"],
    ),
    "a club is no person before an appositive name": (
        "Er sei „zutiefst erschüttert“, sagte der Trainer des FC Hansa, Uwe Kröger, nach dem Spiel.",
        ["Uwe Kröger"],
    ),
    "a German acronym with its article; seitens": (
        "«Die Lage bleibt angespannt», schreibt das BAG in seiner Mitteilung. "
        "Seitens der ÖBB hiess es, man bedaure «die Unannehmlichkeiten».",
        ["BAG", "ÖBB"],
    ),
    "a German compound title; warf … vor": (
        "„Das ist ein Schlag ins Gesicht“, kritisierte Verdi-Landesbezirksleiterin Susanne Kamp. "
        "„Sie haben versagt“, warf Oppositionsführerin Carola Stein dem Innenminister vor.",
        ["Susanne Kamp", "Carola Stein"],
    ),
    "French reflexive verbs after the quote": (
        "« Je n'y ai pas cru », se souvient Karim Benali, 44 ans. « C'est une victoire », s'est réjoui "
        "Thomas Lebrun, délégué FO. Le directeur du zoo, Arnaud Perrin, et la vétérinaire Julie Masson "
        "étaient là. « C'est la première fois », se félicite-t-il.",
        ["Karim Benali", "Thomas Lebrun", "Arnaud Perrin"],
    ),
    "a-t-on appris auprès du parquet": (
        "« Deux suspects ont été placés en garde à vue », a-t-on appris jeudi auprès du parquet de Créteil.",
        ["parquet de Créteil"],
    ),
    "a French attribution inside the marks": (
        "« Nous sommes inquiets, reconnaît Isabelle Fournier, directrice de l'école Jules-Ferry. "
        "Les effectifs baissent chaque année. »",
        ["Isabelle Fournier"],
    ),
    "a demonym names the one from that place": (
        "Top seed Elena Petrova of Russia beat Amélie Roy of Canada. Petrova said her serve had “clicked.”\n\n"
        "“She played the big points better,” the Canadian said.",
        ["Elena Petrova", "Amélie Roy"],
    ),
    "a possessive place before a name": (
        "Germany's Max Keller finished ahead of Spain's Carlos Ruiz. Keller said he had been “lucky.”\n\n"
        "“The safety car took it away,” the Spaniard said.",
        ["Max Keller", "Carlos Ruiz"],
    ),
    "the word before a role before a name": (
        "Freshman guard Tyler Quinn scored 24 points, and senior center Abdul Rahman added 12 rebounds. "
        "“Coach told me to keep shooting,” the freshman said.",
        ["Tyler Quinn"],
    ),
    "a name given inside a description": (
        "‘We were told nothing,’ said one of the stranded passengers, a nurse from Leeds named Priya Shah. "
        "“I’ve lived under this bridge for two years,” said a man who gave his name only as Joe.",
        ["Priya Shah", "Joe"],
    ),
    "a surname with a particle opening a sentence": (
        "Luis de la Cruz, a city councilman, voted against it. “This is a giveaway,” De la Cruz said.",
        ["Luis de la Cruz"],
    ),
    "an Arabic particle in a surname": (
        "Khalid al-Mansouri, a spokesman for the ministry, spoke. “The operation is ongoing,” al-Mansouri said.",
        ["Khalid al-Mansouri"],
    ),
    "the subject of a reported verb": (
        "Okonkwo-Reid said Lomax had told him at half-time to “go and get another one.”",
        ["Lomax"],
    ),
    "an Austrian academic title": (
        "„Die Gemeinde hat weggeschaut“, kritisiert Mag. Andrea Huber, Obfrau der Bürgerinitiative.",
        ["Andrea Huber"],
    ),
    "a Danish 'one of the' and a name after the fact": (
        "»Det føles som at blive svigtet«, siger en af de afskedigede medarbejdere.\n\n"
        "Han hedder Kasper Dahl og har arbejdet på slagteriet i 22 år.",
        ["Kasper Dahl"],
    ),
    "a Danish source close to the talks": (
        "»Der er stadig langt mellem parterne«, siger en kilde tæt på forhandlingerne.",
        ["kilde tæt på forhandlingerne"],
    ),
    "a German reportage: the woman described, then named": (
        "Die Frau am Fahrkartenschalter wirkt erschöpft. „Seit sechs Uhr stehe ich hier“, sagt sie.\n\n"
        "Marta Kowalczyk, so heißt die Frau, arbeitet seit elf Jahren für die Bahn.",
        ["Marta Kowalczyk"],
    ),
    "the statement someone said something in": (
        'The envoy, Henrik Solvang, was guarded. A ceasefire "is just a pause," he said in a statement.\n\n'
        '"I have asked both governments to send delegations," the statement said.',
        ["Henrik Solvang", "Henrik Solvang"],
    ),
    "a Nordic attribution at the end of a clause": (
        "Region Sydvest driver flyet.\n\nForsøget koster 14 millioner kroner om året, oplyser regionen i en "
        "pressemeddelelse. Flyet skal kunne nå øen på »under 20 minutter fra alarm til landing«.",
        ["Region Sydvest"],
    ),
    "a German role before a surname the article knows": (
        "Die Vorsitzende Richterin Helga Wintermantel eröffnete. Richterin Wintermantel ließ durchblicken, "
        "dass ein Geständnis helfe. „Die Kammer hat ein Teilgeständnis gehört“, sagte Wintermantel.",
        ["Helga Wintermantel"],
    ),
    "a gender the first name does not tell, from the pronoun the article uses": (
        'The agent, Marco Salvadori, spoke first. "He has never asked for anything," he said.\n\n'
        "Luca Ferreira, 24, has said almost nothing. But late Monday he posted a photograph. "
        '"Every chapter ends," he wrote on Instagram.',
        ["Marco Salvadori", "Luca Ferreira"],
    ),
    "a label opening a sentence is who the pronoun means": (
        "„Das System erstickt“, sagte Bundeskanzlerin Sabine Wendt am Dienstag.\n\n"
        "Martina Özdemir, Klinikchefin, widersprach. „Wer soll zu uns kommen?“, fragte sie.\n\n"
        "Die Kanzlerin zeigte sich unbeeindruckt. „Wir werden diese Reform durchsetzen“, sagte sie.",
        ["Sabine Wendt", "Martina Özdemir", "Sabine Wendt"],
    ),
    "Nordic dash dialogue with inner single quotes": (
        "Language: sv\n\n– När han skrek ’ge mig pengarna’ blev jag helt kall, berättar butiksbiträdet Elin Åberg.",
        ["Elin Åberg"],
    ),
    "Danish dialogue with a hyphen for the dash": (
        "Language: da\n\n- Det er en katastrofe for bymidten, siger Henrik Juul, formand for Handelsstandsforeningen.",
        ["Henrik Juul"],
    ),
    "Nynorsk: ein tilsett, heiter": (
        "Language: no\n\nEi kvinne står ved kaia og ventar på ferja.\n\n– Eg har venta i over to timar no, seier ho."
        "\n\nHo heiter Åse Nygard og skal på jobb i Florø.",
        ["Åse Nygard"],
    ),
    "Det bekrefter X overfor NRK": (
        "Language: no\n\n– Vi har fått en bekymringsmelding og ser på saken.\n\n"
        "Det bekrefter barnevernleder Ole Kristian Hauge i Larvik kommune overfor NRK.",
        ["Ole Kristian Hauge"],
    ),
    "a first name with an age in brackets or 'på 8 år'": (
        "Language: no\n\nEmil (9) har gledet seg til skolestart.\n\n– Jeg gleder meg mest til friminuttene, sier han.",
        ["Emil"],
    ),
    "lyder det fra X, Name.": (
        "Language: da\n\n– Vi er rigtig glade for opbakningen, lyder det fra festivalens formand, Kirsten Lyng.",
        ["Kirsten Lyng"],
    ),
    "whose message is clear": (
        "Le message de la direction de l'hôpital est clair : « Ne venez aux urgences qu'en cas de nécessité. »",
        ["direction de l'hôpital"],
    ),
    "a source in the government, told to an outlet": (
        "Language: no\n\n– Statsministeren har mistet tilliten, sier en kilde i regjeringen til Aftenposten.",
        ["kilde i regjeringen"],
    ),
    "C'est ce qu'affirme X": (
        "Language: fr\n\n« La vente de l'usine est actée. » C'est ce qu'affirme Jacques Lenoir, délégué syndical.",
        ["Jacques Lenoir"],
    ),
    "a French age label": (
        "Language: fr\n\nRoger Blanchet, 64 ans, et sa fille Aurélie tiennent la ferme. "
        "« On ne se paie plus », confie le sexagénaire.",
        ["Roger Blanchet"],
    ),
    "a German body in the genitive": (
        "Nach Angaben des Landratsamts Wendelfeld besteht «derzeit keine akute Gefahr». Der Lenker sei "
        "«zu schnell» gewesen, heisst es in der Mitteilung der Kantonspolizei Zürich.",
        ["Landratsamt Wendelfeld", "Kantonspolizei Zürich"],
    ),
    "an unknown first name with an age is someone, named in the next sentence": (
        "Ein Bergbauer hatte das Wort ergriffen. «Ist das noch eine Alp?», fragte er in den Saal. "
        "Gion Darms, 63, erhielt dafür langen Applaus.",
        ["Gion Darms"],
    ),
    "a label's age tells who it is not": (
        "Language: fr\n\nRéjean Côté, 61 ans, écoutait. Josée Bérubé a témoigné mardi.\n\n"
        "« On me disait quoi changer », a raconté la femme de 52 ans.",
        ["Josée Bérubé"],
    ),
    "a unique role quoted again under a new name": (
        "The club’s chairman, a local businessman, said the stadium plans were “non-negotiable.”\n\n"
        "“We either build or we die,” said Terry Mabbott.",
        ["Terry Mabbott", "Terry Mabbott"],
    ),
    "a capitalized verb form inside a name is no verb": (
        'State Department spokesman Craig Olsen told reporters the United States was "deeply concerned".',
        ["Craig Olsen"],
    ),
    "an opening phrase before an appositive subject": (
        "In a victim impact statement, the woman, who was 19 at the time, said the attack had “destroyed me”.",
        ["woman"],
    ),
    "a league is a body": (
        "The Premier Hockey League said in a statement that the suspension was “warranted given the hit.”",
        ["Premier Hockey League"],
    ),
    "a family is no adverb": (
        "Ben Hollister died Friday. In a statement, his family said: “Ben was a devoted father.”",
        ["family"],
    ),
    "plural authors": (
        "“Even modest reductions could prevent strokes,” the authors wrote in the journal.",
        ["authors"],
    ),
    "quoted X as saying": (
        "The state news agency quoted an unnamed military source as saying the strikes had hit “legitimate targets.”",
        ["unnamed military source"],
    ),
    "a court of a kind nobody named": (
        "The appeals court said the trial judge had “plainly erred” in allowing it.",
        ["appeals court"],
    ),
    "the letter from a body": (
        "Residents received a letter from Brookfield Council last week. "
        "“We understand this news will be upsetting,” the letter said.",
        ["Brookfield Council"],
    ),
    "a conference call is no verb": (
        "Marguerite Okonkwo-Baird told analysts on a conference call that the merger would save “$240 million a year”.",
        ["Marguerite Okonkwo-Baird"],
    ),
    "a quote in the clause a reporting verb opens is the reporter's": (
        "A senior official in Saldan's office, who spoke on condition of anonymity, said the prime minister had "
        'offered "significant concessions" on pensions.',
        ["senior official in Saldan's office"],
    ),
    "words told to the speaker are the teller's": (
        "Lucía Ferrer said her mother, Pilar Ferrer, had told her that “kitchens eat people.”",
        ["Pilar Ferrer"],
    ),
    "a pronoun after an unnamed speaker means the woman named since": (
        "Denise Korver led the rally.\n\nA spokeswoman for the hospital said it had “no choice”.\n\n"
        "As the rally broke up, Korver folded a banner. “I'll be here until the last baby,” she said.",
        ["spokeswoman for the hospital", "Denise Korver"],
    ),
    "named after a quote, with a first name no list knows": (
        "Language: de\n\nEine ältere Frau, die am Dorfbrunnen steht, hat wenig Verständnis. «Als ich ein Kind war, "
        "glaubte man das auch», sagt sie. «Ist sie aber nicht.» Sie heisst Mengia Tuor, ist 81 Jahre alt.",
        ["Mengia Tuor", "Mengia Tuor"],
    ),
    "an anonymous German employee, then a pronoun": (
        "Selbach widerspricht.\n\nEin Mitarbeiter des Tiefbauamts, der nicht genannt werden möchte, schildert die "
        "Lage drastischer. „Ehrlich gesagt wundert es mich“, sagt er.",
        ["Mitarbeiter des Tiefbauamts"],
    ),
    "a source stays unnamed when someone is named next": (
        "Language: fr\n\nLe parquet a ouvert une enquête. Selon une source proche de l'enquête, les constatations "
        "orienteraient vers « un problème électrique sur une armoire ».\n\n"
        "Un voisin retraité a été réveillé par « un bruit de tôles qui se tordent ». « J'ai cru que c'était "
        "l'orage », raconte-t-il.\n\nIl s'appelle Robert Quéméner et c'est un ancien marin.",
        ["source proche de l'enquête", "Robert Quéméner", "Robert Quéméner"],
    ),
    "a scene-setting sentence brings in the next dash quote's speaker": (
        "Language: no\n\nEn kilde i fylkeskommunen sier at veien er stengt.\n\n"
        "På kaia i Skoravik venter en pensjonist med handlenett.\n\n"
        "– Jeg skal bare på apoteket, sier hun.",
        ["pensjonist med handlenett"],
    ),
    "honom is no French 'nom'": (
        "Language: sv\n\nJonas Ek bor här. Att stänga korsningen är enligt honom ”att slå med släggan när det "
        "räcker med en hammare”.",
        ["Jonas Ek"],
    ),
    "a surname after a quote, before a colon": (
        "Gisela Arndt steht daneben. „Die erzählen uns das seit Wochen“, sagt Bernd Wiesner. "
        "„Ich habe keinen gesehen.“ Arndt nickt: „Ich auch nicht.“",
        ["Bernd Wiesner", "Bernd Wiesner", "Gisela Arndt"],
    ),
    "a body's possessive office before a colon": (
        "Language: sv\n\nTrafikverket stänger korsningen. Trafikverkets presstjänst tillbakavisar uppgiften i ett "
        "mejl: ”Beslutet grundar sig på riskanalysen.”",
        ["Trafikverket"],
    ),
    "a label names the described speaker: Die 58-Jährige heißt …": (
        "„Seit die Brücke zu ist, fehlt uns jeder dritte Kunde“, sagt die Inhaberin eines Schuhgeschäfts.\n\n"
        "Die 58-Jährige heißt Renate Kühn und führt das Geschäft in dritter Generation.",
        ["Renate Kühn"],
    ),
    "a sheriff's deputy": (
        "\"We're not out of the woods,\" said a sheriff's deputy directing traffic, who asked not to be named.",
        ["sheriff's deputy"],
    ),
    "French -aire persons; the organization": (
        "Language: fr\n\nUn fonctionnaire du ministère, qui n'était pas autorisé à parler, a toutefois confié au "
        "journal que les critères « risquent d'en décevoir plusieurs ».",
        ["fonctionnaire du ministère"],
    ),
    "the organization said": (
        'The Red Cross opened three shelters. The organization said it had sent "volunteers, cots and meals".',
        ["Red Cross"],
    ),
    "a reporter's question is no lede to name": (
        "The former minister was combative at the launch of her memoir.\n\n“Do you have any regrets?” a reporter "
        "asked.\n\n“Not for a second,” Clara Devlin replied.",
        ["reporter", "Clara Devlin"],
    ),
    "a memo sent to staff is no one": (
        "An internal memo sent to staff by the bank’s head of compliance, Natalie Shore, read: “Delete nothing.”",
        ["Natalie Shore"],
    ),
    "a pronoun after an opening phrase that names others": (
        "Dr Felix Oduya told the jury: 'It was a house of cards.'\n\n"
        "Under cross-examination by Sarah Whitlock, for Neil Lyle, he accepted the point, but added: "
        "'You design for wind.'",
        ["Felix Oduya", "Felix Oduya"],
    ),
    "according to a body's definite compound": (
        "Nordkyst fylkeskommune vil kutte kveldsferja.\n\nIfølge fylkeskommunen vil kuttet spare «rundt 14 millioner».",
        ["Nordkyst fylkeskommune"],
    ),
    "a kind word before a body's name": (
        "Interesseorganisasjonen Øyfolkets ferjeforum skriver at kuttet er «et knefall for regnearket».",
        ["Øyfolkets ferjeforum"],
    ),
    "a time first, the body after the verb": (
        "Räddningstjänsten Mälarås larmades i natt.\n\n"
        "Vid 18-tiden på lördagen meddelade räddningstjänsten att branden var ”under kontroll”.",
        ["Räddningstjänsten Mälarås"],
    ),
    "a French body's name in lower case, then 'le syndicat'": (
        "Jean-Baptiste Ferrand dirige la Fédération santé solidaire (FSS), premier syndicat du secteur.\n\n"
        "« Nous irons jusqu'au retrait du plan », a prévenu le syndicat dans un communiqué.",
        ["Fédération santé solidaire"],
    ),
    "an acronym in brackets names the body": (
        "The Merchant Crews Welfare Bureau (MCWB) counts the ships.\n\n"
        '"Crews are running low on water," the MCWB said.',
        ["Merchant Crews Welfare Bureau"],
    ),
    "a role before the name, then the role as a label": (
        "The council’s Liberal Democrat leader, Cllr Graham Peploe, defended the cut.\n\n"
        "‘I’m a library user myself,’ the Liberal Democrat councillor said.",
        ["Graham Peploe"],
    ),
    "a label never means someone the article names only later": (
        'Trellis agreed to buy Norrland, a deal its chief executive called "the obvious next step."\n\n'
        "Marguerite Okonkwo-Baird, Trellis's chief executive, spoke to analysts.\n\n"
        "Norrland’s chief executive, Pieter Van Alst, will join the board.",
        ["Marguerite Okonkwo-Baird"],
    ),
    "the report said: whoever issued the report": (
        "According to a report released Monday by the London-based Merchant Crews Welfare Bureau, 312 ships "
        'wait. "Crews are running low on water," the report said.',
        ["Merchant Crews Welfare Bureau"],
    ),
    "the body itself said": (
        "Foreign Minister Tomas Ebrehart left Geneva, the Kardeshi Foreign Ministry said.\n\n"
        'The ministry itself said separately that Kardesh "remains fully committed to the process."',
        ["Kardeshi Foreign Ministry"],
    ),
    "a role, a name, then where they work": (
        "„Das ist fast unmöglich“, räumt der Wildbiologe Matthias Eberharter von der Forschungsstelle für "
        "Wildökologie in Hallegg ein.",
        ["Matthias Eberharter"],
    ),
    "von der in a name stays": ("„Wir handeln“, sagte Ursula von der Leyen.", ["Ursula von der Leyen"]),
    "its chief executive, the CEO named later": (
        'Brightwater expects a year of "a shopper who is reading every price tag," its chief executive said.\n\n'
        '"We will not chase volume," CEO Ellen Marchetti told analysts.',
        ["Ellen Marchetti", "Ellen Marchetti"],
    ),
    "a party tag's state and party as a label": (
        "Sen. Harlan Pruitt, R-Kan., opposes the audit.\n\n"
        'The Kansas Republican called the audit language "a solution in search of a problem."',
        ["Harlan Pruitt"],
    ),
    "a German relation before the name, then as a label": (
        "Ihre Tochter Sandra Imhof fuhr die Mutter ins Spital. «Ich will kein Mitleid», sagt Margrit Imhof.\n\n"
        "Die Tochter sieht es anders: «Neun Stunden sind kein Klacks.»",
        ["Margrit Imhof", "Sandra Imhof"],
    ),
    "someone described by a relative clause, then 'she asked'": (
        "Fatima Sadiq chairs the parents' group.\n\n"
        "Outside, a grandmother who declined to give her name said she had walked her grandchildren here. "
        '"Where am I supposed to walk them now?" she asked.',
        ["grandmother"],
    ),
    "an unnamed man is never a woman named later": (
        "A crane operator with 11 years at the port, who asked that his name not be used, said he had voted no. "
        '"I\'ve got a mortgage," he said.\n\nDolores Ferrant, a former crane operator, leads the union.',
        ["crane operator"],
    ),
    "their oldest, by first name": (
        "Anthony Guerrero carried the children out.\n\n"
        "Their oldest, Daniela, 14, said her father kept counting. “One, two, three,” she said.",
        ["Daniela Guerrero"],
    ),
    "a first name with an age is the one named in full later": (
        "Jonas, 12, zog los. „Wir spielen“, sagte er.\n\nJonas Eberhardt ist der Bruder von Lukas Eberhardt.",
        ["Jonas Eberhardt"],
    ),
    "French: an object pronoun before the verb": (
        "« Il est au contraire courageux », lui a répondu le rapporteur du texte, Karim Benhadj.",
        ["Karim Benhadj"],
    ),
    "according to a body's bare definite noun": (
        "Sundhedsnævnet for Akutområdet har vurderet sagen.\n\nIfølge nævnet findes der »ingen enkle løsninger«.",
        ["Sundhedsnævnet for Akutområdet"],
    ),
    "according to a compound joined by och": (
        "Enligt barn- och utbildningsförvaltningen har skolbyggnaden ”betydande underhållsbehov”.",
        ["barn- och utbildningsförvaltningen"],
    ),
    "a club's short name, its full name registered at a paragraph's start": (
        "Brackwater Athletic were eight minutes from a win.\n\n"
        '"We are committed to keeping supporters informed," Athletic said in a statement.',
        ["Brackwater Athletic"],
    ),
    "Nordic: a name nobody knows is still a name": (
        "”Skadorna är omfattande”, skriver Norrkraft i ett pressmeddelande.",
        ["Norrkraft"],
    ),
    "Nordic: a definite noun opening the sentence is no name": (
        "Skolans rektor Helena Strömqvist vill behålla skolan.\n\nRektorn sa att skolan är ”hjärtat i byn”.",
        ["Helena Strömqvist"],
    ),
    "French: a body registered by its name, after selon": (
        "Selon l'Office cantonal de l'emploi, le chômage atteint 4,1 %, « un niveau nettement supérieur ».",
        ["Office cantonal de l'emploi"],
    ),
    "French: s'est dite": (
        "La conseillère d'État, Isabelle Favre-Mottier, s'est dite « très préoccupée ».",
        ["Isabelle Favre-Mottier"],
    ),
    "a person's surname is no organisation": (
        "Dolores Ferrant, a former crane operator, leads the union.\n\n"
        'Talks with the crane operator Ferrant failed. "It is a pay cut dressed up as a raise," Ferrant said.',
        ["Dolores Ferrant"],
    ),
    "the attribution closing the sentence after other words": (
        "Le fabricant invoque « un effondrement durable de la demande » dans la parfumerie, indique Verrerie "
        "Jolimont SA dans un communiqué.",
        ["Verrerie Jolimont SA"],
    ),
    "a closing clause that is no attribution": (
        'Mireille Okonkwo-Dahl leads the study.\n\n"It could protect millions," she added, noting that the same '
        "mosquito spreads Zika.",
        ["Mireille Okonkwo-Dahl"],
    ),
    "two first names and one surname": (
        "Jonas und Lukas Eberhardt spielen seit Jahren zusammen.\n\n„Wir haben als Kinder gespielt“, sagt Jonas.",
        ["Jonas Eberhardt"],
    ),
    "it said: the company, even after someone else spoke": (
        'Acme Corp. cut 300 jobs. "It is sad," union leader Jane Roe said.\n\n'
        'The plan is "necessary," it said in a statement.',
        ["Jane Roe", "Acme Corp."],
    ),
    "the airline is not its pilots' union": (
        "The airline Cascade Air and the Cascade Air Pilots Association met on Monday.\n\n"
        '"We are close," the airline said.',
        ["Cascade Air"],
    ),
    "an opening phrase's names are set aside for that quote only": (
        'Under questioning by Mark Dunn, the witness said she was "sure." He then said the case was weak. '
        '"It is weak," he added.',
        ["witness", "Mark Dunn"],
    ),
    "a letter that says": ('Tom Reed sent a letter that says the plan is "dead on arrival."', ["Tom Reed"]),
    "German: an article is no relative pronoun": (
        "„Die Lage ist ruhig“, sagte der Sprecher der Polizei am Abend.",
        ["Sprecher der Polizei"],
    ),
    "an abbreviated title as a label": (
        'Sen. Jane Roe, R-Okla., met Tom Reed on Monday. "We won," the senator said.',
        ["Jane Roe"],
    ),
    "Jr. is not the name": ('"We won," said Tom Rice Jr.', ["Tom Rice"]),
    "but added: the sentence's subject": (
        "He accepted that she had the keys, but added: 'I never used them.'",
        [None],
    ),
    "a role of two words before a colon": (
        'Head coach Dale Pruitt watched from the bench.\n\nThe head coach was blunt: "We were bad."',
        ["Dale Pruitt"],
    ),
    "a city in a party tag, then the city and party as a label": (
        '"They want the whole thing gone," countered state Rep. Andrea Mull, D-St. Louis.\n\n'
        'Mull heard from constituents. "People have stalkers," the St. Louis Democrat said.',
        ["Andrea Mull", "Andrea Mull"],
    ),
    "a place's role, named in the next paragraph": (
        'Marovia\'s foreign minister said the ceasefire was "largely holding."\n\n'
        "Foreign Minister Anika Drozhan told reporters that units had pulled back.",
        ["Anika Drozhan"],
    ),
    "a town's MP, named later": (
        "Fenwick Cross’s MP has accused a rail operator of ‘cutting the town off after dark’.\n\n"
        "Northline Rail defended the cut.\n\nBut Siobhan Garrity, the Labour MP for Fenwick Cross, disagreed.",
        ["Siobhan Garrity"],
    ),
    "someone introduced in a later clause, then 'she said'": (
        "By 2 p.m. the waiting room was full, and an emergency physician at the hospital had stopped counting. "
        "“After a while you just treat it like weather,” she said.\n\n"
        "The physician, Dr. Nkechi Alvarado-Stone, has worked there for 14 years.",
        ["Nkechi Alvarado-Stone"],
    ),
    "a capitalized title as a label": (
        "Sinn Féin MLA Orla McCaffrey joined the protest.\n\n‘People do not care about borders,’ the MLA said.",
        ["Orla McCaffrey"],
    ),
    "a body's name is no label": (
        "Dr. Mireille Okonkwo-Dahl, an immunologist at the University of Eastport, led the work.\n\n"
        'The University of Eastport, in a news release, described the work as "a first step."',
        ["University of Eastport"],
    ),
    "Danish: a place first, the verb, a role and the name": (
        "På et møde i regionsrådet sagde oppositionens gruppeformand, Søren Thygesen, at regionen har »sparet sig "
        "til døde«.",
        ["Søren Thygesen"],
    ),
    "Swedish: the verb, a definite role, then the name": (
        "Under mötet sa oppositionsrådet Fatima Nordin att beslutet var ”ett svek mot landsbygden”.",
        ["Fatima Nordin"],
    ),
    "German: an IG named, then 'die Interessengemeinschaft'": (
        "Widerstand kommt von der IG Steuerzahler Oberwilen. Die Interessengemeinschaft hält das Projekt für "
        "«überdimensioniert».",
        ["IG Steuerzahler Oberwilen"],
    ),
    "a long appositive between the name and its verb": (
        '"We are still in rescue mode," Wendell Ostrander, director of the Calder County Office of Emergency '
        "Management, told reporters.",
        ["Wendell Ostrander"],
    ),
    "a county coroner": (
        "Four died, according to Calder County Coroner Bea Lindqvist, who said names would wait. "
        '"These were people everyone knew," Lindqvist said.',
        ["Bea Lindqvist"],
    ),
    "a verb phrase is no description": (
        "Nadia Orlov leads Corvane.\n\nOrlov, for her part, struck a defiant note as the call wound down. "
        "“We are going to be a smaller company,” she said.",
        ["Nadia Orlov"],
    ),
    "a street is nobody": (
        "Homes along Mill Lane and Ferry Road were evacuated. Gareth Pryce, whose bungalow on Ferry Road has "
        "flooded twice, was unimpressed. 'It's the same speech every time,' he said.",
        ["Gareth Pryce"],
    ),
    "a spokeswoman for the body is the spokeswoman": (
        "A spokeswoman for the Lode Valley NHS Trust said staff had done 'an incredible job'.",
        ["spokeswoman for the Lode Valley NHS Trust"],
    ),
    "a lede of two paragraphs, named in the third": (
        "Une ancienne employée a témoigné mardi au procès de l'entreprise.\n\n"
        "« On me donnait les feuilles de route le lundi », a raconté la femme de 52 ans.\n\n"
        "Josée Bérubé, qui a travaillé onze ans pour l'entreprise, est le principal témoin.",
        ["Josée Bérubé"],
    ),
    "French: a Service named in lower case, its imperfect verb": (
        "« Les enquêteurs ont tout analysé », affirmait le Service de police de Rivière-aux-Pins.",
        ["Service de police de Rivière-aux-Pins"],
    ),
    "an age before a first name": (
        "Helena Brandt leder föräldragruppen.\n\n"
        "En av eleverna, tolvåriga Alva, var med på mötet. ”Jag vill inte byta skola”, säger hon.",
        ["Alva"],
    ),
    "a body of another kind is not the one meant": (
        "Die Polizei sperrte die Straße. Die Mainzer Werft AG äußerte sich nicht.\n\n"
        "Die Polizei teilte mit, die Lage sei „unter Kontrolle“.",
        ["Polizei"],
    ),
    "an appositive of title and name": (
        "Her opposite number, the shadow housing secretary Tom Ellery, said she was ‘living in a fantasy world’.",
        ["Tom Ellery"],
    ),
    "a description, then the name, then the verb": (
        "'We know this is devastating,' the agency's area manager for the Lode valley, Simon Achebe, said.",
        ["Simon Achebe"],
    ),
    "an industry word names a company": (
        "The tornado struck the Verity Plastics plant. The National Weather Service confirmed an EF3.\n\n"
        '"We are grateful to our shift supervisors," the company said in a statement.',
        ["Verity Plastics"],
    ),
    "French: a role after the verb, then the name": (
        "Language: fr\n\n« Le projet avance », lance le maire de Vernon, Jean Martin.",
        ["Jean Martin"],
    ),
    "French: 'peut-on lire dans le communiqué de'": (
        "Language: fr\n\n« La situation est maîtrisée », peut-on lire dans le communiqué de la préfecture.",
        ["préfecture"],
    ),
    "French: 'indique-t-on au ministère'": (
        "Language: fr\n\n« Aucune décision n'a été prise », indique-t-on au ministère de la Santé.",
        ["ministère de la Santé"],
    ),
    "French: a source close to the inquiry": (
        "Language: fr\n\n« Il a tout avoué », confie une source proche de l'enquête.",
        ["source proche de l'enquête"],
    ),
    "French: the listener before the subject": (
        "Language: fr\n\n« Je n'ai rien vu », a déclaré aux enquêteurs le chauffeur du bus.",
        ["chauffeur du bus"],
    ),
    "German: heißt es aus …": (
        "Language: de\n\n„Nichts ist entschieden“, heißt es aus Regierungskreisen.",
        ["Regierungskreisen"],
    ),
    "German: Für X ist …": (
        "Language: de\n\nFür die Grünen-Abgeordnete Claudia Roth ist der Entwurf „tot“.",
        ["Claudia Roth"],
    ),
    "German: Für with nobody named": ("Language: de\n\nFür die Anwohner ist das „ein Albtraum“.", [None]),
    "German: one investigator": (
        "Language: de\n\n„Er hat alles gestanden“, sagte ein Ermittler, der anonym bleiben wollte.",
        ["Ermittler"],
    ),
    "German: Wie X mitteilte": (
        "Language: de\n\nWie ein Sprecher der Stadt mitteilte, sei die Straße „bis auf Weiteres gesperrt“.",
        ["Sprecher der Stadt"],
    ),
    "German: a compound title": (
        "Language: de\n\n„Wir gehen bis zum Ende“, warnte Verdi-Chef Frank Werneke.",
        ["Frank Werneke"],
    ),
    "German: a reflexive verb": ("Language: de\n\n„Das ist ein Skandal“, empört sich Paul Roth.", ["Paul Roth"]),
    "German: nach Angaben der Polizei": (
        "Language: de\n\nNach Angaben der Polizei fuhr der Fahrer „viel zu schnell“.",
        ["Polizei"],
    ),
    "Nordic dialogue with a dash, continued in the next paragraph": (
        "Language: sv\n\n– Vi är utmattade, säger Maria Lind, 45, sjuksköterska i Umeå.\n\n– Men vi ger inte upp.",
        ["Maria Lind", "Maria Lind"],
    ),
    "whose office": (
        '"The situation is under control," the sheriff\'s office said in a Facebook post.',
        ["sheriff's office"],
    ),
    "as someone put it": ('As a city spokesman put it, the road is "closed until further notice."', ["city spokesman"]),
    "fumed": ('"It is a scandal," fumed Paul Roth.', ["Paul Roth"]),
    "a title is someone": (
        '"We go again," insisted the veteran, who has played 300 games for the club.',
        ["veteran"],
    ),
    "abbreviations in a description keep their full stops": (
        '"We wait," said a spokesman for U.S. Steel.',
        ["spokesman for U.S. Steel"],
    ),
    "a number of officials": (
        'Two U.S. officials, speaking on condition of anonymity, said the strike was "imminent."',
        ["U.S. officials"],
    ),
    "British straight single quotes": ("'It's the Lyles' firm to blame,' said Darren Pugh.", ["Darren Pugh"]),
    "title, party tag and a relative clause before the verb": (
        '"We will move quickly," Rep. Dwayne Okafor, D-Calif., who leads a caucus of Western House Democrats,'
        " told reporters.",
        ["Dwayne Okafor"],
    ),
    "a Nordic label with its suffixed article": (
        "Language: sv\n\nFörbundskapten Mats Edgren tog ut laget.\n\n”Ni får vänta”, säger förbundskaptenen.",
        ["Mats Edgren"],
    ),
    "a Nordic compound title is its head": (
        "Language: da\n\nErhvervsminister Torben Kjærgaard var på besøg.\n\n»Vi hjælper,« sagde ministeren.",
        ["Torben Kjærgaard"],
    ),
    "a spokesperson is not the next politician quoted": (
        "Language: da\n\nEn talsperson for selskabet uddyber sagen. »Ingen mister deres job,« siger talspersonen.\n\n"
        "Oppositionen stemte imod. Socialdemokraten Anne-Marie Skov kritiserer planen."
        " »Man har glemt menneskene,« siger hun.",
        ["talsperson for selskabet", "Anne-Marie Skov"],
    ),
    "a sentence opening on a kin noun names the relative": (
        "Language: de\n\nJürgen Brandt hat einen Betrieb. Heike Brandt, seine Schwester, führt die Bäckerei.\n\n"
        "Bürgermeisterin Katrin Oswald-Lehner sprach danach.\n\n"
        "Seine Schwester will weiter sammeln. „Wir bleiben dran“, sagte sie.",
        ["Heike Brandt"],
    ),
    "sa fille: the owner is someone just mentioned": (
        "Language: fr\n\nYann Kerhervé, 54 ans, pêche le tourteau. À côté de lui, sa fille Maëlle Kerhervé"
        " remonte les casiers.\n\nLa présidente Gaëlle Le Bihan a parlé.\n\n"
        "Sa fille est moins optimiste. « La mer ne décide plus de tout », dit-elle.",
        ["Maëlle Kerhervé"],
    ),
    "her sister: the sister of the woman who spoke last": (
        "Kirsten Sorensen, whose older sister, Hannah Sorensen, kept goal, scored.\n\n"
        '"I just hit it," Kirsten Sorensen said.\n\nHer sister disagreed. "It was perfect," the goalkeeper said.',
        ["Kirsten Sorensen", "Hannah Sorensen"],
    ),
    "a label introduced by name later in its paragraph": (
        "Language: de\n\nEin Mann in der ersten Reihe meldete sich zu Wort. „Das überlebt mein Betrieb nicht“,"
        " sagte er. Der 47-Jährige, der sich später als Jürgen Brandt vorstellte, forderte eine Behelfsbrücke.\n\n"
        "„Das ist eine Frage des Überlebens“, betonte der 47-Jährige.",
        ["Jürgen Brandt", "Jürgen Brandt"],
    ),
    "a German name before 'von der' and an adjective": (
        "Language: de\n\nStefan Wührl von der Freien Wählergemeinschaft sprach von einem „Desaster“.\n\n"
        "Katrin Vogt widersprach. „Es ist zu spät“, sagte Wührl.",
        ["Stefan Wührl", "Stefan Wührl"],
    ),
    "only her first name": (
        '"I called her name," said the woman, who gave only her first name, Rosalía.',
        ["Rosalía"],
    ),
    "someone new set in the scene, quoted in the next sentence": (
        "Language: sv\n\nFörvaltningschefen Per-Olof Sandin medger att skjutsarna blir dyrare.\n\n"
        "En pappa med två barn på skolan stod utanför kommunhuset. ”Ingen har frågat barnen”, sa han.\n\n"
        "Pappan heter Johan Lindqvist.",
        ["Johan Lindqvist"],
    ),
    "described with an appositive role, named by it later": (
        '"We expected a small effect," said the study\'s lead author, an ecologist at Aldermoor State University.\n\n'
        "The ecologist, Dr. Ingrid Halvorsen, and her team tagged 3,000 bees.",
        ["Ingrid Halvorsen"],
    ),
    "a label opening a sentence agrees with its article": (
        "Language: fr\n\n« Nous n'avons plus les moyens », a reconnu le bourgmestre, Philippe Dechamps.\n\n"
        "Sa bourgmestre, Isabelle Lambotte, s'est dite ouverte.\n\n"
        "Le bourgmestre, lui, assume. « Gouverner, c'est choisir », a-t-il déclaré.",
        ["Philippe Dechamps", "Philippe Dechamps"],
    ),
    "a participle after a quote has no subject": (
        'Thomas Achterberg called the outlook "deliberately conservative," citing uncertainty over tariffs.',
        ["Thomas Achterberg"],
    ),
    "a German kin noun after a genitive name is no name; it tells a gender": (
        "Language: de\n\nLuca Marty will das Resultat akzeptieren. «Wir schauen hin», sagte er.\n\n"
        "Ganz anders sieht es Toni Marty, der Betriebsleiter der Bahn – und Lucas Onkel."
        " «Ohne die Bahn stirbt das Dorf», erklärte der 58-Jährige.",
        ["Luca Marty", "Toni Marty"],
    ),
    "the elder of two sharing a surname, before a colon": (
        "Héctor Ortega, 58, drives an excavator. His son Emilio Ortega, 31, works beside him.\n\n"
        '"He knows these machines," Emilio Ortega said. The elder Ortega was more succinct: "You do not sit at home."',
        ["Emilio Ortega", "Héctor Ortega"],
    ),
    "a Swedish adjective with a kin noun's ending is no one": (
        "Language: sv\n\nAnna Berg är forskare i Lund. En enkel lösning finns inte. ”Vi måste vänta”, sa hon.",
        ["Anna Berg"],
    ),
    "posing as someone's agent is no introduction by name": (
        "Language: de\n\nEin Mann, der sich als Vertreter von Anna Berg ausgab, kam herein."
        " „Ich war da“, sagte der Mann.",
        ["Mann"],
    ),
    "a label two people hold, told apart by the pronoun after the verb": (
        "Chief Executive Priya Natarajan spoke. Erik Lindqvist, the company's chief executive, will join."
        " Rhea Coleman asked.\n\nAsked about regulatory risk, the chief executive said she did not expect"
        ' a fight. "We do not overlap," she said.',
        ["Priya Natarajan"],
    ),
    "passive 'were called to' is no speech": (
        "Westmoor Police confirmed that officers were called to the council offices following"
        " ‘a disturbance in the public gallery’.",
        ["Westmoor Police"],
    ),
    "le prévenu": (
        "Language: fr\n\nBernard Lestrade, notaire, est jugé à Vérannes.\n\n"
        "Le prévenu a reconnu des erreurs. « J’ai toujours cru que je pourrais rembourser », a-t-il dit.",
        ["Bernard Lestrade"],
    ),
    "German indirect speech in Konjunktiv I with a verb of any kind": (
        "Language: de\n\n„Wir prüfen“, sagte Jens Marquardt. Den Schaden beziffere man auf „mindestens 240 Millionen"
        " Euro“. Man rechne mit „etwa sechs Monaten“.",
        ["Jens Marquardt", "Jens Marquardt", "Jens Marquardt"],
    ),
    "a body is what 'which' follows or what says 'it'": (
        "Coastline Buses, which runs most services in the town, withdrew buses from the Gorse Hill estate. The youth"
        " centre on Gorse Hill, which closed in 2016, may reopen. In a statement, the company says safety is"
        " ‘non-negotiable’.\n\nHalvorsen Freight Lines said Thursday it would cut jobs. Arne Halvorsen founded it."
        ' The company said the plan would "return Halvorsen to profit."',
        ["Coastline Buses", "Halvorsen Freight Lines"],
    ),
    "a month's name that is a first name": (
        'Harold and June Petrakis spoke in turn. "I learned English there," said June Petrakis. "And she taught'
        ' our kids," her husband, Harold, added.',
        ["June Petrakis", "Harold Petrakis"],
    ),
    "French 'parle de « … »'": (
        "Language: fr\n\nLe député de la circonscription, Gérard Pontal, parle de « mépris ».",
        ["Gérard Pontal"],
    ),
    "a Danish company form A/S, and a factory's compound before its name": (
        "Language: da\n\nEnergiselskabet NordSol A/S vil bygge. NordSol A/S skriver, at selskabet »har stor respekt«."
        "\n\nVingefabrikken Nordlys Vinger A/S afskediger 320. »Vi er nødt til det,« oplyser virksomheden.",
        ["NordSol A/S", "Nordlys Vinger A/S"],
    ),
    "'die Behörde' is the office the article named": (
        "Language: de\n\nDas Landesamt für Wasserwirtschaft stützt die Pläne. Ein Deich sei „fachlich geboten“,"
        " teilte die Behörde auf Anfrage mit.",
        ["Landesamt für Wasserwirtschaft"],
    ),
    "dash dialogue takes turns": (
        "Language: fr\n\nLe soir, Yannick Ferrand et Lucas Aubanel débattent.\n\n"
        "— Vous venez ici deux week-ends par mois, lance Lucas Aubanel.\n\n"
        "— Je ne vous explique rien, répond Ferrand.\n\n— Votre aide, elle ne ramène pas nos brebis.",
        ["Lucas Aubanel", "Yannick Ferrand", "Lucas Aubanel"],
    ),
    "a one-sentence paragraph about someone, then their dash quote": (
        "Language: da\n\nIfølge Lene Kragh drejer det sig om »et betydeligt beløb«.\n\n"
        "Den pulje har Birthe Jensen ikke meget tilovers for.\n\n– Det er bestikkelse med sløjfe på.",
        ["Lene Kragh", "Birthe Jensen"],
    ),
    "someone met after the verb, a sentence about him, then his dash quote": (
        "Language: no\n\n– Vi får se, sier Ingrid Myklebust.\n\nVed nærbutikken treffer vi en mann i 70-årene som"
        " handler kaffe. Han vil ikke ha navnet sitt i avisen.\n\n– De sitter i fylkeshuset og teller passasjerer.",
        ["Ingrid Myklebust", "mann i 70-årene"],
    ),
    "what someone calls “…” is their words": (
        "Teodora Vance writes. Her father raised them with help from what Vance calls “a rotating committee of aunts.”",
        ["Teodora Vance"],
    ),
    "a subject, its appositive, one verb and then the speech verb": (
        "Tom Ashdown spoke. Cllr Margaret Ashdown, leader of Brindlecombe Town Council, backs the order but says it"
        " must be ‘the start of a conversation’.",
        ["Margaret Ashdown"],
    ),
    "a label after an opening phrase, then a pronoun for one whose gender no name tells": (
        "Kofi Amankwah, 31, scored. Amari Cole, 19, headed the winner. Asked whether he had ever scored with his"
        " head before, the 19-year-old laughed. “In training, maybe once,” he said.",
        ["Amari Cole"],
    ),
    "a place after 'his colleague from' is nobody": (
        "Sen. Carla Pruitt of Oregon and Sen. Owen Pruitt of Wyoming split. His colleague from Oregon, who voted yes,"
        ' laughed when asked about the split. "People mix us up," she said.',
        ["Carla Pruitt"],
    ),
    "British police ranks without a stop": (
        "Insp Gareth Pryce leads the operation. ‘The best outcome is quiet,’ he says.",
        ["Gareth Pryce"],
    ),
    "an unnamed speaker goes by the shortest description the article gives": (
        '"We can hear nothing," said a firefighter from the neighboring town of Río Seco.\n\n'
        '"If the rain comes back, we pull out," the firefighter from Río Seco said.',
        ["firefighter from Río Seco", "firefighter from Río Seco"],
    ),
    "a clause without its 'that': 'a deal its chief executive described as'": (
        "Corvane Chief Executive Priya Natarajan spoke. Corvane will buy Lindqvist for $2.1 billion, a deal its chief"
        ' executive described as "the missing half of our automation story."',
        ["Priya Natarajan"],
    ),
    "a Nordic role named later in a compound ('enligt åklagaren' … 'Kammaråklagaren Lena Ståhlberg')": (
        "Language: sv\n\n”Det här är allvarligt”, säger Mikael Öhrn, presstalesperson. Två män greptes. Enligt"
        " åklagaren finns det ”starka skäl” att misstänka dem.\n\nKammaråklagaren Lena Ståhlberg vill inte gå in på"
        " detaljer.",
        ["Mikael Öhrn", "Lena Ståhlberg"],
    ),
    "'state' after a possessive is a noun: 'the union's state secretary, Bree Hallam, said'": (
        'The Queensland Ambulance Workers Union says crews are stuck. "Every night I get calls," the union\'s state'
        " secretary, Bree Hallam, said.",
        ["Bree Hallam"],
    ),
    "an ampersand inside a company's name before its chief executive": (
        'Calder & Reyes will buy it. "Their customers are loyal," Calder & Reyes Chief Executive Daniel Reyes said.',
        ["Daniel Reyes"],
    ),
    "a body's name with 'for' in it is one name, not two": (
        "The National Center for Disease Control counted 98 cases. In a statement, the agency said it was"
        ' "reviewing the study closely".',
        ["National Center for Disease Control"],
    ),
    "'according to' a source, then who said it": (
        "Margaret Thornbury leads the rebels. According to one MP who attended, Thomas Faraday told them the"
        " amendment would ‘gut the bill’.",
        ["Thomas Faraday"],
    ),
    "someone introduced before a colon, with a relative clause that holds a speech verb": (
        "Margaret Thornbury leads the rebels.\n\nOne veteran Labour MP, who asked not to be named, was blunter:"
        " ‘Downing Street thinks we’re bluffing.’",
        ["veteran Labour MP"],
    ),
    "a source who asked not to be named is not named after all": (
        'Labour MP Margaret Thornbury leads the rebels. "We will vote no," she said.\n\nOne veteran Labour MP, who'
        " asked not to be named, was blunter: ‘Downing Street thinks we’re bluffing.’",
        ["Margaret Thornbury", "veteran Labour MP"],
    ),
    "a participle ends a description's noun ('a paramedic based at Coorabin'), and the same role comes back": (
        "Ramsay Hall, the union secretary, spoke. A paramedic based at Coorabin, who spoke on condition of"
        ' anonymity, said crews treated patients "like a second emergency department."\n\n'
        '"We are doing obs," the paramedic said.',
        ["paramedic based at Coorabin", "paramedic based at Coorabin"],
    ),
    "a role by its initials: le DRH": (
        "Language: fr\n\n« Nous avons fait un effort », souligne Laurent Desforges, directeur des ressources humaines"
        " du groupe.\n\nLe DRH conteste aussi tout lien. « Les études sont claires », dit-il.",
        ["Laurent Desforges", "Laurent Desforges"],
    ),
    "'l'élu' is the mayor just quoted, though an opposition councillor is an élue too": (
        "Language: fr\n\nLe maire, Gérard Lemoine, a parlé. Isabelle Roux, élue d'opposition, aussi.\n\n"
        "L'élu conteste en revanche toute alerte préalable. « Personne ne nous a rien signalé », a-t-il précisé.",
        ["Gérard Lemoine"],
    ),
    "Nordic verbs of promising and denying": (
        "Language: no\n\nIfølge selskapet vil anlegget gi 18 stillinger. Daglig leder Eirik Haugland lover at de skal"
        " rekrutteres lokalt «så langt det overhodet er mulig».",
        ["Eirik Haugland"],
    ),
    "a bare surname two people share: the one named in full just before": (
        "Language: de\n\nDie Grünen-Kreisrätin Petra Vogt stimmte mit der Mehrheit.\n\n"
        "Der Fraktionschef der Freien Wähler, Michael Vogt, sah das anders.\n\n"
        "„Andere Landkreise zahlen Prämien“, sagte Vogt.",
        ["Michael Vogt"],
    ),
    "a bare surname two people share: the one the story is about, named far more often": (
        "Teodora Vance writes novels. Vance lives on Greyholm. Vance walks every day.\n\n"
        "Lidia Vance, her sister, confirms the story.\n\n“She called me at eleven,” Vance says.",
        ["Teodora Vance"],
    ),
    "a one-word name after a label and an age names who that label described": (
        'A fisherman who reached the scene at dawn described seeing "people everywhere in the water."\n\n'
        '"I pulled in eight people," said the fisherman, Rusli, 52, who uses only one name.',
        ["Rusli", "Rusli"],
    ),
    "'the neighbor' named later, though anyone may be a neighbor": (
        "Jaylen Whitlock was shot. A neighbor ran to help.\n\nThe neighbor, a retired bus driver, said he heard"
        ' "a whole string of firecrackers."\n\n"I took off my jacket," said the neighbor, Harold Pruitt, 68.',
        ["Harold Pruitt", "Harold Pruitt"],
    ),
    "'One of them, a farmer who …, said', named with his age in the next quote": (
        "Marian Castellano ruled. Farmers filled the gallery. One of them, a third-generation farmer who drove four"
        ' hours to hear the ruling, said he was "disappointed but not surprised."\n\n"Those servers do not drink from'
        ' my well," said Walt Geddes, 67, who farms near Echo.',
        ["Walt Geddes", "Walt Geddes"],
    ),
    "'the authors' are not the one author named before": (
        'Imogen Tasca led the study. "Free-text notes capture intuition," the authors write.',
        ["authors"],
    ),
    "French 'un père'": (
        "Language: fr\n\nHélène Castaing parle. « Mon fils ne veut plus manger à la cantine », glisse un père, qui n'a"
        " pas souhaité donner son nom.",
        ["père"],
    ),
    "someone introduced in a sentence whose only quote is a sign's words": (
        "Petar Halvan spoke. Beside her, a man in his fifties who declined to give his name held a handwritten sign"
        ' reading "Count Every Vote." "I have lived under three governments," he said.',
        [None, "man in his fifties"],
    ),
    "'and a newspaper' is no second subject, and a newspaper is no one": (
        'Ruth Ekberg, 71, runs the till. "We open at seven," she says.\n\nA customer buying coffee and a newspaper,'
        ' who did not want his name used, says he shops in Grand Island. "I love Marlene," the customer says.',
        ["Ruth Ekberg", "customer"],
    ),
    "French reported claims in the conditional continue their speaker": (
        "Language: fr\n\n« Nous avons tout fait », a assuré Me Hélène Castaing. La société Restoval aurait été alertée"
        " « dès le lendemain ». Pas question, à ses yeux, que l'affaire soit « classée ».",
        ["Hélène Castaing", "Hélène Castaing", "Hélène Castaing"],
    ),
    "'the statement said' after reported speech from a statement": (
        "In a statement released through a pool reporter, crew chief Dwayne Maxfield said the officials had looked"
        ' at the play. "The contact was incidental," the statement said.',
        ["Dwayne Maxfield"],
    ),
    "'ifølge fagforeningen': the union named before": (
        "Language: da\n\nFagforeningen Fagunion Vest organiserer de timelønnede. Ifølge fagforeningen blev de først"
        " orienteret tirsdag, »to timer før pressemeddelelsen«.",
        ["Fagunion Vest"],
    ),
    "'l'entreprise' is the société named before; 'selskabet' the A/S after its kind": (
        "Language: fr\n\nLe prestataire, la société Restoval, se tait. Dans un communiqué, l'entreprise affirme avoir"
        " « toujours respecté la chaîne du froid ».\n\nVindmølleproducenten Nordvind Komponenter A/S lukker.",
        ["Restoval"],
    ),
    "'according to court documents filed Tuesday': the documents": (
        'The two men had argued "for months," according to court documents filed Tuesday.',
        ["court documents"],
    ),
    "a body none named, in lower case: 'the state health department'": (
        'The virus is "spreading quietly," according to the state health department.',
        ["state health department"],
    ),
    "German bodies in the plural and by their last word": (
        "Language: de\n\nWie die Stadtwerke Leipzig mitteilten, ist die Störung „inzwischen behoben“. In dem Schreiben"
        " warnt der Bundesrechnungshof vor „erheblichen Mehrkosten“. Man bitte „um Verständnis“, teilten die Wiener"
        " Linien mit.",
        ["Stadtwerke Leipzig", "Bundesrechnungshof", "Wiener Linien"],
    ),
    "French: Mme and M. tell two Aubins apart; a place between a role and a name; Dre": (
        "Language: fr\n\nKarine Aubin et son père Daniel Aubin sont là. « Mon père nous sauve la mise », a souri"
        " Mme Aubin. « C’est ça, la famille », a répliqué M. Aubin.\n\nLe député écologiste de la Gironde Arnaud"
        " Pélissier dénonce « un théâtre d’ombres ». « Les moisissures aggravent l’asthme », a expliqué la Dre Élise"
        " Fortier-Blais.",
        ["Karine Aubin", "Daniel Aubin", "Arnaud Pélissier", "Élise Fortier-Blais"],
    ),
    "a bare surname two people share: not the one the quote itself names": (
        "Language: no\n\nKari Lunde og Terje Lunde er naboer.\n\n– Terje og jeg er uenige om det meste, sier Lunde"
        " og ler.",
        ["Kari Lunde"],
    ),
    "German 'hieß es weiter' goes on with who spoke": (
        "Language: de\n\n„Der Kran war nicht gesichert“, sagte ein Polizeisprecher.\n\nDie Ermittlungen dauerten an,"
        " man prüfe „auch die Rolle des Arbeitgebers“, hieß es weiter.",
        ["Polizeisprecher", "Polizeisprecher"],
    ),
    "a possessive after a verb's object starts no clause": (
        'Coach Tom Berg praised his players and said the result was "huge."',
        ["Tom Berg"],
    ),
    "an anonymous source stays unnamed though a newcomer with his age speaks next": (
        '"We are close," said a source familiar with the negotiations.\n\n'
        '"Those servers do not drink from my well," said Walt Geddes, 67.',
        ["source familiar with the negotiations", "Walt Geddes"],
    ),
    "'&' between two people's names joins no name": (
        'Ana Lima & Tom Berg run the farm. "We stay," Lima said.',
        ["Ana Lima"],
    ),
    "a person with an unknown first name who 'said it' is no body": (
        'Tavita Fuimaono said it was rushed. The company said it was "a hard call."',
        ["company"],
    ),
    "a one-sentence English paragraph naming someone passes no quote to them": (
        '"It will hold," said engineer Tom Berg.\n\nThe bridge was designed by Ana Lima in 1990.\n\n"Nobody listened."',
        ["Tom Berg", "Tom Berg"],
    ),
    "a month after a stripped word is the month": (
        'Tom Hargreaves ran the club. In May Hargreaves resigned, saying he was "tired of it."',
        ["Tom Hargreaves"],
    ),
    "an anonymous letter is no anonymous source": (
        '"The data are clear," said a toxicologist at Marsh College who received an anonymous letter.\n\n'
        "The toxicologist, Dr. Ivo Kerr, has studied wells for years.",
        ["Ivo Kerr"],
    ),
    "a Nordic dash paragraph without attribution goes on with who spoke": (
        "Language: sv\n\n– Vi ger inte upp, säger Maria Lind.\n\n– Det blir svårt, säger grannen Per Holm.\n\n"
        "– Kommunen har svikit oss.",
        ["Maria Lind", "Per Holm", "Per Holm"],
    ),
    "the source 'according to' whom is not the newcomer quoted with her age next": (
        'The toll is "still rising," according to a hospital administrator.\n\n'
        '"We have no beds left," said Ana Ruiz, 45, who runs the night shift.',
        ["hospital administrator", "Ana Ruiz"],
    ),
    "a French opening phrase, then someone described, then a pronoun": (
        "Language: fr\n\nLaurent Dessimoz dirige l'usine.\n\n"
        "Devant l'usine, un régleur de machines ne cachait pas son amertume. « Tout part », lance-t-il.",
        ["régleur de machines"],
    ),
    "someone described, a sentence about him, then his quote": (
        "Language: fr\n\nLe directeur, Paul Roux, a parlé.\n\nCe matin-là, dans la salle d'attente, un homme"
        " d'une soixantaine d'années, le bras en écharpe, patiente. Il s'est blessé hier."
        " « J'ai attendu », raconte-t-il.",
        ["homme d'une soixantaine d'années"],
    ),
    "a French description ends at the verb with its object": (
        "Language: fr\n\nMardi soir, une infirmière du service tire la sonnette d'alarme. « On renvoie les gens »,"
        " confie-t-elle.",
        ["infirmière du service"],
    ),
    "a paragraph opening on a name and an age names who was just described": (
        "Language: fr\n\nLe maire, Luc Ferrand, a parlé.\n\n"
        "Devant l'usine, un régleur de machines ne cachait pas son amertume. « Tout part », lance-t-il.\n\n"
        "Pascal Jaquier, 54 ans, siège à la commission. « Nous verrons », dit-il.\n\n"
        "« Rien ne change », répète le régleur.",
        ["Pascal Jaquier", "Pascal Jaquier", "Pascal Jaquier"],
    ),
    "French feminine agent nouns in -ante, -ente, -ienne are someone": (
        "Language: fr\n\n« On le sentait », a affirmé une enseignante. « Rien », dit une étudiante."
        " « Jamais », lance une musicienne.",
        ["enseignante", "étudiante", "musicienne"],
    ),
    "a lede's office holder is named after an opening phrase": (
        "The Taoiseach has insisted that the unit will open ‘within this term’, despite warnings.\n\n"
        "Speaking during Leaders’ Questions, Declan Furlong said the State was ‘committed’.",
        ["Declan Furlong", "Declan Furlong"],
    ),
    "a shared surname is who was just introduced, not who was named three times": (
        "Language: sv\n\nKommunalrådet Jonas Eriksson vill bygga nytt. Jonas Eriksson lovar en ny skola."
        " ”Vi bygger”, sa han.\n\nFörvaltningens chef Maria Eriksson – inte släkt med kommunalrådet – är mer"
        " försiktig. Hon räknar med två år.\n\n– Vi ska inte lova något, säger Eriksson.",
        ["Jonas Eriksson", "Maria Eriksson"],
    ),
    "a German body named by one word, or after 'laut', speaks in 'heißt es in einer Aussendung'": (
        "Language: de\n\nScharfe Kritik kommt von der Arbeiterkammer. „Hier wird ein Werk zugesperrt“, heißt es in"
        " einer Aussendung der AK.\n\nLaut Bezirksfeuerwehrkommando waren 120 Einsatzkräfte im Tal. „Die Kameraden"
        " haben gearbeitet“, hieß es in einer Aussendung.",
        ["Arbeiterkammer", "Bezirksfeuerwehrkommando"],
    ),
    "'ifølge vegvesenet' is Statens vegvesen": (
        "Language: no\n\nStatens vegvesen har sendt geologer til stedet. Ifølge vegvesenet kan veien tidligst åpne"
        " «om en ukes tid».",
        ["Statens vegvesen"],
    ),
    "a definite role and its place before the name label the person": (
        "Language: fr\n\n« C'est normal », explique le bourgmestre de Marbaix, Jean-Luc Dethier (MR).\n\n"
        "Sophie Lambert, échevine, doute. « Non », dit-elle.\n\n"
        "« Elle a raison », reconnaît le bourgmestre de Marbaix, qui promet une séance.",
        ["Jean-Luc Dethier", "Sophie Lambert", "Jean-Luc Dethier"],
    ),
    "French 'son père' is the father of who spoke last": (
        "Language: fr\n\nGérard Lescure, 58 ans, et son fils Mathieu Lescure exploitent le domaine.\n\n"
        "Mathieu a commencé. « On les a sauvés ! », sourit-il. Son père hausse les épaules : « Deux hectares. »",
        ["Mathieu Lescure", "Gérard Lescure"],
    ),
    "a scientific journal speaks, a newspaper does not": (
        "The study appeared in the Journal of Vector Immunology. A spokesperson for the company, Halvex Bio, declined"
        ' to comment.\n\nThe journal said in a statement that the paper had been "reviewed by four referees."',
        ["Journal of Vector Immunology"],
    ),
    "an English description ends at an irregular past verb": (
        "Helen Protheroe chaired the meeting. ‘We will listen,’ she said.\n\n"
        "A retired lorry driver stood up at the back of the room: ‘I’ve got a digger.’",
        ["Helen Protheroe", "retired lorry driver"],
    ),
    "a relative with an adjective is named by first name and takes the family's surname": (
        "Language: fr\n\nDans les buts, Léa Morvan a brillé. Sa sœur jumelle, Inès, joue en attaque.\n\n"
        "« On se comprend », assure Inès.",
        ["Inès Morvan"],
    ),
    "a younger brother named by first name": (
        "Odessa Maren sings. Her younger brother, Caleb, plays bass.\n\n“I worry,” Caleb said.",
        ["Caleb Maren"],
    ),
    "a Nordic role in a paragraph's first sentence is who 'sier hun' next": (
        "Language: no\n\nOrdfører Solveig Indrebø (Sp) fikk beskjeden. «Et sjokk», sier hun.\n\n"
        "Anne-Lise Johansen har jobbet på filetlinja i 27 år. «Folk gråt», forteller hun.\n\n"
        "Direktør Håkon Wiik tilbyr jobb i Havnøy. Han kaller det «en god prosess».\n\n"
        "Det tilbudet får ordføreren til å riste på hodet. «Det er 180 kilometer», sier hun.",
        ["Solveig Indrebø", "Anne-Lise Johansen", "Håkon Wiik", "Solveig Indrebø"],
    ),
    "Des, a first name that is a German and French article too": (
        "At dawn, Des Halloran walks into the parlor.\n\n“I’m 61,” he said.\n\n“We’d do the numbers,” Halloran said.",
        ["Des Halloran", "Des Halloran"],
    ),
    "a lower-case role before a first name no list knows makes a person": (
        'The goal came after a shot from midfielder Joaquin Brandao.\n\n"He was angry," Brandao said.',
        ["Joaquin Brandao"],
    ),
    "an unnamed speaker's description ends at an irregular past verb, not inside a body's name": (
        'A man in a homemade Petrakiev jersey stood on his seat. "Who\'s selling now?" he shouted.\n\n'
        "A spokesperson for Northfold Fire and Rescue Service said: ‘Crews worked through the night.’",
        ["man in a homemade Petrakiev jersey", "spokesperson for Northfold Fire and Rescue Service"],
    ),
    "according to a document prepared or released by a body: the body speaks": (
        'Pay would rise by "a one-time surge," according to a summary released by the Senate Appropriations '
        'Committee.\n\nIt would add "fewer than 40 trips," according to a copy of the report, which was '
        "prepared by Hartwell Engineering of Dayton.",
        ["Senate Appropriations Committee", "Hartwell Engineering"],
    ),
    "a description with an adverb before its participle ('a young man still wearing scrubs'), named later": (
        'Sam Okafor, an attorney, spoke first. "We have listened," he said.\n\n'
        "A young man still wearing hospital scrubs said he had been priced out. "
        '"Tell me where," he said.\n\nThe man, who later gave his name as Devin Achterberg, 29, said more.',
        ["Sam Okafor", "Devin Achterberg"],
    ),
    "a union local is a body: 'the union' is it later": (
        "Teamsters Local 554, which represents 900 workers, had not been told. "
        '"Our members read about it," the union said in a statement.',
        ["Teamsters Local 554"],
    ),
    "'the Idaho Republican' is the senator of Idaho, not a Republican from Montana named later": (
        'Sen. Walt Haverkamp of Idaho led that effort.\n\n"It is the price of my vote," the Idaho Republican '
        "told reporters.\n\nRep. Curtis Vandermolen, R-Mont., wanted hearings.",
        ["Walt Haverkamp"],
    ),
    "an appositive's role with an adjective names the described speaker before a like label does": (
        "“We found something different,” said the study’s senior author, a developmental biologist at "
        "the University of Eastmoor.\n\nThe biologist, Dr. Nadia Ferreira-Quist, has studied the fish.\n\n"
        "The paper’s first author, Tomasz Reilly, a graduate student, kept them alive.",
        ["Nadia Ferreira-Quist"],
    ),
    "dialogue verbs: 'corrected him', 'interrupted', 'murmured'": (
        "“Ten years,” Lindgren said.\n\n“Fifteen,” Ferreira-Quist corrected him. “He’s the optimist.”\n\n"
        "“Not now,” Reilly murmured.",
        ["Lindgren", "Ferreira-Quist", "Ferreira-Quist", "Reilly"],
    ),
    "a lede's opening label is the person the next paragraph opens on ('The Bulgarian …' then his name)": (
        "The Bulgarian had gone 11 matches without a goal.\n\nKaloyan Petrakiev struck twice as Harbor City won.\n\n"
        'Coach Mark Ebersole was less amused. "Everybody saw it," Ebersole said.\n\n'
        'Asked about the lead, the Bulgarian shrugged. "Why hold?" he said.',
        ["Mark Ebersole", "Kaloyan Petrakiev"],
    ),
    "a described speaker is not named by the source of the next quote 'according to' a report": (
        'Sam Okafor, an attorney for the developer, spoke. "We have listened," he said.\n\n'
        'It would add "few trips," according to a report prepared by Hartwell Engineering.',
        ["Sam Okafor", "Hartwell Engineering"],
    ),
    "'The neighbor, Earl Dunaway, 68, …' names the neighbor quoted unnamed just before": (
        "Renata Voss, 34, escaped with her children.\n\n"
        "A neighbor across the street, a retired mechanic, ran over with a hose. “It did nothing,” he said.\n\n"
        "The neighbor, Earl Dunaway, 68, then banged on the door of the other unit.\n\n"
        "Fire Chief Dwayne Pickett arrived soon after. The mayor, Ann Holt, visited on Sunday.",
        ["Earl Dunaway"],
    ),
    "'The mayor, Ann Holt' does not name a woman quoted just before": (
        "A woman who lives nearby watched the fire. “It was terrible,” she said.\n\n"
        "The mayor, Ann Holt, visited on Sunday.",
        ["woman who lives nearby"],
    ),
    "'a woman who lives above …': the relative clause tells an unnamed woman or man apart": (
        "A woman who lives above a Riverside storefront said she had been “waiting ten years.”\n\n"
        "A man who lives on the ninth floor with his two daughters said he had bought heaters. "
        "“Every night I'm choosing,” said the man.",
        ["woman who lives above a Riverside storefront", "man who lives on the ninth floor"],
    ),
    "a role keeps its short description: 'an extension agent who works with beekeepers'": (
        "An agricultural extension agent who works with beekeepers said it was “what I hear at every meeting.”",
        ["agricultural extension agent"],
    ),
    "a demonym as a label ('the Scot later told reporters') is the person just named": (
        "Transport Secretary Fiona Cairncross, who represents a Highland seat, confirmed the delay.\n\n"
        "“I would rather tell people the truth now,” the Scot later told reporters in Westminster.",
        ["Fiona Cairncross"],
    ),
    "a description keeps the last word of a place before its comma, and 'feed' is no past tense": (
        "A doctor at Oskova's Second City Hospital, who asked not to be named, spoke. "
        "“These were not warning shots,” she said.\n\n"
        "A woman who runs a feed store on Main Street said she would believe it “when it's in the bank.”",
        ["doctor at Oskova's Second City Hospital", "woman who runs a feed store"],
    ),
    "how a reporter reached someone is no part of their description": (
        "A Halloran regional manager reached by phone said the company had “nothing to add.”",
        ["Halloran regional manager"],
    ),
    "German: a name then 'vom' and the body after the verb; 'Die Landrätin, Monika Fessler,' names her": (
        "Language: de\nEin Wolf hat elf Schafe gerissen.\n\n"
        "Die Landrätin, die am Montag den Hof besuchte, forderte Hilfe. „Wer den Wolf will, muss "
        "die Menschen schützen“, sagte sie.\n\nDie Landrätin, Monika Fessler, hatte bereits im Januar geschrieben.\n\n"
        "„Einen Wolf zu töten, löst nichts“, sagte die Wildbiologin Lena Marquardt vom Naturschutzverein.",
        ["Monika Fessler", "Lena Marquardt"],
    ),
    "German compound titles without a hyphen: 'Firmenchef Steiner'; a role 'der Grünen' is no name": (
        "Language: de\nMarkus Steiner führt das Sägewerk. „Wir bleiben“, sagte Firmenchef Steiner.\n\n"
        "„Das ist ein schwarzer Tag“, sagte der Fraktionsvorsitzende der Sozialen Liste, Jürgen Albers.",
        ["Markus Steiner", "Jürgen Albers"],
    ),
    "German: 'Der Betriebsratschef, Holger Brandtner,' names the Betriebsratsvorsitzende; his title tells him "
    "from Ulrike Brandtner": (
        "Language: de\nVorstandschefin Ulrike Brandtner sprach von einem »Schritt«.\n\n"
        "Der Betriebsratsvorsitzende sprach von einem »Schlag ins Gesicht«.\n\n"
        "Der Betriebsratschef, Holger Brandtner, ist mit der Familie nicht verwandt.\n\n"
        "Die Firma baut ab. Betriebsratschef Brandtner gibt sich kämpferisch: »Wir bleiben.«",
        ["Ulrike Brandtner", "Holger Brandtner", "Holger Brandtner"],
    ),
    "German: 'der Betriebsleiter der Bahn' is no person called Bahn": (
        "Language: de\nGanz anders sieht es Toni Marty, der Betriebsleiter der Bahn. «Ohne die Bahn stirbt das "
        "Dorf», erklärte der 58-Jährige.",
        ["Toni Marty"],
    ),
    "French: a partial quote after reported speech inverted in its sentence ('…, a précisé le procureur')": (
        "Language: fr\nLe parquet a confirmé avoir reçu les plaintes. Une enquête était déjà ouverte, a précisé "
        "le procureur de la République, Thierry Vasseur, qui appelle à « ne pas anticiper sur ses conclusions ».",
        ["Thierry Vasseur"],
    ),
    "French: 'l'ancien maire' is the mayor of the appositive after his age, not the lawyer 'de l'ancien maire'": (
        "Language: fr\nRaymond Sauvageot, 71 ans, maire de Saint-Aubin pendant vingt ans, est jugé depuis mardi.\n\n"
        "« Huit fois l'urgence, monsieur Sauvageot ? », a relevé la présidente, Catherine Aubriot-Lemaire.\n\n"
        "« C'est faux », a rétorqué l'ancien maire depuis son banc.\n\n"
        "L'avocat de l'ancien maire, Me Hugo Lamarche, a plaidé la relaxe.",
        ["Catherine Aubriot-Lemaire", "Raymond Sauvageot"],
    ),
    "French: 'la direction académique' speaks; 'Du côté de …, on rappelle'; 'ce père de deux enfants' is the "
    "one just named": (
        "Language: fr\nSelon la direction académique, la baisse rend le maintien « difficilement justifiable ».\n\n"
        "Un argument que rejette Julien Marchetti, président de l'association. « Ces chiffres, on les connaît », "
        "explique ce père de deux enfants.\n\n"
        "Du côté de la direction académique, on rappelle qu'un « dispositif de suivi » sera mis en place.",
        ["direction académique", "Julien Marchetti", "direction académique"],
    ),
    "a Football Club is a body that speaks": (
        "In a statement on its website, Harbridge Town Football Club said the sale was ‘the only realistic way’.",
        ["Harbridge Town Football Club"],
    ),
    "'X, based in Columbus, Ohio, said' is X, a body; a possessive mention ('Daniel Reyes's sister') is not "
    "whom 'Reyes said' is about": (
        "Brightwater agreed to sell its stores to rival Calder & Reyes.\n\n"
        "Calder & Reyes, based in Columbus, Ohio, said it would offer jobs to “substantially all” of them.\n\n"
        "“It was a balance-sheet problem,” Calder & Reyes Chief Executive Daniel Reyes said.\n\n"
        "The company's chief financial officer, Elena Reyes, who is Daniel Reyes's younger sister, told analysts "
        "about the loan. “We were very disciplined about price,” Reyes said.",
        ["Calder & Reyes", "Daniel Reyes", "Elena Reyes"],
    ),
    "'said the woman, Margaret Oyler': the one who spoke just before, unnamed, not an earlier woman": (
        '"We came here for an answer," shouted a woman near the back of the room.\n\n'
        "The first, a retired schoolteacher who has lived across the street for 38 years, told the council she "
        'was "against pretending Harlan Street is a highway."\n\n'
        '"My grandchildren ride their bikes there," said the woman, Margaret Oyler, 71.',
        ["woman near the back of the room", "Margaret Oyler", "Margaret Oyler"],
    ),
    "'said the physician, Dr. Lucas Brennan' names the physician who 'called her' something (her: not his gender)": (
        'An emergency physician who has worked alongside her for 12 years called her "the most important person '
        'in the room."\n\n"Patients hug her," said the physician, Dr. Lucas Brennan.',
        ["Lucas Brennan", "Lucas Brennan"],
    ),
    "a surname that is a weekday ('sagte Freitag') is the person, not a time": (
        "Language: de\nHanna Freitag kam in der 60. Minute.\n\n"
        "»Der Trainer sagt mir immer: ›Geh rein.‹ Das habe ich gemacht«, sagte Freitag und grinste.",
        ["Hanna Freitag"],
    ),
    "who speaks of 'my husband' is not him but the one of the family of the other gender": (
        "Uwe Brandt sitzt im Gemeinderat. Seine Frau Sabine Brandt pendelt jeden Tag.\n\n"
        "„Mein Mann hat da leicht reden, er sitzt ja im Rathaus“, sagte Brandt.",
        ["Sabine Brandt"],
    ),
    "who speaks of 'my wife' is her husband": (
        "Uwe Brandt sits on the council. His wife, Sabine Brandt, drives to the city each day.\n\n"
        '"My wife does the driving," Brandt said.',
        ["Uwe Brandt"],
    ),
    "'one of the people' is a person of the group described before ('two people familiar with …')": (
        "Margit Kessling questioned the plan, according to two people familiar with the board's discussions.\n\n"
        '"Margit has been asking for a review," said one of the people, who asked not to be identified.\n\n'
        "Two sources familiar with the case told Reuters of a donation. One of the sources described the "
        "evidence as “thin, but not nothing.”",
        ["person familiar with the board's discussions", "source familiar with the case"],
    ),
    "'said one who asked not to be named' is no crash": (
        '"Nobody listens," said one who asked not to be named.',
        [None],
    ),
    "German: a woman's first name tells her gender before a title without -in ('CEO Anna Berger')": (
        "Language: de\nCEO Anna Berger stellte die Zahlen vor. Ihr Kollege Paul Roth schwieg. „Wir wachsen“, "
        "sagte sie.",
        ["Anna Berger"],
    ),
    "'a local nurse' is not named by 'The local mayor, Tom Berg'": (
        "A local nurse watched the water rise. “It was terrifying,” she said.\n\n"
        "The flood reached the school by noon.\n\nThe local mayor, Tom Berg, 58, arrived at six.",
        ["local nurse"],
    ),
    "French: 'l’entourage du ministre' and 'son entourage' speak for someone, unnamed": (
        "Language: fr\nSelon l’entourage du ministre du travail, la mesure « risque de peser sur les livreurs ».\n\n"
        "« Il n’y a pas de division », fait savoir l’entourage de la première ministre, Mathilde Servan, qui "
        "doit trancher.\n\nHugues Lemarchand n'a pas souhaité s'exprimer. Son entourage évoque « une histoire "
        "de famille douloureuse ».",
        ["entourage du ministre du travail", "entourage de la première ministre", "entourage de Hugues Lemarchand"],
    ),
    "German bodies named 'X für Y und Z' and 'Gewerkschaft Verkehr und Dienste (GVD)' keep all their words": (
        "Language: de\nDas Amt für Jagd und Fischerei hält den Wolf für den Täter. Es sei „mit grosser "
        "Wahrscheinlichkeit“ derselbe, teilte das Amt mit.\n\nAuch die Gewerkschaft Verkehr und Dienste (GVD) "
        "reagierte. In einer Stellungnahme erklärte die GVD, man sei „zu Gesprächen bereit“.",
        ["Amt für Jagd und Fischerei", "Gewerkschaft Verkehr und Dienste"],
    ),
    "French: 'selon un décompte du Collectif …' is the body's word": (
        "Language: fr\nSelon un décompte du Collectif national des urgentistes (CNU), 61 services ont fermé, "
        "un niveau « jamais atteint hors période estivale ».",
        ["Collectif national des urgentistes"],
    ),
    "'according to' a document: its issuer, else the document, unless someone in it speaks": (
        "The Harlow Water District said repairs were done. According to figures from the district, use fell by "
        '"nearly a third."\n\nAccording to court records, Dana Pruitt had been "warned twice" about the dog.\n\n'
        "According to the criminal complaint, a witness told officers she saw the truck “swerve into the bike "
        "lane.”",
        ["Harlow Water District", "court records", "witness"],
    ),
    "'according to' a leader and his party tag; to an employer's spokeswoman": (
        'The measure is "dead on arrival," according to Senate Majority Leader Ruth Abernathy, D-Md.\n\n'
        'According to Corvane spokeswoman Tina Moss, the company "regrets the disruption."',
        ["Ruth Abernathy", "Tina Moss"],
    ),
    "'the airline', 'the carrier' are the airline the article named": (
        'Northwind Airways cancelled 40 flights. The airline said in a statement that it was "working around '
        'the clock."\n\n"We apologize to every passenger," the carrier said.',
        ["Northwind Airways", "Northwind Airways"],
    ),
    "an appositive's role is its last noun before a preposition ('a marine biologist at …')": (
        'The lead author, a marine biologist at Coastal State University, called the results "startling."\n\n'
        '"We did not expect this," said Dr. Helena Varga, the biologist.',
        ["Helena Varga", "Helena Varga"],
    ),
    "German: 'Die Frau, Petra Vogel,' names the Anwohnerin quoted before, 'Die Frau, Klaus Vogel,' does not": (
        "Language: de\n„Das ist eine Katastrophe“, sagte eine Anwohnerin.\n\nDie Frau, Petra Vogel, wohnt im Ort.",
        ["Petra Vogel"],
    ),
    "German: a man's name after 'Die Frau,' does not name the Anwohnerin": (
        "Language: de\n„Das ist eine Katastrophe“, sagte eine Anwohnerin.\n\nDie Frau, Klaus Vogel, wohnt im Ort.",
        ["Anwohnerin"],
    ),
    "German: 'findet Petra Roth' reports her words": (
        "Language: de\n„Das ist ein Skandal“, findet Petra Roth.",
        ["Petra Roth"],
    ),
    "a role with its complement right after someone named with no role is theirs; not after a mayor": (
        "Language: fr\n« C'est un scandale », estime Claire Roux. La présidente de l'association ajoute : "
        "« Nous irons en justice. »\n\n« Non », dit le maire Paul Brun. La présidente du club ajoute : « Si. »",
        ["Claire Roux", "Claire Roux", "Paul Brun", "présidente du club"],
    ),
    "Danish: 'En ældre kvinde …' is someone new, 'siger hun' her, 'Hun hedder Inge Poulsen' her name": (
        "Language: da\nEn ældre kvinde står ved færgen. »Jeg har boet her i 60 år,« siger hun. Hun hedder Inge "
        "Poulsen.",
        ["Inge Poulsen"],
    ),
    "a clause that asks for anonymity is no part of a description; a body's acronym is no one just named": (
        '"He always waved," said a neighbor who did not want to be identified.\n\n'
        "A woman who declined to give her name said it was “sad.”",
        ["neighbor", "woman who declined to give her name"],
    ),
    "French: 'la FDSEA de la Vienne' is the body, not a person it seems to name": (
        "Language: fr\nDans un communiqué publié mardi, la FDSEA de la Vienne dénonce « une décision prise sans "
        "concertation ».",
        ["FDSEA de la Vienne"],
    ),
    "'said one' after 'Residents were angry' is a resident; 'Two employees … described' are employees": (
        'Residents were angry. "Nobody told us anything," said one.\n\nTwo employees, who spoke on condition '
        'of anonymity because they feared retaliation, described the plant as "chaotic."',
        ["resident", "employees"],
    ),
    "what a study or report 'found' is its words, or its issuer's": (
        'The report, released Tuesday by the Center for Rural Health, found that rural hospitals were "in '
        'crisis."\n\nThe study found that the drug cut admissions by "a third."\n\nA 2023 audit by the state '
        'comptroller found that the agency had "lost track" of funds.',
        ["Center for Rural Health", "study", "state comptroller"],
    ),
    "an outlet that asked is nobody ('Interrogé par France Bleu, le préfet')": (
        "Language: fr\nInterrogé par France Bleu, le préfet a assuré que « toutes les mesures » avaient été prises.",
        ["préfet"],
    ),
    "German 'Verdi-Sekretär Karim Haddad' is Karim Haddad": (
        "Language: de\nDie Gewerkschaft Verdi rief zum Streik auf. „Die Beschäftigten sind am Ende“, sagte "
        "Verdi-Sekretär Karim Haddad.",
        ["Karim Haddad"],
    ),
    "Danish: 'en af mejeristerne' is one of them, named by 'Han hedder …'": (
        "Language: da\n»Det er helt uforståeligt,« siger en af mejeristerne, der har arbejdet her i 20 år.\n\n"
        "Han hedder Jens Kofoed.",
        ["Jens Kofoed"],
    ),
    "Swedish: 'Kvinnan, Lena Berg, 45,' names 'en kvinna som såg olyckan'": (
        "Language: sv\n– Det var fruktansvärt, säger en kvinna som såg olyckan.\n\nKvinnan, Lena Berg, 45, ringde 112.",
        ["Lena Berg"],
    ),
    "'A statement from the family said' is the family's": (
        'A statement from the family said Ellis was "a gentle soul."',
        ["family"],
    ),
    "a paragraph opening on a body its next sentence calls by its kind ('Bolaget', 'The retailer')": (
        "Language: sv\nVolvo Cars varslar 300 anställda. Bolaget skriver i ett pressmeddelande att beslutet är "
        "”nödvändigt”.",
        ["Volvo Cars"],
    ),
    "an English body its next sentence calls 'the retailer'": (
        'Halden Outfitters will close six stores. The retailer said it was "confident" about the rest.',
        ["Halden Outfitters"],
    ),
    "a dateline is no body 'das Unternehmen' calls so": (
        "Language: de\nOberlinden - Der Autozulieferer Kessler Antriebstechnik baut Stellen ab. Das teilte "
        "das Unternehmen mit. Der Abbau solle „so sozialverträglich wie möglich“ erfolgen.",
        ["Kessler Antriebstechnik"],
    ),
    "'according to a police report': a noun, not the verb 'report'": (
        'According to a police report, the driver "fled on foot."',
        ["police report"],
    ),
    "German 'Laut Angaben der Polizei' is the police": (
        "Language: de\nLaut Angaben der Polizei war der Fahrer „stark alkoholisiert“.",
        ["Polizei"],
    ),
    "French 'D'après ses proches' are the people around whom the article just spoke of": (
        "Language: fr\nPaul Roux a été hospitalisé. D'après ses proches, il était « très affecté ».",
        ["proches de Paul Roux"],
    ),
    "a label before a name may be a demonstrative ('That board member, Howard Tate,')": (
        'A longtime board member, who has served since 2004, called the vote "a betrayal."\n\nThat board member, '
        "Howard Tate, later said he would resign.",
        ["Howard Tate"],
    ),
    "'The teacher, Alice Grey, 71,' names a retired schoolteacher": (
        'One of the plaintiffs, a retired schoolteacher from Dunmore, said she felt "vindicated."\n\nThe teacher, '
        "Alice Grey, 71, had sued in 2021.",
        ["Alice Grey"],
    ),
    "'The crossing guard, Mavis Owens,' names a 62-year-old crossing guard": (
        'A 62-year-old crossing guard was the first to call 911. "I saw smoke," she said.\n\nThe crossing guard, '
        "Mavis Owens, has worked the corner for 20 years.",
        ["Mavis Owens"],
    ),
    "an aide quoted unnamed stays unnamed when the next paragraph opens on someone else": (
        'A senior Democratic aide described the talks as "stalled."\n\nLater, Senate Majority Leader Ruth '
        'Abernathy said the talks were "alive."',
        ["senior Democratic aide", "Ruth Abernathy"],
    ),
    "French: 'son entourage' of a minister is the minister's circle, by her office": (
        "Language: fr\nLa ministre du Travail, Hélène Darrieux, a reçu les syndicats. Son entourage promet une "
        "réponse « dans les quinze jours ».",
        ["entourage de la ministre"],
    ),
    "'the company' a property firm is, named with no kind word but 'Properties'": (
        "The building's owner, Tallow Properties, raised the rent. In a statement, the company said it had "
        '"offered several options."',
        ["Tallow Properties"],
    ),
    "German 'die Behörde' is the Landesbetrieb named before, and a body's statement 'der Behörde' too": (
        "Language: de\nDer Landesbetrieb Straßenbau hält an seinen Plänen fest. Eine Sperrung sei nicht möglich, "
        "teilte die Behörde mit. „Die Brücke trägt das nicht“, hieß es.\n\nDie Fachleute des Landesamts für "
        "Wasserwirtschaft zögern. Es sei „ein Ereignis, mit dem man rechnen muss“, heißt es in einer Mitteilung "
        "der Behörde.",
        ["Landesbetrieb Straßenbau", "Landesamt für Wasserwirtschaft"],
    ),
    "a one-word name that issues a press release is a body, which 'Bolaget' then means": (
        "Language: sv\nTjuvar tog sig in på Vattkrafts station.\n\n”Skadorna är omfattande”, skriver Vattkraft i "
        "ett pressmeddelande. Bolaget uppger att reparationerna väntas kosta ”minst tio miljoner kronor”.",
        ["Vattkraft", "Vattkraft"],
    ),
    "an unnamed speaker's description stops at what they do next in the scene": (
        'A woman in a yellow raincoat comes in to buy a present. "I bought my first book here," she says.',
        ["woman in a yellow raincoat"],
    ),
    "German: a lower-case word after a description's noun is its verb": (
        "Language: de\nEin älterer Herr in der dritten Reihe meldete sich: „Und wer zahlt meinen Keller?“",
        ["älterer Herr in der dritten Reihe"],
    ),
    "Jess is a woman's name too; the sister a paragraph opens on is whom 'she said' means": (
        "Jess Marsh slipped a pass through for her older sister, Ellie Marsh.\n\n“She puts it on a plate,” "
        "Ellie said.\n\nJess, 21, was not so sure. “It took a deflection,” she said.",
        ["Ellie Marsh", "Jess Marsh"],
    ),
    "'the Guerrero boys' is the family, not the Guerrero named before; the boy the paragraph opens on speaks": (
        "Anthony Guerrero got the children out while his wife, Yesenia Guerrero, climbed out a window.\n\n"
        "Mateo, 6, the youngest of the Guerrero boys, has his own takeaway. “The firemen let me sit in the "
        "truck,” he announces.",
        ["Mateo"],
    ),
    "an interviewer's question 'Q: Do you still write …?' names no one 'Do'": (
        "Teodora Vance lives on the island.\n\nQ: Do you still write every day?\n\nA: Every morning. My "
        "father used to shout up the stairs, “Daylight’s burning, Teodora!” and I still hear him.",
        [None],
    ),
    "Nordic: a paragraph opening on 'Ordføreren' is about the ordfører, whose surname a deputy shares": (
        "«Det er et under», sier ordfører Kari Aasen (Sp).\n\nFylkesvaraordfører Jon Olav Aasen (H), som ikke er "
        "i slekt med ordføreren, sier at fylket vil se på saken. «Jeg skal ikke love en tunnel», sier han.\n\n"
        "Ordføreren håper likevel at raset blir en vekker. «Nå har alle sett hva som kan skje», sier Aasen.",
        ["Kari Aasen", "Jon Olav Aasen", "Kari Aasen"],
    ),
    "whom someone is 'inte släkt med' is not whom the surname next means": (
        "Language: sv\n– Vi kämpar, säger Sara Lindqvist, förälder i byn.\n\nOppositionsrådet Erik Lindqvist (C) "
        "kallar kalkylen för ”en skrivbordsprodukt”. Han är inte släkt med Sara Lindqvist.\n\n– Man räknar "
        "inte på skolskjutsar, säger Lindqvist.",
        ["Sara Lindqvist", "Erik Lindqvist", "Erik Lindqvist"],
    ),
    "Nordic 'Faren nikker.' is the father of the son who just spoke; 'sier Marit Haugland' is no husband ('mari')": (
        "Henrik Mortensen har arbejdet på fabrikken i 31 år. Hans søn, Mads Mortensen, er også ansat.\n\n»Men "
        "han er 58,« siger Mads.\n\nFaren nikker. »Det er ikke let at starte forfra,« siger han.",
        ["Mads Mortensen", "Henrik Mortensen"],
    ),
    "a bare surname a family shares is the one named in full just before (German report after a son)": (
        "Language: de\nGisela Manthey, 84, liegt seit Dienstag auf der Station.\n\nIhr Sohn Frank Manthey ist "
        "hinterhergefahren. »Was soll ich ihr jetzt sagen?«, fragt er.\n\nManthey arbeitet als Elektriker. Er "
        "habe schon überlegt, die Mutter zu holen, »aber sie würde mir das nie verzeihen«.",
        ["Frank Manthey", "Frank Manthey"],
    ),
    "a relative the article calls by her first name leaves the bare surname to the profile's subject": (
        "Lucía Ferrer opened Brasa nine years ago.\n\n“It starts here,” Ferrer says.\n\nHer mother, Pilar "
        "Ferrer, remembers it differently. “I said a chair,” Pilar says.\n\nOn television Ferrer is known for a "
        "raised eyebrow. “It’s a kindness,” she insists.",
        ["Lucía Ferrer", "Pilar Ferrer", "Lucía Ferrer"],
    ),
    "Nordic 'svarer ektemannen' is the husband of who spoke; 'For Odd Brekke …, sier faren' is Odd": (
        "Language: no\nMannen heter Olav Nesheim. Kona hans, Randi Nesheim, må til dialyse.\n\n– Kommunen har "
        "ringt meg, sier Randi Nesheim.\n\n– Noen må jo gjøre det, svarer ektemannen.\n\nJonas Brekke er sønnen "
        "til Odd Brekke.\n\nFor Odd Brekke er det sønnens framtid som bekymrer. «Jeg klarer meg», sier faren.",
        ["Randi Nesheim", "Olav Nesheim", "Odd Brekke"],
    ),
    "Nordic: a capitalised definite noun after 'Ifølge' is an office; a surname after 'Enligt' a person": (
        "Language: no\nIfølge Statsforvalteren var det «betydelige konflikter» knyttet til reindrift.",
        ["Statsforvalteren"],
    ),
    "a quoted word before a preposition is no name of a noun: 'spricht von einer „Kampagne“ gegen …'": (
        "Language: de\nGeschäftsführer Bernhard Hollrieder spricht von einer „Kampagne“ gegen seinen Betrieb.",
        ["Bernhard Hollrieder"],
    ),
    "French 'D’après' with a typographic apostrophe is 'according to'": (
        "D’après l’Union des distributeurs indépendants de carburant (UDIC), « une station sur six » "
        "était mardi soir en rupture.",
        ["Union des distributeurs indépendants de carburant"],
    ),
    "Nordic speech verbs of criticism and opinion: 'kritiserar … för att ha ”…”'": (
        "Language: sv\nOppositionsrådet Anders Höglund (C) kritiserar majoriteten för att ha ”kört över landsbygden”.",
        ["Anders Höglund"],
    ),
    "'the coalition said' is the coalition named before": (
        "The law was challenged by the Pacific Data Coalition, a trade group. In a statement, the coalition said "
        'it was "grateful the court recognized that."',
        ["Pacific Data Coalition"],
    ),
    "'what the Foreign Ministry called “…”' is the ministry's word, not the minister's the sentence opened on": (
        'Foreign Minister Anka Dobreva told reporters that embassies had "no business lecturing a sovereign state" '
        'and summoned the ambassadors over what the Foreign Ministry called "interference in internal affairs."',
        ["Anka Dobreva", "Foreign Ministry"],
    ),
    "a group's name with 'of the' and a person noun, its appositive holding '$18,000', is the subject": (
        "The Friends of the Alder Street Library, a volunteer group that raised $18,000 last year, said in a "
        'statement that it was "heartbroken but not finished."\n\n"We will be back," said Dashawn Miller.',
        ["Friends of the Alder Street Library", "Dashawn Miller"],
    ),
    "a body's press office speaks for the body: 'regionens presstjänst', 'the club's press office'": (
        "Language: sv\nRegion Västerlunda stänger vårdcentralen.\n\nRegionen delar inte den bilden. ”Vi har "
        "gjort allt vi kan”, skriver regionens presstjänst i ett mejl.",
        ["Region Västerlunda"],
    ),
    "German 'der Gemeinderat' is the council, and 'das Landratsamt' is not it": (
        "Language: de\nDie Gemeinde hat ihre Prozesse überarbeitet. «Wir haben unsere Lehren gezogen», teilte der "
        "Gemeinderat in einer Stellungnahme mit.\n\nIn einer Stellungnahme teilte das Landratsamt mit, eine "
        "Zusage gebe es „ausdrücklich noch nicht“.",
        ["Gemeinderat", "Landratsamt"],
    ),
    "an interviewee's 'I’ve told her' names no one": (
        "Teodora Vance lives on the island.\n\nQ: What comes next?\n\nA: Lidia thinks I should write one more "
        "book, call it “The Last Island” and retire. I’ve told her she’s welcome to write “something else.”",
        [None, None],
    ),
    "'the elder Halvorsen liked to tell' is the one of two Halvorsens the article does not call a son": (
        "Arne Halvorsen founded the firm. His son Erik Halvorsen runs it.\n\n\"A truck that isn't moving is just "
        'a very expensive chair," the elder Halvorsen liked to tell new hires, according to a company history.',
        ["Arne Halvorsen"],
    ),
    "'the bakery said' is a body's words, not those of the regulars the sentence before spoke of": (
        "Hallam’s is a loaf that regulars love. In a post on social media, the bakery said rising costs had made "
        "the business ‘impossible to sustain’.",
        ["bakery"],
    ),
    "'The operator, Westmara Ferries, said' names the body; 'the company added' is it": (
        "The operator, Westmara Ferries, said in a statement that the MV Isle of Harrach had suffered ‘an "
        "unexpected failure of its gearbox’.\n\n‘Our engineers have been working around the clock,’ the company added.",
        ["Westmara Ferries", "Westmara Ferries"],
    ),
    "a label with a place before the role ('the Central Scotland MSP') is who the paragraph just named": (
        "Scottish Labour’s Fiona Guthrie said it was ‘too little, far too late’. ‘What they have not had is a "
        "ferry,’ the Central Scotland MSP said.",
        ["Fiona Guthrie", "Fiona Guthrie"],
    ),
    "French: a participle after the noun ends an unnamed speaker's description ('retraitée installée')": (
        "Language: fr\nUne retraitée installée depuis trente ans dans la cité raconte : « Le monsieur de la "
        "mairie m’a dit d’attendre. »",
        ["retraitée"],
    ),
    "an unnamed woman quoted, then someone new named with a role in the next sentence, is her": (
        "Language: fr\nDans la foule, une femme aux cheveux blancs brandit une pancarte : « J'ai appris à lire "
        "ici en 1962 ». Colette Marchetti, la mère de Julien, a été élève de l'école.",
        ["Colette Marchetti"],
    ),
    "… but not when the unnamed one had a role of their own": (
        "A nurse on the ward said: “We are exhausted.” Jeanne Roy, the hospital's director, said little.",
        ["nurse on the ward"],
    ),
    "a label of one role in other words names the unnamed: 'L'enseignante, Odile Fabre,' for 'une institutrice'": (
        "Language: fr\nUne institutrice en poste depuis dix-neuf ans décrit des élèves « inquiets ».\n\n"
        "L'enseignante, Odile Fabre, redoute la disparition d'un modèle. « À deux classes, on gère », estime-t-elle.",
        ["Odile Fabre", "Odile Fabre"],
    ),
    "a label of one role in other words is who the article gave that role: 'l’enseignante' for an institutrice": (
        "Language: fr\nOdile Fabre, institutrice à Vernoux, reçoit les parents. Julien Marchetti, président de "
        "l’association, est là aussi.\n\n« Une école à trois classes, c’est une école où les grands aident les "
        "petits », estime l’enseignante.",
        ["Odile Fabre"],
    ),
    "German: 'der Verein' is the HSG just named; 'gratulierte' reports speech; 'das Hotel Crest' is no Crest": (
        "Language: de\nDie HSG Lindenau gab am Abend die Verlängerung mit Lukas Petersen bekannt. „Lukas ist ein "
        "Eigengewächs“, teilte der Verein mit.\n\nDer SV Rotbach gratulierte auf seiner Internetseite »zu einem "
        "glücklichen Sieg«.",
        ["HSG Lindenau", "SV Rotbach"],
    ),
    "'the utility said' is the utility named before, not a Utility Board named further on": (
        "Northway Power & Light asked regulators to raise rates.\n\n“Nobody likes a rate increase,” the utility "
        "said in a statement.\n\nThe Citizens Utility Board said the request was “breathtaking.”",
        ["Northway Power & Light", "Citizens Utility Board"],
    ),
    "a participle clause after a quote holds no attribution: '“…,” coming on the day Northway reported …'": (
        "The Citizens Utility Board, a nonprofit, said the request was “breathtaking in its timing,” coming on "
        "the same day Northway reported higher profits.",
        ["Citizens Utility Board"],
    ),
    "'who took over as CEO', 'who founded Kestrel' give labels: the chief executive quoted before is her": (
        "On a call with analysts, Kestrel’s chief executive said four patients were ill.\n\n“We take this "
        "seriously,” the chief executive said.\n\nHelen Marchetti-Voss, who took over as CEO in 2024, said the "
        "company did not know more.",
        ["Helen Marchetti-Voss"],
    ),
    "'Fenwick Street' is a street; in an interview's answer 'I told …' is the one interviewed": (
        "Margit Sandoval opened the shop on Fenwick Street. Sandoval has run it for 30 years, Sandoval says.\n\n"
        "Q: Why did you stay?\n\nA: Money, mostly. I told the loan officer, “Give me eighteen months.”",
        ["Margit Sandoval"],
    ),
    "a label the verb's pronoun gives a gender is not the woman named last: 'The former partner … said he was'": (
        "Maren Castellanos opened the restaurant.\n\nThe former partner, reached by phone, declined to discuss "
        "the split but said he was “glad the chicken worked out for her.”",
        ["former partner"],
    ),
    "'Gérard, used to say, “…”': the subject before a habit's verb": (
        "Maren Castellanos cooks.\n\nA: Twelve dishes, always. My old chef in Boston, Gérard, used to say, "
        "“A long menu is a confession.” I think about that.",
        ["Gérard"],
    ),
    "a shared surname is the one whose gender the verb's or the subject's pronoun gives": (
        "Among the speakers was Mia Lindahl, a third-grader. Her father, Greg Lindahl, stood behind her.\n\n"
        '"Please don\'t close it," Mia said.\n\nLindahl, a contractor who said he had toured both buildings, told '
        'the board that the estimate was "inflated by about half."',
        ["Mia Lindahl", "Greg Lindahl"],
    ),
    "someone mentioned by a possessive only is not whom the next 'he' means": (
        "Luka Brennan scored twice.\n\nVeteran defender Marcus Delacroix-Hale, back from a suspension, blocked "
        "three shots and picked up the assist on Luka Brennan’s first goal.\n\n“Tonight I remembered,” he said.",
        ["Marcus Delacroix-Hale"],
    ),
    "'Marisol Ortega, the spokeswoman' is the spokeswoman for the department quoted before": (
        "A spokeswoman for the Dunmore County Health Department said the agency was “treating every possibility "
        "as live.”\n\n“The notice stays,” said Marisol Ortega, the spokeswoman.",
        ["Marisol Ortega", "Marisol Ortega"],
    ),
    "Nordic according-to: a body's document ('förvaltningens underlag') is the body's; a modal ends the source": (
        "Language: sv\nEnligt förvaltningens underlag skulle kommunen spara ”drygt fyra miljoner kronor per år”.",
        ["förvaltningen"],
    ),
    "Norwegian: 'Ifølge Vestkyst fotballkrets må klubben …' names the district body, up to the modal": (
        "Language: no\nIfølge Vestkyst fotballkrets må klubben ha «en godkjent bane på plass innen 1. april».",
        ["Vestkyst fotballkrets"],
    ),
    "a service is a body: 'D'après le service de prévision des crues Sorme-Vézère'": (
        "Language: fr\nLaure Vidal a tout perdu.\n\nD'après le service de prévision des crues Sorme-Vézère, "
        "« un nouvel épisode pluvieux est attendu dès vendredi ».",
        ["service de prévision des crues Sorme-Vézère"],
    ),
    "French: 'Côté employeur, Trans'Lèze « … »' opens on a phrase; 'lui a-t-elle dit' is her": (
        "Language: fr\nCôté employeur, Trans'Lèze « se félicite que la justice ait été rendue », selon un "
        "communiqué. La société indique avoir équipé « 80 % de sa flotte ».\n\nLa mère du prévenu, Nadia "
        "Mercier, s'adresse à l'avocat, Julien Sarrazin. « Je suis désolée », lui a-t-elle dit.",
        ["Trans'Lèze", "Trans'Lèze", "Nadia Mercier"],
    ),
    "Norwegian 'sier mannen hennes' is the husband of the woman who spoke, though her name tells no gender": (
        "Language: no\nVerre er det for Kari og Ole Haugen. Hun er gravid i niende måned.\n\n– Vi vet ikke hva "
        "som skjer, sier Kari.\n\n– Kommunen har lovet et helikopter, sier mannen hennes. Og jordmora har gitt "
        "oss privatnummeret sitt.",
        ["Kari Haugen", "Ole Haugen", "Ole Haugen"],
    ),
    "someone introduced in the quote's sentence is whom its pronoun attribution means ('som han sier det')": (
        "Language: no\n– Men vi har ikke 14 millioner, sier varaordfører Tor Inge Vold (H).\n\nEn eldre mann med "
        "skjerf har fulgt laget «i hvert fall siden krigen», som han sier det.",
        ["Tor Inge Vold", "eldre mann med skjerf"],
    ),
    "Nordic 'skyter søsteren inn': the particle is no part of the subject; the sister of who spoke": (
        "Language: no\nDet var storesøster Maren Nygård som slo innlegget.\n\n– Jeg lukket øynene, sier Thea "
        "Nygård.\n\n– Hun lukket ikke øynene, skyter søsteren inn.",
        ["Thea Nygård", "Maren Nygård"],
    ),
    "'son avocat' is the one lawyer the article named": (
        "Language: fr\nL'avocat de la défense, Me Julien Sarrazin, a plaidé la clémence.\n\nDylan Mercier dispose "
        "de dix jours pour faire appel. Interrogé à la sortie, son avocat a indiqué ne pas en avoir « l'intention ».",
        ["Julien Sarrazin"],
    ),
    "Nordic: a municipality after its verb ('skriver Stensjö kommun att ”…”') is named in full": (
        "Language: sv\nI ett skriftligt svar till tidningen skriver Stensjö kommun att ”alla synpunkter kommer "
        "att redovisas”.",
        ["Stensjö kommun"],
    ),
    "a paper presented to a body's board is the body's (no newspaper); 'the city of X’s parks department'": (
        "Thornbury Vale NHS Trust runs the hospital.\n\nAccording to a paper presented to the trust’s board, the "
        "service cost ‘in excess of £410 per patient seen’.\n\nThe city of Northbridge’s parks department said it "
        "would “prioritize canopy planting.”",
        ["Thornbury Vale NHS Trust", "Northbridge parks department"],
    ),
    "French: an outlet that learned something speaks for no one; 's’est contenté d’indiquer son porte-parole, X'": (
        "Language: fr\nSelon ce qu’a appris Le Courrier, la facture pourrait dépasser 4 millions. « Il est "
        "beaucoup trop tôt pour avancer un chiffre », s’est contenté d’indiquer son porte-parole, Mathieu Sirois.",
        ["Mathieu Sirois"],
    ),
    "a paragraph opening on a label the article gave ('Storesøsteren flirer.') is whose quote follows": (
        "Language: no\nDet var storesøster Maren Nygård som slo innlegget. Thea Nygård headet.\n\n– Jeg blir "
        "her, sier Thea Nygård.\n\nStoresøsteren flirer. «Hun blir. Jeg har gjemt passet hennes.»",
        ["Thea Nygård", "Maren Nygård"],
    ),
    "Nordic: someone after the verb ('sidder en ung mand') is whom the next sentence's 'Han' means, no ministry": (
        "Language: da\nTransportministeriet oplyser, at ministeren »følger udviklingen tæt«.\n\nTilbage på færgen "
        "drikker Birthe Kjærgaard sin kaffe. Over for hende sidder en ung mand i arbejdstøj. Han blander sig: »Jeg "
        "er tømrerlærling inde i byen.«",
        ["Transportministeriet", "ung mand i arbejdstøj"],
    ),
    "review: 'It said in a statement' registers no body called It; 'Police Chief Dana Reyes' is a mention": (
        "Northway Power & Light restored service. It said in a statement that crews were “working around the "
        "clock.”\n\n“We are sorry,” the company said.\n\nPolice Chief Dana Reyes closed the road. “We will reopen "
        "it,” she said.",
        ["Northway Power & Light", "Northway Power & Light", "Dana Reyes"],
    ),
    "review: a French adjective in -ée is part of an unnamed speaker's description": (
        "Language: fr\nUne infirmière expérimentée raconte : « Nous sommes épuisés. »",
        ["infirmière expérimentée"],
    ),
    "a county's prosecutor before the name is a title; 'Then' opens no name": (
        "“Families slept in their coats,” Dunmore County Prosecutor Adaeze Morrow said.\n\nThen Tunde Okonjo "
        "rose above two defenders. “I just closed my eyes,” Okonjo said.",
        ["Adaeze Morrow", "Tunde Okonjo"],
    ),
    "a name no first-name list knows is someone's when its surname alone speaks, not a place's": (
        "Tunde Okonjo scored twice. “I attacked it,” Okonjo said.\n\nKwabena Mensah watched. “Awful,” said a "
        "fan from Mensah.",
        ["Tunde Okonjo", "fan from Mensah"],
    ),
    "'the Harbor City coach' is the coach the article gave that club, not the last coach named": (
        "Nico is the son of Harbor City head coach Glen Vasquez.\n\n“It was a yellow,” Rivermont coach Sandra "
        "Whitcombe said.\n\n“We’ve given ourselves a chance,” the Harbor City coach said.",
        ["Sandra Whitcombe", "Glen Vasquez"],
    ),
    "'according to' a body's report: the body's words, not the sentence's subject's": (
        "Luis Arancibia got a red card for “serious foul play,” according to the North Atlantic Soccer League’s "
        "official match report.\n\nHelen Marsh runs the ward. According to the Care Standards Inspectorate’s most "
        "recent report, the ward was “overcrowded.”",
        ["North Atlantic Soccer League", "Care Standards Inspectorate"],
    ),
    "'The operator, Minera Altoandina,' is a body no word of its name says; 'the group' is the body just named": (
        "The operator, Minera Altoandina, said it was “deploying every resource.” “Our priority is to bring them "
        "home,” the company said.\n\nSen. Ana Ruiz spoke in the Senate.\n\nThe Rio Paloma Growers Cooperative "
        "said members would “fight this.” “Call today,” the group wrote.",
        ["Minera Altoandina", "Minera Altoandina", "Rio Paloma Growers Cooperative", "Rio Paloma Growers Cooperative"],
    ),
    "a party tag ending a sentence ('D-N.M. The New Mexico Democrat') gives the label, names no one new": (
        "“It is theft,” countered Sen. Teodoro Aybar, D-N.M. The New Mexico Democrat said he would “claw back "
        "every dollar.”",
        ["Teodoro Aybar", "Teodoro Aybar"],
    ),
    "'That nurse' is the nurse, as 'the nurse' is": (
        "That nurse, a mother of two, said staff had been told off. “It is still a corridor,” she said.\n\n"
        "The nurse, Gemma Rourke, has worked there for years.",
        ["Gemma Rourke"],
    ),
    "an appositive's head noun says a name no first-name list knows is someone's ('a coral biologist at …')": (
        "Obinna Esterhuizen, a coral biologist at the Lindqvist Marine Institute, called the study “careful.”\n\n"
        "Paul Marchetti said sites were excluded. “We were aware,” he said.\n\n“Nothing disappears down there,” "
        "the Lindqvist biologist said.",
        ["Obinna Esterhuizen", "Paul Marchetti", "Obinna Esterhuizen"],
    ),
    "a lede about someone described, with only a term in it, gives the next paragraph's 'she' its speaker": (
        "CARROW ISLAND — The woman who has kept the light burning since 1988 does not care for the word “lonely.”"
        "\n\n“Lonely is for people who are waiting,” she says.\n\nAgnes Brandvold is 71.",
        [None, "Agnes Brandvold"],
    ),
    "German 'heißt es darin': the words of the statement just read, never someone called 'es darin'": (
        "Language: de\nDie Angeklagte Heike Lindner ließ über ihre Verteidigerin eine Erklärung verlesen. „Ich habe "
        "Fehler gemacht“, heißt es darin.",
        ["Heike Lindner"],
    ),
    "an adverb between an inverted verb and its subject ('dit simplement le trentenaire')": (
        "Language: fr\nKarim Belhadj, 34 ans, a sauvé trois enfants. « N’importe qui aurait fait pareil », dit "
        "simplement le trentenaire. « J’ai des enfants », souffle alors le père de famille.",
        ["Karim Belhadj", "Karim Belhadj"],
    ),
    "a paragraph opening on a role nobody has, then quoting someone it names, gives them the role": (
        "Language: de\nDie Brücke ist gesperrt. Die Bürgermeisterin stellte sich den Fragen. „Ich weiß, was das "
        "heißt“, sagte Sabine Kessler.\n\nJonas Kessler widersprach. „Das ist falsch“, sagte Kessler.\n\n"
        "Die Bürgermeisterin wies das zurück. „Jede Entscheidung war richtig“, sagte sie.",
        ["Sabine Kessler", "Jonas Kessler", "Sabine Kessler"],
    ),
    "Nordic verbs of asking, hoping and pointing out take a partial quote as speech": (
        "Language: no\nGunn Iren Myklebust er ordfører. Hun ber folk om å «ikke reise ut unødig».\n\n"
        "Espen Rognli er trener. Han trekker fram lagets «ekstreme arbeidsmoral».",
        ["Gunn Iren Myklebust", "Espen Rognli"],
    ),
    "Nordic 'lød det fra' (past of 'lyder det fra') is according to": (
        "Language: da\nHenrik Dalsgaard talte længe. ”Det har vi hørt før”, lød det fra en mand bagerst i salen.",
        ["mand"],
    ),
    "German: 'das Wirtschaftsministerium des Landes' is the ministry; a Krankenkasse is a body": (
        "Language: de\nHenrik Brauer ist Betriebsrat. »Wir stehen in engem Austausch«, teilte das "
        "Wirtschaftsministerium des Landes mit.\n\nRichterin Annette Grabowski eröffnete. Die Nordwestliche "
        "Betriebskrankenkasse erklärte in einer Stellungnahme: „Jeder Euro fehlt.“",
        ["Wirtschaftsministerium", "Nordwestliche Betriebskrankenkasse"],
    ),
    "'according to a statement from' a body whose name holds a title and a possessive": (
        "According to a statement from the Dunmore County Prosecutor's Office, the driver was “travelling at twice "
        "the speed limit.”",
        ["Dunmore County Prosecutor's Office"],
    ),
    "a source who 'has not been named' or will 'anonym bleiben' is not the next person named": (
        "The bus driver, who has not been named, said the brakes “just went soft.” Passenger Rita Morales, 67, "
        "said the driver had been “a hero.”",
        ["bus driver", "Rita Morales"],
    ),
    "German 'die anonym bleiben möchte' keeps the speaker unnamed": (
        "Language: de\n„Uns hat niemand gefragt“, sagt eine Mitarbeiterin, die anonym bleiben möchte. "
        "Geschäftsführer Oliver Janssen verteidigt die Entscheidung: „Die Umstellung sichert alle Arbeitsplätze.“",
        ["Mitarbeiterin", "Oliver Janssen"],
    ),
    "Nordic age labels ('sa 23-åringen efteråt') are the one of that age": (
        "Language: sv\nElin Ståhl, 23, och lagkamraten Sara Berg, 31, tog dubbelseger.\n\n”Jag visste inte att "
        "jag hade det i benen”, sa 23-åringen efteråt. ”Det är min bästa placering”, sa 31-åringen.",
        ["Elin Ståhl", "Sara Berg"],
    ),
    "a Nordic party label ('Frp-politikeren', 'Venstre-politikeren') is the one whose brackets give that party": (
        "Language: no\nStortingsrepresentant Morten Lie (Frp) og statssekretær Hilde Aune (Ap) møttes.\n\n«Folk "
        "betaler regningen», sa Frp-politikeren.",
        ["Morten Lie"],
    ),
    "a Danish party label ('Venstre-politikeren') is the one tagged (V)": (
        "Language: da\nBorgmester Lise Holm (S) og rådmand Peter Krogh (V) er uenige. «Det er spild af penge», "
        "siger Venstre-politikeren.",
        ["Peter Krogh"],
    ),
    "French 'le rapport annuel de la Cour régionale des comptes' is the Cour's": (
        "Language: fr\nD'après le rapport annuel de la Cour régionale des comptes, la gestion a été « gravement "
        "défaillante ».",
        ["Cour régionale des comptes"],
    ),
    "German 'Laut einer Mitteilung des Bistums Rotheim' is the Bistum's": (
        "Language: de\nDer Pfarrer der Gemeinde St. Martin wird versetzt. Laut einer Mitteilung des Bistums Rotheim "
        "erfolgt der Wechsel „auf eigenen Wunsch“.",
        ["Bistum Rotheim"],
    ),
    "according to a company's own report, in Nordic genitives, English possessives and before German 'zufolge'": (
        "Language: sv\nEnligt Norrvirkes årsredovisning gick 2023 ”betydligt sämre än väntat” för bolaget. Vd "
        "Peter Almgren säger att sparprogrammet ska skärpas.",
        ["Norrvirke"],
    ),
    "Danish 'Ifølge Danværk Energis årsrapport' is the company's": (
        "Language: da\nIfølge Danværk Energis årsrapport blev 2023 »et år med høj indtjening«. Direktør Søren Holt "
        "vil foreslå et udbytte.",
        ["Danværk Energi"],
    ),
    "'according to Vantix's own privacy policy' is the company's": (
        "The firm “does not sell customer data,” according to Vantix's own privacy policy.",
        ["Vantix"],
    ),
    "German 'Dem Jahresbericht der Stiftung Kinderhilfe zufolge' is the foundation's": (
        "Language: de\nDem Jahresbericht der Stiftung Kinderhilfe zufolge ist die Zahl „so stark gestiegen wie nie "
        "zuvor“. Stiftungsvorständin Elke Maurer sagte, man brauche Hilfe.",
        ["Stiftung Kinderhilfe"],
    ),
    "'Rail operator Westlink said': the body after its kind, not the word before it": (
        "The Transport Workers' Guild said its members voted to strike.\n\nRail operator Westlink said it was "
        "“disappointed” by the result.",
        ["Westlink"],
    ),
    "a lede's 'The defendant's mother wept …' is whom 'she said' means, named in the next paragraph": (
        "The defendant's mother wept in the public gallery as the verdict was read. Outside, she said her son had "
        "been “failed by everyone.”\n\nPatricia Nolan, 62, said the family would consider an appeal.",
        ["Patricia Nolan"],
    ),
    "a lede about someone a body's possessive describes ('Portside United's new head coach …') gives 'he said'": (
        "Portside United's new head coach spent his first press conference promising patience. “Nobody will see a "
        "finished team,” he said.\n\nThe coach, Jonas Meyer, joined last month. Chairman Raymond Tully said Meyer "
        "was the first choice.",
        ["Jonas Meyer"],
    ),
    "'the Briton' is not the Spaniard just named; 'le gardien', 'le technicien' are someone": (
        "Oliver Hastings beat Spain's Diego Mora 6-4, 3-6, 7-5.\n\n“I was running on empty,” the Briton said.",
        ["Oliver Hastings"],
    ),
    "French nouns in -ien are someone; how they speak is not who ('d'une voix faible')": (
        "Language: fr\nLe gardien Mathieu Lenoir a brillé.\n\n« On a tenu », a résumé le gardien.\n\n"
        "« Je regrette », a déclaré un technicien d'une voix faible.",
        ["Mathieu Lenoir", "technicien"],
    ),
    "'die Frau', 'the man' is the unnamed one just met, not the one of that gender named before": (
        "Language: de\nUlrike Brandtner leitet das Werk. Eine Maschinenbedienerin hat es über das Handy erfahren. "
        "»Nicht vom Chef. Vom Handy«, sagte die Frau.",
        ["Maschinenbedienerin"],
    ),
    "'the man' is the unnamed father just met, not the woman named before": (
        "Marta Nowak works there. A father in a paint-spattered work jacket stood by. “Today he did,” the man said.",
        ["father in a paint-spattered work jacket"],
    ),
    "Nordic 'ifølge en ny rapport fra X' is X's, not the researcher named after": (
        "Language: no\nIfølge en ny rapport fra Norsk Klimasenter er situasjonen «langt mer alvorlig enn antatt». "
        "Forsker Liv Haugland mener rapporten er grundig.",
        ["Norsk Klimasenter"],
    ),
    "review: Even, Still and Just are names, not adverbs that open a sentence": (
        "Language: no\nTrener Even Berg var fornøyd. – Vi spilte godt, sier Even Berg.",
        ["Even Berg"],
    ),
    "review: 'Dr. Sarah Still', 'Just Eat' keep their words": (
        "“It was fast,” said Dr. Sarah Still, a physicist.\n\nJust Eat said the change was “overdue.”",
        ["Sarah Still", "Just Eat"],
    ),
    "review: a paragraph's role goes to no one named with a title of their own ('Judge Anna Weber')": (
        "The defendant sat silent as the verdict was read. “This was cruel,” said Judge Anna Weber.\n\n“I am "
        "sorry,” the defendant said.",
        ["Anna Weber", "defendant"],
    ),
    "review: 'the group' after 'a group of parents' is theirs, not the body named before": (
        "The Harlow School District closed the school. A group of parents gathered outside. “We want answers,” the "
        "group said.",
        ["group"],
    ),
    "a Nordic label with its article ('Direktøren, Henrik Dahl,') names the direktør quoted unnamed": (
        "Language: da\nKommunens tekniske direktør erkender, at renoveringen er blevet dyrere.\n\n»Vi har fået "
        "nogle overraskelser,« siger han.\n\nDirektøren, Henrik Dahl, forventer flere udgifter.",
        ["Henrik Dahl"],
    ),
    "a town's office named by its place ('die Stadt Altenwald', 'la préfecture de la Haute-Corbière') speaks later": (
        "Language: de\nDie Brücke bleibt gesperrt, teilte die Stadt Altenwald am Freitag mit. „Die Schäden sind "
        "größer“, hieß es in der Mitteilung.",
        ["Stadt Altenwald"],
    ),
    "French 'la préfecture de la Haute-Corbière', then 'précise la préfecture'": (
        "Language: fr\nLa route restera fermée, indique la préfecture de la Haute-Corbière dans un communiqué. "
        "« Des blocs menacent », précise la préfecture.",
        ["préfecture de la Haute-Corbière"],
    ),
    "French: 'le coach' is the entraîneur; 'Le coach puise aussi' ends at its verb": (
        "Language: fr\nL’entraîneur, Yannick Ferrand, 52 ans, ne boude pas son plaisir.\n\nLe coach puise aussi "
        "dans la littérature. « J’en lis une page avant les matchs », sourit-il.",
        ["Yannick Ferrand"],
    ),
    "a role acronym before the name ('The family's MP, Helen Roe'), then 'the Labour MP for …'": (
        "The family’s MP, Helen Roe, has written to the bank. The Labour MP for Eastwick North said: "
        "‘She did nothing wrong.’",
        ["Helen Roe"],
    ),
    "a longer label for the one just named: 'the 58-year-old former agronomist', 'the retired dinner lady'": (
        "Prime Minister Tomas Brell said on Tuesday that he would not sign.\n\n“The valley is not a chip,” the "
        "58-year-old former agronomist said.\n\nPatricia Lowe, 61, lost her savings.\n\n‘He knew my name,’ the "
        "retired dinner lady said.",
        ["Tomas Brell", "Patricia Lowe"],
    ),
    "a lede quoted before anyone is named: the one the next paragraph opens on, if the pronoun fits": (
        "The novelist arrives at the café early. “I’m always early,” she says.\n\nMargit Sollen, 49, has "
        "written four novels.",
        ["Margit Sollen"],
    ),
    "a lede quoting a man, then a paragraph opening on a woman: not her words": (
        "The skipper waves from the quay. “Late again,” he says.\n\nIngrid Haug, 52, runs the harbour.",
        [None],
    ),
    "an unnamed speaker a pronoun spoke for has its gender: 'she says' next is not him": (
        "Margit Sollen writes novels. “My neighbour laughs at me,” Sollen says.\n\nThat neighbour, a retired "
        "mechanic, tells it differently. “I never laughed,” he says.\n\n“Grief is like weather,” she says.",
        ["Margit Sollen", "neighbour", "Margit Sollen"],
    ),
    "'She noted' opening a paragraph is the one person the paragraph before named, whose gender no list knows": (
        "Hana Ishida led the study. “We were surprised,” Ishida said.\n\n“This is clever,” said Prof. Oluwaseun "
        "Adeyemi, who reviewed the findings.\n\nShe noted that the study was small. “I’d want to see it "
        "repeated,” she said.",
        ["Hana Ishida", "Oluwaseun Adeyemi", "Oluwaseun Adeyemi"],
    ),
    "'said the study's lead author, marine ecologist Dr. Hana Roe': the name after the role words": (
        "“It’s like turning the lights on,” said the study’s lead author, marine ecologist Dr. Hana Roe of Port "
        "Selwyn.",
        ["Hana Roe"],
    ),
    "German: 'erzählt Jonas Brandt, der Ältere' (the article is no role word before a name)": (
        "Language: de\nJonas und Lukas Brandt spielen im selben Team.\n\n„Wir haben als Kinder gespielt“, "
        "erzählt Jonas, der Ältere. „Lukas hat immer verloren.“",
        ["Jonas Brandt", "Jonas Brandt"],
    ),
    "a body's office speaks for the body; 'the Morvanian government' keeps its adjective": (
        "Rain fell all night. “This was a very intense band,” the National Weather Service office in Carlow said."
        "\n\nThe Morvanian government said in a statement that talks would go on “at the working level.”",
        ["National Weather Service", "Morvanian government"],
    ),
    "someone brought in unnamed ('a truck driver') is whom 'the driver' means, not the last one named": (
        "Mayor Per Lund closed the road.\n\nThe slide was found by a truck driver at 4 a.m.\n\n“I saw a wall of "
        "stone,” the driver said.",
        ["truck driver"],
    ),
    "Norwegian: 'en lastebilsjåfør', then 'sier sjåføren'": (
        "Language: no\nOrdfører Per Arne Lund stengte veien.\n\nRaset ble oppdaget av en lastebilsjåfør klokken "
        "04.20.\n\n– Jeg så bare en vegg av stein, sier sjåføren.",
        ["lastebilsjåfør"],
    ),
    "French: 'Joint par téléphone, un cadre de l'entreprise, qui …, a indiqué': the cadre, no one named Joint": (
        "Language: fr\nPaul Garnier habite ici.\n\nJoint par téléphone, un cadre de l'entreprise, qui a souhaité "
        "garder l'anonymat, a indiqué que les salariés étaient en chômage « pour quelques jours ». « Je ne veux pas "
        "spéculer », a-t-il ajouté.",
        ["cadre de l'entreprise", "cadre de l'entreprise"],
    ),
    "a label opening the sentence after someone named is theirs from then on ('The former teacher …')": (
        "Tom Hale, 58, runs a bakery. The former teacher has lived here since 1990.\n\nMayor Ann Roe disagreed. "
        "“It is too expensive,” she said.\n\n“We start at nine,” said the teacher.",
        ["Ann Roe", "Tom Hale"],
    ),
    "German: '… Martina Kessler. Die 41-jährige Lehrerin …', later 'sagte die Lehrerin'": (
        "Language: de\n„Wir sammeln ab Samstag“, sagte Martina Kessler. Die 41-jährige Lehrerin wohnt seit 2009 "
        "hier.\n\nBürgermeisterin Ayşe Demir widersprach. „Das Bad ist zu teuer“, sagte sie.\n\n„Wir fangen um neun "
        "an“, sagte die Lehrerin.",
        ["Martina Kessler", "Ayşe Demir", "Martina Kessler"],
    ),
    "'un argument' is a thing, whatever its ending: 'dit-il' is the man just named": (
        "Language: fr\nC'est un argument que Stéphane Moreau préfère ignorer. « Ce sera onze joueurs », dit-il.",
        ["Stéphane Moreau"],
    ),
    "'Brightwater Securities' is a firm; the Securities and Exchange Commission is none": (
        "Corwin Foods filed its results with the Securities and Exchange Commission.\n\nAnalysts at Brightwater "
        "Securities were upbeat. “The targets look conservative,” the firm wrote in a note.",
        ["Brightwater Securities"],
    ),
    "a body's administration or management speaks for the body just named; a town's only for a town": (
        "Language: sv\nBadplatsen stängs, skriver Norrviks kommun i ett pressmeddelande. ”Provtagningen visar "
        "förhöjda halter”, skriver förvaltningen.\n\nFöreningen Rädda Badet protesterar. Enligt förvaltningens "
        "underlag sparar kommunen ”fyra miljoner”.",
        ["Norrviks kommun", "Norrviks kommun"],
    ),
    "French: 'la direction' is the firm's": (
        "Language: fr\nVernay Industries ferme son usine. Dans un communiqué, la direction évoque « une décision "
        "difficile ».",
        ["Vernay Industries"],
    ),
    "'according to Corwin's filing': Corwin Foods, the one body named so": (
        "Corwin Foods said it would buy Palisade.\n\nAccording to Corwin's filing, the company \"may be required to "
        'divest certain brands."',
        ["Corwin Foods"],
    ),
    "French: 'selon le cabinet du ministre' is the minister's office, not the minister": (
        "Language: fr\nLe ministre de l'Éducation, Jean-François Lacasse, a visité l'école.\n\nSelon le cabinet du "
        "ministre, une vérification sera exigée « dans les prochains jours ».",
        ["cabinet du ministre"],
    ),
    "'Halvorsen Freight Lines said in a statement': a body, so 'the carrier' and 'it' are it; not Tavita Fuimaono": (
        "Halvorsen Freight Lines said in a statement that the depot would stay “closed until further notice.”\n\n"
        "The carrier said about 140 drivers were affected. “We apologise,” it said.\n\nTavita Fuimaono said in a "
        "statement that the vote was “rushed.”\n\nMark Hale disagreed.\n\n“I will appeal,” she said.",
        ["Halvorsen Freight Lines", "Halvorsen Freight Lines", "Tavita Fuimaono", "Tavita Fuimaono"],
    ),
    "'One of them said': one of the group the article spoke of": (
        "Two people familiar with the talks said a deal was “close.” One of them said the text was “90 percent done.”",
        ["people familiar with the talks", "person familiar with the talks"],
    ),
    "French: 'la municipalité' is the mairie named before; 'la municipalité de Corlay' is its own": (
        "Language: fr\nLa mairie de Vernès a annoncé la fermeture. « C'est une décision difficile », indique la "
        "municipalité dans un communiqué.\n\n« Rien n'est décidé », indique la municipalité de Corlay.",
        ["mairie de Vernès", "municipalité de Corlay"],
    ),
    "'Brightwater Homes' is a firm, 'the company' it": (
        'Brightwater Homes wants to build 300 houses. The company says the project would bring "needed" housing.',
        ["Brightwater Homes"],
    ),
    "French: 'le ministère des Transports' is a body named by its field; 'le Ministère' later is it": (
        "Language: fr\nLe ministère des Transports a fermé le pont. « C'est nécessaire », indique le ministère."
        "\n\nLe Ministère précise que la structure devait être remplacée « d'ici 2028 ».",
        ["ministère des Transports", "ministère des Transports"],
    ),
    "'Asked whether Falconer would play, the 51-year-old said': not Falconer, whom the question names": (
        "Manager Steve Hadley was calm. “We’ll see,” Hadley said.\n\nDion Falconer did not train on Friday.\n\n"
        'Asked whether Falconer would be in the squad, the 51-year-old said: "If he\'s fit, he plays."',
        ["Steve Hadley", "Steve Hadley"],
    ),
    "'A senior doctor at the hospital said' is someone new, not Dr Greaves named before": (
        "The hospital failed its inspection.\n\nDr Alison Greaves, the medical director, apologised.\n\nThe report "
        "was published on Tuesday.\n\nA senior doctor at the hospital said morale was “the lowest I have known it.”",
        ["senior doctor at the hospital"],
    ),
    "'Kimi Harada, a spokeswoman for the Red Cross, said': the appositive is hers": (
        "Kimi Harada, a spokeswoman for the Red Cross, said the agency would help. “Our job is to get them through,” "
        "she said.",
        ["Kimi Harada"],
    ),
    "'Robin Ashe, 34, and her brother, Tom': Robin is a woman, whatever a list says of the name": (
        "Robin Ashe, 34, and her brother, Tom, run the farm.\n\n“It’s hard,” she said.",
        ["Robin Ashe"],
    ),
    "French: 'Novalis Chimie Bréval a indiqué dans un communiqué': a body, so 'l'entreprise' is it": (
        "Language: fr\nNovalis Chimie Bréval a indiqué dans un communiqué que l'usine resterait fermée. « Nous "
        "sommes mobilisés », écrit l'entreprise.",
        ["Novalis Chimie Bréval"],
    ),
    "French 'Il y a trois ans' gives no one a gender: 'dit-elle' is Dominique Martin": (
        "Language: fr\n« Nous sommes prêts », a déclaré Dominique Martin.\n\nIl y a trois ans, elle avait fermé "
        "l'usine. « C'était dur », dit-elle.",
        ["Dominique Martin", "Dominique Martin"],
    ),
    "'the anchor' is someone (a role's ending is not always a thing's)": (
        "Dana Roe, the anchor, opened the show.\n\n“Good evening,” said the anchor.",
        ["Dana Roe"],
    ),
    "German: 'gemeinsam mit ihrem Mann, Tobias' (a dative possessive) names her husband": (
        "Language: de\nWolfsexperte Michael Sturm warnt. »Er kommt wieder«, sagte Sturm.\n\nAnna Berger betreut "
        "die Herde gemeinsam mit ihrem Mann, Tobias. »Ich fahre jede Nacht raus«, sagte er.",
        ["Michael Sturm", "Tobias Berger"],
    ),
    "Norwegian: 'Kari Nygård, som er søster av ordføreren' is a woman: 'sier hun' is her": (
        "Language: no\nGeolog Ingrid Solheim har vært på stedet.\n\nButikken drives av Kari Nygård, som er søster "
        "av ordføreren.\n\n– Folk har hamstret melk og brød, sier hun.",
        ["Kari Nygård"],
    ),
    "Danish: 'Sønderlund Kommunes udvalg' names the municipality, so 'skriver kommunen' is it": (
        "Language: da\nDet foreslår et flertal i Sønderlund Kommunes teknik- og miljøudvalg.\n\n»Sejlplanen er ikke "
        "bæredygtig«, skriver kommunen i et notat.",
        ["Sønderlund Kommune"],
    ),
    "'Ledesma said' is Tomás Ledesma Arriaga (a first surname), not Carla Ledesma named further on": (
        "“Every minute counts,” said Tomás Ledesma Arriaga, head of the agency.\n\nLedesma said the search would go "
        "on “for as long as there is any possibility.”\n\nHis deputy, Carla Ledesma, was less hopeful.",
        ["Tomás Ledesma Arriaga", "Tomás Ledesma Arriaga"],
    ),
    "'Inspectors highlighted the case … They said': the inspectors, not the trust quoted before": (
        "The trust said it accepted the findings. “We are sorry,” the trust said in a statement.\n\nInspectors "
        "highlighted the case of a woman who spent four days on a trolley. They said she had been moved “at least "
        "seven times.”",
        ["trust", "inspectors"],
    ),
    "French: 'l'édile' is the maire, not his deputy quoted last": (
        "Language: fr\nLe maire, Jean Dupuis, reste prudent. « Rien n'est fait », dit-il. Son adjointe, Claire "
        "Morel, est plus optimiste : « On y croit. »\n\n« Il faut attendre l'étude », insiste l'édile.",
        ["Jean Dupuis", "Claire Morel", "Jean Dupuis"],
    ),
    "French: 'Sa voisine acquiesce : « … »' is someone new (a neighbour is no relative)": (
        "Language: fr\n« C'est un drame », résume un habitant, la soixantaine. Sa voisine acquiesce : « On n'a plus "
        "rien. »",
        ["habitant", "voisine"],
    ),
    "'A 67-year-old retired farmer … ‘…’' then 'Seamus Tolan said …': the farmer is named; not 'Council Member …'": (
        "The unit was promised in 2019.\n\nThe board met on Monday.\n\nPatients are angry.\n\nA 67-year-old retired "
        "farmer has been driving to Dublin five days a week. “You leave the house at half five,” he said.\n\nSeamus "
        "Tolan said his wife drives him most days.\n\n“I’ve paid taxes for 51 years,” said an 80-year-old woman from "
        "Northgate.\n\nCouncil Member Ruth Abernathy said she would not support the cuts.",
        ["Seamus Tolan", "80-year-old woman from Northgate"],
    ),
    "Norwegian: 'sier ordfører i Sørvik kommune, Ragnhild Sæther (Sp)': the name after the role's place": (
        "Language: no\n– Folk er slitne nå, sier ordfører i Sørvik kommune, Ragnhild Sæther (Sp).",
        ["Ragnhild Sæther"],
    ),
    "British court reports: 'Defending, Simon Pryce said' makes him 'the solicitor'; 'of Chapel Lane' is a street": (
        "Graham Whitlow, 61, of Chapel Lane, admitted eleven offences.\n\nDefending, Simon Pryce said his client "
        'had been caring for his wife. Mr Whitlow had since sold two houses.\n\n"He is not a wealthy man," the '
        "solicitor said.",
        ["Simon Pryce"],
    ),
    "'A 78-year-old man was waiting' then 'said the 78-year-old': the man brought in, not the mayor": (
        "Mayor Erik Lund closed the pool.\n\nA 78-year-old man was waiting outside. He has swum there for 40 "
        "years.\n\n“Where do we go now?” said the 78-year-old, who did not want his name published.",
        ["78-year-old man"],
    ),
    "'A 19-year-old amateur … said …' then '“…,” said the teenager, a bantamweight named Chloe Mair': both hers": (
        "Kiera Dunleavy trains six days a week.\n\nA 19-year-old amateur who spars with Dunleavy said the sessions "
        "were “honestly scary.” “She's stopped pulling her shots,” said the teenager, a bantamweight named Chloe "
        "Mair.",
        ["Chloe Mair", "Chloe Mair"],
    ),
    "'Dessen Vorsitzender …' then '„…“, sagt Thomas Brandl' in the same paragraph: the chairman is named": (
        "Language: de\nUnterstützung bekommt die Rathausmehrheit vom Gewerbeverein. Dessen Vorsitzender, der seit "
        "1998 ein Schuhgeschäft führt, hält das Parkhaus für „überlebenswichtig“. „Die Leute fahren nach Ebersried, "
        "weil sie dort parken“, sagt Thomas Brandl.",
        ["Thomas Brandl", "Thomas Brandl"],
    ),
    "'La présidente de l'association … juge le projet « vital ».' then '« … », affirme Martine Leroy'": (
        "La présidente de l'association des commerçants juge le projet « vital ». « Les gens vont au centre "
        "commercial parce qu'ils peuvent se garer », affirme Martine Leroy.",
        ["Martine Leroy", "Martine Leroy"],
    ),
    "a speaker named with a role of her own in the next paragraph is not the unnamed mother quoted before": (
        "Au marché, jeudi, on ne parlait que de ça. « Mes enfants ont toussé toute la nuit », dit une mère de "
        "famille. « Moi, je n'ai rien senti », lui répond un commerçant.\n\nLe maire, Denis Fontaine, a annoncé "
        "une réunion. « Les gens ont besoin d'entendre les experts », a déclaré Denis Fontaine.",
        ["mère de famille", "commerçant", "Denis Fontaine"],
    ),
    "'over the objections of Western Republicans who called it “…”': the ones the 'who' stands for": (
        "A Senate committee advanced a drought bill Tuesday, over the objections of Western Republicans who "
        'called it "a federal land grab." The plan drew fire from Sen. Jane Roe, R-Okla., who called it '
        '"reckless." The board backed it too, angering teachers who described it as "a slap in the face."',
        ["Western Republicans", "Jane Roe", "teachers"],
    ),
    "'Her brother, Okke, works the ramp': a first name no list knows, set apart by commas, is her relative's": (
        'Maria Lindqvist runs the ferry. Her brother, Okke, works the ramp.\n\n"She never stops," Okke said. '
        '"He never listens," Lindqvist said.',
        ["Okke Lindqvist", "Maria Lindqvist"],
    ),
    "'un éleveur de Saint-Ferjeux … dit' is not the woman named in the next paragraph ('explique Léa Fontanel')": (
        "Joint par téléphone, un éleveur de Saint-Ferjeux dit comprendre « la colère des gars ».\n\n"
        "« Je ne sais pas si on me reprendra », explique Léa Fontanel.",
        ["éleveur de Saint-Ferjeux", "Léa Fontanel"],
    ),
    "'the Lake Corran Water Authority': a lake's name starts the body's name": (
        '"Do not boil it," the Lake Corran Water Authority said in a statement.\n\nThe authority said it would '
        'lift the advisory only after "two consecutive clean rounds."',
        ["Lake Corran Water Authority", "Lake Corran Water Authority"],
    ),
    "'the state Department of Environmental Quality said', later 'the department said': the department": (
        '"We sent two teams," the state Department of Environmental Quality said.\n\n"We are sampling every '
        'hour," the department said in an email. "Every point," the federal Bureau of Land Management said.',
        ["Department of Environmental Quality", "Department of Environmental Quality", "Bureau of Land Management"],
    ),
    "'a retired bus driver pushing a cart' is the retired bus driver; 'a man holding the banner' keeps the banner": (
        'A retired bus driver pushing a cart said: "Every summer it\'s green." "They tell us it\'s fine," said a '
        "man holding the banner.",
        ["retired bus driver", "man holding the banner"],
    ),
    "'said the study's lead author, a behavioural ecologist …' then 'The researcher, Dr. Ilse Vandermeer,'": (
        '"We expected a shift of maybe 20 minutes," said the study\'s lead author, a behavioural ecologist who '
        "spent four springs recording birds.\n\nThe researcher, Dr. Ilse Vandermeer of the University of Kessling, "
        "and her colleagues fitted 214 blackbirds with sensors.",
        ["Ilse Vandermeer"],
    ),
    "a lede's 'woman at the wheel' is whom the next paragraph names as its subject after what opens it": (
        'The woman at the wheel of the Kittiwake has a habit of talking to the boat. "Come on, old girl," she '
        'mutters.\n\nIt will not be one more time for much longer. On Friday, after 38 years, Margaret "Peg" '
        'Lindqvist will hand the wheel to someone else.\n\n"People keep asking if I\'m sad," Lindqvist said.',
        ["Margaret Lindqvist", None, "Margaret Lindqvist"],
    ),
    "'Her deputy …, a soft-spoken former fisherman, watches her …' then 'he said': the deputy, named later": (
        '"People keep asking if I\'m sad," Margaret Lindqvist said.\n\nHer deputy for the past 11 years, a '
        'soft-spoken former fisherman, watches her bring the boat alongside. "She can put this boat against the '
        'quay," he said.\n\nThe deputy, Owen Treharne, 52, will take over. "I\'m not replacing her," Treharne said.',
        ["Margaret Lindqvist", "Owen Treharne", "Owen Treharne"],
    ),
    "'according to a regulatory filing': the filing ('-tory' words are no Tory)": (
        'The company expects to book "restructuring charges of $85 million," according to a regulatory filing.',
        ["regulatory filing"],
    ),
    "French verbs in every tense the list has one of ('conteste' → 'a contesté', 'relativise' → 'relativisait')": (
        "Language: fr\nLe procès s'est ouvert lundi.\n\n« Je n'ai jamais dit ça », a contesté Gérard Pommeret. "
        "« Il a eu peur », relativisait Me Claire Roux.",
        ["Gérard Pommeret", "Claire Roux"],
    ),
    "people no ending tells: 'a témoigné un ancien collègue de la victime', 'siger en kunde'": (
        "Language: fr\nLe procès s'est ouvert.\n\n« On devait finir avant les congés », a témoigné un ancien "
        "collègue de la victime.",
        ["ancien collègue de la victime"],
    ),
    "Danish 'siger en kunde'": (
        "Language: da\nButikken blev røvet mandag.\n\n»Han havde hætten trukket op,« siger en kunde.",
        ["kunde"],
    ),
    "'The conference said in a statement': the Great Lakes Athletic Conference, not the coach quoted before": (
        'Northgate reached the Great Lakes Athletic Conference tournament final.\n\n"It was a foul," coach Bill '
        'Harrow said.\n\nThe conference said in a statement that it would review the play "as it does with any '
        'play."',
        ["Bill Harrow", "Great Lakes Athletic Conference"],
    ),
    "'Der langjährige Betriebsratschef … „…“, sagte er. Seit 31 Jahren arbeitet Uwe Kämmerer bei Rentsch'": (
        "Language: de\nDer langjährige Betriebsratschef stand vor dem Werkstor. „Man hat uns erzählt, wir seien "
        "das Vorzeigewerk“, sagte er. Seit 31 Jahren arbeitet Uwe Kämmerer bei Rentsch.\n\nDie Beschäftigten, "
        "sagte Kämmerer, hätten „auf Weihnachtsgeld verzichtet“.",
        ["Uwe Kämmerer", "Uwe Kämmerer"],
    ),
    "'The longtime union chief … “…,” he said. For 31 years, Tom Kestrel has worked at Rentsch.'": (
        'The longtime union chief stood at the plant gate. "They told us we were the model plant," he said. For '
        "31 years, Tom Kestrel has worked at Rentsch.",
        ["Tom Kestrel"],
    ),
    "French 'renchérit son voisin de barrage' is the neighbour, not 'son voisin'; 'dit sa mère' stays a relative": (
        "Language: fr\nLes éleveurs bloquent la rocade.\n\n« J'ai un emprunt », renchérit son voisin de barrage.",
        ["voisin de barrage"],
    ),
    "'Nwachukwu and her colleagues say … the bees' “waggle dance”' then 'she said': her, no group is a 'she'": (
        'Amara Nwachukwu led the study. Her colleagues called the result "a real surprise."\n\n'
        "\"It's like watching someone give directions after a bad night's sleep,\" she said.",
        ["colleagues", "Amara Nwachukwu"],
    ),
    "'s'agace un jeune père de famille' is not the woman named by the next paragraph's quote": (
        "Language: fr\nLes évacués attendent. « On voit les fissures s'agrandir », s'agace un jeune père de "
        "famille.\n\n« J'ai dû descendre mes vingt vaches en pleine nuit », raconte Nadia Berclaz.",
        ["jeune père de famille", "Nadia Berclaz"],
    ),
    "Nordic verbs: 'fastholder Solberg', 'kontrar Maria Lindqvist'": (
        "Language: no\nOppdrettsanlegget rømte laks.\n\n– Det målet står vi fortsatt ved, fastholder Solberg.",
        ["Solberg"],
    ),
    "'seinen Sohn Jonas', 'Datteren Ida (14)': the kin noun is no part of the name": (
        "Language: no\nPer Sletten er bekymret. Datteren Ida (14) har regnet ut tiden.\n\n«Det er 17 kilometer», "
        "sier Ida.",
        ["Ida"],
    ),
    "'Das Land Salzburg … teilte das Land mit': the state, as 'die Stadt' is the town": (
        "Language: de\nDas Land Salzburg prüft die Förderung. „Wir fördern keinen defizitären Liftbetrieb“, "
        "teilte das Land in einer Stellungnahme mit.",
        ["Land Salzburg"],
    ),
    "'Ifølge fylkeskommunens egne tall', 'Ifølge kommunens egen analyse': the body whose figures they are": (
        "Language: no\nNordvang fylkeskommune vil kutte rutene.\n\nIfølge fylkeskommunens egne tall hadde "
        "avgangene «færre enn to passasjerer per tur» i fjor.",
        ["Nordvang fylkeskommune"],
    ),
    "a title in Title Case after a work's noun is a term: 'her 1998 book, “Spruce and Maple: Notes From …,”'": (
        'Vera Kowalski has made violins for 41 years, and her 1998 book, "Spruce and Maple: Notes From a Small '
        'Workshop," is still passed around. "I never wanted to write it," she says.',
        [None, "Vera Kowalski"],
    ),
    "German sources after 'nach Angaben'/'laut': 'einer Gerichtssprecherin', 'der Industrie- und Handelskammer'": (
        "Language: de\nRichterin Eva-Maria Dorn verkündete das Urteil. Zudem darf sie nach Angaben einer "
        "Gerichtssprecherin „kein Ehrenamt übernehmen“. Nach Angaben der Industrie- und Handelskammer hängen an "
        "dem Werk „viele Arbeitsplätze“. Laut einer Sprecherin der Behörde soll ein Gutachten „bald“ vorliegen.",
        ["Gerichtssprecherin", "Industrie- und Handelskammer", "Sprecherin der Behörde"],
    ),
    "a nickname given in quotes is a name of the person ('Margaret “Peg” Lindqvist' … 'Peg said')": (
        'On Friday, Margaret "Peg" Lindqvist will hand the wheel to someone else.\n\n"Sleep," Lindqvist said. '
        '"Maybe I\'ll take the ferry," Peg said, laughing.',
        [None, "Margaret Lindqvist", "Margaret Lindqvist"],
    ),
    "'said one of them, a farmer from Dalby': the appositive describes who 'one of them' is": (
        'The White House said aid was coming.\n\nVolunteers were clearing the road. "Nobody asked us to come," '
        "said one of them, a farmer from Dalby.",
        ["farmer from Dalby"],
    ),
    "people no ending tells, in English: 'said a Northgate sophomore who had painted half her face green'": (
        '"He gets the points," Emeka Okafor said.\n\n"I\'ve lost my voice. Totally worth it," said a Northgate '
        "sophomore who had painted half her face green.",
        ["Emeka Okafor", "Northgate sophomore"],
    ),
    "'the area coroner for North Wexshire, Helen Maddox,' is who 'the coroner said' is later": (
        "A coroner has criticised a hospital trust after a retired postman died.\n\nRecording a narrative "
        "conclusion, the area coroner for North Wexshire, Helen Maddox, said the delay had contributed.\n\nMrs "
        'Maddox said she had heard evidence. "I am not satisfied that the lessons have been learned," the coroner '
        "said.",
        ["Helen Maddox"],
    ),
    "French 'Un peu plus loin, un retraité …' opens on where, then who: 'un peu' is no article": (
        "Language: fr\nLa soirée s'achève.\n\nUn peu plus loin, un retraité se montrait plus mesuré. « Je suis "
        "content pour elle », confiait-il.",
        ["retraité"],
    ),
    "French 'Une résidente du rang, qui …, travaille comme …': the verb is no part of who she is": (
        "Language: fr\nLe pont est fermé.\n\nUne résidente du rang, qui a préféré taire son nom, travaille comme "
        "préposée à l'hôpital. « Je pars une demi-heure plus tôt », dit-elle.",
        ["résidente du rang"],
    ),
    "German 'Die Gewerkschaft … reagierte empört': no speech verb, so no one for a later 'heisst es'": (
        "Language: de\nDie Gewerkschaft Werk und Industrie reagierte empört.\n\nIn einer Stellungnahme des "
        "Regierungsrats heisst es, man bedaure den Entscheid «ausserordentlich».",
        ["Regierungsrat"],
    ),
    "a role quoted, a sentence between, then a newcomer's quote: two people (the chairman is not Tom Hill)": (
        'The club\'s chairman called the plans "non-negotiable." Fans were furious. "It\'s a disgrace," said Tom Hill.',
        ["club's chairman", "Tom Hill"],
    ),
    "'un habitant de la commune' is anyone: not the Jean Roy quoted next": (
        "Language: fr\nLe pont est fermé.\n\n« On est coupés du monde », dit un habitant de la commune.\n\n"
        "« Nous rouvrirons en mars », dit Jean Roy.",
        ["habitant de la commune", "Jean Roy"],
    ),
    "'ein Anwohner der Hauptstraße' is anyone: not the Peter Maier quoted next": (
        "Language: de\nDie Brücke ist gesperrt.\n\n„Wir sind abgeschnitten“, sagt ein Anwohner der Hauptstraße."
        "\n\n„Wir öffnen im März“, sagt Peter Maier.",
        ["Anwohner der Hauptstraße", "Peter Maier"],
    ),
    "'Seit 31 Jahren arbeitet er mit Uwe Kämmerer zusammen': Kämmerer is not the subject, not the one quoted": (
        "Language: de\nEin langjähriger Mitarbeiter stand vor dem Tor. „Man hat uns belogen“, sagte er. Seit 31 "
        "Jahren arbeitet er mit Uwe Kämmerer zusammen.",
        ["langjähriger Mitarbeiter"],
    ),
    "a 'who' after a name that has an -ing word in it: 'the Reading Civic Society, who called it …'": (
        'The ruling angered members of the Reading Civic Society, who called it "a disgrace."',
        ["Reading Civic Society"],
    ),
    "'dit le fils de la victime … Il a ajouté': the son, one person, whatever a plural's -s": (
        "Language: fr\nLe procès s'ouvre.\n\n« Il était gentil », dit le fils de la victime. La salle se tait. Il "
        "a ajouté : « Je veux la vérité. »",
        ["fils de la victime", "fils de la victime"],
    ),
    "French 'a été interrogé par': a passive is no one's words ('plan Vélo' is a term)": (
        "Language: fr\nLe conseil s'est réuni.\n\nLe maire, Jean Roy, a été interrogé par Paul Martin sur le "
        "« plan Vélo ».",
        [None],
    ),
    "'The court heard from a nurse who …' then 'she said': the nurse, not the spokeswoman quoted before": (
        '"Demand has outstripped every projection," a spokeswoman for the trust said.\n\nThe court heard from a '
        "nurse who was in charge of the department that night. She told the inquest there had been 61 patients. "
        '"I had people in cupboards," she said.',
        ["spokeswoman for the trust", "nurse"],
    ),
    "'One of the drivers, …, said' is a driver, whom 'the driver said' is next (not the woman named before)": (
        "Anne Vold leads the union.\n\nOne of the drivers, who did not want to be named, said he knows the "
        'passengers by name. "It is a community," the driver said.',
        ["driver"],
    ),
    "Norwegian 'En av sjåførene … sier sjåføren'": (
        "Language: no\nAnne Grethe Vold leder forbundet.\n\nEn av sjåførene, som ikke vil stå fram, sier han "
        "kjenner passasjerene ved navn. «Det er et lokalsamfunn», sier sjåføren.",
        ["sjåfør"],
    ),
    "German 'nach Angaben eines Sprechers der Stadt': the genitive is a spokesman": (
        "Language: de\nDie Stadt Altenwald plant einen Neubau.\n\nNach Angaben eines Sprechers der Stadt soll die "
        "Halle „spätestens 2027“ fertig sein.",
        ["Sprecher der Stadt"],
    ),
    "'A 2023 state audit found … “…”, according to a copy reviewed by reporters': the audit's words": (
        'The authority runs the plant.\n\nA 2023 state audit found that it had "deferred critical maintenance" '
        "for nearly a decade, according to a copy reviewed by reporters.",
        ["state audit"],
    ),
    "'said in a written report': an adjective and a noun, not the verb": (
        "The Fenwick Parks and Recreation Department said in a written report to the council "
        'that the pool "no longer meets current standards."',
        ["Fenwick Parks and Recreation Department"],
    ),
    "'Die IG Metall …. Die Gewerkschaft forderte …': the union": (
        "Language: de\nDie IG Metall Siegtal kündigte Widerstand an. Die Gewerkschaft forderte "
        "das Management auf, „ein tragfähiges Zukunftskonzept“ vorzulegen.",
        ["IG Metall Siegtal"],
    ),
    "'A man sitting at her counter': a possessive opens the noun phrase ('counter' is no verb there)": (
        'A man sitting at her counter laughed. "Put that in the paper," he said.',
        ["man sitting at her counter"],
    ),
    "'La bourgmestre … « … » Véronique Lambotte, à la tête …': a quote opens the naming sentence": (
        "Language: fr\nUn orage a frappé Sorinnes.\n\nLa bourgmestre s’est rendue sur place dès "
        "six heures. « Je comprends la colère des gens. Elle est légitime. » Véronique "
        "Lambotte, à la tête de la commune depuis 2018, convoque un conseil jeudi.\n\nLa "
        "bourgmestre, elle, veut y croire. « Nous avancerons les fonds », a-t-elle assuré.",
        ["Véronique Lambotte", "Véronique Lambotte"],
    ),
    "a court's name before the title, a first name no list knows": (
        '"You were trusted," U.S. District Judge Adaeze Whitcombe told Lessard before the sentence.',
        ["Adaeze Whitcombe"],
    ),
    "'X, 58 ans, comparaissait … Invité à parler, comme le veut la procédure, le prévenu': the one tried": (
        "Language: fr\nJeudi, Jean Dupont, 58 ans, comparaissait devant le tribunal.\n\nSon frère, Yann "
        "Dupont, a témoigné. « Il ne dormait plus », a expliqué Yann Dupont.\n\nInvité à s'exprimer en "
        "dernier, comme le veut la procédure, le prévenu s'est tourné vers la salle. « Pardon », a-t-il dit.",
        ["Yann Dupont", "Jean Dupont"],
    ),
    "'The court sentenced Ray Dunn … the defendant told the judge'": (
        "The court sentenced Ray Dunn on Friday. His brother, Carl Dunn, was in court.\n\n"
        '"He is sorry," Carl Dunn said.\n\n"I let everyone down," the defendant told the judge.',
        ["Carl Dunn", "Ray Dunn"],
    ),
    "French 'Me': a lawyer, later 'l'avocate' (not the man called 'avocat')": (
        "Pour Me Thierry Le Goff, avocat des parties civiles, « le repentir arrive tard ». « Il a menti », "
        "a-t-il souligné.\n\nEn défense, Me Anne-Sophie Morvan a plaidé la « déchéance d'un homme seul ». "
        "« Mon client n'a rien », a fait valoir l'avocate.",
        ["Thierry Le Goff", "Thierry Le Goff", "Anne-Sophie Morvan", "Anne-Sophie Morvan"],
    ),
    "'“…” for scientists, said the lead author, a …': a phrase, then the verb and its subject": (
        "The findings offer “a rare piece of good news” for scientists, said the study’s lead author, a coral "
        "physiologist at Port Elston.\n\n“We are not saying reefs are fine,” said Mireille Castañeda, who led "
        "the fieldwork.",
        ["Mireille Castañeda", "Mireille Castañeda"],
    ),
    "'Albert Grieshaber steht … „…“, sagt er. Seine Frau Monika …': not the woman named next": (
        "Language: de\nHofbesitzer Albert Grieshaber steht vor seiner Scheune. „Es ist alles weg“, sagt er. "
        "Seine Frau Monika Grieshaber war früh wach. „Wir haben die Kühe rausgetrieben“, erzählt Monika Grieshaber.",
        ["Albert Grieshaber", "Monika Grieshaber"],
    ),
    "'Le Goff, lui, se dit « … »': a surname that opens on a particle, not the article 'le'": (
        "Yannick Le Goff est délégué. « On tient », dit-il.\n\nLe Goff, lui, se dit « prêt à discuter dès "
        "demain ». Pour Le Goff, « ça suffit ».",
        ["Yannick Le Goff", "Yannick Le Goff", "Yannick Le Goff"],
    ),
    "'a précisé le commandant du groupement, le colonel Éric Vautrin': a rank after the article": (
        "Les contrôles seront renforcés. « Nous privilégierons la pédagogie », a précisé le commandant du "
        "groupement de gendarmerie, le colonel Éric Vautrin.",
        ["Éric Vautrin"],
    ),
    "'Corliss coach Annette Varga said': a team's one-word name, a role, then the speaker": (
        '"We stopped attacking," Corliss coach Annette Varga said.\n\n"Their bigs are tough," said Corliss '
        "forward Marcus Idowu, who led all scorers.",
        ["Annette Varga", "Marcus Idowu"],
    ),
    "'Sen. Gareth Pell, R-Texas, …' later 'the Texan'": (
        "Sen. Gareth Pell, R-Texas, came to her defense.\n\nSen. Bea Tollison, D-Vt., disagreed. "
        '"No," she said.\n\n"Yes," the Texan said.',
        ["Bea Tollison", "Gareth Pell"],
    ),
    "'The Whitcombes' mother, Renee': a family's plural possessive": (
        "Darius Whitcombe scored 20. His brother Jalen Whitcombe had 12.\n\nThe Whitcombes' mother, Renee, "
        'watched from the fourth row. "I had it made," she said.',
        ["Renee Whitcombe"],
    ),
    "German 'gemäss X' (Swiss spelling) is 'according to X'": (
        "Language: de\nGeologe Reto Zinsli vermisst den Hang. Gemäss Zinsli ist ein Abbruch „nicht ausgeschlossen“.",
        ["Reto Zinsli"],
    ),
    "'„…“, begründete Haslinger das Urteil': the name ends before the verb's object": (
        "Language: de\nRichterin Ingrid Haslinger leitete den Prozess.\n\nDer Senat folgte der Anklage. „Der "
        "Schaden ist groß“, begründete Haslinger das Urteil.\n\n„Es reicht“, sagte Haslinger dem Gericht.",
        ["Ingrid Haslinger", "Ingrid Haslinger"],
    ),
    "'hieß es damals in einer Aussendung der Polizei': an adverb before the document": (
        "Language: de\nRichterin Ingrid Haslinger sprach. „Nein“, sagte sie.\n\nDie Landespolizeidirektion "
        "suchte Opfer. „Die Täter treten seriös auf“, hieß es damals in einer Aussendung der Polizei.",
        ["Ingrid Haslinger", "Landespolizeidirektion"],
    ),
    "'Ihr Gemeinderat Günter Albrecht …': a person after a body's word is mentioned, later 'der 67-Jährige'": (
        "Language: de\nDer Bürgermeister Matthias Kern eröffnete die Sitzung. „Wir müssen sparen“, sagte Kern."
        "\n\nIhr Gemeinderat Günter Albrecht hatte sich nicht festgelegt. „Ich habe hier schwimmen gelernt“, "
        "sagte der 67-Jährige.",
        ["Matthias Kern", "Günter Albrecht"],
    ),
    "'Das kantonale Tiefbauamt … schreibt das Amt': a short noun, the compound that ends on it": (
        "Language: de\nDas kantonale Tiefbauamt prüft eine Notverbindung. „Sie wäre frühestens in drei Wochen "
        "befahrbar“, schreibt das Amt in einer Mitteilung.",
        ["Tiefbauamt"],
    ),
    "'Lise Gagnon habite … « … », raconte-t-elle. Réjean Gagnon, 71 ans, …': hers, not the man named next": (
        "Lise Gagnon habite la rue du Quai avec son mari, Réjean. « Lui, il voulait rester », raconte-t-elle. "
        "Réjean Gagnon, 71 ans, assume : « J'avais mes pompes. »",
        ["Lise Gagnon", "Réjean Gagnon"],
    ),
    "'La mairesse a remercié …': Quebec's feminine mayor is a person's role": (
        "Language: fr\nÀ la mairie, la mairesse Johanne Bérubé a parlé. « On tient », a-t-elle dit.\n\n"
        "Lise Gagnon est là. « Oui », dit-elle.\n\nLa mairesse a remercié les équipes. « On va passer au "
        "travers », a-t-elle conclu.",
        ["Johanne Bérubé", "Lise Gagnon", "Johanne Bérubé"],
    ),
    "French public bodies named by lowercase nouns, after 'par courriel' or 'de son côté'": (
        "Language: fr\nLe maire Thomas Castaing a parlé. « Non », dit-il.\n\n« Des conseillers sont sur place »,"
        " précise par courriel le ministère de la Sécurité publique, qui a dépêché deux employés.\n\n« Nous "
        "sommes en contact », fait savoir de son côté le cabinet du ministre wallon de l'Économie.\n\n« Sans "
        "les moyens aériens, le hameau brûlait », indique le service départemental d'incendie et de secours "
        "(SDIS) dans son rapport.\n\n« Les moyens seront redéployés », indique le rectorat dans un communiqué.",
        [
            "Thomas Castaing",
            "ministère de la Sécurité publique",
            "cabinet du ministre wallon de l'Économie",
            "service départemental d'incendie et de secours",
            "rectorat",
        ],
    ),
    "'La direction de Vernay Industries a confirmé …': the firm speaks; 'Selon la direction …, elle'": (
        "Language: fr\nLe maire Thomas Castaing a parlé. « Non », dit-il.\n\n« C'est fini », a confirmé la "
        "direction de Vernay Industries.\n\nSelon la direction académique, le maintien est « difficile ». Dans "
        "un communiqué, elle précise que la décision est « équilibrée ».",
        ["Thomas Castaing", "Vernay Industries", "direction académique", "direction académique"],
    ),
    "Danish 'siger kommunens tekniske direktør': a body's genitive, an adjective, the role; another body's": (
        "Language: da\nBorgmester Lis Holm har talt. »Nej,« siger hun.\n\n– Vi taler ikke om dage. Vi taler "
        "om uger, siger kommunens tekniske direktør.\n\n– Det er slemt, siger regionens direktør.",
        ["Lis Holm", "kommunens tekniske direktør", "regionens direktør"],
    ),
    "'Fællestillidsrepræsentanten fik beskeden. »…«, siger hun.': the one the article gives the role later": (
        "Language: da\nDirektør Lars Holm har talt. »Nej,« siger han.\n\nFællestillidsrepræsentanten på fabrikken "
        "fik beskeden klokken syv. »Folk græd,« siger hun.\n\nFællestillidsrepræsentant Hanne Østergaard, 53, "
        "har arbejdet her i 29 år.",
        ["Lars Holm", "Hanne Østergaard"],
    ),
    "'Der Antriebsspezialist Kaltenbach will … Das teilte das Unternehmen mit': a firm by its trade": (
        "Language: de\nDer Antriebsspezialist Kaltenbach will 1.200 Arbeitsplätze abbauen. Das teilte das "
        "Unternehmen am Mittwoch mit. Die Nachfrage sei „dauerhaft eingebrochen“, heißt es in einer Mitteilung "
        "des Unternehmens.\n\n„Das ist bitter“, teilte das Unternehmen mit.",
        ["Kaltenbach", "Kaltenbach"],
    ),
    "'Laut Landesstraßendienst ist …': a German compound on -dienst is a body": (
        "Language: de\nLandesrätin Elisabeth Hofstätter sprach. „Wir helfen“, sagte sie.\n\nDas Land stellt laut "
        "Hofstätter Geld bereit. Laut Landesstraßendienst ist die Strecke „nur eingeschränkt befahrbar“.",
        ["Elisabeth Hofstätter", "Landesstraßendienst"],
    ),
    "'Another worker, who asked not to be named …, said …. “…,” he said': another unnamed person": (
        'Harborline Logistics said talks had failed. "We tried," said Dana Cole, a spokeswoman.\n\nAnother '
        "worker, who asked not to be named because he feared retaliation, said buses had come. "
        '"They had buses in the lot Friday," he said.\n\nA lifeguard who has worked at Ashgrove for six summers, '
        'and who asked not to be named, said staff learned of it by text. "We found out the same way," she said.',
        ["Dana Cole", "worker", "lifeguard"],
    ),
    "'The older man, who declined to give his name, sat on Dunaway’s porch': someone unnamed, not Dunaway": (
        'Earl Dunaway, 68, ran over with a hose. "It did nothing," Dunaway said.\n\nThe older man, who declined '
        'to give his name, sat on Dunaway’s porch wrapped in a blanket. "I lost my wife’s pictures," he said.',
        ["Earl Dunaway", "older man"],
    ),
    "'“…,” the woman, who asked that her name not be published, said': not the relative clause's 'asked'": (
        'Earl Dunaway, 68, was sentenced. "It did nothing," Dunaway said.\n\n"I woke up and could not breathe," '
        "the woman, who asked that her name not be published, said in a statement read to the court.",
        ["Earl Dunaway", "woman"],
    ),
    "'reported by a hobbyist in the far north of Norway, who posted: “…”': the hobbyist, not Norway": (
        "The outburst was first reported by a hobbyist in the far north of Norway, who posted on social media "
        'at 3 a.m.: "Is anyone else seeing this?"',
        ["hobbyist in the far north of Norway"],
    ),
    "'”…”, skriver klubben. Enligt klubbens huvudtränare Jonas Berglund … ”…”': the one reported since": (
        "Language: sv\nSimklubben letar efter lösningar. ”Vi förhandlar”, skriver klubben på sin hemsida. Enligt "
        "klubbens huvudtränare Jonas Berglund riskerar stängningen att kosta medlemmar. ”Barnen slutar.”",
        ["Simklubben", "Jonas Berglund"],
    ),
    "'une habitante de 62 ans attend depuis quarante minutes': the age ends the description": (
        "Language: fr\nSur le quai, une habitante de 62 ans attend depuis quarante minutes un car pour Saint-Aubert. "
        "« Je les comprends, hein », soupire-t-elle.",
        ["habitante de 62 ans"],
    ),
    "'Ihr Namensvetter sah es nüchterner: „…“': the other person of the surname": (
        "Language: de\nGemeinderat Josef Huber ist skeptisch. „Nein“, sagte er.\n\nBürgermeisterin Martina Huber "
        "sprach. „Die Vernunft hat gewonnen“, sagte Martina Huber. Ihr Namensvetter sah es nüchterner: „Vertagt "
        "ist nicht verhindert.“",
        ["Josef Huber", "Martina Huber", "Josef Huber"],
    ),
    "'Une auxiliaire de puériculture, qui a requis l'anonymat, raconte avoir « … »': a French role noun": (
        "Language: fr\nLe maire Paul Roy a parlé. « Non », dit-il.\n\nUne auxiliaire de puériculture, qui a "
        "requis l'anonymat, raconte avoir « appris la nouvelle en réunion ». « On nous parle de mobilité. »",
        ["Paul Roy", "auxiliaire de puériculture", "auxiliaire de puériculture"],
    ),
    "'Skarvåg Sjømat, bygdas største arbeidsplass, merker … opplyser selskapet': an appositive before the verb": (
        "Language: no\nVegen er stengt, sier ordfører Kari Nygård.\n\nSkarvåg Sjømat, bygdas største "
        "arbeidsplass, merker allerede stengingen. «Vi har 35 ansatte», opplyser selskapet i en e-post.",
        ["Skarvåg Sjømat"],
    ),
    "'asked Kwame Asante of Ridgeline Securities': a name the first-name lists lack, then his employer": (
        '"Is this a next-year story?" asked Kwame Asante of Ridgeline Securities.\n\n"Fine," said Oduya Mensah '
        'of the Harlow Group.\n\n"We will see," said Dede Amankwah of Barclays. "Maybe," Asante said.',
        ["Kwame Asante", "Oduya Mensah", "Dede Amankwah", "Kwame Asante"],
    ),
    "'Her mother, Rosa Castellanos … “She corrects my masa,” Castellanos says': not the one the quote speaks of": (
        'Maren Castellanos opened the restaurant in 2009. "It was hard," Castellanos says.\n\nHer mother, Rosa '
        'Castellanos, is 76 and still comes in on Thursdays. "She corrects my masa in front of the staff," '
        'Castellanos says.\n\nIda Brekke runs the farm. "It is hard," Brekke said.\n\nHer father, Jonas Brekke, '
        'drove the van for years. "We could not have done it without my father," Brekke said.',
        ["Maren Castellanos", "Maren Castellanos", "Ida Brekke", "Ida Brekke"],
    ),
    "'Bagefter fortæller Bent Mølgaard …' · 'Bent Mølgaards kone, Hanne': a Danish adverb, a wife": (
        "Language: da\nBent Mølgaard er landmand.\n\nBagefter fortæller Bent Mølgaard, at han frygter for gården. "
        "”Hvem vil købe den? Ingen”, siger han.\n\nBent Mølgaards kone, Hanne, nikker. ”Vi har ikke sovet”, siger "
        "hun.",
        ["Bent Mølgaard", "Hanne Mølgaard"],
    ),
    "'…, if. fylkeskommunen', 'iflg. Per Olsen': Nordic abbreviations of ifølge": (
        "Language: no\nVestfjord fylkeskommune eier veien. Det kan ta «minst ei uke» før veien åpnes, if. "
        "fylkeskommunen.\n\nDet blir «svært dyrt», iflg. Per Olsen.",
        ["Vestfjord fylkeskommune", "Per Olsen"],
    ),
    "'A Corvane spokeswoman declined to comment … she said': her verb ends the description": (
        'Corvane Semiconductor cut jobs.\n\nA Corvane spokeswoman declined to comment on staffing. "We do not '
        'comment," she said in an email.\n\nA board spokesman refused to discuss the talks. "They are talking," '
        "the spokesman said.",
        ["Corvane spokeswoman", "board spokesman"],
    ),
    "'said a freshwater ecologist at Calloway State University who …': 'State' in a name is no speech verb": (
        '"It is one more piece," said a freshwater ecologist at Calloway State University who reviewed the study.',
        ["freshwater ecologist at Calloway State University"],
    ),
    "'Shares of Corvane Semiconductor fell … the company said': a firm named by its trade, not its shares": (
        'Shares of Corvane Semiconductor fell 14% on Thursday. "Demand has softened," the company said.\n\nThe '
        "Riverside Community Center opened its doors.\n\nTri-County Recycling said in a statement that it was "
        'cooperating. "Our thoughts are with our neighbors," the company said.',
        ["Corvane Semiconductor", "Tri-County Recycling"],
    ),
    "'… on Thursday at 7 p.m. Lake Orrin coach Victor Mbeki … said': 'p.m.' ends the sentence before a name": (
        "Ridgeway will play top-seeded Lake Orrin on Thursday at 7 p.m. Lake Orrin coach Victor Mbeki, who scouted "
        'the game, said only that the Hawks were "a team nobody should want to see."\n\nThe vote is at 7 p.m. '
        'Thursday in the hall, Lake Orrin coach Victor Mbeki said. "I will be there," he said.',
        ["Victor Mbeki", "Victor Mbeki"],
    ),
    "'Sa fille l'interrompt. « Papa, … »' · '…, explique-t-il : « … »': the daughter, then him": (
        "Language: fr\nClaire Fabre élève des brebis. « J'ai tout vu », raconte-t-elle.\n\nSon père, Henri Fabre, "
        "71 ans, n'a « jamais vu ça ». « Avant, on perdait une bête de temps en temps », dit le septuagénaire.\n\n"
        "Sa fille l'interrompt. « Papa, dis-leur pour les patous. » Les chiens n'ont rien pu faire, explique-t-il : "
        "« Ils étaient deux contre une meute. »",
        ["Claire Fabre", "Henri Fabre", "Henri Fabre", "Claire Fabre", "Henri Fabre"],
    ),
    "'Die Bezirkshauptmannschaft Zellach … hieß es von der Behörde': an authority is 'die Behörde' later": (
        "Language: de\nDie Bezirkshauptmannschaft Zellach hat ein Verfahren eingeleitet. „Wir prüfen, ob alle "
        "Auflagen eingehalten wurden“, hieß es von der Behörde.\n\nDie Staatsanwaltschaft Kaltenbrunn ermittelt. "
        "„Es gibt Anhaltspunkte“, teilte die Behörde mit.",
        ["Bezirkshauptmannschaft Zellach", "Staatsanwaltschaft Kaltenbrunn"],
    ),
    "'Laut einer Mitteilung des Landessportbunds … teilte der Verband mit': a -bund is a Verband": (
        "Language: de\nLaut einer Mitteilung des Landessportbunds ist der Fall kein Einzelfall. Es gebe „mehrere "
        "Dutzend Fälle“, teilte der Verband mit.",
        ["Landessportbund"],
    ),
    "'Ein älterer Liftwart an der Bergstation zuckt mit den Schultern. „…“, sagt er': a -wart is someone": (
        "Language: de\nFranz Eder leitet die Bergbahnen. „Wir schließen“, sagte Eder.\n\nAm Nachmittag laufen "
        "die Lifte noch. Ein älterer Liftwart an der Bergstation zuckt mit den Schultern. „Ich bin seit 1987 da "
        "heroben“, sagt er.",
        ["Franz Eder", "älterer Liftwart"],
    ),
    "'Chidi Okafor scored 31 points, his twin brother, Emeka, added 24': a name with a brother is a person's": (
        'NORTHGATE — Chidi Okafor scored 31 points, his twin brother, Emeka, added 24 points. "I told him at '
        'halftime," Emeka said.\n\n"Because I am better," Chidi said.',
        ["Emeka Okafor", "Chidi Okafor"],
    ),
    "'Produktionen flyttes … Ifølge selskabet vil …': a Nordic noun opening the sentence is no firm": (
        "Language: da\nSlagterikoncernen Vestkød A/S lukker sin fabrik i Kolsted.\n\nProduktionen flyttes til "
        "koncernens fabrikker i Brandstrup. Ifølge selskabet vil medarbejderne blive tilbudt »job på koncernens "
        "øvrige fabrikker«.",
        ["Vestkød A/S"],
    ),
    "'Patrice Dunmore, Julian's mother, … she said': an appositive's kin tells her gender, not her first name": (
        "Patrice Dunmore, Julian's mother, spoke first.\n\nMany had driven up together, according to Marisol Pena, "
        'who called it "the hardest two hours of my life."\n\nWhen the judge announced the sentence, Patrice '
        'Dunmore closed her eyes. Asked afterward whether it felt like justice, she paused. "It feels like a '
        'number," she said.',
        ["Marisol Pena", "Patrice Dunmore"],
    ),
    "'The elder Kessler shook his head. “I'll stay,” he said': the elder of the two Kesslers": (
        "Harold Kessler, 81, took over the store in 1971. His son, Mark Kessler, has run it since.\n\n"
        '"I was born here," Harold Kessler said.\n\nHis son stood beside him. "Dad, come on," Mark Kessler said.\n\n'
        'The elder Kessler shook his head. "I\'ll stay," he said.',
        ["Harold Kessler", "Mark Kessler", "Harold Kessler"],
    ),
    "'– Det siger du nu, indskyder hans kone.': Danish 'indskyder' reports speech": (
        "Language: da\nKim Sørensen har arbejdet på fabrikken i 30 år. Hans kone, Dorthe Sørensen, er "
        "sygeplejerske.\n\n– Vi klarer os, siger han.\n\n– Det siger du nu, indskyder hans kone.",
        ["Kim Sørensen", "Dorthe Sørensen"],
    ),
    "'Hun frygter, at en stor del …': Nordic 'stor' (big) is no one, though it ends like a role": (
        "Language: da\n– Det er en sort dag, siger Helle Andersen, der er jordemoder på afdelingen.\n\nHun "
        "frygter, at en stor del af afdelingens 22 jordemødre vil sige op.\n\n– Mange af os har børn her, siger hun.",
        ["Helle Andersen", "Helle Andersen"],
    ),
    "'Der Regionalligist TuS Wendhausen … teilte der TuS mit': a league's club is its kind, not its name": (
        "Language: de\nDer Regionalligist TuS Wendhausen steht im Viertelfinale. »Wir bitten alle Fans um Geduld«, "
        "teilte der TuS mit.",
        ["TuS Wendhausen"],
    ),
    "'« … ? » s'est indignée Nicole Tremblay': a French participle agrees with her": (
        "Language: fr\n« Pis là, on vient nous dire que ça coûte trop cher ? » s'est indignée Nicole Tremblay, une "
        "retraitée.\n\n« Non », se sont exclamés les voisins.",
        ["Nicole Tremblay", "voisins"],
    ),
    "'„Das war ich nicht“, murmelte K.': German 'murmelte', 'flüsterte', 'erwiderte' report speech": (
        "Language: de\nAngeklagt ist Dennis K., 34. „Ich war das nicht“, sagte Dennis K.\n\n„Sie hat Sie "
        "erkannt“, sagte Richterin Sabine Förster. „Das war ich nicht“, murmelte K.",
        ["Dennis K", "Sabine Förster", "Dennis K"],
    ),
    "'« … », a avoué Bernard Lassalle': French 'avouer', 'relater', 'fulminer' report speech": (
        "Language: fr\nLe père du buteur était en tribune. « Je n'ai rien vu, j'avais les yeux fermés », a avoué "
        "Bernard Lassalle.",
        ["Bernard Lassalle"],
    ),
    "'”Vi ser det inte så”, poängterar Anna Berg.': Swedish 'poängterar', 'erkänner' report speech": (
        "Language: sv\nKommunalrådet Anna Berg försvarar beslutet. Rektor Eva Lind är kritisk.\n\n”Vi ser det inte "
        "så”, poängterar Anna Berg.",
        ["Anna Berg"],
    ),
    "'“I tell her to stay,” Sheehy said of his daughter': not the daughter's words": (
        'Raymond Sheehy flew for 31 years. His daughter, Kate Sheehy, is a first officer.\n\n"I tell her to '
        'stay," Sheehy said of his daughter. "Then I go home."',
        ["Raymond Sheehy", "Raymond Sheehy"],
    ),
    "'according to a filing with the Securities and Exchange Commission': the filer's words, not the SEC's": (
        'Ridgeway Holdings will cut 2,000 jobs. "It is painful," the company said.\n\nThe cuts are part of a plan '
        'to save "$340 million annually by 2028," according to a filing with the Securities and Exchange Commission.',
        ["Ridgeway Holdings", "Ridgeway Holdings"],
    ),
    "'In a statement, Minneapolis-based Halvard called …': where a firm is based is no part of its name": (
        "Halvard Foods agreed to buy Brightfield Snacks, the packaged-food company said.\n\nIn a statement, "
        "Minneapolis-based Halvard called the acquisition “a defining step.”",
        ["Halvard Foods"],
    ),
    "'Co-author Dev Raman … Raman said': 'Co-author', 'Co-founder' are titles before a name": (
        'Co-author Dev Raman, a biologist, agreed. "The bees were not sick," Raman said.',
        ["Dev Raman"],
    ),
    "'workers at Granger Tire & Rubber’s Fenwick plant … the company said': the firm, not its plant's place": (
        "FENWICK, Ohio — About 1,400 workers at Granger Tire & Rubber’s Fenwick plant walked off the job.\n\n"
        "“Our offer is fair,” the company said.",
        ["Granger Tire & Rubber"],
    ),
    "'Brantley Agrosciences makes the fungicide … the company said': a firm named by its trade": (
        "Brantley Agrosciences makes the fungicide. Researchers at Northfield Agricultural College tested it.\n\n"
        '"We take pollinator health seriously," the company said.',
        ["Brantley Agrosciences"],
    ),
    "'Une réponse que la mairesse juge insuffisante. « … », a-t-elle rétorqué': a mairesse is a woman": (
        "Language: fr\nLa mairesse de Sainte-Mélanie, Josée Lapointe-Roy, n'a pas caché sa colère. « On nous a "
        "avertis », a-t-elle lancé.\n\nLe cabinet de la ministre des Transports, Geneviève Aubin, a assuré que "
        "« toutes les options sont sur la table ».\n\nUne réponse que la mairesse juge nettement insuffisante. "
        "« Des options, j'en ai plein mon bureau », a-t-elle rétorqué.",
        ["Josée Lapointe-Roy", "Geneviève Aubin", "Josée Lapointe-Roy"],
    ),
    "'Le conseiller Gagnon estime que la mairesse « … »': the role before a shared surname tells which": (
        "Language: fr\nLe conseiller municipal Patrick Gagnon réclame une contre-expertise.\n\nD'après Sylvie "
        "Gagnon, le comité compte « forcer la tenue d'un registre ». Elle prévient : « On ne lâchera pas. »\n\nLe "
        "conseiller Gagnon estime pour sa part que la mairesse « avait pris sa décision bien avant l'étude ».",
        ["Sylvie Gagnon", "Sylvie Gagnon", "Patrick Gagnon"],
    ),
    "'The Route 9 Neighbors Association … the group said': a body's name may hold a number": (
        "The Route 9 Neighbors Association, whose yard signs have sprouted, said it had collected signatures. "
        '"Millbrook has spoken," the group said.',
        ["Route 9 Neighbors Association"],
    ),
    "'a Great Lakes Southern Railway train … Great Lakes Southern said': the firm's whole name": (
        "A Great Lakes Southern Railway train left the tracks outside Marlow Springs.\n\nGreat Lakes Southern "
        'said in a statement that the bill "would duplicate investments we have already made."',
        ["Great Lakes Southern Railway"],
    ),
    "'Ocean Line Veloria, the state-owned operator, said': a firm, though 'Line' is a first name": (
        "Ocean Line Veloria, the state-owned operator, said in a statement that the company was “cooperating "
        "fully with the authorities.”",
        ["Ocean Line Veloria"],
    ),
    "'Der Besitzer des Hotels, der seinen Namen nicht in der Zeitung lesen will, …': anonymous past a first sentence": (
        "Language: de\nIhr Mann, Gian Casutt, ist Bergführer. „Wir haben darüber gelacht“, sagt der 58-Jährige.\n\n"
        "Schwieriger ist die Lage für das Gewerbe. Im Dorf gibt es zwei Hotels. Der Besitzer des Hotels Crap Alv, der "
        "seinen Namen nicht in der Zeitung lesen will, rechnet mit Absagen. „Die Leute buchen woanders“, sagt er.",
        ["Gian Casutt", "Besitzer des Hotels Crap Alv"],
    ),
    "'Verena Stöckl von der Wirtschafts- und Korruptionsstaatsanwaltschaft': her name ends before 'von der'": (
        "Language: de\nStaatsanwältin Verena Stöckl von der Wirtschafts- und Korruptionsstaatsanwaltschaft (WKStA) "
        "zeichnete ein anderes Bild. „Das war kein Krisenmanagement“, sagte die Anklägerin.",
        ["Verena Stöckl"],
    ),
    "'Le bourgmestre …, Pierre-Yves Lambotte … son cabinet rappelle': the cabinet du bourgmestre": (
        "Language: fr\nLe bourgmestre de Florival, Pierre-Yves Lambotte, n'était pas présent. Contacté par Belga, son "
        "cabinet rappelle que la commune « n'était que locataire occasionnelle » de la salle.",
        ["cabinet du bourgmestre"],
    ),
    "'sagt der Mann, der sich als Uwe Brinkhoff vorstellt': he names himself, and is 'der 54-Jährige' next": (
        "Language: de\nBürgermeisterin Petra Anselm bat um Geduld.\n\nEin 54-Jähriger, der eine Werkstatt "
        "betreibt, rechnet mit Einbußen. „Die Kunden kommen nicht wieder“, sagt der Mann, der sich als Uwe "
        "Brinkhoff vorstellt.\n\n„Ich habe zwei Auszubildende“, so der 54-Jährige.",
        ["Uwe Brinkhoff", "Uwe Brinkhoff"],
    ),
    "'… », souffle Patrick Henrion. …, sa femme, Sandrine Henrion, se tait. Puis : « … »': hers": (
        "Language: fr\n« C'est comme un enterrement », souffle Patrick Henrion, conducteur de machine. À côté de lui, "
        "sa femme, Sandrine Henrion, employée au service expédition, se tait longtemps. Puis : « On s'est "
        "rencontrés ici. »",
        ["Patrick Henrion", "Sandrine Henrion"],
    ),
    "'According to a note sent to clients by Brennan Hale Securities': the broker's words": (
        "Harrowgate Foods cut its forecast. According to a note sent to clients by Brennan Hale Securities, the cut "
        "amounted to “a kitchen-sink quarter.” According to an internal memo from Halvorsen Logistics, the plan "
        "was “not viable.”",
        ["Brennan Hale Securities", "Halvorsen Logistics"],
    ),
    "'Selon le rapport de l'inspection du travail, lu à l'audience, « … »': the inspection's": (
        "Language: fr\nL'inspection du travail s'est rendue sur le chantier.\n\nSelon le rapport de "
        "l'inspection du travail, lu à l'audience par la présidente, « aucune mesure de protection n'était en "
        "place ».",
        ["inspection du travail"],
    ),
    "'a teenager …, who gives his name only as Connor, 16, says …': Connor, not who spoke before": (
        "Council leader Tom Ashdown defended the order.\n\nA few doors down, a teenager in a grey tracksuit, who "
        "gives his name only as Connor, 16, says young people ‘get tarred with the same brush’. ‘We’re not all "
        "throwing stuff at buses,’ he says.\n\nOne fan, who gave his name only as Tony, had spent the night "
        "painting a bedsheet that read “WORTH EVERY PENNY.” “I finished it at 2 a.m.,” he admitted.",
        ["Connor", "Connor", None, "Tony"],
    ),
    "'A report released last month by the Government Accountability Office … the report said': the GAO's": (
        "A report released last month by the Government Accountability Office found that levels had dropped. "
        "“Depletion is likely to continue,” the report said.\n\nThe report also warned that the deals were "
        "“poorly suited to prolonged drought.”",
        ["Government Accountability Office", "Government Accountability Office"],
    ),
    "'according to a report released Monday by the Transportation Department's inspector general': not who spoke": (
        "“It should not have happened,” said the administrator, Dale Rutherford.\n\nAccording to a report "
        "released Monday by the Transportation Department's inspector general, the agency had a backlog, “many "
        "of them flagged as high priority.”",
        ["Dale Rutherford", "Transportation Department's inspector general"],
    ),
    "'Dorvale's sporting director insisted …. Annelie Brandt added': a body's role, named next": (
        "“Now they don't want to listen,” the agent, Marco Salvadori, said.\n\nDorvale's sporting director "
        "insisted there had been “no promise, written or spoken.” Annelie Brandt added: “My job is to protect "
        "this club.”",
        ["Marco Salvadori", "Annelie Brandt", "Annelie Brandt"],
    ),
    "'Coastline Mutual, has sued …. That lawsuit alleges that Pruett “…”': the plaintiff's words": (
        "Gerald Pruett, the owner, declined to comment.\n\nThe building's insurer, Coastline Mutual, has sued to "
        "void the policy. That lawsuit alleges that Pruett “made material misrepresentations” about the "
        "property.\n\nThe Lower Sandhill Irrigation District sued the state in 2024. The lawsuit alleges that "
        "pumping has “effectively confiscated” water.",
        ["Coastline Mutual", "Lower Sandhill Irrigation District"],
    ),
    "'Foley-Strand, whose father founded Pellham': his father's gender is not hers": (
        "“Scale matters,” Crestline Chief Executive Warren Abiodun said.\n\nAbiodun will lead the combined company. "
        "Pellham’s chief executive, Marian Foley-Strand, will become president. “I didn’t go looking for a "
        "buyer,” she said.\n\nAbiodun declined to comment.\n\nFoley-Strand, whose father founded Pellham, said the "
        "decision had been emotional. “My dad used to say no,” she said.",
        ["Warren Abiodun", "Marian Foley-Strand", "Marian Foley-Strand"],
    ),
    "'«…», skriver departementet …. Statssekretær Eirik Bjørnstad sier': the ministry wrote it": (
        "Language: no\nSamferdselsdepartementet viser til kostnadsvekst. «Vi har måttet prioritere», skriver "
        "departementet i en e-post til avisen. Statssekretær Eirik Bjørnstad sier at ingen er glemt.",
        ["Samferdselsdepartementet"],
    ),
    "'leder for Tindedal Hjelpekorps. … skriver korpset'; 'ifølge regjeringen'": (
        "Language: no\nArvid Lunde er leder for Tindedal Hjelpekorps.\n\nAntall leteaksjoner har doblet seg. "
        "«Mange kommer i joggesko», skriver korpset i sin siste årsrapport.\n\nProsjektet er ifølge "
        "regjeringen skjøvet ut til «siste del av planperioden».",
        ["Tindedal Hjelpekorps", "regjeringen"],
    ),
    "'– …, fyller Johan Eklöf i.': a Swedish speech verb with its particle": (
        "Language: sv\n– Det är som att någon drar undan mattan, säger Maria Eklöf.\n\n– Nu står vi där båda "
        "två, fyller Johan Eklöf i.",
        ["Maria Eklöf", "Johan Eklöf"],
    ),
    "'Demetrius Caldwell, whom teammates have called “Meech” …' then '“…,” Meech said': his nickname": (
        "Senior forward Demetrius Caldwell, whom teammates have called “Meech” since his freshman year, added 18 "
        "points.\n\n“Coach drew it up for Jalen,” Meech said.\n\nDarnell Okafor, the winger everyone in the "
        "locker room calls “Tank,” started the rally. “I score goals,” said Tank.",
        [None, "Demetrius Caldwell", None, "Darnell Okafor"],
    ),
    "'a delivery worker who gave his name only as Kev'; 'who gave only her first name, Priyanka'": (
        "Officials said the road was closed.\n\nThe driver, a delivery worker who gave his name only as Kev, "
        "admitted he had ‘misjudged it badly’.\n\n‘The satnav said go straight on,’ he said.\n\nOne volunteer, a "
        "biology senior who gave only her first name, Priyanka, spent two summers in the marsh. “I have counted "
        "more dead pines than anyone,” she said.",
        ["Kev", "Kev", "Priyanka"],
    ),
    "'“It's Odalys. Odalys Ferrante. …,” she said' then 'Ferrante …', her husband 'Salvatore Ferrante'": (
        "The lights at the bakery come on at 3 a.m.\n\n“It's Odalys. Odalys Ferrante. Nobody can spell it,” she "
        "said.\n\nFerrante came to the United States at 19 with “one suitcase and one recipe.”\n\nShe met her "
        "husband, Salvatore Ferrante, in 1967. “He told me he would have a bakery,” she said.",
        ["Odalys Ferrante", "Odalys Ferrante", "Odalys Ferrante"],
    ),
    "'The health minister Rachel Dunmore-Price has defended plans … at Harrowby General Hospital, insisting …'": (
        "The health minister Rachel Dunmore-Price has defended plans to close the unit at Harrowby General "
        "Hospital, insisting the change would make births ‘safer, not riskier’ for women.\n\nIn Washington, a "
        "senior official, speaking on condition of anonymity, said the talks were “on hold.”",
        ["Rachel Dunmore-Price", "senior official"],
    ),
    "'The man’s granddaughter, who asked to be identified only by her first name, Keisha, said …'": (
        "Rosalind Achterberg ran down the hallway. “I just ran,” she said.\n\nThe man’s granddaughter, who asked "
        "to be identified only by her first name, Keisha, said he had refused to leave. “A firefighter carried "
        "him down,” she said.",
        ["Rosalind Achterberg", "Keisha"],
    ),
    "'… », a-t-il martelé, avant de se tourner vers le prévenu : « … »': 'le prévenu' is no verb": (
        "Language: fr\nMe Olivier Dewael a plaidé. « Personne ne s’est arrêté », a-t-il martelé, avant de se "
        "tourner vers le prévenu : « Vous aviez un GSM. »",
        ["Olivier Dewael", "Olivier Dewael"],
    ),
    "'« … », indique-t-on sobrement dans l’entourage du préfet': an adverb after the impersonal verb": (
        "Language: fr\nLe préfet a été saisi. « Le contrôle suivra son cours », indique-t-on sobrement dans "
        "l’entourage du préfet.",
        ["entourage du préfet"],
    ),
    "'Der IG-Sprecher, …, will seinen Namen nicht in der Zeitung lesen. «…», sagt er. Nur so viel: … «…»'": (
        "Language: de\nRuedi Aebersold ist Bauer.\n\nDer IG-Sprecher, ein pensionierter Sekundarlehrer, will "
        "seinen Namen nicht in der Zeitung lesen. «Ich wohne hier», sagt er. Nur so viel: Man habe bereits einen "
        "Anwalt mandatiert, «einen guten».",
        ["IG-Sprecher", "IG-Sprecher"],
    ),
    "'riss sich der 22 Jahre alte Timo Hartung das Trikot vom Leib': 'das Trikot' is no part of his name": (
        "Language: de\nAls der Ball einschlug, riss sich der 22 Jahre alte Timo Hartung das Trikot vom Leib. „Das "
        "war verrückt“, sagte er. Rogier van der Berg und Ursula von der Leyen schwiegen.",
        ["Timo Hartung"],
    ),
    "'Two state health officials, who asked not to be named, said …'; 'According to Cr Buick'": (
        "Councillor Helen Buick spoke at the hall.\n\nAccording to Cr Buick, “the council is the one getting the "
        "calls”.\n\nThe ward closed. Two state health officials, who asked not to be named, said the unit was "
        "“hanging by a thread.”",
        ["Helen Buick", "state health officials"],
    ),
    "'Selon un communiqué de la préfecture publié mercredi soir, …' then '« … », précise le texte'": (
        "Language: fr\nSelon un communiqué de la préfecture publié mercredi soir, des prélèvements ont été "
        "effectués. « Les premiers résultats sont anormaux », précise le texte.",
        ["préfecture"],
    ),
    "'Elle s'appelle Odette Vasseur. Elle a 82 ans.' then '« … », s'amuse l'octogénaire': her age, by the pronoun": (
        "Language: fr\nElle s'appelle Odette Vasseur. Elle a 82 ans.\n\nLa maire, Claire Roux, salue son "
        "travail.\n\n« Doyenne, ça fait vieux, non ? », s'amuse l'octogénaire.",
        ["Odette Vasseur"],
    ),
    "'En tvåbarnsmamma …' quoted, then paragraphs later 'Tvåbarnsmamman heter Johanna Lindqvist'": (
        "Language: sv\nEn tvåbarnsmamma står utanför vårdcentralen i Hällsjö.\n\n– Jag fick veta det i en "
        "Facebookgrupp, säger hon.\n\nRegion Norrmark beklagar beslutet.\n\nRegionen hänvisar till Storvik."
        "\n\nTvåbarnsmamman heter Johanna Lindqvist och är 34 år.",
        ["Johanna Lindqvist"],
    ),
    "'Il s'appelle Enzo, il a 15 ans … « … », explique-t-il': a first name given so is someone": (
        "Language: fr\nSon mari, Robert Vasseur, est mort en 2010.\n\nLe garçon s'exécute en riant. Il s'appelle "
        "Enzo, il a 15 ans. « Ici c'est moins cher qu'en ville », explique-t-il.",
        ["Enzo"],
    ),
    "'Maria Lopez, who founded a charity called “Hope,”': the charity's name is no nickname of hers": (
        "Maria Lopez, who founded a charity called “Hope,” said it was hard.\n\n“We try,” Hope said. “It's Joe "
        "Biden who failed us,” she said.",
        [None, "Hope", "Maria Lopez"],
    ),
    "'Shipping lines were … Halden Marine, which runs …, said … “…,” the company said': Halden's words": (
        "Shipping lines were already diverting vessels north. Halden Marine, which runs a weekly service from "
        "Busan, said it had rerouted two ships. “Our customers need certainty,” the company said.",
        ["Halden Marine"],
    ),
    "'said Dr. Priyanka Das' and 'Ji-woo Han and Ashley Dumont … Han said': Das and Han are surnames in English": (
        "Ana Lima spoke. “Most studies relied on radar,” said Dr. Priyanka Das, who studies birds.\n\nDas "
        "cautioned that tags add weight. “It’s possible,” she said.\n\nPete Carrick beat Ji-woo Han and Ashley "
        "Dumont.\n\nHan, 24, missed a putt. “I hit a good putt,” Han said.",
        ["Priyanka Das", "Priyanka Das", "Ji-woo Han"],
    ),
    "'“…,” added her colleague Dev Sharma': the name after a possessive role is the speaker": (
        "Aisha Khan drives trains. ‘We are tired,’ she said.\n\n‘If we stopped, trains would be cancelled,’ "
        "added her colleague Dev Sharma, who has driven for Northway for 11 years.",
        ["Aisha Khan", "Dev Sharma"],
    ),
    "'according to a report by council officers. The report warned ‘…’': the officers' words": (
        "Ann Lee swims there.\n\nThe centre needs £3.2m of repairs, according to a report by council officers. The "
        "report warned that the plant room was ‘at risk of catastrophic failure’.\n\nA report by planning officers"
        ", published ahead of the meeting, concluded that refusal would be ‘likely to fail at appeal’.",
        ["council officers", "planning officers"],
    ),
    "'according to a report released last month by the Transportation Department's inspector general. The report …'": (
        "Sen. Mark Hill, R-Ohio, chairs the panel.\n\nThe agency has a backlog, according to a report released last "
        "month by the Transportation Department's inspector general. The report described the system as "
        '"fragmented and largely manual."',
        ["Transportation Department's inspector general"],
    ),
    "'Die Volkswirtschaftsdirektion schreibt auf Anfrage, sie begrüsse «…»': a Swiss Direktion is a body": (
        "Language: de\nMarco Gisler ist Gemeinderat.\n\nDie Volkswirtschaftsdirektion schreibt auf Anfrage, sie "
        "begrüsse «jede Initiative». Eine Beteiligung sei jedoch «nicht vorgesehen».",
        ["Volkswirtschaftsdirektion", "Volkswirtschaftsdirektion"],
    ),
    "'La Ville entend lancer un appel. … la mairesse demande … « … », a-t-elle assuré': no one named Ville": (
        "Language: fr\nLa mairesse, Chantal Roy, a convoqué les élus. Kevin Roy est conseiller.\n\nLa Ville entend "
        "lancer un appel. D'ici là, la mairesse demande aux citoyens d'éviter la rue. « On va passer à travers », "
        "a-t-elle assuré.",
        ["Chantal Roy"],
    ),
    "'a woman who lives two doors from the pool': a distance keeps its place in the description": (
        "Ann Lee chairs the board.\n\nA woman who lives two doors from the pool, and who asked that her name not "
        'be used, said the center is "already packed by 11 in the morning."\n\n"They keep telling us the system '
        'works," said a woman who runs a diner two blocks from the tracks and declined to give her name.',
        ["woman who lives two doors from the pool", "woman who runs a diner two blocks from the tracks"],
    ),
    "'The shop workers' union Unitas said …. “…,” the union said': a union named after its kind": (
        "Ann Lee of Farrant & Lowe advised.\n\nThe shop workers' union Unitas said it had sought urgent talks. "
        '"Our members are not a line on a spreadsheet," the union said.',
        ["Unitas"],
    ),
    "'Enligt den lokala ordföranden Amir Haddad fick personalen …': the name ends before the verb": (
        "Language: sv\nLärarfacket är kritiskt. Enligt den lokala ordföranden Amir Haddad fick personalen veta det "
        "”samma morgon som det stod i tidningen”.\n\n– Det är inte värdigt, säger han.",
        ["Amir Haddad", "Amir Haddad"],
    ),
    "'Fødevareforbundet Vest kalder …, skriver forbundet': a compound on a kind's ending is part of the name": (
        "Language: da\nPer Hansen er direktør.\n\nFødevareforbundet Vest kalder lukningen »et slag i ansigtet«. "
        "»Vi fik besked en time før pressen,« skriver forbundet på sin hjemmeside.",
        ["Fødevareforbundet Vest", "Fødevareforbundet Vest"],
    ),
    "'Kystforvaltningen bekrefter …. «…», skriver etaten': the agency just named": (
        "Language: no\nPer Hansen eier anlegget.\n\nKystforvaltningen bekrefter varselet. «Vi sender inspektører "
        "til anlegget mandag,» skriver etaten i en e-post.",
        ["Kystforvaltningen"],
    ),
    "'A dairy farmer whose property has gone under twice … told …', later 'The farmer, Trevor Bassett,'": (
        'A dairy farmer whose property has gone under twice in 18 months told a packed hall on Saturday he had "run '
        'out of patience and nearly run out of money" waiting.\n\n"We were told six months. It\'s been fourteen," '
        "he said, to applause.\n\nThe Flood Recovery Authority said it was working.\n\nThe farmer, Trevor "
        'Bassett, runs 140 head of cattle. "I\'m not after a handout," Mr Bassett said.',
        ["Trevor Bassett", "Trevor Bassett", "Trevor Bassett"],
    ),
    "'Bei Pro Velo Altbrügg ist man erleichtert. «…», heisst es in einer Stellungnahme des Verbands'": (
        "Language: de\nDer Stadtrat hat entschieden.\n\nBei Pro Velo Altbrügg ist man erleichtert. «Endlich», "
        "heisst es in einer Stellungnahme des Verbands. Die Arbeiten seien «enttäuschend langsam», schreibt der "
        "Verband.",
        ["Pro Velo Altbrügg", "Pro Velo Altbrügg"],
    ),
    "'Die Bürgerinitiative „Gegenwind Kellbach“ …', later 'heißt es in einer Mitteilung der Initiative'": (
        "Language: de\nDie Bürgerinitiative „Gegenwind Kellbach“ will klagen. Bürgermeister Hans Roth bedauert das."
        "\n\n„Wir haben alle Mittel ausgeschöpft“, heißt es in einer Mitteilung der Initiative.",
        [None, "Gegenwind Kellbach"],
    ),
    "'Eine Hebamme, die …, spricht von einem »Schlag ins Gesicht«': a Hebamme is someone": (
        "Language: de\nDie Vitalis Kliniken GmbH schließt die Station.\n\nEine Hebamme, die seit 22 Jahren auf der "
        "Station arbeitet und anonym bleiben möchte, spricht von einem »Schlag ins Gesicht«. »Wir haben hier "
        "Nachtschichten geschoben.«",
        ["Hebamme", "Hebamme"],
    ),
    "'Die 44-Jährige arbeitet seit 19 Jahren als Hebamme. „…“, sagt die Hebamme': the one who works as one": (
        "Language: de\nMartina Gruber leitet die Klinik.\n\nEine, die das anders sieht, ist Theresa Gruber. Die "
        "44-Jährige arbeitet seit 19 Jahren als Hebamme in Gerstenau. „Kleine Stationen sind nicht unsicherer“, "
        "sagt die Hebamme.\n\nMartina Gruber widerspricht.\n\n„Uns hat man die Stelle gestrichen“, sagt die "
        "Hebamme.",
        ["Theresa Gruber", "Theresa Gruber"],
    ),
    "'Marcus Delane, who runs reef restoration for the Trust, said …. “…,” the trust’s director said'": (
        "Helen Ames led the study.\n\nMarcus Delane, who runs reef restoration for the Anaro Island Marine Trust, "
        "said his group hoped to try it.\n\nAmes said the results were early.\n\n“We’ve been planting coral by "
        "hand for a decade,” the trust’s director said.",
        ["Marcus Delane"],
    ),
    "'Camille Draxler, a former scientist who has run Ardent since its founding': later 'the chief executive'": (
        "Jolene Haddix covers Ardent for a bank.\n\nCamille Draxler, a former materials scientist who has run "
        "Ardent since its founding, said the company would keep 150 employees.\n\nHaddix said that was too few."
        "\n\nAsked whether Ardent might sell the plant, the chief executive did not rule it out. “Every option is "
        "on the table,” she said.",
        ["Camille Draxler"],
    ),
    "'said the lead author, a marine biogeochemist …', then 'The biogeochemist, Ingrid Solvang,' (the study’s)": (
        "The study’s lead author spent three years on it.\n\n“We were not trying to knock anything down,” said the "
        "lead author, a marine biogeochemist at the University of Port Halden.\n\nThe biogeochemist, Ingrid "
        "Solvang, and her colleagues used isotopes.",
        ["Ingrid Solvang"],
    ),
    "'Its regional section head, who has led …, said …' then '“…,” she said': someone new, not the man quoted": (
        'Trond Nordvik runs the farm. "We see marks," he said.\n\nThe Aquaculture Authority was alerted at dawn. '
        "Its regional section head, who has led several escape cases, said the first days were crucial.\n\n"
        '"The salmon stay close to the farm at first," she said.',
        ["Trond Nordvik", "regional section head"],
    ),
    "'Une résidante du rang, qui …, était au bout du fil': the description ends before 'était'": (
        "Language: fr\nYannick Le Goff dirige le site.\n\nUne résidante du rang, qui a demandé à ne pas être nommée "
        "par crainte de représailles, était au bout du fil avec le 911 ce soir-là. « Mon père faisait une crise », "
        "a-t-elle raconté.",
        ["résidante du rang"],
    ),
    "'two federal officials familiar with the investigation … one of the officials said': a federal official": (
        "Sen. Mark Hill, R-Ohio, chairs the panel.\n\nBut two federal officials familiar with the investigation, "
        "who spoke on condition of anonymity, said investigators were examining a bearing. \"It's a paperwork "
        'failure," one of the officials said.\n\nTwo people familiar with the talks said a deal was near. "It is '
        'close," one of them said.',
        ["federal official", "person familiar with the talks"],
    ),
    "'Laut Arbeitsmarktservice (AMS) gibt es …': a German institution's compound as a source": (
        "Language: de\nDie Hochalm Bergbahnen GmbH baut ab.\n\nLaut Arbeitsmarktservice (AMS) gibt es für die "
        "Ganzjahreskräfte „durchaus Perspektiven, etwa im Baugewerbe“.",
        ["Arbeitsmarktservice"],
    ),
    "'According to the Vestkyst county council, about 2,000 cubic meters …, and the slope is still “unstable.”'": (
        "Per Nygard is mayor.\n\nAccording to the Vestkyst county council, about 2,000 cubic meters of rock came "
        'loose, and the slope is still "unstable." The road is closed.',
        ["Vestkyst county council"],
    ),
    "'In its earnings release, Tessaro said …. The company said it would “accelerate cost actions,”'": (
        "Shares of Tessaro Appliances fell 14% on Thursday.\n\nChief Financial Officer Ben Adeyemi spoke. In its "
        "earnings release, Tessaro said it now expects lower revenue. The company said it would “accelerate cost "
        "actions,” including closing a plant.",
        ["Tessaro Appliances"],
    ),
    "'The Premier Women's Golf Tour said in a statement that Carrick's victory was “…”': a tour is a body": (
        "Nora Carrick won.\n\nThe Premier Women's Golf Tour said in a statement that Carrick's victory was \"a "
        'reminder that experience still counts."',
        ["Premier Women's Golf Tour"],
    ),
    "'“…,” said one of them, who would give only her first name, Barb': Barb, whoever 'them' are": (
        'Nora Carrick won.\n\nAmong the crowd was a group of women from her home club. "We told her on '
        'Thursday," said one of them, who would give only her first name, Barb.',
        ["Barb"],
    ),
    "'Das Unternehmen will Kündigungen nach eigenen Angaben »so weit wie möglich« vermeiden': its words": (
        "Language: de\nDie Ferwanger Antriebstechnik GmbH baut 300 Stellen ab.\n\nDie Verhandlungen sollen im März "
        "beginnen. Das Unternehmen will betriebsbedingte Kündigungen nach eigenen Angaben »so weit wie möglich« "
        "vermeiden.\n\nDer Betriebsratschef Klaus Brandner erwartet nach eigenen Worten „mehr als warme Worte“.",
        ["Ferwanger Antriebstechnik GmbH", "Klaus Brandner"],
    ),
    "a club is called by its town alone and its manager is whom the paragraph is about": (
        "Harbridge Athletic have agreed a fee with Costa Verde for winger Tomás Ferreira.\n\nHarbridge "
        'manager Lars Øvrebø, speaking at a news conference, refused to discuss Ferreira by name. "I '
        "don't talk about players from other clubs,\" the Norwegian said.",
        ["Lars Øvrebø"],
    ),
    "a nationality no one was given is the one the paragraph is about": (
        "Mikael Sandström made 38 saves for Milwaukee, including a stop on Connor Marsh with 40 "
        "seconds left. “I saw the name on the back,” the Swede said.",
        ["Mikael Sandström"],
    ),
    "a body whose role opens the sentence is not its subject": (
        "Harbridge Athletic's new head coach spent his first press conference promising patience. "
        "“Nobody will see a finished team,” he said.\n\nThe coach, Jonas Meyer, joined last month.",
        ["Jonas Meyer"],
    ),
    "a clause ends the name and a new subject between quotes speaks (1)": (
        "Language: sv\n”Det här är ett av de största ärendena”, sa kammaråklagare Linnéa Forsgren när "
        "hon höll sitt anförande.",
        ["Linnéa Forsgren"],
    ),
    "a clause ends the name and a new subject between quotes speaks (2)": (
        "Language: da\nEn ældre badegæst, der har sommerhus i Havsted, ryster på hovedet. »Det ved "
        "alle heroppe«, siger han.",
        ["ældre badegæst"],
    ),
    "a clause ends the name and a new subject between quotes speaks (3)": (
        "Jane Roe and Tom Reed met on Monday. “It was fine,” Roe said. Reed shook his head. “It was not.”",
        ["Jane Roe", "Tom Reed"],
    ),
    "a clause ends the name and a new subject between quotes speaks (4)": (
        "Language: de\nHelga Ranft und Dieter Ranft wohnen am Fluss. „So hoch stand das Wasser nie“, "
        "sagt Dieter Ranft. Seine Frau schüttelt den Kopf. „Damals hatten wir Vorwarnung.“",
        ["Dieter Ranft", "Helga Ranft"],
    ),
    "a body a possessive names a paragraphs topic and the firm so called (1)": (
        'Meridian\'s approach drew criticism on Monday. "We have listened to the community," the company said.',
        ["Meridian"],
    ),
    "a body a possessive names a paragraphs topic and the firm so called (2)": (
        'Among those watching were Dale and Renee Kovach, who live nearby.\n\n"He said sorry a lot," '
        'Renee Kovach said.\n\nHer husband was blunter. "They kept calling it a release," Kovach said.',
        ["Renee Kovach", "Dale Kovach"],
    ),
    "a body a possessive names a paragraphs topic and the firm so called (3)": (
        "Brightwater Home filed for bankruptcy on Monday. Brightwater said its stores would stay "
        "open.\n\nBrightwater's troubles had been building for years. The company was taken private in "
        '2017 by the private equity firm Ashcombe Partners, which loaded it with debt.\n\n"Ashcombe '
        'supported the company through the pandemic," the firm said in a statement.',
        ["Ashcombe Partners"],
    ),
    "a towns police a freight firm and a trade word that is no firm (1)": (
        'Westbrook police said the gathering was "loud but entirely peaceful."',
        ["Westbrook police"],
    ),
    "a towns police a freight firm and a trade word that is no firm (2)": (
        'Northline Freight said the train was "well below the limit." "Our first priority is safety," '
        "the company said.",
        ["Northline Freight", "Northline Freight"],
    ),
    "a towns police a freight firm and a trade word that is no firm (3)": (
        'Energy prices rose. Halden Marine, which runs the port, said it was "a disaster." "We are '
        'working on it," the company said.',
        ["Halden Marine", "Halden Marine"],
    ),
    "a belgian police zone and club (1)": (
        "Language: fr\n« La victime a été transportée au CHR », a indiqué la zone de police des "
        "Deux-Rivières dans un communiqué.\n\nAnne-Sophie Delvigne, porte-parole du parquet, a précisé "
        "les faits. « Les images sont en cours d'analyse », dit-elle.",
        ["zone de police des Deux-Rivières", "Anne-Sophie Delvigne"],
    ),
    "a belgian police zone and club (2)": (
        "Language: fr\nLe derby entre le RFC Hervelange et l'Union Sombreffe a dégénéré.\n\nSur son "
        "site, le RFC Hervelange a « condamné avec la plus grande fermeté » les violences. « Ces "
        "individus ne sont pas des supporters », a ajouté le club.",
        ["RFC Hervelange", "RFC Hervelange"],
    ),
    "a nordic title alone is the one who holds it not a council": (
        "Language: sv\nKommunalrådet Lena Strömgren (S) försvarar beslutet.\n\n– Det stämmer inte, "
        "säger Lena Strömgren.\n\nEnligt kommunalrådet ska kommunen ”under våren” återkomma med besked.",
        ["Lena Strömgren", "Lena Strömgren"],
    ),
    "a chapter of a body speaks for it (1)": (
        '"We are concerned," said the local chapter of the Sierra Club.',
        ["Sierra Club"],
    ),
    "a chapter of a body speaks for it (2)": (
        'The relevant section of the Planning Act states that work must "not harm the character" of the area.',
        [None],
    ),
    "a name that owns a thing after a comma is no label's holder": (
        '"People are sleeping in church basements," said Sen. Marjorie Tillman, D-Ore.\n\nAccording to a '
        "Democratic aide, Tillman's office has been negotiating with two holdouts. \"There's a deal to be had,\" "
        "the aide said.",
        ["Marjorie Tillman", "aide"],
    ),
    "a lede's plain description is not the titled official the next paragraph opens on": (
        'The board took no vote. "You are not closing a building, you are closing a community," one mother told '
        'the board.\n\nSuperintendent Dana Whitcombe, who presented the plan, said the district had "no painless '
        'options."',
        ["mother", "Dana Whitcombe"],
    ),
    "a description with its own relative clause, then who said": (
        "More than 70 people signed up to speak. Among them was a woman who lives across the street from the pool, "
        "who said she has watched “three generations of kids” walk past her porch. “You close it, and those kids "
        "go to the quarry,” she said.",
        ["woman who lives across the street from the pool", "woman who lives across the street from the pool"],
    ),
    "with someone doing the telling": (
        "Plans to shut three libraries have been paused after 300 people crowded into the chamber, with one "
        "pensioner telling councillors they were ‘selling off the last warm room in town’.",
        ["pensioner"],
    ),
    "a source stays unnamed when a newcomer with an age is quoted next": (
        "A senior council source said privately that the pause was ‘always going to happen’. ‘Nobody wanted to be "
        "the face of this,’ the source said.\n\nThe petition was started by Margaret Ellis. Mrs Ellis, 68, said "
        "she was ‘cautiously delighted’.",
        ["senior council source", "senior council source", "Margaret Ellis"],
    ),
    "a Nordic dash quote after narration may end the paragraph": (
        "Language: sv\n\n– Det var en enorm smäll, säger en kvinna som bor intill.\n\nHon ringde 112 och väckte "
        "grannarna. – Jag sprang runt och bankade på dörrar. Alla var i chock.",
        ["kvinna", "kvinna"],
    ),
    "a woman is not the man named next (kvinna tells her gender)": (
        "Language: sv\n\n– Det var kaos, säger en kvinna som bor intill.\n\nEn av bilarna tillhörde Ahmed Yusuf, "
        "34, som arbetar som undersköterska. – Jag behöver bilen, säger han.",
        ["kvinna", "Ahmed Yusuf"],
    ),
    "the analyst this paragraph brought in, not the analyst named before": (
        "“The cuts are real,” said Morgan Tate, an analyst at Birch Hollow Securities.\n\nOne analyst, who asked "
        "not to be named because his firm advises the company, said the board had discussed a sale. “Nobody wants "
        "to say it out loud,” the analyst said.",
        ["Morgan Tate", "analyst"],
    ),
    "an indefinite article before a comma brings no one in ('Pressed on a timeline, the minister')": (
        'Marovia\'s foreign minister said Wednesday that the truce was "largely holding."\n\nForeign Minister '
        'Anika Drozhan told reporters that "two is two too many."\n\nDrozhan, asked about talks, said she would '
        '"study the proposal." Pressed on a timeline, the minister smiled: "Carefully does not mean slowly."',
        ["Anika Drozhan"] * 4,
    ),
    "a body's town in the sentence does not stop a Nordic newcomer after the verb": (
        "Language: da\n\n– Vi bygger op igen, siger borgmester Jesper Kjærgaard.\n\nLøvholm Kommune sparer på "
        "færgen.\n\nPå færgen tilbage mod Løvholm sidder en ældre mand med en kasse torsk. Han har fisket i 50 "
        "år.\n\n– De kalder os en udgift, siger han.",
        ["Jesper Kjærgaard", "ældre mand med en kasse torsk"],
    ),
    "what it described as is its words": (
        'Voltaris Energy said replacement packs would ship in May. Owners can call what it described as a "dedicated '
        'recall line."',
        ["Voltaris Energy"],
    ),
    "what the union called is the union's words": (
        "The Altoandina Mine Workers' Union said members had warned managers about what the union called "
        "“production-first shortcuts” in ground support.",
        ["Altoandina Mine Workers' Union"],
    ),
    "a partial quote after a sentence that says whom it reports (ifølge)": (
        "Language: no\n\nIfølge Statens vegvesen er det snakk om rundt 3000 kubikkmeter stein. Veien blir stengt "
        "«i minst to uker».",
        ["Statens vegvesen"],
    ),
    "a role whose holder will not be named is not the person named before": (
        "Language: sv\n\n– Det hade drabbat barn, säger skolchefen Maria Lindqvist.\n\nSkolans rektor, som inte "
        "vill medverka med namn, säger till tidningen att personalen ”gör allt för barnen”.",
        ["Maria Lindqvist", "rektor"],
    ),
    "a reporting verb's clause is not the subject's own (berättar att hon …)": (
        "Language: sv\n\n– Det är fel, säger kommunalrådet Sara Nyberg.\n\nEn granne, som inte vill se sitt namn i "
        "tidningen, berättar att hon inte längre låter barnen gå ensamma.\n\n– Jag tänker inte chansa med mina "
        "barn.",
        ["Sara Nyberg", "granne"],
    ),
    "a driver not named in court is not the officer named before": (
        "‘The hedge blocked his view,’ said PC Darren Whitlock.\n\nThe lorry driver, a 52-year-old man who was "
        "not named in court, told police he ‘never saw’ the cyclist.",
        ["Darren Whitlock", "lorry driver"],
    ),
    "a role with an appositive that brings someone in is not the person named before": (
        '"It spread fast," said Chief Walter Brandt.\n\nThe first call came in at 11:42 p.m. The caller, a man '
        "walking his dog along the canal path, reported “flames as high as the light poles.”",
        ["Walter Brandt", "caller"],
    ),
    "a role with an appositive is the holder named before when they hold it": (
        '"We will win," said Mayor Jane Roe.\n\nThe mayor, a woman not known for patience, said the plan was “dead.”',
        ["Jane Roe", "Jane Roe"],
    ),
    "a subject before 'was still' is the subject, not a name inside it": (
        '"What a goal," said Luis Ortega.\n\nOne fan in a faded Ortega jersey was still singing an hour after the '
        'final whistle. "Two Ortegas, one goal," he said.',
        ["Luis Ortega", "fan in a faded Ortega jersey"],
    ),
    "celui-ci is the one just named": (
        "Language: fr\n\n« On verra », dit Odette Vasseur.\n\nLe gouvernement suit le dossier « avec la plus "
        "grande attention », fait savoir le ministère de l'Industrie. Celui-ci assure avoir demandé au groupe de "
        "« rechercher activement un repreneur ».",
        ["Odette Vasseur", "ministère de l'Industrie", "ministère de l'Industrie"],
    ),
    "ce is no one": (
        "Language: fr\n\nCe qu'elle a dit ce soir-là ? « Que les jeunes iraient en ville. C'est tout. »",
        [None],
    ),
    "a German genitive after a quote is no noun it names": (
        "Language: de\n\n„Das ist falsch“, sagte der Bürgermeister Hans Roth.\n\nSein Anwalt, Florian Ruckdäschel, "
        "sprach von einer „unerträglichen Vorverurteilung“ seines Mandanten im Dorf.",
        ["Hans Roth", "Florian Ruckdäschel"],
    ),
    "a German subjunctive after a noun subject reports the speaker": (
        "Language: de\n\n«Das ist ein Frontalangriff auf das Gewerbe», sagt SVP-Gemeinderat Urs Wyss. Wer an der "
        "Hardstrasse einen Kühlschrank kaufe, transportiere ihn nicht mit dem Lastenvelo. Die Stadträtin betreibe "
        "«Symbolpolitik auf dem Buckel der Ladenbesitzer».",
        ["Urs Wyss", "Urs Wyss"],
    ),
    "by one's own account is one's own words": (
        "Language: de\n\n„Das ist falsch“, sagte der Bürgermeister Hans Roth.\n\nDer Kirchbrunner Hausarzt Dr. "
        "Felix Amann hat in seiner Praxis nach eigenen Angaben bislang „eine Handvoll Magen-Darm-Fälle“ gesehen.",
        ["Hans Roth", "Felix Amann"],
    ),
    "a German quote before a lower-case word names no noun": (
        "Language: de\n\n„Ich habe Fehler gemacht“, sagte Markus Pfandler.\n\nStaatsanwältin Verena Stöckl zeichnete "
        "ein anderes Bild. Der Angeklagte habe über Jahre eine „Schattenkasse“ geführt. „Das war kein "
        "Krisenmanagement“, sagte die Anklägerin.",
        ["Markus Pfandler", "Verena Stöckl", "Verena Stöckl"],
    ),
    "a description ends on no article or preposition (1)": (
        "A woman who lives two doors from the burned house on Larkspur Road told jurors that she saw a man "
        "“walking fast, not running” away from the porch.",
        ["woman who lives two doors"],
    ),
    "a description ends on no article or preposition (2)": (
        "Language: fr\n\nUn autre parent, qui tenait un café à la main en attendant la cloche, était moins indulgent. "
        "« Ils ont le droit de faire la grève », a-t-il lâché.",
        ["autre parent"],
    ),
    "the latter is of the gender it says": (
        "Language: fr\n\nLa maire Sophie Laurent a rencontré le ministre Paul Martin lundi. Celle-ci assure : « Nous "
        "ne lâcherons rien. »",
        ["Sophie Laurent"],
    ),
    "someone else's anonymity leaves the named holder of a role": (
        "Mayor Jane Roe met officials on Monday.\n\nThe mayor, citing two officials who were not authorized to "
        'speak publicly, said the closure was "a disgrace".',
        ["Jane Roe"],
    ),
    "a description's who-clause does not reach past a name": (
        'The complaint came from a resident who had emailed Councillor Tom Hill, who called the plan "a disgrace".',
        ["Tom Hill"],
    ),
    "a Nordic word for a woman tells no gender in English": (
        'Arts officer Tom Hill said the cuts were "painful".\n\nA modern dancer who performed at the festival said '
        'the cuts were "devastating". "We have nowhere to go," he said.',
        ["Tom Hill", "modern dancer", "modern dancer"],
    ),
    "a scout is someone": (
        "A scout for another team who spoke on the condition that he not be identified said Jalen Reyes had "
        '"quietly become a top-20 guard" this season.',
        ["scout for another team"],
    ),
}

KINDS = {  # (article body, kinds of its quotes in order)
    "a Danish fear without its clause reports no one's words": (
        "Language: da\n\nHun frygter ikke »de nye tider«.",
        ["term"],
    ),
    "intitulée": (
        "Une pétition en ligne, intitulée « Touche pas à ma classe », a recueilli 3 200 signatures.",
        ["term"],
    ),
    "a phone call is no 'call' that names a term": (
        "Oliver Mensforth KC put it to him that the Friday phone call ‘simply never happened’.",
        ["speech"],
    ),
    "qualifié de": ("Dans ce quartier qualifié de « sensible », les commerçants s'organisent.", ["term"]),
    "a nickname without an article": ('Critics have nicknamed its central provision "pay-to-fallow."', ["term"]),
    "a name between a determiner and its noun": ("Marsh said the ‘Northern Spine’ programme was late.", ["term"]),
    "what people call a thing, named after it": (
        "Longtime tenants call the brick building “the Carver,” and several stood outside. Industry watchers "
        "have taken to calling the combined company “Big Soup,” a nickname he did not love.",
        ["term", "term"],
    ),
    "a call that names no thing": ("She called the hotline and said “Yes.”", ["speech"]),
    "what a group calls it": ('Firms are stuck in what the industry calls a "freight recession" now.', ["term"]),
    "what a person calls it is their words": (
        "Councillors voted through what the authority’s leader called ‘the hardest budget in living memory’.",
        ["speech"],
    ),
    "calling it a judgment is speech": (
        'Dunmore unveiled the plan, calling it "the most consequential legislation in decades."',
        ["speech"],
    ),
    "a one-word sentence after a colon is speech": ('Roz Achterberg\'s verdict on that: "Typical."', ["speech"]),
    "a short quote after someone's quote": ("‘That’s one,’ she says. ‘Eighteen to go.’", ["speech", "speech"]),
    "what locals call it": ('It followed the 2011 storm that locals still call "the Good Friday tornado."', ["term"]),
    "the title of a work": ("Prentiss reads from the novel “Salt Orchard” every night.", ["term"]),
    "a judgment of a work is speech": (
        "The critic Desmond Achterberg called the novel “a beautiful object with a hollow center”.",
        ["speech"],
    ),
    "a newspaper's name": (
        "„Wer schimpft, macht es sich zu einfach“, sagt Franz Pichler zur „Kranzbacher Rundschau“.",
        ["speech", "term"],
    ),
    "what she called it is her words": (
        'Varkonyi said Kardesh must drop what she called "the humiliation clause," a demand on inspections.',
        ["speech"],
    ),
    "a letter that says is speech": ('A letter that says the plan is "dead on arrival" reached Roe.', ["speech"]),
    "a long title-case name before its noun": (
        "The library will close under the council's ‘Fit for the Future’ savings programme.",
        ["term"],
    ),
    "a string in code": ('Critics posted window.flag = "script" in the comments.', ["term"]),
    "a German guess (dürfte) reports no one": (
        "Language: de\n\nDer Treffer dürfte als „Wunder von der Kreissporthalle“ in die Vereinsgeschichte eingehen.",
        ["term"],
    ),
    "what the company calls is its coinage": (
        'From Tuesday, shoppers can buy what the company calls a "smart fridge" in Oslo.',
        ["term"],
    ),
    "a German past tense is no subjunctive": (
        "Language: de\n\nOberstaatsanwalt Peter Krause leitet die Ermittlungen. Die Polizei ermittelte wegen "
        "„schwerer Brandstiftung“ gegen zwei Männer.",
        ["term"],
    ),
    "a scare quote after an article is no source's words": (
        'According to police, the man fled on foot. The car park has long been a "hotspot" for thefts.',
        ["term"],
    ),
    "what it calls is its coinage": (
        'The study was funded by Verdance Biologics, a company developing what it calls "anti-vector vaccines."',
        ["term"],
    ),
    "a name after a sentence that says whom it reports stays a term": (
        "Language: no\n\nIfølge Ingrid Nesse har 600 personer skrevet under. Oppropet, «La Vikefjorden leve», ble "
        "overlevert ordføreren.",
        ["term"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_attribution_pattern(case):
    body, speakers = CASES[case]
    assert speakers_of(body) == speakers


@pytest.mark.parametrize("case", sorted(KINDS))
def test_quote_kind(case):
    body, kinds = KINDS[case]
    assert [q.kind for q in parse(f"Title\n\n{body}\n").quotes] == kinds


def test_a_contraction_is_no_possessive_before_a_speech_verb():
    from newsdeck.verbs import speech_verbs

    assert [v.text for v in speech_verbs("He's said the plan is dead", "en")] == ["said"]
    assert speech_verbs("the union's state secretary", "en") == ()


def test_german_preterites_report_no_speech():
    assert [q.kind for q in parse("Title\nLanguage: de\n\nEr wohnte in „der alten Mühle“ am Bach.\n").quotes] == [
        "term"
    ]


def test_english_speech_verbs_come_in_every_form():
    assert inflections("criticize") == {"criticize", "criticizes", "criticized", "criticizing"}
    assert inflections("reply") == {"reply", "replies", "replied", "replying"}
    assert inflections("quip") == {"quip", "quips", "quipped", "quipping"}
    assert inflections("hail") == {"hail", "hails", "hailed", "hailing"}


def test_a_new_clause_after_a_quote_has_its_own_subject():
    body = (
        "The leader of the council, Derek Hanlon, said the reforms were ‘long overdue’, but Stenbury's leader, "
        "Priya Maddox, warned of ‘chaos’."
    )
    assert speakers_of(body) == ["Derek Hanlon", "Priya Maddox"]


def test_a_spokesperson_has_no_gender():
    words = ("spokesperson", "chairperson", "grandson", "Onkel")
    assert [role_gender(w, "en") for w in words] == [None, None, "m", "m"]


def test_a_pronoun_after_a_full_name_gives_its_gender_though_a_relative_shares_the_surname():
    paragraphs = ["Mannen heter Tor Einar Vold.", "Datteren hans, Siri Vold, er sykepleier. Hun forteller om video."]
    assert register(paragraphs, "no").people["Siri Vold"].gender == "f"


def test_a_german_body_named_in_the_genitive_is_registered_by_its_own_name():
    paragraphs = ["Die Fachleute des Landesamts für Wasserwirtschaft warnen. Mitarbeiter des Tiefbauamts schweigen."]
    bodies = [name for name, p in register(paragraphs, "de").people.items() if p.organisation]
    assert bodies == ["Landesamt für Wasserwirtschaft", "Tiefbauamt"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ursula von der Leyen sagte", ("Ursula", "von", "der", "Leyen")),
        ("Rogier van der Berg said", ("Rogier", "van", "der", "Berg")),
        ("Maria das Graças Silva said", ("Maria", "das", "Graças", "Silva")),
        ("Carlos Silva dos Santos said", ("Carlos", "Silva", "dos", "Santos")),
        ("riss sich Timo Hartung das Trikot vom Leib", ("Timo", "Hartung")),
    ],
)
def test_particles_join_names_but_a_german_article_after_a_name_does_not(text, name):
    from newsdeck.names import name_runs

    assert name_runs(text)[0][2] == name


@pytest.mark.parametrize(
    ("text", "code", "verbs"),
    [
        ("avant de se tourner vers le prévenu", "fr", []),
        ("comme le souligne le ministre", "fr", ["souligne"]),
        ("La préfète le confirme", "fr", ["confirme"]),
        ("Nur so viel: Man habe", "de", []),
        ("„Nein“, so sein Anwalt", "de", ["so"]),
        ("so eine Sprecherin", "de", ["so"]),
    ],
)
def test_a_noun_or_an_adverb_is_no_speech_verb(text, code, verbs):
    from newsdeck.verbs import speech_verbs

    assert [v.text for v in speech_verbs(text, code)] == verbs


@pytest.mark.parametrize(
    ("phrase", "who"),
    [
        ("state Department of Environmental Protection", "Department of Environmental Protection"),
        ("Secretary of State John Kerry", "John Kerry"),
        ("Minister for Health Ann Lee", "Ann Lee"),
    ],
)
def test_a_body_named_with_of_is_no_title_before_a_name(phrase, who):
    from newsdeck.lexicon import LANGUAGES
    from newsdeck.people import register
    from newsdeck.story import Reader

    assert Reader(LANGUAGES["en"], register(["Nothing."], "en")).resolve(phrase) == who


@pytest.mark.parametrize(
    ("code", "context", "phrase", "who"),
    [
        ("no", "Havbrukstilsynet ble varslet.", "Seksjonssjefen i tilsynets region nord", "seksjonssjef"),
        ("sv", "Skolan stängs.", "Rektorn på skolan", "rektor"),
    ],
)
def test_a_nordic_role_where_it_works_is_that_role(code, context, phrase, who):
    from newsdeck.lexicon import LANGUAGES
    from newsdeck.people import register
    from newsdeck.story import Reader

    assert Reader(LANGUAGES[code], register([context], code)).resolve(phrase) == who


_MISFIRES = [  # (article, who must not speak): ordinary sentences the rules of session 23 first misread
    ("Language: no\nTil NRK sier Hans Petter Vik at han «ikke har gjort noe galt».", "Petter Vik"),
    ('Ann Lee chairs the board.\n\nUnion Pacific said it would cut jobs. "We regret it," the company said.', "Pacific"),
    (
        "Language: no\nKari Dahl er ordfører.\n\nFlyselskapet Norwegian melder om forsinkelser. «Vi beklager», "
        "skriver selskapet.",
        "Flyselskapet Norwegian",
    ),
    (
        "Language: de\nDie Stadt plant neu.\n\nBei Glatteis gibt es Probleme. „Wir räumen früh“, heißt es in "
        "einer Mitteilung.",
        "Glatteis",
    ),
    (
        'Anna Berg lost her home. Her husband works as a carpenter in town.\n\n"We will rebuild," the carpenter said.',
        "Anna Berg",
    ),
    (
        "Language: fr\nPaul Girard est maire.\n\nUn convoi militaire a été attaqué. « Nous ne céderons pas », "
        "a-t-il déclaré.",
        "convoi militaire",
    ),
    (
        "Maria Lopez, 34, who ran Boston for the third time, finished. Tom Reed runs the race.\n\n“It works,” "
        "the chief executive said.",
        "Maria Lopez",
    ),
    ("In the United States union membership has fallen.\n\n“We are losing ground,” the union said.", "United States"),
    (
        "Uwe Brandt and Sabine Brandt run the farm. Anna Keller lost her husband.\n\n“She has been so brave,” Uwe "
        "Brandt said, turning to her husband.",
        "Sabine Brandt",
    ),
    ("The mayor said on Monday that residents were angry about the plan. “It’s a disgrace,” said one.", "mayor"),
]


@pytest.mark.parametrize(("body", "not_them"), _MISFIRES)
def test_a_new_rule_does_not_misfire_on_ordinary_sentences(body, not_them):
    assert not_them not in speakers_of(body)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Chief executive Robert Ahlstrand told analysts that costs were a risk to the company's outlook.",
        "Two people familiar with the talks said the company was weighing a new offer.",
    ],
)
def test_a_title_or_a_count_opening_a_sentence_is_no_body(paragraph):
    assert not [name for name, p in register([paragraph], "en").people.items() if p.organisation]


def test_a_bodys_role_opening_a_sentence_is_the_one_the_article_names_with_it_later():
    paragraphs = [
        "Samuel Okafor, who founded Kestrel in 2015, owns shares.",
        "Dana Cole, the zoo’s head keeper, spoke.",
    ]
    reader = Reader(LANGUAGES["en"], register(paragraphs, "en"))
    assert reader.labelled("The company’s founder, a former nephrologist, defended the drug.") == "Samuel Okafor"
    assert reader.labelled("The zoo’s head of animal health said the calf was well.") is None


def test_a_verb_after_its_subject_is_no_group_of_people():
    reader = Reader(LANGUAGES["en"], Registry())
    reader.note_groups("He remembers the afternoon she played him the song.")
    assert reader.group_of_one is None
    reader.note_groups("Residents were angry.")
    assert reader.group_of_one == "resident"


def test_its_role_held_by_two_people_is_the_one_of_the_body_just_named():
    body = (
        "Ardent chief executive Jane Roe met Halden Marine chief executive Tom Reed.\n\nHalden Marine confirmed the "
        'talks. "We are close," its chief executive said.'
    )
    assert speakers_of(body) == ["Tom Reed"]


def test_a_first_name_that_is_a_conjunction_elsewhere_stays_a_name():
    body = (
        "Language: de\nMen Caduff hält Schafe, gemeinsam mit seiner Tochter Seraina Caduff.\n\n„Es reicht“, sagt "
        "Seraina Caduff. Ihr Vater schweigt.\n\nBis dahin bleiben die Schafe im Stall. „Auf die Alp“, sagt Men "
        "Caduff, „gehen sie erst wieder im Juni.“"
    )
    assert speakers_of(body)[-2:] == ["Men Caduff", "Men Caduff"]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "Language: fr\nLe derby entre le RFC Hervelange et l'Union Sombreffe a dégénéré.\n\nSur son site, le "
            "RFC Hervelange a « condamné avec fermeté » les violences.",
            ["RFC Hervelange"],
        ),
        (
            "Language: fr\nLeur avocate, Me Sophie Garnier, entend démontrer que le fonds Aldane Capital a "
            "« organisé la faillite » du site. « Les commandes ont été transférées », a-t-elle déclaré.",
            ["Sophie Garnier", "Sophie Garnier"],
        ),
    ],
)
def test_a_french_quote_that_goes_on_from_an_auxiliary_is_the_subjects_words(body, speakers):
    assert [(q.kind, q.speaker) for q in parse(f"Title\n{body}\n").quotes] == [("speech", s) for s in speakers]


def test_a_described_subject_of_a_participle_is_named_next():
    body = (
        "A former government minister has joined opposition to a solar farm near the village of Coldharbour, "
        "calling the scheme “an industrial blot on one of the last unspoilt valleys”.\n\nSir Geoffrey Allenby, "
        "who served as farming minister until 2022, said he would speak against the plans when Wexcombe District "
        "Council’s planning committee meets."
    )
    assert speakers_of(body) == ["Geoffrey Allenby"]
    registry = register(["Wexcombe District Council’s planning committee meets next week."], "en")
    assert "Wexcombe District Council’s" not in registry.people


@pytest.mark.parametrize(
    ("body", "found"),
    [
        (
            "Jane Roe runs the bakery with her partner Tom Reed. “We open at five,” Roe said. Reed bakes the bread. "
            "“He has done it for 20 years.”",
            [("speech", "Jane Roe"), ("speech", "Jane Roe")],
        ),
        (
            "Language: fr\nLe ministre Paul Morel et l'éleveur Henri Fabre étaient là. Paul Morel a « pris acte ». "
            "Quelques minutes plus tard, Henri Fabre a « dénoncé une mascarade ».",
            [("speech", "Paul Morel"), ("speech", "Henri Fabre")],
        ),
        (
            "Language: fr\nLe maire Paul Morel s'est exprimé mardi. Il y avait « des centaines » de personnes.",
            [("term", None)],
        ),
        ('The police said: "We are looking for him."', [("speech", "police")]),
        (
            '"It was calm," local officials said. Local officials said: "We will review it."',
            [("speech", "local officials")] * 2,
        ),
        ('"We will win," Di Maio said.', [("speech", "Di Maio")]),
    ],
)
def test_the_sessions_new_rules_keep_to_their_cases(body, found):
    """Misfires an independent review found in the new rules (a reaction between quotes, a French
    auxiliary, a town's police, UK ranks), each mended."""
    header, text = body.split("\n", 1) if body.startswith("Language:") else ("", body)
    quotes = parse(f"Title\n{header}\n\n{text}\n").quotes
    assert [(q.kind, q.speaker) for q in quotes] == found


def test_a_french_description_ending_on_non_is_read():
    quotes = parse(
        "Title\nLanguage: fr\n\n« Oui », lance une conductrice non.\n\n"
        "Selon une conductrice non, la grève « dure trop ».\n"
    ).quotes
    assert [q.text.strip() for q in quotes] == ["Oui", "dure trop"]
