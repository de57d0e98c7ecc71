"""English: an attribution closing its statement ("…, the agency's manager, Tom Ellery, said Thursday in a
statement."): its subject between the comma and the verb, and what may follow the verb without being a clause."""

from __future__ import annotations

import re

from claims.extract.state_names_en import STATE


# "…, the agency's regional manager, Tom Ellery,", "…, Ann Vale, the council's engineer,", "…, a
# spokesperson, who asked not to be named,": a subject and its apposition, each between commas,
# closing the sentence before its verb.
# ("…, Lebanon's central bank, the Banque du Liban (BDL), said.": a body's name too)
SUBJECT_IN_APPOSITION = re.compile(
    r",(?P<np>(?:\s+(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*)(?:\s+[\w'’.-]+){0,9}),\s+(?:the\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*\s+(?:(?:of|du|de|des|al|for)\s+)?){0,3}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+\([A-Z]{2,8}\))?"
    r"|\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*,\s+(?:[Tt]he|[Aa]n?|(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*(?:['’]s)?))(?:\s+[\w'’.-]+){0,9}"
    # ("…, the Quebec Maple Association (QMA), which represents 2,900 farms, said": a body's relative clause too)
    r"|\s+(?:[Tt]he|[Aa]n?|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}(?:\s+\([A-Z]{2,8}\))?,\s+(?:who|whose|which)\s(?:[^,]|(?<=\d),(?=\d)){1,80}"
    # ("…, the Association des acériculteurs du Québec (AAQ), a producers’ group representing about 2,900 farms, said")
    r"|(?P<body>\s+the\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+[\w'’.-]+){1,6}(?:\s+\([A-Z]{2,8}\))?)"
    r",\s+(?:a|an)(?:\s+[\w'’.-]+(?:,\d{3})*){1,9}"
    # "…, inspectors from the Care Quality Commission (CQC), the health and social care regulator in England, said"
    r"|(?P<people>\s+[a-z]+s\s+(?:from|at|of)\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*\s+(?:(?:of|for|and)\s+)?){0,5}"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+\([A-Z]{2,8}\))?),\s+(?:the|an?)(?:\s+[\w'’.-]+){1,9}),$")
# "…, a spokesperson for the Department of Agriculture, Food and the Marine": a subject naming a body
# whose portfolios are listed, closing the sentence before its verb.
BODY_WITH_LISTED_PORTFOLIOS = re.compile(
    r",\s+(?:(?:[Tt]he|[Aa]n?|[a-z][\w'’-]*)\s+){0,4}[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*(?:,\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*)*,?\s+(?:and|&)\s+(?:the\s+)?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*)*(?:\s+\([A-Z][A-Za-z]{1,9}\))?\s*$")
# "said Thursday, a setback for …", "said on Monday, another blow to …": after the verb's short
# adjunct, the narrator's noun phrase in apposition to the whole statement (no clause of the speaker).
NARRATOR_APPOSITION_AFTER_ADJUNCT = re.compile(
    r"(?:[\w'’.-]+\s+){0,3}[\w'’.-]+,\s+(?:a|an|another|the\s+latest)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:setback|blow|boost|victory|win|defeat|reversal|move|step|decision|sign|shift|turn|change|development|"
    r"rebuke|concession|signal|escalation|departure|milestone|record|jump|drop|rise|fall|increase|decline)\b")
# What opens an adjunct after the audience of "told" ("by phone", "in an email", "in Lagos").
ADJUNCT_OPENING = re.compile(r"\s*(?:by|in|on|at|via|over|from|during|after|before|outside|inside|ahead\s+of)\s")
CAPITALISED_WORD = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*")
FINDING_VERBS = frozenset(("find", "finds", "found", "show", "shows", "showed", "shown"))
PARENTHESES = re.compile(r"\([^()]*\)")
TIME_ADJUNCT = re.compile(r"(?:on|last|this|earlier|in)\s+(?:\w+\s*){1,3}|yesterday|today|on\s+\w+")
# "…, and a second deputy later reported the incident to a supervisor": a second clause, not an inverted subject
COORDINATOR_OPENING = re.compile(r"\s*(?:and|but)\s")
NOUN_OBJECT_AFTER = re.compile(r"(?:the|a|an|his|her|its|their)\s+[a-z]")
# The head of a document or body that finds: "a report released last year by …", "study", "figures".
DOCUMENT_HEAD = re.compile(
    r"\s*(?:(?:a|an|the|its|their|new|latest|official)\s+){0,2}(?:[\w-]+\s+){0,2}?(?:report|study|survey|analysis|review|"
    r"audit|data|figures|research|poll|inquiry|investigation|paper|assessment|census|statistics)\b", re.IGNORECASE)
# "…, the Victorian Environment Protection Authority (EPA Vic) said", parentheses left out: an organisation's full name.
# "the community trust that runs the site", "the group that brought the case": a described body or person, its
# relative clause short (or reduced: "the accountancy firm appointed to run it").
HEAD_THEN_SHORT_RELATIVE = re.compile(r"\s*the\s+(?:[a-z][\w-]*\s+){1,3}(?:(?:that|which|who)\s+[a-z]+(?:s|ed|ght)|"
                                      r"(?:appointed|hired|engaged|retained|commissioned)\s+(?:to|by))"
                                      r"\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*")
KIND_THEN_BODY_NAME = re.compile(r"\s*(?:the\s+)?(?:[a-z-]+\s+){0,3}(?P<noun>[a-z]+)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*"
                                 r"(?:\s+(?:(?:del|de|di|da|do|dos|du|des|la|el|of|the)\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.&-]*){0,4}\s*")
# ("the Ministry of Foreign Affairs in Lusaka": with its seat)
LONG_PROPER_NAME = re.compile(r"\s*(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*(?:\s+(?:of|and|for|on|the|&|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*))+"
                              r"(?:\s+in\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*)?\s*")
# "the press service of the City Council", "the Western Bahr el Ghazal branch of the South Sudan Teachers' Union": a
# unit or a role of a body named in full (and its members: "members of the Karuthi Hills Farmers' Cooperative Society";
# one of its people: "a spokesman for the Water Authority of Jordan").
# (or one the article names in lower case after its place: "the press service of the Tashkent city
# khokimiyat", "the press office of the town council")
UNIT_OF_NAMED_BODY = re.compile(r"\s*(?:the\s+|an?\s+(?=[a-z][\w-]*\s+(?:of|at|for)\s)|(?=[a-z]+s\s+(?:of|at|for)\s+the\s))(?:(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*|el|al)\s+){0,5}(?:[a-z][\w-]*\s+){1,3}(?:of|at|for)\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*"
                                r"(?:\s+(?:of|and|for|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’.-]*))*(?:\s+[a-z][\w-]*){0,2}|(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*")
# The document a statement was made in, maybe to whom, and who carried it or when it was made public ("in a statement
# carried by the Bahrain News Agency", "in a letter to the city made public Wednesday").
STATEMENT_ADJUNCT = re.compile(r"(?:in|on)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?(?:statement|post|release|interview|letter|report|email)"
                               r"(?:\s+to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:carried|published|posted|released|issued|quoted|reported"
                               r"|relayed)\s+(?:by|on)\s+[^,;]+|(?:made\s+public|released|published|dated)\b[^,;]*)$"
                               # "…, the bank said in a filing to the Hong Kong Stock Exchange.": the body it was made to
                               r"|(?:in|on)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?(?:statement|filing|release|letter|notice|submission)"
                               r"\s+(?:to|with)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w&'’.-]*){0,6}\s*[.!?]?\s*$")
# English: a state's name after a town's ("in Oshkosh, Wisconsin said"): the subject goes back past it.
STATE_NAME = re.compile(rf"\s*{STATE}\s*")
IN_PLACE_CLOSING = re.compile(r"\bin\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
# Where and at what a statement was made, a chain of prepositional phrases closing its sentence.
PLACES_AND_OCCASIONS = re.compile(
    r"(?:\s*(?:during|at|in|on|after|before|outside|inside|near|from)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)+\s*[.!?]?\s*")
# ("Figures published last month by the trade body UK Steel showed": what the author is, then its name)
DOCUMENT_AUTHOR = re.compile(r"(?<!\bseen )(?<!obtained )(?<!reviewed )(?<!\bviewed )\bby\s+(?:the\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?"
                             r"(?P<np>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^,;]*?)(?:\s+for\s+(?:the\s+)?(?:daily|newspaper|broadcaster|channel|magazine|weekly)\s[^,;]*)?$")
EN_PARTICIPLE_FIRST = re.compile(r"[a-z]{3,}ing\b")
DOCUMENT_AFTER_COMMA = re.compile(
    r",\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:report|study|survey|analysis|review|audit|poll)\b[^,]{0,80}$")


# English: after a time adjunct and its comma, the circumstance the writer adds ("said Thursday, with crude prices near $58").
CIRCUMSTANCE_AFTER_ADJUNCT = re.compile(
    r"\s*(?:as|with|while|amid|after|before|when|citing|despite|following|in\s+(?:a|an)\s+(?![^,.;]*\bthat\b)"  # ("…, in a dispute over …")
    r"|(?:(?:just|only|barely|some)\s+)?(?:an?|one|two|three|four|five|six|several|\d+)?\s*"
    r"(?:minutes?|hours?|days?|weeks?|months?)\s+(?:after|before))\b")  # ("…, said yesterday, a day after …")
# English: the document a finding was made in, closing the sentence ("in findings released on Monday", "in her report").
FINDINGS_MEDIUM = re.compile(r"in\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:findings|report|ruling|judgment|judgement|decision|verdict)(?:\s+[^,;:]{1,40})?")
# English: the medium a statement was made in, closing the sentence ("in a news release", "in an email").
STATEMENT_MEDIUM_TAIL = re.compile(r"(?:in|on|via)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}"
                                   r"(?:statement|release|email|e-mail|post|interview|letter|video|tweet)\s*")


# English: the day a statement was made, then its "that" ("said Tuesday that …").
DAY_THEN_THAT = re.compile(r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+week)"
                           r"|(?:after|before|during|following|outside|at)\s+(?:the|a|an|his|her|their|its)\s+[a-z-]+(?:\s+[a-z-]+)?)"
                           r"\s+that\b"  # ("said after the hearing that …")
                           r"|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:it|they|he|she|we)"
                           r"\s+(?:will|would|had|has|have|was|were|is|are|could|plans|expects)\b")  # ("said Tuesday it will appeal")
