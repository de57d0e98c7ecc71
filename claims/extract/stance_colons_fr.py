"""French: a speaker's stance, then a colon and the statement it introduces, with no reporting verb
("Sa porte-parole, Maud Tixier, est catégorique : aucune étude d'impact n'a été conduite", "Le délégué
CFDT dresse un constat plus amer : l'entreprise avait déjà perdu onze postes", "Le conseiller a résumé la
situation ainsi : …", "L'élue en est persuadée : la commune aurait pu « renégocier … »"): the clause after
the colon is the subject's claim."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft, trim, word_count
from claims.extract.quotes import Quote
from claims.extract.speakers import Lexicon, fold
from claims.extract.subjects import find_subject

# The stance closing the clause before the colon: a copula and an adjective of certainty or judgement,
# a verb phrase that announces a verdict, or one of anger or frankness.
_STANCE_BEFORE_COLON = re.compile(
    r"\s(?:(?:en\s+)?(?:est|sont|se\s+dit|se\s+disent|se\s+montre|se\s+montrent|reste|restent|demeure|demeurent)\s+"
    r"(?:(?:plus|moins|très|tout\s+aussi|bien)\s+)?"
    r"(?:catégorique|formel(?:le)?|clair(?:e)?|persuadée?|convaincue?|certaine?|sûre?|formels|formelles|catégoriques"
    r"|persuadé(?:e)?s|convaincu(?:e)?s|certain(?:e)?s)"
    r"|(?:dresse|dressent|fait|font|tire|tirent|livre|livrent|partage|partagent"
    r"|(?:a|ont|avait|avaient)\s+(?:(?:d['’]abord|ensuite|aussi|également|alors)\s+)?(?:dressé|fait|tiré|livré|partagé))"
    r"\s+(?:un|le|une|la|même|le\s+même)?\s*(?:(?:autre|tout\s+autre|nouveau|même|premier)\s+)?"  # ("dresse un autre constat")
    r"(?:constat|bilan|analyse|diagnostic|verdict)(?:\s+[a-zà-ÿ]+){0,3}"
    # "fait le calcul à voix haute : …", "a fait ses comptes : …"
    r"|(?:fait|font|(?:a|ont)\s+fait|refait|refont)\s+(?:le\s+calcul|les\s+comptes|ses\s+comptes|leurs\s+comptes)(?:\s+à\s+voix\s+haute)?"
    # "a résumé la situation ainsi : …"
    r"|(?:résume|résument|(?:a|ont)\s+résumé)\s+(?:la\s+situation|les\s+choses|l['’]enjeu)(?:\s+ainsi)?"
    # "Le producteur ne décolère pas : …", "ne mâche pas ses mots", "n'en démord pas"
    r"|ne\s+décolère(?:nt)?\s+pas|ne\s+mâche(?:nt)?\s+pas\s+(?:ses|leurs)\s+mots|n['’]en\s+démord(?:ent)?\s+pas"
    r"|ne\s+cache(?:nt)?\s+pas\s+(?:sa|son|ses|leur|leurs)\s+[a-zà-ÿ]+"
    # "n'a pas tourné autour du pot : …", "n'y va pas par quatre chemins : …"
    r"|(?:ne\s+tourne(?:nt)?|n['’](?:a|ont)\s+pas\s+tourné)(?:\s+pas)?\s+autour\s+du\s+pot"
    r"|n['’]y\s+(?:va|vont|est|sont)\s+pas\s+(?:allée?s?\s+)?par\s+quatre\s+chemins)\s*:\s+$")
_INDEFINITE_PERSON = re.compile(r"(?:[Uu]ne?)\s+(?:jeune|habitante?|riveraine?|agricultrice|agriculteur|éleveuse|éleveur|salariée?|mère|père|parent|commerçante?|retraitée?)\b")
# What follows the colon must be a clause: a subject and a finite verb.
_FINITE = re.compile(r"\b(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|serait|seraient|aurait|auraient|n['’]a|va|vont"
                     r"|peut|peuvent|doit|doivent|faut)\b"
                     r"|\w{3,}(?:ait|aient|era|eront)\b"
                     r"|\b(?:il|elle|on|ils|elles)\s+(?:ne\s+|n['’])?[a-zà-ÿ]{3,}")  # ("il rembourse 6 800 euros": a subject pronoun, its verb)
# A definite subject, then a present verb before an infinitive: "la direction laisse partir les médecins".
_DEFINITE_SUBJECT_THEN_VERB = re.compile(r"\s*(?:la|le|les|l['’])\s*[a-zà-ÿ-]{3,}\s+[a-zà-ÿ]{3,}(?:e|ent)\s+[a-zà-ÿ]{2,}(?:er|ir|re)\b")


def stance_before_colon(text: str, s: int, e: int, quotes: list[Quote], drafts: list[Draft], lex: Lexicon,
                        paragraph: int) -> Draft | None:
    """The claim a stance and a colon introduce in text[s:e], when no claim covers what follows the colon."""
    colon = text.find(" : ", s, e)
    if colon == -1:
        colon = text.find("\u00a0: ", s, e)
    if colon == -1:
        return None
    stance = _STANCE_BEFORE_COLON.search(text, s, colon + 3)
    if stance is None:
        return None
    start, end = trim(text, colon + 3, e)
    if word_count(text[start:end]) < 4 or _FINITE.search(text, start, end) is None and _DEFINITE_SUBJECT_THEN_VERB.match(text, start, end) is None \
            or any(d.start <= start < d.end or start <= d.start < end for d in drafts) \
            or any(q.open <= start + 1 and q.end >= end - 1 for q in quotes):
        return None  # (a whole quotation after the colon: the quotation's own claim)
    mention = find_subject(text, s, stance.start(), lex, s)
    if mention is None or not (mention.name or mention.pronoun or mention.role and (
            fold(mention.role.split()[0]) in lex.roles or fold(mention.role.split()[0]) in lex.organisations
            or _INDEFINITE_PERSON.match(mention.text))):  # ("Un jeune installé de Condé-sur-Vire, qui …, fait le calcul : …")
        return None  # (not "Le bilan est clair : 40 maisons ont été détruites": no one's stance)
    kind = "mixed" if any(start <= q.open < end for q in quotes) else "indirect"
    return Draft(kind, [(start, end)], text[stance.start():colon + 2].strip(), mention, stance.start(), paragraph=paragraph)
