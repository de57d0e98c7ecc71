import re

import pytest

from claims.extract.lang import detect_language, en, fr, resources


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le Kremlin a confirmé que les deux dirigeants se sont donné des fusils lors de leur rencontre.", "fr"),
        ("« Nous sommes prêts », a déclaré le ministre, qui n'a pas précisé la date de sa visite.", "fr"),
        ("The Kremlin said on Thursday that the two leaders had exchanged rifles during their meeting.", "en"),
        ("\"We are ready,\" the minister told reporters, without giving a date for his visit.", "en"),
        ("Der russische Präsident sagte, die Zusammenarbeit mit Nordkorea sei wichtig für beide Länder.", "und"),
        ("El presidente ruso dijo que la cooperación con Corea del Norte es importante para los dos países.", "und"),
        ("Il presidente russo ha detto che la cooperazione con la Corea del Nord è importante per i due paesi.", "und"),
        ("O presidente russo disse que a cooperação com a Coreia do Norte é importante para os dois países.", "und"),
        ("Bonjour", "und"),
        ("Hello world", "und"),
        ("", "und"),
    ],
)
def test_detect_language(text, expected):
    assert detect_language(text) == expected


# Wire briefs of two or three sentences. The French ones have too few French-only function words
# for the first count ("la", "de", "que", "en", "un" are shared with Spanish and left out of it).
SHORT_FRENCH_BRIEFS = [
    "Le constructeur automobile Renault a annoncé jeudi la suppression de 1 200 postes en France d'ici à 2027. "
    "« Nous n'avons pas d'autre choix », a affirmé son directeur général, Luc Morand, lors d'une conférence de "
    "presse à Boulogne-Billancourt.",
    "Le PSG s'est imposé 2-0 samedi à Lens grâce à un doublé de son attaquant portugais. « On a su rester "
    "patients », a réagi l'entraîneur à l'issue de la rencontre.",
    "La SNCF a annoncé la reprise progressive du trafic entre Paris et Lille à partir de 14 heures. Un incident "
    "de signalisation avait bloqué la ligne toute la matinée.",
    "Le ministre de l'Intérieur a promis mardi l'embauche de 1 500 gendarmes supplémentaires d'ici à la fin de "
    "l'année. Une annonce jugée insuffisante par plusieurs syndicats de police.",
    "La justice a ordonné la remise en liberté de l'ancien préfet, a indiqué son avocat à l'AFP. Il reste mis en "
    "examen pour corruption passive.",
    "Le groupe Casino a confirmé mercredi la cession de 120 magasins à Intermarché. « Cette opération permet de "
    "sécuriser l'avenir de 4 000 salariés », a assuré la direction dans un communiqué.",
    "L'Assemblée nationale a rejeté mardi la motion de censure déposée par la gauche, à 43 voix près. Le "
    "gouvernement reste donc en place jusqu'au vote du budget.",
    # No accent in the first sentence.
    "La commune de Saint-Malo a fait voter en conseil municipal un plan de 12 millions d'euros pour la digue du "
    "Sillon. Il prévoit un rehaussement de la promenade de 80 centimètres d'ici à 2028.",
    "Un adolescent de 16 ans a pris un coup de couteau samedi soir devant un bar de Rennes. Son pronostic vital "
    "n'est pas engagé, a précisé la police.",
    # No accent at all (a feed that strips them).
    "Le president ivoirien a nomme jeudi un nouveau gouvernement, a annonce la presidence dans un communique lu "
    "a la television nationale.",
    "Le maire a annoncé lundi la fermeture du pont.\nIl rouvrira en mai, a-t-il précisé.",
]
SHORT_ENGLISH_BRIEFS = [
    "Kenya's parliament on Wednesday approved a bill raising taxes on mobile money transfers. Opposition "
    "lawmakers walked out before the vote.",
    "Japan's Nikkei share average slid 2.3% on Monday as a stronger yen hit exporters. Toyota fell 4% after "
    "cutting its full-year forecast.",
    "Ghana's cedi hit a record low against the dollar on Thursday, traders said, as demand from importers "
    "outstripped supply.",
    "Police in Manchester arrested two men on Sunday after a stabbing outside a nightclub left a 19-year-old in "
    "hospital. \"We are keeping an open mind,\" Det. Insp. Claire Moss said.",
]
# Briefs in languages with no resources: extracted in quotes-only mode, so never "fr" or "en".
SHORT_OTHER_BRIEFS = [
    ("es", "El Gobierno de España aprobó el martes un plan de 3.000 millones de euros para la vivienda. «Es una "
           "respuesta urgente a un problema que afecta a millones de familias», dijo la ministra en una rueda de "
           "prensa en Madrid."),
    ("es", "La Policía Nacional detuvo en Valencia a un hombre de 45 años acusado de estafar a más de 200 "
           "personas con falsas inversiones en criptomonedas, informaron fuentes de la investigación."),
    ("es", "«No vamos a permitir que se destruya la sanidad pública», afirmó la presidenta de la comunidad en un "
           "acto en Sevilla."),
    ("it", "Il governo italiano ha approvato giovedì un decreto da 2 miliardi di euro per le imprese colpite "
           "dall'alluvione in Emilia-Romagna. «È un segnale concreto», ha detto il ministro in conferenza stampa."),
    ("it", "La Juventus ha battuto 2-0 il Napoli all'Allianz Stadium. «Abbiamo giocato da squadra», ha commentato "
           "l'allenatore al termine della partita."),
    ("it", "Il presidente della Regione ha detto che l'ospedale riaprirà entro l'estate e che nessun reparto sarà "
           "chiuso."),
    ("pt", "O governo português aprovou nesta quinta-feira um pacote de 1,5 mil milhões de euros para apoiar as "
           "famílias. «É uma resposta à crise da habitação», disse o primeiro-ministro em Lisboa."),
    ("pt", "A Polícia Federal prendeu em São Paulo um empresário suspeito de lavagem de dinheiro. Segundo os "
           "investigadores, o esquema movimentou mais de 300 milhões de reais."),
    ("ca", "El Govern ha aprovat aquest dimarts un pla de 500 milions d'euros per fer front a la sequera. «És una "
           "situació d'emergència», ha dit la consellera d'Acció Climàtica en roda de premsa."),
    ("ca", "Els Mossos d'Esquadra han detingut a Girona un home de 34 anys per l'incendi d'un magatzem al polígon "
           "industrial. L'home ja tenia antecedents, segons la policia."),
    ("ca", "L'Ajuntament de Barcelona obrirà el mes que ve tres noves línies d'autobús al districte de Sant Martí, "
           "ha anunciat l'alcalde. Les obres s'han allargat més del previst."),
    ("ca", "Què passarà amb les obres de l'AP-7? El Departament de Territori ha explicat que les obres començaran "
           "al setembre i que s'allargaran fins al 2027."),
    ("de", "Die Bundesregierung hat am Mittwoch ein Hilfspaket von zwei Milliarden Euro für die Landwirtschaft "
           "beschlossen. „Wir lassen die Bauern nicht allein“, sagte der Minister in Berlin."),
    ("de", "Bei einem Brand in einer Lagerhalle in Duisburg ist in der Nacht ein Schaden in Millionenhöhe "
           "entstanden. Verletzt wurde nach Angaben der Feuerwehr niemand."),
    ("ro", "Guvernul a aprobat marți un pachet de măsuri pentru sprijinirea fermierilor afectați de secetă, a "
           "anunțat ministrul Agriculturii. Ajutoarele vor fi plătite până la sfârșitul lunii."),
    ("nl", "De regering heeft dinsdag een plan van 2 miljard euro gepresenteerd om de woningnood aan te pakken. "
           "„Dit is een eerste stap”, zei de minister in Den Haag."),
    ("gl", "O Goberno galego aprobou este martes un plan de axudas de 30 millóns de euros para o sector lácteo. A "
           "conselleira do Medio Rural dixo que as axudas chegarán antes do verán."),
    ("oc", "Lo conselh municipal de Tolosa a votat dimars un plan de 20 milions d'èuros per la renovacion de las "
           "escòlas. L'opposicion a denonciat una decision presa sens concertacion."),
]


@pytest.mark.parametrize("text", SHORT_FRENCH_BRIEFS)
def test_short_french_brief_is_french(text):
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("text", SHORT_ENGLISH_BRIEFS)
def test_short_english_brief_is_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize("lang, text", SHORT_OTHER_BRIEFS, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(SHORT_OTHER_BRIEFS)])
def test_short_brief_in_another_language_is_undetermined(lang, text):
    assert detect_language(text) == "und"
    # and so is each of its sentences alone
    for sentence in re.split(r"(?<=[.?»“”])\s+", text):
        assert detect_language(sentence) == "und", sentence


def test_detect_language_reads_only_the_start():
    text = "Le Kremlin a confirmé que les deux dirigeants se sont rencontrés dans la ville. " * 30
    assert detect_language(text + "The the the of of and and that that was. " * 500) == "fr"


def test_resources_returns_the_language_module_or_none():
    assert resources("fr") is fr
    assert resources("en") is en
    assert resources("de") is None
    assert resources(None) is None


def test_language_modules_define_the_same_facts_names():
    names = [
        "MONTHS", "WEEKDAYS", "RELATIVE_DAYS", "RELATIVE_PERIODS", "NUMBER_WORDS", "SCALE_WORDS",
        "UNITS", "NEGATIONS", "FUNCTION_WORDS", "AGENCY_CITE_BEFORE", "AGENCY_CITE_AFTER",
        "CREDIT_MARKERS", "BOILERPLATE", "NAME_TITLES", "PLACE_KEYS",
    ]
    for name in names:
        assert hasattr(fr, name) and hasattr(en, name), name
    # Units are canonical across languages.
    assert fr.UNITS["kilomètres"] == en.UNITS["kilometres"] == "km"
    assert fr.UNITS["morts"] == en.UNITS["dead"]


def test_language_modules_define_the_same_uppercase_names():
    def names(module):
        return {name for name in vars(module) if name.isupper()}

    assert names(fr) == names(en)


@pytest.mark.parametrize(
    "text",
    [
        "l'homme d’État n'a-t-il pas dit : « c'est l'été » ? Aujourd'hui, 3e_essai x2 ²½ l''a",
        "Le  président\u00a0a dit\tqu'il n'était pas là.\nThe man's 'quoted' words",
        "",
    ],
)
def test_word_split_matches_the_word_pattern(text):
    from claims.extract.lang import _WORD, _words

    low = text.lower().replace("’", "'")
    assert _words(low) == _WORD.findall(low)
