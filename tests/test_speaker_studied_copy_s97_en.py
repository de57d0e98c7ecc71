"""English rules found on the copies studied in session 97. Sentences and names invented for these tests."""

from __future__ import annotations

from datetime import date

from claims.article import Article
from claims.extract import extract
from extract_support import speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "en")


def _article(*paragraphs: str, title: str = "Title") -> str:
    return f"{title}\n\nTuesday, March 3, 2020\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_bare_reporting_verb_after_a_singular_noun_is_a_noun():
    text = _article('The ministry said on Monday that the plan was "unrelated to" the border dispute between the two states.')
    assert _speaker(text, "the border dispute between") == "ministry"


def test_a_newspaper_named_after_its_kind_is_nobody_a_pronoun_stands_for():
    text = _article('A guard at the depot, who asked not to be named, told the Varna daily Morski Vestnik that the gate had '
                    'been left open. "We had warned them twice," he said.')
    assert _speaker(text, "We had warned them twice") == _speaker(text, "the gate had been left open")


def test_a_described_person_in_apposition_after_according_to():
    text = _article("According to the liquidator named by the court, Leipzig lawyer Anke Sommer, the firm owes its "
                    "suppliers about €3 million.")
    assert _speaker(text, "the firm owes its suppliers") == "Anke Sommer"


def test_two_people_joined_then_their_firm_speak_together():
    text = _article("The administrators, Rosa Pellew and Tom Arkwright of the accounting firm Dunmore Lane, said the "
                    "ferry would keep sailing while they looked for a buyer.")
    assert _speaker(text, "the ferry would keep sailing") == "Rosa Pellew and Tom Arkwright"


def test_a_short_form_of_a_firm_joined_by_an_ampersand_is_the_firm_a_pronoun_stands_for():
    text = _article("Members of the Kestrel Dockworkers' Union voted to strike, the union said. It opposes the plan by "
                    "Kestrel Shipbuilding & Marine Engineering to sell its port division.",
                    'Kestrel said in a statement that no jobs would be lost. It called the vote "premature" and urged '
                    "the union to return to talks.")
    assert _speaker(text, "the vote") == "Kestrel Shipbuilding & Marine Engineering"


def _candidate_article(title: str = "Title") -> str:
    return _article("An independent candidate in Sunday's council election in Latvia has asked the commission to annul "
                    "the result in her district, saying the count at four polling stations was wrong.",
                    "Ilze Ozola, a 41-year-old teacher who ran as the Green List's candidate in the Riga district, said "
                    "her observers had counted 2,300 ballots for her.", title=title)


def test_a_described_speaker_is_the_person_whose_apposition_names_her_role_next():
    text = _candidate_article()
    assert _speaker(text, "the count at four polling stations") == "Ilze Ozola"


def test_the_day_of_an_event_the_speaker_took_part_in_is_not_when_she_spoke():
    claims = extract(Article(_candidate_article(), language="en", published=date(2020, 3, 3))).claims
    claim = next(c for c in claims if "the count at four polling stations" in c.content)
    assert claim.said_on is None


def test_a_headline_role_of_a_place_is_the_person_the_lede_describes_and_names():
    text = _candidate_article(title="Latvia independent candidate says count was wrong")
    assert _speaker(text, "count was wrong") == "Ilze Ozola"


def test_a_headline_body_by_its_kind_is_the_lede_s_first_body_doing_the_same():
    text = _article("The Workplace Relations Commission yesterday ruled that a Dublin courier for the platform Zipp "
                    "was an employee.", title="Irish tribunal rules courier was an employee")
    assert _speaker(text, "courier was an employee") == "Workplace Relations Commission"


def test_a_participle_after_the_audience_is_the_inverted_speaker_s():
    text = _article('"The service treats safety as a priority," a department spokeswoman told the Eastern Coast Morning '
                    "Herald on Tuesday, adding that inspections had been suspended since January.")
    assert _speaker(text, "inspections had been suspended") == "department spokeswoman"


def test_a_headline_body_by_its_last_word_is_the_lede_s_full_name():
    text = _article("Derwent County Council wrongly charged 210 people for home care, the Public Services and Care "
                    "Ombudsman said in a report.", title="Ombudsman finds council overcharged families")
    assert _speaker(text, "council overcharged families") == "Public Services and Care Ombudsman"


def test_a_group_described_before_speaks_again_by_its_noun():
    text = _article("A new road would cut through the last corridor used by tigers, conservation groups said.",
                    "In a joint report, the groups, led by the Bengkulu-based Harimau Foundation, said camera traps had "
                    "recorded at least nine tigers.")
    assert _speaker(text, "camera traps had recorded") == "conservation groups"
