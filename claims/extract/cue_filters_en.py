"""English reporting verb forms that report nothing where they stand: the filters `CuePatterns.finditer` applies to an
English text's verb forms."""

from __future__ import annotations

import re

from claims.extract.clause_starts import sure_clause_en
from claims.extract.entities import is_negated
from claims.extract.lang import en as _en


_EN_PASSIVE_ENDINGS = ("was", "were", "is", "are", "be", "been", "being", "can", "may", "might", "will", "would",
                       "could", "should", "must", "ly", "later", "also", "then", "first", "since", "never", "not", "soon",
                       "once", "still", "already")


def ends_with_word(text: str, start: int, end: int, endings: tuple[str, ...]) -> bool:
    """Whether text[start:end], without trailing whitespace and commas, ends with one of `endings`
    (lower case, "'" for either apostrophe)."""
    tail = text[start:end].rstrip()
    while tail.endswith(","):
        tail = tail[:-1].rstrip()
    return tail[-24:].lower().replace("’", "'").endswith(endings)


_EN_PASSIVE_BEFORE = re.compile(
    r"\b(?:(?:was|were|is|are|be|been|being)\s+(?:(?:\w+ly|later|also|then|first|since|never|not|soon|once|still|already)\s+)?"
    r"|(?:can|may|might|will|would|could|should|must)\s+(?:\w+ly\s+)?)$", re.IGNORECASE)
# "is reminding", "were warning": the progressive's auxiliary right before an -ing verb
EN_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$")
_EN_THAT_SOON = re.compile(r"(?:\s+[\w'’-]+){0,3}\s+that\s")
_EN_ON_CONDITION_THAT = re.compile(r"\s+on\s+(?:the\s+)?condition\s+that\b")
# English "have" + its object + a participle: "homes have had damp or mould reported this year" (what happened
# to them, no one reporting).
_EN_HAD_OBJECT_BEFORE = re.compile(r"\b(?:had|have|has|having)\s+(?:[a-z][\w-]*\s+){1,5}$")
_EN_PREPOSITION_BEFORE = re.compile(
    r"(?:(?<![\w’'])(?:over|of|for|with|about|against|on|in|by|from|into|amid|after|before|under|despite|when|while|upon|"
    r"without)|\w['’]s)\s+$",
    re.IGNORECASE)
_EN_NOUN_THEN_PREPOSITION = re.compile(
    r"\s+(?!(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|his|her|its|their|our|some|no|all|both|"
    r"one|two|three|several|many|most|more|nobody|everyone)\b)[a-z][\w-]*\s+(?:to|of|with|for|on|against|at|between)\b")
# The rest of a sentence after a verb (where "showed" may open a clause).
_SENTENCE_REST = re.compile(r"[^.;!?\n]{0,300}")
# A pronoun's act that dates an event ("…, eleven days after she told …"), inside a sentence that reports a clause.
_PRONOUN_AFTER_EVENT_BEFORE = re.compile(r"\b(?:after|before|when|until|since)\s+(?:she|he|they|it|I|we)\s+(?:had\s+)?$")
_REPORTED_THAT_BEFORE = re.compile(r"\b(?:said|says|found|finds|ruled|rules|heard|concluded|told\s+[\w\s]{1,40}?)\s+that\b[^.;!?\n]*$")
# What "warning" makes a compound noun of ("rip warning signs", "an early warning system").
_WARNING_COMPOUND_NEXT = re.compile(r"\s+(?:signs?|signage|lights?|labels?|shots?|systems?|sirens?|flags?|triangles?|tape|notices?|"
                                    r"letters?|levels?|areas?|zones?|periods?|boards?|messages?"
                                    # (or what befalls it in a headline: "Heat warning extended in southern Quebec")
                                    r"|extended|issued|lifted|upgraded|downgraded|cancell?ed|canceled|expires|expired|remains|"
                                    r"in\s+(?:place|effect|force))\b")
# English verbs whose object is whom they address, maybe then where ("reminded jurors at the opening of the inquest that").
_EN_AUDIENCE_FIRST = frozenset(("reminded", "informed", "assured"))


def name_with_number_before(markers: str, not_names: str) -> re.Pattern:
    """A name that ends with a number right before a verb ("No 10 insists", "le collectif
    Navetteurs 162 affirme"): a subject, no quantity. MARKERS are the number's own words ("No",
    "n°"); NOT_NAMES the capitalised words that open no name ("The", "Le", the months)."""
    return re.compile(rf"(?<![\w-])(?:{markers}|(?!(?:{not_names})\b)[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*)\s+\d+\s+$")


# English "to <verb> and " right before a cue: the cue is the second of two infinitives.
_EN_INFINITIVE_THEN_AND_BEFORE = re.compile(r"\bto\s+[a-z]+\s+and\s+$")
_EN_STEMS = frozenset(_en.REPORTING_VERB_STEMS)
# What an authority may refuse to grant ("denied parole to", "denies bail", "denied a licence").
_GRANTED_THING_NEXT = re.compile(r"\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:release|parole|bail|entry|access|permission|request|application"
                                 r"|appeal|visa|licence|license|permits?|funding|approval|asylum|leave)\b")
_EN_COMPOUND_NOUNS = {
    "comment": re.compile(r"\s+(?:period|periods|section|box|card|form|forms|deadline|window)\b"),
    "report": re.compile(r"\s+(?:card|cards|form|forms)\b"),
    "claim": re.compile(r"\s+(?:form|forms|process|window)\b"),
    "question": re.compile(r"\s+(?:time|mark|marks|period)\b"),
}
# A verb and its "that" right before a cue word: the clause opens there, so the word is no verb of
# speech ("show that forecast spending had risen").
_EN_VERB_THEN_THAT_BEFORE = re.compile(
    r"\b(?:shows?|showed|shown|said|says|say|found|finds|find|suggests?|suggested|indicates?|indicated|reveals?|revealed"
    r"|confirms?|confirmed|means?|meant)\s+that\s+$")
_EN_VERB_AFTER_NOUN = re.compile(r"\s+(?:finds|found|says|said|shows|showed|suggests|warns|concludes|claims)\b")
# An owner, then at most two singular modifiers ("its own pay dispute"; "their members say" has a subject).
_EN_POSSESSIVE_BEFORE = re.compile(r"\b(?:(?:its|their|our|my|your|his)\s+|her\s+own\s+)(?:own\s+)?(?:[a-z][a-z-]*[^\Ws]\s+){0,2}$",
                                   re.IGNORECASE)
# "calls from growers": the noun, its senders next.
_FROM_NEXT = re.compile(r"\s+from\s")
# English: a lower-case noun right after, no determiner, pronoun nor complementiser ("stress hotline", not "stress
# that", "stress the need").
_NOUN_OF_A_COMPOUND_NEXT_EN = re.compile(r"\s+(?!(?:that|the|a|an|its|their|his|her|our|this|these|those|how|what|why|to|it|they|we)\b)"
                                         r"[a-z]{3,}\b")
# A determiner and up to three lower-case modifiers: what a compound noun opens with ("the environmental dispute division").
_DETERMINER_AND_MODIFIERS_BEFORE_EN = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|[a-z]+['’]s)\s+(?:[a-z-]+\s+){0,3}$")
# "object to", "object that": the verb (else "object" is a thing).
_TO_OR_THAT_NEXT = re.compile(r"\s+(?:to|that)\b")
_EN_NOUN_MARK_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|its|our|my|your|in|of|with|for|from|amid|despite|after|about|at|on|to|over|into|against)"
    r"|(?<![\w.,])\d(?:[\d,.]*\d)?|\w['’]s)\s+$",  # ("Lopez's comments came after …")
    re.IGNORECASE)
# "kept members informed", "well informed": a state before "informed", no telling.
_EN_KEPT_BEFORE = re.compile(r"\b(?:keep|keeps|kept|keeping|stay|stays|stayed|remain|remains|remained|well|fully)\s+(?:[\w'’-]+\s+){0,3}$")
# Nouns of the reporting kind after a preposition and an acronym or a lower-case modifier ("with EU rules", "under new rules").
_EN_NOUNS_AFTER_MODIFIER = frozenset(("rules", "claims", "reports", "notes", "comments", "warnings", "statements", "remarks"))
_EN_PREPOSITION_AND_MODIFIER_BEFORE = re.compile(r"\b(?:with|under|of|by|in|from|for|to)\s+(?:[A-Z]{2,}|[a-z]{3,})\s+$")
# What "show" reports for: "new figures showing …", "The figures, released by the ABS, show …".
_EN_FINDINGS_BEFORE = re.compile(
    r"\b(?:figures|data|statistics|numbers|study|studies|survey|surveys|poll|polls|report|research|analysis|"
    r"estimates|census|results|records|documents|papers?|filings?|disclosures?|website|tests|analyses|reports|polling|projections|presentation|map|maps|audit|review|inspection|assessment)(?:,[^,.;]{1,80},"
    # "A presentation by the district's business manager at the meeting showed …"
    r"|\s+(?:by|to)\s+[^,.;]{1,80}?"  # ("A separate paper to the board showed …")
    # "Data published on Tuesday by NHS England showed …"
    # (and by whom, under what: "Figures released by X under the Freedom of Information Act show …")
    r"|\s+(?:published|released|issued|compiled|collected|gathered|presented|obtained|tabled|filed|seen|reviewed|leaked)\s[^,.;]{1,130}?"
    r"|\s+from\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^.;]{1,80}?)?"  # ("Figures from the Department of Agriculture, Food and …")
    r"(?:,\s+(?:a|an|the)\s[^,.;]{1,80},)?"  # (and the agent's apposition: "obtained by the Highland Ledger, a weekly newspaper,")
    r"(?:\s+(?:also|clearly|further|again|previously))?\s+$",  # ("The figures also showed that …")
    re.IGNORECASE)
# A verb right after a word in -s: that word is its plural subject, no reporting verb ("claims took months").
_EN_PLURAL_SUBJECT_VERB_NEXT = re.compile(r"\s+(?:were|are|have|had|took|rose|fell|grew|went|came|remain|remained|topped|jumped|"
                                          r"soared|doubled|tripled|reached|surged|dropped|climbed)\b"
                                          # "…, which has pressed for tougher spill rules, said": the clause ends on the noun
                                          r"|,\s+(?:said|says|told|added|announced)\b")
_EN_SHARE_COMPOUND_BEFORE = re.compile(r"\b(?:market|profit|revenue|vote|voter|audience|fair|majority|minority|lion['’]s"
                                       # "farmers who hold shares in the ethanol plants": what they own
                                       r"|hold|holds|held|holding|own|owns|owned|bought|sold|buy|sell|selling|buying|their|its)\s+$",
                                       re.IGNORECASE)
_EN_NAME_WITH_NUMBER_BEFORE = name_with_number_before(  # ("No 10 insists", "Channel 4 said")
    r"No\.?|Number", "The|A|An|In|On|Of|By|At|For|To|About|Over|Some|All|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    "|January|February|March|April|May|June|July|August|September|October|November|December")
# The verbs that report only after a document's noun ("the report states", "the forecast projects that").
_EN_DOCUMENT_VERBS = frozenset(("states", "state", "projects", "project", "projected"))
# A document's noun before "states" ("the inspection report states"): the verb, not the places.
_EN_DOCUMENT_BEFORE = re.compile(
    r"\b(?:report|letter|lawsuit|suit|complaint|document|filing|affidavit|indictment|memo|order|ruling|judgment|policy"
    r"|law|bill|notice|release|petition|motion|contract|agreement|audit|review|statement|warrant|citation|summary"
    r"|application|submission|proposal|plan|study|survey|assessment|analysis|paper|forecast|budget|model|projection|estimate"
    r"|charge\s+sheet|judgement|verdict|transcript|minutes|constitution|guidance|rules)s?"
    # ("The report, which the Sunday Standard has seen, states"; "A report by the board of management of X, submitted to
    # the Department in September, states")
    r"(?:\s+(?:by|from|of|to)\s[^,]{1,80})?(?:,\s+(?:(?:which|that)\s[^,]{1,60}|[a-z]+ed\s[^,]{1,80}),)?\s+$")  # ("… application to the …")
# A hearing's noun before "heard" ("The court heard that …"): what the hearing was told, by no one named.
# A subject of up to three words, then its finite verb ("heard Pocock filled", "heard the money was taken").
_CLAUSE_RIGHT_AFTER = re.compile(r"\s+(?!(?:a|an)\s)(?:[\w'’-]+\s+){1,3}?(?:was|were|had|has|is|are|would|could|[a-z]{3,}ed)\b")
# "…, the court heard.", "…, the court heard on Friday last."
_HEARING_DAY = (r"(?:\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|week)"
                r"(?:\s+last)?)?")
_HEARD_CLOSING = re.compile(_HEARING_DAY + r"[ \t]*(?:[.!?]|\n|\Z)")  # (a standfirst may end with no full stop)
_HEARING_TOLD_CLOSING = re.compile(r",\s+(?:the\s+)?(?:[Cc]ourt|inquest|tribunal|hearing|jury|committee|meeting|panel|council|assembly)"
                                  r"\s+(?:was|were)\s+told" + _HEARING_DAY + "[.!?]")
_EN_HEARING_BEFORE = re.compile(r"\b(?:[Cc]ourt|inquest|tribunal|panel|hearing|jury|trial)\s+$")
# A preposition, a determiner and up to four singular modifiers before a verb that is also a noun: a noun.
_EN_VERBS_ALSO_NOUNS = frozenset(("report", "claim", "note", "comment", "reply", "answer", "estimate", "forecast", "promise"))
_EN_DETERMINED_NOUN_BEFORE = re.compile(r"\b(?:in|with|under|from)\s+(?:its|his|her|their|our|the|a|an|this)\s+(?:[\w-]*[^\Ws]\s+){0,4}$")
_EN_ORDINAL_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|its|his|her|their)\s+(?:first|second|third|last|latest|only|initial|earlier|previous|final)\s+$",
    re.IGNORECASE)
_EN_QUANTIFIER_BEFORE = re.compile(
    r"(?:\b(?:any|no|every|each|further|million|billion|thousand|hundred|dozen)|(?<![\w.,])\d(?:[\d,.]*\d)?)\s+$", re.IGNORECASE)
# A sum after "added" ("would have added about $310", "added 40 minutes"): arithmetic, no speech.
_EN_AMOUNT_NEXT = re.compile(
    r"\s+(?:(?:about|around|roughly|nearly|almost|more\s+than|up\s+to|another|an\s+extra|an\s+additional)\s+)?"
    r"(?:[$£€¥]\s?\d|\d[\d,.]*\s*(?:%|percent|per\s+cent|cents?|pence|dollars|pounds|euros|million|billion|jobs|hours|minutes"
    r"|points|kilometres|miles)\b)")
# Stems that are nouns too, after a word that only goes before a noun ("during public comment").
_FOUND_IN_A_STATE_NEXT = re.compile(r"\s+(?:dead|alive|guilty|not\s+guilty|unconscious|injured|safe|unharmed|abandoned|buried|floating|hanging|lying)\b")
# "where doctors declared him dead", "the municipal health authority declared an epidemic": a status pronounced, no
# statement reported.
_DECLARED_A_STATUS_NEXT = re.compile(r"\s+(?:(?:(?:him|her|them|it)\s+)?(?:dead|deceased|brain[\s-]dead|missing|bankrupt|insolvent)"
                                     r"|(?:an?\s+)?(?:epidemic|outbreak|state\s+of\s+(?:emergency|disaster|calamity)|curfew))\b")
_EN_PLURAL_NOUN_FORMS = frozenset(("calls", "reports", "claims", "notes", "comments", "replies", "answers", "estimates",
                                   "forecasts", "promises", "warnings"))
# A perfect's participle ("had gained calls"; not a passive's: "The man who was arrested claims") or a
# quantifier before the noun.
_EN_OBJECT_NOUN_BEFORE = re.compile(r"(?:\b(?:had|has|have|having)\s+(?:(?!been\s)[a-z]+\s+)?[a-z]{3,}ed|\b(?:more|fewer|many|several|some|no|few|\d[\d,]*))\s+$")
_EN_BARE_NOUNS = frozenset(("comment", "report", "reply", "answer", "claim", "statement", "post", "tweet", "remark"))
_EN_NOUN_MODIFIER_BEFORE = re.compile(r"\b(?:public|official|initial|written|formal|brief|during|without|for)\s+$", re.IGNORECASE)
_EN_YEAR_ADJUNCT_BEFORE = re.compile(r"\b(?:in|since|until|from|before|after|during)\s+(?:19|20)\d\d\s+$")
# A day of a month before the verb ("A WHO situation report published on November 12 said"): a date, no quantity.
_EN_DAY_OF_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(_en.FULL_MONTH_NAMES) + r")\s+\d{1,2}(?:st|nd|rd|th)?\s+$")
_TO_NEXT = re.compile(r"\s+to\s")
_FOR_NEXT = re.compile(r"\s+(?:for|on)\s")
_TO_THEN_AS_NEXT = re.compile(r"\s+to\s+[^.;:!?\"“”]{1,80}?\sas\s")
_SPEECH_GERUNDS = frozenset(("saying", "telling"))
_SIGN_BEFORE = re.compile(r"\b(?:banners?|signs?|placards?|posters?|plaques?|slogans?|t-shirts?|billboards?|graffiti)\s+$",
                          re.IGNORECASE)
_PREPOSITION_INDEFINITE_BEFORE = re.compile(r"\b(?:in|on|via|through|with)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_THAT_NEXT = re.compile(r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?that\b", re.IGNORECASE)
_EN_PEOPLE_ADMITTED_NEXT = re.compile(
    r"\s+(?:new\s+|more\s+|any\s+|no\s+|\d[\d,]*\s+)?(?:students|patients|pupils|children|people|members|applicants|visitors"
    r"|refugees|migrants)\b")
_EN_QUESTION_WORD_NEXT = re.compile(r"\s*(?:which|whether|how|when|why|what|who|whom|where|if)\b")
# "a flash flood warning", "a Facebook post": a verb form ending an indefinite noun phrase.
# ("a Right to Information (RTI) reply obtained by …": a name's initials in brackets among them)
_EN_INDEFINITE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Aa]|[Aa]n|(?<=\bin )(?:its|his|her|their))\s+(?:(?P<last>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z][\w-]*)\s+){0,3}"
                                   r"(?:\([A-Z]{2,8}\)\s+)?$")
_EN_ROLES = frozenset(role.lower() for role in _en.ROLE_WORDS)
_NOMINAL_FORMS = frozenset(_en.NOMINAL_VERB_FORMS)


def _noun_in_indefinite_phrase(text: str, begin: int) -> bool:
    """A verb form after "a"/"an" and at most three words, the last not a person
    ("a spokesman warning that …" has a speaker): "issued a flash flood warning covering …"."""
    phrase = _EN_INDEFINITE_BEFORE.search(text, max(0, begin - 40), begin)
    if phrase is None:
        return False
    last = phrase.group("last")
    return last is None or (last.lower() not in _EN_ROLES and last.lower().removesuffix("s") not in _EN_ROLES)


def _gerund(text: str, begin: int, end: int, verb: str) -> bool:
    """An -ing form right after a preposition, with no "that" clause: "by observing the area" is
    a means, not a statement ("after saying he would resign" is one)."""
    return (
        verb.lower() not in _SPEECH_GERUNDS and _EN_PREPOSITION_BEFORE.search(text, max(0, begin - 9), begin) is not None
        and _THAT_NEXT.match(text, end) is None
    )


# English verbs that judge a thing ("dismissed", "rejected", "denounced", "decried"): a cue only before their
# quoted verdict after "as" ("dismissed the petition as "a tactic to delay the inevitable"").
JUDGING_STEMS_EN = ("dismiss", "reject", "denounc", "decr")
_VERDICT_AFTER_AS = re.compile(r"[^.;:!?\"“]{1,140}?\sas\s+[\"“]")  # (the object may carry a relative clause)


def not_a_report_en(text: str, end: int, hit: re.Match, verb: str, aux: str | None, begin: int, begin_token: int,
                    verbs: re.Pattern) -> bool:
    """English: whether the reporting verb form HIT found reports nothing where it stands (a noun after its determiner or
    owner, a passive or modal, an infinitive, a gerund after a preposition, a compound noun), given its auxiliary AUX,
    from BEGIN; VERBS, the reporting forms, tell a plural noun then its verb."""
    if verb.lower().startswith(JUDGING_STEMS_EN) and _VERDICT_AFTER_AS.match(text, hit.end(), end) is None:
        return True  # "dismissed the tort claims last year": a judgement, no statement (but "dismissed it as "…"")
    if aux is not None and is_negated(text[begin:begin_token], "en") \
            and (verb.lower().startswith("comment") or _EN_QUESTION_WORD_NEXT.match(text, hit.end())):
        return True  # "The unit did not say which matches were involved", "would not comment further": nothing said
    if verb[:5].lower() == "admit" and _EN_PEOPLE_ADMITTED_NEXT.match(text, hit.end()):
        return True  # "would stop admitting students", "admitted 40 patients": let in, no admission
    if verb.lower() == "informed" and _EN_KEPT_BEFORE.search(text, max(0, begin_token - 40), begin_token):
        return True  # "how it kept members informed": a state, no telling
    if aux is None and verb.lower() == "stress" and _NOUN_OF_A_COMPOUND_NEXT_EN.match(text, hit.end()):
        return True  # "A farm stress hotline set up by the state": a noun of the compound, no stressing
    if aux is None and verb.lower() == "dispute" and _NOUN_OF_A_COMPOUND_NEXT_EN.match(text, hit.end()) \
            and _DETERMINER_AND_MODIFIERS_BEFORE_EN.search(text, max(0, begin_token - 40), begin_token):
        return True  # "who heads the ministry's environmental dispute division": a noun of the compound, no disputing
    if aux is None and verb.lower() == "object" and not _TO_OR_THAT_NEXT.match(text, hit.end()):
        return True  # "the faint, fuzzy object in images taken …": a thing, no objection
    if verb.lower() == "think" and text[hit.end():hit.end() + 5] in (" tank", "-tank"):
        return True  # "the Quito-based think tank Grupo Faro": a noun
    if verb[:5].lower() == "share" and _EN_SHARE_COMPOUND_BEFORE.search(
        text, max(0, begin_token - 12), begin_token
    ):
        return True  # "losing market share to rivals": a noun
    if verb[:4].lower() == "show" and not _EN_FINDINGS_BEFORE.search(
        text, max(0, begin_token - 160), begin_token
    ):
        return True  # "show" reports only what figures, data or a study show ("He showed them the roof")
    if aux is None and verb.lower() in ("calls", "call") and _FROM_NEXT.match(text, hit.end()):
        return True  # 'had turned down "at least a dozen" calls from growers': the noun
    if aux is None and verb[-1:] == "s" and (_EN_NOUN_MARK_BEFORE.search(
        text, max(0, begin_token - 8), begin_token
    ) and not _EN_NAME_WITH_NUMBER_BEFORE.search(text, max(0, begin_token - 16), begin_token)
        # "Initial reports stated", "Hurricane Fay claims took months": a noun, a verb next (but never "says": "allowances
        # which the union says have not been paid")
        or verb.lower() != "says" and (verbs.match(text, hit.end() + 1) is not None
                                       or _EN_PLURAL_SUBJECT_VERB_NEXT.match(text, hit.end()) is not None)
        or verb.lower() in _EN_NOUNS_AFTER_MODIFIER
        and _EN_PREPOSITION_AND_MODIFIER_BEFORE.search(text, max(0, begin_token - 24), begin_token) is not None):
        return True  # "his January 2 remarks", "their claims", "complied with EU rules on …": a plural noun
    if aux is None and verb.lower() in _EN_STEMS \
            and _EN_POSSESSIVE_BEFORE.search(text, max(0, begin_token - 16), begin_token):
        return True  # "which settled its own dispute in September, said": a noun after its owner
    if ends_with_word(text, max(0, begin_token - 30), begin_token, _EN_PASSIVE_ENDINGS) \
            and (passive := _EN_PASSIVE_BEFORE.search(text, max(0, begin_token - 30), begin_token)) \
            and not (text[passive.start()].isupper() and text[:passive.start()].rstrip()[-1:] in (",", "\"", "”")) \
            and not (verb == "told" and _HEARING_TOLD_CLOSING.search(text, max(0, begin_token - 30), hit.end() + 24)) \
            and not (verb[-3:] == "ing" and EN_PROGRESSIVE_BEFORE.search(text, max(0, begin_token - 8), begin_token)
                     and _EN_THAT_SOON.match(text, hit.end())):
        return True  # "33 were reported hospitalised", "may declare": passive or modal, not a report (but '"…," Were
        # said', '"…," May said': a surname after the quotation)
        # (but "the sheriff is reminding riders that …": the progressive, a report)
        # (but "…, the court was told.": what a hearing was told, by no one named)
    if aux is None and verb == "reported" \
            and _EN_HAD_OBJECT_BEFORE.search(text, max(0, begin_token - 50), begin_token):
        return True  # "homes have had damp or mould reported this year": a participle after "have" and its object
    if aux is None and text[max(0, begin_token - 3):begin_token].lower() == "to " \
            and not text[max(0, begin_token - 4):max(0, begin_token - 3)].isalnum():  # not "Sarmiento said"
        return True  # "agreed to add": an infinitive, not a statement
    if aux is None and verb.lower() in _EN_STEMS \
            and _EN_INFINITIVE_THEN_AND_BEFORE.search(text, max(0, begin_token - 30), begin_token):
        return True  # "requires health boards to calculate and maintain safe nurse numbers": a second infinitive
    if verb.endswith("ed") and (
        (aux is None and _EN_PREPOSITION_BEFORE.search(text, max(0, begin_token - 9), begin_token))
        or _EN_NOUN_THEN_PREPOSITION.match(text, hit.end()) and verb.lower() not in _EN_AUDIENCE_FIRST
        # (but a finding's clause: "the presentation showed enrollment at Waterville has fallen")
        and not (verb.lower() == "showed" and sure_clause_en(text, hit.end(), _SENTENCE_REST.match(text, hit.end()).end()))
    ):
        return True  # "over alleged plots", "has alleged ties to": an adjective, or a noun object
    if aux is None and _EN_QUANTIFIER_BEFORE.search(text, max(0, begin_token - 10), begin_token) \
            and not _EN_NAME_WITH_NUMBER_BEFORE.search(text, max(0, begin_token - 16), begin_token) \
            and not _EN_YEAR_ADJUNCT_BEFORE.search(text, max(0, begin_token - 16), begin_token) \
            and not _EN_DAY_OF_MONTH_BEFORE.search(text, max(0, begin_token - 16), begin_token):  # ("moved in 2024 say", "on May 3 said")
        return True  # "before any comment", "no reply", "one million confirmed infections": a noun or an adjective
    if aux is None and verb in _EN_BARE_NOUNS and _EN_NOUN_MODIFIER_BEFORE.search(
            text, max(0, begin_token - 10), begin_token):
        return True  # "who spoke during public comment", "after further comment": the noun
    if verb.lower().startswith("spo") and _EN_ON_CONDITION_THAT.match(text, hit.end()):
        return True  # "who spoke on condition that she not be named": the terms of speaking, not what was said
    if verb.lower().startswith("add") and _EN_AMOUNT_NEXT.match(text, hit.end()):
        return True  # "the bond would have added about $310 a year": a sum, no speech
    if verb in _EN_DOCUMENT_VERBS \
            and not _EN_DOCUMENT_BEFORE.search(text, max(0, begin_token - 200), begin_token):
        return True  # "the United States", "member states say", "the projects": nouns (but "the report states")
    if verb == "heard" and (
        not _EN_HEARING_BEFORE.search(text, max(0, begin_token - 16), begin_token)
        or not (_THAT_NEXT.match(text, hit.end()) or _CLAUSE_RIGHT_AFTER.match(text, hit.end())
                or _HEARD_CLOSING.match(text, hit.end()) and text[max(0, begin_token - 22):begin_token].find(",") != -1)
    ):
        # "she heard that …", "the court heard a petition by residents who …": a listener, a thing heard (but
        # "The court heard that …", "The court heard Pocock filled jerry cans …")
        return True
    if aux is None and verb in _EN_VERBS_ALSO_NOUNS \
            and _EN_DETERMINED_NOUN_BEFORE.search(text, max(0, begin_token - 48), begin_token):
        return True  # "warned in its 2026 resource adequacy report that …": a noun after its modifiers
    if _EN_ORDINAL_NOUN_BEFORE.search(text, max(0, begin_token - 24), begin_token):
        return True  # "this is the first report of a protester being shot": a noun
    if aux is None and verb.lower() in ("saying", "reading") \
            and _SIGN_BEFORE.search(text, max(0, begin_token - 16), begin_token):
        return True  # "a banner saying "united in diversity"": a slogan, no one's statement
    if verb.lower().startswith(("respond", "repl")) and _TO_NEXT.match(text, hit.end()):
        return True  # "police responded to a shooting": not a statement
    if verb.lower().startswith("refer") and not _TO_THEN_AS_NEXT.match(text, hit.end()):
        return True  # "referred the case to a judge": only "referred to X as "…"" names a view
    if aux is None and verb.lower() in _EN_PLURAL_NOUN_FORMS \
            and _EN_OBJECT_NOUN_BEFORE.search(text, max(0, begin_token - 30), begin_token):
        return True  # "Napier had gained calls", "received more reports": a plural noun, the object
    if verb.lower().startswith("den") and _GRANTED_THING_NEXT.match(text, hit.end()):
        return True  # "parole board denies release to man …": a thing refused, no denial of a statement
    if verb.lower() == "found" and _FOUND_IN_A_STATE_NEXT.match(text, hit.end()):
        return True  # "A hen harrier found dead on a hill farm": a state the thing was found in, no finding
    if verb.lower() in ("declared", "declares", "declare", "pronounced") and _DECLARED_A_STATUS_NEXT.match(text, hit.end()):
        return True  # "where doctors declared him dead"
    if aux is None and (when := _PRONOUN_AFTER_EVENT_BEFORE.search(text, max(0, begin_token - 50), begin_token)) \
            and _REPORTED_THAT_BEFORE.search(text, max(0, when.start() - 300), when.start()):
        return True  # "found that the firm had dismissed her eleven days after she told her line manager she was pregnant": the
        # telling is an event of the reported statement, not a second one
    if verb.lower() == "warning" and _WARNING_COMPOUND_NEXT.match(text, hit.end()):
        return True  # "calls for rip warning signs", "flood warning system": a compound noun
    if verb.lower().startswith("call") and _FOR_NEXT.match(text, hit.end()):
        return True  # "the plan calls for an increase": a demand, not a statement
    if aux is None and verb.endswith("ing") and _gerund(text, begin_token, hit.end(), verb):
        return True  # "by observing the area", "for describing": a gerund after a preposition
    if aux is None and verb.lower() in _NOMINAL_FORMS and (
        _THAT_NEXT.match(text, hit.end()) is None
        or _PREPOSITION_INDEFINITE_BEFORE.search(text, max(0, begin_token - 40), begin_token) is not None
    ) and _noun_in_indefinite_phrase(text, begin_token):  # (also "wrote in a blog post that …")
        return True  # "issued a flash flood warning covering …", "in a Facebook post on Tuesday": a noun
    if aux is None and verb.lower() in ("report", "reports", "study", "studies") \
            and _EN_VERB_AFTER_NOUN.match(text, hit.end()):
        return True  # "…, report finds", "a report says": the noun, then its own verb
    if aux is None and (compound := _EN_COMPOUND_NOUNS.get(verb.lower())) is not None \
            and compound.match(text, hit.end()):
        return True  # "during the public comment period", "said in question time": a compound noun
    if aux is None and _EN_VERB_THEN_THAT_BEFORE.search(text, max(0, begin_token - 30), begin_token):
        return True  # "documents show that forecast spending had risen": the clause opens on a noun phrase
    return False
