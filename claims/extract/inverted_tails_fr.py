"""French: whether the words after an inverted reporting verb are short enough to be its subject (and an
adjunct), not a clause of its own ("…, a précisé le Service départemental … dans un communiqué")."""

from __future__ import annotations

import re

from claims.extract.drafts import word_count


def short_french_tail(tail: str, aux: str | None) -> bool:
    """Whether TAIL, after a French inverted reporting verb, is short enough to be its subject (and
    an adjunct), not a clause of its own."""
    tail = _CONTACTED_CLOSING.sub("", tail)  # "…, a confirmé la direction de X, contactée par nos soins"
    tail = _RELATIVE_SOURCE_CLOSING.sub("", tail)  # "…, a indiqué la direction de X, selon laquelle les résultats …"
    return word_count(tail.split(",", 1)[0]) <= 8 or word_count(_WRITTEN_IN_CLOSING.sub("", tail.split(",", 1)[0])) <= 8 or (
        # ("…, indique la chambre de commerce et d'industrie (CCI) de la Vienne dans son observatoire annuel, publié jeudi")
        (written := _WRITTEN_IN_CLOSING.search(tail.split(",", 1)[0])) is not None
        and word_count(_BRACKETS.sub("", tail[:written.start()])) <= 12) or (
        # "…, a précisé le Service départemental d'incendie et de secours du Var (Sdis 83) dans un communiqué"
        # (or then a short adjunct after a comma: "…, a annoncé mercredi le Syndicat des oléiculteurs du Nyonsais et
        # des Baronnies, à l'ouverture de la saison")
        ("," not in tail or _ADJUNCT_CLOSING_TAIL.search(tail) is not None) and _CAPITALISED_SUBJECT_FIRST.match(tail) is not None
        and _QUE_IN_TAIL.search(tail) is None
        and word_count(_PARENTHESES_IN_TAIL.sub(" ", _WRITTEN_IN_CLOSING.sub("", tail.split(",", 1)[0]))) <= 16) or (
        bool(aux) and (word_count(_BRACKETS.sub("", _DAY_FIRST.sub("", tail))) <= 14
                       # ("lundi soir le conseil départemental de la Mayenne à l'issue d'un vote en séance plénière")
                       or word_count(_BRACKETS.sub("", tail)) <= 18 and _OCCASION_IN_TAIL.search(tail) is not None
                       # ("jeudi soir la préfecture de La Réunion à l'issue d'une nouvelle réunion avec les collectifs contre
                       # la vie chère": a long occasion after a short subject)
                       or (occasion := _OCCASION_IN_TAIL.search(tail)) is not None and "," not in tail
                       and word_count(_BRACKETS.sub("", _DAY_FIRST.sub("", tail[:occasion.start()]))) <= 10
                       and _DEFINITE_FIRST.match(_DAY_FIRST.sub("", tail)) and _QUE_IN_TAIL.search(tail) is None
                       # ("lundi la direction de la santé et de la population (DSP) de la wilaya de Tizi Ouzou")
                       or word_count(_BRACKETS.sub("", _DAY_FIRST.sub("", tail))) <= 16 and "," not in tail
                       and _DEFINITE_FIRST.match(_DAY_FIRST.sub("", tail)) and _QUE_IN_TAIL.search(tail) is None)) \
        or _ROLE_THEN_NAME_TAIL.match(tail) is not None \
        or "," in tail and _WHAT_THE_SUBJECT_IS.match(tail.split(",", 1)[1]) is not None \
        and (_DEFINITE_FIRST.match(subject := _PLACE_FIRST.sub("", _DAY_FIRST.sub("", tail.split(",", 1)[0])))
             or _INDEFINITE_PLURAL_FIRST.match(subject)) \
        and word_count(_BRACKETS.sub("", subject)) <= 12 \
        or _INDEFINITE_PLURAL_FIRST.match(tail) is not None and _ADJUNCT_CLOSING_TAIL.search(tail) is not None \
        and word_count(_BRACKETS.sub("", tail.split(",", 1)[0])) <= 12 and _QUE_IN_TAIL.search(tail) is None \
        or _NAMED_BODY_DOCUMENT_TAIL.fullmatch(tail) is not None and word_count(_BRACKETS.sub("", tail)) <= 18 \
        or (bool(aux) and _ADJUNCT_CLOSING_TAIL.search(tail) is not None and _DEFINITE_FIRST.match(_DAY_FIRST.sub("", tail))
            # ("mercredi soir le ministère nigérien chargé de l'Action humanitaire, dans un bilan lu à la télévision …")
            and word_count(_DAY_FIRST.sub("", tail.split(",", 1)[0])) <= 12 and _QUE_IN_TAIL.search(tail) is None)


# How the outlet reached the subject, closing the tail: ", contactée par nos soins", ", joint par téléphone".
# (", citée par l'agence Algérie Presse Service (APS)": the agency that relayed it)
_CONTACTED_CLOSING = re.compile(r",\s*(?:contacté|joint|jointe|interrogé|sollicité|cité)e?s?(?:\s+(?:par|au)\s+[^,;:«»]{1,40})?\s*$")
# The subject's own statement in a relative clause closing the tail: ", selon laquelle …", ", pour qui …".
_RELATIVE_SOURCE_CLOSING = re.compile(r",\s*(?:selon|d['’]après|pour)\s+(?:laquelle|lequel|lesquels|lesquelles|qui)\s.*$", re.DOTALL)
_DEFINITE_FIRST = re.compile(r"(?:le|la|les|l['’])\s*\w")
_DAY_FIRST = re.compile(r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|midi|soir))?\s+")
_PLACE_FIRST = re.compile(r"^à\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+")  # ("à Port-au-Prince l'Union …": where, then who)
# ("vendredi la Société nouvelle des phosphates du Togo (SNPT) à l'issue de son conseil d'administration à Lomé")
# ("mardi soir à Casablanca l'Association marocaine des contrôleurs …": where it was said, before the subject)
_CAPITALISED_SUBJECT_FIRST = re.compile("(?:" + _DAY_FIRST.pattern[1:] + ")?(?:" + _PLACE_FIRST.pattern[1:] + ")?"
                                        r"(?:le|la|les|l['’])\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_OCCASION_IN_TAIL = re.compile(r"\s(?:à\s+l['’]issue\s+d|lors\s+d|en\s+marge\s+d|au\s+terme\s+d|dans\s+un\s+communiqué)")
# "… dans un rapport d'enquête rendu public mercredi": where the subject said it, closing the tail
# ("… dans son observatoire annuel": a survey too)
_WRITTEN_IN_CLOSING = re.compile(r"\s+dans\s+(?:un|une|son|sa|leur)\s+(?:rapport|communiqué|courrier|avis|message|lettre|note|décision"
                                 r"|observatoire|bilan|étude|enquête|baromètre)\b[^,;:«»]*$")
# "… , affirme un rapport de l'Union syndicale des personnels de greffe (USPG) rendu public mardi": a document of a
# body it names, and when it came out
_NAMED_BODY_DOCUMENT_TAIL = re.compile(
    r"(?:un|une|le|la|l['’])\s*(?:rapport|étude|enquête|note|bilan|communiqué|sondage|document)\s+(?:de|du|des|d['’])\s*"
    r"(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,;:«»]{0,100}?"
    r"(?:,?\s+(?:rendue?s?\s+publi(?:c|cs|que|ques)|publiée?s?|dévoilée?s?|diffusée?s?)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?"
    r"(?:\s+à\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)?)?")  # ("(ORES), rendu public mercredi à Toulouse")
_QUE_IN_TAIL = re.compile(r"\b(?:que|qu['’])", re.IGNORECASE)
_ADJUNCT_CLOSING_TAIL = re.compile(r"^[^,]*,\s*(?:à|au|aux|lors|dans|en|pendant|devant|après|avant|sur)\s[^,;:«»]{0,100}$")
_PARENTHESES_IN_TAIL = re.compile(r"\([^()]*\)")
# What the subject is, in apposition after it ("…, a annoncé lundi l'Union des enseignants haïtiens pour le progrès (UEHP), un
# syndicat qui revendique quelque 12 000 adhérents"): no clause of its own.
_WHAT_THE_SUBJECT_IS = re.compile(r"\s*(?:un|une)\s+[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?\s+"
                                  r"(?:qui|fondée?|créée?|basée?|installée?|associée?|rattachée?)\s")
# An indefinite plural subject ("…, affirment des chercheurs de l'Institut X (IPBC), dans une étude publiée …").
_INDEFINITE_PLURAL_FIRST = re.compile(r"des\s+[a-zà-ÿ]")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
# An inverted subject that is a role, then the person's name between commas, then an adjunct
# ("lundi le directeur général de l'Office national de l'huile (ONH), Paul Roux, lors d'une journée …").
_ROLE_THEN_NAME_TAIL = re.compile(
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir))?\s+)?"
    # ("peu avant minuit à Caracas la présidente du Conseil national électoral (CNE), Gladys Irazábal, sur la base de …")
    r"(?:(?:peu\s+|juste\s+)?(?:avant|après|vers)\s+(?:midi|minuit|\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?)\s+)?"
    r"(?:à\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+)?(?:le|la|l['’])\s*[a-zà-ÿ][^,;:«»]{2,120},"
    # (the body's second name in between: "de la communauté d'agglomération Béthune-Bruay, Artois-Lys Romane, Philippe Lesage")
    r"(?:\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){0,3},)?"
    # (or a rank: "le chargé de communication de la Protection civile, le lieutenant Karim Belaïd")
    r"\s*(?:(?:M\.|Mme|Dr|Me)\s+|(?:le|la)\s+(?:lieutenant|capitaine|commandant|colonel|général|sergent|adjudant|major"
    r"|lieutenant-colonel|commissaire)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,3}\s*(?:,|$)")
