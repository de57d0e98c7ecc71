import pytest

from claims.extract.names import alias_key, name_key, surname_key


@pytest.mark.parametrize(
    "a, b",
    [
        ("Vladimir Poutine", "Vladimir Putin"),
        ("Poutine", "Putin"),
        ("M. Poutine", "Putin"),
        ("le président russe Vladimir Poutine", "President Vladimir Putin"),
        ("Dmitri Peskov", "Dmitry Peskov"),
        ("Sergueï Choïgou", "Sergei Shoigu"),
        ("Sergueï Choïgou", "Sergey Shoigu"),
        ("Volodymyr Zelensky", "Volodimir Zelenskyy"),
        ("Volodymyr Zelenski", "Volodymyr Zelenskiy"),
        ("Iouri Ouchakov", "Yuri Ushakov"),
        ("Alexeï Navalny", "Alexei Navalny"),
        ("Alexeï Navalny", "Aleksei Navalny"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Evgueni Prigojine", "Yevgeny Prigozhin"),
        ("Mikhaïl Gorbatchev", "Mikhail Gorbachev"),
        ("Benyamin Netanyahou", "Benyamin Netanyahu"),
        ("Bachar al-Assad", "Bashar al-Assad"),
        ("Mme Maria Zakharova", "Maria Zakharova"),
        ("Mr. Biden", "Biden"),
        ("DMITRI PESKOV", "dmitri peskov"),
        ("Vladimir Poutine", "Vladimir Poutine lui-même"),
    ],
)
def test_same_person_same_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Kim Jong-un", "Kim Yo-jong"),
        ("Kim Jong-un", "Kim Jong-il"),
        ("Joe Biden", "Hunter Biden"),
        ("Marine Le Pen", "Jean-Marie Le Pen"),
        ("Vladimir Poutine", "Volodymyr Zelensky"),
        ("Vladimir Putin", "Volodymyr Putin"),
        ("Sergueï Lavrov", "Sergueï Choïgou"),
        ("Vladimir Putin", "Putin"),  # a full name and a surname are different keys…
        ("Donald Trump", "Donald Trump and his supporters"),  # a person and a group around them
        ("Emmanuel Macron", "Emmanuel Macron et ses alliés"),
    ],
)
def test_different_people_different_keys(a, b):
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(
    "full, surname",
    [
        ("Vladimir Poutine", "Putin"),
        ("Dmitry Peskov", "M. Peskov"),
        ("Marine Le Pen", "Le Pen"),
        ("Jean-Yves Le Drian", "Le Drian"),
        ("Ursula von der Leyen", "von der Leyen"),
        ("Kim Jong-un", "M. Kim"),  # Korean family name comes first
        ("Xi Jinping", "Xi"),
        ("Bachar al-Assad", "Assad"),
    ],
)
def test_surname_key_links_a_full_name_to_its_surname(full, surname):
    # …and surname_key is how one links them.
    assert surname_key(full) == name_key(surname)
    assert surname_key(full) == surname_key(surname)


def test_keys_read_well():
    assert name_key("Vladimir Poutine") == "vladimir putin"
    assert name_key("Kim Jong-un") == "kim jongun"
    assert name_key("Marine Le Pen") == "marin lepen"


def test_alias_key_is_case_and_accent_insensitive_only():
    assert alias_key("Peskov") == alias_key("peskov")
    assert alias_key("Sergueï  Choïgou") == "serguei choigou"
    assert alias_key("Poutine") != alias_key("Putin")


def test_speaker_key_uses_name_key_only_for_personal_names():
    from claims.extract.names import name_key, speaker_key

    assert speaker_key("Vladimir Poutine") == speaker_key("Vladimir Putin") == name_key("Vladimir Putin")
    assert speaker_key("M. Peskov") == speaker_key("Peskov")
    # Role phrases keep all their words: different people stay apart.
    assert speaker_key("One of the children") != speaker_key("One interviewee")
    assert speaker_key("le porte-parole du Kremlin") == "porte-parole du kremlin"
    assert speaker_key("le nouveau gouvernement de coalition", "organisation") != speaker_key(
        "le nouveau gouvernement grec", "organisation"
    )
    # Organisations: the leading article does not matter.
    assert speaker_key("la NASA", "organisation") == speaker_key("NASA", "organisation") == "nasa"
    assert speaker_key("Le Kremlin", "organisation") == speaker_key("Kremlin", "organisation")


def test_particle_name_after_a_role_is_not_cut_like_a_headline_noun():
    from claims.extract.lang import fr
    from claims.extract.speakers import lexicon, names_in

    lex = lexicon(fr)
    assert [n for _, n in names_in("le député socialiste Romain de Sainte Marie a dit", lex)] == ["Romain de Sainte Marie"]
    assert [n for _, n in names_in("Assassinat de Antoine Sollacaro : le procès", lex)] == ["Antoine Sollacaro"]


@pytest.mark.parametrize(
    "a, b",
    [
        ("Organisation mondiale de la santé", "World Health Organization"),
        ("l'OMS", "the WHO"),
        ("OTAN", "NATO"),
        ("la Maison Blanche", "the White House"),
        ("Commission européenne", "European Commission"),
        ("le Fonds monétaire international", "IMF"),
        ("Nations unies", "the UN"),
    ],
)
def test_a_body_has_one_key_in_french_and_english(a, b):
    from claims.extract.names import organisation_key

    assert organisation_key(a) == organisation_key(b)


def test_bodies_no_list_knows_keep_their_own_key():
    from claims.extract.names import known_organisation_key, organisation_key

    assert known_organisation_key("ministère de la Santé") is None
    assert organisation_key("le ministère de la Santé") == "ministere de la sante"
    assert organisation_key("Commission européenne") != organisation_key("Parlement européen")


def test_a_body_keeps_one_database_key_in_both_languages():
    from claims.extract.names import speaker_key

    assert speaker_key("l'OMS", "organisation") == speaker_key("World Health Organization", "organisation")
    assert speaker_key("OTAN", "organisation") == speaker_key("the NATO", "organisation") == "nato"
    # A role phrase that happens to be written like a body's short form stays a phrase.
    assert speaker_key("the WHO", "person") == "who"
