"""How French (and some English) press copy names a speaker it already named: an epithet behind an
elided article ("l'élu", "l'économiste"), a press epithet ("le chef de l'État", "l'intéressé"), a
company noun for a company quoted by its acronym ("selon la société"); words that look like names
and are not people ("le glacier Blanc", "la Première ministre")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.extract.first_names import is_first_name
from claims.extract.generic_bodies_fr import establishment_named_before
from claims.extract.institution_names import last_quoted_body_name
from claims.extract.lang import en as english, fr as french
from claims.extract.managements_fr import company_introduced_by_kind, named_by_its_kind
from claims.extract.quotes import inside_quotation_marks
from claims.extract.role_genders_fr import role_gender
from claims.extract.sources import canonical_source
from claims.extract.speaker_organisations import OUTLET_BEFORE, OUTLET_NOUNS_FR
from claims.extract.speaker_organisations_fr import fuller_french_organisations
from claims.extract.speaker_organisations_short_forms import ELIDED_ARTICLE
from claims.extract.speaker_scan import _PLACE_BEFORE, headline_topic, introduced_by_noun
from claims.extract.name_words import COMPANY_DESIGNATORS, TERRITORIES
from claims.extract.organisation_heads_fr import fuller_name_pattern, whole_name
from claims.extract.speaker_phrases import TERRITORY_BEFORE_FR
from claims.extract.speakers import Lexicon, Mention, fold, names_in
from claims.extract.speech_recipients_fr import is_recipient

_DEFINITE_ARTICLES = frozenset(("the", "le", "la", "l'"))
# "le glacier Blanc", "la rue Royale", "le pont Neuf": a common noun, then its one-word proper name.
_APPOSITION_ROLE = re.compile(r",\s+(?:(?:le|la|l['’]|un|une|ancien|ancienne|ex-)\s*)?([\w-]+)")
_AFTER_COMMON_NOUN = re.compile(r"\b[a-zà-ÿ]{3,},\s+$")
_AFTER_SOURCE_PHRASE = re.compile(r"(?:[Ss]elon|[Dd]['’]après)\s+(?:la|le|les|l['’]|une?|des)\s*[a-zà-ÿ]{3,},\s+$")
_DEFINITE_OPENING = re.compile(r"(?:[Ll]es?|[Ll]a)\s|[Ll]['’]")
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:[Ll]es?|[Ll]a)\s+|\b[Ll]['’])$")
_COMMON_NOUN_BEFORE = re.compile(r"\b(?:le|la|les|du|des|au|aux|l['’])\s*(?P<noun>[a-zà-ÿ]{3,})\s+$")
# French: a place's common noun right before its name ("la station ", "la rue ", "la station Tunney's ").
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:la|le|l['’]|du|au|aux|des)\s*(?:station|gare|rue|avenue|boulevard|place|quai|pont|parc|stade|aéroport|"
    r"quartier|lac|île|allée|chemin|route|esplanade|promenade|cours)\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*['’]s\s+)?$")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:son|sa|ses|leurs?)[ \u00a0]+$")
# French: an institution named by its town ("l'université d'Avignon"; not "l'institution de Francfort", a description).
_INSTITUTION_OF_A_TOWN_FR = re.compile(r"(?:université|mairie|préfecture)[ \u00a0]+(?:de[ \u00a0]+|du[ \u00a0]+|d['’])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_GROUP_NOUN_AFTER = re.compile(r"\s+(?:police|officials|authorities|officers|forces|troops|residents|voters|lawmakers)\b")
# Quantifiers before capitalised words: "numerous Maker Clubs", "Several Democrats" (a group, no person).
_QUANTIFIERS = frozenset(("numerous", "several", "many", "some", "most", "various", "countless", "multiple", "few"))
_ROLE_AFTER_ORDINAL = re.compile(r"\s+(?:ministre|secrétaire|adjoint|adjointe|dame|minister|lady)\b")
# "l'élu", "l'édile socialiste", "l'économiste": a role behind an elided article, no complement.
# A subject's verb right after a name: "Le Medef a salué", "Le Medef estime".
_SENTENCE_ARTICLE_BEFORE = re.compile(r"(?:^|[.!?»]\s+|\n)(?:Le|La|Les)\s+$|(?:^|[.!?»]\s+|\n)L['’]$")
# French: a name right after an article and a common noun ("l'atterrisseur lunaire Vikas-2", "le
# navire Aurora"): the noun says what the name is.
_NOUN_BEFORE_NAME_FR = re.compile(
    r"(?:\b[Ll]['’]|\b(?:[Ll]es?|[Ll]a|du|des|au|aux|(?P<possessive>[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?))[ \u00a0]+)"
    r"(?P<noun>[a-zà-ÿ-]{3,})(?:[ \u00a0]+[a-zà-ÿ-]+)?[ \u00a0]+$")
# Press epithets for a company before its name ("le géant américain Amazon").
_COMPANY_EPITHETS = frozenset(("geant", "leader", "numero", "specialiste", "champion", "pionnier", "poids", "mastodonte", "marque"))
# French: the lower-case adjectives completing a body's capitalised noun ("Banque centrale européenne").
# (not a verb and its object: "la Cour supérieure ordonne la reprise")
_ADJECTIVES_AFTER = r"(?:[ \u00a0]+(?!(?:est|sont|ont|avait|sera|dans|pour|sur|avec|mais|qui|que|les|des|une)\b)[a-zà-ÿ][a-zà-ÿ-]{2,}){1,3}" \
                    r"(?=[,.;:)]|\s(?!(?:le|la|les|l['’]|un|une|des|son|sa|ses)(?![\w-])))"
_SENTENCE_OPENING_BEFORE = re.compile(r"(?:[.!?»]\s+|\n)$")
# (maybe past an apposition: "Tissages Hennequin, l'un des derniers tisseurs des Vosges, va supprimer")
_SUBJECT_OPENING = re.compile(r"(?:,\s[^,;:«»\n]{2,150}?,)?\s+(?:a|ont|va|vont|avait|est|sont|[a-zà-ÿ]+e(?:nt)?)\s")
_ELIDED_ROLE = re.compile(r"[Ll]['’][a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?(?<![sx])")
# French "en Dordogne", "en Bretagne": a bare name after "en" is a place, never a body.
_EN_BEFORE = re.compile(r"(?:^|\s)en\s+$")
# A headline's or intertitle's kicker: "Dordogne : le centre hospitalier visé …" (a topic, no subject).
_KICKER_AFTER = re.compile(r"[ \u00a0]*:")
# French: a list of common nouns opening a paragraph: "Poussière, camions et tirs de mine : …" (no name).
_LISTED_NOUNS_AFTER = re.compile(r",[ \u00a0]+(?!(?:une?|les?|la|des)[ \u00a0]|l['’])[a-zà-ÿ]+(?:[ \u00a0]+[a-zà-ÿ]+){0,3}[ \u00a0]+et[ \u00a0]")
# A dateline's place opening a paragraph: "Genève (DPA) - …", "MOSCOU — …".
_DATELINE_AFTER = re.compile(r"[ \u00a0]*(?:\([^()\n]{1,20}\)[ \u00a0]*)?[-–—][ \u00a0]")


# Words that may qualify a role word before a name ("regional officer", "acting chief executive").
_ROLE_MODIFIERS = frozenset(("chief", "deputy", "acting", "regional", "senior", "vice", "general", "executive",
                             "managing", "interim", "assistant", "press", "national", "district", "area", "branch"))
# Lower-case words, then a capitalised one: "… president Tan Wei Ling", "… regional officer Declan".
_ROLE_WORDS_THEN_NAME = re.compile(r"(?P<words>(?: [a-z][a-z-]*){1,3}) [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]")


def _after_quantifier(text: str, offset: int) -> bool:
    """Whether a quantifier and a space come right before OFFSET, or an opening quotation mark and
    a quantifier ("“Several …"). (Eleven characters hold the longest quantifier and its space; a
    longer word the window cuts keeps more letters than any quantifier has.)"""
    before = text[max(0, offset - 11):offset]
    if not before[-1:].isspace():
        return False
    words = before.split()
    return bool(words) and words[-1].lstrip("“\"‘'(").lower() in _QUANTIFIERS


def _names_a_thing(text: str, offset: int, name: str, lex: Lexicon) -> bool:
    if lex.adjectival_names and (_GROUP_NOUN_AFTER.match(text, offset + len(name)) or text[max(0, offset - 4):offset] == "the "
                                 or _after_quantifier(text, offset)):
        return True  # "Northamptonshire police", "Jefferson Parish officials", "the Volvo XC90", "Numerous Maker Clubs": no person
    if lex.adjectival_names and (role := _ROLE_WORDS_THEN_NAME.match(text, offset + len(name))) is not None \
            and all(w in lex.roles or w in _ROLE_MODIFIERS for w in role.group("words").split()) \
            and role.group("words").split()[-1] in lex.roles:
        return True  # "SMRT Trains president Tan Wei Ling": the body of the person's role (not "X met engineer Y")
    if not lex.adjectival_names and _PLACE_NOUN_BEFORE.search(text, max(0, offset - 40), offset):
        return True  # "sur le quai de la station Tunney's Pasture, X …": a place
    if not lex.adjectival_names and _POSSESSIVE_BEFORE.search(text, max(0, offset - 7), offset):
        return True  # "ses McIntosh et ses Honeycrisp", "sa Clio": what someone owns
    if " " in name:
        return False
    before = _COMMON_NOUN_BEFORE.search(text, max(0, offset - 30), offset)
    return before is not None and fold(before.group("noun")) not in lex.roles and not before.group("noun").endswith("s")


# French nouns of age ("le quadragénaire") and the decade of the age ("44 ans") they stand for.
_AGE_NOUN_DECADES = {"trentenaire": 30, "quadragenaire": 40, "quinquagenaire": 50, "sexagenaire": 60,
                     "septuagenaire": 70, "octogenaire": 80, "nonagenaire": 90}
_NOUN_IN_APPOSITION = re.compile(r",[ \u00a0]+(?:(?:l['’]|le[ \u00a0]+|la[ \u00a0]+|une?[ \u00a0]+))?(?P<noun>[a-zà-ÿ-]{3,})\b")
_AGE_AFTER_NAME = re.compile(r",[ \u00a0]*(?P<age>\d{2,3})[ \u00a0]+ans\b")
# "un gérant d'agence de 44 ans", "la conductrice, âgée de 52 ans": a role noun and the age it is given.
_ROLE_OF_AGE = re.compile(
    r"\b(?:un|une|le|la|l['’])\s*(?P<noun>[a-zà-ÿ-]{3,})(?:\s+[^,.;:«»\n]{1,30}?)?,?\s+(?:âgée?\s+)?de\s+(?P<age>\d{2,3})\s+ans\b")




_COURT_NOUNS = frozenset(("cour", "tribunal", "conseil", "parquet"))


def _same_kind(head: str, before: str, lex: Lexicon) -> bool:
    """Whether a body the article introduced with the noun BEFORE may be named again by the noun
    HEAD: any noun but another body's, the same noun, two company nouns or two outlet nouns."""
    if before == "laboratoires":  # "les laboratoires Berthier-Lanson … le groupe" (not "l'agence"): a drug company
        return head in lex.companies or head == before
    if before not in lex.companies and before not in lex.organisation_nouns or before == head:
        return True
    return head in lex.companies and before in lex.companies or head in OUTLET_NOUNS_FR and before in OUTLET_NOUNS_FR


# French trades that say which company they are with their complement ("le distributeur d'électricité").
_TRADE_HEADS_FR = frozenset(("distributeur", "fournisseur", "transporteur", "assureur", "gestionnaire", "exploitant"))
_NATIONALITY_ENDINGS = ("ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "and", "ande")

# A route's or a range's other end right before a name ("Namur–Luxembourg", "entre Ciney et Arlon", "between Leeds and").
_ROUTE_BEFORE = re.compile(r"\w[–—]$|\b(?:entre|between)\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+){1,3}(?:et|and)\s+$|\b(?:entre|between)\s+$")
# French: the lower-case noun of a thing right before a name ("la centrale Mercier", "le réservoir Baskatong").
_THING_NOUN_BEFORE_FR = re.compile(r"\b(?:(?:la|le|les|du|des|au|aux)\s+|l['’]\s*)([a-zà-ÿ]{3,})[ \u00a0]+$")
# French: a territory's noun before its name ("La région Occitanie a versé …"): a public body, never the company.

_DEPARTMENT_COUNCIL = re.compile(r"conseil[ \u00a0]+départemental[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+)"
                                 r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*")
# French towns' compound names ("Parcé-sur-Sarthe", "Châlons-en-Champagne"): no body.
_SAID_THAT_AFTER_FR = re.compile(r"(?:,\s[^,;:«»\n]{2,150}?,)?\s+a\s+[a-zà-ÿ]+é\s+(?:[a-zà-ÿ]+\s+)?(?:que|qu['’])")
_LANDFORM_BEFORE_FR = re.compile(r"\b(?:presqu['’]île|île|lac|col|plateau|vallée|massif|plage|baie|forêt|étang|mont|pointe|cap|parc)"
                                 r"\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*$")
_TOWN_NAME = re.compile(r"\w-(?:(?:sur|en|lès|les|le|la|de|aux|sous)-|[dl]['’])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")  # ("Vallon-Pont-d'Arc")
# French stressed pronouns opening a sentence inside a quotation ("Moi, j'y suis entrée …"): no name.
_STRESSED_PRONOUNS = frozenset(("moi", "toi", "lui", "elle", "nous", "vous", "eux", "elles"))

# Epithets of a trade, which first stand for the headline's person (`TRADE_EPITHETS` of each language, folded).
TRADE_EPITHETS = frozenset(fold(w) for w in french.TRADE_EPITHETS + english.TRADE_EPITHETS)
# (who won: the story's one person when the headline names one; the latest person named may be the one beaten)
WINNERS = frozenset(("vainqueur", "vainqueure", "laureat", "laureate"))
_INDEFINITE_ARTICLE_BEFORE = re.compile(r"\b(?:un|une|an?)\s+$")  # "un Bruxellois": a demonym, no body


# French: the role the headline's person has just won or just lost ("le nouveau député", "la nouvelle présidente",
# "le candidat malheureux"), folded.
_NEW_OR_BEATEN_IN_ROLE_FR = re.compile(r"(?:le|la|l')\s*(?:nouveau|nouvel|nouvelle)\s+(?P<won>[a-z-]+)"
                                       r"|(?:le|la|l')\s*(?P<lost>[a-z-]+)\s+malheureu(?:x|se)")


# Adjectives of a body's scope ("le laboratoire cantonal", "l'office fédéral"), folded.
_SCOPES = frozenset(("cantonal", "cantonale", "federal", "federale", "national", "nationale", "regional", "regionale",
                     "municipal", "municipale", "communal", "communale", "departemental", "departementale", "provincial",
                     "provinciale"))


def _named_storm(text: str, name: str) -> bool:
    """Whether the article names a storm NAME ("le cyclone tropical Solenn", "Hurricane Dorian"): weather, no body."""
    return re.search(r"\b(?:[Cc]yclone|[Tt]empête|[Oo]uragan|[Tt]yphon|[Hh]urricane|[Tt]yphoon|[Ss]torm)"
                     rf"(?:[ \u00a0]+(?:tropicale?|intense|[Tt]ropical)){{0,2}}[ \u00a0]+{re.escape(name)}\b", text) is not None


class PressEpithets:
    """Mixed into `ArticleSpeakers` (its fields: `text`, `lex`, `person_mentions`, `role_ties`; its
    methods `full_name`, `last_person_in_role`)."""

    __slots__ = ()

    def _epithet_person(self, epithet: str, position: int) -> str | None:
        """The person a press epithet stands for: the latest one tied to a role it names, or for
        "l'intéressé", the latest person fully named (from the previous paragraph on)."""
        targets = self.lex.epithets[epithet]
        if epithet in _AGE_NOUN_DECADES and (aged := self._person_of_age(_AGE_NOUN_DECADES[epithet], position)):
            return aged
        if targets:
            # ("a lancé l'élue" is no man tied to "maire")
            gender = role_gender(epithet, self.lex) if not self.lex.adjectival_names else None
            tied = [n for o, r, n in self.role_ties if o <= position and any(t in r for t in targets)
                    and (gender is None or self.gender_of(n) in (None, gender))]
            return tied[-1] if tied else None
        if epithet in WINNERS:
            return self.headline_person()  # "le vainqueur", "la lauréate": the headline's one person, else no guess
        if epithet in TRADE_EPITHETS and (person := self.headline_person()) is not None:
            return person  # "l'athlète", "le chanteur": the one person the headline names, whom the story is about
        if (tied := [n for o, r, n in self.role_ties if o <= position and r and fold(r).split()[0] == epithet]):
            return tied[-1]  # "le coureur" after "Le coureur belge Jens Verhaegen" (not whoever was named last)
        since = max(0, self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, position) - 2)))
        named = [self.full_name(n, o) for o, _, n in self.person_mentions if since <= o < position and " " in n]
        return named[-1] if named else None

    def new_or_beaten_person(self, mention: Mention) -> str | None:
        """French "a déclaré le nouveau député", "le candidat malheureux": the one person the headline
        names, when no one else is tied to that role and the role's gender allows them."""
        held = _NEW_OR_BEATEN_IN_ROLE_FR.fullmatch(fold(mention.text.strip())) if not self.lex.adjectival_names else None
        if held is None or (person := self.headline_person()) is None:
            return None
        role = held.group("won") or held.group("lost")
        if role not in self.lex.roles or any(r and r.split()[0] == role and n != person for _, r, n in self.role_ties):
            return None
        return person if self.gender_of(person) in (None, role_gender(role, self.lex)) else None

    def headline_person(self) -> str | None:
        """The one person the headline names in full, else None."""
        headline_end = self.text.find("\n")
        # (not a title in quotation marks: "… décerné à Hélène Varenne pour « La Maison des Salines »")
        # (nor the place of a kicker: "Burkina Faso : le Baobab d'or … décerné à une réalisatrice togolaise")
        headline = {self.full_name(n, o) for o, e, n in self.person_mentions
                    if o < headline_end and not inside_quotation_marks(self.text, 0, o)
                    and not (o == 0 and self.text[e:e + 3].lstrip(" \u00a0").startswith(":"))}
        if not headline and not self.lex.adjectival_names:
            # "… décerné à une réalisatrice togolaise" … "de la réalisatrice togolaise Akossiwa Mensah": whom the
            # headline names by the role the article ties to her
            words = f" {fold(self.text[:headline_end])} "
            headline = {n for _, r, n in self.role_ties if r and " " in r and f" {r} " in words}
        return person if len(headline) == 1 and " " in (person := headline.pop()) else None

    def _person_of_age(self, decade: int, position: int) -> str | None:
        """The one person the article gave an age of DECADE before POSITION ("X, 44 ans", or "un
        gérant de 44 ans" and the person tied to that role), else None."""
        found = set()
        people: dict[str, set[str]] = {}  # person → the nouns in apposition after their name
        for start, end, name in self.person_mentions:
            full = self.full_name(name, start)
            people.setdefault(full, set())
            if (noun := _NOUN_IN_APPOSITION.match(self.text, end)) is not None:
                people[full].add(fold(noun.group("noun")))
            if start < position and (age := _AGE_AFTER_NAME.match(self.text, end)) and int(age.group("age")) // 10 * 10 == decade:
                found.add(full)
        for aged in _ROLE_OF_AGE.finditer(self.text, 0, position):
            noun = fold(aged.group("noun"))
            if int(aged.group("age")) // 10 * 10 == decade:
                # "un plombier de 46 ans" … "X, plombier à Landerneau": the person given that noun
                found.update(n for _, r, n in self.role_ties if r.split()[:1] == [noun] and n in people)
                found.update(n for n, nouns in people.items() if noun in nouns)
        return found.pop() if len(found) == 1 else None

    def _company_just_quoted(self, mention: Mention, earlier: Sequence[str]) -> str | None:
        """"selon la société", "a indiqué l'entreprise" when the article introduced the company by
        its name alone ("La SNCB a annoncé …", "SNCF Voyageurs a indiqué …"): the latest speaker
        written as an acronym, alone or before one capitalised word."""
        words = fold(mention.text).split()
        if len(words) != 1 and (len(words) != 2 or words[0] not in _DEFINITE_ARTICLES):
            return None
        head = words[-1].split("'")[-1]
        if head not in self.lex.companies:
            return None
        # ("SNCF Voyageurs a indiqué … selon l'entreprise": an acronym and the branch it names)
        return next((name for name in reversed(earlier) if len(name) >= 2 and (
            name.isupper() or len(name.split()) == 2 and name.split()[0].isupper() and name.split()[1][:1].isupper())
            and not (self.lex.adjectival_names and self._written_with_the(name)) and not self._introduced_as_medium(name)), None)

    def _introduced_as_medium(self, name: str) -> bool:
        """"the public broadcaster ERR", "le quotidien ABC": an outlet the article cites, not the company it reports on."""
        return any(OUTLET_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
                   for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", self.text))

    def _written_with_the(self, name: str) -> bool:
        """English: "the FDA", "the ICC": an acronym written after "the" is a public body, no company."""
        return any(f"{article} {name}{after}" in self.text for article in ("the", "The") for after in " ,.'’")

    def body_introduced_by_noun(self, mention: Mention, position: int) -> str | None:
        """French "Selon la maison de ventes" after "la maison de ventes Servais & Fils": the one name
        the article wrote right after the definite mention's noun."""
        role = mention.role or ""
        if self.lex.adjectival_names or not role or not _DEFINITE_OPENING.match(mention.text.strip()) \
                or not (fold(role.split()[0]) in self.lex.companies or fold(role.split()[0]) in self.lex.organisation_nouns):
            return None
        if (named := introduced_by_noun(self.text, role, position)) is None and fold(role) == "organisation":
            named = introduced_by_noun(self.text, "ONG", position)  # "l'ONG Action Paysanne Haïti … l'organisation avertit"
        return named

    def _company_opening_sentence(self, name: str, at: int) -> bool:
        """French: whether NAME, of two or three words, opens its sentence at AT as the subject of a verb
        ("Air France a annulé 40 vols") and names no person (no first name, no one the article gives a
        gender); the caller asks too that it be no speaker so far."""
        text = self.text
        return len(name.split()) <= 3 and (at == 0 or _SENTENCE_OPENING_BEFORE.search(text, max(0, at - 3), at) is not None) \
            and _SUBJECT_OPENING.match(text, at + len(name)) is not None and not is_first_name(name.split()[0]) \
            and self.full_name(name, at) == name and name not in self.genders

    def company_opening_sentence_before(self, position: int) -> str | None:
        """French: the last name of two or three words that opens a sentence as a company does, from the
        paragraph before POSITION on ("Iroise Maintenance Navale, qui …, va supprimer …" before "Selon la direction");
        not one that says something itself ("Viktor Ianoukov a souligné lundi que …": maybe a person)."""
        since = self.text.rfind("\n", 0, max(0, self.text.rfind("\n", 0, position) - 2)) + 1
        return next((name for offset, name in reversed(names_in(self.text[since:position], self.lex))
                     if " " in name and self._company_opening_sentence(name, since + offset)
                     and not _SAID_THAT_AFTER_FR.match(self.text, since + offset + len(name))), None)

    def _company_named_alone(self, mention: Mention, position: int, earlier: Sequence[str] = ()) -> str | None:
        """"la société d'État", "le constructeur", "le syndicat" for a company or an organisation the
        article names by its name alone ("Hydro-Québec n'a pas voulu commenter"): the nearest one-word name before POSITION (from
        the previous paragraph on) that is no person's name and that the article uses at least once
        elsewhere than after a place preposition ("à Lyon" is a place)."""
        role = fold(mention.role or "")
        head = role.split(" ", 1)[0]
        if len(role.split()) > 3 or not (head in self.lex.companies or head in self.lex.organisation_nouns):
            return None
        if not self.lex.adjectival_names and _INSTITUTION_OF_A_TOWN_FR.match(mention.role):
            return None  # "L'université d'Avignon, contactée par l'AFP, a indiqué": the mention names the body
        if not self.lex.adjectival_names and " " not in role and (quoted := last_quoted_body_name(self.text, mention.role, position)):
            return quoted  # "le collectif « GLT vivra »" … "Selon le collectif": that body, not a short form in its name
        if role.endswith((" ministeriel", " ministerielle", " de tutelle")):
            # "le département ministériel", "le département de tutelle": the ministry that spoke
            return next((n for n in reversed(earlier) if fold(n).startswith("ministere ")), None)
        if role == "departement" and (council := _DEPARTMENT_COUNCIL.search(self.text)) is not None:
            return council.group()  # "le département" of "le conseil départemental de la Sarthe"
        text = fold(mention.text)  # "la société d'État", "les estimations de la société d'État"
        before = text[:text.rfind(role)] if role in text else ""
        if not before.endswith(("le ", "la ", "l'", "du ")):
            return None  # "une société", "cette entreprise": not the company already named
        if not self.lex.adjectival_names and head in self.lex.companies and (opening := self.company_opening_sentence_before(position)):
            return opening  # "Tissages Hennequin, l'un des derniers tisseurs …, va supprimer 35 postes à Golbey … Selon l'entreprise"
        text = self.text
        since = text.rfind("\n", 0, max(0, text.rfind("\n", 0, position) - 2)) + 1
        if not self.lex.adjectival_names and head in self.lex.companies \
                and (introduced := company_introduced_by_kind(text, position)) is not None and introduced in text[since:position]:
            return introduced  # "Le groupe américain General Electric va supprimer … Selon l'entreprise": that company
        if not self.lex.adjectival_names and role == "etablissement" \
                and (place := establishment_named_before(text, position, since)) is not None:
            return place[0]  # "Les urgences du centre hospitalier de Montauban … D'après l'établissement": that hospital
        if not self.lex.adjectival_names and role in ("syndicat", "agence", "office", "parc", "commission", "comite") \
                and (kind := named_by_its_kind(text[since:position], mention.role, position - since)) is not None:
            return kind  # "Le syndicat mixte du lac de Vassivière a validé … Selon le syndicat": that body
        if not self.lex.adjectival_names and " " not in role and (fuller := self.fuller_in_text(mention.role, position)) is not None \
                and fuller in text[since:position]:
            return fuller  # "… rattachée à l'université de Corse …, a indiqué l'université": that one, not a short form near it
        candidates = names_in(text[since:position], self.lex)
        # ("L'Agence française de lutte contre le dopage (AFLD) a suspendu …, a annoncé l'agence": the elided article off)
        if (own := next((ELIDED_ARTICLE.sub("", name) for _, name in reversed(candidates)
                         if fold(ELIDED_ARTICLE.sub("", name).split()[0]) == head), None)) is not None:
            # "La Banque sahélienne d'investissement (BSI) a annoncé … auprès de l'UEMOA. Selon la banque": its own noun
            if " " in own:
                return own  # "le Musée des Confluences"
            fuller = [m.group() for m in fuller_french_organisations(own.lower(), text, position) if m.group()[:1].isupper()]
            return fuller[-1].replace("\u00a0", " ") if fuller else next((n for n in reversed(earlier) if n.startswith(own + " ")), own)
        if not self.lex.adjectival_names and " " not in role \
                and (headed := fuller_name_pattern(mention.role[:1].upper() + mention.role[1:])).search(text, since, position) is None \
                and (whole := whole_name(headed, text[:since])) is not None:
            # "Selon le collectif" two paragraphs after "le Collectif des enseignants des universités d'État (CEUE)": the body
            # its noun heads, before any one-word name nearer ("universités d'État")
            return whole
        if not self.lex.adjectival_names and " " not in role and (inside := next(
                (name for _, name in reversed(candidates) if any(fold(w) == head and w[:1].isupper() for w in name.split()[1:])),
                None)):
            return inside  # "a annoncé le club" after "le Racing Club de Cholet-Mauges": the name holding its noun
        if not self.lex.adjectival_names:
            # "le secrétaire général du syndicat des universitaires (UASU) … Selon le syndicat": that body
            # (the whole role when it has a qualifier: "la fédération fidjienne" is not "la fédération irlandaise (IRFU)")
            written = r"[ \u00a0]".join(re.escape(word) for word in (mention.role or "").split())
            short_formed = re.compile(rf"\b{written}(?:[ \u00a0][a-zà-ÿ'’-]+){{{0 if ' ' in (mention.role or '').strip() else 1},6}}"
                                      rf"(?=[ \u00a0]+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z-]{{1,9}}\))")
            if (shortened := list(short_formed.finditer(text, 0, position))):
                return shortened[-1].group()
        if not self.lex.adjectival_names and len(role.split()) == 2 and role.split()[1].endswith(_NATIONALITY_ENDINGS) \
                and any(other != role.split()[1] and other.endswith(_NATIONALITY_ENDINGS)
                        for other in re.findall(rf"\b{re.escape(head)}\s+([a-z-]+)", fold(self.text))):
            return None  # "la fédération fidjienne" in an article that also has "la fédération irlandaise": no name nearby is it
        if not self.lex.adjectival_names and head in _TRADE_HEADS_FR and role.split()[1:2] and role.split()[1].startswith(("d'", "de", "du")):
            return None  # "le distributeur d'électricité": the trade says which company; a body named nearby need not be it
        for offset, name in reversed(candidates):
            if " " in name and not (head in self.lex.companies and name.split()[-1] in COMPANY_DESIGNATORS) \
                    and not (not self.lex.adjectival_names and head in self.lex.companies and name not in earlier
                             and self._company_opening_sentence(name, since + offset)) \
                    or name in self.common_words or self.full_name(name, since + offset) != name \
                    or (head != "agence" and canonical_source(name) is not None) \
                    or (name.endswith("ment") and text.startswith(",", since + offset + len(name))) \
                    or (" " not in name and name.endswith(("é", "ée", "és", "ées")) and text.startswith(",", since + offset + len(name))) \
                    or ("." in name and head in self.lex.companies) or is_first_name(name) \
                    or fold(name) in _STRESSED_PRONOUNS or _TOWN_NAME.search(name) \
                    or (not self.lex.adjectival_names and _LANDFORM_BEFORE_FR.search(text, max(0, since + offset - 24), since + offset)) \
                    or _INDEFINITE_ARTICLE_BEFORE.search(text, max(0, since + offset - 5), since + offset) \
                    or "©" in text[max(0, since + offset - 3):since + offset] \
                    or (not self.lex.adjectival_names and is_recipient(text, since + offset)) \
                    or _ROUTE_BEFORE.search(text, max(0, since + offset - 40), since + offset) \
                    or _named_storm(text, name) \
                    or (role in TERRITORIES and inside_quotation_marks(text, text.rfind("\n", 0, since + offset) + 1, since + offset)) \
                    or text[since + offset + len(name):since + offset + len(name) + 1] in ("–", "—") \
                    or (since + offset == 0 or text[since + offset - 1] == "\n") and (_KICKER_AFTER.match(text, since + offset + len(name))
                                                                                  or _LISTED_NOUNS_AFTER.match(text, since + offset + len(name))):
                # ("un correspondant de l'AFP. Selon le syndicat": no news agency is a union; "Concrètement, …": an
                # adverb; "que Heidi.news a pu consulter. … écrit la société": a news site is no company; "la
                # tempête Daniel": a first name alone names no body; "« Moi, j'y suis entrée à 19 ans »": a pronoun;
                # "sur la presqu'île du Malsaucy": a place;
                # "par Précigné et Parcé-sur-Sarthe": a town; "un Bruxellois": who someone is; "© RAM 05": a photo's
                # credit; "a indiqué à Fréquence Mistral": whom it was said to; "« Le RSA … nous coûtent »" for "le département":
                # someone's words name no territory's authority; "la ligne Namur–Luxembourg", "entre Ciney et
                # Arlon": a route's or a range's places; "Québec : un parc éolien …": a headline's topic; "Poussière, camions
                # et tirs de mine : …": nouns listed)
                continue
            if not self.lex.adjectival_names and (kind := fold(name.split()[0])) in _COURT_NOUNS and head not in _COURT_NOUNS:
                continue  # "la Cour supérieure ordonne … L'association étudiante dénonce": a court is no association
            if not self.lex.adjectival_names and head in self.lex.companies \
                    and TERRITORY_BEFORE_FR.search(text, max(0, since + offset - 16), since + offset):
                continue  # "La région Occitanie a versé une aide … L'entreprise affirme": the region is no company
            if not self.lex.adjectival_names and headline_topic(self, text, since + offset, name):
                continue  # "Réforme du rail\n\nLe syndicat dénonce …": the headline's topic, no body
            if not self.lex.adjectival_names and (kind := _THING_NOUN_BEFORE_FR.search(text, max(0, since + offset - 30), since + offset)) \
                    and not self._body_noun(fold(kind.group(1))):
                continue  # "des travaux à la centrale Mercier, a annoncé la société d'État": a plant's name, no company
            if not self.lex.adjectival_names and (whole := next((n for n in reversed(earlier) if n.endswith(" " + name)
                                                                 and not n.endswith((" de " + name, " du " + name, " des " + name))
                                                                 and n[:1].isupper() and " " in n.strip(" ")
                                                                 and not n.split()[1][:1].isupper()), None)):
                # "selon Santé publique France … indique l'agence": the speaker whose name it closes (but
                # "Coordination … de Thessalie": a place completes that name)
                return whole
            if not (name.isupper() or fold(name) in self.lex.organisations) \
                    and _ARTICLE_BEFORE.search(text, max(0, since + offset - 4), since + offset) \
                    and not (head in self.lex.organisation_nouns and _SUBJECT_OPENING.match(text, since + offset + len(name))
                             and _SENTENCE_ARTICLE_BEFORE.search(text, max(0, since + offset - 8), since + offset)):
                # "la France", "le Japon": a country ("la SNCB", "la Confédération paysanne" are not); but "Le
                # Medef a salué … L'organisation patronale estime": the sentence's subject, for a body
                continue
            if not self.lex.adjectival_names and (noun := _NOUN_BEFORE_NAME_FR.search(text, max(0, since + offset - 40), since + offset)) \
                    and (head not in self.lex.companies or noun.group("possessive")) \
                    and not self._body_noun(head_noun := fold(noun.group("noun"))) \
                    and head_noun not in self.lex.organisations and head_noun not in _COMPANY_EPITHETS:
                # "l'atterrisseur Vikas-2", "sa garantie G30": a thing the article names, no body (but "le
                # chocolatier Verhaegen" is a company, and so are "les laboratoires Hervel")
                continue
            if not self.lex.adjectival_names and noun is not None and not _same_kind(head, fold(noun.group("noun")), self.lex):
                continue  # "la société Norðurhaf … Selon le journal": a body of another kind
            if not self.lex.adjectival_names and noun is None and head in OUTLET_NOUNS_FR and name.isupper():
                continue  # "Selon la CGT, … Selon le journal": an acronym no outlet noun introduced, no newspaper
            if name[:1].isupper() and self._named_as_organisation(name):
                # The fuller form it had as a speaker: "Confédération" → "Confédération paysanne"; else its
                # fuller form in the text: "la CGPER (Confédération générale des planteurs … de La Réunion)"
                bracketed = re.search(rf"\((?P<name>{re.escape(name)}[ \u00a0][^()\n]{{3,90}})\)", text[:position]) \
                    if " " not in name else None
                if bracketed is None and not self.lex.adjectival_names and " " not in name and fold(name) in self.lex.organisations \
                        and len(fuller := {m.group() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}{_ADJECTIVES_AFTER}", text[:position])}) == 1:
                    found = fuller.pop()  # "L'institution de Francfort" after "La Banque centrale européenne"
                else:
                    found = next((n for n in reversed(earlier) if n.startswith(name + " ")),
                                 bracketed.group("name").replace("\u00a0", " ") if bracketed else name)
                if len(role.split()) == 2 and role.split()[1] in _SCOPES and role.split()[1][:-1] not in fold(found):
                    return None  # "Le laboratoire cantonal" is no "Office fédéral": a body of another scope
                return found
        if head in self.lex.companies:
            return self._legal_form_named_before(position)  # "Selon la société" after "… de Télé-Dents-du-Midi SA"
        return None

    def _body_noun(self, noun: str) -> bool:
        """Whether the folded NOUN introduces a body's name, in the singular or the plural ("les laboratoires Hervel")."""
        return any(form in self.lex.companies or form in self.lex.organisation_nouns
                   for form in ((noun, noun[:-1]) if noun.endswith("s") else (noun,)))

    def _named_as_organisation(self, name: str) -> bool:
        """Whether the article uses NAME at least once elsewhere than after a place preposition,
        and never with a role or a title around it ("Berthier, ancien capitaine", "M. Berthier")."""
        text, lex = self.text, self.lex
        outside_places = False
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if not (text[at - 1:at].isalnum() or text[at - 1:at] == "-" or text[end:end + 1].isalnum()):
                if not lex.adjectival_names and _EN_BEFORE.search(text, max(0, at - 4), at):
                    return False  # "Le CHU de Brive, en Corrèze, …": a place
                if (at == 0 or text[at - 1] == "\n") and (_KICKER_AFTER.match(text, end) or _DATELINE_AFTER.match(text, end)):
                    at = text.find(name, end)
                    continue  # "Corrèze : …" opening a headline names its topic, "Genève (DPA) - …" its place: no body
                before = text[max(0, at - 20):at].split()
                if before and (fold(before[-1]) in lex.roles or before[-1].rstrip(".") in lex.titles):
                    return False
                apposition = _APPOSITION_ROLE.match(text, end)
                if apposition is not None and fold(apposition.group(1)) in lex.roles:
                    return False
                if _AFTER_COMMON_NOUN.search(text, max(0, at - 30), at) and not _AFTER_SOURCE_PHRASE.search(text, max(0, at - 40), at):
                    return False  # "Son voisin, Jean-Pierre, …": a person in apposition (not "Selon la décision, X a …")
                outside_places = outside_places or _PLACE_BEFORE.search(text, max(0, at - 12), at) is None
            at = text.find(name, end)
        return outside_places

    def _person_for_elided_role(self, role: str, position: int) -> str | None:
        """"explique l'élu", "a estimé l'économiste": a singular role behind an elided definite
        article, with no complement, names the person of that role family just named (from the
        previous paragraph on, outside quotations)."""
        if fold(role.split()[0]) in self.lex.organisation_nouns:
            return None  # "selon l'organisme électoral": a body, not the person whose office it qualifies
        text = self.text
        paragraph = text.rfind("\n", 0, position)
        while paragraph > 0 and text[paragraph - 1] in "\n \t\u00a0":
            paragraph -= 1  # blank lines between paragraphs
        since = text.rfind("\n", 0, paragraph) + 1 if paragraph > 0 else 0
        quoted, opened = [], None
        for i in range(since, position):
            char = self.text[i]
            if char in "«“" and opened is None:
                opened = i
            elif char in "»”" and opened is not None:
                quoted.append((opened, i))
                opened = None
        return self._person_of_qualifier(role, position, since, quoted) or self.last_person_in_role(position, since, quoted, role)

    def _person_of_qualifier(self, role: str, position: int, since: int, quoted) -> str | None:
        """"l'élu centriste" after "X (Union centriste)" and "le sénateur socialiste Y": the last
        person named (from SINCE, outside quotations) whose apposition or role carries the qualifier."""
        words = fold(role).split()
        if len(words) != 2 or len(words[1]) < 5 or words[1] in ("general", "generale"):
            return None  # (not "l'avocat général" after "l'ancien directeur général X": one office, no qualifier)
        qualifier = words[1]
        for start, end, name in reversed(self.person_mentions):
            if start >= position or start < since:
                continue
            if any(a <= start < b for a, b in quoted):
                continue
            full = self.full_name(name, start)
            around = fold(self.text[end:end + 40].split(")")[0]) if self.text[end:end + 2].lstrip().startswith("(") else ""
            tied = [r for _, r, n in self.role_ties if n == full]
            if qualifier in around.split() or any(qualifier in r.split() for r in tied):
                return full
        return None
