"""English: a speaker described, not named, keeps the relative clause that says they asked to stay
unnamed ("A plant worker who asked not to be named said", "A former coach, who spoke on condition
of anonymity, told"): the guidelines' canonical name is the fullest the article gives, and for
someone it does not name that is the whole description ("farmer who asked not to be named", as
the real gold keeps "protesters interviewed by Wikinews"), with the reason given ("because he was
not authorised …", "for fear of reprisal"). A participle ("speaking on condition of anonymity"),
which tells how they spoke, is not part of it."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.types import SpeakerRef

# Relatives whose name a speaker asks to be withheld ("who asked that her daughter not be named").
WITHHELD_RELATIVES = r"(?:son|daughter|child|children|husband|wife|partner|family)"
ANONYMITY_CLAUSE = re.compile(
    r",?\s+(?P<clause>"
    # "who is being treated for cancer and asked that her name not be used": a description, then the request;
    # ", and who asked not to be named" after a description's own relative clause
    r"(?:and\s+)?who\s+(?:[^,.;:]{1,80}?\s+(?:and|but)\s+)?(?:"
    r"(?:(?:has|had|have)\s+)?(?:asked|wished|wanted|preferred|requested)\s+not\s+to\s+be\s+(?:named|identified)"
    r"|asked\s+that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published|given)"
    # "who asked that her daughter not be named": a relative's anonymity, theirs too
    r"|asked\s+that\s+(?:his|her|their)\s+" + WITHHELD_RELATIVES + r"\s+not\s+be\s+(?:named|identified)"
    # "who asked BPR not to use her name", "who asked reporters not to publish his name"
    r"|asked\s+(?:[A-Z][\w.&-]*|(?:the\s+)?[a-z]+)\s+not\s+to\s+(?:use|publish|print|give)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?"
    r"|sought\s+anonymity"
    r"|(?:asked|wished|wanted)\s+to\s+remain\s+anonymous"
    r"|(?:did|does)(?:\s+not|n['’]t)\s+(?:wish|want)\s+to\s+be\s+(?:named|identified)"
    r"|(?:did|does)(?:\s+not|n['’]t)\s+(?:wish|want)\s+(?:his|her|their)\s+names?\s+(?:published|used|given)"
    r"|(?:did|does)(?:\s+not|n['’]t)\s+(?:wish|want)\s+to\s+(?:give|share|reveal|disclose)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?"
    r"|(?:declined|refused)\s+to\s+be\s+(?:named|identified)"
    r"|(?:declined|refused)\s+to\s+give\s+(?:his|her|their)\s+(?:(?:full\s+|last\s+)?names?|surnames?)"
    r"|(?:did|does|would)(?:\s+not|n['’]t)\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?"
    # "who was not named at the hearing": the court or the report withheld it
    r"|(?:(?:was|were)\s+not|(?:has|have)\s+not\s+been)\s+named(?:\s+(?:at|in)\s+the\s+(?:hearing|inquest|trial|court|report))?"
    r"|(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment)(?:\s+(?:publicly|on\s+the\s+record|to\s+(?:the\s+)?(?:media|press|reporters)))?"
    r"|(?:requested|preferred|asked\s+for)\s+anonymity"
    r"|cannot\s+be\s+(?:named|identified)"
    r"|spoke\s+(?:to\s+[^,.;:]{1,40}?\s+)?on\s+(?:the\s+)?condition\s+of\s+anonymity"
    # "who spoke on the condition that her name not be used", "who was not authorized to be quoted by name"
    r"|spoke\s+on\s+(?:the\s+)?condition\s+that\s+(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published|given)"
    r"|(?:was|were|is|are)\s+not\s+authori[sz]ed\s+to\s+be\s+(?:quoted|named|identified)(?:\s+by\s+name)?))(?![\w-])")
# "who spoke on condition of anonymity because she was not authorized to talk to the media": the reason
# given, up to the end of the description
_REASON = re.compile(
    r"\s+(?:because\b|(?:as|since)\s+(?:he|she|they|it|the\s+[a-z]+)\b|for\s+fear\s+of\b|to\s+(?:protect|avoid)\b)"
    r"[^,.;:]{1,120}?(?=,|\s+(?:said|says|added|adds)\b)")
_DEFINITE_ROLE = re.compile(r"[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")
_AFTERWARD = re.compile(r"\s+afterwards?(?=,)")
_AND_WHO_ASKED = re.compile(r",\s+and\s+who\s")  # "A fitter who has worked there for 22 years, and who did not want …"
_PEOPLE_HEADS = (" source", " sources")  # ("government source": a body's word, a person's head)
COUNTING_WORD = re.compile(r"^(?:[Aa]nother|[Oo]ne)\s+(?!of\b)")
# "An official at the ministry", "A casual lifeguard at the centre": a role and the lower-case body it works for.
_DESCRIBED_BY_ARTICLE = re.compile(r"(?:[Aa]n?|One|Another)\s+(?P<role>[a-z]+(?:\s+[a-z]+){0,2}\s+(?:at|of|from|for|with))(?P<rest>\s+(?:the|a|an)\s+[a-z]+)")
_ACRONYM_THEN_ROLE = re.compile(r"(?:An?|One|Another)\s+(?P<described>[A-Z]{2,6}\s+[a-z]+)")
_OWNER_THEN_ROLE = re.compile(r"(?:The|the)\s+(?P<described>[a-z]+['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")
_ONE_OF_THE = re.compile(r"(?:One|one)\s+of\s+the\s+(?P<noun>[a-z]+s)(?P<rest>(?:\s+[a-z][\w-]*){0,4})")


def _singular(noun: str) -> str:
    """"workers" → "worker", "deputies" → "deputy", "witnesses" → "witness"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    return noun[:-1]


_MARKERS = (" anonymity", " authorised", " authorized", " name", " be identified", " anonymous", " not be used", " not be published", " not be given",
            " not give", " surname")


def with_anonymity_clauses(text: str, drafts: list[Draft], resolved: list[SpeakerRef | None]) -> None:
    """Append, in RESOLVED, the anonymity clause right after the mention of each speaker known only
    by a description (no proper name, no pronoun)."""
    if not any(marker in text for marker in _MARKERS):
        return
    for i, (draft, speaker) in enumerate(zip(drafts, resolved)):
        mention = draft.mention
        if speaker is None or mention is None or mention.pronoun or mention.name \
                or " who " in speaker.name and not _AND_WHO_ASKED.search(text, draft.sentence[0], draft.sentence[1]) \
                or speaker.kind != "person" and _ONE_OF_THE.fullmatch(speaker.name) is None \
                and not speaker.name.endswith(_PEOPLE_HEADS) and _DESCRIBED_BY_ARTICLE.fullmatch(mention.text.strip()) is None:
            continue  # ("One of the workers on board", "A government source", "A radiologist at the hospital")
        described = COUNTING_WORD.sub("", speaker.name)  # "Another farmer, who asked …": the farmer's description
        if (one_of := _ONE_OF_THE.fullmatch(described)) is not None:
            # "One of the workers on board, who asked …": a worker on board
            described = _singular(one_of.group("noun")) + one_of.group("rest")
        if described not in mention.text and one_of is None and speaker.kind == "person" \
                and (own_words := _DESCRIBED_BY_ARTICLE.fullmatch(mention.text.strip())) is not None \
                and described.startswith(own_words.group("role") + " "):
            # "An official at the ministry, who spoke on condition of anonymity": the article's own words,
            # not the body's full name, with the clause that says why it gives no more
            described = own_words.group("role") + own_words.group("rest")
        elif described not in mention.text and one_of is None \
                and (acronym := _ACRONYM_THEN_ROLE.fullmatch(mention.text.strip())) is not None:
            described = acronym.group("described")  # "A KFA official, who …": the article's words, not the body's full name
        elif described not in mention.text and one_of is None \
                and (owned := _OWNER_THEN_ROLE.fullmatch(mention.text.strip())) is not None:
            described = owned.group("described")  # "The club's former secretary, who …": the article's words
        if described not in mention.text and one_of is None and mention.role and speaker.kind == "person" \
                and _DEFINITE_ROLE.fullmatch(mention.text.strip()) and mention.role in mention.text \
                and text.find(speaker.name) > text.find(mention.text, draft.sentence[0]):
            # "The farmer, who has asked not to be named, told", resolved to someone named only later: no one the article names
            described = mention.role
        if not any(w[:1].islower() for w in described.split()) or (described not in mention.text and one_of is None):
            continue  # ("said the woman, who …" resolved to "niece of one patient": another description)
        start, end = draft.sentence
        before = text.rfind(mention.text, start, draft.position)  # "A plant worker who … said"
        at = before if before >= 0 else text.find(mention.text, draft.position, end)  # "said a farmer who …"
        if at < 0:
            continue
        # (from the noun on: "One rental owner, who spoke at the meeting but declined to give her name", whose
        # mention stops at "but")
        clause = ANONYMITY_CLAUSE.match(text, at + len(mention.text)) \
            or ANONYMITY_CLAUSE.match(text, at + len(mention.text.split(",")[0]))
        if clause is not None:
            reason = _REASON.match(text, clause.end()) or _AFTERWARD.match(text, clause.end())
            described = f"{described} {clause.group('clause')}{reason.group() if reason else ''}"
            resolved[i] = SpeakerRef(described, speaker.mention, speaker.role, speaker.kind)
            for j in range(i + 1, len(resolved)):  # what that speaker says next ('"…," he said', '"…," said the broker')
                later = resolved[j]
                if later is not None and later.name == speaker.name \
                        and (drafts[j].mention is None or drafts[j].mention.pronoun or not drafts[j].mention.name):  # ("said the broker")
                    resolved[j] = SpeakerRef(resolved[i].name, later.mention, later.role, later.kind)
