"""The subject of a reporting verb read from the comma-separated segments before it, from the last one
back: the second half of `subjects.find_subject`, once the region's whole shapes are ruled out."""

from __future__ import annotations

import re

from claims.extract.clause_starts import EN_AUXILIARIES
from claims.extract.anonymous_speakers_en import ANONYMITY_CLAUSE
from claims.extract.document_authors import AUTHORED_BY_EN
from claims.extract.first_names import first_name_gender, is_first_name
from claims.extract.institution_names import campus_town
from claims.extract.subject_appositions import (
    collective_before, indefinite_role_at_en, is_apposition_role, name_closing, name_given,
    named_after_organisation_noun, names_a_person, role_then_its_complement,
)
from claims.extract.group_phrases_en import describes_a_body
from claims.extract.speaker_phrases import THE_NOUN, clean_phrase, role_in
from claims.extract.speakers import Lexicon, Mention, fold
from claims.extract.speaker_mentions import parse_mention
from claims.extract.subject_openings_en import GROUP_NOUNS, SENTENCE_ADVERBS
from claims.extract.mention_shapes import PERSON_OF_NAMED_BODY_EN, TRAILING_DAY_EN
from claims.extract.state_names_en import PLACES_AFTER_A_TOWN, TOWN_BODY_NOUNS
from claims.extract.apposition_heads import (
    INDEFINITE_ARTICLE, head_or_apposition, named_before_role_apposition,
)
from claims.extract.segment_descriptions import AGE, ARTICLE_SEGMENT, describes_the_segment_before
from claims.extract.segment_joins import (
    IN_A_PLACE_CLOSING, INDEFINITE_DESCRIPTION, TOWN_AND_STATE_DESCRIPTION, joined_segments,
)
from claims.extract.subject_region_edges import (
    FRONTED_ADJECTIVE_FR, FRONTED_PARTICIPLE_PHRASE_FR, without_trailing_auxiliaries,
)
from claims.extract.role_appositions_en import (
    COUNTRY_MODIFIED_ROLE, PARTY_AND_DISTRICT, PARTY_APPOSITION, PARTY_STATE_LABEL, body_then_its_role,
    owned_role,
)


# English: "Ann Lee and her husband, Tom Lee, said": a person, "and", then a relative named in apposition.
_AND_RELATIVE = re.compile(r"^\s*(?P<first>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,]*?)\s+and\s+(?:his|her|their)\s+[a-z]+(?:[ -][a-z]+)?\s*$")
_CITING = re.compile(r"^\s*(?:citing|citant)\s+(?P<np>\S.*?)\s*$", re.IGNORECASE | re.DOTALL)
# "L'opposition, par la voix de Pierre Lemoine, a dénoncé": the person the body speaks through.
_VOICE_OF = re.compile(r"^\s*par\s+la\s+voix\s+(?:de\s+|d['’]|du\s+|des\s+)(?P<np>\S.*?)\s*$", re.IGNORECASE | re.DOTALL)
_ACRONYM_SEGMENT = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]{2,8}\s*")
# English: a local authority named by its place, which a state or country may follow in apposition.
_LOCAL_BODY_EN = re.compile(r"\s*(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+){1,3}(?:County|City|Township|Parish|Borough)\s*")
# A person and the town they come from, or a town's own body, closing a segment ("Jean-Luc Roy of Sherbrooke",
# "The city of Richmond").
_NAME_OF_PLACE_CLOSING = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]+|\b" + TOWN_BODY_NOUNS + r")\s+of\s+[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}\s*$")
# A description opening on its owner ("Delaware's largest health system").
_OWNED_DESCRIPTION = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*){0,2}['’]s\s+[a-z]")
_STATES_AND_NATIONS = PLACES_AFTER_A_TOWN
_GROUP_IN_A_PLACE = re.compile(r"\s*(?:[Tt]he\s+)?(?P<noun>[A-Za-z]+)\s+in\s")
_GROUPS_IN_A_PLACE = GROUP_NOUNS | frozenset(("police", "authorities", "officials", "rescuers", "firefighters", "officers", "doctors"))
_INDEFINITE_THEN_DONT_FR = re.compile(r"(?P<np>\s*une?\s[^,]*?)\s+dont\s")
_BARE_COUNTED_NOUN = re.compile(r"\s*(?:One|A|An|Another)\s+(?:[a-z]+\s+)?[a-z]+\s*")  # ("One regular user,")
# French: a definite head, maybe ranked, whose noun says what its apposition is ("Le principal fournisseur de la côte, X").
_COMPANY_HEAD_FR = re.compile(r"\s*(?:Le|La|L['’])\s*(?:(?:principal|principale|premier|première|grand|grande|seul|seule)\s+)?(?P<noun>[a-zà-ÿ]+)\b")
# "a student who asked to be named only as Kirsty": the name the person gave
_NAMED_ONLY_AS = re.compile(r"\b(?:who|and)\s+(?:asked|wanted|agreed|preferred)\s+to\s+be\s+(?:named|identified|called)\s+only\s+as\s+"
                            r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+)\s*,?\s*$")
# English: an office's name after "The", every word capitalised ("The Montana Consumer Counsel").
_CAPITALISED_OFFICE_EN = re.compile(r"The\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+)")
_STRESSED_PRONOUNS = frozenset(("lui", "elle", "eux", "elles"))
# An adjunct ending with a medium's noun, whose name comes next: "In a statement carried by the
# Jordan News Agency, Petra, the ministry said".
_MEDIUM_CLOSING_ADJUNCT = re.compile(
    r"\b(?:[Aa]gency|broadcaster|newspaper|channel|station|agence|chaîne|quotidien|radio|télévision)\s*$")
# "the chief executive of the operator": a role in a body named by its common noun.
_ROLE_OF_THE_NOUN = re.compile(r"\s*(?:the\s+)?[a-z][a-z -]*?\s+of\s+the\s+(?P<noun>[a-z]+)\s*")
_PREPOSITION_WHICH = re.compile(r"\b(?:in|on|through|under)\s+which\s+(?=\S)")
_ADJUNCT_SEGMENT = re.compile(
    # (not a name opening on a particle: "Des Moines Water Works", "De Beers")
    r"^\s*(?-i:(?!(?:De|Des|Du)\s+[A-ZÀ-ÖØ-Þ]))(?:in|on|at|during|after|before|while|which|who|whom|whose|where|citing|dans|lors|sur|qui|dont|où|"
    r"que(?=\s[^,]{1,60}\b(?:consulter|consulté|consultée|procuré|procurée|obtenu|obtenue)\s*$)|"  # ", que l'AFP a pu consulter,"
    r"(?:and|but)\s+(?:who|which|whose)|"  # "A nurse who worked there, and who asked …, said"
    r"although|though|because|unless|despite|when|whether|also|behind|amid|amidst|beyond|against|under|within|"
    r"throughout|among|across|unlike|"
    r"(?:mainly|mostly|largely|chiefly|primarily)\s+(?:from|in)|"  # "The farmers, mainly from the X, Y and Z districts, say"
    # "X, speaking at a rally in Ohio, said", "X, asked about the delay, said": a participle's adjunct
    r"speaking|writing|addressing|responding|reacting|commenting|talking|appearing|testifying|giving\s+evidence|answering|sitting|presiding\s+over|"
    r"posing\s+as|acting\s+(?:as|for|on)|"
    r"asked|pressed|questioned|interviewed|contacted|reached|"
    # "The Directorate for Priority Crime Investigation, known as the Hawks, says": the body's other name
    r"(?:also\s+|better\s+|widely\s+)?known\s+as|nicknamed|"
    r"dated(?=\s+(?-i:[A-Z]|\d))|"  # "In its decision, dated August 31 and published on Wednesday, the board said"
    # "The study, led by Dr Ann Lee of the Kestrel Institute, found": a past participle's phrase
    r"(?:[a-z]{2,}ed|led|written|run|held|seen|known|given|taken|made|built|sent|paid|funded|drawn|chosen)\s+"
    r"(?:by|to|in|on|at|through|with|from|for|into|under|before|after)\b|"
    r"après|avant|pendant|citant|de|du|des|of|from|with|avec|(?-i:à|À|au|aux))\b|^\s*d['’]"
    # French: a past participle and its complement ("Interpellé sur le sujet, le ministre a …", "entendu comme témoin")
    # (not a body's noun in -té: "Électricité de Mayotte", "Université de Lomé", "Communauté de communes")
    r"|^\s*(?!(?:électricité|université|société|communauté|comité|autorité|municipalité|collectivité|mutualité|principauté"
    r"|faculté|entité)\b)[a-zà-ÿ]+(?:é|ée|és|ées)\s+(?:sur|par|à|au|aux|en|dans|lors|devant|après|pour|sous|de|du|des|d['’])"
    r"|^\s*[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues)\s+comme\s"
    r"|^\s*jointe?s?\s+(?:par|au|à)\s"  # "Joint par Midi Olympique, l'entraîneur a dit …"
    # French: a present participle and its complement ("X, s'exprimant sous couvert d'anonymat auprès de Y, a …")
    r"|^\s*(?:s['’][a-zà-ÿ]+ant|se\s+[a-zà-ÿ]+ant|parlant|intervenant|réagissant|répondant|commentant)\s", re.IGNORECASE)
# "Des témoins ont rapporté", "De nombreux habitants affirment": a subject, no "de"
_PLURAL_SUBJECT_FR = re.compile(r"\s*(?:[Dd]es|[Dd]e\s+(?:nombreux|nombreuses))\s+(?!deux\b)[a-zà-ÿ-]{3,}[sx]\b")
_PLURAL_VERB = re.compile(r"\s*(?:ont|sont|[a-zà-ÿ]+ent)\b")
# English: an adjunct closing on who did it, by role ("In a statement read … by his sister"): the name after is theirs.
_BY_ROLE_CLOSING = re.compile(r"\bby\s+(?:his|her|its|their|the)\s+[a-z-]+(?:\s+[a-z-]+)?\s*$")
_ONE_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+")
# English: a definite description in lower case, no name in it ("the airport's largest user").
_THE_DESCRIPTION_EN = re.compile(r"the\s+[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,5}")
_ROLE_FOR_THE_NOUN_EN = re.compile(r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?P<role>[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:for|representing)\s+the\s+[a-z]+")
_CONTRAST_SUBJECT = re.compile(r"^\s*(?:(?:while|whereas|though|although|but|yet|tandis\s+que|alors\s+que|mais)\s+"
                               r"|(?:tandis|alors)\s+qu['’]\s*)(?P<np>\S.*)$",
                               re.IGNORECASE | re.DOTALL)
# English: a relative clause inside an apposition, whose words name no speaker (", the federal Crown corporation that
# employs the pilots,": not the pilots).
_EN_RELATIVE_IN_APPOSITION = re.compile(r" (?:who|whose) |(?<=[a-z]) that (?=[a-z]+s )")
# English: an indefinite article, a body's or a party's capitalised name, then a role ("a Community Alliance councillor for
# the Black Mountain area"), maybe after a modifier ("a Sarawak state assemblyman"): the role of the person named before
# the apposition.
_INDEFINITE_BODY_ROLE_EN = re.compile(r"\s*an?\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){1,3}(?P<role>[a-z][\w-]*)\b(?:\s+(?P<after_modifier>[a-z][\w-]*)\b)?")


def _body_role_of_a_person(segment: str, lex) -> bool:
    role = _INDEFINITE_BODY_ROLE_EN.match(segment)
    return role is not None and any(word is not None and fold(word) in lex.roles for word in role.group("role", "after_modifier"))


_PERSONAL_RELATIVE = re.compile(r"\s*(?:who|whose)\s")
# English: a capitalised word closing a segment (a relative clause's object named).
_NAME_CLOSING_EN = re.compile(r"\s[A-Z][\w'’-]*\s*$")
_DEFINITE_OPENING = re.compile(r"\s*the\s")
# English: a relative clause opening on a preposition ("in which 23 spectators were injured").
_PREPOSITION_THEN_WHICH = re.compile(r"\s*(?:in|on|at|during|from|for|by|with|under|of|after|to|through)\s+(?:which|whom)\s")
# English: who says a relative clause without "that", after the noun it qualifies ("a penalty the commission said
# was", "a decision vendors said would", "a move Mayor Ann Lee said would"): a definite description, a plural, a name.
CONTACT_RELATIVE_SUBJECT_EN = (r"the\s+(?:[a-z-]+\s+){0,2}[a-z-]+|(?:[a-z-]+\s+)?[a-z-]{3,}s"
                               r"|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+){0,2}")
# (but "the six councillors said they", "the rights group Amnesty International said": one noun phrase, unless the
# verb's own subject is missing after it, "a decision vendors said would")
_VERB_THEN_GAP_EN = re.compile(r"[ \t]*[a-z]+\s+(?:" + EN_AUXILIARIES + r")\b")
_OBJECT_RELATIVE_SUBJECT_EN = re.compile(r"\s*(?:an?|the)\s+(?:[a-z-]+\s+)?(?!(?:at|in|of|for|from|on|with|by|near|to|and|or)\s)[a-z-]+\s+"
                                         rf"(?P<np>{CONTACT_RELATIVE_SUBJECT_EN})\s*")
_DEFINITE_DESCRIPTION = re.compile(r"\s*the\s+(?:[\w-]+['’]?\s+){0,5}[a-z]+\s*")
# (its name may hold link words and numbers, and end on its initials: "the Ministry of Health (MoH)", "Rescue 1122")
_BODY_NAMED_AFTER_ROLE = re.compile(r"\b(?:for|of|at|from)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.'’-]*"
                                    r"(?:\s+(?:(?:of|and|for|the)\s+)*(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.'’-]*|\d[\w-]*))*"
                                    r"(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.'’-]*\))?\s*$")
# ("secretary of the estate's panchayet, the elected workers' committee": a body by its owner, then what it is)
_OWNED_BODY_AFTER_ROLE = re.compile(r"\b(?:for|of|at|from)\s+the\s+[a-z]+['’]s\s+[a-z][\w-]*\s*$")
_SOURCE_PREFIX = re.compile(r"^\s*(?:according\s+to|as\s+reported\s+by|selon|d['’]après)\s+", re.IGNORECASE)
DETERMINER_AFTER_ADJUNCT = re.compile(
    # ("a réagi en zone mixte sa partenaire d'entraînement X": a possessive determiner too)
    r"^\s*(?:[\w’'.-]+\s+){1,6}?(?P<np>(?:(?:le|la|les|un|une|son|sa|ses|leur|the|a|an)\s+|l['’]\s*|(?:M\.|Mme|Mr|Mrs|Ms|Dr)\s*)[\w’'-])")
_SENTENCE_ADVERB_ALONE = re.compile(SENTENCE_ADVERBS)


_FR_RELATIVE_IN_APPOSITION = re.compile(r"(?<=[a-zà-ÿ]) qui (?=[a-zà-ÿ])")
# English: how many of the subject the apposition describes ("most of them members of …").
_SHARE_OF_THEM_APPOSITION = re.compile(r"\s*(?:most|many|some|all|several|half|few|two|three)\s+of\s+them\b")
# French: an apposition opening on a past participle of coming, going, gathering or settling ("venue avec son fils", "arrivé
# de Lyon", "réunis devant la préfecture", "installé rue Ricard depuis 1994").
_PARTICIPLE_APPOSITION_FR = re.compile(r"\s*(?:venue?s?|réunie?s?|revenue?s?|arrivée?s?|partie?s?|descendue?s?|montée?s?|rentrée?s?"
                                       r"|installée?s?|établie?s?|domiciliée?s?)\s")
# French: a participle opening the sentence says where the speaker was met or reached ("Rencontré près du marché, un
# talibé de 11 ans a raconté"): no part of who.
_OPENING_PARTICIPLE_FR = re.compile(r"\s*(?:Rencontré|Interrogé|Joint|Contacté|Interviewé|Questionné|Croisé|Sollicité|Approché)e?s?\s")
# French: a pronoun repeating the subject in its apposition ("La municipalité, elle aussi partie civile, …").
_EMPHATIC_PRONOUN_FR = re.compile(r"\s*(?:lui|elle|eux|elles)\s+(?:aussi|non\s+plus|-même|même|également)\b")
# English: a body in apposition described by the law or the people that made it, who do not speak.
# A document opening the sentence, then who made it: "The audit, carried out by the accounting firm X,".
_DOCUMENT_SUBJECT = re.compile(r"\s*(?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,2}(?:audit|report|study|survey|review|analysis|assessment|investigation|inquiry|evaluation"
                               r"|motion|resolution|amendment|petition)")
_DOCUMENT_MADE_BY = re.compile(r"\s*(?:" + AUTHORED_BY_EN + r"|(?:proposed|tabled|moved|sponsored|put\s+forward)\s+by)\s+(?P<author>\S.*)"
                               # ("The motion, proposed by Councillor X, argued": its mover)
                               # "commissioned by the residents from Knutsford engineers X": the firm that wrote it
                               r"|\s*commissioned\s+by\s+[^,]+?\s+from\s+(?P<contractor>\S.*)")
_CREATED_BY = re.compile(r"(?<=[a-z])\s+(?:created|set\s+up|established|founded|formed|appointed|hired|retained|engaged|led|headed|chaired|run|owned)\s+(?:by|under)\s")
_BARE_PLURAL_ROLE = re.compile(r"[a-z]+(?: [a-z]+)?s")  # ("fishers", "local farmers")
_CALLED = re.compile(r"\b(?:called|named|known\s+as)\s")  # ("a company called Blue Reef Shipping Ltd": its name)
_DEFINITE_PLURAL_FR = re.compile(r"[Ll]es\s+[a-zà-ÿ-]+[sx](?:\s+[a-zà-ÿ-]+[sx])?")  # ("les étudiants", "les élus locaux")
# "Gila Headwaters Watch, a Silver City group formed last year …, argued": the place the body is from
_PLACE_BODY_DESCRIPTION = re.compile(
    r"\s*an?\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:group|organi[sz]ation|nonprofit|non-profit|coalition|association"
    r"|alliance|charity|campaign|collective|network|society|club|cooperative|co-op)\b")
_NAME_THEN_LOWER_CASE_ROLE = re.compile(r"\s+[a-z]")  # ("Hawaii Island chapter chair": a place, then the role)
# An opening adjunct that ends on a role ("Replying to a question from the Leader of the Opposition").
_ADJUNCT_CLOSING_ON_ROLE = re.compile(r"\s*(?:[A-Z][a-z]+ing|In|At|After|During)\s[^,]*?\s(?:from|by|with|to|of)\s+the\s+(?P<role>[A-Z][\w\s'’-]{1,50}?)\s*")
# A company's owner or founder, or a body's leader or backer, in apposition ("détenue depuis 2021 par le groupe X",
# "owned since 2019 by X", "menée par X", "soutenu par Alger").
_OWNED_BY_SEGMENT = re.compile(
    r"\s*(?:détenue?s?|possédée?s?|rachetée?s?|contrôlée?s?|reprise?s?|acquise?s?|fondée?s?|dirigée?s?|présidée?s?"
    r"|gérée?s?|exploitée?s?|financée?s?|menée?s?|emmenée?s?|conduite?s?|filiale"
    r"|soutenue?s?|appuyée?s?|épaulée?s?|accompagnée?s?|entourée?s?|mandatée?s?)\s+(?:(?:depuis|en)\s+\d{4}\s+)?(?:par|de|du|des|d['’])\s"
    r"|\s*(?:owned|controlled|acquired|bought|operated|run|led|headed|chaired|a\s+subsidiary)\s+(?:(?:since|in)\s+\d{4}\s+)?(?:by|of)\s")
# Whom a person speaks for, in apposition ("representing the company", "au nom de l'association").
_REPRESENTING_SEGMENT = re.compile(r"\s*(?:representing|on\s+behalf\s+of|acting\s+for|représentant|au\s+nom\s+d)", re.IGNORECASE)
# French: a participle and its agent in apposition ("lue par le conseiller X"): who did it, no subject.
# ("Dans sa décision, rendue mardi et dont l'AFP a obtenu une copie, la juridiction estime": when, and who has it)
_PARTICIPLE_AGENT_SEGMENT = re.compile(r"\s*[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues|it|ite|ites|its)\s+(?:par|(?:[a-zà-ÿ]+\s+){0,3}(?:et\s+)?dont)\s")
# French: a trade the lexicon does not list, then where it is practised ("hydrologue à l'université Grenoble-Alpes").
_UNLISTED_ROLE_THEN_COMPLEMENT_FR = re.compile(
    r"\s*(?!(?:le|la|les|un|une|des|du|de|qui|que|dont|selon|il|elle|ils|elles|on|ce|cette|son|sa|ses|leur|leurs)\s)"
    r"[a-zà-ÿ][a-zà-ÿ-]{3,}\s+(?:à|au|aux|chez|de|du|des|d['’])\s*(?:la\s+|l['’]\s*|les\s+)?[a-zà-ÿ]+\s+[A-ZÀ-ÖØ-Þ]")


# French: a name, then a verb in the present and its object ("Sherbrooke adopte un budget", a headline's "les Vaudois
# approuvent le parc"): a clause.
_NAME_THEN_VERB_FR = re.compile(
    r"\s*(?:(?:les|le|la)\s+|l['’])?(?!(?:Le|La|Les|Un|Une|Des|Du|Selon|Pour|Dans|En|Au|Aux)\s)[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)*\s+"
    r"(?P<verb>[a-zà-ÿ]{3,}(?:e|t))\s+(?:un|une|le|la|les|des|du|l['’]|son|sa|ses|leur|leurs)\b")


def group_in_a_place(segment: str) -> bool:
    """SEGMENT names a group by its noun and its place, no one ("Police in Lagos", "Residents in Tacloban")."""
    return (group := _GROUP_IN_A_PLACE.match(segment)) is not None and group.group("noun").lower() in _GROUPS_IN_A_PLACE


_BARE_PLACE_ADJUNCT = re.compile(r"\s*in\s+[A-Z][\w'’-]*\s*")
_DEFINITE_ROLE_OPENING = re.compile(r"\s*The\s+[a-z]")
_POSSESSIVE_ROLE_FR = re.compile(r"(?:son|sa|leur)\s+[a-zà-ÿ-]+")
_PARTICIPLE_AFTER_NAME_FR = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*\s+[a-zà-ÿ]+(?:é|ée|és|ées)\s")

# English: an indefinite description of a body ("an Ottawa-based advocacy group", "a non-profit that …"), and a
# role held in a body named with capitals ("a spokesman for the Consumer Safety Network").
_BODY_DESCRIBED_EN = re.compile(
    r"\s*an?\s+(?:[\w.-]+\s+){0,4}(?:group|organi[sz]ation|charity|coalition|network|association|union|nonprofit|"
    r"non-profit|think\s+tank|campaign|alliance|federation|society|foundation|institute|body|watchdog)\b[^,]*")
_ROLE_OF_NAMED_BODY_EN = re.compile(
    r"\s*(?:an?|the)\s+(?:[a-z-]+\s+){0,3}(?:for|of|at|with)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z][\w'-]*(?:\s+[A-Z&][\w'-]*)*\s*")
_WHICH_CLAUSE = re.compile(r"\s*which\s")
_SHORT_FORM_SEGMENT = re.compile(r"\s*[A-ZÀ-ÖØ-Þ]{2,12}\s*")
_ROLE_AT_UNNAMED_BODY_EN = re.compile(r"\s*(?:an?|the)\s+(?:[a-z-]+\s+){0,3}(?:for|of|at|with)\s+the\s+(?:[a-z-]+\s+){0,6}[a-z-]+\s*")


def cited_source(cited: Mention | None, lex: Lexicon) -> bool:
    """Whether the noun phrase after "citing" names who said it (a name, a body, a role: "a police spokesman",
    "the regional office of X"), not a reason ("a rise in costs")."""
    return cited is not None and not cited.pronoun and bool(cited.name or cited.organisation or cited.role and any(
        word in lex.roles or word in lex.organisation_nouns or word in ("source", "sources") for word in fold(cited.role).split()))


def subject_of_segments(text: str, start: int, end: int, region: str, lex: Lexicon,
                        sentence_start: int | None = None) -> Mention | None:
    """The subject REGION (text[start:end], maybe pruned) names, segment by segment from its end."""
    if lex.adjectival_names and (given := _NAMED_ONLY_AS.search(text, start, end)) is not None:
        return Mention(text[start:given.end("name")], name=given.group("name"))
    segments = joined_segments(region, lex)
    filled = [segment for segment in segments if segment.strip()]
    if lex.adjectival_names and len(filled) >= 3 and _PERSONAL_RELATIVE.match(filled[1]) \
            and (person := parse_mention(filled[0], lex)) is not None and person.name and " " in person.name \
            and not person.organisation and not person.pronoun and is_first_name(person.name.split()[0]):
        # "Donna Reyes, whose mother lived at one of the homes, Maple Glen Care Center, until 2017, said": the relative
        # clause runs to the verb, its commas and names with it
        return person
    if lex.adjectival_names and len(filled) >= 3 and _PERSONAL_RELATIVE.match(filled[-2]) and _NAME_CLOSING_EN.search(filled[-2]) \
            and ARTICLE_SEGMENT.match(filled[-1]) and (group := parse_mention(filled[-3], lex)) is not None \
            and group.role and not group.name and not group.pronoun:
        # "the players, who compete in Challengers Korea, the second tier of professional League of Legends, said": what
        # the relative clause's object is
        return group
    if lex.adjectival_names and len(filled) == 2 and (owned := _ROLE_FOR_THE_NOUN_EN.fullmatch(filled[0].strip())) is not None \
            and fold(owned.group("role").split()[-1]) in lex.roles \
            and (_THE_DESCRIPTION_EN.fullmatch(filled[1].strip())
                 or (body := parse_mention(filled[1], lex)) is not None and body.name and body.organisation
                 and not is_first_name(body.name.split()[0])):
        # "Counsel for the landowner, Southern Rise Developments, argued": the body names the landowner, not who speaks
        # ("A spokesperson for the airline, the airport's largest user, said": what the airline is)
        return Mention(filled[0].strip(), role=clean_phrase(filled[0], lex))
    if lex.adjectival_names and len(filled) >= 3 and _SHORT_FORM_SEGMENT.fullmatch(filled[-1]) \
            and _ROLE_AT_UNNAMED_BODY_EN.fullmatch(filled[-2]):
        # "Edgar Barrios, a volcanologist at the national volcanology institute, INSIVUMEH, told": the
        # institute's short form, not the speaker
        segments = filled = filled[:-1]
    if len(filled) >= 2 and _ACRONYM_SEGMENT.fullmatch(filled[-1]) \
            and (body := parse_mention(filled[-2], lex)) is not None and body.organisation and body.name and " " in body.name:
        if body.name.split()[-1].islower():
            return Mention(filled[-1].strip(), name=filled[-1].strip(), organisation=True)  # "The UN refugee agency, UNHCR, said"
        return body  # "The Health and Social Care Inspectorate, IVO, says": the body, its short form in apposition
    if lex.adjectival_names and len(filled) >= 3 and (_BODY_DESCRIBED_EN.fullmatch(filled[-1]) or _WHICH_CLAUSE.match(filled[-1])) \
            and _ROLE_OF_NAMED_BODY_EN.fullmatch(filled[-2]):
        # "X, a spokesman for the Consumer Safety Network, an Ottawa-based advocacy group, said", "X, the leader of the
        # opposition Democratic Choice Bloc, which won no seats, told": what the body is, what it did
        segments = filled = filled[:-1]
    found: Mention | None = None
    role: str | None = None
    skipped = 0
    for index in range(len(segments) - 1, -1, -1):
        segment = without_trailing_auxiliaries(segments[index])
        if not lex.adjectival_names and index > 0 and (dont := _INDEFINITE_THEN_DONT_FR.match(segment)) is not None:
            segment = dont.group("np")  # "L'Alliance X (ADL), un petit parti dont M. Ekotto est proche, dénonce": what X is
        if lex.adjectival_names and " which " in segment and (inner := _PREPOSITION_WHICH.search(segment)) is not None:
            segment = segment[inner.end():]  # "messages in which one of the defendants … wrote": the relative clause's subject
        if found is None and (given := name_given(segment, segments[index - 1] if index else "", lex)):
            return given
        if lex.adjectival_names and index > 0 and (relative := _EN_RELATIVE_IN_APPOSITION.search(segment)) is not None:
            # ", a man from Tanna who asked SBS News not to …,": not whom he asked; ", a Republican whose
            # district includes Madison,": nor the place
            if found is None and index == 1 and _BARE_COUNTED_NOUN.fullmatch(segments[0]) and INDEFINITE_ARTICLE.match(segment.lstrip()) \
                    and ANONYMITY_CLAUSE.match(segment, relative.start()) is not None:
                described = segment[:relative.start()].strip()  # "One resident, a crofter who asked not to be identified,": the crofter
                return Mention(described, role=clean_phrase(described, lex))
            segment = segment[:relative.start()]
        if not lex.adjectival_names and index > 0 and " qui " in segment and segment.split()[0] not in ("qui", "dont") \
                and fold(segment.split()[0]).rstrip("'’") not in lex.bare_determiners and fold(segment.split()[0])[:2] != "l'" \
                and (relative := _FR_RELATIVE_IN_APPOSITION.search(segment)) is not None:
            # ", gestionnaire du barrage de Naussac qui soutient le débit de l'Allier en été,": what the barrage does
            segment = segment[:relative.start()]
        if not lex.adjectival_names and index > 0 and _EMPHATIC_PRONOUN_FR.match(segment):
            continue  # "La municipalité actuelle, elle aussi partie civile, a indiqué": the pronoun repeats the subject
        if not lex.adjectival_names and index > 0 and _PARTICIPLE_APPOSITION_FR.match(segment):
            continue  # "Une mère de famille, venue avec son fils devant le lycée, a raconté": what she did, no speaker
        if not lex.adjectival_names and index == 0 and found is not None and _OPENING_PARTICIPLE_FR.match(segments[0]):
            break  # "Rencontré près du marché, un talibé de 11 ans a raconté": the talibé
        if lex.adjectival_names and index > 0 and found is None and _SHARE_OF_THEM_APPOSITION.match(segment):
            continue  # "The drivers, most of them members of the X Association, say": the drivers
        if lex.adjectival_names and index > 0 and found is None and _PREPOSITION_THEN_WHICH.match(segments[index]):
            continue  # "An independent review into a crowd crush, in which 23 spectators were injured, has found": the crush's
        if lex.adjectival_names and index > 0 and (created := _CREATED_BY.search(segment)) is not None:
            segment = segment[:created.start()]  # ", the independent watchdog created by the Fiscal Responsibility Act,": what made it
        if found is None and index == 1 and lex.adjectival_names and (made := _DOCUMENT_MADE_BY.fullmatch(segment)) is not None \
                and _DOCUMENT_SUBJECT.fullmatch(segments[0]) is not None \
                and (author := parse_mention(made.group("author") or made.group("contractor"), lex)) is not None and not author.pronoun:
            return author  # "The audit, carried out by the accounting firm X, found": its author speaks for it
        if not segment.strip():
            continue
        if found is not None and index == 0 and not lex.adjectival_names and (clause := _NAME_THEN_VERB_FR.match(segment)) is not None \
                and fold(clause.group("verb")) not in lex.roles:
            break  # "Sherbrooke adopte un budget en hausse, l'opposition dénonce": a clause of its own, then the subject
        if found is not None and index == 0 and (_SENTENCE_ADVERB_ALONE if lex.adjectival_names else FRONTED_ADJECTIVE_FR
                                                 ).fullmatch(segment.strip()):
            break  # "Separately, the motorway police said", "Émue, l'autrice a déclaré": no speaker's name
        if found is not None and index > 0 and not lex.adjectival_names and _PARTICIPLE_AGENT_SEGMENT.match(segment):
            break  # "Dans sa décision, lue par le conseiller X, la juridiction estime": who read it, no speaker
        if found is None and index > 0 and lex.adjectival_names and PARTY_AND_DISTRICT.fullmatch(segment):
            continue  # "Council member Alicia Brandt, D-4th District, said": her party and district
        if found is None and index > 0 and _REPRESENTING_SEGMENT.match(segment):
            continue  # "Attorney X, representing Granite Northern Transmission LLC, said": the lawyer speaks
        if found is None and index > 1 and _OWNED_BY_SEGMENT.match(segments[index - 1]) \
                and (owned := parse_mention(segments[index - 2], lex)) is not None and owned.organisation and not owned.pronoun:
            continue  # "L'opposition municipale, menée par X, proche de l'ancien maire, a dénoncé": what the leader is
        if found is None and index > 0 and _OWNED_BY_SEGMENT.match(segment) \
                and (owned := parse_mention(segments[index - 1], lex)) is not None and owned.organisation and not owned.pronoun:
            # "l'entreprise, détenue depuis 2021 par le groupe italien X, a expliqué", "The company, owned since 2019
            # by X, said", "Le Front Polisario, soutenu par Alger, a répété": who owns or backs it, no speaker
            continue
        if found is not None and index == 0 and not lex.adjectival_names \
                and FRONTED_PARTICIPLE_PHRASE_FR.fullmatch(segment.strip()) and first_name_gender(segment.split()[0]) is None:
            break  # "Saisi en référé par l'association X, le juge des référés a estimé": no speaker's name
        contrast = _CONTRAST_SUBJECT.match(segment)
        if contrast and found is None:
            # "…, while ALDI, in a Facebook post, called it …": a clause of its own, with its subject.
            mention = parse_mention(contrast.group("np"), lex)
            if mention is not None and (mention.name or mention.role) and not mention.pronoun:
                return mention
        voice = _VOICE_OF.match(segment) if found is None and not lex.adjectival_names else None
        if voice is not None:
            spokesperson = parse_mention(voice.group("np"), lex)
            if spokesperson is not None and spokesperson.name and not spokesperson.pronoun:
                return spokesperson
        citing = _CITING.match(segment) if found is None or index == 0 else None
        if citing is not None:
            # "Reuters, citing anonymous sources, reported", "Citant le ministère, l'agence a rapporté": the cited
            # source speaks, the outlet relays.
            cited = parse_mention(citing.group("np"), lex)
            if cited_source(cited, lex) if found is not None else cited is not None and not cited.pronoun and (cited.name or cited.role):
                return cited  # (fronted, "Citant une hausse des coûts, l'entreprise a annoncé": a reason)
        if _ADJUNCT_SEGMENT.match(segment) and not (found is None and _PLURAL_SUBJECT_FR.match(segment) and (
                index == 0 or index == len(segments) - 1 and _PLURAL_VERB.match(text, end))):  # ("À Gaya, des commerçants ont dit")
            if index == 0 and found is None and sentence_start is not None and start > sentence_start:
                # "Reuters reported on Monday a senior official, whom …, said": right after an
                # earlier reporting verb, an adjunct then the subject of this one.
                determiner = DETERMINER_AFTER_ADJUNCT.search(segment)
                mention = parse_mention(segment[determiner.start("np"):], lex) if determiner else None
                if mention is not None and (mention.name or mention.role) and not mention.pronoun:
                    return mention
            continue  # "Coles, in its March 8 media release, reported", "X, which includes Y, said"
        if lex.adjectival_names and found is not None and found.name is None and found.text[:4].lower() == "the " \
                and index > 0 and _ADJUNCT_SEGMENT.match(segments[index - 1]) \
                and ((by_role := _BY_ROLE_CLOSING.search(segments[index - 1]) is not None) or role_in(found.text, lex) is None) \
                and (name_closing(segment, lex) is not None or by_role and _ONE_NAME.fullmatch(segment.strip()) is not None):
            # "In a statement signed by its media officer, Uche Nwosu, the club said": the name
            # completes the adjunct; the subject follows it (but "Speaking to ABC Radio, Mick Tavener, the union's
            # organiser in Whyalla, said": a person's role, his apposition)
            return found
        if found is not None and found.name is None and index == 1 and lex.adjectival_names and found.text[:4] == "the " \
                and (opening := _ADJUNCT_CLOSING_ON_ROLE.fullmatch(segments[0])) is not None \
                and fold(opening.group("role").split()[0]) in lex.roles and names_a_person(segment, lex):
            # "Replying to a question from the Leader of the Opposition, Reza Callychurn, the Minister
            # said": the name is the earlier role's; the subject is the role after it
            return found
        if found is not None and found.name is None and is_apposition_role(found.text, lex) \
                and (described := named_before_role_apposition(segment, found, lex)) is not None:
            # "…avec Bernard Bonnet, le successeur de Claude Erignac, qui a rétorqué": the name
            # that closes the segment before a role apposition is the one the role describes.
            return described
        if found is None and index > 0 and lex.party_labels and (
                (party := PARTY_APPOSITION.match(segment)) is not None and fold(party.group("party")) in lex.party_labels
                or PARTY_STATE_LABEL.fullmatch(segment)):
            # "Rep. Ann Roe, a North Carolina Republican, said": the party apposition is her role
            role = clean_phrase(segment, lex)
            found = Mention(segment.strip(), role=role)
            continue
        if found is None and index == len(segments) - 1 and lex.adjectival_names \
                and (relative := _OBJECT_RELATIVE_SUBJECT_EN.fullmatch(segments[index])) is not None \
                and (relative.group("np").split()[0] == "the" or _VERB_THEN_GAP_EN.match(text, end)) \
                and (mention := parse_mention(relative.group("np"), lex)) is not None and (mention.name or mention.role):
            return mention  # "…, a penalty the commission said was …": the relative clause's subject
        if found is None and index > 0 and describes_the_segment_before(segment, segments, index, lex):
            continue  # "Bill Roe, who runs a shop in Dayton, Ohio, said", "La Ville d'Avignon, principal financeur après l'État,"
        if found is None and index > 0 and lex.adjectival_names \
                and ((plain := INDEFINITE_DESCRIPTION.match(segment) is not None) or _PLACE_BODY_DESCRIPTION.match(segment)
                     or TOWN_AND_STATE_DESCRIPTION.match(segment)) \
                and (head := parse_mention(segments[index - 1], lex)) is not None and head.name and not head.pronoun \
                and (" " not in head.name or head.organisation or not plain or describes_a_body(segment, lex)):
            # "VolTatra, a battery start-up backed by Norwegian and Slovak investors, said", "The Desert Fireball
            # Network, a camera network run by Curtin University, said": what the name is
            found, role = Mention(segment.strip(), role=clean_phrase(segment, lex)), None
            continue
        if found is None and index > 0 and lex.adjectival_names and (_BODY_NAMED_AFTER_ROLE.search(segments[index - 1])
                                                                     or _OWNED_BODY_AFTER_ROLE.search(segments[index - 1])) \
                and not _ADJUNCT_SEGMENT.match(segments[index - 1]) \
                and (describes_a_body(segment.strip(), lex) or _DEFINITE_DESCRIPTION.fullmatch(segment)) \
                and (head := parse_mention(segments[index - 1], lex)) is not None and (head.role or head.name) and not head.pronoun:
            # "A spokesperson for FIDE, the international chess federation, told", "Data from the Tokyo
            # MoU, the Asia-Pacific port state control regime, shows": what the body named is (not "In a letter
            # seen by the Bay of Plenty Times, the union warned": an adjunct, then the subject)
            continue
        if found is None and index > 0 and lex.adjectival_names and _DEFINITE_OPENING.match(segment) \
                and describes_a_body(segment, lex) and (head := parse_mention(segments[index - 1], lex)) is not None \
                and head.name and not head.pronoun:
            # "Nova Scotia Health, the Canadian province's health authority, said": what the body named is
            found, role = Mention(segment.strip(), role=clean_phrase(segment, lex)), None
            continue
        if found is None and index == 1 and lex.adjectival_names and _DEFINITE_OPENING.match(segment) \
                and describes_a_body(segment, lex) and (office := _CAPITALISED_OFFICE_EN.fullmatch(segments[0].strip())) is not None \
                and (head := parse_mention(segments[0], lex)) is not None and not head.name and not head.pronoun:
            # "The Montana Consumer Counsel, the state agency that represents ratepayers, had argued": an office's name,
            # the body the apposition says it is
            return Mention(segments[0].strip(), name=office.group("name"), organisation=True)
        mention = parse_mention(_SOURCE_PREFIX.sub("", segment), lex)  # "…, according to X, which said"
        if found is None and index > 0 and lex.adjectival_names and mention is not None and mention.name and not mention.role \
                and not mention.pronoun and not mention.organisation and INDEFINITE_ARTICLE.match(segment.strip()) \
                and not _ADJUNCT_SEGMENT.match(segments[index - 1]) and not _CALLED.search(segment) \
                and (head := parse_mention(segments[index - 1], lex)) is not None and not head.pronoun and not head.organisation \
                and (head.name and " " in head.name and (head.role or is_first_name(head.name.split()[0]))
                     or not head.name and head.role and role_in(segments[index - 1], lex) is not None):
            # "Collective chair Tayla Huriwai, a former Silver Fern, said", "The owner of the Carson Valley Prospectors, a
            # short-season Class A baseball club …, said": a name in what the person or the role's body is (not "The ship's
            # owner, a Panama-registered company called Blue Reef Shipping Ltd, said": the owner's name)
            continue
        if found is None and index > 1 and mention is not None and mention.name and lex.adjectival_names \
                and (of_noun := _ROLE_OF_THE_NOUN.fullmatch(segments[index - 1])) is not None \
                and fold(of_noun.group("noun")) in lex.organisation_nouns | lex.companies \
                and names_a_person(segments[index - 2], lex):
            continue  # "X, the chief executive of the operator, Saarte Liinid Group, told": the operator's name
        if found is not None and lex.adjectival_names and segment.strip() in ("One", "Another") and found.role \
                and not found.name and not found.pronoun:
            return found  # "Several neighbors spoke. One, a resident of the building above the bar, said": who that one is
        if mention is None:
            # "Le documentaire d'Al Jazeera, réalisé après 9 mois d'enquête, précise": an apposition.
            # "Carl Jimenez, 67, said": an age.
            # "Ruth Okoro, 62, a retired teacher, said": an age between the name and its role.
            if index > 0 and AGE.fullmatch(segment.strip()):
                continue  # "Paul Roux, 54 ans, boulanger à Lille, a expliqué": the age, after any apposition
            if skipped == 0 and index > 0 and found is None and (segment.strip()[:1].islower() or _OWNED_DESCRIPTION.match(segment)):
                skipped += 1  # (", Delaware's largest health system,": a description too)
                continue
            break
        if mention.pronoun:
            if found is None and index > 0 and fold(segment.strip()) in _STRESSED_PRONOUNS:
                continue  # "Ses collègues, eux, dénoncent": the noun phrase before the pronoun
            return mention if found is None else found
        if mention.name:
            if found is not None and lex.adjectival_names and found.name is None and found.role and not found.pronoun \
                    and (_BARE_PLURAL_ROLE.fullmatch(found.text) or found.text == found.role and found.role.islower()
                         and len(mention.name.split()) < len(segment.split()) - 2):
                # "Thai court suspends permit for coal plant, fishers say", "Halifax council votes to limit rentals, mayor
                # says": no name takes a bare plural in apposition, nor a bare role after a clause of its own
                return found
            if found is not None and not lex.adjectival_names and found.name is None and found.role and not found.pronoun \
                    and _DEFINITE_PLURAL_FR.fullmatch(found.text) and len(mention.name.split()) < len(segment.split()) - 2:
                return found  # "Le CCNB suspend six programmes, les étudiants dénoncent …": a clause of its own, then the subject
            if found is None and index > 0 and lex.adjectival_names and mention.name == segment.strip() and not mention.role \
                    and _LOCAL_BODY_EN.fullmatch(segments[index - 1]) is not None and not is_first_name(mention.name.split()[0]):
                continue  # "Buncombe County, North Carolina, said": the state where the county is
            if found is None and lex.adjectival_names and mention.name == TRAILING_DAY_EN.sub("", segment.strip()) and not mention.role \
                    and (index > 1 or index == 1 and (mention.name in _STATES_AND_NATIONS or group_in_a_place(segments[0]))) \
                    and (IN_A_PLACE_CLOSING.search(segments[index - 1]) is not None
                         or mention.name in _STATES_AND_NATIONS and _NAME_OF_PLACE_CLOSING.search(segments[index - 1]) is not None) \
                    and not is_first_name(mention.name.split()[0]) \
                    and not (index == 2 and mention.name not in _STATES_AND_NATIONS and _BARE_PLACE_ADJUNCT.fullmatch(segments[1])
                             and mention.name.count(" ") == 1 and _DEFINITE_ROLE_OPENING.match(segments[0])
                             and role_in(segments[0], lex) is not None):
                # (but "The owner of one of the clinics, in Kiribathgoda, Nimal Wickramaratne, said": the role's holder)
                # "X, one of the last makers of bone china in Stoke-on-Trent, England, said", "X, of Norfolk, Virginia,
                # said", "A rail engineering company in Crewe, England announced", "Police in Lagos, Nigeria, said": the
                # place's state or country
                continue
            if found is not None and index > 0 and " " not in mention.name and _MEDIUM_CLOSING_ADJUNCT.search(segments[index - 1]) \
                    and _ADJUNCT_SEGMENT.match(segments[index - 1]):
                return found  # the medium's name, then the subject
            if found is None and index > 0 and lex.adjectival_names and not mention.pronoun \
                    and (pair := _AND_RELATIVE.match(segments[index - 1])) is not None \
                    and (first := parse_mention(pair.group("first"), lex)) is not None and first.name and not first.pronoun:
                return Mention(f"{segments[index - 1].strip()}, {segment.strip()}", name=f"{first.name} and {mention.name}")
            if found is None and index > 0 and lex.adjectival_names and mention.name == segment.strip() \
                    and " of the " in segments[index - 1] \
                    and (of_body := PERSON_OF_NAMED_BODY_EN.fullmatch(f"{segments[index - 1].strip()}, {mention.name}")) is not None \
                    and of_body.group("noun") in lex.organisation_nouns_lower \
                    and (person := parse_mention(of_body.group(), lex)) is not None and person.name and person.name != mention.name:
                return person  # "Joint administrator Fiona Carmichael of the firm, Blackwood Reid, said": the firm's name
            if found is None and index > 0 and (group := collective_before(segments[index - 1], lex)) is not None:
                return group  # "le cabinet de la ministre des Transports, Josée Roux, a fait savoir"
            if found is None and index > 0 and ((" " not in mention.name or mention.organisation
                                                 or named_after_organisation_noun(segment, mention.name, lex)
                                                 or lex.adjectival_names and _ROLE_OF_NAMED_BODY_EN.fullmatch(segment) is not None)
                                                and role_then_its_complement(segment, mention, lex)
                                                or lex.adjectival_names and indefinite_role_at_en(segment, lex)
                                                or lex.adjectival_names and body_then_its_role(segment, mention, lex)
                                                or lex.adjectival_names and owned_role(segment, lex)
                                                or lex.adjectival_names and _body_role_of_a_person(segment, lex)
                                                or not lex.adjectival_names and _UNLISTED_ROLE_THEN_COMPLEMENT_FR.match(segment) is not None
                                                or lex.adjectival_names and COUNTRY_MODIFIED_ROLE.fullmatch(segment.strip()) is not None
                                                or lex.adjectival_names and mention.role and campus_town(segment, mention.name)) \
                    and names_a_person(segments[index - 1], lex):
                # "Marie Roux, coordinatrice de la paroisse Saint-Martin, affirme": the name in the
                # apposition belongs to the role's complement; the person is the segment before.
                role = clean_phrase(segment, lex)
                found = Mention(segment.strip(), role=role)
                continue
            if found is None and index > 0 and lex.adjectival_names and mention.role \
                    and _NAME_THEN_LOWER_CASE_ROLE.match(segment.strip()[len(mention.name):]) is not None \
                    and segment.strip().startswith(mention.name) and names_a_person(segments[index - 1], lex):
                # "Leah Fernandes, Hawaii Island chapter chair of the …, said": the place qualifies the role
                found = Mention(segment.strip(), role=clean_phrase(segment, lex))
                continue
            if not lex.adjectival_names and found is not None and index == len(segments) - 1 - (not segments[-1].strip()) - 1 \
                    and _POSSESSIVE_ROLE_FR.fullmatch(found.text) and _PARTICIPLE_AFTER_NAME_FR.search(segment):
                # headline "le SO Val-de-Garonne rétrogradé en Fédérale 1, son président dénonce …": a clause of its own, then
                # the subject, its role by a possessive
                return found
            if role and not mention.role:
                mention.role = role
            if lex.adjectival_names and not mention.organisation and (
                    found is not None and describes_a_body(found.text, lex)
                    or index > 0 and (noun := THE_NOUN.fullmatch(segments[index - 1].strip())) is not None
                    and fold(noun.group("noun")) in lex.companies | lex.organisation_nouns):
                # "Śląski Holding Węglowy (Silesian Coal Holding), the state-controlled operator", "The developer, X, said"
                mention.organisation = True
            if not lex.adjectival_names and not mention.organisation and index > 0 and found is None \
                    and (noun := _COMPANY_HEAD_FR.match(segments[index - 1])) is not None and fold(noun.group("noun")) in lex.companies \
                    and not is_first_name(mention.name.split()[0]):
                mention.organisation = True  # "Le principal fournisseur de la côte, Atlantic Shore Power, a prévenu": a company
            mention.text = segment.strip() if found is None else f"{segment.strip()}, {found.text}"
            return mention
        if found is None:
            found = mention
            role = mention.role
            continue
        return head_or_apposition(segment, mention, found, lex)
    return found
