"""French speaker rules found on the copy studied in session 25: a fronted participle phrase before the
subject, a judge who is no party named after, "le magistrat" for the unnamed judge just quoted, "le
prévenu" for the one person named and tied to no role, a capitalised noun and its adjective opening
a sentence, a deputy's office in lower case before the name, a first name after "de", a quotation
whose speaker "c'est la réaction de" names.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_fronted_participle_phrase_is_no_speaker_and_the_magistrate_is_the_judge():
    text = ("Titre\n\nLe tribunal administratif de Lyon a suspendu mardi l'arrêté.\n\nSaisi en référé par "
            "l'association Air libre et par une trentaine d'artisans, le juge des référés a estimé qu'il existait "
            "« un doute sérieux » sur la légalité de l'arrêté. Le magistrat relève également que les dérogations "
            "« n'ont fait l'objet d'aucune concertation ».\n\n« C'est une victoire », a déclaré Paul Girard, "
            "président d'Air libre.\n")
    assert speaker_of(text, "doute sérieux", "fr") == "juge des référés"
    assert speaker_of(text, "aucune concertation", "fr") == "juge des référés"


def test_the_defendant_is_the_one_person_named_and_tied_to_no_role():
    text = ("Titre\n\nCostume sombre, mains croisées dans le dos, Luc Martinon a écouté sans broncher la lecture "
            "des virements.\n\nÀ la barre, le prévenu reconnaît l'essentiel des faits. « J'ai voulu me refaire "
            "avec l'argent des autres », souffle-t-il.\n")
    assert speaker_of(text, "me refaire", "fr") == "Luc Martinon"


def test_a_deputys_office_in_lower_case_then_the_name():
    text = ("Titre\n\n« Le chantier a pris du retard », a justifié en séance l'adjoint au maire chargé des affaires "
            "scolaires, Ali Combo Said.\n")
    assert speaker_of(text, "pris du retard", "fr") == "Ali Combo Said"


def test_a_quotation_whose_reaction_it_is_and_her_next_statement():
    text = ("Titre\n\nL'Autorité de régulation, de son côté, défend sa décision. Dans un communiqué, le régulateur "
            "affirme que le prix a monté.\n\n« On sacrifie les travailleurs pour faire monter les prix » : c'est la "
            "réaction de Berthe Ilunga Kasongo, présidente de la délégation syndicale. Elle affirme que les agents "
            "ne toucheront que 30 % de leur salaire.\n")
    claims = claims_of(text, "fr")
    quoted = next(c for c in claims if c.content == "On sacrifie les travailleurs pour faire monter les prix")
    assert (quoted.kind, quoted.speaker.name) == ("direct", "Berthe Ilunga Kasongo")
    assert speaker_of(text, "30 %", "fr") == "Berthe Ilunga Kasongo"


def test_a_news_agency_as_audience_then_the_subject():
    text = ("Titre\n\n« On savait que la montagne bougeait », a confié à l'agence Keystone-ATS une habitante de 74 ans, "
            "qui vit à Fionnay.\n")
    assert speaker_of(text, "montagne bougeait", "fr") == "habitante de 74 ans"


def test_a_pronoun_after_a_group_name_and_the_person_in_apposition_is_the_person():
    text = ("Titre\n\n« On a promis des écoles neuves », a attaqué le président du groupe d'opposition Lyon d'abord, "
            "Christophe Aubert. Selon lui, la majorité « savait dès 2024 » que les diagnostics étaient incomplets.\n")
    assert speaker_of(text, "savait dès 2024", "fr") == "Christophe Aubert"


def test_a_quotation_read_in_a_document_is_its_authors():
    text = ("Titre\n\n« Les délais seront respectés », peut-on lire dans le communiqué du ministère.\n\nLe projet "
            "avance. « Les travaux commenceront en mai », lit-on dans le rapport de la Cour des comptes.\n")
    claims = claims_of(text, "fr")
    assert [(c.kind, c.content, c.speaker.name) for c in claims] == [
        ("direct", "Les délais seront respectés", "ministère"),
        ("direct", "Les travaux commenceront en mai", "Cour des comptes")]
