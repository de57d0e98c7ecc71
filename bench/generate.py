"""Deterministic generator of realistic French and English news articles for the benchmarks.

Each *story* is one piece of "agency copy": a few speakers (with roles, some with
French and English spellings), quotes, numbers and a date. Several outlets then tell
the story, each in its own way: French or English (so some versions are translations),
a different selection and order of quotes, direct quotes with « » or “ ” or "",
inverted attributions, indirect speech, "according to" forms, bylines such as
"(AFP)" or "D'après AFP, Reuters", photo credits and boilerplate. Now and then an
outlet changes a number, which gives the comparison something to find.

Articles are streamed to JSONL (one object per line: text, title, outlet, url,
published, language), or to a folder of .txt files; nothing is held in memory.

    python bench/generate.py --articles 10000 --out bench/data/10k.jsonl
    python bench/generate.py --articles 1000 --size 3k --out bench/data/1k.jsonl
    python bench/generate.py --articles 200 --format txt --out bench/data/txt-200
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

OUTLETS_FR = [
    "Le Courrier du Matin", "La Dépêche Continentale", "L'Écho de la Loire", "Le Journal des Deux Rives",
    "La Voix du Nord-Est", "Le Quotidien Républicain", "Midi Actualités", "L'Observateur Alpin",
    "La Gazette de Gascogne", "Le Petit Matinal", "Info Vingt-Quatre", "Le Messager Atlantique",
    "La Tribune des Flandres", "Le Soir Lorrain", "Radio Horizon Info", "Le Phare Breton",
    "Actu Francophone", "La Lettre Diplomatique",
]
OUTLETS_EN = [
    "The Morning Ledger", "Harbor Times", "The Northern Courier", "Capital Dispatch", "The Daily Meridian",
    "Riverside Gazette", "The Continental Post", "Evening Standard-Herald", "World Desk Today",
    "The Pacific Observer", "Metro Wire", "The Civic Record", "Global Affairs Weekly", "The Lakeshore Tribune",
    "Independent Monitor", "The Atlantic Sentinel", "Newsline Daily", "The Borough Bulletin",
]
JOURNALISTS = [
    "Huyen Le", "Claire Dubois", "Marc Lefèvre", "Sophie Martin", "Jean-Paul Roux", "Amina Diallo",
    "Thomas Weber", "Sarah Collins", "David Okafor", "Emily Hart", "Kenji Sato", "Laura Benedetti",
    "Nadia Haddad", "Pierre Garnier", "Olivia Grant", "Lucas Moreau",
]
AGENCIES = ["AFP", "Reuters", "AP", "DPA", "ANSA", "EFE", "Kyodo", "TASS"]
PHOTO_AGENCIES = ["Reuters", "AFP", "AP", "Getty Images", "EPA", "KCNA", "Xinhua"]
COUNTRIES = [  # (fr, en, fr adjective, en adjective)
    ("la Norvalie", "Norvalia", "norvalien", "Norvalian"),
    ("l'Ostrie", "Ostria", "ostrien", "Ostrian"),
    ("la Karélie du Sud", "South Karelia", "sud-carélien", "South Karelian"),
    ("le Valmont", "Valmont", "valmontais", "Valmontese"),
    ("la République de Sardane", "the Republic of Sardana", "sardanais", "Sardanian"),
    ("le Bélorie", "Beloria", "bélorien", "Belorian"),
]
CITIES = [("Genève", "Geneva"), ("Bruxelles", "Brussels"), ("Vienne", "Vienna"), ("Moscou", "Moscow"),
          ("Londres", "London"), ("Pékin", "Beijing"), ("Varsovie", "Warsaw"), ("Lisbonne", "Lisbon")]
# (French spelling, English spelling, gender): some names are transliterated differently.
PEOPLE = [
    ("Sergueï Volkov", "Sergei Volkov", "m"), ("Dmitri Orlov", "Dmitry Orlov", "m"),
    ("Hélène Marchand", "Hélène Marchand", "f"), ("Iouri Sokolov", "Yuri Sokolov", "m"),
    ("Anna Lindqvist", "Anna Lindqvist", "f"), ("Mikhaïl Petrenko", "Mikhail Petrenko", "m"),
    ("Karim Benali", "Karim Benali", "m"), ("Maria Kowalska", "Maria Kowalska", "f"),
    ("Alexeï Gromov", "Alexei Gromov", "m"), ("Jonas Eriksen", "Jonas Eriksen", "m"),
    ("Fatou Ndiaye", "Fatou Ndiaye", "f"), ("Viktor Ianoukov", "Viktor Yanukov", "m"),
    ("Paolo Ferraro", "Paolo Ferraro", "m"), ("Grace Mwangi", "Grace Mwangi", "f"),
    ("Li Wenjun", "Li Wenjun", "m"), ("Olga Tchernova", "Olga Chernova", "f"),
    ("Hans Vogel", "Hans Vogel", "m"), ("Aïcha Touré", "Aisha Toure", "f"),
    ("Nikolaï Kouznetsov", "Nikolai Kuznetsov", "m"), ("Ingrid Solberg", "Ingrid Solberg", "f"),
]
ROLES = {  # gender -> (fr, en); {adj_fr}/{adj_en} is the country adjective, {adj_fr_f} its feminine
    "m": [
        ("le ministre {adj_fr} des Affaires étrangères", "{adj_en} Foreign Minister"),
        ("le porte-parole de la présidence {adj_fr_f}", "the {adj_en} presidential spokesman"),
        ("le ministre {adj_fr} de la Défense", "{adj_en} Defence Minister"),
        ("le chef de la diplomatie {adj_fr_f}", "the {adj_en} top diplomat"),
        ("le président {adj_fr}", "{adj_en} President"),
        ("le gouverneur de la banque centrale {adj_fr_f}", "the {adj_en} central bank governor"),
    ],
    "f": [
        ("la porte-parole du gouvernement {adj_fr}", "the {adj_en} government spokeswoman"),
        ("la ministre {adj_fr_f} de l'Économie", "{adj_en} Economy Minister"),
        ("la Première ministre {adj_fr_f}", "{adj_en} Prime Minister"),
        ("la ministre {adj_fr_f} de la Santé", "{adj_en} Health Minister"),
        ("la présidente {adj_fr_f}", "{adj_en} President"),
    ],
}
INSTITUTES = ["de l'Institut Meridian", "du Centre d'études stratégiques de Lund", "de la fondation Horizon",
              "de l'université de Tervant"]
INSTITUTES_EN = ["the Meridian Institute", "the Lund Centre for Strategic Studies", "the Horizon Foundation",
                 "Tervant University"]
# Reactions an outlet adds from analysts or the opposition: (fr direct, en direct, fr indirect, en indirect).
REACTIONS = [
    ("C'est un tournant, mais les effets ne se feront pas sentir avant des mois",
     "It is a turning point, but the effects will not be felt for months",
     "il s'agissait d'un tournant dont les effets ne se feraient pas sentir avant des mois",
     "it was a turning point whose effects would not be felt for months"),
    ("Le gouvernement a trop attendu et les citoyens en paient le prix",
     "The government waited too long and citizens are paying the price",
     "le gouvernement avait trop attendu",
     "the government had waited too long"),
    ("Ces chiffres sont sous-estimés, la réalité est bien pire",
     "These figures are underestimated, the reality is much worse",
     "les chiffres officiels étaient sous-estimés",
     "the official figures were underestimated"),
    ("Personne ne sait combien de temps cela va durer",
     "Nobody knows how long this will last",
     "personne ne savait combien de temps cela allait durer",
     "nobody knew how long it would last"),
    ("Nous demandons une enquête indépendante et la publication de tous les documents",
     "We are demanding an independent inquiry and the release of all documents",
     "l'opposition demandait une enquête indépendante",
     "the opposition was demanding an independent inquiry"),
    ("Il faudra au moins {days} jours pour évaluer la situation",
     "It will take at least {days} days to assess the situation",
     "il faudrait au moins {days} jours pour évaluer la situation",
     "it would take at least {days} days to assess the situation"),
]
ORGANISATIONS = [
    ("le ministère {adj_fr} de la Santé", "the {adj_en} Health Ministry"),
    ("la Commission européenne", "the European Commission"),
    ("l'Organisation mondiale de la santé", "the World Health Organization"),
    ("la banque centrale {adj_fr_f}", "the {adj_en} central bank"),
    ("l'état-major {adj_fr}", "the {adj_en} military command"),
]

# Each topic: title pair, quotes as (fr direct, en direct, fr indirect, en indirect), context pairs.
# Slots: {n} a whole number, {m} an amount in millions, {p} a percentage, {city_fr}/{city_en},
# {other_fr}/{other_en} another country, {adj_fr}/{adj_en}.
TOPICS = [
    {
        "title": ("{other_fr} et {country_fr} signent un accord de coopération militaire",
                  "{other_en} and {country_en} sign military cooperation pact"),
        "quotes": [
            ("Cet accord renforce notre sécurité et celle de toute la région",
             "This agreement strengthens our security and that of the whole region",
             "l'accord renforçait la sécurité du pays et celle de toute la région",
             "the agreement strengthened the country's security and that of the whole region"),
            ("Nous livrerons {n} véhicules blindés d'ici la fin de l'année",
             "We will deliver {n} armoured vehicles by the end of the year",
             "le pays livrerait {n} véhicules blindés d'ici la fin de l'année",
             "the country would deliver {n} armoured vehicles by the end of the year"),
            ("Il n'y a aucune menace pour nos voisins, nous respectons le droit international",
             "There is no threat to our neighbours, we respect international law",
             "il n'y avait aucune menace pour les voisins du pays",
             "there was no threat to the country's neighbours"),
            ("Le montant total du contrat s'élève à {m} millions d'euros",
             "The total value of the contract is {m} million euros",
             "le montant total du contrat s'élevait à {m} millions d'euros",
             "the total value of the contract was {m} million euros"),
        ],
    },
    {
        "title": ("Inflation : {country_fr} relève ses taux à {p} %", "{country_en} raises rates to {p}% as inflation bites"),
        "quotes": [
            ("L'inflation a atteint {p} % sur un an, un niveau que nous ne pouvons pas accepter",
             "Inflation reached {p}% year on year, a level we cannot accept",
             "l'inflation avait atteint {p} % sur un an",
             "inflation had reached {p}% year on year"),
            ("Les ménages les plus modestes recevront une aide de {n} euros",
             "The poorest households will receive {n} euros in support",
             "les ménages les plus modestes recevraient une aide de {n} euros",
             "the poorest households would receive {n} euros in support"),
            ("Nous ne prévoyons pas de récession cette année",
             "We do not expect a recession this year",
             "le gouvernement ne prévoyait pas de récession cette année",
             "the government did not expect a recession this year"),
            ("Le plan coûtera {m} millions d'euros et sera financé sans nouvel impôt",
             "The plan will cost {m} million euros and will be funded without new taxes",
             "le plan coûterait {m} millions d'euros",
             "the plan would cost {m} million euros"),
        ],
    },
    {
        "title": ("Épidémie : {n} nouveaux cas signalés en {country_fr}", "{country_en} reports {n} new cases as outbreak spreads"),
        "quotes": [
            ("Nous avons recensé {n} nouveaux cas au cours des dernières vingt-quatre heures",
             "We have recorded {n} new cases over the past twenty-four hours",
             "{n} nouveaux cas avaient été recensés en vingt-quatre heures",
             "{n} new cases had been recorded in twenty-four hours"),
            ("La situation est sous contrôle et les hôpitaux ne sont pas saturés",
             "The situation is under control and hospitals are not overwhelmed",
             "la situation était sous contrôle",
             "the situation was under control"),
            ("Environ {p} % de la population a déjà reçu une dose de vaccin",
             "About {p}% of the population has already received a vaccine dose",
             "environ {p} % de la population avait reçu une dose",
             "about {p}% of the population had received a dose"),
            ("Il est trop tôt pour lever les restrictions",
             "It is too early to lift the restrictions",
             "il était trop tôt pour lever les restrictions",
             "it was too early to lift the restrictions"),
        ],
    },
    {
        "title": ("Sommet à {city_fr} : {country_fr} et {other_fr} promettent un cessez-le-feu",
                  "{country_en} and {other_en} pledge ceasefire at {city_en} summit"),
        "quotes": [
            ("Le sommet a été utile, constructif et opportun",
             "The summit was useful, constructive and timely",
             "le sommet avait été utile et constructif",
             "the summit had been useful and constructive"),
            ("Le cessez-le-feu entrera en vigueur dans {days} jours",
             "The ceasefire will take effect in {days} days",
             "le cessez-le-feu entrerait en vigueur dans {days} jours",
             "the ceasefire would take effect in {days} days"),
            ("Nous ne reconnaîtrons jamais l'annexion de ces territoires",
             "We will never recognise the annexation of these territories",
             "le pays ne reconnaîtrait jamais l'annexion de ces territoires",
             "the country would never recognise the annexation of those territories"),
            ("Plus de {n} prisonniers seront échangés la semaine prochaine",
             "More than {n} prisoners will be exchanged next week",
             "plus de {n} prisonniers seraient échangés la semaine suivante",
             "more than {n} prisoners would be exchanged the following week"),
        ],
    },
    {
        "title": ("Énergie : {country_fr} coupe ses livraisons de gaz vers {other_fr}",
                  "{country_en} halts gas deliveries to {other_en}"),
        "quotes": [
            ("Les livraisons ont baissé de {p} % depuis le début de l'année",
             "Deliveries have fallen by {p}% since the start of the year",
             "les livraisons avaient baissé de {p} % depuis le début de l'année",
             "deliveries had fallen by {p}% since the start of the year"),
            ("Il s'agit d'une décision purement technique, pas politique",
             "This is a purely technical decision, not a political one",
             "il s'agissait d'une décision purement technique",
             "it was a purely technical decision"),
            ("Nos réserves couvrent {days} jours de consommation",
             "Our reserves cover {days} days of consumption",
             "les réserves du pays couvraient {days} jours de consommation",
             "the country's reserves covered {days} days of consumption"),
            ("Nous porterons plainte devant les tribunaux internationaux",
             "We will file a complaint before international courts",
             "le pays porterait plainte devant les tribunaux internationaux",
             "the country would file a complaint before international courts"),
        ],
    },
]

CONTEXT = [  # background sentences without claims: (fr, en)
    ("Les relations entre les deux pays se sont nettement dégradées au cours des dix dernières années.",
     "Relations between the two countries have deteriorated sharply over the past decade."),
    ("La rencontre s'est tenue à huis clos, en présence de plusieurs délégations.",
     "The meeting was held behind closed doors in the presence of several delegations."),
    ("{Country_fr} compte environ {pop} millions d'habitants et dépend largement de ses exportations.",
     "{Country_en} has a population of about {pop} million and depends heavily on exports."),
    ("Le gouvernement {adj_fr} est sous pression depuis les élections de l'an dernier, marquées par une forte abstention.",
     "The {adj_en} government has been under pressure since last year's elections, which saw a low turnout."),
    ("L'opposition a annoncé qu'elle déposerait une motion de censure dans les prochains jours.",
     "The opposition has announced it will table a no-confidence motion in the coming days."),
    ("Selon les chiffres officiels publiés en {month_fr}, le chômage atteint {p2} % de la population active.",
     "According to official figures published in {month_en}, unemployment stands at {p2}% of the workforce."),
    ("Le texte doit encore être ratifié par le Parlement avant la fin du mois.",
     "The text must still be ratified by parliament before the end of the month."),
    ("Des manifestations ont eu lieu devant le siège du gouvernement à {city_fr}.",
     "Protests took place outside government headquarters in {city_en}."),
    ("Les marchés ont réagi avec prudence à l'annonce, la monnaie locale reculant légèrement.",
     "Markets reacted cautiously to the announcement, with the local currency slipping slightly."),
    ("Plusieurs organisations non gouvernementales ont appelé à la transparence sur ce dossier.",
     "Several non-governmental organisations have called for transparency on the matter."),
    ("Cette visite est la première d'un dirigeant {adj_fr} dans la région depuis 2019.",
     "The visit is the first by a {adj_en} leader to the region since 2019."),
    ("Les discussions avaient été suspendues à plusieurs reprises ces derniers mois.",
     "Talks had been suspended several times in recent months."),
    ("La question divise profondément la classe politique, y compris au sein de la majorité.",
     "The issue deeply divides the political class, including within the ruling majority."),
    ("Les premières réactions de la société civile ont été contrastées.",
     "The first reactions from civil society were mixed."),
    ("Le dossier sera de nouveau examiné lors d'une réunion prévue le mois prochain à {city_fr}.",
     "The file will be examined again at a meeting scheduled next month in {city_en}."),
    ("Les exportations du pays ont reculé de {p} % sur un an, d'après les douanes.",
     "The country's exports fell {p}% year on year, customs data showed."),
    ("Les négociateurs se sont retrouvés tard dans la soirée pour une nouvelle session.",
     "Negotiators met late in the evening for another session."),
    ("Aucun calendrier précis n'a été communiqué à ce stade.",
     "No precise timetable has been given at this stage."),
    ("La presse locale a largement relayé l'information, souvent en une.",
     "The local press widely reported the news, often on the front page."),
    ("Le Parlement {adj_fr} compte {n} députés, élus pour cinq ans.",
     "The {adj_en} parliament has {n} members, elected for five years."),
    ("Des diplomates étrangers suivent la situation de près depuis plusieurs semaines.",
     "Foreign diplomats have been following the situation closely for several weeks."),
    ("La décision intervient dans un contexte économique difficile, marqué par une inflation élevée.",
     "The decision comes against a difficult economic backdrop of high inflation."),
    ("Une délégation technique doit se rendre sur place dans les prochains jours.",
     "A technical delegation is due to travel there in the coming days."),
]
BOILERPLATE_FR = ["Lien source", "Comment (0)", "Partager", "{n} partages", "Lire aussi : nos articles sur la région",
                  "Abonnez-vous à notre lettre d'information"]
BOILERPLATE_EN = ["Source link", "Comments (0)", "Share this article", "{n} shares", "Read more: our regional coverage",
                  "Sign up for our newsletter"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CUES_FR = ["a déclaré", "a affirmé", "a indiqué", "a ajouté", "a souligné", "a estimé", "a assuré", "a précisé"]
CUES_FR_THAT = ["a déclaré", "a affirmé", "a indiqué", "a assuré", "a estimé", "a annoncé"]
CUES_EN = ["said", "told reporters", "added", "stressed", "said in a statement", "insisted", "noted"]
# Share of paragraphs that carry an attributed statement, and of those that carry a second one.
# Tuned so the extractor finds about as many claims per 3 KB as on the real CC BY Wikinews dev
# articles: there 12.7 (French) and 16.7 (English) per 3 KB, of which 6.5 and 5.5 assertions; here
# ~19, of which ~7 assertions (version 1 of this generator gave ~24, nearly one per sentence).
QUOTE_PARAGRAPHS = 0.3
SECOND_CLAIM = 0.15
SIZE_MODES = {"3k": (2700, 3300), "mixed": (1000, 10000), "small": (1000, 2000)}


class Story:
    """The shared facts every outlet's version of one story is built from."""

    def __init__(self, rng: random.Random, index: int, base_day: date):
        self.index = index
        self.topic = TOPICS[rng.randrange(len(TOPICS))]
        country, other = rng.sample(COUNTRIES, 2)
        city = rng.choice(CITIES)
        self.published = base_day + timedelta(days=index % 900)
        self.said_on = self.published - timedelta(days=rng.choice([0, 1, 1, 2, 3]))
        self.slots = {
            "country_fr": country[0], "country_en": country[1], "adj_fr": country[2], "adj_en": country[3],
            "Country_fr": _capitalise(country[0]), "Country_en": _capitalise(country[1]),
            "adj_fr_f": country[2] + ("ne" if country[2].endswith("en") else "e" if not country[2].endswith("e") else ""),
            "other_fr": other[0], "other_en": other[1], "city_fr": city[0], "city_en": city[1],
            "n": rng.choice([12, 40, 85, 150, 300, 1200, 2500]) + rng.randrange(0, 9),
            "days": rng.choice([3, 7, 10, 15, 30, 45, 90]),
            "m": rng.choice([35, 120, 450, 900, 1700]), "p": rng.choice([3, 4.5, 7, 12, 18, 26, 41]),
            "p2": rng.choice([5.1, 6.8, 7.4, 9.2, 11.5]), "pop": rng.choice([2.3, 4.8, 9.1, 17.5, 38]),
            "month_fr": MONTHS_FR[(self.published.month - 2) % 12], "month_en": MONTHS_EN[(self.published.month - 2) % 12],
        }
        people = rng.sample(PEOPLE, 4)
        self.speakers = []
        for i, (fr, en, gender) in enumerate(people):
            if i < 3:
                role_fr, role_en = rng.choice(ROLES[gender])
                role_fr, role_en = role_fr.format(**self.slots), role_en.format(**self.slots)
            else:  # an outside analyst
                institute = rng.randrange(len(INSTITUTES))
                role_fr = ("l'analyste" if gender == "m" else "la chercheuse") + " " + INSTITUTES[institute]
                role_en = "an analyst at " + INSTITUTES_EN[institute]
            self.speakers.append({"fr": fr, "en": en, "gender": gender, "role_fr": role_fr, "role_en": role_en,
                                  "surname": en.split()[-1], "surname_fr": fr.split()[-1]})
        org = rng.choice(ORGANISATIONS)
        self.organisation = {"fr": org[0].format(**self.slots), "en": org[1].format(**self.slots)}
        self.agencies = rng.sample(AGENCIES[:4], rng.choice([1, 1, 2]))
        quotes = list(self.topic["quotes"])
        owners = [self.speakers[0], self.speakers[1], self.speakers[2], None]
        self.quotes = list(zip(quotes, owners))
        for reaction in rng.sample(REACTIONS, 3):
            self.quotes.append((reaction, self.speakers[3]))


def _date_phrase(rng: random.Random, lang: str, said: date, published: date) -> str:
    choice = rng.randrange(4)
    if choice == 0:
        return ""
    if lang == "fr":
        if choice == 1 and (published - said).days < 6:
            return " " + WEEKDAYS_FR[said.weekday()]
        return f" le {said.day}{'er' if said.day == 1 else ''} {MONTHS_FR[said.month - 1]}"
    if choice == 1 and (published - said).days < 6:
        return " on " + WEEKDAYS_EN[said.weekday()]
    return f" on {MONTHS_EN[said.month - 1]} {said.day}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _que(clause: str) -> str:
    return "qu'" + clause if clause[:1] in "aeiouéèêhAEIOUÉ" else "que " + clause


def _localised(slots: dict, lang: str) -> dict:
    if lang == "en":
        return slots
    return {**slots, **{k: str(slots[k]).replace(".", ",") for k in ("p", "p2", "pop")}}


def _attributed(rng: random.Random, lang: str, quote: tuple, speaker: dict | None, story: Story,
                slots: dict, first_mention: bool) -> str:
    """One paragraph reporting one quote, in one of the forms outlets use."""
    direct = quote[0 if lang == "fr" else 1].format(**slots)
    indirect = quote[2 if lang == "fr" else 3].format(**slots)
    when = _date_phrase(rng, lang, story.said_on, story.published)
    feminine = speaker is not None and speaker["gender"] == "f"
    if speaker is None:
        who = full = story.organisation[lang]
    elif lang == "fr":
        title = "Mme" if feminine else "M."
        who = f"{speaker['role_fr']}, {speaker['fr']}," if first_mention else rng.choice(
            [f"{title} {speaker['surname_fr']}", speaker["surname_fr"], speaker["fr"]])
        full = speaker["fr"]
    else:
        title = "Ms" if feminine else "Mr"
        if speaker["role_en"].startswith("an "):
            first = f"{speaker['en']}, {speaker['role_en']},"
        else:
            first = f"{speaker['role_en']} {speaker['en']}"
        who = first if first_mention else rng.choice(
            [speaker["surname"], f"{title} {speaker['surname']}", speaker["en"]])
        full = speaker["en"]
    form = rng.randrange(7)
    if lang == "fr":
        cue = rng.choice(CUES_FR)
        bare_who = who.rstrip(",")
        if form == 0:
            return f"« {direct} », {cue} {bare_who}{when}."
        if form == 1:
            return f"{_capitalise(who)} {rng.choice(CUES_FR_THAT)}{when} {_que(indirect)}."
        if form == 2:
            return f"Selon {bare_who}, {indirect}."
        if form == 3:
            return f"{_capitalise(full)} {cue}{when} : « {direct}. »"
        if form == 4 and speaker is not None and not first_mention:
            pronoun = "elle" if feminine else "il"
            return f"« {direct} », a-t-{pronoun} {cue.split()[1]}{when}, cité{'e' if feminine else ''} par l'agence {story.agencies[0]}."
        if form == 5:
            words = direct.split(" ")
            return f"{_capitalise(who)} a évoqué{when} « {' '.join(words[len(words) // 2:])} »."
        return f"« {direct} », {cue} {bare_who} lors d'une conférence de presse à {story.slots['city_fr']}{when}."
    cue = rng.choice(CUES_EN)
    who_end = who.rstrip(",")
    open_q, close_q = rng.choice([("“", "”"), ('"', '"')])
    if form == 0:
        return f"{open_q}{direct},{close_q} {who} {cue}{when}."
    if form == 1:
        return f"{_capitalise(who)} said{when} that {indirect}."
    if form == 2:
        return f"According to {who_end}, {indirect}."
    if form == 3:
        return f"{open_q}{direct},{close_q} said {who_end}."
    if form == 4:
        return f"{_capitalise(full)} told {story.agencies[0]}{when}: {open_q}{direct}.{close_q}"
    if form == 5:
        return f"{_capitalise(who)} {cue} {indirect}{when}."
    return f"{open_q}{direct},{close_q} {who} told a news conference in {story.slots['city_en']}{when}."


def _article(rng: random.Random, story: Story, outlet: str, lang: str, size: tuple[int, int],
             serial: int) -> dict:
    slots = dict(story.slots)
    if rng.random() < 0.08:  # this outlet got a number wrong (or has a later figure)
        slots["n"] = slots["n"] + rng.choice([-10, 5, 100])
    if rng.random() < 0.05:
        slots["p"] = slots["p"] + 1
    slots = _localised(slots, lang)
    target = rng.randint(*size)
    journalist = rng.choice(JOURNALISTS)
    title = _capitalise(story.topic["title"][0 if lang == "fr" else 1].format(**slots))
    paragraphs: list[str] = []
    agency_line = ", ".join(story.agencies)
    opening = rng.randrange(3)
    city = story.slots["city_" + lang]
    lead_prefix = (f"{city} ({story.agencies[0]}) - ", f"{city.upper()} ({story.agencies[0]}) — ", "")[opening]
    if lang == "en" and rng.random() < 0.5:
        paragraphs.append(f"By {journalist}")
    quotes = story.quotes[:]
    rng.shuffle(quotes)
    mentioned: set[int] = set()
    length = len(title.encode("utf-8")) + 200
    contexts = rng.sample(range(len(CONTEXT)), len(CONTEXT))
    photo_done = False
    quote_index = 0
    while length < target or quote_index == 0:
        roll = rng.random()
        if quote_index == 0 or (roll < QUOTE_PARAGRAPHS and quote_index < len(quotes)):
            quote, speaker = quotes[quote_index]
            quote_index += 1
            paragraph = _attributed(rng, lang, quote, speaker, story, slots, id(speaker) not in mentioned)
            mentioned.add(id(speaker))
            if quote_index == 1:
                paragraph = lead_prefix + paragraph
            elif rng.random() < SECOND_CLAIM:  # a second claim in the same paragraph, from the same pool
                quote, speaker = rng.choice(quotes)
                paragraph += " " + _attributed(rng, lang, quote, speaker, story, slots, id(speaker) not in mentioned)
                mentioned.add(id(speaker))
        elif roll < 0.95 or photo_done:
            pair = CONTEXT[contexts[len(paragraphs) % len(contexts)]]
            paragraph = pair[0 if lang == "fr" else 1].format(**slots)
            if rng.random() < 0.5:
                pair = CONTEXT[contexts[(len(paragraphs) + 3) % len(contexts)]]
                paragraph += " " + pair[0 if lang == "fr" else 1].format(**slots)
        else:
            photo_done = True
            speaker = story.speakers[0]
            credit = rng.choice(PHOTO_AGENCIES)
            if lang == "fr":
                paragraph = (f"{_capitalise(speaker['role_fr'])}, {speaker['fr']}, à {story.slots['city_fr']} "
                             f"le {story.said_on.day} {MONTHS_FR[story.said_on.month - 1]}. Photo : {credit}")
            else:
                paragraph = (f"{_capitalise(speaker['role_en'])} {speaker['en']} in {story.slots['city_en']} on "
                             f"{MONTHS_EN[story.said_on.month - 1]} {story.said_on.day}. Photo: {credit}")
        if quote_index >= len(quotes) and roll < QUOTE_PARAGRAPHS:  # the agency copy is used up: pad with background
            quotes = quotes + rng.sample(story.quotes, 2)
        paragraphs.append(paragraph)
        length += len(paragraph.encode("utf-8")) + 1
    if lang == "fr":
        closing = rng.choice([f"{journalist} (D'après {agency_line})", f"Avec {agency_line}", f"Par {journalist}"])
        tail = rng.sample(BOILERPLATE_FR, 2)
    else:
        closing = rng.choice([f"Reporting by {journalist}; editing by {rng.choice(JOURNALISTS)}",
                              f"({agency_line})", f"Additional reporting by {agency_line}"])
        tail = rng.sample(BOILERPLATE_EN, 2)
    paragraphs.append(closing)
    paragraphs.extend(t.format(n=rng.randrange(2, 400)) for t in tail)
    slug = outlet.lower().replace(" ", "-").replace("'", "")
    return {
        "title": title,
        "text": title + "\n" + "\n".join(paragraphs) + "\n",
        "outlet": outlet,
        "url": f"https://{slug}.example/{story.published.isoformat()}/{story.index}-{serial}",
        "published": story.published.isoformat(),
        "language": lang,
    }


def generate(articles: int, *, seed: int = 5, size: str = "mixed", outlets_per_story: tuple[int, int] = (3, 8),
             ) -> Iterator[dict]:
    """Yield `articles` article dicts, deterministically for a given seed."""
    rng = random.Random(seed)
    base_day = date(2023, 1, 2)
    bounds = SIZE_MODES[size]
    produced = 0
    story_index = 0
    while produced < articles:
        story = Story(rng, story_index, base_day)
        story_index += 1
        count = min(rng.randint(*outlets_per_story), articles - produced)
        outlets = rng.sample(OUTLETS_FR + OUTLETS_EN, count)
        for outlet in outlets:
            native = "fr" if outlet in OUTLETS_FR else "en"
            # A few outlets publish in the other language (translated agency copy).
            lang = native if rng.random() < 0.9 else ("en" if native == "fr" else "fr")
            yield _article(rng, story, outlet, lang, bounds, produced)
            produced += 1


def write_jsonl(path: Path, items: Iterator[dict]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False))
            out.write("\n")
            count += 1
    return count


def write_txt_folder(folder: Path, items: Iterator[dict]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for item in items:
        (folder / f"{count:07d}.txt").write_text(item["text"], encoding="utf-8")
        count += 1
    return count


def ensure_corpus(path: Path, articles: int, *, seed: int = 5, size: str = "mixed") -> Path:
    """Generate the corpus at `path` unless a complete one with the same parameters is there."""
    stamp = path.with_suffix(path.suffix + ".done")
    wanted = json.dumps({"articles": articles, "seed": seed, "size": size, "version": 2})
    if path.exists() and stamp.exists() and stamp.read_text() == wanted:
        return path
    write_jsonl(path, generate(articles, seed=seed, size=size))
    stamp.write_text(wanted)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--size", choices=sorted(SIZE_MODES), default="mixed",
                        help="article size: mixed = 1–10 KB, 3k = about 3 KB, small = 1–2 KB")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    parser.add_argument("--out", required=True, help="JSONL file, or folder for --format txt")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    items = generate(args.articles, seed=args.seed, size=args.size)
    if args.format == "jsonl":
        count = write_jsonl(Path(args.out), items)
    else:
        count = write_txt_folder(Path(args.out), items)
    elapsed = time.perf_counter() - started
    print(f"{count} articles written to {args.out} in {elapsed:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
