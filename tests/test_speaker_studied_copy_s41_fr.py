"""French speaker and span rules found on the copy studied in session 41: a body's fuller name found
in the article for an accented noun and after what it covers, its portfolios joined by "et", a date
between an inverted verb and its subject, a surname that is also a role word, "par arrêté" after an
inverted subject, a document carried out in a given month, results and evaluation campaigns as
documents, a year closing a subject, a source's body named in apposition with its kind, "du service"
kept as written, a share of people after a source, a group named for a cause, a union of a body known
by its initials and counts opening a sentence. Sentences and names invented for these tests."""

from __future__ import annotations

import pytest

from extract_support import claims_of, content_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


@pytest.mark.parametrize("named, later, speaker", [
    ("Le président du comité régional de la conchyliculture Normandie Mer du Nord, Paul Ledru, a estimé mardi que la "
     "contamination venait des débordements.", "selon le comité régional",
     "comité régional de la conchyliculture Normandie Mer du Nord"),
    ("Un arrêté de la préfecture de la Manche a suspendu la vente.", "selon la préfecture", "préfecture de la Manche"),
])
def test_a_bodys_noun_takes_the_fuller_name_the_article_gave(named, later, speaker):
    text = f"Titre\n\n{named}\n\nLes prochains résultats sont attendus vendredi, {later}.\n"
    assert _speaker(text, "prochains résultats") == speaker


def test_a_ministry_keeps_the_portfolios_joined_to_its_name():
    text = ("Titre\n\nLe ministère des Pêches et des Infrastructures maritimes et portuaires a publié un rapport.\n\n"
            "Les prises ont baissé de 23 % en deux ans, selon le ministère.\n")
    assert _speaker(text, "Les prises ont baissé") == "ministère des Pêches et des Infrastructures maritimes et portuaires"


@pytest.mark.parametrize("between", ["le 6 novembre", "la veille"])
def test_a_date_between_an_inverted_verb_and_its_subject(between):
    text = (f"Titre\n\nLa mise en service de la déviation est repoussée de deux ans, a annoncé {between} le conseil "
            "départemental de l'Orne.\n")
    assert _speaker(text, "déviation est repoussée") == "conseil départemental de l'Orne"


def test_a_first_name_then_a_surname_that_is_a_role_word():
    text = ("Titre\n\n« Nous avons respecté toutes les prescriptions », a assuré le président du club, Gilles Aumonier.\n")
    assert _speaker(text, "respecté toutes les prescriptions") == "Gilles Aumonier"


def test_how_a_body_made_it_known_is_no_part_of_it():
    text = "Titre\n\nLa plage est interdite au public depuis vendredi, a fait savoir la mairie par arrêté.\n"
    assert _speaker(text, "La plage est interdite") == "mairie"


def test_a_study_carried_out_in_a_month_speaks_as_its_agent():
    text = ("Titre\n\nD'après les résultats de la campagne d'évaluation menée en septembre par l'Ifremer, la biomasse "
            "de coquilles est estimée à 31 000 tonnes.\n")
    assert _speaker(text, "la biomasse de coquilles") == "Ifremer"


def test_a_year_closing_a_document_subject():
    text = ("Titre\n\nUn audit commandé par la région en 2023 concluait que la rénovation coûterait 14 millions "
            "d'euros.\n")
    [claim] = claims_of(text)
    assert claim.content == "la rénovation coûterait 14 millions d'euros"
    assert claim.speaker.name == "audit commandé par la région"


def test_a_source_named_by_its_kind_and_name_in_apposition():
    text = ("Titre\n\nSelon l'exploitant, la compagnie Vedettes de l'Odet, le navire a subi jeudi soir une avarie.\n\n"
            "Selon la Région Normandie, le transporteur Cars Bleus, titulaire du marché, a perdu quatre conducteurs.\n")
    assert _speaker(text, "le navire a subi") == "Vedettes de l'Odet"
    assert _speaker(text, "a perdu quatre conducteurs") == "Région Normandie"


def test_someone_of_the_service_is_kept_as_written():
    text = ("Titre\n\nLe service des urgences de l'hôpital de Flers ferme la nuit.\n\nUne infirmière du service, qui a "
            "souhaité rester anonyme, raconte : « Les gens attendent sur le parking. »\n")
    assert _speaker(text, "attendent sur le parking") == "infirmière du service"


def test_a_share_of_people_after_a_source_is_the_sources_finding():
    text = ("Titre\n\nSelon la Maison des saisonniers du Léman, près de 30 % des saisonniers de la rive sud déclarent "
            "avoir été logés dans des conditions indignes.\n")
    [claim] = claims_of(text)
    assert claim.speaker.name == "Maison des saisonniers du Léman"
    assert claim.content.endswith("déclarent avoir été logés dans des conditions indignes")


def test_a_group_named_for_a_cause_keeps_its_whole_name():
    text = ("Titre\n\nAvec une quarantaine de soignants réunis dans le collectif Médecins pour l'air de la vallée, elle a "
            "écrit au préfet. Le collectif y estime que le plan « n'a pas tenu ses promesses ».\n")
    assert _speaker(text, "tenu ses promesses") == "Médecins pour l'air de la vallée"


def test_a_union_of_a_body_known_by_its_initials():
    text = ("Titre\n\nLe Centre hospitalier du Bocage (CHB) recrute.\n\nPour la CGT du CHB, « un studio ne remplace pas "
            "une revalorisation ».\n")
    assert _speaker(text, "un studio ne remplace pas") == "CGT du Centre hospitalier du Bocage"


def test_a_count_opening_the_sentence_is_no_name():
    text = ("Titre\n\nLe centre hospitalier de Flers ferme sa maternité.\n\n"
            "Environ 90 accouchements étaient prévus sur la période, selon l'hôpital.\n")
    assert _speaker(text, "accouchements étaient prévus") != "Environ"
    assert content_of(text, "accouchements", "fr") == "Environ 90 accouchements étaient prévus sur la période"


def test_a_quoted_subject_then_its_verb_and_an_adverb_is_one_mixed_claim():
    text = ("Titre\n\nPour son président, Régis Fournial, « l'image de vin de comptoir » colle encore au saint-pourçain.\n")
    [claim] = claims_of(text)
    assert claim.kind == "mixed"
    assert claim.content == "« l'image de vin de comptoir » colle encore au saint-pourçain"


def test_a_reporting_verb_in_a_relative_clause_inside_an_apposition():
    text = ("Titre\n\nL'Établissement public Loire, gestionnaire du barrage de Naussac qui soutient le débit de l'Allier "
            "en été, a indiqué que la retenue n'était plus remplie qu'à 41 %.\n")
    assert _speaker(text, "la retenue") == "Établissement public Loire"


def test_a_bodys_name_runs_through_its_complements_and_short_form():
    text = ("Titre\n\nLa Fédération des conseils de parents d'élèves (FCPE) de l'Allier réclame un moratoire. Dans un "
            "communiqué, elle affirmait que « les élèves de la montagne ne sont pas des élèves de seconde zone ».\n")
    assert _speaker(text, "élèves de la montagne") == "Fédération des conseils de parents d'élèves de l'Allier"


def test_a_place_in_a_relative_clause_is_no_speaker():
    text = ("Titre\n\nJoint par téléphone, un soudeur intérimaire qui habite Saint-Brevin a expliqué que le détour lui "
            "ferait « perdre une heure ».\n")
    assert _speaker(text, "le détour") == "soudeur intérimaire qui habite Saint-Brevin"


def test_colleagues_of_an_outlet_are_the_outlet():
    text = "Titre\n\nNos confrères de Presse Océan avaient révélé hier que le calendrier ne serait pas tenu.\n"
    assert _speaker(text, "le calendrier") == "Presse Océan"


def test_a_name_never_runs_across_a_blank_line():
    text = ("Télénantes\n\nNantes Métropole a confirmé ce mercredi que la ligne était repoussée.\n\n"
            "Selon la métropole, le surcoût atteindrait 46 millions d'euros.\n")
    assert _speaker(text, "le surcoût") == "Nantes Métropole"


def test_a_project_owner_named_in_apposition_with_its_kind():
    text = ("Titre\n\nSelon le maître d'ouvrage, le consortium Océole, le futur parc compterait 70 éoliennes "
            "flottantes.\n")
    assert _speaker(text, "le futur parc") == "Océole"


def test_the_company_the_sentence_opens_on_is_the_one_announcing():
    text = ("Titre\n\nLe constructeur naval nazairien Estuaire Naval a signé avec l'armateur irlandais Celtic Link Ferries "
            "une commande de quatre ferries, a annoncé lundi l'entreprise dans un communiqué.\n")
    assert _speaker(text, "une commande de quatre ferries") == "Estuaire Naval"


def test_a_statement_after_a_colon_closed_by_an_inverted_pronoun_is_a_claim_of_its_own():
    text = ("Titre\n\nLe maire, Michel Parrain, estime que la commune « ne pourra pas suivre » : elle a déjà engagé "
            "410 000 euros, rappelle-t-il.\n")
    contents = [c.content for c in claims_of(text)]
    assert contents == ["la commune « ne pourra pas suivre »", "elle a déjà engagé 410 000 euros"]


def test_another_finding_before_a_colon():
    text = ("Titre\n\nLe collectif de défense de l'hôpital, créé en 2024, dresse un autre constat : la direction laisse "
            "partir les médecins depuis des années.\n")
    [claim] = claims_of(text)
    assert claim.content == "la direction laisse partir les médecins depuis des années"
    assert claim.speaker.name == "collectif de défense de l'hôpital"


def test_a_petitions_title_is_no_quotation():
    text = ("Titre\n\nLe collectif a lancé en septembre la pétition « Un rond-point avant un autre mort ». Elle a "
            "recueilli 2 600 signatures, selon ses organisateurs.\n")
    assert [c.content for c in claims_of(text)] == ["Elle a recueilli 2 600 signatures"]


def test_the_hospital_is_the_one_centre_hospitalier_the_article_names():
    text = ("Titre\n\nLa maternité du centre hospitalier de Lannion-Trestel fermera pendant six semaines.\n\n"
            "Environ 90 accouchements étaient prévus sur la période, selon l'hôpital.\n")
    assert _speaker(text, "accouchements") == "centre hospitalier de Lannion-Trestel"
