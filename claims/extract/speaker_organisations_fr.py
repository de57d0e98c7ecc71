"""Bare organisation nouns, French mostly, mixed into `ArticleSpeakers` through `OrganisationLinks`: the
fuller phrase of "le tribunal" or "la mairie" in the text, the body whose act the sentence before reports
("Selon la décision"), the newspaper quoted before ("selon le quotidien"), the union named after "syndical"."""

from __future__ import annotations

import re

from functools import lru_cache
from claims.extract.bodies_by_nationality_fr import NATIONALITY_ENDINGS
from claims.extract.courts_fr import ADJECTIVE
from claims.extract.generic_bodies_fr import PUBLIC_HEADS_FR
from claims.extract.first_names import is_first_name
from claims.extract.name_words import PAPER_TITLE_OPENINGS, PAPER_WORDS
from claims.extract.segments import sentence_start
from claims.extract.speakers import Mention, fold
from claims.extract.triggers import anchored_finditer


_UNION_MEMBERS_EN = re.compile(r"\b(?P<name>[A-Z][A-Za-z]{2,})\s+members\s+(?:voted|backed|rejected|accepted|walked|went|will|have|had)\b")
# "Members of the United Auto Workers (UAW) … the union announced": a union named by its members, in its paragraph
# ("the Scottish Municipal and General Workers' Union": "and" inside its name)
_UNION_NAMED_BY_MEMBERS_EN = re.compile(r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:and\s+)?){1,4}(?:Workers|Employees|Teamsters|Steelworkers|Machinists)"
                                        r"(?:['’]?\s+(?:Union|Association|of\s+America))?)(?![\w'’])")  # ("… Transport Workers' Association")


# French: a further portfolio joined to a body's name ("… et du Commerce", "… et des Infrastructures maritimes et portuaires").
_AND_PORTFOLIO_AFTER = re.compile(
    r"[ \u00a0]+et[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|d['’]|de[ \u00a0]+)"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?:[ \u00a0]+[a-zà-ÿ-]{4,}[ \u00a0]+et[ \u00a0]+[a-zà-ÿ-]{4,}|[ \u00a0]+[a-zà-ÿ-]{4,}(?=[ \u00a0]*[,.;:)]))?")

# Where a word starts: after a space or an elision ("l'Autorité").
_WORD_BREAK = re.compile(r"[ '’]")
# The lower-case words closing a body's name before its acronym ("de l'Autorité des marchés financiers (AMF)").
_LOWER_CASE_REST_THEN_ACRONYM = re.compile(r"[ \u00a0]+(?:des|de|du)[ \u00a0]+[a-zà-ÿ]+(?:[ \u00a0]+[a-zà-ÿ]+)?(?=[ \u00a0]*\([A-ZÀ-Þ]{2,8}\))")
# A portfolio's adjective: "Affaires étrangères", "Ressources naturelles", "Enseignement supérieur".
_PORTFOLIO_ADJECTIVE = re.compile(r"[ \u00a0]+[a-zà-ÿ-]+(?:ée?s?|ales?|aux|iques?|ieure?s?|elles?|ères?|aires?|ives?|ifs?|iennes?)(?![\w-])")


_TRADE_BODIES = frozenset(("comite", "conseil", "chambre", "syndicat", "federation", "union"))


@lru_cache(maxsize=64)
def _fuller_french_organisation(noun: str) -> re.Pattern:
    """French NOUN, up to two lower-case adjectives, then "de" and a capitalised name ("tribunal
    correctionnel de Marseille", "préfecture du Rhône")."""
    # (the lookbehind "(?<![\w-])" after the first letter: a pattern opening with a letter is searched quickly)
    return re.compile(
        # ("groupement d'intérêt public des Calanques", "tribunal d'instance de Lyon": an elided complement among them)
        rf"(?i:{re.escape(noun[:1])})(?<![\w-].){re.escape(noun[1:])}(?:[ \u00a0](?:d['’])?[a-zà-ÿ-]+){{0,2}}"
        # ("Mouvement pour la dignité de l'Azawad": what the body stands for, then its place)
        r"(?:[ \u00a0]+pour[ \u00a0]+(?:la[ \u00a0]+|le[ \u00a0]+|les[ \u00a0]+|l['’])[a-zà-ÿ-]+)?[ \u00a0]+"
        # ("la direction des Papeteries de la Glane": a link inside the name)
        r"(?:de[ \u00a0]+(?:la[ \u00a0]+)?|du[ \u00a0]+|des[ \u00a0]+|d['’]|de[ \u00a0]+l['’])"
        # ("comité régional de la conchyliculture Arcachon Aquitaine": what a trade's body covers, then its place)
        + (r"(?:[a-zà-ÿ]{4,}[ \u00a0]+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+[ \u00a0][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?" if fold(noun) in _TRADE_BODIES else "")
        # ("syndicat mixte de l'aéroport de Poitiers-Biard": the place it runs, then the place's name)
        + r"(?:(?:aéroport|port|agglomération|ville|vallée|bassin|île)[ \u00a0]+(?:de[ \u00a0]+|du[ \u00a0]+|d['’]))?"
        # ("criée des Sables-d'Olonne": an elision inside a hyphenated name)
        + r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?:(?<=-d)['’][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?"
        # ("conseil de discipline de l'Ordre des ingénieurs du Québec": its members, then its place)
        r"(?:[ \u00a0]+des[ \u00a0]+[a-zà-ÿ-]+s(?=[ \u00a0]+(?:du|de|d['’])[ \u00a0]*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?"
        r"(?:[ \u00a0-](?:(?:de[ \u00a0]+la|de|du|des)[ \u00a0]+|d['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+(?:(?<=-d)['’][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)?)*")


def fuller_french_organisations(noun: str, text: str, end: int):
    """`_fuller_french_organisation(noun).finditer(text, 0, end)`, tried only where `str.find` finds the
    noun's tail after its first letter (the pattern, its first letter in either case, has no prefix
    that `re` could skip to)."""
    tail, starts = noun[1:], []
    at = text.find(tail, 1, end)
    while at != -1:
        starts.append(at - 1)
        at = text.find(tail, at + 1, end)
    return anchored_finditer(_fuller_french_organisation(noun), text, starts, end)


_PRIME_BEFORE = re.compile(r"[Pp]remi(?:er|ère)[ \u00a0]+$")
# French: a union named after the word for its kind ("délégué syndical CGT", "la section syndicale SUD").
_UNION_NAMED = re.compile(r"\bsyndica(?:l|le|ts?)\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)(?![\w-])"
                          r"|\bdélégu(?:é|ée)s?\s+(?P<acronym>[A-Z]{2,}[\w-]*)(?![\w-])")  # ("déléguée CGT")


# A French union named by its acronym, with the body or the trade it is the branch of ("la CGT du centre hospitalier").
_UNION_BY_ACRONYM = re.compile(
    r"(?<![\w-])(?P<union>(?:CGT|CFDT|FO|CFTC|CFE-CGC|UNSA|Unsa|SUD|FSU|Solidaires)(?:-[A-Z][\w]*)?"
    r"(?:[ \u00a0]+(?:du|de[ \u00a0]+la|de[ \u00a0]+l['’]|des|de|d['’])[ \u00a0]*[^,.;:«»()\n]{2,40}?)?)(?=[ \u00a0]*[,.;:)])")


_MEDIA_NOUNS = frozenset(("quotidien", "journal", "hebdomadaire", "magazine", "mensuel", "titre", "chaine", "site", "agence",
                          "radio", "television", "media"))
# French nouns for a newspaper or a magazine ("le quotidien de centre gauche", "l'hebdomadaire").
_PRESS_NOUNS = frozenset(("quotidien", "journal", "hebdomadaire", "magazine", "mensuel", "titre"))


# A sentence opening with an organisation's proper name and its verb: "La Conférence des évêques de
# France n'a pas …", "L'Union démocratique du centre (UDC) a …".
# A people's plural ("Les Cubains"), no body's name.
_PEOPLE_ENDINGS = tuple(ending + "s" for ending in NATIONALITY_ENDINGS)
# Bodies of members, which no public body stands for ("le club" is no "Agence …").
_MEMBERS_BODY_HEADS = frozenset(("club", "association", "federation", "collectif", "equipe"))
_BODY_SUBJECT = re.compile(
    r"(?:[-–—][ \u00a0]+)?(?P<article>Le |La |Les |L['’])(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*(?:[ \u00a0]+(?:[a-zà-ÿ’'-][\w’'-]*|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*)){0,7}?)"
    # "Le Tribunal pénal fédéral (TPF) de Bellinzone a condamné": a short form, then the place completing the name
    r"(?:[ \u00a0]*\([^)]{1,15}\))?(?P<place>[ \u00a0]+(?:de|du|d['’])[ \u00a0]*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*)?"
    r"[ \u00a0]+(?=n['’]|ne[ \u00a0]|a[ \u00a0]|ont[ \u00a0]|avait[ \u00a0]|est[ \u00a0]|se[ \u00a0]|s['’]"
    r"|(?:dénonce|estime|affirme|assure|réclame|juge|critique|demande|salue|refuse|regrette|déplore|annonce|conteste"
    r"|accuse|reproche|craint|rappelle|souligne|prévient|exige)(?:nt)?[ \u00a0])")
# A sentence opening with a company's capitalised noun and the rest of its name ("La Laiterie des Préalpes,").
_COMPANY_NAME_OPENING = re.compile(
    r"[ \u00a0]*(?:[-–—][ \u00a0]+)?(?:Le |La |L['’])(?P<name>(?P<noun>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)"
    r"(?:[ \u00a0]+(?:(?:de|du|des)[ \u00a0]+|de[ \u00a0]+la[ \u00a0]+|d['’]|de[ \u00a0]+l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){1,4})"
    r"(?=[ \u00a0]*,|[ \u00a0]+[a-zà-ÿ])")
# A sentence opening with an institution's common noun and its place, then its verb: "Le tribunal
# correctionnel de Lille a condamné", "La cour d'appel de Douai a jugé".
_INSTITUTION_SUBJECT = re.compile(
    r"(?:[-–—][ \u00a0]+)?(?:Le |La |L['’])(?P<name>(?:tribunal|cour|parquet|préfecture|mairie|conseil|commission|ministère)"
    r"(?:[ \u00a0][a-zà-ÿ'’-]+){0,3}?[ \u00a0]+(?:de[ \u00a0]+(?:la[ \u00a0]+)?|du[ \u00a0]+|d['’]|de[ \u00a0]+l['’])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]+)"
    # "Le tribunal de Faro, au Portugal, a condamné": a place apposition before the verb
    r"(?:,[ \u00a0]+(?:au|en|aux|à)[ \u00a0][^,.;]{1,40},)?"
    r"[ \u00a0]+(?=a[ \u00a0]|ont[ \u00a0]|avait[ \u00a0]|est[ \u00a0])")


class FrenchOrganisationLinks:
    """The bare nouns of `OrganisationLinks`, French mostly: the body named near "le tribunal",
    "le syndicat", "le quotidien", "la décision" or "la société" (and English "the union" of its members)."""

    __slots__ = ()

    def newspaper_quoted_before(self, mention: Mention, position: int, earlier) -> str | None:
        """French "selon le quotidien de centre gauche" after the article quoted "l'Asahi Shimbun":
        the latest speaker so far that the text names with a definite article before POSITION; English
        "According to the paper", the latest one whose name closes on a newspaper's word."""
        words = fold(mention.text).split()
        if len(words) >= 3 and words[1] == "meme":
            del words[1]  # "selon le même journal": the paper just quoted
        if self.lex.adjectival_names:
            # English "According to the paper" after "the Daily Nation reported": the paper last quoted
            return self._paper_quoted_before(position, earlier) if words[:1] == ["the"] and words[1:] in (["paper"], ["newspaper"]) else None
        if len(words) < 2 or words[0] not in ("le", "la") or words[1] not in _PRESS_NOUNS:
            return None
        for name in reversed(earlier):
            if not name[:1].isupper() or name.isupper() or not self.lex.organisations.isdisjoint(fold(w) for w in name.split()):
                continue  # (not "la CGT", "la Banque mondiale": a newspaper's name has no organisation word)
            if name.startswith(("L'", "L’", "Le ", "La ")) and self.text.find(name, 0, position) >= 0:
                return name  # "Selon L'Indépendant, … Selon le même journal": the title holds its article
            for article in ("l'", "l’", "le ", "la ", "Le ", "La ", "L'", "L’"):
                at = self.text.find(article + name, 0, position)
                if at >= 0 and not self.text[at - 1:at].isalpha():
                    return name
        return None

    def _paper_quoted_before(self, position: int, earlier) -> str | None:
        """English: the latest speaker so far whose name closes on a newspaper's word ("Daily Nation", "Fiji Times")
        or opens on one ("Gazeta Paranaense", "Daily Maverick")."""
        return next((name for name in reversed(earlier) if name[:1].isupper()
                     and (name.split()[-1] in PAPER_WORDS or name.split()[0] in PAPER_TITLE_OPENINGS and " " in name)
                     and self.text.find(name, 0, position) >= 0), None)

    def union_named_before(self, mention: Mention, position: int) -> str | None:
        """French "le syndicat" for the union the article named after "syndical" ("Samir Roux,
        délégué syndical CGT" … "a indiqué le syndicat" → "CGT"): the last one before POSITION; English
        "the union" for the union whose members the paragraph names ("Unite members voted")."""
        words = fold(mention.text).split()
        if self.lex.adjectival_names and words == ["the", "union"]:
            # "… after Unite members voted to accept the offer, the union said": the union whose members the paragraph
            # names (or the only union named by its members before: "Members of the X Workers' Association (HTWA) backed …")
            since = self.text.rfind("\n", 0, position) + 1
            members = [m.group("name") for m in _UNION_MEMBERS_EN.finditer(self.text, since, position)
                       if fold(m.group("name")) not in self.lex.organisations and not is_first_name(m.group("name"))]
            members = members or [m.group("name") for m in _UNION_NAMED_BY_MEMBERS_EN.finditer(self.text, since, position)]
            if members:
                return members[-1]
            named = {m.group("name") for m in _UNION_NAMED_BY_MEMBERS_EN.finditer(self.text, 0, position)}
            return named.pop() if len(named) == 1 else None
        if self.lex.adjectival_names or words != ["le", "syndicat"]:
            return None
        found = [m.group("name") or m.group("acronym") for m in _UNION_NAMED.finditer(self.text, 0, position)]
        if not found:
            # "Pour la CGT du centre hospitalier, « … ». Selon le syndicat, …": the union just named, from the paragraph before on
            since = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, position) - 2)) + 1
            found = [m.group("union") for m in _UNION_BY_ACRONYM.finditer(self.text, since, position)]
        return found[-1] if found else None

    def fuller_in_text(self, noun: str, position: int) -> str | None:
        """French "le tribunal", "la mairie" with nothing else tied (NOUN as written): the latest fuller
        phrase of that noun before POSITION with its place or body ("tribunal correctionnel de Marseille")."""
        key = fold(noun)
        # ("l'inspection académique de la Haute-Vienne"; "la communauté de communes du Grésivaudan"; the head as
        # written, "préfecture" and not its folded "prefecture")
        head = noun.split()[0]
        if self.lex.adjectival_names or fold(head) not in self.lex.organisations:
            return None
        found = None
        names = set()
        for match in fuller_french_organisations(head, self.text, position):
            if " " not in key or fold(match.group()).startswith(key + " "):
                found = match
                names.add(fold(match.group()))
        if len(names) > 1:
            found = None  # ("le ministère de la Culture et le ministère du Travail … Le ministère a affirmé": which one?)
        if found is None and key == "ministere":
            # "Selon le ministère" after "le ministre des Finances, X": his ministry (not "le Premier ministre du …")
            found = next((m for m in reversed(list(fuller_french_organisations("ministre", self.text, position)))
                          if not _PRIME_BEFORE.search(self.text, max(0, m.start() - 9), m.start())), None)
            return "ministère" + found.group()[len("ministre"):].replace("\u00a0", " ") if found is not None else None
        if found is None and " " not in key:
            # "le comité" after "Le comité Nobel norvégien a attribué …": the one name the noun was written with
            named = {m.group().replace("\u00a0", " ") for m in re.finditer(
                rf"(?<![\w-]){re.escape(head)}[ \u00a0]+(?!(?:La|Le|Les|De|Du|Des|Un|Une)[ \u00a0]|L['’])[A-ZÀ-ÖØ-Þ][\w'’-]+"
                rf"(?:[ \u00a0]{ADJECTIVE})?(?![\w'’-])", self.text[:position])}
            return named.pop() if len(named) == 1 else None
        if found is None:
            return None
        end = found.end()
        if key == "ministere" and (adjective := _PORTFOLIO_ADJECTIVE.match(self.text, end)) is not None:
            end = adjective.end()  # "ministère des Affaires étrangères", "des Ressources naturelles et de la Faune"
        while (joined := _AND_PORTFOLIO_AFTER.match(self.text, end)) is not None:
            end = joined.end()  # "ministère des Pêches et des Infrastructures maritimes et portuaires": its portfolios, all of them
        if self.text[end - 1:end].isalpha() and _WORD_BREAK.split(self.text[max(0, end - 40):end])[-1][:1].isupper() \
                and (rest := _LOWER_CASE_REST_THEN_ACRONYM.match(self.text, end)) is not None:
            end = rest.end()  # "la commission des sanctions de l'Autorité des marchés financiers (AMF)": the whole name
        return self.text[found.start():end].replace("\u00a0", " ")

    def body_behind_document(self, mention: Mention, position: int) -> str | None:
        """French "Selon la décision, …", "le rapport indique que …" with no author named: the body
        whose act the sentence before reports ("La Commission européenne a infligé jeudi une amende
        … / Selon la décision, …"), from the previous paragraph when the document opens its own."""
        words = fold(mention.text).replace("’", "'").split()
        if self.lex.adjectival_names or self.lex.document_pattern is None or mention.role is None or " " in mention.role \
                or not ((len(words) == 2 and words[0] in ("le", "la")) or (len(words) == 1 and words[0][:2] == "l'")) \
                or self.lex.document_pattern.match(f"une {mention.role} de la Cour") is None:
            return None
        return self._body_subject_before(position)

    def body_named_by_noun(self, mention: Mention, position: int) -> str | None:
        """French "le club vaudois", "la société" right after a sentence whose subject is a body's
        name ("Le Lausanne HC a annoncé …"): that body."""
        words = fold(mention.text).replace("’", "'").split()
        if self.lex.adjectival_names or not words or len(words) > 3 or not (words[0] in ("le", "la") or words[0][:2] == "l'"):
            return None
        head = words[1] if words[0] in ("le", "la") and len(words) > 1 else words[0].split("'")[-1]
        if head not in self.lex.companies and head not in self.lex.organisation_nouns or head in _MEDIA_NOUNS:
            return None  # ("selon le quotidien": the newspaper, not the body its report is about)
        if any(w[:1].isupper() for w in mention.text.split()[1:]):
            return None  # "L'hôpital de Quimper": a body named by its own place
        body = self._body_subject_before(position)
        if body is not None and head in _MEMBERS_BODY_HEADS and fold(body.split()[0]) in PUBLIC_HEADS_FR:
            body = None  # "L'Agence française de lutte contre le dopage a suspendu … Dans un communiqué, le club dit": no agency is a club
        return body or (head in self.lex.companies and self._company_opening_the_sentence(position))

    def _company_opening_the_sentence(self, position: int) -> str | None:
        """"La Laiterie des Préalpes, à Bulle, paiera …, a annoncé lundi l'entreprise": the company whose name,
        headed by a company's noun, opens the sentence the noun closes."""
        opening = _COMPANY_NAME_OPENING.match(self.text, sentence_start(self.text, position))
        if opening is None or opening.end() > position or fold(opening.group("noun")) not in self.lex.companies:
            return None
        return opening.group("name")

    def _body_subject_before(self, position: int) -> str | None:
        """The body's name opening a sentence before POSITION in its paragraph (the nearest), or in
        the paragraph before when POSITION's sentence opens its own."""
        text = self.text
        start = text.rfind("\n", 0, position) + 1
        stop = text.rfind(". ", start, position)
        if stop < 0:  # the document opens the paragraph: the last sentence of the one before
            end = len(text[:start].rstrip())
            start = text.rfind("\n", 0, end) + 1
            stop = end - 1
            if stop < start or text[stop] != ".":
                return None
        while stop >= start:
            # the sentence before, else the ones before it in the same paragraph ("Le Tribunal … a
            # condamné X. L'homme était accusé de … / Selon le jugement, …")
            opening = text.rfind(". ", start, stop)
            body = _BODY_SUBJECT.match(text, start if opening < 0 else opening + 2, stop + 1)
            if body is not None and body.group("article") == "Les " and " " not in body.group("name") \
                    and body.group("name").endswith(_PEOPLE_ENDINGS):
                body = None  # "Les Cubains n'auront plus besoin …": a people, no body
            if body is not None:
                return body.group("name") + (body.group("place") or "").replace("\u00a0", " ")
            institution = _INSTITUTION_SUBJECT.match(text, start if opening < 0 else opening + 2, stop + 1)
            if institution is not None:
                return institution.group("name").replace("\u00a0", " ")
            if opening < 0:
                return None
            stop = opening
        return None

    def speaker_headed_by(self, mention: Mention, earlier) -> str | None:
        """French "l'agence", "la commission": the latest speaker whose name that noun heads
        ("Agence régionale de santé Nouvelle-Aquitaine"), the body the article is quoting."""
        words = fold(mention.text).split()
        if self.lex.adjectival_names or not words or len(words) > 2 or not (words[0] in ("le", "la") or words[0][:2] == "l'"):
            return None
        noun = words[-1].split("'")[-1]
        if noun not in self.lex.organisations and noun not in self.lex.organisation_nouns:
            return None
        return next((name for name in reversed(earlier) if " " in name and fold(name.split()[0]) == noun), None)
