"""The project's own annotated dev set (tests/fixtures/dev/own): the gold cannot rot.

Every gold claim must point at its words in its article, and every article must have its
metadata, so a later edit to an article or a gold line that breaks the pairing fails here.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from dev_set_support import (
    SAID_ON, articles, assert_no_shared_spans, assert_offsets_point_at_content, claims, records,
)

OWN = Path(__file__).parent / "fixtures" / "dev" / "own"
LANGUAGES = ("fr", "en")
# Folder → language; the blind sets were annotated before the extractor saw them (their READMEs).
SETS = {"fr": "fr", "en": "en", "fr-blind": "fr", "fr-blind2": "fr", "fr-blind3": "fr", "fr-blind4": "fr",
        "fr-blind5": "fr", "en-blind": "en", "en-blind2": "en", "en-blind3": "en", "fr-blind6": "fr",
        "en-blind4": "en", "en-blind5": "en", "fr-blind7": "fr", "fr-blind8": "fr",
        "en-blind6": "en", "fr-blind9": "fr", "fr-blind10": "fr", "en-blind7": "en",
        "en-blind8": "en", "fr-blind11": "fr", "en-blind9": "en", "fr-blind12": "fr",
        "en-blind10": "en", "fr-blind13": "fr", "en-blind11": "en", "fr-blind14": "fr", "en-blind12": "en",
        "en-blind13": "en", "fr-blind15": "fr", "fr-blind16": "fr", "en-blind14": "en", "fr-blind17": "fr",
        "en-blind15": "en", "en-blind16": "en", "fr-blind18": "fr", "fr-blind19": "fr",
        "en-blind17": "en", "en-blind18": "en", "en-blind19": "en", "fr-blind20": "fr", "en-blind20": "en", "fr-blind21": "fr", "fr-blind22": "fr", "en-blind21": "en",
        "en-blind22": "en", "en-blind23": "en", "en-blind24": "en", "fr-blind23": "fr", "fr-blind24": "fr",
        "en-blind25": "en", "en-blind26": "en", "fr-blind25": "fr", "fr-blind26": "fr",
        "en-blind27": "en", "en-blind28": "en", "fr-blind27": "fr", "fr-blind28": "fr",
        "en-blind29": "en", "fr-blind29": "fr", "en-blind30": "en", "fr-blind30": "fr",
        "en-blind31": "en", "fr-blind31": "fr", "en-blind32": "en", "fr-blind32": "fr",
        "en-blind33": "en", "fr-blind33": "fr", "en-blind34": "en", "fr-blind34": "fr",
        "en-blind35": "en", "en-blind36": "en", "fr-blind35": "fr", "fr-blind36": "fr",
        "en-blind37": "en", "en-blind38": "en", "fr-blind37": "fr", "fr-blind38": "fr",
        "en-blind39": "en", "en-blind40": "en", "fr-blind39": "fr", "fr-blind40": "fr",
        "en-blind41": "en", "en-blind42": "en", "fr-blind41": "fr", "fr-blind42": "fr",
        "en-blind43": "en", "en-blind44": "en", "fr-blind43": "fr", "fr-blind44": "fr",
        "en-blind45": "en", "en-blind46": "en", "fr-blind45": "fr", "fr-blind46": "fr",
        "en-blind47": "en", "en-blind48": "en", "fr-blind47": "fr", "fr-blind48": "fr",
        "en-blind49": "en", "en-blind50": "en", "fr-blind49": "fr", "fr-blind50": "fr",
        "en-blind51": "en", "en-blind52": "en", "fr-blind51": "fr", "fr-blind52": "fr",
        "en-blind53": "en", "en-blind54": "en", "fr-blind53": "fr", "fr-blind54": "fr",
        "en-blind55": "en", "en-blind56": "en", "fr-blind55": "fr", "fr-blind56": "fr",
        "en-blind57": "en", "en-blind58": "en", "fr-blind57": "fr", "fr-blind58": "fr",
        "en-blind59": "en", "en-blind60": "en", "fr-blind59": "fr", "fr-blind60": "fr",
        "en-blind61": "en", "en-blind62": "en", "fr-blind61": "fr", "fr-blind62": "fr",
        "en-blind63": "en", "en-blind64": "en", "fr-blind63": "fr", "fr-blind64": "fr",
        "en-blind65": "en", "en-blind66": "en", "fr-blind65": "fr", "fr-blind66": "fr",
        "en-blind67": "en", "en-blind68": "en", "fr-blind67": "fr", "fr-blind68": "fr",
        "en-blind69": "en", "en-blind70": "en", "fr-blind69": "fr", "fr-blind70": "fr",
        "en-blind71": "en", "en-blind72": "en", "fr-blind71": "fr", "fr-blind72": "fr",
        "en-blind73": "en", "en-blind74": "en", "fr-blind73": "fr", "fr-blind74": "fr",
        "en-blind75": "en", "en-blind76": "en", "fr-blind75": "fr", "fr-blind76": "fr",
        "en-blind77": "en", "en-blind78": "en", "fr-blind77": "fr", "fr-blind78": "fr", "en-blind79": "en",
        "en-blind80": "en", "fr-blind79": "fr", "fr-blind80": "fr", "en-blind81": "en", "en-blind82": "en", "fr-blind81": "fr",
        "fr-blind82": "fr", "en-blind84": "en", "fr-blind83": "fr", "en-blind83": "en",
        "fr-blind84": "fr", "en-blind85": "en", "en-blind86": "en", "fr-blind85": "fr",
        "fr-blind86": "fr", "en-blind87": "en", "en-blind88": "en", "fr-blind87": "fr", "fr-blind88": "fr",
        "en-blind89": "en", "en-blind90": "en", "fr-blind89": "fr", "fr-blind90": "fr",
        "en-blind92": "en",
        "en-blind91": "en", "fr-blind91": "fr", "fr-blind92": "fr",
        "en-blind93": "en", "en-blind94": "en", "fr-blind93": "fr", "fr-blind94": "fr",
        "en-blind95": "en", "en-blind96": "en", "fr-blind95": "fr", "fr-blind96": "fr",
        "en-blind98": "en", "fr-blind97": "fr",
        "en-blind97": "en", "fr-blind98": "fr",
        "en-blind99": "en", "en-blind100": "en", "fr-blind99": "fr", "fr-blind100": "fr",
        "en-blind101": "en", "en-blind102": "en", "fr-blind101": "fr", "fr-blind102": "fr", "en-blind103": "en", "en-blind104": "en", "fr-blind103": "fr", "fr-blind104": "fr",
        "fr-blind105": "fr",
        "en-blind105": "en",
        "en-blind108": "en", "fr-blind107": "fr",
        "fr-blind108": "fr",
        "en-blind106": "en",
        "en-blind107": "en",
        "fr-blind106": "fr",
        "en-blind109": "en",
        "en-blind110": "en",
        "fr-blind110": "fr",
        "fr-blind109": "fr",
        "en-blind111": "en", "en-blind112": "en", "fr-blind111": "fr", "en-blind114": "en", "fr-blind114": "fr",
        "fr-blind112": "fr", "en-blind113": "en",
        "fr-blind113": "fr",
        "en-blind115": "en", "en-blind116": "en", "fr-blind115": "fr", "fr-blind116": "fr",
        "en-blind117": "en", "fr-blind117": "fr", "en-blind118": "en", "fr-blind118": "fr",
        "en-blind119": "en", "fr-blind119": "fr", "en-blind120": "en", "fr-blind120": "fr",
        "en-blind121": "en", "fr-blind121": "fr", "en-blind122": "en", "fr-blind122": "fr",
        "en-blind123": "en", "fr-blind123": "fr", "en-blind124": "en", "fr-blind124": "fr",
        "en-blind125": "en", "fr-blind125": "fr", "en-blind126": "en", "fr-blind126": "fr",
        "en-blind127": "en", "fr-blind127": "fr", "en-blind128": "en", "fr-blind128": "fr",
        "en-blind129": "en", "en-blind130": "en", "fr-blind129": "fr", "fr-blind130": "fr",
        "en-blind131": "en", "en-blind132": "en", "fr-blind131": "fr", "fr-blind132": "fr",
        "en-blind133": "en", "en-blind134": "en", "fr-blind133": "fr", "fr-blind134": "fr",
        "en-blind135": "en", "en-blind136": "en", "fr-blind135": "fr", "fr-blind136": "fr",
        "en-blind137": "en", "en-blind138": "en",
        "fr-blind138": "fr",
        "fr-blind137": "fr",
        "en-blind139": "en", "en-blind140": "en", "fr-blind139": "fr", "fr-blind140": "fr",
        "en-blind141": "en", "en-blind142": "en", "fr-blind141": "fr", "fr-blind142": "fr",
        "en-blind143": "en",
        "fr-blind144": "fr",
        "en-blind144": "en",
        "fr-blind143": "fr",
        "en-blind145": "en", "en-blind146": "en", "fr-blind146": "fr",
        "fr-blind145": "fr",
        "en-blind147": "en", "en-blind148": "en", "fr-blind147": "fr", "fr-blind148": "fr",
        "en-blind149": "en", "en-blind150": "en",
        "fr-blind149": "fr", "fr-blind150": "fr",
        "en-blind151": "en", "en-blind152": "en", "fr-blind151": "fr", "fr-blind152": "fr",
        "en-blind153": "en", "en-blind154": "en", "fr-blind153": "fr", "fr-blind154": "fr",
        "en-blind155": "en", "en-blind156": "en",
        "fr-blind155": "fr", "fr-blind156": "fr",
        "en-blind157": "en", "en-blind158": "en", "fr-blind157": "fr", "fr-blind158": "fr",
        "en-blind159": "en", "en-blind160": "en",
        "fr-blind159": "fr", "fr-blind160": "fr",
        "en-blind162": "en",
        "en-blind161": "en",
        "fr-blind161": "fr", "fr-blind162": "fr",
        "en-blind164": "en",
        "en-blind163": "en", "fr-blind164": "fr",
        "fr-blind163": "fr",
        "en-blind166": "en",
        "en-blind165": "en",
        "fr-blind166": "fr",
        "fr-blind165": "fr",
        "en-blind167": "en",
        "fr-blind167": "fr",
        "en-blind169": "en",
        "fr-blind169": "fr",
        "en-blind170": "en",
        "en-blind171": "en",
        "fr-blind170": "fr",
        "fr-blind171": "fr",
        "en-blind172": "en",
        "fr-blind172": "fr",
        "en-blind173": "en",
        "en-blind174": "en",
        "en-blind175": "en",
        "fr-blind173": "fr",
        "fr-blind174": "fr",
        "fr-blind175": "fr",
        "en-blind176": "en",
        "en-blind177": "en",
        "fr-blind176": "fr",
        "fr-blind177": "fr",
        "en-blind178": "en",
        "en-blind179": "en",
        "fr-blind178": "fr",
        "fr-blind179": "fr",
        "en-blind180": "en",
        "en-blind181": "en",
        "fr-blind181": "fr",
        "fr-blind180": "fr",
        "en-blind182": "en",
        "fr-blind183": "fr",
        "fr-blind182": "fr",
        "en-blind183": "en",
        "en-blind184": "en",
        "fr-blind184": "fr",
        "fr-blind185": "fr",
        "en-blind187": "en",
        "fr-blind186": "fr",
        "fr-blind187": "fr",
        "en-blind185": "en",
        "en-blind186": "en",
        "en-blind188": "en",
        "fr-blind188": "fr",
        "en-blind189": "en",
        "en-blind190": "en",
        "fr-blind189": "fr",
        "fr-blind190": "fr",
        "en-blind191": "en",
        "fr-blind191": "fr",
        "en-blind192": "en",
        "fr-blind192": "fr",
        "en-blind193": "en",
        "fr-blind194": "fr",
        "en-blind194": "en",
        "en-blind195": "en",
        "fr-blind195": "fr",
        "en-blind196": "en",
        "en-blind197": "en",
        "fr-blind196": "fr",
        "en-blind199": "en",
        "en-blind198": "en",
        "fr-blind197": "fr",
        "en-blind201": "en",
        "en-blind200": "en",
        "fr-blind198": "fr",
        "en-blind202": "en",
        "en-blind203": "en",
        "fr-blind199": "fr",
        "en-blind204": "en",
        "fr-blind200": "fr",
        "en-blind206": "en",
        "en-blind205": "en",
        "fr-blind201": "fr",
        "en-blind207": "en",
        "fr-blind202": "fr",
        "en-blind208": "en",
        "fr-blind203": "fr",
        "en-blind209": "en",
        "en-blind210": "en",
        "fr-blind204": "fr",
        "en-blind211": "en",
        "en-blind212": "en",
        "fr-blind205": "fr",
        "en-blind213": "en",
        "en-blind214": "en",
        "fr-blind206": "fr",
        "en-blind215": "en",
        "en-blind216": "en",
        "fr-blind207": "fr",
        "en-blind217": "en",
        "fr-blind208": "fr",
        "en-blind218": "en",
        "en-blind219": "en",
        "fr-blind209": "fr",
        "en-blind221": "en",
        "en-blind220": "en",
        "fr-blind210": "fr",
        "en-blind223": "en",
        "fr-blind211": "fr",
        "en-blind222": "en",
        "en-blind224": "en",
        "en-blind225": "en",
        "fr-blind212": "fr",
        "en-blind226": "en",
        "fr-blind213": "fr",
        "en-blind227": "en",
        "en-blind228": "en",
        "fr-blind214": "fr",
        "en-blind229": "en",
        "fr-blind215": "fr",
        "en-blind230": "en",
        "fr-blind216": "fr",
        "en-blind231": "en",
        "fr-blind217": "fr",
        "en-blind232": "en",
        "fr-blind218": "fr",
        "fr-blind219": "fr",
        "en-blind233": "en",
        "en-blind234": "en",
        "fr-blind220": "fr",
        "en-blind236": "en",
        "en-blind235": "en",
        "en-blind237": "en",
        "fr-blind221": "fr",
        "en-blind238": "en",
        "fr-blind222": "fr",
        "en-blind239": "en",
        "fr-blind223": "fr",
        "en-blind240": "en",
        "en-blind241": "en",
        "fr-blind225": "fr",
        "fr-blind224": "fr",
        "en-blind243": "en",
        "en-blind242": "en",
        "fr-blind226": "fr",
        "fr-blind227": "fr",
        "en-blind244": "en",
        "en-blind245": "en",
        "fr-blind228": "fr",
        "en-blind246": "en",
        "en-blind247": "en",
        "fr-blind229": "fr",
        "fr-blind230": "fr",
        "fr-blind231": "fr",
        "en-blind249": "en",
        "fr-blind232": "fr",
        "fr-blind233": "fr",
        "en-blind248": "en",
        "en-blind250": "en",
        "fr-blind235": "fr",
        "en-blind251": "en",
        "fr-blind234": "fr",
        "en-blind252": "en",
        "fr-blind236": "fr",
        "fr-blind237": "fr",
        "en-blind253": "en",
        "fr-blind238": "fr",
        "en-blind255": "en",
        "en-blind256": "en",
        "fr-blind239": "fr",
        "fr-blind240": "fr",
        "en-blind257": "en",
        "fr-blind241": "fr",
        "en-blind258": "en",
        "fr-blind242": "fr",
        "en-blind259": "en",
        "fr-blind243": "fr",
        "en-blind260": "en",
        "fr-blind244": "fr",
        "en-blind261": "en",
        "en-blind262": "en",
        "en-blind263": "en",
        "fr-blind246": "fr",
        "fr-blind247": "fr",
        "fr-blind245": "fr",
        "en-blind264": "en",
        "fr-blind248": "fr",
        "en-blind265": "en",
        "en-blind266": "en",
        "fr-blind249": "fr",
        "fr-blind250": "fr",
        "en-blind267": "en",
        "en-blind268": "en",
        "en-blind270": "en",
        "fr-blind252": "fr",
        "fr-blind253": "fr",
        "fr-blind254": "fr",
        "en-blind269": "en",
        "fr-blind251": "fr",
        "en-blind271": "en",
        "en-blind272": "en",
        "en-blind273": "en",
        "en-blind274": "en",
        "fr-blind255": "fr",
        "fr-blind256": "fr",
        "fr-blind257": "fr",
        "fr-blind258": "fr",
        "en-blind275": "en",
        "en-blind276": "en",
        "en-blind277": "en",
        "en-blind278": "en",
        "fr-blind259": "fr",
        "fr-blind260": "fr",
        "fr-blind261": "fr",
        "fr-blind262": "fr",
        "en-blind279": "en",
        "en-blind280": "en",
        "en-blind282": "en",
        "en-blind281": "en",
        "fr-blind263": "fr",
        "fr-blind264": "fr",
        "fr-blind266": "fr",
        "fr-blind265": "fr",
        "en-blind283": "en",
        "en-blind284": "en",
        "en-blind285": "en",
        "en-blind286": "en",
        "fr-blind267": "fr",
        "fr-blind269": "fr",
        "fr-blind270": "fr",
        "fr-blind268": "fr",
        "fr-blind274": "fr",
        "en-blind290": "en",
        "en-blind287": "en",
        "fr-blind273": "fr",
        "fr-blind271": "fr",
        "en-blind289": "en",
        "en-blind288": "en",
        "fr-blind272": "fr",
        "en-blind294": "en",
        "en-blind291": "en",
        "fr-blind275": "fr",
        "en-blind293": "en",
        "en-blind292": "en",
        "fr-blind276": "fr",
        "fr-blind278": "fr",
        "fr-blind277": "fr",
        "en-blind297": "en",
        "fr-blind282": "fr",
        "fr-blind279": "fr",
        "en-blind295": "en",
        "fr-blind280": "fr",
        "en-blind298": "en",
        "en-blind296": "en",
        "fr-blind281": "fr",
        "en-blind301": "en",
        "en-blind299": "en",
        "fr-blind283": "fr",
        "en-blind300": "en",
        "en-blind302": "en",
        "fr-blind284": "fr",
        "fr-blind285": "fr",
        "fr-blind286": "fr",
        "en-blind303": "en",
        "en-blind304": "en",
        "en-blind305": "en",
        "en-blind306": "en",
        "fr-blind288": "fr",
        "fr-blind289": "fr",
        "fr-blind290": "fr",
        "fr-blind287": "fr",
        "en-blind307": "en",
        "en-blind308": "en",
        "en-blind309": "en",
        "en-blind310": "en",
        "fr-blind291": "fr",
        "fr-blind292": "fr",
        "fr-blind293": "fr",
        "fr-blind294": "fr",
        "en-blind313": "en",
        "en-blind314": "en",
        "en-blind311": "en",
        "en-blind312": "en",
        "fr-blind297": "fr",
        "fr-blind295": "fr",
        "fr-blind296": "fr",
        "fr-blind298": "fr",
        "en-blind315": "en",
        "en-blind316": "en",
        "fr-blind300": "fr",
        "fr-blind299": "fr",
        "en-blind320": "en",
        "en-blind317": "en",
        "en-blind318": "en",
        "en-blind319": "en",
        "fr-blind304": "fr",
        "fr-blind303": "fr",
        "fr-blind301": "fr",
        "fr-blind302": "fr",
        "en-blind322": "en",
        "en-blind321": "en",
        "fr-blind306": "fr",
        "fr-blind305": "fr",
        "en-blind323": "en",
        "en-blind324": "en",
        "en-blind325": "en",
        "en-blind326": "en",
        "fr-blind307": "fr",
        "fr-blind308": "fr",
        "fr-blind309": "fr",
        "fr-blind310": "fr",
        "en-blind327": "en",
        "en-blind328": "en",
        "fr-blind311": "fr",
        "fr-blind312": "fr",
        "en-blind332": "en",
        "en-blind330": "en",
        "en-blind331": "en",
        "en-blind329": "en",
        "fr-blind315": "fr",
        "fr-blind314": "fr",
        "fr-blind316": "fr",
        "fr-blind313": "fr",
        "en-blind333": "en",
        "en-blind334": "en",
        "fr-blind317": "fr",
        "fr-blind318": "fr",
        "en-blind335": "en",
        "en-blind336": "en",
        "fr-blind320": "fr",
        "fr-blind319": "fr",
        "en-blind337": "en",
        "en-blind338": "en",
        "en-blind339": "en",
        "en-blind340": "en",
        "fr-blind321": "fr",
        "fr-blind323": "fr",
        "fr-blind322": "fr",
        "fr-blind324": "fr",
        "en-blind342": "en",
        "en-blind341": "en",
        "fr-blind326": "fr",
        "fr-blind325": "fr",
        "en-blind344": "en",
        "en-blind343": "en",
        "fr-blind328": "fr",
        "fr-blind327": "fr",
        "en-blind345": "en",
        "en-blind346": "en",
        "en-blind347": "en",
        "en-blind348": "en",
        "fr-blind331": "fr",
        "fr-blind332": "fr",
        "fr-blind330": "fr",
        "fr-blind329": "fr",
        "en-blind350": "en",
        "en-blind349": "en",
        "fr-blind334": "fr",
        "fr-blind333": "fr",
        "fr-blind336": "fr",
        "en-blind352": "en",
        "en-blind351": "en",
        "fr-blind335": "fr",
        "en-blind354": "en",
        "en-blind353": "en",
        "fr-blind338": "fr",
        "fr-blind337": "fr"}
KINDS = {"direct", "indirect", "mixed"}
QUOTE_MARKS = "«»“”„‘’‹›\"'"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_sixteen_articles_of_realistic_length(lang):
    texts = articles(OWN / lang)
    assert len(texts) >= 16
    for stem, text in texts.items():
        assert 1000 <= len(text.encode("utf-8")) <= 4096, stem


@pytest.mark.parametrize("lang", SETS)
def test_meta_and_gold_metadata_cover_exactly_the_articles(lang):
    stems = set(articles(OWN / lang))
    meta = records(OWN / lang, "meta.jsonl")
    assert {m["id"] for m in meta} == stems
    for m in meta:
        assert m["language"] == SETS[lang]
        if m["published"] is not None:  # one French article has no date, as real pages sometimes do
            date.fromisoformat(m["published"])
        assert m["title"] == articles(OWN / lang)[m["id"]].split("\n", 1)[0]
    metadata_lines = [r for r in records(OWN / lang, "gold.jsonl") if "kind" not in r]
    assert {r["article"] for r in metadata_lines} == stems
    assert {r["article"] for r in claims(OWN / lang)} == stems


NESTED_OPENING = {"’": "‘", "”": "“", "»": "«", "›": "‹"}
QUOTED_NAME = re.compile(r"«\s*[A-Z][^«»]{0,40}?\s*»")


@pytest.mark.parametrize("lang", SETS)
def test_gold_claim_offsets_point_at_their_content(lang):
    assert_offsets_point_at_content(articles(OWN / lang), claims(OWN / lang))


@pytest.mark.parametrize("lang", SETS)
def test_gold_claims_follow_the_guidelines_format(lang):
    for claim in claims(OWN / lang):
        assert claim["kind"] in KINDS, claim
        assert isinstance(claim["core"], bool), claim
        assert claim["said_on"] is None or SAID_ON.match(claim["said_on"]), claim
        content = claim["content"]
        if claim["kind"] == "direct":
            # (a nested quotation may close the content: "Every year it is ‘next season’")
            nested_close = content[-1] in "’”»›" and NESTED_OPENING[content[-1]] in content[:-1] \
                or content[-1] == "'" and re.search(r"(?:^|[\s:])'\w", content[:-1]) is not None  # (": 'I love this place.'")
            plural_possessive = content[-2:] in ("s'", "s’")  # "The responsibility is ours, the players'"
            elided = re.match(r"['’][A-Za-z]+ ", content) is not None  # (Tagalog "'Yung" for "Iyung": an elision, no mark)
            # (or open it: "‘A fed bear is a dead bear’ isn’t a slogan")
            nested_open = any(content[0] == opening and closing in content[1:] for closing, opening in NESTED_OPENING.items())
            assert (content[0] not in QUOTE_MARKS or elided or nested_open) and (content[-1] not in QUOTE_MARKS or nested_close or plural_possessive), claim
        if claim["kind"] == "mixed":
            assert any(mark in content for mark in QUOTE_MARKS), claim
        if claim["kind"] == "indirect":
            # A quoted proper name (a ship, an exhibition) is no quotation of the speaker.
            unquoted = QUOTED_NAME.sub("", content)
            assert not any(mark in unquoted for mark in "«»“”„‹›"), claim


@pytest.mark.parametrize("lang", SETS)
def test_no_two_gold_claims_of_an_article_share_a_span(lang):
    assert_no_shared_spans(claims(OWN / lang))


def test_blind_set_has_twelve_articles_four_held_out_as_its_readme_says():
    meta = records(OWN / "fr-blind", "meta.jsonl")
    held_out = sorted(m["id"] for m in meta if m["split"] == "held-out")
    assert len(meta) == 12 and {m["split"] for m in meta} == {"dev", "held-out"}
    assert len(held_out) == 4
    readme = (OWN / "fr-blind" / "README.md").read_text(encoding="utf-8")
    assert all(f"`{stem}`" in readme for stem in held_out)
    for text in articles(OWN / "fr-blind").values():
        assert 1000 <= len(text.encode("utf-8")) <= 4096


def test_second_blind_set_has_twelve_articles_six_held_out_all_named_in_its_readme():
    meta = records(OWN / "fr-blind2", "meta.jsonl")
    assert len(meta) == 12 and sum(m["split"] == "held-out" for m in meta) == 6
    assert {m["split"] for m in meta} == {"dev", "held-out"}
    readme = (OWN / "fr-blind2" / "README.md").read_text(encoding="utf-8")
    assert all(f"`{m['id']}`" in readme for m in meta)
    for stem, text in articles(OWN / "fr-blind2").items():
        assert 2000 <= len(text.encode("utf-8")) <= 5120, stem


@pytest.mark.parametrize(("folder", "count", "max_bytes"), [
    ("fr-blind3", 12, 5120), ("fr-blind4", 12, 5120), ("fr-blind5", 10, 3584), ("en-blind", 12, 4096),
    ("en-blind2", 10, 3584),
])
def test_fully_held_out_blind_set_has_its_articles_all_named_in_its_readme(folder, count, max_bytes):
    meta = records(OWN / folder, "meta.jsonl")
    assert len(meta) == count and {m["split"] for m in meta} == {"held-out"}
    readme = (OWN / folder / "README.md").read_text(encoding="utf-8")
    assert all(f"`{m['id']}`" in readme for m in meta)
    for stem, text in articles(OWN / folder).items():
        assert 1500 <= len(text.encode("utf-8")) <= max_bytes, stem
