"""French: a possessive description that no name completes ("son porte-parole", "sa voisine de
chambre", "selon ses organisateurs") names that description of its owner, written out: the owner is
the subject of the sentence the description closes ("Le parquet d'Annecy a ouvert une enquête, a
précisé son porte-parole": the spokesman of the parquet d'Annecy), or, for a description opening
its sentence, the person the sentence before quoted ("… témoigne Marc Lenoir. Sa voisine de chambre
affirme …")."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.first_names import is_first_name
from claims.extract.segments import sentence_start
from claims.extract.short_form_names_fr import of_as_written
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speakers import fold
from claims.extract.types import SpeakerRef

_OWNED = re.compile(r"(?P<possessive>[Ss]on|[Ss]a|[Ss]es)[ \u00a0]+(?P<noun>[a-zà-ÿ-]{3,}(?:[ \u00a0]+(?:de|d['’])[ \u00a0]*[a-zà-ÿ-]{3,})?)")
# A common noun opening the sentence, with its capitalised complement: "Le parquet d'Annecy", "Une
# pétition"; or a body's capitalised noun and its adjectives: "Le Ministère public vaudois".
_SUBJECT = re.compile(
    r"(?P<article>Le|La|Les|L['’]|Un|Une)(?:(?<=['’])[ \u00a0]*|[ \u00a0]+)(?P<head>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ-]{3,}"
    r"(?:[ \u00a0]+(?:public|publique|fédéral|fédérale|général|générale|national|nationale|cantonal|cantonale|régional|régionale"
    r"|[a-zà-ÿ]{2,}(?:ois|oise|ais|aise|ien|ienne|ain|aine))){1,2}"
    # ("La police fédérale de la route a recensé …, a indiqué son porte-parole": a body's adjective, then what it serves)
    r"|[a-zà-ÿ-]{3,}[ \u00a0]+(?:fédérale?|nationale?|municipale?)(?:[ \u00a0]+(?:de[ \u00a0]+la|du|des)[ \u00a0]+[a-zà-ÿ]{3,})?"
    r"|[a-zà-ÿ-]{3,})"
    r"(?P<complement>[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|de[ \u00a0]+|d['’]|du[ \u00a0]+|des[ \u00a0]+)"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)?(?=[ \u00a0,])")
_OWN_MANAGEMENT = re.compile(r"(?:[Ss]a|[Ll]eur)\s+direction(?:\s+générale)?")  # "sa direction générale"
# A noun phrase opening a sentence, then its verb ("L'intercommunale de soins Vivalia va fermer"); a name may open it,
# and an apposition follow it ("Tissages Hennequin, l'un des derniers tisseurs …, va supprimer").
_OPENING_NOUN_PHRASE = re.compile(
    r"(?P<np>(?:Le|La|Les|L['’])\s*[^,;:«»\n]{2,100}?|[A-ZÀ-ÖØ-Þ][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’-]*){0,4})"
    r"(?:,\s[^,;:«»\n]{2,150}?,)?\s+(?:a|ont|va|vont|est|sont|avait|avaient|sera|seront|doit|doivent|vient|viennent"
    r"|[a-zà-ÿ]{3,}(?:era|eront))\s")  # ("Le réseau hospitalier X fermera le 31 mars …")
# Someone else than the owner, or a work the owner signed (other passes read those).
_NOT_DESCRIPTIONS = frozenset(("homologue", "auteurs", "auteur", "travaux", "recherches", "conclusions", "calculs",
                               "estimations", "resultats", "entourage", "cabinet", "services", "equipe", "equipes"))
# The kinds of a group's body ("leur syndicat", "le collectif X", "l'Amicale des élèves").
_GROUP_KINDS = ("syndicat", "fédération", "association", "collectif", "intersyndicale", "amicale")
# A group's body by its noun: "leur syndicat", "leur principal syndicat".
_GROUP_BODY = re.compile(r"(?:[Ll]eurs?)[ \u00a0]+(?:principale?s?[ \u00a0]+)?(?P<noun>" + "|".join(_GROUP_KINDS) + ")")
_KIND_THEN_NAME = re.compile(
    r"\b[Ll](?:e|a)[ \u00a0]+(?P<kind>" + "|".join(_GROUP_KINDS) + r")(?:[ \u00a0]+[a-zà-ÿ'’-]+){0,4}"
    r"[ \u00a0]+(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)*)")
_CAPITALISED_KIND_NAME = re.compile(
    r"(?P<name>(?P<kind>" + "|".join(kind.capitalize() for kind in _GROUP_KINDS) + r")[ \u00a0][^(),.;:«»\n]{3,90}?)(?=[ \u00a0]*[(),.;:])")
# Who launched a petition or a campaign speaks as its organisers ("selon ses organisateurs").
_LAUNCHERS = frozenset(("organisateurs", "initiateurs", "promoteurs", "organisatrices", "initiatrices"))
_LAUNCHED_BY = re.compile(
    r"\b(?:lancée?s?|organisée?s?|initiée?s?|portée?s?)[ \u00a0]+(?:[a-zà-ÿ]+[ \u00a0]+){0,2}?par[ \u00a0]+"
    r"(?:la|le|les|l['’])[ \u00a0]*(?P<agent>[^,.;:«»]{2,80}?)(?=[ \u00a0]+(?:a|avait|ont|avaient|est|était|compte|comptait)\b|,)")
# A body the article names as the organiser: "l'association organisatrice, Rivotra Kanto", "l'organisateur, Live Events".
_NAMED_ORGANISER = re.compile(r"\borganisat(?:eur|rice)s?,?[ \u00a0]+([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)*)")
# What its launchers speak for, a feminine noun in the sentence: "Les parents ont lancé une pétition qui …".
_LAUNCHED_THING = re.compile(r"\b(?:une|la|cette)[ \u00a0]+(?P<thing>pétition|cagnotte|collecte|manifestation|marche|campagne|mobilisation)\b")
_OF_ARTICLE = {"le": "du ", "la": "de la ", "l'": "de l'", "les": "des ", "un": "du ", "une": "de la "}


def possessives_to_owners(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None], speakers=None) -> None:
    """Rewrite, in RESOLVED, the speakers of claims a possessive description without a name makes."""
    written_out: dict[str, str] = {}  # "sa porte-parole" → "la porte-parole du parquet de Liège"
    last_written = -1
    for i, draft in enumerate(drafts):
        mention, speaker = draft.mention, resolved[i]
        if speaker is not None and speaker.name in written_out:
            # "… a indiqué sa porte-parole. Selon elle, …": the pronoun's speaker, written out too
            resolved[i] = SpeakerRef(written_out[speaker.name], speaker.mention, speaker.role, speaker.kind)
            continue
        if speaker is None and mention is not None and mention.pronoun and 0 <= last_written == i - 1 \
                and drafts[last_written].paragraph == draft.paragraph:
            written = resolved[last_written]
            resolved[i] = SpeakerRef(written.name, mention.text, written.role, written.kind)
            continue
        if mention is None or mention.name or mention.pronoun:
            continue
        if (group_body := _GROUP_BODY.fullmatch(mention.text.strip())) is not None and draft.paragraph <= 2 \
                and (named := _body_named_after(text, fold(group_body.group("noun")), draft.position)) is not None:
            # "Les dockers … ont entamé une grève, a annoncé leur syndicat. / Le syndicat des travailleurs portuaires
            # ENEDEP a déclaré …": the union the article names next
            resolved[i] = SpeakerRef(named, mention.text, group_body.group("noun"), "organisation")
            continue
        if speakers is not None and _OWN_MANAGEMENT.fullmatch(mention.text.strip()) \
                and draft.sentence[0] == draft.spans[0][0] and draft.position > draft.spans[0][1] \
                and (body := _body_opening(text, draft.sentence[0], draft.spans[0][1], speakers.lex)) is not None:
            # "L'intercommunale de soins Vivalia va fermer 24 lits, a confirmé sa direction": the body speaks
            resolved[i] = SpeakerRef(body, mention.text, None, "organisation")
            continue
        owned = _OWNED.fullmatch(mention.text.strip())
        if owned is None or fold(owned.group("noun").split()[0]) in _NOT_DESCRIPTIONS:
            continue
        start, end = draft.sentence
        at = text.find(mention.text.strip(), start, end)
        if at < 0:
            continue
        if speakers is not None and fold(owned.group("noun")) in ("avocat", "avocate") and len(tied := {
                n for o, r, n in speakers.role_ties if r.split()[0] == fold(owned.group("noun"))}) == 1:
            # "l'avocat de M. Tazi, Me Mohamed Chraïbi, … a précisé son avocat": the one lawyer the article
            # names (a spokesperson named is often another body's: "son porte-parole" stays the subject's)
            resolved[i] = SpeakerRef(tied.pop(), mention.text, owned.group("noun"), "person")
            continue
        owner = None
        if fold(owned.group("noun")).startswith("organisat") and (organiser := _NAMED_ORGANISER.findall(text, 0, draft.start)):
            # "a annoncé l'association organisatrice, Rivotra Kanto. … selon ses organisateurs": that body
            resolved[i] = SpeakerRef(organiser[-1].replace("\u00a0", " "), mention.text, None, "organisation")
            continue
        if at > draft.spans[0][1] and fold(owned.group("noun")) in _LAUNCHERS \
                and (launched := _LAUNCHED_BY.search(text, start, at)) is not None \
                and any(c.isupper() for c in launched.group("agent")):  # (not "par le collectif": no one named)
            # "Une pétition lancée par l'association X avait recueilli …, selon ses organisateurs": X
            resolved[i] = SpeakerRef(launched.group("agent").replace("\u00a0", " "), mention.text, None, "organisation")
            continue
        if at > draft.spans[0][1] and fold(owned.group("noun")) in _LAUNCHERS \
                and (thing := _LAUNCHED_THING.search(text, start, at)) is not None:
            owner = (f"de la {thing.group('thing')}", thing.group("thing"))  # "… une pétition qui a recueilli …, selon ses initiateurs"
        elif at > draft.spans[0][1] and draft.spans[0][0] - start <= 1:
            owner = _subject_owner(text, start)  # "Le parquet d'Annecy a ouvert …, a précisé son porte-parole"
            if owner is not None and speakers is not None and not speakers.lex.names_someone(owner[1].split()[0]) \
                    and fold(owned.group("noun").split()[0]) in speakers.lex.roles \
                    and i > 0 and (before := resolved[i - 1]) is not None and before.kind == "organisation" \
                    and drafts[i - 1].paragraph == draft.paragraph:
                # "… a annoncé la Fédération des cégeps. La baisse dépasse 15 %, a précisé sa porte-parole": a
                # subject that owns no one; the body just quoted
                of = of_as_written(text, before.name) or ("d'" if fold(before.name[:1]) in "aeiouyh" else "de ")
                owner = (of + before.name, "")
            if owner is not None and speaker is not None and speaker.kind == "person" and speakers is not None \
                    and any(n == speaker.name and owner[1] in r for _, r, n in speakers.role_ties):
                continue  # the owner's own spokesman, named before
        elif at == start and i > 0 and (before := resolved[i - 1]) is not None and before.kind == "person" \
                and " " in before.name and before.name != before.role and drafts[i - 1].sentence[1] <= start \
                and "\n" not in text[drafts[i - 1].sentence[1]:start]:
            owner = (("d'" if fold(before.name[0]) in "aeiouyh" else "de ") + before.name, "")
        elif at == start and (opening := _previous_sentence_start(text, start)) is not None \
                and not any(other.sentence[0] == opening for other in drafts):
            owner = _subject_owner(text, opening)  # "Le ministère de l'Intérieur a démenti … Son porte-parole a assuré …"
            if owner is not None and speakers is not None and owner[1] in speakers.lex.roles:
                owner = None  # "Le maire, Jean Dubois, a démissionné. Son épouse a affirmé …": a person's relative, read elsewhere
        if owner is None:
            continue
        noun = owned.group("noun")
        if speaker is not None and not fold(speaker.name).startswith(("son ", "sa ", "ses ")) \
                and (speaker.kind != "person" or at == start or fold(noun) in fold(speaker.name)):
            continue  # resolved to a body ("ses promoteurs": the company), to someone named, or written out
        possessive = fold(owned.group("possessive"))
        article = "les " if possessive == "ses" else "l'" if fold(noun[0]) in "aeiouyh" else \
            "le " if possessive == "son" else "la "
        resolved[i] = SpeakerRef(f"{article}{noun} {owner[0]}", mention.text, noun, "person")
        last_written = i
        if speaker is not None:
            written_out[speaker.name] = resolved[i].name


def _body_opening(text: str, start: int, end: int, lex) -> str | None:
    """The name of the body whose noun phrase opens the sentence at START, up to its verb, else None."""
    opening = _OPENING_NOUN_PHRASE.match(text, start, end)
    mention = parse_mention(opening.group("np"), lex) if opening is not None else None
    if mention is None or mention.pronoun or not mention.name or is_first_name(mention.name.split()[0]):
        return None
    return mention.name


def _body_named_after(text: str, noun: str, position: int) -> str | None:
    """The first body of kind NOUN named within the two paragraphs after POSITION: its capitalised
    name ("Syndicat national des dockers … de Côte d'Ivoire"), or the name after its lower-case kind
    ("le syndicat des travailleurs portuaires ENEDEP")."""
    end = text.find("\n", text.find("\n", position) + 2)
    end = text.find("\n", end + 2) if end >= 0 else -1
    window = text[position:end if end >= 0 else len(text)]
    found = [(m.start(), m.group("name")) for pattern in (_KIND_THEN_NAME, _CAPITALISED_KIND_NAME)
             for m in pattern.finditer(window) if fold(m.group("kind")) == noun]
    return min(found)[1] if found else None


def _previous_sentence_start(text: str, start: int) -> int | None:
    """Where the sentence before the one at START opens, in the same paragraph, else None."""
    paragraph = text.rfind("\n", 0, start) + 1
    return sentence_start(text, start - 2) if start - 2 > paragraph else None


def _subject_owner(text: str, start: int) -> tuple[str, str] | None:
    """("du parquet d'Annecy", "parquet"): the common noun opening the sentence at START, as the
    complement of what it owns."""
    subject = _SUBJECT.match(text, start)
    if subject is None:
        return None
    article = fold(subject.group("article")).replace("’", "'")
    head = subject.group("head")
    of = "de l'" if article in ("le", "la", "un", "une") and fold(head[0]) in "aeiouyh" else _OF_ARTICLE[article]
    return f"{of}{head}{subject.group('complement') or ''}".replace("\u00a0", " "), fold(head)
