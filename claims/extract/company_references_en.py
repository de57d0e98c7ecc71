"""The company an English article is about, mixed into `ArticleSpeakers` through `EnglishPhraseReferences`:
a name closed by a corporate designator ("Verant Logistics Inc.") or written as a company's ("Swedish-listed
Halvern Energy", "Shares in Halvern")."""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.name_words import COMPANY_DESIGNATORS, COMPANY_PREFIXES

# Marks of a company's name: a corporate designator closing it, or words around it.
CORPORATE_DESIGNATOR = re.compile(rf"\s(?:{'|'.join(COMPANY_DESIGNATORS)})\.?$")
_ABBREVIATED_DESIGNATORS = (" Inc", " Corp", " Co", " Ltd", " Bhd")
_LISTED_PREFIX = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w]*-(?:listed|based|headquartered)\s+(?=[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])")
# (what a company has: "profit at Acme Widgets", "Magalies Platinum's Klipkuil and Bokamoso shafts"; a plant or a
# mine "at" a name is at a place)
_COMPANY_FIGURES = r"(?i:employees|staff|shareholders|executives|profits?|revenues?|earnings|sales)"
_HOLDINGS = rf"(?:{_COMPANY_FIGURES}|(?i:workers|shafts?|mines?|plants?|factor(?:y|ies)|refiner(?:y|ies)|smelters?|stores))"
_COMPANY_BEFORE = re.compile(rf"(?:-listed|-based|[Ss]hares\s+in|[Ss]hares\s+of|\b{_COMPANY_FIGURES}\s+(?:at|of))\s+$")
_COMPANY_AFTER = re.compile(rf"(?:\s+Inc\b|['’]s?\s+shares\b|\s+shares\b|\s+stock\b"
                            rf"|['’]s\s+(?:[A-Z][\w-]*\s+(?:and\s+)?){{0,4}}{_HOLDINGS}\b)")


class EnglishCompanyReferences:
    """The company of `EnglishPhraseReferences`: the one the article is about, for "the company"."""

    __slots__ = ()

    def article_company(self, position: int, after: bool = True) -> str | None:
        """The company the article is about: the name nearest before POSITION (else the first
        after, unless AFTER is false) that a corporate designator closes ("Verant Logistics Inc.") or that the article
        writes as a company ("Swedish-listed Halvern Energy", "Shares in Halvern")."""
        companies = self.english_cache.get("companies")
        if companies is None:
            companies = self.english_cache["companies"] = []
            for offset, name in self.full_names:
                if _PUBLIC_BODY_NAME_BEFORE_AND.search(self.text, max(0, offset - 80), offset):
                    continue  # "Department of Mineral and Petroleum Resources": the end of a public body's name
                listed = _LISTED_PREFIX.match(name)
                if listed is not None:  # "Swedish-listed Halvern Energy": a company, without its listing
                    companies.append((offset + listed.end(), name[listed.end():]))
                elif name not in self.organisations.full_names.values() and self._reads_as_company(offset, name):
                    if name.endswith(_ABBREVIATED_DESIGNATORS) and self.text[offset + len(name):offset + len(name) + 1] == ".":
                        name += "."  # "Verant Logistics Inc." (not the full stop after "… Marrow Dairies")
                    companies.append((offset, name))
        if not companies:
            return None
        before = [item for item in companies if item[0] <= position]
        if not before and not after:
            return None
        name = (before[-1] if before else companies[0])[1]
        fuller = [n for _, n in companies if n != name and (n.startswith(name + " ") or n.endswith(" " + name))]
        if fuller and any(CORPORATE_DESIGNATOR.search(n) for n in fuller):
            return max(fuller, key=len)
        # "Prairie Crown Potash, the third-largest potash producer … Shares in Prairie Crown": the name written in full first
        first_written = min(o for o, n in companies if n == name)
        written_before = {n for o, n in self.full_names if o < first_written and n.startswith(name + " ")}
        return written_before.pop() if len(written_before) == 1 else name

    def written_as_company(self, name: str) -> bool:
        """Whether the article sets a company's apposition after NAME ("Kestrel Rotorcraft, a company headquartered in
        Turin")."""
        at = self.text.find(name + ",")
        while at >= 0:
            if _COMPANY_APPOSITION_AFTER.match(self.text, at + len(name)) is not None:
                return True
            at = self.text.find(name + ",", at + 1)
        return False

    def _reads_as_company(self, offset: int, name: str) -> bool:
        if CORPORATE_DESIGNATOR.search(name) or name.split()[0] in COMPANY_PREFIXES or (
            self._role_of(name) is None and (
                _COMPANY_BEFORE.search(self.text, max(0, offset - 16), offset)
                or _COMPANY_AFTER.match(self.text, offset + len(name))
            )
        ):
            return True
        first = name.split()[0].split("-")[-1]  # "Swedish-listed Halvern Energy" → "Halvern"
        if self._role_of(name) is not None or not first[:1].isupper():
            return False
        return _short_form_as_company(first).search(self.text) is not None


# ", a company headquartered in Turin", ", the Italian helicopter maker": a company in apposition (not ", a company
# director" nor ", a spokesman for the company": a person's post in one).
_COMPANY_APPOSITION_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:(?!(?:for|of|at|with|from|to|in|by|and)\s)[\w'’-]+\s+){0,3}?(?:company|firm|manufacturer|maker|retailer|carmaker|shipbuilder|contractor|supplier)\b"
    r"(?!\s+(?:director|executive|owner|founder|spokes\w+|official|employee|worker|boss|chief|manager|lawyer|secretary)s?\b)")
# A public body's name running on with "and" up to the name after it.
_PUBLIC_BODY_NAME_BEFORE_AND = re.compile(
    r"\b(?:Department|Ministry|Office|Bureau|Agency|Authority|Commission|Council|Institute)[ \u00a0]+(?:of|for)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]*,?[ \u00a0]+)+and[ \u00a0]+$")


@lru_cache(maxsize=128)
def _short_form_as_company(first: str) -> re.Pattern:
    """"Shares in Halvern", "Halvern shares", "Halvern's shares": the name's first word as a company."""
    word = re.escape(first)
    return re.compile(rf"[Ss]hares\s+(?:in|of)\s+{word}\b|\b{word}(?:['’]s)?\s+(?:shares|stock)\b")
