"""Where a reported clause without que/that starts after a reporting verb, and whether it reads
as a statement: the audience of "told" and time or place adjuncts to skip (English), the words a
clause can start with (English), a perfect infinitive (French), signs of a finite verb."""

from __future__ import annotations

import re

from claims.extract.lang import en as _en

_WORDS = re.compile(r"[\w’'\-]+")
_CONTRACTED_SUBJECT = re.compile(r"(\w+)['’](?:re|s|ll|ve|d|m)")
_CURRENCY_SIGNS = frozenset("$€£¥₹₦")
_CLAUSE_STARTERS = {
    "en": {"he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "the", "a", "an",
           "his", "her", "its", "their", "our", "some", "all", "no", "both", "one", "two", "more", "most",
           "many", "several", "people", "nobody", "everyone"},
}
_LY_WORD_THEN_SUBJECT_AND_VERB = re.compile(
    r"[\w'’-]+ly\s+(?:[\w'’-]+\s+){1,12}?(?:would|will|could|can|may|might|must|should|had|has|have|was|were|is|are|[a-z]{3,}ed)\b")
_NOT_CLAUSE_STARTERS_EN = frozenset((
    "to", "for", "about", "of", "in", "on", "at", "by", "with", "from", "into", "so", "nothing", "something",
    "goodbye", "hello", "thanks", "sorry", "yes", "no", "as", "than", "after", "before", "during", "while",
    "when", "if", "whether", "why", "how", "what", "was", "were", "is", "are", "be", "been", "had", "has",
    "have", "would", "will", "could", "should", "can", "may", "might", "must", "did", "do", "does", "not",
    "and", "or", "but", "again", "too", "also", "up", "out", "off", "over", "through", "via", "per",
))
# "nothing else had been taken", "something was wrong": an indefinite pronoun, the subject of a verb.
VERB_AFTER_INDEFINITE = re.compile(r"(?:\s+else)?\s+(?:had|has|was|is|would|could|will)\b")
_NOUNS_IN_LY = frozenset(("supply", "supplies", "family", "rally", "ally", "assembly", "reply", "monopoly", "anomaly", "fly", "bully"))
# "too" before a quantity opens the statement ("say too few homes would be affordable"), as no adverb does.
_QUANTITY_AFTER_TOO = re.compile(r"\s+(?:few|many|much|little)\b")
_NUMBER_NEXT = re.compile(r"\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|a\s+(?:third|quarter|fraction))\b)")
_EN_QUANTITY = re.compile(
    r"(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|about|around|nearly|almost|over|up\s+to|"
    r"roughly|approximately|some|an\s+estimated)\s+"
    rf"(?:\d|(?:{'|'.join(sorted((w for w in _en.NUMBER_WORDS if len(w) > 1), key=len, reverse=True))})\b|a\s+(?:dozen|hundred|thousand|million)"
    r"|(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?\s+of|half\s+(?:of|the))", re.IGNORECASE)  # ("about a third of the producers")
# "affirme avoir abattu": a French statement without "que".
FR_PERFECT_INFINITIVE = re.compile(r"\s*(?:n['’])?(?:avoir|être)\s+\w", re.IGNORECASE)
# English auxiliaries and modals, as a regex alternation: a finite verb for sure.
EN_AUXILIARIES = "is|are|was|were|has|have|had|will|would|could|can|cannot|may|might|must|should|did|does"
# "told this reporter", "told our correspondent", "told the newspaper": the outlet itself.
EN_REPORTER_AUDIENCE = r"(?:this|our|the)\s+(?:reporter|correspondent|journalist|newspaper|paper|publication|outlet|newsroom|writer)"
# Who was told: "told reporters", "told Reuters".
EN_AUDIENCE = re.compile(
    r"\s*(?:(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|\d)[\w.&-]*){0,3}['’]s\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*\s+){1,3}"
    r"(?:programme|program|show|podcast|newsletter)|"  # "told BBC Radio 4's Today programme …"
    r"(?:the\s+|local\s+|a\s+|fellow\s+|his\s+|her\s+|their\s+)?(?:news\s+conference|press\s+conference|reporters|journalists|media|press|crowd|audience|interviewer|"
    r"colleagues|voters|workers|customers|viewers|listeners|students|attendees|fans|protesters|visitors|passengers|"
    r"police|officers|investigators|officials|lawmakers|court|jury|judge|magistrates?|sheriff|bench|jurors|coroner|tribunal|inquest|"
    r"committee|council|parliament|congress|councillors|councilors|MPs|senators|residents|staff|employees|members|supporters|parents|investors|analysts|shareholders"
    r"|commissioners|legislators|delegates|trustees|curators|regents|governors|supervisors|aldermen|alderpersons|selectmen|councilmembers|board\s+members)"
    # "told employees and state officials Friday": two audiences
    r"(?:\s+and\s+(?:the\s+|state\s+|local\s+|city\s+|county\s+|federal\s+|other\s+)?(?:reporters|journalists|officials|employees"
    r"|staff|investors|residents|members|lawmakers|analysts|customers|parents|shareholders|councillors|councilors))?|"
    # "told the newspaper Página Siete …", "told the broadcaster NHK …": an outlet introduced by its kind
    # (before a body: "told the state news agency Andina", not "the state")
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:newspaper|daily|broadcaster|news\s+agency|news\s+site|website|channel|magazine|weekly|"
    r"radio\s+station|station|outlet)\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]*){0,3}|"
    r"the\s+(?:(?!the\s)[\w’'-]+\s+){0,3}?(?:authority|council|government|committee|board|ministry|agency|company|meeting|hearing|"
    r"inquiry|panel|commission|parliament|senate|assembly|state|province|(?:House|Senate|Assembly|Legislature)(?:\s+of\s+[A-Z][a-z]+)?)|"
    + EN_REPORTER_AUDIENCE + "|"
    # ("Lloyd's List", "the Vanuatu Broadcasting and Television Corporation")
    # ("told 2AAA", "told 3AW": a radio station's call sign opens on its digit)
    # "told her line manager she was pregnant", "told his family": someone close to the speaker
    r"(?:his|her|their|my|our)\s+(?:[a-z-]+\s+)?(?:manager|boss|supervisor|employer|doctor|lawyer|family|wife|husband|mother|"
    r"father|parents|friends?|teacher|landlord|landlady|partner|daughter|son|sister|brother|neighbours?|neighbors?|GP)|"
    r"him|her|them|us|me|(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|[a-z](?=[A-Z])|\d(?=\d?[A-Z]{2}))[\w.&-]*(?:['’]s(?=\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?"
    r"(?:\s+(?:(?:and|of|for)\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]))?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|\d)[\w.&-]*){0,5}"
    # ("told MSNBC Cummings was …": the last capitalised word before a verb is the clause's subject)
    r"(?!\s+[\"“]?(?:" + EN_AUXILIARIES + r")\b))"
    r"(?:\s+\([A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.&-]{1,11}\))?"  # "told the Associated Press (AP) …"
    r"(?:\s+(?:today|yesterday|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:this|last)\s+(?:week|month)))?,?\s+",
)
# "the ruling", "the data": a finding a speaker cites ("said the ruling confirmed that …"), no speaker of its own.
EN_FINDING_DOCUMENT = re.compile(r"(?:the|this|that|its|their)\s+(?:[a-z-]+\s+)?(?:ruling|judgment|judgement|verdict|decision|data|"
                                 r"figures|results|evidence|findings)", re.IGNORECASE)
# A subordinating conjunction opening what follows a comma (", while Trump noted …"): a clause with
# its own subject and verb, never an inverted attribution of what precedes.
EN_SUBORDINATOR_OPENING = re.compile(
    r"[\s\"”’]*(?:while|whereas|although|though|as|when|because|after|before|if|since|until|unless|once)\s", re.IGNORECASE)
# Time and place adjuncts between a verb and its clause: "said on Monday", "said in a statement".
EN_ADJUNCT = re.compile(
    # ("on Monday", "last week", "late Tuesday"; not "complained on social media about …")
    r"\s*(?:(?:(?:late|early)\s+)?(?:on\s+(?-i:[A-Z0-9])\w*(?:\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\w,.]))?|(?:last|late|early)\s+(?:(?-i:[A-Z])\w*|week|weekend|month|year|night|morning|afternoon|evening|spring|summer|autumn|fall|winter|\d\w*)(?![\w'’]))"
    # (not "said early snow pushed …": a clause's subject)
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|"
    # "said Tuesday it will …": a bare weekday (American copy), not "Monday's vote"
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?![\w'’])|"
    r"this\s+(?:morning|afternoon|evening|week|weekend|month|year|spring|summer|autumn|fall|winter)|"
    r"earlier|later|previously|also|too(?!" + _QUANTITY_AFTER_TOO.pattern + ")|"  # (not "say too few homes …": the statement)
    r"by\s+(?:phone|telephone|email|e-mail|text\s+message)|"
    r"outside\s+(?:the\s+)?(?:court|courthouse|courtroom|parliament|hearing|meeting)|"  # "said outside court she was …"
    r"(?:in|at)\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){0,2})"
    r"(?=,|\s+(?:that|he|she|it|they|the|a|an|on|last)\b)|"  # "in Lagos", "at Queen's Park on Tuesday"
    r"in\s+\d[\d,]*(?:\s+(?:of\s+the\s+)?[a-z]+)?(?=,|\s+(?:most|all|the|a|some|many|more|there|it|he|she|they)\b)|"
    r"in\s+(?:a|an|the|his|her|their|its)\s+[\w\s-]{1,40}?(?<!\bto)(?<!\bfor)(?<!\bof)(?<!\bwith)(?<!\bfrom)"
    r"(?=,|\s+(?:that|he|she|it|they|the|a|its|their|his|her|we|there)\b)|"  # (not "in a letter to | its members")
    r"at\s+the\s+(?:close|end|start|opening|conclusion)\s+of\s+(?:a|an|the|its|his|her|their)\s+[\w-]+|"  # "at the close of the hearing"
    r"at\s+(?:a|an|the)\s+[\w\s-]{1,30}?(?=,|\s+(?:that|he|she|it|they|the|a)\b)),?\s+",
    re.IGNORECASE,
)
# A clause ending on one of these has lost its verb ("where records predicted it would be").
AUXILIARIES = frozenset(("be", "been", "is", "are", "was", "were", "would", "will", "could", "can", "should", "may",
                         "might", "must", "do", "does", "did", "has", "have", "had"))
# Some sign of a finite verb in a clause with no "that": an auxiliary, a past or a present in -s.
EN_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|be|has|have|had|will|would|could|can|cannot|should|may|might|must|shall|do|does|did|"
    r"won't|can't|isn't|aren't|wasn't|weren't|went|came|made|took|gave|got|saw|knew|left|lost|won|began|became|"
    r"ran|kept|held|brought|fell|rose|grew|sent|spent|built|paid|met|led|put|set|cut|hit|let|said|told|found|"
    r"thought|felt|meant|stood|sold|bought|caught|taught|fought|brought|wrote|drove|flew|threw|broke|chose|"
    r"spoke|stole|froze|woke|wore|tore|swore|shot|slept|fled|struck|hung|sang|rang|sank|swam|"
    r"drew|withdrew|blew|ate|beat|bled|bred|dealt|dug|fed|forgave|forgot|hid|heard|laid|lent|overtook|undertook|upheld|"
    r"rode|sat|shook|shone|slid|sought|spun|sprang|stuck|stung|strove|swept|swung|understood|wound|bore|dove|shut|quit|spread|burst|hurt)\b|"
    r"[a-z]{2,}ed\b|(?<!\d\s)\b[a-z]{2,}[^s'’ ]s\b|n['’]t\b"
    # a plural verb after a frequency adverb: "the last three weeks usually bring in a tenth of her sales"
    r"|\b(?:usually|often|always|never|rarely|seldom|sometimes|typically|generally|normally)\s+(?!the\b|and\b|for\b|in\b|on\b|at\b)[a-z]{3,}\b"
    r"|\b(?:they|we|you|I|he|she|it|there)['’](?:re|ll|ve|d|m|s)\b"  # "they're", "it's", "we'll"
    r"|\b(?:they|we)\s+(?!and\b|or\b|of\b|in\b)[a-z]{2,}\b", re.IGNORECASE)  # "say they expect …": a plural subject's verb

# A finite verb beyond doubt (no present in -s, which plural nouns look like).
EN_CLEAR_FINITE = re.compile(
    r"\b(?:" + EN_AUXILIARIES + r")\b|(?<![\w-])[a-z]{3,}ed\b")  # (not "state-owned")


_ADJUNCT_OR_END_NEXT = re.compile(r"\s*(?:[.,;:]|\s(?:in|on|at|during|after|before|while|when|to)\s)")


def clause_can_start_en(text: str, pos: int) -> bool:
    """Whether an English reported clause can start at `pos` (after "said")."""
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if text[pos:pos + 1] in _CURRENCY_SIGNS and text[pos + 1:pos + 2].isdigit():
        return True  # "said $17.2 billion was allocated": an amount opens the clause
    match = _WORDS.match(text, pos)
    if not match:
        return False
    word = match.group()
    low = word.lower()
    if low == "too" and _QUANTITY_AFTER_TOO.match(text, match.end()):
        return True  # "say too few homes would be affordable"
    if low in ("nothing", "something") and VERB_AFTER_INDEFINITE.match(text, match.end()):
        return True  # "said nothing else had been taken": the clause's subject
    if low in ("this", "so") and _ADJUNCT_OR_END_NEXT.match(text, match.end()):
        return False  # "said this in reply to a question", "said so on Monday": what was said, no clause
    if low in _CLAUSE_STARTERS["en"] or word[:1].isupper() or word[:1].isdigit() or _EN_QUANTITY.match(text, pos):
        return True
    if (contracted := _CONTRACTED_SUBJECT.fullmatch(low)) is not None and contracted.group(1) in _CLAUSE_STARTERS["en"]:
        return True  # "say they're already feeling the impact"
    if low == "only" and _NUMBER_NEXT.match(text, match.end()):
        return True  # "said only 38 percent of the money … had been spent": a quantity opens the clause
    if low.endswith("ly") and "-" not in low and low not in _NOUNS_IN_LY:  # "said only emergency operations would continue", "said sly grog had been behind …"
        # (a compound is an adjective: "said north-westerly gusts of up to 80km/h were expected")
        return _LY_WORD_THEN_SUBJECT_AND_VERB.match(text, pos) is not None  # (not "said only a few words", "said quietly")
    return low not in _NOT_CLAUSE_STARTERS_EN

# Time and place adjuncts between a French verb and its object: "a dénoncé dans un communiqué une
# « provocation »", "a salué sur le réseau social X « une étape »", "a affirmé mardi avoir …".
FR_ADJUNCT = re.compile(
    r"\s*,?\s*(?:(?:dans|sur|via|devant|depuis|lors\s+d['’]\w+)\s+(?:(?:un|une|le|la|les|son|sa|ses|leur|leurs|des|du)\s+|l['’])?"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,3}?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui)"
    r"(?:\s+(?:soir|matin|après-midi))?"
    # "dénonce de son côté « une fuite en avant »": an adverb of the narration, not of the statement.
    # "a confié à Ouest-France son « épuisement »": the outlet or person spoken to
    r"|(?-i:(?:à|au|aux|auprès\s+d(?:u|e\s+la|e\s+l['’]|e))\s+(?:la\s+|l['’])?"
    r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]*(?:[ -][A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ0-9][\w’'-]*){0,3})"
    r"|de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux)|également|aussi|encore|"
    r"toutefois|pourtant|néanmoins|cependant|par\s+ailleurs|en\s+outre|notamment|surtout|ainsi|au\s+contraire),?"
    # (or another adjunct: "dimanche soir devant ses partisans à Reykjavik une « défaite claire »")
    # (a capital "L'" is a name's: "dans un entretien au quotidien L'Avenir avoir « … »")
    # (a mark opens the quotation, maybe with no space after it: "pour sa part “l’hypocrisie …”")
    r"(?=\s+(?:(?:un|une|le|la|les|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|avoir|être|n['’]avoir|devant|dans|depuis)"
    r"(?![\w’'-])|(?:de\s+)?[«“„\"]|(?-i:l)['’]\w))",
    re.IGNORECASE)


# "… released a statement", "… posted findings": a document put out, whose words are its author's.
EN_RELEASED_DOCUMENT = re.compile(
    r"\s(?:has\s+|had\s+|have\s+)?(?:released|issued|published|posted|put\s+out|sent|shared)\s+"
    r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:statement|letter|communiqu[ée]|release|note|memo|message|post|notice|findings|results|paper|study|report)\b",
    re.IGNORECASE)
_NOUN_OBJECT_VERBS = tuple(stem.lower() for stem in _en.NOUN_OBJECT_REPORTING_VERBS)
_BARE_CLAUSE_WEAK_VERBS = tuple(stem.lower() for stem in _en.BARE_CLAUSE_WEAK_VERBS)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|which|that)\b")
# A relative pronoun and its own past in -ed ("landlords who evicted tenants …"): the auxiliary after is the main clause's.
_RELATIVE_THEN_PAST = re.compile(r"\b(?:who|which|that)\s+[a-z]{3,}ed\s")
_CONJUNCTION_OR_RELATIVE = re.compile(r"[,;]|\b(?:and|or|but|who|whom|which|that|when|while|after|before|because|if|as)\b")
# Where the main clause after a verb stops: a relative or a coordinated clause, a subordinate one
# ("declared victory, but the troops have remained", "any plans to close the plant, which employs").
_CLAUSE_HEAD_END = re.compile(
    r",\s*(?:but|and|yet|while|whereas|although|though|which|who|whose|where)\b"
    r"|\s(?:as|because|since|until|unless|while|although|though|whereas)\s"
    # ("admitted four counts of fraud and was given a suspended sentence": the subject's second verb, no clause's)
    r"|\s(?:and|but)\s+(?=(?:was|were|has|have|had|is|are|will|would|could|did)\s)")
# A verb beyond doubt: an auxiliary or a modal, a past in -ed that no determiner makes an adjective
# ("the reduced fares"), a common irregular past.
_SURE_VERB_WORDS = (
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|shall|did|does|do|"
    r"(?:is|are|was|were|has|have|had|would|could|should|did|does|do)n['’]t|won['’]t|can['’]t|cannot|"
    r"went|came|took|gave|got|saw|knew|began|became|ran|kept|held|brought|fell|rose|grew|fled|struck|stood|"
    r"sold|fought|caught|said|told|found|thought|left|lost|won|died|met|wrote|spoke|chose|drove|flew|threw|ate|"
    r"broke|hid|stole|sank|froze|withdrew|misled|overtook|forgot|swam|sang|tore|wore|shook)\b")
_SURE_VERB = re.compile(
    _SURE_VERB_WORDS + r"|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bany\s)(?<!\bno\s)(?<!\bnew\s)"
    r"(?<!\btheir\s)(?<!\d\s)(?<!\bof\s)\b(?!compared\s+(?:with|to)\b)[a-z]{3,}ed\b")
# (not "compared with": a participle; not "2,230 suspected cases": an adjective after a number; nor "the risk of
# contaminated meat": after "of")
# An auxiliary or an irregular past, not a form in -ed that may be a participle ("found the strike
# justified", "observing the area turned orange").
AUXILIARY_OR_PAST_EN = re.compile(_SURE_VERB_WORDS)
# A present in -s right after its subject: a pronoun, a name, or a determiner and up to three words
# ("the company plans to …", "Acme expects …"); not a plural noun opening the object ("new limits on …").
_SUBJECT_THEN_PRESENT = re.compile(
    r"\s*(?:(?:he|she|it|this|that|there)\s+|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.’'-]*){0,3}\s+"
    r"|(?:the|a|an|its|his|her|their|this|that|our)\s+(?:[\w’'-]+\s+){1,3})(?:[a-z]+ly\s+)?[a-z]{2,}[^s'’\s]s\b")

# A subject of up to three words, a frequency adverb and its verb ("newcomers often underestimate …").
_SUBJECT_THEN_FREQUENCY_ADVERB = re.compile(
    r"\s*(?:[\w’'-]+\s+){1,3}(?:often|usually|always|never|rarely|seldom|sometimes|typically|generally)\s+[a-z]{3,}\b")


def has_clear_verb_en(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds an English verb beyond doubt: an auxiliary, an irregular past or
    a form in -ed ("Officer Tyler Brandt, 29, " holds none)."""
    return AUXILIARY_OR_PAST_EN.search(text, start, end) is not None or EN_CLEAR_FINITE.search(text, start, end) is not None


def takes_bare_clause_en(verb: str) -> bool:
    """Whether a weak English reporting verb may report a clause with no "that" ("found most of
    them were …", "thinks the plan will fail"), given `main_clause_en`."""
    return verb.lower().startswith(_BARE_CLAUSE_WEAK_VERBS)


def main_clause_en(text: str, start: int, end: int) -> bool:
    """A clause with an auxiliary or an irregular past of its own, not only inside a relative
    clause: "the man who had attacked her" has none, "most of the people who died were exposed" has."""
    head = _CLAUSE_HEAD_END.search(text, start, end)
    head_end = head.start() if head is not None else end
    verbs = list(AUXILIARY_OR_PAST_EN.finditer(text, start, head_end))
    if not verbs:
        return False
    if _RELATIVE_WORD.search(text, start, verbs[0].start()) is None:
        return True
    if _RELATIVE_THEN_PAST.search(text, start, verbs[0].start()) is not None:
        return True  # "landlords who evicted tenants during the freeze could face …"
    # A second verb group: not the participle of the relative clause's auxiliary ("who had attacked").
    return any(
        not (previous.group().lower() in AUXILIARIES and not text[previous.end():verb.start()].strip(" "))
        for previous, verb in zip(verbs, verbs[1:])
    )


def takes_noun_object_en(verb: str) -> bool:
    """Whether an English reporting verb often has a noun phrase for object ("announced new rules")."""
    return verb.lower().startswith(_NOUN_OBJECT_VERBS)


# "312 patients waited longer than 24 hours": a counted subject, then its past tense.
_COUNTED_SUBJECT_THEN_PAST = re.compile(r"\s*(?:(?:about|more\s+than|nearly|almost|over|at\s+least)\s+)?\d[\d,.]*%?\s+(?:[a-z-]+\s+){1,2}[a-z]{3,}ed\b")


def sure_clause_en(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], after a verb with no "that", reads as a clause beyond doubt: its
    main part (before a relative or coordinated clause) has a sure verb or a subject and its present."""
    head = _CLAUSE_HEAD_END.search(text, start, end)
    head_end = head.start() if head is not None else end
    first = _SURE_VERB.search(text, start, head_end)
    if first is not None and first.group().endswith("ed") and not text[start:first.start()].strip():
        first = _SURE_VERB.search(text, first.end(), head_end)  # "reported repeated payments to police": no subject before it
    if first is not None or _SUBJECT_THEN_PRESENT.match(text, start, head_end) is not None \
            or _COUNTED_SUBJECT_THEN_PAST.match(text, start, head_end) is not None \
            or _SUBJECT_THEN_FREQUENCY_ADVERB.match(text, start, head_end) is not None:
        return True
    if head is None or not head.group().lstrip(", ").startswith(("which", "who")):
        return False
    # "the debate, which was slated for May, has been cancelled": the main clause resumes after
    # a relative clause between commas.
    resume = text.find(",", head.end(), end)
    if resume == -1:
        return False
    after = _CLAUSE_HEAD_END.search(text, resume + 1, end)
    return _SURE_VERB.search(text, resume + 1, after.start() if after is not None else end) is not None


def second_verb_group_en(text: str, start: int, end: int) -> int | None:
    """Where a second verb group starts in text[start:end] with no conjunction before it: the
    main verb of a sentence whose subject a participle clause qualified ("Groups claiming the vote
    was stolen gathered on Saturday")."""
    verbs = list(_SURE_VERB.finditer(text, start, end))
    for previous, verb in zip(verbs, verbs[1:]):
        between = text[previous.end():verb.start()]
        if between.strip() and not _CONJUNCTION_OR_RELATIVE.search(between) \
                and not (previous.group().lower() in AUXILIARIES and len(between.split()) <= 1):
            return verb.start()
    return None
