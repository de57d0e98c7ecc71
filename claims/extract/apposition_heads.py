"""Who speaks when a subject region's segment is followed by an apposition (the segment after it, read first): the
name the apposition's role describes, the head the apposition describes, or what the apposition names."""

from __future__ import annotations

import re

from claims.extract.clause_starts import has_clear_verb_en
from claims.extract.first_names import is_first_name
from claims.extract.group_phrases_en import describes_a_body
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speaker_phrases import THE_NOUN
from claims.extract.speakers import Lexicon, Mention, fold
from claims.extract.subject_appositions import collective_before, name_closing
from claims.extract.subject_openings_en import GROUP_NOUNS


# An indefinite article opening a description ("a market vendor from Lefaga").
INDEFINITE_ARTICLE = re.compile(r"an?\s", re.IGNORECASE)
_ONE_OF_THE = re.compile(r"(?:[Oo]ne|[Aa]nother)\s+(?:of\s+(?:the\s+(?:[a-z-]+\s+)?[a-z]+s|those\s+[a-z]+(?:ed|en)|them|us)"  # ("One of those arrested,")
                         r"|[a-z]+)")  # ("One respondent, a house officer at a regional hospital, wrote")
# French: a definite noun phrase heading a subject ("Le skipper de 34 ans, ingénieur …, a estimé").
_DEFINITE_HEAD_FR = re.compile(r"\s*(?:Le|La|L['’])\s*[a-zà-ÿ]")
# ("Supporters, many of them farmers who hold shares in the plants, said": who the head's members are)
_INDEFINITE_APPOSITION = re.compile(r"(?:(?:one|two|three|four|five|both)\s+of|an?|(?:many|most|some|all|several|half)\s+of\s+them)\s", re.IGNORECASE)
# ("un porte-parole de la maison X, l'un des principaux négociants de la place": what the head's complement is)
_ONE_OF_THE_FR = re.compile(r"l['’]une?\s+des\s", re.IGNORECASE)

# English: a document and who released it ("Figures obtained by the Highland Ledger"), before the agent's apposition.
DOCUMENT_AND_AGENT_EN = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Rr]esults|[Ee]stimates)\s+(?:published|released|issued"
                                   r"|compiled|obtained|collected|gathered)\s+by\s+\S.*")
# "Residents of Ha Thetsane": a plural group of a place.
GROUP_OF_PLACE = re.compile(r"\s*(?:[A-Z]?[a-z]+\s+)?(?P<noun>[A-Za-z][a-z]+s)\s+(?:of|in|from|near)\s+[A-Z].*")

# French: a role and the body it serves, by name ("le gérant de Baie Kayak").
_ROLE_OF_NAME_FR = re.compile(r"(?:[Ll]e|[Ll]a|[Uu]ne?|[Ll]['’])[ \u00a0]*(?P<role>[a-zà-ÿ-]+)[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*[A-ZÀ-ÖØ-Þ][^,]*")
# English: the same ("secretary of the Sundarban Krishak Samiti").
_ROLE_OF_NAME_EN = re.compile(r"(?P<role>[a-z][a-z-]+)\s+of\s+(?:the\s+)?[A-Z][^,]*")

# French: a body described by its noun ("l'organisme public chargé des achats").
_BODY_DESCRIPTION_FR = re.compile(r"\s*(?:[Ll]['’]|[Ll][ea]\s+|[Uu]ne?\s+)(?P<noun>[a-zà-ÿ-]+)")
# French: a person named by a role whose complement is a body's name ("Un responsable de l'Autorité générale", "Un
# porte-parole d'Alsace TP Réseaux").
_ROLE_OF_A_NAMED_BODY_FR = re.compile(
    r"\s*(?:[Uu]ne?|[Ll]e|[Ll]a|[Ll]['’])\s*[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)?\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[A-ZÀ-ÖØ-Þ]")


def named_before_role_apposition(segment: str, apposition: Mention, lex: Lexicon) -> Mention | None:
    """Who SEGMENT names when APPOSITION, after it, is a role without a name describing what closes SEGMENT ("…avec
    Bernard Bonnet, le successeur de Claude Erignac, qui a rétorqué"); None when nothing closing SEGMENT is described."""
    head = name_closing(segment, lex)
    if head is not None and lex.adjectival_names and has_clear_verb_en(segment, 0, len(segment)):
        return None  # "X has suspended imports from Souris Valley Grain, a family-owned exporter, saying": an object described
    if head is not None and lex.adjectival_names and (group := GROUP_OF_PLACE.fullmatch(segment)) is not None \
            and (fold(group.group("noun")) in GROUP_NOUNS or fold(group.group("noun"))[:-1] in lex.roles):
        head = None  # "Residents of Ha Thetsane, an industrial suburb, said": the place is described
    if head is not None and (whole := parse_mention(segment, lex)) is not None and whole.name and whole.name.endswith(" " + head) \
            and (whole.organisation or lex.adjectival_names and " and " in whole.name and whole.name == segment.strip()
                 and not is_first_name(whole.name.split()[0])):
        # "Citizens for Fair Elections, a non-partisan group,", "HSE West and North West, the health region …,":
        # the body's whole name
        head = whole.name
    if head is not None and not lex.adjectival_names and (role_of := _ROLE_OF_NAME_FR.fullmatch(segment.strip())) is not None \
            and fold(role_of.group("role")) in lex.roles and (held := parse_mention(segment, lex)) is not None \
            and held.role and not held.name:
        return held  # "le gérant de Baie Kayak, un loueur de …,": the manager speaks, the apposition describes his firm
    if head is not None and lex.adjectival_names and (role_of := _ROLE_OF_NAME_EN.fullmatch(segment.strip())) is not None \
            and fold(role_of.group("role")) in lex.roles and (held := parse_mention(segment, lex)) is not None \
            and (held.role or held.name) and not held.organisation:
        return held  # "X, secretary of the Sundarban Krishak Samiti, a farmers' group,": the secretary speaks
    if head is not None and lex.adjectival_names and DOCUMENT_AND_AGENT_EN.fullmatch(segment.strip()) is not None \
            and (document := parse_mention(segment, lex)) is not None:
        return document  # "Figures obtained by the Highland Ledger, a weekly newspaper,": the apposition describes its agent
    if head is not None:
        return Mention(f"{segment.strip()}, {apposition.text}", name=head, role=apposition.role,
                       organisation=describes_a_body(apposition.text, lex))
    return None


def head_or_apposition(segment: str, head: Mention, apposition: Mention, lex: Lexicon) -> Mention:
    """The speaker when SEGMENT names HEAD, without a name, and APPOSITION (found first, after it) describes it or its
    complement: HEAD, or the camp SEGMENT names, when the apposition only says what they are; else APPOSITION."""
    if not lex.adjectival_names and apposition.name is None and apposition.role and not apposition.pronoun \
            and (group := collective_before(segment, lex)) is not None:
        return group  # "Le camp d'Alain Roux, ancien ministre, affirme": the apposition describes him, his camp speaks
    if lex.adjectival_names and apposition.name is None and apposition.role and INDEFINITE_ARTICLE.match(apposition.text) \
            and _ONE_OF_THE.fullmatch(segment.strip()):
        # "One of the workers, a steel fixer from Bangladesh who …, said", "One woman, a market vendor from Lefaga,
        # said": who that one is
        return apposition
    if not lex.adjectival_names and apposition.name is None and head.role and not head.name and not head.organisation \
            and (body := _BODY_DESCRIPTION_FR.match(apposition.text)) is not None and fold(body.group("noun")) in lex.organisation_nouns \
            and _ROLE_OF_A_NAMED_BODY_FR.match(segment) is not None:
        return head  # "un responsable de l'Autorité X, l'organisme public chargé des achats, a assuré": the body's officer
    if not lex.adjectival_names and apposition.name is None and apposition.role and not apposition.pronoun and not apposition.organisation \
            and head.role and not head.name and not head.organisation and not head.pronoun \
            and _DEFINITE_HEAD_FR.match(segment) is not None and apposition.text[:1].islower() \
            and fold(apposition.text.split()[0]) not in lex.determiners:
        return head  # "Le skipper de 34 ans, ingénieur dans une entreprise de Neuchâtel, a estimé": the head speaks
    if lex.adjectival_names and not apposition.pronoun and DOCUMENT_AND_AGENT_EN.fullmatch(segment.strip()) is not None:
        return head  # "Figures released by the council, the local authority, show": the document, its agent described
    if lex.adjectival_names and apposition.name is None and not apposition.pronoun and head.role and not head.name \
            and INDEFINITE_ARTICLE.match(apposition.text) and (noun := THE_NOUN.fullmatch(segment.strip())) is not None \
            and (fold(noun.group("noun")) in lex.organisation_nouns or fold(noun.group("noun")) in lex.organisations):
        return head  # "The trust, a charity whose volunteers …, said": the body the article has named
    if lex.adjectival_names and apposition.name is None and head.role and not head.organisation \
            and _INDEFINITE_APPOSITION.match(apposition.text):
        # "Residents of Kelby, one of the flooded districts, said": the apposition describes
        # the head's complement; the head speaks.
        return head
    if not lex.adjectival_names and apposition.name is None and head.role and not head.pronoun \
            and _ONE_OF_THE_FR.match(apposition.text) is not None:
        # "un porte-parole de la maison X, l'un des principaux négociants de la place, a assuré": what the
        # head's complement is; the head speaks
        return head
    return apposition
