"""The journalist's gloss after a reported statement: a noun phrase in apposition to the statement or
to its last noun (", l'année de la triple épidémie", ", about a fifth of its workforce"), a result
participle (", raising fears …"), "sans en préciser …" / "à savoir …". The sets' annotation choices
leave it out of the claim's content."""

from __future__ import annotations

import re

# Openers that make the rest of the statement a gloss whatever follows.
_ALWAYS_GLOSS = {
    "fr": re.compile(
        r",\s+(?:sans\s+(?:en\s+|le\s+|la\s+|les\s+|l['’]\s*|y\s+)?(?:donner|préciser|fournir|citer|détailler|"
        r"nommer|expliquer|développer|indiquer|dire)\b|à\s+savoir\b|c['’]est-à-dire\b"
        r"|(?:celle|celui|celles|ceux)\s+(?:de\s|d['’]|du\s|des\s)"
        # a dated background of the last noun: "…, installé en 1998", "…, actif dans la première moitié du XIVe siècle"
        r"|(?:[a-zà-ÿ]+(?:é|ée|és|ées)|actif|active|actifs|actives)\s+(?:en|depuis|dans|au)\s[^,;:«»]*?"
        r"(?:\b1\d{3}\b|\b20\d{2}\b|siècle)[^,;:«»]*$)", re.IGNORECASE),
    "en": re.compile(
        r",\s+(?:raising|prompting|sparking|fuell?ing)\s+(?:fears|concerns|questions|hopes|speculation|criticism)\b"
        r"|(?:,|\s+[—–])\s+(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than)\s+"
        r"(?:a|an|the|half|one|two|three|four|five|six|seven|eight|nine|ten|\d)", re.IGNORECASE),
}
# A noun phrase after the last comma, running to the end of the statement, in French copy only after a
# quoted fragment ("« pire qu'en 2022 », l'année de …"): French annotations keep a noun phrase that
# qualifies a figure of the clause ("…, un chiffre en hausse de 4 points"), and English ones the
# speaker's own appositions ("…, a resident of Leeds").
_APPOSITION = re.compile(r",\s+(?:(?:le|la|les|un|une)\s+|l['’]\s*)(?P<np>[^,;:«»“”\"]{2,80})$")
_QUOTE_CLOSES = ("»", "”", "\"")
# A superlative qualifies the clause's last noun with the speaker's facts ("…, le plus proche du Soleil").
_SUPERLATIVE = re.compile(r"(?:plus|moins|meilleure?s?|pire)\b")
_FINITE = re.compile(r"\b(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|serait|seraient|qui|que|qu|dont|où)\b"
                     r"|\w+(?:ait|aient|ront)\b")
# Dates and times in apposition are part of the statement ("…, le 12 mars"), and so are lists.
_TIME_OR_LIST = re.compile(
    r"^(?:\d|premier|1er|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lendemain|veille|"
    r"fois\b|soir|matin|jour|semaine|mois|an\b|année\s+(?:prochaine|dernière|suivante|précédente))"
    r"|\s(?:et|ou)\s+(?:le|la|les|l['’]|un|une|des|du|de)\b", re.IGNORECASE)
_MAX_GLOSS_WORDS = 12
# French: a gloss between commas inside the statement's subject, its verb after it ("la tare terre, c'est-à-dire
# la part de terre livrée, atteint 18 %").
_SUBJECT_GLOSS_THEN_VERB = re.compile(r",\s+(?:c['’]est-à-dire|à\s+savoir)\s[^,;:«»]{1,80},\s+(?:n['’]|ne\s+)?"
                                      r"(?!(?:une|des|leur|leurs|cette|notre|votre)\s)[a-zà-ÿ]{2,}(?:e|t|ent|ont)\s")
# ", roughly 16,000 deaths were …": a clause of the statement, no gloss.
_APPROXIMATE = re.compile(r"(?:,|\s+[—–])\s+(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than)\s", re.IGNORECASE)
# ", about 60 cent less than at the same time last year": a comparison the speaker makes, no gloss.
_COMPARED = re.compile(r"[\w.,]*\s+(?:[a-z]+\s+){0,2}(?:less|more|fewer|lower|higher|below|above)\s+than\b")
_EN_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do)\b")


def gloss_start(text: str, start: int, end: int, language: str) -> int:
    """Where the journalist's gloss closing `text[start:end]` begins (`end` when there is none)."""
    if language not in _ALWAYS_GLOSS:
        return end
    always = _ALWAYS_GLOSS[language].search(text, start, end)
    if always is not None and not (language == "en" and _APPROXIMATE.match(text, always.start())
                                   and (_EN_FINITE.search(text, always.end(), end) or _COMPARED.match(text, always.end(), end))) \
            and not (language == "fr" and _SUBJECT_GLOSS_THEN_VERB.match(text, always.start(), end)):
        return always.start()
    if language != "fr":
        return end
    stripped = end
    while stripped > start and text[stripped - 1] in " .\u00a0":
        stripped -= 1
    comma = text.rfind(",", start, stripped)
    if comma < start or not text[max(0, comma - 3):comma].rstrip().endswith(_QUOTE_CLOSES):
        return end
    apposition = _APPOSITION.match(text, comma, stripped)
    if apposition is None or len(text[comma:stripped].split()) > _MAX_GLOSS_WORDS + 1:
        return end
    tail = apposition.group("np")
    if _FINITE.search(tail) or _TIME_OR_LIST.search(tail) or _SUPERLATIVE.match(tail):
        return end
    return comma
