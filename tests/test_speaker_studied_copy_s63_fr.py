"""French rules found on the copy studied in session 63 (set own/fr-blind196). Sentences and names invented
for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def test_a_headline_clause_before_the_subject_is_no_apposition():
    text = "Québec : Granby adopte un budget en hausse de 3,2 %, l'opposition dénonce une « saignée » des contribuables\n"
    claim = claims_of(text)[0]
    assert claim.speaker.mention == "l'opposition"


def test_a_court_named_before_is_not_the_association_that_speaks():
    text = ("Québec : la Cour supérieure ordonne la réouverture d'une école de Gatineau\n\n"
            "L'association étudiante dénonce une « atteinte au droit de grève ».\n")
    assert speaker_of(text, "atteinte au droit de grève", "fr") not in ("Cour supérieure", "Cour supérieure ordonne")


def test_a_name_then_its_age_is_the_antecedent_of_qui():
    text = ("Le tribunal a ordonné à l'école de donner ses cours à Léa Fontaine-Roy, 17 ans, qui affirmait être privée "
            "de cours depuis le début de la grève.\n")
    assert speaker_of(text, "privée de cours", "fr") == "Léa Fontaine-Roy"


def test_a_committee_named_in_guillemets_speaks_past_its_relative_clause():
    text = ("Le comité référendaire « Vivre à Marin », qui avait fait campagne contre la fusion, a salué « une victoire "
            "du village ».\n")
    assert speaker_of(text, "victoire du village", "fr") == "Vivre à Marin"


def test_an_adjective_after_plan_does_not_make_its_quotation_a_name():
    text = "Le maire, Paul Vernet, a jugé le plan régional « tardif et insuffisant ».\n"
    assert speaker_of(text, "tardif et insuffisant", "fr") == "Paul Vernet"


def test_the_role_of_a_union_officer_is_his_not_the_policemen_of_the_union_name():
    text = ("Le parquet a ouvert une enquête. « Tout indique un règlement de comptes », a précisé le procureur adjoint. "
            "Le quartier est sous tension depuis janvier.\n\n"
            "Pour le secrétaire départemental du syndicat Union des policiers républicains (UPR), Marc Dulac, les "
            "effectifs sont « à bout de souffle ».\n")
    assert speaker_of(text, "règlement de comptes", "fr") == "procureur adjoint"


def test_selon_son_avocat_after_a_name_ties_no_lawyer_to_that_name():
    text = ("Belgique : la justice a été « trop sévère » avec l'ancien échevin des Sports de Namur, selon son avocat\n\n"
            "Le tribunal a condamné mercredi l'ancien échevin, Jules Lambert. « Le tribunal a été trop sévère », a "
            "réagi son avocat, Me Henri Jadot.\n")
    assert speaker_of(text, "trop sévère", "fr") == "Henri Jadot"


def test_a_request_in_the_subjunctive_is_no_claim():
    text = "Son président, Luc Tardif, a demandé que les travaux soient faits la nuit.\n"
    assert claims_of(text) == []


def test_a_long_description_of_the_source_after_selon_closes_the_sentence():
    text = ("La circulation était ralentie sur plus de huit kilomètres sur l'autoroute 20, selon Info Trafic, le service "
            "d'information routière du ministère des Transports du Québec.\n")
    assert content_of(text, "circulation", "fr").startswith("La circulation était ralentie")


def test_an_occasion_and_its_town_before_a_possessive_inverted_subject():
    text = ("« Nous avons choisi la prudence », a déclaré jeudi lors d'une conférence de presse à Namur son "
            "administrateur délégué, Marc Delvaux.\n")
    assert speaker_of(text, "choisi la prudence", "fr") == "Marc Delvaux"


def test_by_telephone_and_an_agency_before_an_inverted_name():
    text = ("« Les tirs n'ont pas cessé de la nuit », a raconté par téléphone à l'agence Reuters Samira Haddad, une mère "
            "de famille du quartier.\n")
    assert speaker_of(text, "tirs n'ont pas cessé", "fr") == "Samira Haddad"


# Set own/fr-blind197, scored first, then studied in session 63.

def test_a_town_opening_the_sentence_after_a_is_no_name_in_apposition():
    text = ("À New York, un porte-parole des Nations unies, cité par l'AFP, a jugé « profondément décevant » l'échec "
            "de la trêve.\n")
    assert speaker_of(text, "profondément décevant", "fr") == "porte-parole des Nations unies"


def test_the_name_someone_goes_by_names_them():
    text = ("À Homs, le commandant d'une brigade rebelle du quartier de Baba Amr, qui se fait appeler Abou Karim, a assuré "
            "à l'AFP que l'aviation avait bombardé le quartier.\n")
    assert speaker_of(text, "aviation avait bombardé", "fr") == "Abou Karim"


def test_the_press_and_a_town_before_an_inverted_subject():
    text = ("« Une équipe suit chaque malade », a déclaré à la presse à Gulu le directeur des services de santé, le "
            "docteur Samuel Opio.\n")
    assert speaker_of(text, "suit chaque malade", "fr") == "Samuel Opio"
