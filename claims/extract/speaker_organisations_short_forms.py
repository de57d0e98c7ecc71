"""French short forms of organisations, mixed into `ArticleSpeakers` through `OrganisationLinks`: the long
name an article gave before a bracketed short form ("L'ARS" → "agence régionale de santé des Hauts-de-France"),
or whose initials the short form spells ("L'OM" → "Olympique de Marseille")."""

from __future__ import annotations

import re

from claims.extract.first_names import is_first_name
from claims.extract.sources import canonical_source
from claims.extract.organisations import initials_in_any_order, stands_for
from claims.extract.speakers import Mention, fold


# A body's noun before the capitalised rest of its long name ("ministère des " before "Ressources naturelles …").
_BODY_NOUN_BEFORE_NAME = re.compile(r"(?<![\w’'])(?P<noun>[a-zà-ÿ]{4,})\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])\s*$")


# French: where an organisation's long name may start before its bracketed short form ("l'agence
# régionale de santé (ARS)", "de l'Institut national de la santé … (Inserm)"): after an article.
_ARTICLE_BEFORE_NAME = re.compile(r"(?:(?<![\w-])(?:[Ll]es?|[Ll]a|du|des)\s+|(?<![\w-])[LlDd]['’])(?=\w)"
                                  r"|(?<![\w-])(?:par|pour|avec|contre|selon|chez)\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")  # "par Électricité du Liban (EDL)"
# What stops a long name going back: clause punctuation, quotation marks.
_NAME_BARRIER = re.compile(r"[,;:.!?«»“”\"()\n]")
# A name, then a determiner and a lower-case word: the subject after whom it was said to ("auprès de l'AFP le président de
# l'Alliance …"), no part of one body's name.
_NAME_THEN_SUBJECT = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+(?:le|la|les|un|une)\s+[a-zà-ÿ]")
# A place after the short form completes the name: "(ARS) des Hauts-de-France".
_PLACE_AFTER_SHORT_FORM = re.compile(
    r"\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    # "(ARS) Auvergne-Rhône-Alpes a confirmé", "(ARS) Centre-Val de Loire."
    r"|\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’]*-[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:de|du|des|d['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*"
    # "(ARS) La Réunion a annoncé": a place with its article, then the verb
    r"|\s+(?:La|Le|Les)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?=\s+[a-zà-ÿ]|[,.;:])"
    # "l'établissement public territorial de bassin (EPTB) Rance Frémur, maître d'ouvrage": a kind, then its name
    # ("l'agence régionale de santé (ARS) Occitanie.": one word)
    r"|\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,3}"
    r"(?=\s+[a-zà-ÿ]|\s*[.,;:!?])")
_NAME_RIGHT_BEFORE_BRACKET = re.compile(
    r"(?:\b(?:les?|la|l['’]|des|du|de\s+la|aux?)\s*)(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+(?:[a-zà-ÿ]+|de|du|des|d['’])){1,3}\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)\s*$")
# The capitalised words right before a bracket, which its initials may spell: "… de la société Guinea Bauxite Resources".
_CAPITALS_RIGHT_BEFORE_BRACKET = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+)+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?=\s*$)")
ELIDED_ARTICLE = re.compile(r"^[LlDd]['’]")
# ("ministère de l'Agriculture, des Pêcheries et de l'Alimentation du Québec (MAPAQ)": capitalised portfolios)
_LISTED_COMPLEMENT = re.compile(r"\s+(?:de\s+la|de\s+l['’]|du|des)\s*[a-zà-ÿA-ZÀ-ÖØ-Þ][^,;:.()]*\set\s+(?:de|du|des|d['’])")
# Lower-case words after a capitalised one, up to a bracketed short form: "Observatoire français des
# drogues et des tendances addictives (OFDT)".
_LOWER_WORDS_TO_SHORT_FORM = re.compile(r"(?P<words>(?:\s+[a-zà-ÿ'’-]+){1,10})\s+\((?P<short>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]{1,11})\)")
# French nouns for any body, public or private ("l'institution" for "la Banque du Liban (BDL)").
_GENERIC_BODY_NOUNS = frozenset(("institution", "etablissement", "organisme", "instance"))
# Folded adjectives of nationality ("chilien", "portugaise", "espagnol"; not "agricole").
_NATIONALITY_ENDING = re.compile(r"(?:ien|ienne|ais|aise|ois|oise|ain|aine|and|ande|(?<!ic)ol|(?<!ic)ole|ec|eque|on|onne)$")
_WORD_WITH_OFFSET = re.compile(r"[\w'’-]+")
_NAME_LINK_WORDS = frozenset(("de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "et", "pour", "en", "sur"))
# A short form in brackets: "(OMS)", "(CGT)".
# Bodies that are never "l'établissement" (a hospital's, a school's, a plant's word).
_MOVEMENTS_FR = frozenset(("mouvement", "parti", "rassemblement", "front", "alliance", "collectif", "union"))
_NO_ESTABLISHMENTS = frozenset(("agence", "autorite", "ministere", "prefecture", "conseil", "direction", "syndicat", "federation"))
_BRACKETED_SHORT_FORM = re.compile(r"\(([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-zÀ-ÿ-]{1,9})\)")
# French forces of the state, never another body's short form ("la police cantonale").
_FORCES_FR = frozenset(("police", "gendarmerie", "armee", "douane", "douanes", "parquet", "justice"))
# French territorial authorities, never another body's short form either ("la collectivité territoriale").
_TERRITORIAL_AUTHORITIES_FR = frozenset(("collectivite", "region", "departement", "commune", "ville", "municipalite", "mairie"))


class ShortFormLinks:
    """The short forms of `OrganisationLinks` (French): the long name behind "L'ARS", "l'OM", "la CGT",
    and the company or body named with its short form in brackets that "l'entreprise" or "l'organisation" stands for."""

    __slots__ = ()

    def long_form(self, name: str) -> str | None:
        """French: the long name an article gave before a bracketed short form ("L'ARS" →
        "agence régionale de santé des Hauts-de-France" after "l'agence régionale de santé (ARS)
        des Hauts-de-France"), or None."""
        short = ELIDED_ARTICLE.sub("", name)
        if " " in short or len(short) < 2 or canonical_source(short) is not None:
            return None  # (a news agency's short form is its name: not "Avec la flambée du prix" for "l'AFP")
        at = self.text.find(f"({short})")
        if at < 1 and (numbered := re.search(rf"\({re.escape(short)} \d{{1,3}}\)", self.text)) is not None:
            at = numbered.start()  # "(Sdis 06)": a short form and a département's number
        if at < 1:
            opened = self.text.find(short + " ")
            run = _LOWER_WORDS_TO_SHORT_FORM.match(self.text, opened + len(short)) if opened >= 0 else None
            if run is not None and stands_for(run.group("short"), short + run.group("words")):
                return self.long_form(run.group("short"))  # "Observatoire" opens "… addictives (OFDT)"
            return self._name_of_initials(short)
        return self._bracketed_long_form(short, at)

    def _name_of_initials(self, short: str) -> str | None:
        """"L'OM" after "L'Olympique de Marseille": the one name of two capitalised words or more
        whose initials the upper-case short form spells exactly; else, for three letters or more,
        the first capitalised phrase whose words but its links spell it ("L'Agence régionale de
        santé" for "ARS")."""
        if not short.isupper() or not short.isalpha():
            return None
        found = {ELIDED_ARTICLE.sub("", full) for _, full in self.full_names
                 if "".join(w[0] for w in ELIDED_ARTICLE.sub("", full).split() if w[:1].isupper()) == short}
        if not found and len(short) >= 3 and not self.lex.adjectival_names:
            return self._phrase_of_initials(short)
        return found.pop() if len(found) == 1 else None

    def _phrase_of_initials(self, short: str) -> str | None:
        words = list(_WORD_WITH_OFFSET.finditer(self.text))
        for i, first in enumerate(words):
            word = ELIDED_ARTICLE.sub("", first.group())
            if word[:1] != short[0] or "’" in word or "'" in word:
                continue  # (not "C’est du gâchis pour tout" for "CGT": a clause, no name)
            letters, end, k = [word[0].lower()], first.end(), i + 1
            while len(letters) < len(short) and k < len(words) and words[k].start() - words[k - 1].end() <= 1:
                following = ELIDED_ARTICLE.sub("", words[k].group())
                if words[k].group().lower() not in _NAME_LINK_WORDS:
                    letters.append(following[:1].lower())
                    end = words[k].end()
                k += 1
            if "".join(letters) == short.lower():
                return ELIDED_ARTICLE.sub("", self.text[first.start():end])
        return None

    def _bracketed_long_form(self, short: str, at: int) -> str | None:
        window = self.text[max(0, at - 160):at]
        # (not a comma listing the name's complements: "de la concurrence, de la consommation et de …")
        barrier = max((m.end() for m in _NAME_BARRIER.finditer(window)
                       if not (m.group() == "," and _LISTED_COMPLEMENT.match(window, m.end()))), default=0)
        names = [long for start in _ARTICLE_BEFORE_NAME.finditer(window, barrier)
                 if stands_for(short, long := window[start.end():].strip())]
        if not names and (whole := window[barrier:].strip())[:1].isupper() and stands_for(short, whole):
            names = [whole]  # "Électricité du Liban (EDL) a annoncé …" opening its sentence, no article
        if not names and short.isupper() and len(short) >= 3:
            # "L'Unité d'intégrité de l'athlétisme (AIU)": a body that keeps the initials of its English name
            names = [long for start in _ARTICLE_BEFORE_NAME.finditer(window, barrier)
                     if (long := window[start.end():].strip())[:1].isupper() and initials_in_any_order(short, long)]
        if not names and short.isupper() and len(short) >= 3 \
                and (named := _NAME_RIGHT_BEFORE_BRACKET.search(window, barrier)) is not None:
            # "les Collections nationales de Saxe (SKD)": a name right before the bracket, its short form
            # from another language
            names = [named.group("name")]
        # (not "les comptes 2025 du centre hospitalier Eure-Seine (CHES)": a document and its year, then the body)
        names = [n for n in names if not any(c.isdigit() for c in n)] or names
        names = [n for n in names if not _NAME_THEN_SUBJECT.search(n)]
        # the leftmost article whose name the short form abbreviates, capitalised if one is ("Le
        # tribunal a placé … les Tanneries de la Moselle (TDM)": not the clause from "tribunal")
        long = next((n for n in names if n[:1].isupper()), None)
        if long is None and (capitals := _CAPITALS_RIGHT_BEFORE_BRACKET.search(window, barrier)) is not None \
                and "".join(word[0] for word in capitals.group().split()) == short \
                and names and len(names[0].split()) > len(capitals.group().split()) + 1:  # (a noun and the name stay: "agence X Y Z")
            long = capitals.group()  # "les gendarmes chargés de protéger le site de la société Guinea Bauxite Resources (GBR)"
        long = long or (names[0] if names else None)
        if long is None:
            return None
        if (head := _BODY_NOUN_BEFORE_NAME.search(window, 0, window.rfind(long))) is not None \
                and fold(head.group("noun")) in self.lex.organisations and stands_for(short, head.group("noun") + " " + long):
            long = head.group() + long  # "au ministère des Ressources naturelles et des Forêts (MRNF)": the body's noun opens its name
        place = _PLACE_AFTER_SHORT_FORM.match(self.text, at + len(short) + 2)
        if place is not None and is_first_name(place.group().split()[0]):
            place = None  # "le pilier de l'Entente rugby Médoc-Atlantique (ERMA) Sébastien Lacoste": the player, no place
        return long + (place.group() if place else "")

    def company_with_short_form_before(self, mention: Mention, position: int) -> str | None:
        """French "l'entreprise", "la société" right after the article named a company with its
        short form in brackets ("les Fonderies de la Vezouze (FDV)"), from the previous paragraph
        on: that company, when its name is no public body's ("l'Agence …", "le Conseil …")."""
        words = fold(mention.text).split()
        if self.lex.adjectival_names or len(words) > 3 or not words or not (words[0] in ("le", "la") or words[0][:2] == "l'"):
            return None
        head = words[1] if words[0] in ("le", "la") and len(words) > 1 else words[0].split("'")[-1]
        size = len(words) - (words[0] in ("le", "la"))
        generic = head in _GENERIC_BODY_NOUNS or (size == 2 and (head in self.lex.organisations or words[-1] in ("syndicale", "syndical"))
                                                   and not words[-1].startswith(("d'", "l'")))  # (not "le parquet d'Albertville")
        if size > 2 or not (head in self.lex.companies or generic):
            # "l'entreprise", "la société"; "l'institution"; "l'office public", "la centrale syndicale" (a body's noun and its adjective)
            return None
        # "le gouvernement chilien": the country's own body, unless the name just given opens with that noun
        national = size == 2 and head not in self.lex.companies and _NATIONALITY_ENDING.search(words[-1]) is not None
        since = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, position) - 2)) + 1
        for short in reversed(_BRACKETED_SHORT_FORM.findall(self.text, since, position)):
            long = self.long_form(short)
            if long and (national or head in _FORCES_FR or head in _TERRITORIAL_AUTHORITIES_FR or size == 2 and head == "conseil") \
                    and fold(long.split()[0]).split("'")[-1] != head:
                # (not "la police cantonale" for "l'Hôpital fribourgeois (HFR)": a force is named by its own noun; nor
                # "le conseil départemental" for "le service départemental d'incendie et de secours (SDIS)")
                continue
            if long and head == "etablissement" and fold(long.split()[0]).split("'")[-1] in _NO_ESTABLISHMENTS:
                continue  # "a annoncé l'agence régionale de santé (ARS) … D'après l'établissement": the hospital, no agency
            if long and head == "institution" and fold(long.split()[0]).split("'")[-1] in _MOVEMENTS_FR:
                continue  # "président du Mouvement pour la France des territoires (MFT) … a précisé l'institution": no party
            if long and (generic or fold(long.split()[0]).split("'")[-1] not in self.lex.organisations):
                return long
        return None

    def _bracketed_name_headed_by(self, head: str, position: int) -> str | None:
        """French: the long name of the latest short form in brackets before POSITION whose name
        opens with the noun HEAD ("l'organisation" → "Organisation mondiale de la santé")."""
        for short in reversed(_BRACKETED_SHORT_FORM.findall(self.text, 0, position)):
            long = self.long_form(short)
            if long and fold(long.split()[0]).split("'")[-1] == head:
                return long
        return None
