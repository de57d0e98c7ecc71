"""The speaker named right after an inverted reporting verb ("…, a déclaré le ministre X")."""

from __future__ import annotations

import re

from claims.extract.first_names import is_first_name
from claims.extract.lang import fr
from claims.extract.mention_shapes import OVERSEAS_CHANNEL
from claims.extract.name_contexts import JOINED_OFFICE_AFTER, PLACE_NOUNS_FR
from claims.extract.one_of_them_fr import ONE_OF_THEM
from claims.extract.speakers import Lexicon, Mention, fold
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speech_recipients_fr import person_after_outlet
from claims.extract.sources import canonical_source
from claims.extract.subject_appositions import name_given_in_clause
from claims.extract.subject_segments import DETERMINER_AFTER_ADJUNCT

_TOKEN_OR_COMMA = re.compile(r"[^\s,]+|,")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
# "a réagi sur X Lucie Ferrand": the network or channel where the speaker spoke, before the speaker.
_PLATFORM_FIRST = re.compile(
    r"\s*(?:sur|via|on)\s+(?:(?:son|sa|leur|his|her|their)\s+(?:compte|page|fil|profil|chaîne|blog|account|page|feed)\s+)?"
    r"(?:X|Twitter|Facebook|Instagram|TikTok|LinkedIn|Bluesky|Threads|YouTube|Telegram|"
    r"BFMTV|BFM\s+TV|LCI|CNews|TF1|RTL|RMC|franceinfo|France\s?Info|France\s+Inter|Europe\s+1|France\s+[2-5]|"
    + OVERSEAS_CHANNEL + r")(?=\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|(?:la|le|les|the)\s|l['’]))\s+")  # ("… Facebook la sauteuse X")
# A French medium's kind ("quotidien", "hebdomadaire", "chaîne").
MEDIUM_KINDS_FR = (r"(?:radio|télévision|chaîne|quotidien|journal|site(?:\s+d['’]information)?|magazine|(?:bi|tri)?hebdomadaire"
                   r"|(?:bi)?mensuel|agence)")
# A medium named by its kind, maybe with an adjective: "la radio publique ", "l'agence ", "au quotidien ".
_MEDIUM = r"(?:la\s+|l['’])?" + MEDIUM_KINDS_FR + r"(?:\s+(?!(?:de|du|des)\s)[a-zà-ÿ]{4,})?\s+"
_AUDIENCE_FIRST = re.compile(
    # "au micro de Star FM Colette, 79 ans,": a station closing on its kind, then a first name and its apposition
    r"^\s*(?:au\s+micro|à\s+l['’]antenne|sur\s+l['’]antenne|sur\s+les\s+ondes)\s+(?:de\s+|d['’])(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+)?"
    r"(?:FM|TV|Radio|Info)\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s*,)|"
    # "au micro de Bel RTL Mehdi Amrani", "au micro de RRB Élodie Kaloï": the outlet up to its capitals, then the person
    r"^\s*(?:au\s+micro|à\s+l['’]antenne|sur\s+l['’]antenne|sur\s+les\s+ondes)\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+)"
    # (not "au micro d'O2 Radio Mathieu Lacoste": the station's kind closes its name)
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+){0,3}?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ0-9]{2,6}\s+(?!(?:Radio|FM|TV|Info|Télé)\s)"
    r"(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])|"
    # "au micro de Vivacité Alain Thonon, délégué": a station's one or two words, then a person's two names
    r"^\s*(?:au\s+micro|à\s+l['’]antenne|sur\s+l['’]antenne|sur\s+les\s+ondes)\s+(?:de\s+|d['’])(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+){1,2}?"
    r"(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s*[,.])|"
    # "au micro de Radio Plus Nadia Belkacem": a radio named by its kind and one word, then the person
    # ("au micro de Radio Campus Orléans Yanis Ferreira,", "de Radio Pau d'Ousse Élodie Carrère,": a radio's name of three words)
    r"^\s*(?:au\s+micro|à\s+l['’]antenne|sur\s+l['’]antenne|sur\s+les\s+ondes)\s+(?:de\s+)(?:Radio|Télé)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+"
    r"(?:(?:d['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s*[,.]))?"
    r"(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])|"
    # "au micro de la radio Alizés FM le plasticien X": a station named by its kind, then the subject's determiner
    r"^\s*(?:au\s+micro|à\s+l['’]antenne|sur\s+l['’]antenne|sur\s+les\s+ondes)\s+de\s+la\s+(?:radio|télévision|chaîne)\s+"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ0-9][\w'’-]*\s+){1,3}?(?=(?:le|la|les|un|une|son|sa|ses|leur)\s|l['’])|"
    # "à Radio France Internationale (RFI) Voahangy X": an outlet and its short form, then the subject
    # ("à la Radio télévision suisse (RTS) un maraîcher": lower-case words inside the outlet's name)
    r"^\s*(?:à|au|aux)\s+(?:la\s+|l['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[\w'’-]+){0,4}\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,6}\)\s+(?=\S)|"
    # "à l'Agence Bénin Presse Casimir Gbaguidi, secrétaire …", "à la radio ici Orléans Thierry Vasseur,", "au micro
    # d'ici Gascogne Stéphane Darrigade,": an agency's or a station's name, then a person's two names
    # ("à Radio Continental Sur Carlos Medina,": a radio named without its article)
    r"^\s*(?:(?:à|au)\s+(?:l['’][Aa]gence|la\s+radio(?:\s+ici)?|ici|(?=Radio\s))|au\s+micro\s+d['’]ici)\s*(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+(?:[a-zà-ÿ]{4,}\s+)?){1,3}?(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+[,.])|"
    # "à France Info le ministre", "à La Nouvelle République une infirmière": two capitalised words, then the
    # subject's determiner
    # ("à France 3 Normandie une habitante": a channel's number between them)
    # ("à Radio Larzac son porteur": a possessive determiner)
    # ("à France Bleu Drôme Ardèche une passagère": a network's station, four words)
    # ("à Radio France internationale un habitant": its lower-case adjective)
    r"^\s*(?:à|au)\s+(?:[Ll]a\s+|[Ll]e\s+|[Ll]['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+(?:\d{1,2}\s+)?(?:(?:et|&)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*){1,3}\s+"
    # ("au Petit Toulonnais ce moniteur de plongée": a demonstrative)
    r"(?:(?:internationale|nationale|régionale|publique)\s+)?(?=(?:le|la|les|un|une|son|sa|ses|leur|ce|cet|cette)\s|l['’])"
    # ("à France 3 Grand Est la conservatrice": a channel's number, then a region of two words)
    r"|^\s*(?:à|au)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+\d{1,2}\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+"
    r"(?=(?:le|la|les|un|une|son|sa|ses|leur)\s|l['’])"
    # "au Courrier cauchois un riverain": a title and its lower-case adjective, then the subject's determiner
    r"|^\s*(?:à|au)\s+(?:[Ll]a\s+|[Ll]e\s+|[Ll]['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+[a-zà-ÿ]{4,}\s+(?=(?:le|la|les|un|une)\s|l['’])"
    # "auprès d'ici Drôme Ardèche une aide-soignante", "auprès du Dauphiné libéré un habitant": the same after "auprès de"
    # ("auprès du quotidien Le Parisien un plombier": the medium's kind and its title's article first)
    r"|^\s*auprès\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+)(?:(?:quotidien|journal|magazine|hebdomadaire|site|radio|chaîne)\s+)?"
    r"(?:ici\s+|(?:Le|La|Les)\s+|L['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*"
    r"|\s+[a-zà-ÿ]+){0,3}?\s+(?=(?:le|la|les|un|une)\s|l['’])"  # ("auprès de l'AFP le président de l'Alliance …": the first)
    # ("à La Gazette du Val-d'Oise une habitante": a paper's name with its place)
    r"|^\s*(?:à|au)\s+(?:[Ll]a\s+|[Ll]e\s+|[Ll]['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+(?=(?:le|la|les|un|une)\s|l['’])"
    # "explique à Fréquence Plus Bruno Chauvin, président de …": a medium's two-word name, then a person's two
    # names and their apposition
    r"|^\s*(?:à|au)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+"
    r"(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:,|\s*$))"
    # (not "à La Presse canadienne Isabelle Fortin": a title's article, no outlet's name)
    r"|^\s*(?:à|au|aux|to)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(?:(?!(?:La|Le|Les)\s)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*|franceinfo)(?:\s+TV)?\s+(?=\S)"
    # "à la radio Joy FM", "à la radio publique RNZ": a medium named by its kind, up to its capitals
    r"|^\s*(?:à|au)\s+" + _MEDIUM + r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,4}|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+\d+|\d+)\s+(?=\S)"
    # "a expliqué sur la radio 100,7 le président du comité": a station named by its frequency
    r"|^\s*(?:à|au|sur)\s+(?:la\s+)?radio\s+\d{2,3}(?:[,.]\d)?\s+(?=\S)"
    # "au journal Ouest-France Marie Dupuis", "à l'agence Reuters Lee Min-ji": a medium, its one-word
    # name, then the person's names
    r"|^\s*(?:à|au)\s+" + _MEDIUM + r"(?!(?:Le|La|Les)\s)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])"
    # "à L'Est républicain Sylvie Marchetti,", "au Républicain lorrain Paul Roux.", "à La Voix du Nord X Y,": a
    # title with its lower-case adjective or its "du Nord", then a person's two names
    # ("à L'Écho de Bourbon Marie-Josée Payet, 61 ans,")
    r"|^\s*(?:à|au)\s+(?:L['’]|La\s+|Le\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:du|de\s+la|des|de)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*|\s+[a-zà-ÿ]{4,})\s+"
    r"(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+[,.])"
    # "à l'agence Keystone-ATS une habitante de 74 ans": the medium's name, then the subject's determiner
    r"|^\s*(?:à|au)\s+" + _MEDIUM + r"(?!(?:Le|La|Les)\s)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+(?=(?:le|la|les|un|une)\s|l['’])"
    # "a confirmé à ici Cotentin le comité régional …": the local radio "ici …", then the subject's determiner
    r"|^\s*(?:à|au\s+micro\s+d['’])\s*ici\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?\s+(?=(?:le|la|les|un|une)\s|l['’])"
    # "a indiqué à nos confrères de Vosges Matin son responsable": another outlet, named as colleagues, then the subject
    r"|^\s*(?:à|aux)\s+(?:nos|ses)\s+confrères\s+(?:de\s+|du\s+|d['’])(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+){1,3}"
    r"(?=(?:le|la|les|un|une|son|sa|ses|leur)\s|l['’])"
    # "racontait à la gare de Cornavin une aide-soignante": where it was said, a place's name, then the subject's determiner
    r"|^\s*(?:à|devant)\s+(?:la\s+|le\s+|l['’])[a-zà-ÿ-]{3,}\s+(?:de\s+|du\s+|d['’])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+"
    r"(?=(?:un|une|le|la|les)\s|l['’])"
    # "a témoigné devant l'hôpital Purpan Céline Arnaudet, infirmière": where it was said, the place's one-word name, then
    # the person's two names
    r"|^\s*(?:à|devant)\s+(?:la\s+|le\s+|l['’])" + PLACE_NOUNS_FR
    + r"\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+[,.])"
    # "a réagi jeudi devant notre caméra Jean-Luc Vincent", "à notre micro une habitante": the outlet's own
    r"|^\s*(?:devant\s+(?:notre|nos)\s+(?:caméras?|micros?|objectif)|(?:à|au)\s+notre\s+micro|sur\s+notre\s+antenne|face\s+caméra)\s+(?=\S)")


# "à l'agence Ria Novosti Tatiana,", "au quotidien régional Le Courrier rhodanien Karim Belhadj,", "auprès du site
# d'information Casa Actu Salma,": a medium named by its kind, its title, then the person; or its kind alone, then
# the subject's determiner ("à l'agence un passager").
MEDIUM_BY_KIND = r"(?:à\s+|au\s+|auprès\s+(?:du\s+|de\s+|d['’]))" + _MEDIUM
# ("a reconnu mardi dans le quotidien Kathimerini un haut fonctionnaire": the paper it was said in)
_MEDIUM_BY_KIND = re.compile(r"\s*(?:" + MEDIUM_BY_KIND + r"|dans\s+(?:le\s+)?" + _MEDIUM + ")")
_TITLE_THEN_PERSON = re.compile(
    # ("au quotidien El Diario del Altiplano Marta Fuentes": a link word inside the title; "Le Républicain d'Albret": an
    # elided one)
    r"(?P<title>(?:(?:L['’]|La\s+|Le\s+|Les\s+|d['’])?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:[a-zà-ÿ]{4,}|de|del|des|du|di|da|do|dos|das)"
    r"(?=\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?\s+){1,4})"
    r"(?P<person>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){0,2})\s*(?:,|$)")
_TITLE_THEN_SUBJECT = re.compile(
    # ("au trihebdomadaire L'Écho de l'Adamaoua un étudiant": "de l'" inside the title)
    # ("auprès de la radio Mayotte 1ère un rescapé": a number in the title)
    r"(?:L['’]|La\s+|Le\s+|Les\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:(?:de\s+la|de|du|des)\s+|d['’]|de\s+l['’])?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|\d)[\w'’-]*){0,3}\s+"
    r"(?=(?:le|la|les|un|une|son|sa|ses)\s|l['’])")
_SUBJECT_DETERMINER = re.compile(r"(?:le|la|les|un|une|son|sa|ses|leur)\s|l['’]")


def _medium_by_kind(chunk: str) -> int | None:
    """Where the speaker starts after a medium named by its kind that opens CHUNK ("au quotidien Sud Ouest
    Patrick Rivière"), or None."""
    medium = _MEDIUM_BY_KIND.match(chunk)
    if medium is None:
        return None
    if _SUBJECT_DETERMINER.match(chunk, medium.end()):
        return medium.end()
    if (titled := _TITLE_THEN_SUBJECT.match(chunk, medium.end())) is not None:
        return titled.end()  # "à l'hebdomadaire L'Écho de Jonquière une résidente de la rue …": the title, then the subject
    named = _TITLE_THEN_PERSON.match(chunk, medium.end())
    if named is None:
        return None
    words = [w for w in re.finditer(r"\S+", chunk[medium.end():named.end("person")])
             if w.group()[:1].isupper() and w.group() not in ("Le", "La", "Les")]
    first = person_after_outlet([w.group() for w in words]) if len(words) >= 2 else None
    if first is None and len(words) == 2 and is_first_name(words[0].group()):
        first = 0  # "a déclaré au quotidien Hamid Benali, l'un des …": the medium named before, by its kind alone
    return medium.end() + words[first].start() if first is not None else None


def _audience_end(chunk: str) -> int | None:
    """The end of the outlet or audience opening CHUNK, the words after an inverted verb, or None."""
    by_kind = _medium_by_kind(chunk)
    if by_kind is not None:
        return by_kind
    audience = _AUDIENCE_FIRST.match(chunk) or _PLATFORM_FIRST.match(chunk)
    return audience.end() if audience is not None else None


def without_audience(tail: str) -> str:
    """TAIL, the words after an inverted verb, without the outlet or audience opening it ("à ici Cotentin le
    comité …" → "le comité …")."""
    end = _audience_end(tail)
    return tail[end:] if end is not None else tail


# After "et" inside an institution's name: "… et des Affaires étrangères", "… d'incendie et de secours".
# A second role after "and", then the person's name in apposition: " managing director, Sipho".
_SECOND_ROLE_THEN_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]")
_NAME_GOES_ON = re.compile(r"\s+(?:de|des|du|d['’])(?:\s+|(?<=['’]))[\wÀ-ÿ]")
_WORD_AFTER = re.compile(r"\s+([\wÀ-ÿ-]+)")
# French: a manner adjunct between an inverted verb and its subject: ", amer,", "amèrement".
# ("a lancé en riant Ginette Lafrance": a gerund)
_MANNER_AFTER_VERB = re.compile(r"\s*(?:,\s*(?P<word>[a-zà-ÿ-]{3,}),|(?!comment\b|moment\b)(?P<adverb>[a-zà-ÿ]+ment)|en\s+[a-zà-ÿ]{2,}ant)\s+(?=\S)")
_ADVERBS_AFTER_VERB = re.compile(
    r"\s*,?\s*(?:(?:encore|aussi|également|alors|ensuite|toutefois|pourtant|déjà|cependant|néanmoins|d['’]ailleurs|"
    # "glisse, sous couvert d'anonymat, le maire …", "a soufflé sur le quai Gambetta un proche du marin"
    r"sous\s+couvert\s+(?:d['’]|de\s+l['’])anonymat|"
    r"(?:sur|devant|dans)\s+(?:le|la|l['’])\s*(?:quai|place|parvis|port|marché|pont|plage|parking|rond-point)"
    r"(?-i:(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){1,3})|"
    # ("a annoncé mercredi dans un communiqué la police cantonale": where it was said)
    r"(?:dans|par)\s+(?:un|une|son|sa|le|la)\s+(?:communiqué|déclaration|courriel|courrier|message|lettre|note|rapport)(?:\s+(?:de\s+presse|commun|conjoint|officiel))?"
    # ("a indiqué dans un communiqué publié dans la soirée la présidence du Conseil", "affirme dans un rapport publié
    # mercredi l'association X": when it was put out)
    r"(?:\s+(?:publiée?|diffusée?|transmise?)\s+(?:dans\s+la\s+(?:soirée|matinée|journée|nuit)|en\s+fin\s+de\s+(?:journée|matinée)"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir))?))?|"
    # ("a estimé dans un entretien à L'Écho du Rhône le climatologue X": where it was said, and to whom)
    r"dans\s+(?:un|une|son|sa)\s+(?:entretien|interview)(?:\s+(?:accordée?\s+)?(?:à\s+(?:la\s+|l['’])?|au\s+)"
    r"(?:(?:quotidien|journal|hebdomadaire|magazine|radio|chaîne|site)\s+(?:[a-zà-ÿ]+\s+)?)?"
    r"(?-i:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+(?:(?:du|de|des|de\s+la)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*){0,3}))?|"
    r"pour sa part|de son côté|quant à lui|quant à elle|lui-même|elle-même|même|par\s+téléphone|au\s+téléphone|"
    # ("a confié dimanche à l'arrivée la jeune femme": where, in the race)
    r"à\s+l['’]arrivée|au\s+départ|à\s+l['’]issue\s+(?:de\s+la\s+course|du\s+match|de\s+la\s+rencontre)|"
    # "a déclaré jeudi Emmanuel Macron", "a assuré mardi soir le ministre", "a confirmé ce mardi l'échevine"
    # ("a annoncé lundi 23 novembre Brest métropole": the weekday's date)
    r"(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:1er|\d{1,2})\s+(?:"
    + "|".join(m for m in fr.MONTHS if m[-1] != ".") + r"))?(?:\s+(?:matin|midi|soir|après-midi))?"
    r"|ce\s+(?:matin|soir)"
    # ("a annoncé dans la soirée la haute autorité de la primaire": the time of day)
    r"|dans\s+la\s+(?:soirée|matinée|journée|nuit)|dans\s+l['’]après-midi|en\s+(?:soirée|matinée)"
    r"|en\s+(?:fin|début|milieu)\s+(?:de\s+(?:journée|soirée|matinée)|d['’]après-midi)"
    # ("a déclaré peu avant 3 heures du matin le porte-parole": the hour)
    r"|(?:(?:peu|juste)\s+)?(?:avant|après|vers)\s+(?:\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?|midi|minuit)(?:\s+du\s+(?:matin|soir))?"
    # ("a annoncé le 6 novembre le conseil départemental", "avait précisé la veille le comité régional")
    r"|le\s+(?:1er|\d{1,2})\s+(?:" + "|".join(m for m in fr.MONTHS if m[-1] != ".") + r")|la\s+veille|le\s+lendemain|l['’]avant-veille|le\s+même\s+jour|ce\s+jour-là"
    r")\s*,?\s+)+(?=\S)",
    re.IGNORECASE)
# French "ce jeudi", "cette semaine": when, after the inverted subject ("a annoncé la municipalité ce jeudi").
_TIME_AFTER_SUBJECT = re.compile(
    r"(?:ce|cet|cette)\s+(?:" + "|".join(fr.WEEKDAYS) + r"|matin|soir|midi|après-midi|week-end|weekend|semaine|mois|jour)\b"
    r"|(?:peu|juste|sitôt|aussitôt|immédiatement)\s+(?:après|avant)\b"  # ("la nouvelle présidente peu après l'annonce")
    # ("la direction de la maison d'opéra quelques heures avant le lever de rideau")
    r"|(?:quelques|deux|trois|plusieurs)\s+(?:minutes|heures|jours|semaines)\s+(?:après|avant|plus\s+tôt|plus\s+tard)\b")
# French: before whom or what it was said, then the inverted subject ("s'est félicité devant la Bourse du travail de
# Cotonou le secrétaire général …", "devant une école du quartier de Hay Mohammadi une mère de famille"): the subject's
# determiner after no preposition.
_IN_FRONT_OF_THEN_SUBJECT = re.compile(
    r"\s*devant\s+(?:(?:le|la|les|un|une|des)\s+|l['’])\s*[^,.;:!?«»]{1,60}?\s(?<!\bde\s)(?<!\bdu\s)(?<!\bdes\s)(?<!\bà\s)(?<!\bau\s)(?<!\baux\s)"
    r"(?<!\bpour\s)(?<!\bet\s)(?<!\ben\s)(?<!\bsur\s)(?=(?:le|la|les|un|une|son|sa|ses|leur)\s+[a-zà-ÿ]|l['’][a-zà-ÿ])")
# French: an occasion and maybe its day, then the inverted subject ("a martelé lors de l'audience de ce
# vendredi matin la procureure …"): the occasion's noun is no speaker.
_COURTROOM_THEN_NAME = re.compile(r"\s*(?:à\s+la\s+(?:barre|tribune)|devant\s+(?:le\s+tribunal|la\s+cour|les\s+jurés|les\s+juges))\s+"
                                  r"(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|(?:l['’]|le\s|la\s|les\s|un\s|une\s)(?!\d)\S)")  # ("l'une des prévenues")
_OCCASION_THEN_SUBJECT = re.compile(
    r"\s*(?:lors|au\s+cours|à\s+l['’]issue|à\s+la\s+sortie|au\s+sortir|au\s+terme|à\s+la\s+fin)\s+"
    # ("à la sortie de la projection officielle une spectatrice": an adjective after the occasion's noun; "à l'issue
    # d'une première rencontre le délégué": one before it)
    r"(?:de\s+la|de\s+l['’]|du|d['’]une?|de)\s*(?:(?:première|premier|dernière|dernier|nouvelle|nouveau|longue|brève|courte)\s+)?"
    r"[a-zà-ÿ-]+(?:\s+de\s+presse|\s+[a-zà-ÿ]+(?:el|elle|al|ale|ique|ière|ier|ée|é)(?=\s))?"
    r"(?:\s+(?:de\s+ce|de\s+cette|du|de)\s+(?:" + "|".join(fr.WEEKDAYS) + r"|matin|soir|après-midi|midi|jour|semaine)"
    r"(?:\s+(?:matin|soir|après-midi|midi))?)?"
    # ("lors d'une conférence de presse lundi à Metz le directeur …": its day and place)
    r"(?:\s+(?:" + "|".join(fr.WEEKDAYS) + r")(?:\s+(?:matin|soir|après-midi|midi))?)?(?-i:(?:\s+à\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)?)"
    r"\s+(?=(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|M\.|Mme)\s*\w)")
# French: a name after an adjunct of lower-case words, not right after a preposition ("à Paris" is where).
_NAME_AFTER_ADJUNCT = re.compile(
    r"\s*(?:[a-zà-ÿ’'-]+\s+){0,5}(?<!\bà )(?<!\bau )(?<!\baux )(?<!\ben )(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!\bdans )"
    r"(?<!\bsur )(?<!\bpar )(?<!\bchez )(?<!\bpour )(?<!\bvers )"
    # ("a lancé jeudi au micro Jean-Baptiste Olivari": a compound first name)
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ'’-]+(?:-[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-zà-ÿ'’]+)?[ \u00a0]+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
# French manner complements after the speaker: "d'une voix sourde", "d'un ton las", "d'un air grave".
# ("a fait savoir la mairie par arrêté", "… par communiqué": how it was said, no part of who)
_MANNER_COMPLEMENT = re.compile(r"d['’]une?\s+(?:voix|ton|air|souffle|trait|geste|sourire|haussement)\b"
                                r"|par\s+(?:arrêté|communiqué|voie\s+de\s+communiqué|courrier|courriel|écrit|e-?mail)\b", re.IGNORECASE)
# French: how the speaker looked or sounded, set off after the subject ("la voix nouée", "les larmes aux yeux").
_ABSOLUTE_MANNER_FR = re.compile(r"\s*(?:la|les|le)\s+(?:voix|gorge|mine|regard|visage|poing|main|mâchoire)\s+[a-zà-ÿ]+(?:ée?s?|ue?s?|ie?s?|ant)\b"
                                 r"|\s*les\s+larmes\s+aux\s+yeux\b")
# French: a place or time adjunct between commas, then the inverted subject ("au siège du parti à
# Sofia, la tête de liste …").
_PLACE_ADJUNCT_THEN_SUBJECT = re.compile(
    # ("a assuré mardi à Rennes, lors d'une conférence de presse, X": two adjuncts)
    r"(?:\s*,?\s*(?:au|aux|à|en|dans|sur|devant|lors\s+(?:d['’]\w+|de\s+la|du|des|de)|depuis|pendant)\s+[^,.;:!?«»]{1,50},\s+){1,2}"
    # ("a lancé au micro, samedi, sa porte-parole, X": a day after the place)
    r"(?:(?:" + "|".join(fr.WEEKDAYS) + r")(?:\s+(?:matin|soir|après-midi|midi))?,\s+)?"
    # ("a déclaré sur la scène du Grand Théâtre Lumière, visiblement ému, X": how the speaker was, after the place)
    r"(?:(?:[a-zà-ÿ]+ment\s+)?[a-zà-ÿ]{2,}(?:é|ée|és|ées|u|ue|us|ues|if|ive|eux|euse),\s+)?"
    r"(?=(?:le|la|les|l['’]|un|une|son|sa|ses|leur|M\.|Mme)\s*\w|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
# A short place adjunct, then the person's name closing the sentence or the clause.
_PLACE_THEN_NAME = re.compile(
    r"(?:sur|à|au|aux|en|dans)\s+[^,.;:!?«»\d]{1,30},\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+(?:de\s+|del\s+|da\s+|van\s+|von\s+|le\s+|la\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,3})"
    r"\s*(?=[.,;]|$)")


# French: a place or time adjunct, then "que": the verb's object clause, no inverted subject ("X, Y,
# a annoncé à la sortie de l'audience que …").
_ADJUNCT_THEN_COMPLEMENT_CLAUSE = re.compile(
    r"\s*(?:à|au|aux|lors|dans|en|sur|devant|après|avant|pendant|depuis|dès)\s[^,.;:!?«»]{0,60}?\s(?:que|qu['’])")


# "au maire chargé des affaires scolaires, Soifiane Ahamada Combo", "au maire de Cherbourg-en-Cotentin chargé du
# port, X": an office, then the name.
_OFFICE_THEN_NAME = re.compile(r"aux?\s+[a-zà-ÿ]+(?:\s+[\w'’-]+){0,7},\s+(?:(?:le|la)\s+(?:Dre?|Pre?|Me)\s+)?"  # (", la Dre X")
                               r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# A definite noun phrase without a capitalised word ("l'agriculteur", "le chauffeur du car").
_DEFINITE_ROLE_ONLY = re.compile(r"(?:le|la|l['’])\s*[^A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ,]+")
# A participle describing an indefinite speaker ("croisée", "rencontré", "présent", "interrogés").
_FRENCH_PARTICIPLE = re.compile(r"[a-zà-ÿ]{3,}(?:é|ée|és|ées)|présente?s?")


_MET_AT = re.compile(r"(?:rencontrée?s?|croisée?s?|interrogée?s?|venue?s?|bloquée?s?)")
_ORIGIN_NEXT = re.compile(r"\s+(?:de|d['’]|du|des)\b")
# A day of a month after the subject: "le 7 juin".
_DAY_OF_MONTH = re.compile(r"le\s+(?:\d{1,2}|1er)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b")

# "en" then the trade of a role before it ("un négociant en bestiaux", "un expert en sécurité"), not
# an adjunct ("en conférence de presse", "en marge du sommet", "en mars").
_FIELD_OF_A_ROLE = re.compile(
    r"en\s+(?!(?:conférence|marge|direct|séance|réunion|visite|déplacement|ligne|fin|début|plein|pleine|présence|réponse|"
    r"tête|substance|aparté|privé|public|amont|aval|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|cours|outre|effet|revanche|particulier|somme|tout|attendant|tant)\b)[a-zà-ÿ]{3,}\b")


# "l'Observatoire volcanologique et sismologique de Guadeloupe (OVSG)": the name goes on to its short form
_AND_UP_TO_SHORT_FORM = re.compile(r"\s+[^,.;:()«»\n]{1,60}?\s*\([A-ZÀ-ÖØ-Þ][A-Za-z]{1,7}\)")
_CAPITALISED_AFTER = re.compile(r"\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
# French: a town closing the phrase, one capitalised word (not an acronym: "à RFI"): " Rennes," after "à".
_SEAT_AFTER_FR = re.compile(r"\s+(?P<place>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-ÖØ-Þa-zà-ÿ][a-zà-ÿ]+)*)(?=\s*[,.;]|\s*$)")


# English: a role in lower case, maybe a title, then a name closing the sentence ("…, marine ecologist Dr Hana Rewiti.").
_ROLE_THEN_NAME_EN = re.compile(
    r"\s*(?P<whole>(?P<role>(?:[a-z][\w-]*\s+){1,3}?)(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*(?:[.!?]|$)")
# French: the press as the audience and the town, before an inverted subject ("à la presse à Kampala le directeur").
_PRESS_THEN_PLACE_FR = re.compile(
    r"\s*à\s+la\s+presse(?:\s+(?:locale|étrangère|internationale))?\s+(?:à|au)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+"
    r"(?=(?:le|la|les|l['’]|un|une|son|sa)\s*\w)")
# French: what the role's body is in the case, then the person's name: ", partie civile, Me Anne-Sophie Kervella."
_STANDING_THEN_NAME = re.compile(
    r"\s*(?:partie\s+civile|parties\s+civiles|plaignante?s?|demanderesse|défenderesse|intimée?),\s+(?:(?:Me|Mes|M\.|Mme|Dr|Pr)\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,3})\s*(?:[,.!?]|$)")
# French: where the role is, then the person's name: ", à Grand-Remous, Denis Lachapelle-Ross."
_PLACE_APPOSITION_THEN_NAME = re.compile(
    r"\s*(?:à|au|en)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:[\s-][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*,\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,3})\s*(?:[,.!?]|$)")


# French offices named with their field after "au"/"aux" ("le commissaire aux langues officielles", "l'adjointe aux
# sports"), and the fields they take (not an audience: "a dit le maire aux journalistes").
_OFFICES_WITH_A_FIELD = frozenset(("commissaire", "adjoint", "adjointe", "delegue", "deleguee", "conseiller", "conseillere"))
_BARE_NOUN_AFTER = re.compile(r"[ \u00a0]+([a-zà-ÿ]{3,})[ \u00a0]+[a-zà-ÿ]{3,}")  # ("et droits indirects": no determiner)
_FIELD_AFTER_A = re.compile(r"\s+(?:l['’]|la\s+)(?!(?:presse|radio|télévision|antenne|agence|chaîne|audience|barre|tribune|sortie|fin|veille"
                            r"|suite|issue|demande|question|réunion|séance|mairie|préfecture|assemblée)\b)[a-zà-ÿ]{4,}\b")
_FIELD_OF_OFFICE = re.compile(r"\s+(?!(?:journalistes|médias|élus|habitants|salariés|parents|riverains|agriculteurs)\b)[a-zà-ÿ]{4,}\b")


# French: a relative clause, then the name of what it describes closing the sentence ("la société d'économie
# mixte qui gère le site, la Semitour Périgord.").
# ("…, la société d'économie mixte qui l'exploite, Haute-Moselotte Loisirs.": the name without its article too)
_RELATIVE_THEN_NAMED = re.compile(r"qui\s[^,.;:«»]{1,60},\s+(?P<np>(?:(?:la|le|les|l['’])\s*)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,.;:«»]{1,60}?)\s*(?:[.;]|,\s+lors\s.*)?\s*$")


# A name's initials in brackets ("(FAG)"), and the link words its initials leave out.
_INITIALS_IN_BRACKETS = re.compile(r"\(([A-ZÀ-Þ]{2,8})\)")
_LINK_WORDS_FR = frozenset(("de", "des", "du", "d'", "d’", "la", "l'", "l’", "le", "les", "et", "en", "pour"))
# Prepositions a body's name may hold, its initials spelling them or not ("Regards sur la détention (RSD)").
_NAME_PREPOSITIONS_FR = frozenset(("à", "au", "aux", "sur", "sous", "contre", "sans", "dans", "par"))


def _initials_run_on(out: list[str], chunk: str, at: int, unbracketed: str) -> bool:
    """Whether the capitalised word after AT in CHUNK closes the name whose initials the brackets give, the words of OUT
    from its first capitalised one opening it ("Forces armées" + "Guyane" for "(FAG)")."""
    following = _WORD_AFTER.match(chunk, at)
    initials = _INITIALS_IN_BRACKETS.search(unbracketed)
    if following is None or not following.group(1)[:1].isupper() or initials is None:
        return False
    first = next((i for i, word in enumerate(out) if word[:1].isupper()), None)
    if first is None:
        return False
    words = [w for w in out[first:] if w.lower() not in _LINK_WORDS_FR] + [following.group(1)]
    return "".join(w[0] for w in words).upper() == initials.group(1)


def _words_up_to_initials(out: list[str], unbracketed: str) -> int:
    """How many words after OUT, up to the brackets, go on the name whose initials the brackets give
    ("l'association Regards" + "sur la détention" for "(RSD)"); 0 when they spell no such name."""
    initials = _INITIALS_IN_BRACKETS.search(unbracketed)
    first = next((i for i, word in enumerate(out) if re.split(r"['’]", word)[-1][:1].isupper()), None)
    if initials is None or first is None:
        return 0
    named = out[first:]
    words = unbracketed[:initials.start()].split()
    tail_start = next((k + len(named) for k in range(len(words) - len(named), -1, -1) if words[k:k + len(named)] == named), None)
    if tail_start is None or not 1 <= len(words) - tail_start <= 5 or any(not w.isalpha() for w in words[tail_start:]):
        return 0
    spelled = [re.split(r"['’]", w)[-1] for w in named + words[tail_start:] if w.lower() not in _LINK_WORDS_FR]
    for kept in (spelled, [w for w in spelled if w.lower() not in _NAME_PREPOSITIONS_FR]):
        if "".join(w[:1] for w in kept).upper() == initials.group(1):
            return len(words) - tail_start
    return 0


def mention_after(text: str, start: int, end: int, lex: Lexicon) -> tuple[Mention | None, int]:
    """The speaker named right after an inverted verb: `, a déclaré le porte-parole du Kremlin, Dmitri Peskov, lors …`."""
    chunk = text[start:end]
    if not lex.adjectival_names and _ADJUNCT_THEN_COMPLEMENT_CLAUSE.match(chunk):
        return None, start
    adverbs = _ADVERBS_AFTER_VERB.match(chunk)
    if adverbs:  # "affirmait encore lundi le préfet du Var, Paul Lenoir"
        chunk = chunk[adverbs.end():]
    manner = _MANNER_AFTER_VERB.match(chunk) if not lex.adjectival_names else None
    if manner is not None and fold(manner.group("word") or "") not in lex.pronouns:
        chunk = chunk[manner.end():]  # "résume, amer, un cadre du siège", "lâche amèrement le député"
    audience_end = _audience_end(chunk)
    if audience_end is not None:
        chunk = chunk[audience_end:]
    elif not lex.adjectival_names and (press := _PRESS_THEN_PLACE_FR.match(chunk)) is not None:
        chunk = chunk[press.end():]  # "a déclaré à la presse à Kampala le directeur …": whom to and where, then who
    if not lex.adjectival_names and (courtroom := _COURTROOM_THEN_NAME.match(chunk)) is not None:
        chunk = chunk[courtroom.end():]  # "a témoigné à la barre Moussa Diarra, un ancien locataire": where, then who
    elif not lex.adjectival_names and (before_whom := _IN_FRONT_OF_THEN_SUBJECT.match(chunk)) is not None:
        chunk = chunk[before_whom.end():]
    elif not lex.adjectival_names and (adjunct := _PLACE_ADJUNCT_THEN_SUBJECT.match(chunk)) is not None:
        chunk = chunk[adjunct.end():]  # "a déclaré dimanche soir, au siège du parti à Sofia, l'ancien ministre X"
    if not lex.adjectival_names and (occasion := _OCCASION_THEN_SUBJECT.match(chunk)) is not None:
        chunk = chunk[occasion.end():]
    first = chunk.split(None, 1)[0] if chunk.strip() else ""
    if fold(first) in lex.stops or (first == "face" and not lex.adjectival_names):
        # "a lancé jeudi la Première ministre …", "a réagi sur X le député …", "a déclaré face à notre
        # caméra la conseillère …": an adjunct first.
        determiner = DETERMINER_AFTER_ADJUNCT.search(chunk)
        if determiner:
            chunk = chunk[determiner.start("np"):]
        elif not lex.adjectival_names and (named := _NAME_AFTER_ADJUNCT.match(chunk)) is not None:
            chunk = chunk[named.start("name"):]  # "a lancé lundi en conseil municipal Patrick Fontaine, conseiller …"
    if lex.adjectival_names and " who " in chunk and (given := name_given_in_clause(chunk, lex)) is not None:
        return given, start
    # "a reconnu le meneur villeurbannais (22 points, 7 passes), élu …": a parenthesis is no part of the phrase
    unbracketed = chunk  # (the brackets' short form says where a body's name ends)
    chunk = _PARENTHESIS.sub("", chunk) if "(" in chunk else chunk
    out = []
    described_by_participle = False
    initialled = 0  # words still to take, up to the initials in brackets
    for match in _TOKEN_OR_COMMA.finditer(chunk):
        token = match.group()
        if initialled:
            initialled -= 1
            out.append(token)
            continue
        if token == ",":
            rest = chunk[match.end():].lstrip()
            nxt = rest.split(" ", 1)[0] if rest else ""
            if out and not lex.adjectival_names and ((placed := _PLACE_APPOSITION_THEN_NAME.match(chunk, match.end())) is not None
                                                     or (placed := _STANDING_THEN_NAME.match(chunk, match.end())) is not None):
                # "le propriétaire de la Pourvoirie du Pin-Rouge, à Grand-Remous, Denis X", "l'avocate de l'association X,
                # partie civile, Me Y": where, or what the body is in the case, then who
                out += [",", placed.group("name")]
                break
            if out and lex.adjectival_names and nxt[:1].islower() and (held := _ROLE_THEN_NAME_EN.match(chunk, match.end())) is not None \
                    and fold(held.group("role").split()[-1]) in lex.roles:
                out += [",", held.group("whole")]  # "said the study's lead author, marine ecologist Dr Hana Rewiti."
                break
            if out and not lex.adjectival_names and _ABSOLUTE_MANNER_FR.match(chunk, match.end()):
                break  # "a affirmé à la barre le prévenu, la voix nouée": how he spoke, no apposition
            if not nxt or not (nxt[:1].isupper() or fold(nxt).rstrip("'’") in lex.bare_determiners
                               or (not lex.adjectival_names and fold(nxt)[:2] == "l'")):  # ", l'ancien ministre X"
                break
            if not lex.adjectival_names and nxt in ("un", "une") and ONE_OF_THEM.fullmatch(" ".join(out)):
                out = []  # "a lancé l'un d'eux, un enseignant de Caaguazú": who that one is
                continue
            if not lex.adjectival_names and nxt in ("un", "une") and _DEFINITE_ROLE_ONLY.fullmatch(" ".join(out)):
                break  # "a confié l'agriculteur, un homme de 52 ans domicilié à …": who he is, no other speaker
            if not lex.adjectival_names and nxt in ("un", "une") and fold(out[0]) in ("des", "les", "plusieurs"):
                break  # "affirment des chercheurs de l'Institut X, un laboratoire toulousain …": what their body is
            out.append(",")
            continue
        bare = token.rstrip(".;:!?»\"”")
        if out and _MANNER_COMPLEMENT.match(chunk, match.start()):
            break  # "explique le prévenu d'une voix sourde": how, not who
        if out and not lex.adjectival_names and (_TIME_AFTER_SUBJECT.match(chunk, match.start())
                                                 or _DAY_OF_MONTH.match(chunk, match.start())
                                                 or bare in fr.WEEKDAYS and not out[-1][:1].isupper() and not described_by_participle):
            break  # ("a assuré l'état-major norvalien le 7 juin", "a indiqué la métropole mardi": when, no part of who)
        if out and bare == "et" and (_NAME_GOES_ON.match(chunk, match.end()) or not lex.adjectival_names
                                     and "(" not in unbracketed[:match.end()] and _AND_UP_TO_SHORT_FORM.match(unbracketed, match.end())):
            out.append(bare)  # "le ministère de l'Europe et des Affaires étrangères"
            continue
        if out and bare == "et" and (pair := _WORD_AFTER.match(chunk, match.end())) is not None \
                and len(out[-1]) >= 5 and fold(pair.group(1))[:5] == fold(out[-1])[:5]:
            out.append(bare)  # "l'Association des infirmières et infirmiers de l'Ontario": one name, both genders
            continue
        if out and bare == "et" and not lex.adjectival_names and out[-1].isalpha() and out[-1].islower() \
                and (pair := _WORD_AFTER.match(chunk, match.end())) is not None and pair.group(1).islower() \
                and len(out[-1]) >= 6 and fold(pair.group(1))[-4:] == fold(out[-1])[-4:] \
                and any(re.split(r"['’]", w)[-1][:1].isupper() and fold(re.split(r"['’]", w)[-1]) in lex.organisations for w in out[:2]):
            out.append(bare)  # "l'Observatoire volcanologique et sismologique de Martinique": two adjectives of one name
            continue
        if out and bare == "and" and lex.adjectival_names and fold(out[-1]) in lex.roles \
                and _SECOND_ROLE_THEN_NAME.match(chunk, match.end()):
            out.append(bare)  # "said Umhlaba's founder and managing director, Sipho Ndlovu": one person's two roles
            continue
        if out and bare in ("and", "&") and JOINED_OFFICE_AFTER.match(chunk, match.start() - 1):
            out.append(bare)  # "said Electricity and Water Affairs Minister Dr Khalid Al Mannai"
            continue
        if out and not lex.adjectival_names and bare in ("au", "aux") and re.split(r"['’]", fold(out[-1]))[-1] in lex.roles \
                and _OFFICE_THEN_NAME.match(chunk, match.start()):
            out.append(bare)  # "l'adjoint au maire chargé des affaires scolaires, X": the office goes on
            continue
        if out and not lex.adjectival_names and bare in ("au", "aux") and re.split(r"['’]", fold(out[-1]))[-1] in _OFFICES_WITH_A_FIELD \
                and _FIELD_OF_OFFICE.match(chunk, match.end()):
            out.append(bare)  # "le commissaire aux langues officielles du Nouveau-Brunswick": the office's field
            continue
        if out and not lex.adjectival_names and bare == "à" and any(re.split(r"['’]", fold(w))[-1] in _OFFICES_WITH_A_FIELD for w in out[-2:]) \
                and (out[-1][:1].islower() or out[-1][:2] in ("l'", "l’")) and _FIELD_AFTER_A.match(chunk, match.end()):
            out.append(bare)  # "le délégué académique à l'enseignement technique": the office's field
            continue
        if out and bare == "en" and not lex.adjectival_names and fold(out[0]) in ("un", "une") \
                and (fold(out[-1]) in lex.roles or len(out) == 2 and out[1].isalpha() and out[1].islower()) \
                and _FIELD_OF_A_ROLE.match(chunk, match.start()):
            out.append(bare)  # "a affirmé un négociant en bestiaux de Saint-Yrieix": the role's trade
            continue
        if out and bare in ("en", "et") and not lex.adjectival_names and out[-1][:1].isupper() \
                and _CAPITALISED_AFTER.match(chunk, match.end()) and (
                    any(fold(re.split(r"['’]", w)[-1]) in lex.organisation_nouns
                        for w in (out[len(out) - out[::-1].index(","):] if "," in out else out)[:2])  # ("son exploitant, l'association X")
                    or bare == "et" and len(out) >= 2 and out[-2] in ("des", "du")):
            # "a annoncé l'asbl Meuse en Scène", "l'ONG togolaise Mer et Villages", "la direction régionale des Eaux et
            # Forêts": inside the body's name
            out.append(bare)
            continue
        if out and bare == "à" and not lex.adjectival_names and (seat := _SEAT_AFTER_FR.match(chunk, match.end())) is not None \
                and (out[-1][:1].isupper() or out[-1][2:3].isupper()) and canonical_source(seat.group("place")) is None \
                and any(fold(w) in lex.roles or fold(w) in fr.MANAGEMENT_WORDS for w in out[:3]):
            out.append(bare)  # "une porte-parole de la SNCF à Rennes, qui …": the body's office in that town, part of who
            continue
        if out and bare == "à" and not lex.adjectival_names and chunk.startswith(" domicile", match.end()):
            out.append(bare)  # "l'intersyndicale de l'aide à domicile du Nord": one trade
            continue
        if out and bare == "en" and not lex.adjectival_names and _CAPITALISED_AFTER.match(chunk, match.end()) \
                and any(w[:1].isupper() or w[2:3].isupper() for w in out[1:]) \
                and any(fold(re.split(r"['’]", w)[-1]).split("-")[-1] in lex.organisations for w in out[:2]):
            # "le collectif Scènes d'été en Bretagne", "le haut-commissariat de la République en Polynésie
            # française", "la direction de l'Aviation civile en Nouvelle-Calédonie": the body's territory, in its name
            out.append(bare)
            continue
        if out and bare == "en" and not lex.adjectival_names and (chunk.startswith(" chef", match.end())
                                                                   or chunk.startswith(" scène", match.end())):
            out.append(bare)  # "la médecin-hygiéniste en chef de la province, la Dre X", "le metteur en scène": one office
            continue
        if out and bare == "et" and not lex.adjectival_names and out[-1].isalpha() and out[-1].islower() \
                and (after := _BARE_NOUN_AFTER.match(chunk, match.end())) is not None and fold(after.group(1)) not in lex.stops \
                and any(w[:1].isupper() and fold(w) in lex.organisations for w in out[1:3]):
            out.append(bare)  # "la Direction générale des douanes et droits indirects": both fields of one body's name
            continue
        if out and not lex.adjectival_names and fold(out[0]) in ("un", "une") and bare.lower() in ("devant", "derrière"):
            break  # "a lancé un délégué devant les grilles": where he spoke, no part of who
        if fold(bare) in lex.stops and not lex.adjectival_names and described_by_participle:
            out.append(bare)  # "une mère de famille croisée mercredi près du centre": where she was met, part of who
            continue
        if out and not lex.adjectival_names and fold(out[0]) in ("un", "une") and _MET_AT.fullmatch(bare.lower()) \
                and not chunk.startswith(" par ", match.end()) \
                and not (bare.lower().startswith("venu") and _ORIGIN_NEXT.match(chunk, match.end())):
            # (but "un abonné venu de Maastricht": where he is from, part of who)
            break  # "une aide-soignante de Château-du-Loir rencontrée en gare du Mans": where she was met, no part of who
        if out and not lex.adjectival_names and fold(out[0]) in ("un", "une") and _FRENCH_PARTICIPLE.fullmatch(bare.lower()):
            described_by_participle = True
        if out and bare == "en" and not lex.adjectival_names and _initials_run_on(out, chunk, match.end(), unbracketed):
            out.append(bare)  # "l'état-major des Forces armées en Guyane (FAG)": the place is in the name its initials give
            continue
        if bare == "et" and not lex.adjectival_names and len(out) >= 2 and out[-2] in ("de", "du") and out[-1][:1].isupper() \
                and chunk[match.end():].lstrip()[:1].isupper() and not is_first_name(chunk[match.end():].split(None, 1)[0].strip(",.")):
            out.append(bare)  # "le diocèse de Coutances et Avranches": two towns in the body's name
            continue
        if (fold(bare) in lex.stops and not (bare[:1].isupper() and out and out[-1][:1].isupper())) \
                or (out and fold(bare) in ("que", "qu'", "that", "qui", "who", "et", "and", "mais", "but")):
            # (a capitalised stop word after a capitalised one is a word of the name: "le quotidien Diario Sur")
            place = _PLACE_THEN_NAME.match(chunk, match.start()) if out and not lex.adjectival_names else None
            if place is not None:  # "un responsable de l'organisation sur l'île, José Manuel Padrón."
                out += [",", place.group("name")]
            elif out and not lex.adjectival_names and bare == "qui" and (named := _RELATIVE_THEN_NAMED.match(chunk, match.start())):
                out = [named.group("np")]  # "la société d'économie mixte qui gère le site, la Semitour Périgord": the body named
            elif out and not lex.adjectival_names and "(" in unbracketed and (initialled := _words_up_to_initials(out, unbracketed)):
                initialled -= 1
                out.append(bare)
                continue
            break
        if len(out) >= (20 if "," in out and (bare[:1].isupper() or len(out) - out.index(",") <= 4) else 14) \
                and not (len(out) < 20 and bare[:1].isupper() and out[-1][:1].isupper()):
            # (a long role may close on its person's name in apposition: "…, Artois-Lys Romane, Philippe Lesage", "…, le
            # commissaire divisionnaire Bernard Lemaire"; a place's name is not cut: "… de la wilaya de Tizi Ouzou")
            break
        out.append(bare)
        if bare != token and not (token.endswith(".") and len(bare) <= 3 and bare[:1].isupper()):
            break
    phrase = " ".join(out).replace(" ,", ",").strip(" ,")
    return (parse_mention(phrase, lex) if phrase else None), start
