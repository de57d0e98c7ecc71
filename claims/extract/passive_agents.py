"""English: the agent of a passive reporting verb as the source ("X were reported by local media to have
visited …")."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft, trim, word_count
from claims.extract.speaker_mentions import parse_mention


# "were reported by local media to have visited …", "reported by The Guardian as convicted of …":
# a passive reporting verb, its agent, then what the agent said of the subject.
_PASSIVE_REPORTS = frozenset(("reported", "quoted", "cited"))
_PASSIVE_AGENT = re.compile(r"\s+by\s+(?P<agent>[\w’'.&-]+(?:\s+[\w’'.&-]+){0,4}?)\s+(?P<link>to\s+(?=have\b|be\b)|as\s+)")
_PASSIVE_CONTENT_END = re.compile(r",|\s+and\s+by\s")


class PassiveAgents:
    """The passive agents of `SourcePhrases` (the same `SentenceReader` attributes)."""

    def _passive_agents(self, hits, s: int, e: int, drafts: list[Draft], paragraph: int) -> list[Draft]:
        """English: "X were reported by local media to have visited …": the agent of a passive
        reporting verb said what follows "to" / "as" about the subject."""
        if self.language != "en":
            return []
        text = self.text
        found = []
        for hit in hits:
            if hit.group("verb").lower() not in _PASSIVE_REPORTS or any(d.start <= hit.start() < d.end for d in drafts):
                continue
            passive = _PASSIVE_AGENT.match(text, hit.end(), e)
            if passive is None:
                continue
            mention = parse_mention(passive.group("agent"), self.lex)
            if mention is None or mention.pronoun or not (mention.name or mention.role):
                continue
            start = passive.start("link") if passive.group("link").startswith("to") else passive.end()
            stop = _PASSIVE_CONTENT_END.search(text, start, e)
            start, end = trim(text, start, self._content_end(start, stop.start() if stop else e, drafts))
            if word_count(text[start:end]) >= 2:
                found.append(Draft("indirect", [(start, end)], text[hit.start():passive.end("agent")], mention, hit.start(),
                                   paragraph=paragraph))
        return found
