"""The roles an article ties to the names it gives: a title ("Gov. X"), a body led ("le gouvernement
de X"), a nationality ("le Norvégien X"), a role before the name ("la maire de Rennes, X") or in
apposition after it ("X, la présidente de …"), a defendant on trial; with the gender the words give."""

from __future__ import annotations

import re

from claims.extract.speaker_phrases import PLACE_NOUN_BEFORE, clean_phrase, role_in
from claims.extract.speakers import PREPOSITION_BEFORE, Lexicon, fold, names_in
from claims.extract.speaker_epithets import _ROLE_AFTER_ORDINAL
from claims.extract.speaker_french import (
    _ON_TRIAL_AFTER, _ONE_OF, _head_role,
)
from claims.extract.first_names import first_name_gender, is_first_name
from claims.extract.name_words import COMPANY_NAME_ENDINGS
from claims.extract.role_genders_fr import CIVIL_TITLE_BEFORE, TITLE_GENDERS, role_gender, role_phrase_gender
from claims.extract.speaker_scan import _APPOSITION_END, _CLAUSE_PUNCTUATION, _TITLE_BEFORE, _names_another_noun, _plural_role
from claims.extract.speech_recipients_fr import MEDIUM_BEFORE, is_recipient

# A role's other word, in apposition after it (", or turaga ni koro,").
_GLOSS = re.compile(r"\s+or\s+[a-z][\w\s'’-]{1,40}")
# English: a name owned by a name after a preposition ("of Parliament's Budget Committee").
_OWNED_AFTER_PREPOSITION = re.compile(r"\b(?:of|for|at|in)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){0,3}['’]s\s+$")
# A piece of a list of complements: "de la Souveraineté alimentaire", " et de l'Élevage".
_COMPLEMENT_OPENING = re.compile(r"\s*(?:et\s+)?(?:de\s+la|de\s+l['’]|de\s|du|des|d['’])\s*\S"
                                 # (or a place between commas: "Le gouverneur de la région de Piura, dans le nord du Pérou, X")
                                 r"|\s*(?:dans|en)\s+(?:le|la|les|l['’])\s*(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)\b")
# A capitalised nationality between a definite article and a name: "le Norvégien ", "l'Américaine ".
# (not across a line; not an acronym: "a déclaré à la RTBF Nathalie Dufour", told whom)
_DEMONYM_BEFORE = re.compile(r"(?:^|[\s(])(?:[Ll]e\s+|[Ll]a\s+|[Ll]['’])([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ][\w-]*)[ \u00a0]+$")
# "le gouvernement de ", "du gouvernement d'": a body, then the name of who leads it.
_LED_BODY_BEFORE = re.compile(r"\b(?:[Ll]e|du|au)\s+(\w+)\s+(?:de\s+|d['’])$")
# A French role ending with the preposition of its complement: the name after it completes the role.
_ROLE_OPENING_A_COMPLEMENT = re.compile(r"(?:\s(?:de|du|des)|\s[dl]['’]|\sde\s+la)$")
# English verbs whose object is a person or an outlet ("told Cornwall Live", "asked Jane Doe").
_VERBS_BEFORE_AN_AUDIENCE = frozenset(("told", "tells", "tell", "asked", "asks", "thanked", "thanks", "informed", "urged", "warned", "wrote"))
# An English verb in the past before its object ("A magistrate in Lusaka yesterday acquitted X").
_PAST_VERB_LAST_EN = re.compile(r"\s[a-z]{3,}ed$")
_COORDINATIONS = frozenset(("et", "ou", "and", "or"))
_BODY_NOUN_BEFORE = re.compile(r"\b(?:de\s+la|de\s+l['’]|du|des)\s*(?P<noun>[a-zà-ÿ-]+)\s+$")
_AGE_APPOSITION = re.compile(r",[ \u00a0]*\d{1,3}(?:[ \u00a0]+ans)?[ \u00a0]*(?=,)")
_CAPITALISED_COMPLEMENT = re.compile(r"\s(?:de|du|des|d['’])\s*(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_TITLE_IN_APPOSITION = re.compile(r",\s*([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{0,3})\.\s*$")
_FOR_THE_NOUN_CLOSING = re.compile(r"\s(?:for|representing)\s+the\s+[a-z]+\s*$")
# English: what joins a role to the role it serves ("spokesman for the minister", "counsel assisting the coroner").
_ROLE_COMPLEMENT_EN = re.compile(r"\s+(?:for|to|assisting|representing)\s+(?:(?:the|a|an)\s+)?(?:[\w'-]+\s+){0,2}")
# A title alone in apposition before the name, maybe after its article: " le Pr ", " Me ".
_TITLE_ONLY = re.compile(r"\s*(?:l[ea]\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{1,3}\.?\s*")
# French: a title written out in apposition before the name, with its article: " le professeur ".
_ACADEMIC_TITLE_FR = re.compile(r"\s*l[ea]\s+(?:professeure?|docteure?)\s*")


# French: an office won in an election, and its holder ("l'élection de X à la mairie de Hearst").
_WON_BEFORE = re.compile(r"\b(?:élection|réélection|victoire|investiture)[ \u00a0]+(?:de[ \u00a0]+|d['’])$")
_OFFICE_WON_AFTER = re.compile(r"[ \u00a0]+à[ \u00a0]+la[ \u00a0]+(mairie|présidence)\b")
_OFFICE_HOLDERS = {"mairie": "maire", "présidence": "president"}
_ELECTED_LATER = re.compile(r"\b(?:nouvel|nouvelle|nouveau)[ \u00a0]+élue?\b")
_ELECTION_WON_AFTER = re.compile(r"(?:,[^,.;«»]{1,60},)?[ \u00a0]+a[ \u00a0]+remporté[ \u00a0]+(?:[a-zà-ÿ]+[ \u00a0]+){0,2}"
                                 r"(?:l['’]élection|le[ \u00a0]+scrutin|la[ \u00a0]+partielle|le[ \u00a0]+second[ \u00a0]+tour)")

# French: the role a person was appointed or elected to, right after the name ("Hélène Marchetti désignée candidate de
# l'Alliance écologiste", "X élu président du conseil").
_APPOINTED_TO_FR = re.compile(r"[ \u00a0]+(?:désignée?|investie?|élue?|réélue?|nommée?|choisie?)[ \u00a0]+(?P<role>[a-zà-ÿ-]{4,})\b")


# A person's name in apposition right after a name ("…, Gilles Moreau").
_NAME_IN_APPOSITION_NEXT = re.compile(r",\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+")
# French: who made a work, by the participle of the making ("mis en scène par le Belge X", "réalisé par X").
_MAKERS_FR = {"mis en scene": "metteur en scène", "realise": "réalisateur", "ecrit": "auteur", "compose": "compositeur",
              "choregraphie": "chorégraphe"}
_MADE_BY_FR = re.compile(r"\b(?:(?P<work>mis\s+en\s+scène|réalisé|écrit|composé|chorégraphié)e?s?\s+par\s+"
                         # ("« Marée basse », un documentaire de la Monctonienne Annie Savoie": who made the film)
                         r"|(?:film|documentaire|long(?:\s+|-)métrage|court(?:\s+|-)métrage)\s+de\s+)"
                         r"(?:l[ea]\s+[A-ZÀ-ÖØ-Þ][\w-]*\s+|l['’])?$")


# French: an auxiliary right before a role word ("a jugé"): the word is the verb's participle.
_AUXILIARY_CLOSING_FR = re.compile(r"(?:^|\s)(?:a|ont|avait|avaient|aurait)\s+$")

def tie_roles(speakers, text: str, lex: Lexicon) -> None:
    """Add to SPEAKERS' role ties (and genders) what the words around each full name say."""
    for offset, name in speakers.full_names:
        if not lex.adjectival_names and is_recipient(text, offset):
            continue  # "Interrogé par France Bleu, le maire …": the maire is not France Bleu
        if name.split()[-1] in COMPANY_NAME_ENDINGS and " " in name and _NAME_IN_APPOSITION_NEXT.match(text, offset + len(name)):
            continue  # "l'ancien directeur général de l'office HLM Yonne Habitat Services, X": the office, X in the role
        if text[offset - 1:offset] == "(" and text.startswith(")", offset + len(name)) and not is_first_name(name.split()[0]):
            continue  # "conseillère municipale d'opposition (Étampes Citoyenne)": her list, no one holding the role
        before = text[max(0, offset - 80):offset]
        if not lex.adjectival_names and PLACE_NOUN_BEFORE.search(before):
            continue  # "le wali de la région Casablanca-Settat": a place, no one holding the role
        title = _TITLE_BEFORE.search(before, max(0, len(before) - 7)) if lex.title_roles else None
        if title is not None and title.group(1) in lex.title_roles:
            # "Gov. Arlene Whitcomb" … "The governor said"
            speakers.role_ties.append((offset, lex.title_roles[title.group(1)], name))
        if lex.led_bodies and (body := _LED_BODY_BEFORE.search(before, max(0, len(before) - 20))) is not None \
                and fold(body.group(1)) in lex.led_bodies:
            speakers.role_ties.append((offset, lex.led_bodies[fold(body.group(1))], name))  # "le gouvernement de X"
        demonym = _DEMONYM_BEFORE.search(before, max(0, len(before) - 30)) if not lex.adjectival_names else None
        if demonym is not None and fold(demonym.group(1)) not in lex.organisations:
            speakers.role_ties.append((offset, fold(demonym.group(1)), name))  # "le Norvégien Casper Ruud"
        if not lex.adjectival_names and _ELECTION_WON_AFTER.match(text, offset + len(name)) is not None \
                and _ELECTED_LATER.search(text, offset) is not None:
            # "Nathalie Charbonneau, candidate indépendante, a remporté dimanche l'élection partielle" … "la nouvelle élue"
            speakers.role_ties.extend((offset, elected, name) for elected in ("elu", "elue"))
        if not lex.adjectival_names and (appointed := _APPOINTED_TO_FR.match(text, offset + len(name))) is not None \
                and fold(appointed.group("role")) in lex.roles:
            speakers.role_ties.append((offset, fold(appointed.group("role")), name))  # "X désignée candidate" … "la candidate"
        if not lex.adjectival_names and (made := _MADE_BY_FR.search(before, max(0, len(before) - 40))) is not None:
            # "« La Cerisaie », mis en scène par le Belge Pieter Vandaele" … "a déclaré le metteur en scène"
            maker = _MAKERS_FR[" ".join(fold(made.group("work")).split())] if made.group("work") else "réalisateur"
            speakers.role_ties.append((offset, fold(maker), name))
        if not lex.adjectival_names and _WON_BEFORE.search(before, max(0, len(before) - 16)) \
                and (office := _OFFICE_WON_AFTER.match(text, offset + len(name))) is not None:
            # "la victoire de Josée Lacasse-Poirier à la mairie de Hearst" … "a déclaré la nouvelle mairesse"
            speakers.role_ties.append((offset, _OFFICE_HOLDERS[office.group(1)], name))
        if (titled := _TITLE_IN_APPOSITION.search(before)) is not None and titled.group(1) in lex.titles:
            before = before[:titled.start() + 1]  # "The Minister for Lands, Hon. X": the title's full stop ends no clause
        tail = _CLAUSE_PUNCTUATION.split(before)[-1]
        tail_words = tail.split(",")
        candidate = tail_words[-1] if tail_words[-1].strip() else (tail_words[-2] if len(tail_words) > 1 else "")
        if lex.adjectival_names and _GLOSS.fullmatch(candidate) and len(tail_words) > 2 and not tail_words[-1].strip():
            candidate = tail_words[-3]  # "The village headman, or turaga ni koro, Sitiveni Raikadroka": the role, then its gloss
        hit = role_in(candidate, lex, last=True)
        if hit is not None and not lex.adjectival_names and (first := role_in(candidate, lex)) is not None \
                and first[0] < hit[0] and _CAPITALISED_COMPLEMENT.search(candidate, first[0], hit[0]):
            hit = first  # "le ministre de … et de la Recherche scientifique, X": a word of the complement is no role
        if hit is not None and not lex.adjectival_names and _plural_role(hit[1], lex) and (first := role_in(candidate, lex)) is not None \
                and first[0] < hit[0] and not _plural_role(first[1], lex):
            hit = first  # "le secrétaire départemental du syndicat Union des policiers républicains, X": the secretary
        if hit is not None and len(tail_words) > 1 \
                and (candidate.strip()[:1].isupper() and " " not in candidate.strip() or _ACADEMIC_TITLE_FR.fullmatch(candidate)) \
                and (held := role_in(tail_words[-2], lex, last=True)) is not None and not _plural_role(held[1], lex) \
                and (role := clean_phrase(tail_words[-2][held[0]:], lex)) and len(role.split()) <= 4:
            # "The church's senior pastor, Bishop X", "le doyen de la faculté, le professeur X": the role before the
            # title, his too
            speakers.role_ties.append((offset, fold(role), name))
        if hit is None and len(tail_words) > 1 and _TITLE_ONLY.fullmatch(candidate) \
                and candidate.split()[-1].rstrip(".") in lex.titles:
            # "Le directeur général du CHU, le Pr X", "The Minister for Lands, Hon. X": the role
            # before the title in apposition
            candidate = tail_words[-2]
            hit = role_in(candidate, lex, last=True)
        if hit is None and not lex.adjectival_names:
            # "le ministre de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage, X": the
            # role before the list of its complements
            pieces = [p for p in tail_words if p.strip()]
            k = len(pieces) - 1
            while hit is None and k > 0 and _COMPLEMENT_OPENING.match(pieces[k]):
                k -= 1
                hit = role_in(pieces[k], lex, last=True)
                candidate = pieces[k] if hit is not None else candidate
        if hit is not None and not lex.adjectival_names and (head := _head_role(candidate, hit, lex)) is not None:
            hit = head  # "la veuve de l'ancien président, X": the widow, not the president
        if hit is not None and lex.adjectival_names and (first := role_in(candidate, lex)) is not None and first[0] < hit[0] \
                and _ROLE_COMPLEMENT_EN.fullmatch(fold(candidate), first[0] + len(first[1]), hit[0]):
            # "A spokesman for the minister, X", "Counsel assisting the coroner, X": the spokesman, the counsel
            hit = first[0], fold(candidate)[first[0]:hit[0] + len(hit[1])]
        if not lex.adjectival_names and (civil := CIVIL_TITLE_BEFORE.search(before, max(0, len(before) - 6))):
            speakers._note_gender(name, TITLE_GENDERS[civil.group(1)])  # "Mme X"
        if hit is not None and _AGENT_BEFORE.search(candidate, 0, hit[0]) and _VERB_NEXT.match(text, offset + len(name)):
            # "Interrogé par la présidente de la section, X a rejeté …": who asked him, not his role (but
            # "confirmée par le conseiller exécutif, X.": the name in apposition)
            hit = None
        if hit is not None and lex.adjectival_names and _FOR_THE_NOUN_CLOSING.search(candidate) \
                and (name.split()[-1] in COMPANY_NAME_ENDINGS or fold(name.split()[-1]) in lex.organisations):
            hit = None  # "Counsel for the landowner, Southern Rise Developments,": the body names the landowner, no counsel
        if hit is not None and not lex.adjectival_names and _AUXILIARY_CLOSING_FR.search(candidate, 0, hit[0]):
            hit = None  # "« … », a jugé Mireille Fontanel": a verb's participle ("jugé"), no judge
        if hit is not None and not lex.adjectival_names and MEDIUM_BEFORE.search(text, max(0, offset - 40), offset):
            hit = None  # "a déclaré le metteur en scène au quotidien régional L'Écho du Vaucluse": the outlet holds no role
        if hit is not None and not lex.adjectival_names and (gender := first_name_gender(name)) is not None \
                and role_gender(fold(hit[1]).split()[0], lex) not in (None, gender):
            hit = None  # "la présidente, Mourad X": a role whose form has the other gender is someone else's
        if hit is not None and not _plural_role(hit[1], lex):  # "Prosecutors said Graham Pettifer …"
            role = clean_phrase(candidate[hit[0]:], lex)
            if role and len(role.split()) <= (7 if lex.adjectival_names else 9) and all(
                PREPOSITION_BEFORE.search(role[:o]) or _ROLE_AFTER_ORDINAL.match(role, o + len(n))
                or _OWNED_AFTER_PREPOSITION.search(role, 0, o)  # "chairperson of Parliament's Budget Committee, X"
                or PLACE_NOUN_BEFORE.search(role, 0, o)  # "le wali de la région Casablanca-Settat, X"
                # "le directeur général de l'hôpital Laquintinie, X": the body's name after its noun
                or ((body := _BODY_NOUN_BEFORE.search(role, 0, o)) is not None and fold(body.group("noun")) in lex.organisation_nouns)
                or n.split()[-1] in COMPANY_NAME_ENDINGS and " " in n  # "… de l'office HLM Yonne Habitat Services, X"
                for o, n in names_in(role, lex)  # "Le Premier ministre Henri Castel"
            ) and not _names_another_noun(role, lex) and not _ROLE_OPENING_A_COMPLEMENT.search(role) \
                    and not (lex.adjectival_names and (role.rsplit(None, 1)[-1] in _VERBS_BEFORE_AN_AUDIENCE
                                                       or _PAST_VERB_LAST_EN.search(role) is not None)):
                # (not "un ancien trésorier de l'AS Koenigshoffen": the name completes the role; nor "The son of
                # the victim told Cornwall Live": whom the role spoke to; nor "magistrate … acquitted X": whom the role acquitted)
                speakers.role_ties.append((offset, fold(role), name))
                speakers.role_ties.extend((offset, part, name) for part in _compound_parts(fold(role), lex))
                if not lex.adjectival_names:  # "la maire de Rennes, X"
                    speakers._note_gender(name, role_phrase_gender(candidate[:hit[0]].split(), hit[1], lex))
        after = text[offset + len(name): offset + len(name) + 90]
        if lex.adjectival_names:
            speakers._note_english_epithets(offset, name, before, after)
        if not lex.adjectival_names and before.rstrip()[-1:] in ("", ",", ".", ":", "\n") \
                and (tried := _ON_TRIAL_AFTER.match(text, offset + len(name))):
            # "Cédric M., 44 ans, comparaissait jeudi …", "X est accusé de …": the defendant of the article
            feminine = tried.group("part") is not None and tried.group("part").rstrip().endswith("e")
            for role in (("prevenue", "accusee") if feminine else ("prevenu", "accuse")):
                speakers.role_ties.append((offset, role, name))
        if (age := _AGE_APPOSITION.match(after)) is not None:
            after = after[age.end():]  # "Gérard Fabre, 67 ans, maire de …": the role after the age
        tied_before = bool(speakers.role_ties) and speakers.role_ties[-1][0] == offset and speakers.role_ties[-1][2] == name
        if after.startswith(","):
            appos = _APPOSITION_END.split(after[1:], 1)[0]
            hit = role_in(appos, lex)
            if hit is not None and not lex.adjectival_names and hit[1] == "juge" \
                    and appos[hit[0]:hit[0] + len(hit[1]) + 1].rstrip().endswith("é"):
                hit = None  # "X, jugé devant le tribunal correctionnel": tried, no judge
            if hit is not None and (tied_before or lex.adjectival_names) \
                    and (_CLAUSE_VERB_AFTER_ROLE if lex.adjectival_names else _CLAUSE_VERB_AFTER_ROLE_FR).match(appos, hit[0] + len(hit[1])):
                # "the Leader of the Opposition, Reza Callychurn, the Minister said": the name's role came
                # before it; the role after it is the next clause's subject ("présidé par le juge X, la
                # prévenue s'est expliquée"; "… in Zambia's Copperbelt Province, the mine's owner said": no
                # comma before the verb, no apposition)
                hit = None
            words_before = appos[:hit[0]].split() if hit is not None else []
            one_of = [fold(w) for w in words_before] in _ONE_OF  # "X, l'une des fondatrices du collectif"
            if hit is not None and len(appos.split()) <= (9 if lex.adjectival_names else 12) and len(words_before) <= 3 and (
                one_of or not _plural_role(hit[1], lex)
            ) and not (
                words_before and (fold(words_before[0]) in lex.stops or fold(words_before[0]) in _COORDINATIONS
                                  or fold(words_before[0]) in _SOURCE_WORDS  # ("…, selon son avocat": his, someone else)
                                  or fold(words_before[-1]) in _OF_WORDS and not one_of)
            ):  # not "lors d'une conférence avec les analystes", nor "X, et le préfet du Nord, Y": someone else
                # (nor "X, petite-fille du fondateur": the role of someone else, her grandfather)
                role = clean_phrase(appos[hit[0]:], lex)
                if role:
                    speakers.role_ties.append((offset, fold(role), name))
                    speakers.role_ties.extend((offset, part, name) for part in _compound_parts(fold(role), lex))
                    if not lex.adjectival_names:  # "X, la présidente de …", "X, l'une des fondatrices"
                        speakers._note_gender(name, role_phrase_gender(words_before, hit[1], lex))
            for conjunct in _COORDINATED_ROLE.finditer(appos):
                # "X, arrière-petite-fille du fondateur et présidente de l'entreprise": each role is hers
                if (second := role_in(conjunct.group("role"), lex)) is not None and second[0] == 0 \
                        and (role := clean_phrase(conjunct.group("role"), lex)):
                    speakers.role_ties.append((offset, fold(role), name))


_CLAUSE_VERB_AFTER_ROLE = re.compile(r"(?:\s+(?:also|then|later))?\s+(?:said|says|told|added|announced|replied|insisted|warned|explained)\b")
_CLAUSE_VERB_AFTER_ROLE_FR = re.compile(r"\s+(?:s['’]est|se\s+[a-zà-ÿ]+|a|ont|est|sont|n['’]a|ne\s+[a-zà-ÿ]+)\s")
_OF_WORDS = frozenset(("de", "du", "des", "d'", "d’", "of"))
_SOURCE_WORDS = frozenset(("selon", "d'apres", "d’apres", "according", "pour"))
_VERB_NEXT = re.compile(r"[ \u00a0]+[a-zà-ÿ]")
_AGENT_BEFORE = re.compile(r"\b(?:par|by)\s+(?:la|le|les|l['’]|the|a|an|une?)?\s*$")
# A second role joined by "et"/"and" in an apposition, with no determiner of its own.
_COORDINATED_ROLE = re.compile(r"\s(?:et|and)\s+(?P<role>[a-zà-ÿ][\w'’-]*(?:\s+[^,;]*)?)")


def _compound_parts(role: str, lex: Lexicon) -> list[str]:
    """"president-fondateur de X": the person holds each role of the compound ("president de X",
    "fondateur de X"), for the role words of either family that name them later ("le dirigeant")."""
    first, _, rest = role.partition(" ")
    parts = first.split("-")
    if len(parts) != 2 or not all(p in lex.roles for p in parts):
        return []
    return [f"{p} {rest}".strip() for p in parts]
