"""Where the subject of a reporting verb is: a noun phrase after an inverted verb, a French subject and its
apposition before the verb, the start of the subject's span, and a complement that only names a later verb's speaker."""

from __future__ import annotations

import re

from claims.extract.clause_starts import (
    EN_AUXILIARIES as AUXILIARIES_EN, EN_AUDIENCE, EN_FINDING_DOCUMENT, main_clause_en, sure_clause_en, takes_noun_object_en,
)
from claims.extract.cues import is_weak
from claims.extract.drafts import WORD, word_count
from claims.extract.reported_bounds import COMPLEMENTISER_NEXT, TELLING
from claims.extract.speakers import fold
from claims.extract.speaker_mentions import parse_mention
from claims.extract.subject_appositions import verb_inside_subject


# A demonstrative or pronoun and its verb after a reporting verb: a clause, no inverted subject.
# (or its object: "X, Y, stated this while inspecting the project": what the paragraph before says)
_DEMONSTRATIVE_SUBJECT = re.compile(r"\s+(?:this|that|these|those|it|there)\s+(?:was|is|were|are|had|has|would|will|could|might)\b"
                                    r"|\s+(?:this|these)\s+(?:while|when|at|during|in|on|after|before|yesterday|today|last)\b")
# Lower-case words that may sit inside a speaker's noun phrase.
_NP_WORDS = frozenset(("of", "for", "and", "other", "young",
                       "local", "senior", "former", "new", "chief", "deputy", "acting", "s"))
# English: "told her", "told them": what the speaker was told, which the speaker reports.
_TOLD_THE_SPEAKER = re.compile(r"\s+(?:her|him|them|me|us)\b")
# English: a free relative for object ("confirmed what families had been saying"): a thing stated, no clause.
_FREE_RELATIVE_NEXT = re.compile(r"\s+(?:what|how|why)\b")
RELATIVE_APPOSITION = re.compile(r",\s*(?:who|whom|whose|which|qui|que|dont)\b(?:[^,]|(?<=\d),(?=\d))*,?", re.IGNORECASE)  # (not "2,900")
# The verbs of "X reported (that) Y said …", "According to X, Y said …": Y is the speaker.
SPEECH_VERBS = {
    "en": frozenset(("said", "says", "say", "told", "tells", "added", "stated", "claimed", "confirmed")),
    "fr": frozenset(("dit", "déclaré", "affirmé", "ajouté", "indiqué", "confirmé", "assuré", "déclare", "affirme",
                     "indique", "confirme", "assure")),
}
_FINITE_HINT = {
    "en": re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does)\b|\w+ed\b"),
    # (and the irregular futures and modals: "Les entreprises qui proposent de l'escalade, de la randonnée … devront employer")
    # (and a reflexive verb: "Le solde, négatif pour la première fois, s'explique par …")
    "fr": re.compile(r"\b(?:est|sont|était|étaient|a|ont|avait|avaient|sera|seront|devra|devront|pourra|pourront|fera|feront"
                     r"|aura|auront|faudra|doit|doivent|peut|peuvent)\b|\w+(?:ait|aient)\b|\w{3,}(?:era|eront|ira|iront)\b"
                     r"|\bs['’](?!ils?\b)[a-zà-ÿ]{3,}"),
}
# An inverted subject: a role, maybe after its body's name and lower-case modifiers, then the person's name closing
# the sentence or its clause.
_MODIFIED_ROLE_THEN_NAME = re.compile(
    r"\s*(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’&-]*\s+){0,5}(?:[a-z][\w-]*\s+){0,3}(?P<role>[a-z][\w-]*)"
    r"\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*){0,3}\s*(?:[.;]|,\s|$)")
OPENING_SUBORDINATOR = re.compile(r"(?:When|After|Before|Once|As\s+soon\s+as|Until|Although|Though|Because|Since)\s")
# English: a subordinate clause closing the subject region, its subject a determiner's noun phrase ("… after a
# disciplinary committee of the X Union found that …").
# (not "because": an anonymous speaker's reason, "a neighbour who asked not to be named because her husband works there")
_SUBORDINATE_CLAUSE_CLOSING_EN = re.compile(r"\b(?P<conjunction>(?:after|when|before|until|once)\s+)"
                                            r"(?=(?:an?|the|its|their|his|her)\s)(?![^,;]*\b(?:after|when|before|until|once|because)\s)[^,;]*$")
_NAME_OBJECT_THEN_COMMA = re.compile(r"\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,")
_LISTED_NAMES_AFTER_COMMA = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:,\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s+et\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# A list of nouns closing on "et" after the comma ("touche l'administration foncière, les douanes et les marchés publics"):
# the object's list, no apposition.
_LISTED_NOUNS_AFTER_COMMA = re.compile(r"\s*(?:les|la|le|l['’]|des|du)\s*[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,3}\s+et\s+"
                                       r"(?:les|la|le|l['’]|des|du)\s*[a-zà-ÿ]")


# What may follow an inverted subject without being part of it: "…, a annoncé Eurostat, repassant
# sous l'objectif …", "…, a indiqué la préfecture, qui …".
# An inverted subject's name, then its apposition opened by an article: "said Ann Lee, the city's chief engineer".
NAME_THEN_APPOSITION = re.compile(
    # (or a bare role and its body: "…, said Mara Elkins, director of the Pikes Peak Justice Coalition, a group that …")
    r"\s*(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*,\s+(?:(?:the|a|an)\s+|(?=[a-z]+\s+(?:of|for|at)\s))"
    r"(?P<rest>[^,.;:!?\"“”]*)")
# ("…, said Amina Juma, whose six-year-old daughter started school in January": a name, then its relative clause)
NAME_THEN_RELATIVE = re.compile(r"\s*(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.'’-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*,\s+(?:who|whose)\s")
_COUNTED_SUBJECT_THEN_VERB = re.compile(
    r"\s*(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|up\s+to|about|around|nearly|almost|over)\s+[\w,.]+\s+"
    r"(?:[a-z]+\s+){0,5}(?:" + AUXILIARIES_EN + r")\b")
# Where a subject is, then its verb: "at Dr A. G. Jeetoo Hospital had been working".
# (irregular participles too: "farmers in the catchment had already cut nitrogen losses")
# ("growers in the valley were not yet facing …": two adverbs after the auxiliary)
_PLACED_SUBJECT_THEN_VERB = re.compile(r"(?:at|in|on|from|of)\s+(?:(?!\b(?:who|which|that|where)\b)[^,;:]){1,60}?\s(?:(?:" + AUXILIARIES_EN + r")\s+(?:[a-z]+\s+){0,2}"
                                       r"(?:[a-z]+(?:ed|ing|en)|cut|put|set|hit|made|paid|built|lost|held|kept|sold|left|met|brought|bought|taught"
                                       r"|sent|spent|won|become|come|done|found|had)"
                                       # ("the last three weeks of the season usually bring in …": a frequency, then the verb)
                                       r"|(?:usually|often|always|never|rarely|seldom|sometimes|typically|generally|normally)\s+[a-z]{3,}"
                                       # ("some growers in the eastern wheatbelt would not harvest at all": a modal, then the verb)
                                       r"|(?:would|will|could|should|might|must|cannot)\s+(?:not\s+)?[a-z]{3,})\b")
_AUXILIARY_WORD = re.compile(r"\b(?:" + AUXILIARIES_EN + r")\b")
# English: the body a person named in full is of, closing a subject ("… Marcus Whitlow of Eugene Springfield Fire").
_BODY_OF_THE_PERSON_CLOSING_EN = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w'’.&-]*){0,5}\s*$")
_CLOSING_FULL_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s*$")
# French: a subject, a present-tense verb and its object ("L'association étudie un déménagement …, à Tourgéville"):
# a clause before the comma, not a subject and its apposition.
# ("Le projet prévoit la construction …", "prévoit 2 400 logements": a present in -it too, a number for object)
_SUBJECT_VERB_OBJECT_FR = re.compile(r"(?:Le|La|Les|L['’])\s*[\w’'-]+\s+[a-zéèê]{3,}(?:e|es|ent|it)\s+(?:un|une|le|la|les|des|du|l['’]|\d)(?=[\s\w])")
_PRESENT_OR_FUTURE = re.compile(r"\w+ront\b|\b(?:sont|ont|vont|font|va|fait|est)\b")
_SUBJECT_AND_RELATIVE = re.compile(
    r"(?:(?:Le|La|Les|L['’]|Un|Une|Des|Ce|Cet|Cette|Ces|Son|Sa|Ses)\s*[\w’'-]+(?:\s+[\w’'-]+){0,8}"
    # (or a person's name: "Jean-Marc Delvaux, qui a quitté le collège en 2023, a toujours contesté les faits")
    r"|(?:M\.\s+|Mme\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+(?:\s+(?:de\s+|du\s+|le\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+){1,3})"
    # (not "…, dont 4 000 en Seine-Saint-Denis": a share of a number, no relative clause)
    r",\s*(?:qui|dont(?!\s+(?:\d|la\s+moitié|un\s+tiers|un\s+quart)))\s[^,.;:!?«»]+")
_REACHED_BY = re.compile(r"(?:Joint|Contacté|Interrogé|Sollicité|Interviewé)e?s?(?:\s+[^,.;:!?«»]{1,50})?,\s*")
_SUBJECT_AND_APPOSITION = re.compile(
    # "Ruud, finaliste en 2022, a reconnu la supériorité de son adversaire": a name and its apposition.
    # ("Force ouvrière, premier syndicat de l'entreprise, a annoncé un appel à la grève": an adjective in the name)
    r"(?:M\.\s+|Mme\s+)?(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+)(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+|\s+[a-zà-ÿ]+(?:ière|ier|aire|ale|ique|oise|aise|ienne|ive))?"
    r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+){0,2},\s*"
    r"(?!(?:le|la|les|l|un|une|des|du|de|d|ce|cet|cette|ces|c|ça|cela|il|elle|ils|elles|on|nous|vous|je|j|tout|"
    r"tous|toute|rien|personne|chacun|aucun|aucune|nul|nulle|chaque|plusieurs|certains|certaines|quelques|son|sa|"
    r"ses|leur|leurs|mon|ma|mes|notre|nos|votre|vos|ne|n|y|en|si|mais|et|pas|plus)\b)"
    r"[a-zà-ÿ](?:(?!\b(?:ne|n['’]))[^,.;:!?«»])*"  # no negation: "Lundi, aucun train ne partira"
    r"|(?:Le|La|Les|L['’]|Un|Une|Ce|Cet|Cette|Son|Sa|Ses)\s*[\w’'-]+(?:(?:\s+[\w’'-]+){0,8}(?<!\d),(?!\d)\s*[^,.;:!?«»]+"
    # "Le procureur de la République de Marseille, Nicolas Bessone-Ferrand": a long role, then a name.
    r"|(?:\s+[\w’'-]+){0,8},\s*(?:M\.|Mme|Me|Dr)?\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*(?:\s+(?:de|du|d['’]|von|van|le|la)?\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*){1,3})")

# English: a counted subject after the verb ("said at least two herds had been …"): a clause, no inverted subject.
_QUANTITY_SUBJECT = re.compile(r"\s+(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|up\s+to)\s+"
                               r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand))")


class ReportedSubjects:
    """The subject checks of `ReportedSpeech` (the same `SentenceReader` attributes)."""

    def _french_subject_only(self, start: int, end: int) -> bool:
        """"Le suspect, âgé de 34 ans, a reconnu les faits": before the comma stands the verb's
        subject and its apposition, not a statement."""
        if self.language != "fr":
            return False
        if (reached := _REACHED_BY.match(self.text, start, end)) is not None:
            # "Jointe par La Voix du Nord, la secrétaire du syndicat, Karima Benali, a dénoncé …": how she was reached
            rest = self.text[reached.end():end]
            rest = rest[:1].upper() + rest[1:]
            return _FINITE_HINT["fr"].search(rest) is None and (
                _SUBJECT_AND_APPOSITION.fullmatch(rest) is not None or _SUBJECT_AND_RELATIVE.fullmatch(rest) is not None)
        if _SUBJECT_AND_RELATIVE.fullmatch(self.text, start, end) \
                and _FINITE_HINT["fr"].search(self.text, start, self.text.find(",", start, end)) is None:
            # "Un commerçant, qui a requis l'anonymat, regrette la décision": a subject and its relative (not "Le
            # raccordement nécessitera un poste, dont la mise en service …, indique RTE": a statement)
            return True
        subject = _SUBJECT_AND_APPOSITION.fullmatch(self.text, start, end)
        if subject is None or _FINITE_HINT["fr"].search(self.text, start, end) is not None \
                or _SUBJECT_VERB_OBJECT_FR.match(self.text, start, end) is not None \
                or _LISTED_NAMES_AFTER_COMMA.match(self.text, self.text.find(",", start, end) + 1) \
                or _LISTED_NOUNS_AFTER_COMMA.match(self.text, self.text.find(",", start, end) + 1):
            return False  # (nor "Les foyers de Saïx, Soual et Puylaurens subissent …": a list's comma, no apposition)
        # A name, not a sentence adverb ("Lundi, trains et bus resteront au dépôt").
        return subject.group("name") is None or (
            subject.group("name") not in self.lex.function_words and _PRESENT_OR_FUTURE.search(self.text, start, end) is None)

    def _subject_start(self, m, s: int) -> int:
        """A subject is looked for after the previous reporting verb of the sentence, if any."""
        # (not a weak verb whose object is a name, inside the subject's apposition: "An analyst, speaking on
        # condition of anonymity because the firm advises Corvane, said …")
        previous = [c.end() for c in self._sentence_cues if c.end() <= m.start() and not verb_inside_subject(self.text, self.language, c, m)
                    and not (self.language == "en" and is_weak(c.group("verb"), self.pats) and "," in self.text[s:c.start()]
                             and _NAME_OBJECT_THEN_COMMA.match(self.text, c.end()))]
        start = max([s] + previous)
        if start == s and self.language == "en" and (opening := OPENING_SUBORDINATOR.match(self.text, s)) is not None \
                and "," not in self.text[s:m.start()]:
            return opening.end()  # "After the minister said …": the conjunction is no preposition
        if self.language == "en" and (subordinate := _SUBORDINATE_CLAUSE_CLOSING_EN.search(self.text, start, m.start())) is not None:
            return subordinate.end("conjunction")  # "X has been docked five points after a committee of Y found that …": the committee
        return start

    def _role_then_full_name(self, subject: str) -> bool:
        """English: a long subject that is a role and the full name closing it: "Morowali police chief
        Adjunct Senior Commissioner Rudy Hartono", maybe then the body the person is of."""
        subject = _BODY_OF_THE_PERSON_CLOSING_EN.sub("", subject)
        mention = parse_mention(subject, self.lex) if _CLOSING_FULL_NAME.search(subject) else None
        return mention is not None and bool(mention.role) and mention.name is not None and " " in mention.name \
            and subject.rstrip().endswith(mention.name) and not mention.organisation

    def _noun_phrase_follows(self, start: int, end: int) -> bool:
        """After an inverted verb comes its subject, then maybe an adjunct: `…, said Sheriff Bill
        Brown in a statement.` — not a clause (`…, announced US troops would be leaving`)."""
        lex = self.lex
        determiners = lex.bare_determiners
        if self.language == "en" and _DEMONSTRATIVE_SUBJECT.match(self.text, start, end) is not None:
            return False  # "…, said this was the third error": a clause, its subject a demonstrative
        if self.language == "en" and _QUANTITY_SUBJECT.match(self.text, start, end) is not None:
            return False  # "…, said at least two herds had been given warnings": a clause, its subject counted
        if self.language == "en" and (appositive := NAME_THEN_APPOSITION.match(self.text, start, end)) is not None \
                and _AUXILIARY_WORD.search(appositive.group("rest")) is None:
            return True  # "…, said Amara Nwosu, the country's chief medical officer."
        if self.language == "en" and NAME_THEN_RELATIVE.match(self.text, start, end) is not None:
            return True
        if self.language == "en" and (titled := _MODIFIED_ROLE_THEN_NAME.match(self.text, start, end)) is not None \
                and fold(titled.group("role")) in lex.roles:
            return True  # "…, said McDowell County Schools facilities director Wayne Cline."
        tokens = WORD.findall(self.text[start:end])
        for i, token in enumerate(tokens):
            low = fold(token).rstrip("'’")
            if low in ("last", "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday") \
                    and i > 0 and fold(tokens[i - 1]) in determiners:
                continue  # "said the last three weeks of the season usually bring …", "says the Tuesday bus is": an adjective
            if low in lex.stops and i == 0 and self.language == "en" and _COUNTED_SUBJECT_THEN_VERB.match(self.text, start, end):
                return False  # "X, president of …, said at least six companies had cut production": a clause
            if low in lex.stops and i > 0 and self.language == "en" and tokens[0].islower() \
                    and _PLACED_SUBJECT_THEN_VERB.match(self.text, self.text.find(token, start), end):
                return False  # "X, president of the union, said nurses at Dr A. G. Jeetoo Hospital had been …"
            if low == "who" and i > 0 and self.language == "en" and main_clause_en(self.text, start, end):
                return False  # "X, director of …, said fishermen who delivered to Bering Crest would now have to …": a clause
            if low in lex.stops:
                # (not "…, said a pilot project in which 30 officers wore cameras had led …": a relative clause inside a subject)
                return self.language != "en" or i + 1 == len(tokens) or tokens[i + 1].lower() not in ("which", "whom", "whose")
            if token[:1].isupper() or low in determiners or low in lex.roles or low in _NP_WORDS:
                continue
            if low[-1:] == "s" and low[:-1] in lex.roles:
                continue  # "…, say scientists"
            if low.endswith(("'s", "’s")) or low in lex.organisations:
                continue  # "the government's lawyer", "the ministry"
            if self.language == "en" and i + 1 < len(tokens) and fold(tokens[i + 1]) in lex.organisation_nouns:
                continue  # a headline's "…, says water company": what the body's noun names
            if low[:2] in ("l'", "d'"):
                continue
            return False
        return True

    def _reports_a_speaker(self, m, start: int, end: int) -> bool:
        """Whether the complement of cue `m` is only the subject of a later reporting verb."""
        text = self.text
        for cue in self._sentence_cues:
            if cue.start() <= m.start() or cue.start() < start:
                continue
            if cue.start() > end + 3 or cue.group("verb").lower() not in SPEECH_VERBS[self.language]:
                return False
            if self.language == "fr" and not COMPLEMENTISER_NEXT.match(text, cue.end()) \
                    and text[cue.end():cue.end() + 3].strip()[:1] not in (":", "«"):
                return False  # "a précisé que l'analyse avait confirmé la présence d'EPO": a finding, no report
            if self.language == "en" and (cue.group("aux") or "").lower() in ("had", "has", "have"):
                return False  # "said the company had told workers that …": what the company did, in the speaker's words
            if self.language == "en" and takes_noun_object_en(cue.group("verb")) and not COMPLEMENTISER_NEXT.match(text, cue.end()) \
                    and not sure_clause_en(text, cue.end(), end):
                return False  # "said that the detour added an hour to their commute": a noun object, no report
            if self.language == "en" and _FREE_RELATIVE_NEXT.match(text, cue.end()):
                return False  # "said the report confirmed what families had been saying": no report of the report's
            if self.language == "en" and cue.group("verb").lower() in TELLING and _TOLD_THE_SPEAKER.match(text, cue.end()):
                return False  # "said her son told her by phone that …": what she was told, her claim
            if self.language == "en" and cue.group("verb").lower() in TELLING:
                audience = EN_AUDIENCE.match(text, cue.end())
                after = audience.end() if audience is not None else cue.end()
                if not COMPLEMENTISER_NEXT.match(text, after) and not sure_clause_en(text, after, end):
                    return False  # "said the owner told workers at a meeting": what the owner did, in the speaker's words
            subject = RELATIVE_APPOSITION.sub("", text[start:cue.start()]).strip(" ,")
            if not subject or word_count(subject) > 6 or _FINITE_HINT[self.language].search(subject):
                return False
            mention = parse_mention(subject, self.lex)
            # (not "said the ruling confirmed …": a finding the speaker cites)
            return mention is not None and not mention.pronoun and bool(mention.name or mention.role) and not EN_FINDING_DOCUMENT.fullmatch(subject)
        return False

    def _complementiser_of_earlier_cue(self, relative: re.Match) -> bool:
        """Whether RELATIVE's "that" opens the clause of an earlier reporting verb ("told the news
        server Novinky.cz that the number of children admitted had doubled"), not a relative clause."""
        if not relative.group().lower().startswith("that"):
            return False
        return any(cue.end() <= relative.start() and "," not in self.text[cue.end():relative.start()]
                   and word_count(self.text[cue.end():relative.start()]) <= 6 for cue in self._sentence_cues)
