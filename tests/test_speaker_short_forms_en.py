"""English: a short form defined in brackets is written out in the speaker's name, alone or inside
a role phrase after a preposition, but not where it opens an unnamed person's role ("An HSA official") (sentences and
names invented for these tests)."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_short_form_before_a_role_noun_stays_as_the_article_writes_it():
    # (the real gold's "USCG dispatcher": an unnamed person keeps the role phrase, short form included)
    text = ("The Harbour Safety Authority (HSA) closed the pier on Monday.\n\n"
            "An HSA official said the pier would reopen in spring.\n")
    assert speaker_of(text, "reopen in spring") == "HSA official"


def test_a_short_form_after_a_preposition_takes_the_article_of_the_long_name():
    text = ("Whales stranded on Corran Beach, the Western Department of Parks and Wildlife (WDPW) said.\n\n"
            "A spokesperson for WDPW said crews would return on Tuesday.\n")
    assert speaker_of(text, "return on Tuesday") == "spokesperson for the Western Department of Parks and Wildlife"


def test_a_short_form_used_before_its_brackets_is_the_long_name():
    text = ("The minister resigned after the broadcaster VRT reported the deal.\n\n"
            "Flemish Public Radio (VRT) reported that the contract was signed in May.\n\n"
            "VRT said the company was owned by the minister's cousin.\n")
    assert speaker_of(text, "owned by the minister's cousin") == "Flemish Public Radio"


def test_the_short_form_of_an_institute_after_a_persons_name_is_the_institute():
    text = ("Dr Lena Hof of the Kestrel Institute of Astronomy (KIA) said the comet was brighter than expected.\n\n"
            "The KIA said it would publish the images on Friday.\n")
    assert speaker_of(text, "publish the images") == "Kestrel Institute of Astronomy"


def test_a_party_in_brackets_after_a_person_is_no_short_form():
    text = ("Councillor Maeve Doyle (FG) said the branch should stay open.\n\n"
            "An FG spokesman said the party would table a motion.\n")
    assert speaker_of(text, "table a motion") == "FG spokesman"


def test_a_mixed_case_short_form_stays_in_the_role_phrase():
    text = ("Rail for Westmoor (RfW) suspended services on Monday.\n\n"
            "An official from RfW said trains would run again on Friday.\n")
    assert speaker_of(text, "run again on Friday") == "official from RfW"


def test_an_acronym_never_defined_is_the_one_speaker_whose_initials_spell_it():
    text = ("Outbreak linked to salads, CDC says\n\n"
            "The Centers for Disease Control and Prevention said 17 people were sick.\n\n"
            "Illnesses began in August, according to the CDC.\n\n"
            "The road will stay closed, the Harbour Roads Agency Te Ara says. The closure is indefinite, HRA says.\n")
    assert speaker_of(text, "began in August") == "Centers for Disease Control and Prevention"
    assert speaker_of(text, "linked to salads") == "Centers for Disease Control and Prevention"
    assert speaker_of(text, "indefinite") == "Harbour Roads Agency Te Ara"


def test_an_acronym_is_not_a_longer_body_it_only_begins():
    text = ("The UN said aid was blocked.\n\n"
            "The United Nations Development Programme said 40 schools were shut.\n")
    assert speaker_of(text, "aid was blocked") == "UN"


def test_a_long_name_with_in_inside_is_read_whole_before_its_short_form():
    text = ("The museum was restored with the Global Fund for Heritage in Conflict Areas (GFHCA), officials said. "
            "GFHCA said in a statement that it had contributed $11 million.\n")
    assert speaker_of(text, "contributed") == "Global Fund for Heritage in Conflict Areas"


def test_a_spanish_name_joined_by_y_is_written_out_whole():
    text = ("Water pressure will be cut every night, the state utility Agua y Saneamiento de Saltillo (AySS) "
            "announced on Wednesday.\n\n"
            "According to AySS, the three dams that supply the city were at 29% of capacity on Tuesday.\n")
    assert speaker_of(text, "three dams") == "Agua y Saneamiento de Saltillo"


def test_a_states_initials_before_the_name_stay_in_its_long_form():
    text = ("Bushfire destroys 12 homes near Cobargo, RFS says\n\n"
            "A bushfire destroyed 12 homes near Cobargo, the NSW Rural Fire Service (RFS) said on Monday.\n\n"
            "The RFS said the fire had been started by lightning.\n")
    assert speaker_of(text, "started by lightning") == "NSW Rural Fire Service"
    assert speaker_of(text, "Bushfire destroys 12 homes") == "NSW Rural Fire Service"


def test_a_word_that_is_no_initials_before_the_name_stays_out_of_its_long_form():
    text = ("A grass fire closed the Western Highway near Ballarat, the state Country Fire Authority (CFA) said on Monday.\n\n"
            "The CFA said the highway would reopen by evening.\n")
    assert speaker_of(text, "reopen by evening") == "Country Fire Authority"


def test_a_short_form_before_a_plural_role_noun_stays_as_the_article_writes_it():
    text = ("The Harbour Safety Authority (HSA) closed the pier on Monday.\n\n"
            "HSA inspectors, who visited in November, found that the pier's piles had \"rotted through\".\n")
    assert speaker_of(text, "rotted through") == "HSA inspectors"
