"""An attribution inside its statement, between commas: "These orcas, she suggested, specialize in …"."""

from __future__ import annotations

import re

from claims.extract.clause_starts import EN_CLEAR_FINITE, EN_FINITE
from claims.extract.drafts import Draft, trim, word_count
from claims.extract.speaker_mentions import parse_mention


# ", she suggested, specialize …": the statement resumes in lower case after the attribution.
_PARENTHETICAL_TAIL = re.compile(r",\s+(?=[a-z])")
_PARENTHETICAL_TAIL_ANY = re.compile(r",\s+(?=\w)")
_FRONTED_ADJUNCT_ONLY = re.compile(r"\s*(?:In|On|At|For|During|After|Before|Since|Last|Earlier|Later|Now|Still|Then)\s[^,;:.]{1,40}")
_RELATIVE_BEFORE_COMMA = re.compile(r"\b(?:which|who|that)$")
_SUBORDINATOR_FIRST = re.compile(r"(?:If|When|Unless|Once|Although|Though|Because|Since|While|As\s+long\s+as)\s")
# ", Reuters reported, citing two brokers": whom the attribution quotes, no resumed statement.
_CITING_TAIL = re.compile(r"(?:citing|quoting)\s")
_VERBLESS_CONTINUATION = re.compile(
    r"(?:far\s+)?(?:too|not\s+enough|up\s+from|down\s+from|compared\s+with|compared\s+to|against|"
    r"more\s+than|less\s+than|fewer\s+than|roughly|nearly|almost)\s")


class ParentheticalAttribution:
    """The parenthetical attribution of `ReportedSpeech` (the same `SentenceReader` attributes)."""

    def _parenthetical(self, m, s: int, e: int, drafts: list[Draft], paragraph: int) -> Draft | None:
        """"These orcas, she suggested, specialize in hunting sharks": the attribution inside
        the statement, between commas; the claim is both sides."""
        text = self.text
        if text[m.end():m.end() + 1] != ",":
            return None
        comma = text.rfind(",", s, m.start())
        if comma == -1 or word_count(text[comma + 1:m.start()]) > 4:
            return None
        relative = _RELATIVE_BEFORE_COMMA.search(text, max(s, comma - 8), comma) is not None
        # "In some cases, she said, Voll blamed …": after a fronted adjunct, the whole clause follows the attribution
        fronted = _FRONTED_ADJUNCT_ONLY.fullmatch(text, max(s, text.rfind(",", s, comma) + 1), comma) is not None
        after = (_PARENTHETICAL_TAIL_ANY if relative or fronted else _PARENTHETICAL_TAIL).match(text, m.end())
        if after is None or _CITING_TAIL.match(text, after.end()) is not None:
            return None
        mention = parse_mention(text[comma + 1:m.start()], self.lex)
        if mention is None or not (mention.pronoun or mention.name or mention.role):
            return None
        prior = max([d.end for d in drafts if d.end <= m.start()] + [s, text.rfind(",", s, comma) + 1])
        hs, he = trim(text, prior, comma)  # "…, a move whose rarity, CBS noted, highlighted …"
        ts, te = trim(text, after.end(), self._content_end(after.end(), e, drafts))
        # "The unit delivered 110 babies a year, she said, too few to …", "Sales rose 5%, the firm
        # said, up from 3% a year earlier": a verbless continuation of the statement
        verbless = not relative and _VERBLESS_CONTINUATION.match(text, ts) is not None
        if he <= hs or word_count(text[ts:te]) < 3 or not (EN_FINITE.search(text, ts, te) or verbless):
            return None
        if verbless and EN_CLEAR_FINITE.search(text, hs, he):
            return Draft("indirect", [(hs, he), (ts, te)], m.group().strip(), mention, m.start(), paragraph=paragraph)
        if relative or fronted and text[ts:ts + 1].isupper():
            # "fighters which, the statement said, European nations have refused to repatriate"
            return Draft("indirect", [(ts, te)], m.group().strip(), mention, m.start(), paragraph=paragraph)
        if (EN_CLEAR_FINITE.search(text, hs, he) and _SUBORDINATOR_FIRST.match(text, hs) is None) \
                or any(ts <= c.start() < ts + 12 and c.group("verb").lower().endswith("ing") for c in self._sentence_cues):
            # "The reading was a record, AEMET said, adding that …": the head is a clause (not a
            # subordinate one: "If these findings hold, scientists say, containment …")
            return None
        return Draft("indirect", [(hs, he), (ts, te)], m.group().strip(), mention, m.start(), paragraph=paragraph)
