"""French references to a body, mixed into `ArticleSpeakers` through `FrenchReferences`: a place standing
for a ministry (Bercy), a sports club, a company named by its trade once it spoke ("l'exploitant") or speaking in
the paragraph."""

from __future__ import annotations

import re

from claims.extract.speakers import Mention, fold
from claims.extract.types import SpeakerRef


# Trades a French copy names a company by once it spoke ("le gestionnaire du réseau", "l'exploitant").
_TRADE_EPITHETS = frozenset(("gestionnaire", "exploitant", "operateur", "transporteur", "constructeur", "assureur",
                             "bailleur", "distributeur", "fournisseur", "concessionnaire", "fabricant", "equipementier"))
# French: a sports team named after its noun and its kinds ("l'équipe continentale Alpenrad-Helvetia"), and the
# team by its noun alone or with one adjective ("l'équipe", "l'équipe valaisanne").
_TEAM_NAMED = re.compile(r"\b[Ll]['’]équipe(?:[ \u00a0]+(?!d[eu]s?\b|d['’])[a-zà-ÿ-]+){0,2}[ \u00a0]+"
                         r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-Þ][\w'’-]*){0,3})")
_TEAM_MENTION = re.compile(r"[Ll]['’]équipe(?:[ \u00a0]+[a-zà-ÿ-]+)?")
# A French sports club's name: its kind ("Union sportive", "AS", "FC"), then capitalised words maybe joined by
# "de", "du", "des".
_SPORTS_CLUB_NAME = re.compile(
    r"(?<![\w-])(?:(?:Union|Association|Entente|Étoile|Avenir|Jeunesse|Amicale)[ \u00a0]+sportive|Football[ \u00a0]+[Cc]lub"
    r"|Stade|Olympique|Racing|Sporting|(?:AS|US|FC|SC|RC|ASM|AJ|EA|ES|SCO)(?=[ \u00a0]))"
    r"(?:[ \u00a0]+(?:(?:de|du|des)[ \u00a0]+|d['’]|de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)+")
# A match's opponent, named after the verb of playing it ("n'a pas pu recevoir samedi l'AS Pontivy"): no club speaking.
_OPPONENT_BEFORE = re.compile(r"\b(?:recevoir|reçoit|recevait|accueillir|accueille|affronter|affronte|battre|battu|contre|face\s+à)"
                              r"(?:[ \u00a0]+[a-zà-ÿ]+)?[ \u00a0]+(?:l['’]|le[ \u00a0]+|la[ \u00a0]+)?$")
_ASSOCIATION_NOUNS = frozenset(("association", "federation", "collectif"))
# What a trade supplies, folded ("d'electricite", "de gaz").
_TRADE_COMPLEMENT = re.compile(r"(?:d'|de |du )(?P<noun>electricite|gaz|eau|carburant|fioul|petrole)\b")


class FrenchBodyReferences:
    """The bodies of `FrenchReferences`: a place standing for a ministry (Bercy), a sports club, a
    company named by its trade ("l'exploitant") or speaking in the paragraph."""

    __slots__ = ()

    def _named_for_metonym(self, place: str) -> str | None:
        """The ministry a place stands for ("Bercy"), as the article names it, if it does."""
        for name in self.lex.metonyms[place]:
            at = self.text.find(name)
            if at >= 0:
                return self.text[at:at + len(name)]
        return None

    def _may_be_a_body(self, previous: SpeakerRef, position: int) -> bool:
        """Whether the speaker just quoted may be a body: an organisation, or a capitalised one-word name
        no person of the article bears ("a indiqué Keolis")."""
        return previous.name[:1].isupper() and (
            previous.kind == "organisation" or " " not in previous.name and self.full_name(previous.name, position) == previous.name)

    def sports_club_named(self, mention: Mention) -> str | None:
        """French "le club": the one sports club the article names ("l'Union sportive du Val-de-Suize",
        "L'ASM Clermont Auvergne")."""
        if self.lex.adjectival_names:
            return None
        if _TEAM_MENTION.fullmatch(mention.text.strip()) is not None:
            # "l'équipe valaisanne a assuré" after "membre de l'équipe continentale Alpenrad-Helvetia": the one team named
            teams = {m.group("name") for m in _TEAM_NAMED.finditer(self.text)}
            return teams.pop() if len(teams) == 1 else None
        if fold(mention.text.strip()) not in ("le club", "du club"):
            return None
        clubs = {m.group().replace("\u00a0", " ") for m in _SPORTS_CLUB_NAME.finditer(self.text)
                 if not _OPPONENT_BEFORE.search(self.text, max(0, m.start() - 40), m.start())}
        return clubs.pop() if len(clubs) == 1 else None

    def body_by_its_trade(self, mention: Mention, position: int, previous: SpeakerRef | None) -> str | None:
        """French "selon le gestionnaire d'infrastructure", "l'exploitant" right after a body spoke (in
        this paragraph or the one before): that body, when the article ties no person to the trade."""
        words = fold(mention.text).replace("’", "'").split()
        if self.lex.adjectival_names or previous is None or not words or not self._may_be_a_body(previous, position):
            return None
        head = words[1] if words[0] in ("le", "la") and len(words) > 1 else words[0][2:] if words[0].startswith("l'") else ""
        if head not in _TRADE_EPITHETS or any(r and r.split()[0] == head for _, r, _ in self.role_ties):
            return None
        at = words.index(head) if head in words else words.index("l'" + head)
        if (complement := _TRADE_COMPLEMENT.match(" ".join(words[at + 1:at + 3]))) is not None and not previous.name.isupper() \
                and complement.group("noun")[:5] not in fold(previous.name):
            return None  # "selon le distributeur d'électricité" after Météo-France spoke: the trade names another body
        since = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, position) - 2)) + 1
        return previous.name if previous.name in self.text[since:position] else None

    def company_speaking_in_paragraph(self, mention: Mention, position: int, previous: SpeakerRef | None) -> str | None:
        """French "affirme l'entreprise", "selon la société" right after a company spoke under its
        name in this paragraph ("Tradora dit « prendre acte » … », affirme l'entreprise"): that
        company (a one-word name no person of the article bears), even when the article introduced
        another one with the noun ("le groupe chinois Hanxin"); "selon l'association" right after
        an association spoke the same way ("l'UFC-Que Choisir de l'Aveyron rappelle …")."""
        words = fold(mention.text).replace("’", "'").split()
        if self.lex.adjectival_names or previous is None or not self._may_be_a_body(previous, position) or not (
                    (len(words) == 2 and words[0] in ("le", "la")) or (len(words) == 1 and words[0].startswith("l'"))):
            return None
        head = words[-1].split("'")[-1]
        if head not in self.lex.companies and head not in _ASSOCIATION_NOUNS:
            return None
        if head in self.lex.companies and any(n == previous.name and noun not in self.lex.companies for _, noun, n in self.organisation_ties):
            return None  # "le syndicat Sud-Rail": no company
        paragraph = self.text[self.text.rfind("\n", 0, position) + 1:position]
        return previous.name if previous.name in paragraph else None
