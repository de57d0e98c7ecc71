"""French: who a statement was made to and who wrote the article are never its speaker. The
outlet or person after "au micro de", "contactée par", "a confié à", a name alone between
guillemets (a title) and the names of a byline line leave the person candidates; the apposition of the
previous claim's speaker, in its sentence, is that speaker."""

from __future__ import annotations

import re

from claims.extract.first_names import is_first_name
from claims.extract.mention_shapes import DAY_FR
from claims.extract.sources import canonical_source
from claims.extract.triggers import lowered
from claims.extract.types import SpeakerRef

# What names the outlet or the person a statement was made to, right before that name: "au micro
# d'ici Limousin", "contactée par L'Orient-Le Jour", "assure-t-il à La Voix du Nord", "a confié au
# quotidien Le Soir". The name after it is the recipient of speech, never a speaker.
_OUTLET_NOUN = r"(?:(?:quotidien|journal|hebdomadaire|magazine|mensuel|chaîne|radio|télévision|site|média|station|agence|antenne|radio\s+publique)\s+(?:[a-zà-ÿ]+\s+)?)?"
# ("auprès" first, the verb that may precede it looked at behind it: not two lookbehinds at every character)
_RECIPIENT_BEFORE = re.compile(
    r"(?:\bau\s+micro|\bà\s+l['’]antenne|\bsur\s+l['’]antenne|\bsur\s+les\s+ondes|\bdans\s+les\s+colonnes|\bauprès(?<!appris\sauprès)(?<!apprend\sauprès))"
    r"\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+)(?:ici\s+)?" + _OUTLET_NOUN + r"$"
    r"|\b(?:contacté|interrogé|joint|sollicité|interviewé|cité|rencontré|questionné)e?s?\s+(?:(?:par|au)\s+téléphone\s+)?par\s+(?:la\s+|le\s+|l['’])?"
    + _OUTLET_NOUN + r"$"
    r"|(?:-t)?-(?:il|elle|ils|elles|on)\s+(?:à|au|aux)\s+(?:la\s+|l['’]|ici\s+)?" + _OUTLET_NOUN
    + r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+(?:\d+\s+)?){0,3}$"  # ("explique-t-il à France 3 Normandie")
    r"|\b(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+(?:[a-zà-ÿ]+\s+)?(?:confié|déclaré|indiqué|expliqué|assuré|affirmé|raconté|précisé|"
    r"dit|répondu|témoigné|détaillé|souligné)e?s?\s+(?:à|au|aux)\s+(?:la\s+|l['’]|ici\s+)?" + _OUTLET_NOUN + r"$"
    # "explique à France 3 Pays de la Loire la directrice": a verb in the present, the outlet's name in words
    r"|\b(?:explique|confie|raconte|assure|affirme|indique|précise|déclare|dit|lance|souligne|insiste|estime|glisse|"
    r"résume|témoigne|détaille)(?:nt)?\s+(?:à|au|aux)\s+(?:la\s+|l['’]|ici\s+)?" + _OUTLET_NOUN
    + r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+(?:\d+\s+)?){0,3}$"
    # "lors d'une liaison par téléphone satellite avec Radio Mahana": whom the speaker talked with
    r"|\b(?:liaison|entretien|interview|conversation)\b[^,.;:!?«»]{0,40}?\savec\s+(?:la\s+|le\s+|l['’])?" + _OUTLET_NOUN + r"$",
    re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ«])")
# A site's name and its rubric near the top: "Actu Strasbourg | Faits divers – Justice".
_RUBRIC_LINE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^\n|]{0,40}\|[^\n]{1,80}")
# A name alone between guillemets is a title ("la «Tribune de Genève»", "« Bronzes de l'Himalaya »").
_QUOTED_TITLE_AROUND = re.compile(r".?[«“]\s?\|\s?[»”]")
# A byline line near the top: "Par Jeanne Roux, ici Gironde", "ABC / Par Paul Roux, le 3 mai".
_BYLINE_LINE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6}\s*/\s*)?(?:Par|De notre correspondante?|De notre envoyée? spéciale?)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^\n]{0,150}$")


# Every branch of _RECIPIENT_BEFORE holds one of these (lower case): a window without any cannot
# match, and the pattern, tried at every character of the window, costs ~50x this test.
# (Keep in step with the pattern: test_extract_scans generates windows from its words.)
_RECIPIENT_WORDS = ("micro", "antenne", "ondes", "colonnes", "auprès", "contact", "interrog", "joint", "interview",
                    "cité", "rencontr", "questionn", "-il", "-elle", "-on", "confi", "déclar", "indiqu", "expliqu", "assur",
                    "affirm", "racont", "précis", "dit", "répond", "témoign", "détaill", "soulign", "lance", "insiste",
                    "estime", "glisse", "résume", "liaison", "entretien", "conversation")


# A medium named by its kind right before a capitalised run: "à l'agence ", "à la radio publique ", "à la
# radio ici ", "au micro d'ici " (the public local stations, "ici Orléans").
MEDIUM_BEFORE = re.compile(r"\b(?:(?:[Aa]gence|radio|télévision|chaîne|quotidien|journal|site|magazine|hebdomadaire)"
                            r"(?:[ \u00a0]+(?!(?:de|du|des)[ \u00a0])[a-zà-ÿ]{4,}|[ \u00a0]+d['’]information)?|(?:radio[ \u00a0]+|\bà[ \u00a0]+|micro[ \u00a0]+d['’])ici)"
                            r"[ \u00a0]+(?:(?:La|Le|Les)[ \u00a0]+|L['’])?$")  # ("au quotidien La Voz del Valle Rosa Mendes": the title's article)


# A reporting verb and "à" before whom the words were for ("explique à", "a confié au").
# ("a raconté mardi à La Gazette de la Doire Elio Chenal": the day before whom)
_TO_BEFORE = re.compile(
    r"(?<![\w-])(?:expliqu|confi|racont|déclar|indiqu|précis|affirm|assur|soulign|témoign|lanc|gliss|résum|ajout|estim)"
    r"(?:e|é|ait|ent)[ \u00a0]+(?:" + DAY_FR + r"[ \u00a0]+)?(?:à|au)[ \u00a0]+(?:(?:La|Le|Les)[ \u00a0]+|L['’])?$"
    r"|(?<![\w-])dit[ \u00a0]+(?:à|au)[ \u00a0]+$")


def without_outlet_first(text: str, offset: int, name: str) -> tuple[int, str]:
    """French: "a déclaré à l'agence Reuters Lee Min-ji": a run of three capitalised words after a
    medium's noun opens with the outlet's one-word name; the person's name is the rest. So does a
    run after "à" with a listed first name inside ("à Fréquence Plus Bruno Chauvin")."""
    words = name.split()
    if len(words) >= 3 and _TO_BEFORE.search(text, max(0, offset - 40), offset) and (first := next(
            (k for k in range(1, len(words) - 1) if is_first_name(words[k])), len(words) - 2 if len(words) >= 4 else None)) is not None:
        # "explique à Fréquence Plus Bruno Chauvin": whom the words were for, then a first name and the person's name
        # (with no first name listed, the last two words of four: "a confié à Loop Haïti Wilner Joseph")
        rest = " ".join(words[first:])
        return offset + name.rfind(rest), rest
    if len(words) >= 3 and canonical_source(words[0]) is not None and MEDIUM_BEFORE.search(text, max(0, offset - 30), offset):
        # "a raconté à l'agence Reuters Hadiza Moussa": the agency's one-word name, then the person (from a listed
        # first name: "a déclaré à l'agence Reuters le Français Luc Merlet")
        rest = " ".join(words[1 if words[1][:1].isupper() else next((k for k in range(1, len(words)) if is_first_name(words[k])), 1):])
        return offset + name.rfind(rest), rest
    if len(words) < 2 or not MEDIUM_BEFORE.search(text, max(0, offset - 30), offset) \
            or (first := person_after_outlet(words)) is None:
        return offset, name
    rest = " ".join(words[first:])
    return offset + name.rfind(rest), rest


def person_after_outlet(words: list[str]) -> int | None:
    """Where the person's name starts in WORDS, a run of capitalised words after a medium's noun that opens with
    the outlet's name ("Ria Novosti Tatiana", "Reuters Salma"), or None when the run may be the outlet alone."""
    # ("à l'Agence Bénin Presse Casimir Gbaguidi": an outlet's name of two words, then a first name)
    first = next((k for k in range(1, len(words)) if is_first_name(words[k])), None)
    if first is not None:
        return first
    if canonical_source(words[0]) is not None:
        return 1  # "à l'agence Reuters Salma, une infirmière"
    if len(words) < 3:
        return None
    # ("au micro d'ici Loire Océan Gisèle Mahé": with no first name listed, a person's two words close the run;
    # not "au quotidien L'Écho des Crêtes": a title whose lower-case link would open the name)
    first = 1 if len(words) < 4 else len(words) - 2
    return first if words[first][:1].isupper() else None


# "Dans ce courrier, dont L'Hebdo a obtenu une copie, il affirme": the outlet that has the document.
_OBTAINED_A_COPY = re.compile(r"[ \u00a0]+(?:a|ont|avait|avaient)[ \u00a0]+(?:obtenu[ \u00a0]+(?:une[ \u00a0]+)?copie|pu[ \u00a0]+consulter|consulté)\b")


def is_recipient(text: str, offset: int) -> bool:
    """French: whether the name at OFFSET is who a statement was made to ("Interrogé par France
    Bleu, le maire …"): no role that follows it is theirs."""
    start = max(0, offset - 60)
    window = lowered(text, start, offset)
    if window is not None and not any(word in window for word in _RECIPIENT_WORDS):
        return False
    return _RECIPIENT_BEFORE.search(text, start, offset) is not None


def outside_bylines_and_recipients(text: str, mentions: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """French: the person mentions minus the names of a byline line in the article's first
    paragraphs (the journalist, their outlet; a site's name and rubric) and the recipients of a statement ("au micro de X",
    "contactée par X", "a confié à X") and outlets that have a document ("dont L'Hebdo a obtenu une
    copie"), which are never who speaks."""
    bylines = []
    start = 0
    for _ in range(6):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if _BYLINE_LINE.match(text, start, end) is not None or _RUBRIC_LINE.fullmatch(text, start, end) is not None:
            bylines.append((start, end))
        start = end + 1
        while start < len(text) and text[start] in "\n \t":
            start += 1
        if start >= len(text):
            break
    return [m for m in mentions if not any(a <= m[0] < b for a, b in bylines)
            and not is_recipient(text, m[0]) and not _OBTAINED_A_COPY.match(text, m[1])
            and not _QUOTED_TITLE_AROUND.match(text[max(0, m[0] - 2):m[0]] + "|" + text[m[1]:m[1] + 2])]


def recipients_to_previous_speaker(text: str, drafts, resolved) -> None:
    """French: a claim whose only mention is the outlet the previous claim of its sentence was told
    to ("« … », a-t-il déclaré à la radio publique X, tout en précisant que …") is that claim's
    speaker's."""
    for i in range(1, len(drafts)):
        draft, before = drafts[i], drafts[i - 1]
        if draft.mention is None or draft.mention.pronoun or resolved[i - 1] is None or draft.paragraph != before.paragraph:
            continue
        # (the inverted subject right after its verb first: "…, rapporte l'agence" after "a raconté à l'agence Reuters X")
        named = text.find(draft.mention.text, draft.position, draft.position + len(draft.mention.text) + 40)
        if named < 0:
            named = text.rfind(draft.mention.text, before.position, draft.position + len(draft.mention.text))
        if named < 0 or _SENTENCE_END.search(text, before.position, named):
            continue
        if _RECIPIENT_BEFORE.search(text[max(0, named - 80):named]):
            resolved[i] = resolved[i - 1]


def appositions_to_previous_speaker(drafts, resolved) -> None:
    """French: a claim whose mention is the apposition of the previous claim's subject, in the same sentence ("« … »,
    a déclaré à l'AFP Mamadou Ndiaye, un délégué de quartier, qui affirme que …") is that speaker's."""
    for i in range(1, len(drafts)):
        draft, before = drafts[i], drafts[i - 1]
        if draft.mention is None or before.mention is None or draft.mention.pronoun or resolved[i - 1] is None \
                or resolved[i - 1].kind != "person" or draft.sentence != before.sentence:
            continue
        if before.mention.text.endswith(", " + draft.mention.text.strip()):
            resolved[i] = SpeakerRef(resolved[i - 1].name, draft.mention.text, resolved[i - 1].role, "person")
