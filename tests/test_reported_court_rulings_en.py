"""English: what a court, a coroner or a tribunal rules, the verb before its finding with no "that"
("Coroner rules missed sepsis signs contributed to …"), and "rules" that reports nothing."""

from __future__ import annotations

from extract_support import claims_of

_BODY = "\n\nWednesday, March 4, 2020\n\nThe hearing in Bristol lasted two days.\n"


def test_a_court_ruling_a_clause_with_no_that_is_its_claim():
    for headline, court, finding in (
        ("Coroner rules missed sepsis signs contributed to teenager's death in Bristol", "Coroner",
         "missed sepsis signs contributed to teenager's death in Bristol"),
        ("Employment tribunal rules Aberdeen hotel unfairly dismissed pregnant chef", "Employment tribunal",
         "Aberdeen hotel unfairly dismissed pregnant chef"),
        ("Ombudsman rules Mayo council wrongly refused disabled woman's housing grant", "Ombudsman",
         "Mayo council wrongly refused disabled woman's housing grant"),
    ):
        claims = claims_of(headline + _BODY, "en")
        assert [(c.content, c.speaker.name) for c in claims] == [(finding, court)], headline


def test_rules_with_no_court_before_it_or_no_clause_after_it_reports_nothing():
    for text in ("Under the new rules councils will be able to double the levy in the summer.",
                 "Three failures count as an anti-doping rule violation, even if the athlete has never failed a test.",
                 "The judge ruled the country's oldest court for years.",
                 "The sheriff ruled out a rise in the fines."):
        assert claims_of(text, "en") == [], text
