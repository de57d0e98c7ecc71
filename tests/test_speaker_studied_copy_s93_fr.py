"""French rules found on the copies studied in session 93. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def test_what_the_inverted_subject_is_after_its_short_form_leaves_the_claim_whole():
    text = ("Titre\n\n12 mars 2013. - Les commerçants du grand marché ne rouvriront pas leurs étals tant que les taxes "
            "n'auront pas baissé, a annoncé lundi à Lomé l'Union des commerçants togolais pour l'avenir (UCTA), un syndicat "
            "qui revendique quelque 8 000 adhérents.\n\nSelon le syndicat, les taxes ont doublé en deux ans.\n")
    assert _speaker(text, "ne rouvriront pas leurs étals") == "Union des commerçants togolais pour l'avenir"
    assert _speaker(text, "les taxes ont doublé") == "Union des commerçants togolais pour l'avenir"


def test_a_body_named_for_what_it_fights_keeps_the_whole_list():
    text = ("Titre\n\n12 mars 2013. - La fraude touche en priorité l'administration fiscale, les douanes et les marchés "
            "publics, affirme la Commission nationale de lutte contre la fraude, la contrebande et le blanchiment (CNLFCB) "
            "dans son rapport annuel.\n")
    assert _speaker(text, "administration fiscale") \
        == "Commission nationale de lutte contre la fraude, la contrebande et le blanchiment"


def test_their_part_between_auxiliary_and_participle_is_no_subject():
    text = ("Titre\n\nLe maire s'est dit surpris. Les élus de l'opposition ont quant à eux affirmé que la décision "
            "était injuste.\n")
    assert _speaker(text, "la décision était injuste") == "élus de l'opposition"


def test_the_auditors_speak_as_the_chamber_named_with_its_place():
    text = ("Titre\n\n10 janvier 2013. - La chambre régionale des comptes (CRC) de Bourgogne a publié mardi un rapport "
            "sur la gestion du syndicat des eaux de la Vingeanne. Selon les magistrats financiers, le syndicat a laissé "
            "filer sa dette. « Le comité n'a jamais été informé », écrivent-ils. La situation reste « préoccupante », "
            "écrit la chambre.\n")
    assert _speaker(text, "laissé filer sa dette") == "chambre régionale des comptes de Bourgogne"
    assert _speaker(text, "Le comité n'a jamais été informé") == "chambre régionale des comptes de Bourgogne"
    assert _speaker(text, "préoccupante") == "chambre régionale des comptes de Bourgogne"


def test_a_university_named_by_its_town_speaks_as_itself():
    text = ("Titre\n\nLe projet vise à transférer le département à Uzès, selon les étudiants. « Uzès, c'est à vingt "
            "kilomètres », a ironisé le directeur. L'université de Nîmes, contactée par l'AFP, a indiqué que la décision "
            "serait prise le 15 mai.\n")
    assert _speaker(text, "la décision serait prise") == "université de Nîmes"


def test_the_collective_is_its_name_between_guillemets_not_a_short_form_inside_it():
    text = ("Titre\n\n« Personne ne nous a consultés », a déclaré Lucie Morel, porte-parole du collectif « SOS IUT "
            "Arles ». Selon le collectif, le département forme chaque année 150 étudiants.\n")
    assert _speaker(text, "forme chaque année") == "SOS IUT Arles"


def test_the_defendant_is_the_one_convicted_not_his_co_defendant():
    text = ("Titre\n\n26 mai 2012. - La cour d'assises de la Haute-Corse a condamné vendredi soir à Bastia Paul Santini, "
            "41 ans, à quinze ans de réclusion. Son coaccusé, Marc Orsini, poursuivi pour complicité, a été acquitté.\n\n"
            "Pendant le procès, l'accusé a nié avoir tiré, affirmant qu'il se trouvait ce soir-là à Corte.\n")
    assert _speaker(text, "se trouvait ce soir-là") == "Paul Santini"


def test_the_defendant_named_by_his_case_in_a_headline_is_the_one_convicted():
    text = ("Assises : « Je regrette chaque jour », dit l'accusé de l'incendie de Murat\n\n8 décembre 2012. - La cour "
            "d'assises du Cantal a condamné vendredi Didier Vernet, 52 ans, à douze ans de réclusion.\n")
    assert _speaker(text, "Je regrette chaque jour") == "Didier Vernet"


def test_a_source_relaying_an_attribution_leaves_the_infinitive_to_its_speaker():
    text = ("Titre\n\n8 décembre 2012. - La cour d'assises du Cantal, siégeant en appel à Aurillac, a condamné vendredi Didier "
            "Vernet, 52 ans, à douze ans de réclusion criminelle.\n\nVendredi matin, avant que la cour ne se retire pour "
            "délibérer, l'accusé a pris la parole une dernière fois. « Je n'ai jamais voulu blesser personne. Je voulais "
            "brûler la grange, pas la maison », a-t-il déclaré d'une voix à peine audible, selon le quotidien La Gazette "
            "des Puys, avant d'ajouter qu'il pensait aux victimes « tous les jours ».\n")
    assert [(c.speaker.name, c.content) for c in claims_of(text, "fr") if "victimes" in c.content] \
        == [("Didier Vernet", "il pensait aux victimes « tous les jours »")]


def test_a_headline_clause_then_a_plural_subject_after_its_comma():
    text = ("Le CCNB ferme quatre programmes, les étudiants dénoncent une « coupe à l'aveugle »\n\n12 mars 2013. - "
            "Texte sans rapport.\n")
    assert _speaker(text, "coupe à l'aveugle") == "étudiants"


def test_a_short_form_keeps_its_complement_but_not_a_verb():
    text = "Titre\n\nSelon la CGT du centre hospitalier, sept infirmières ont quitté le service depuis janvier.\n"
    assert _speaker(text, "sept infirmières") == "CGT du centre hospitalier"


def test_the_director_of_a_film_is_its_maker_named_before():
    text = ("Titre\n\nLe prix du jury est allé à « Marée haute », un documentaire de la Monctonienne Julie Arsenault sur "
            "les pêcheurs de Shippagan. Le festival avait ouvert avec le film du réalisateur Marc Doiron. « Je ne pensais "
            "jamais gagner ici », a confié la réalisatrice en recevant son prix.\n")
    assert _speaker(text, "Je ne pensais jamais gagner") == "Julie Arsenault"
