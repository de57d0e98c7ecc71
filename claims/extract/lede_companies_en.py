"""English: a lede that describes a body before naming it ("A Falmouth ship repair company says up to
60 jobs could go … / Penmere Marine Services, which employs 210 people, …", "…, its operator announced
on Monday. / Bádóirí Árann Teoranta, which has run the route since 2019, said …", "…, a farmworkers'
union said. / The Sakhisizwe Agricultural Workers' Union, which organised the strike, …"): the body of
that kind the next paragraphs name first."""

from __future__ import annotations

import re
from collections.abc import Collection

from claims.extract.first_names import is_first_name
from claims.extract.name_words import closes_on_a_company_word

# "A Falmouth ship repair company", "An off-road vehicle rental company in Williamson, West Virginia",
# "its operator": a described company, no name.
_DESCRIBED_COMPANY = re.compile(
    r"(?:An?\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:(?!(?:for|of|at|with|from|by|to)\s)[a-z][\w-]*\s+){0,3}(?P<noun>company|firm|business|manufacturer|employer|operator|retailer"
    r"|developer|brewery|distillery|winery|dairy|bakery|creamery|sawmill|quarry|farm)"
    r"(?:\s+(?:in|near)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)?"
    r"|[Ii]ts\s+(?:operators?|owners?|parent\s+company))")
# "a farmworkers' union", "a local action group": a described body of another kind, and the word its name ends on.
_DESCRIBED_BODY = re.compile(
    r"[Aa]n?\s+(?:[a-z][\w'’-]*\s+){0,3}(?P<kind>union|group|alliance|association|coalition|corporation|cooperative|co-operative|charity)"
    # "the charity behind the scheme announced": a definite one, by what it does
    r"|[Tt]he\s+(?:[a-z][\w'’-]*\s+){0,2}(?P<kind2>charity|group|trust|company|firm)\s+(?:behind|running|that\s+runs|which\s+runs)\s+[^,;]{2,40}"
    r"|[Tt]he\s+(?P<kind3>utility)")  # (a standfirst's "The utility says", before the body names it)
_KIND_ENDINGS = {"union": ("Union",), "group": ("Group", "Alliance", "Association", "Coalition", "Network", "Forum", "Committee"),
                 "alliance": ("Alliance",), "association": ("Association",), "coalition": ("Coalition",),
                 "corporation": ("Corporation",), "cooperative": ("Cooperative", "Co-operative", "Co-op"),
                 "co-operative": ("Cooperative", "Co-operative", "Co-op"), "charity": ("Trust", "Charity", "Foundation", "Society"),
                 "trust": ("Trust",), "company": ("Ltd", "Limited", "Company"), "firm": ("Ltd", "Limited"),
                 "utility": ("Authority", "Power", "Energy", "Electric", "Utilities", "Water", "Gas")}
# A capitalised name of two words or more (links, owners' apostrophes and "&" inside), maybe after "The".
_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*(?:[ \u00a0]+(?:(?:of|and|for|&)[ \u00a0]+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&'’.-]*){1,6}")
# A company's noun in apposition after a name: ", a family firm", ", the coach operator".
_COMPANY_APPOSITION = re.compile(r",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:company|firm|business|operator|manufacturer|retailer)\b")
# How many paragraphs after the lede's are searched, and the fewest characters that make one.
_PARAGRAPHS_AFTER = 2
_SHORTEST_PARAGRAPH = 60
_OPENS_PARAGRAPH = re.compile(r"\n\n(?:The\s+)?$")
_TRADING_NOUNS = frozenset(("company", "firm", "business", "manufacturer", "operator"))
_NAME_THEN_CLAUSE = re.compile(r",\s+(?:founded|established|which|based)\b|\s+(?:has|is|was|will|employs|makes|already)\s")
_NAME_THEN_SAID = re.compile(r"(?:,\s+an?\s[^,.;\n]{1,100},)?\s+(?:said|says|confirmed|announced)\s")
# A person opening a paragraph as the one who owns or runs a thing ("Karen Doyle, who has run the Snowy River Wildlife
# Park since 2004, told …"), or speaking ("Dai Protheroe told the Valleys Echo …").
_HOLDER_OPENING = re.compile(r"\s*(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,2})(?:,\s+who\s+"
                             r"(?:has\s+|had\s+)?(?:run|runs|ran|owns|owned|founded|bought|set\s+up|opened)\s|\s+(?:told|said)\s)")
# "its owner", "its chairman": the one holder of a post in the body a lede's sentence is about.
_HOLDERS = frozenset(("owner", "owners", "chairman", "chairwoman", "chair", "president", "founder", "proprietor"))


_RUN_BY_A_FAMILY = re.compile(r"\b(?:run|owned)\s+by\s+the\s+(?P<name>(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+\s+){1,2}family)\b")
# The post, maybe a second one, then the holder's name: "owner and publisher Graeme Dunlop".
_POST_THEN_NAME = {post: re.compile(rf"(?<![\w-]){post}(?:\s+and\s+[a-z]+)?\s+"
                                    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+){1,2})")
                   for post in ("owner", "chairman", "chairwoman", "chair", "president", "founder", "proprietor")}


def company_named_next(text: str, mention_text: str, position: int, paragraphs: int = _PARAGRAPHS_AFTER) -> str | None:
    """The body a described one ("A Falmouth ship repair company says", "its operator announced", "a
    farmworkers' union said") turns out to be: the first name of that kind (one closing on a company's word,
    or on the kind's own word) in the next PARAGRAPHS paragraphs, else None."""
    mention_text = mention_text.strip()
    if mention_text.isupper():
        mention_text = mention_text[0] + mention_text[1:].lower()  # "A DEVELOPER says": a lede's first words in capitals
    if (company := _DESCRIBED_COMPANY.fullmatch(mention_text)) is not None:
        works = (company.group("noun") or "").capitalize()  # ("A brewery in Devizes": "Roundway Brewery")
        fits = lambda name: closes_on_a_company_word(name) or name.split()[-1] == works  # noqa: E731
    elif (described := _DESCRIBED_BODY.fullmatch(mention_text)) is not None:
        endings = _KIND_ENDINGS[described.group("kind") or described.group("kind2") or described.group("kind3")]
        fits = lambda name: name.split()[-1] in endings  # noqa: E731
    else:
        return None
    start = text.find("\n\n", position)
    if start < 0:
        return None
    end, counted = start + 2, 0
    while counted < paragraphs and end < len(text):
        following = text.find("\n\n", end)
        following = following + 2 if following >= 0 else len(text)
        counted += following - end >= _SHORTEST_PARAGRAPH  # (not a byline's or a date's line)
        end = following
    for found in _NAME.finditer(text, start + 2, end):
        name = found.group().removeprefix("The ")
        if " " in name and (fits(name) or company is not None and (
                _COMPANY_APPOSITION.match(text, found.end())
                or (company.group("noun") or "operator") in _TRADING_NOUNS  # ("its operator has said")
                and _OPENS_PARAGRAPH.search(text, max(0, found.start() - 6), found.start())
                and not is_first_name(name.split()[0]) and (_NAME_THEN_CLAUSE.match(text, found.end()) or (
                    # ("…, its operator has said. / Wensum Valley Buses said …": the lede's own company speaking on)
                    mention_text.lower().startswith("its ") and _NAME_THEN_SAID.match(text, found.end()))))):
            # (or "Marshwood Vale Coaches, a family firm based in …": a company by its apposition; or
            # "Catawba Nonwovens, founded in 1998, …": the name the next paragraph opens on)
            return name
    return None


def holder_named_next(text: str, mention_text: str, position: int, people: Collection[str]) -> str | None:
    """English "…, its owner said." or "…, its chairman said." in a lede: the person the next paragraph opens on, as
    the one who owns or runs the place ("Karen Doyle, who has run the Snowy River Wildlife Park since 2004, told …") or
    speaking ("Dai Protheroe told the Valleys Echo …"), a listed first name's or one of PEOPLE, else None."""
    words = mention_text.lower().split()
    if len(words) != 2 or words[0] != "its" or words[1] not in _HOLDERS or (start := text.find("\n\n", position)) < 0:
        return None
    holder = _HOLDER_OPENING.match(text, start + 2)
    end = text.find("\n\n", start + 2)
    end = end if end >= 0 else len(text)  # (the next paragraph's end)
    if holder is None and words[1] in _POST_THEN_NAME:
        # "“We were hanging on,” owner and publisher Graeme Dunlop said": the next paragraph names the holder by the post
        holder = _POST_THEN_NAME[words[1]].search(text, start + 2, end)
    if holder is None and words[1] in ("owner", "owners"):
        # "…, its owners said. / The aquarium has been run by the Bréhaut family since …": the family
        family = _RUN_BY_A_FAMILY.search(text, start + 2, end)
        return family.group("name") if family is not None else None
    if holder is None:
        return None
    name = holder.group("name")
    return name if is_first_name(name.split()[0]) or name in people else None
