"""French speaker and span rules found on the copy studied in session 29: a long adjunct and an
audience before "que", "Toujours selon X", a body's head noun capitalised alone ("le Ministère"),
figures published by a body, a place inside an anonymous source's own description, documents
"obtenues par" an outlet that only relays them.
Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_an_interview_and_its_audience_before_que():
    text = ("Titre\n\nL'économiste Karim Benali a estimé dans un entretien à la Chaîne 2 de la Radio tunisienne "
            "que ce rythme restait « très insuffisant » au regard des objectifs.\n")
    assert speaker_of(text, "ce rythme restait", "fr") == "Karim Benali"


def test_toujours_selon_opens_a_source_phrase():
    text = ("Titre\n\nLe ministère des Transports a confirmé jeudi que le chantier ne serait pas terminé avant 2028. "
            "Toujours selon le ministère, la facture atteint désormais 1,1 milliard de dollars.\n")
    assert speaker_of(text, "la facture atteint", "fr") == "ministère des Transports"


def test_the_ministry_capitalised_alone_is_the_ministry_named_before():
    text = ("Titre\n\nLe ministère des Transports a confirmé jeudi que le chantier ne serait pas terminé avant 2028. "
            "Selon le Ministère, plusieurs ponts sont plus dégradés que prévu.\n")
    assert speaker_of(text, "plusieurs ponts", "fr") == "ministère des Transports"


def test_figures_published_by_a_body_are_its_claim():
    text = ("Titre\n\nSelon des chiffres publiés en 2025 par l'Organisation mondiale de la santé (OMS), le pays compte "
            "environ 2,9 médecins pour 1 000 habitants.\n")
    assert speaker_of(text, "le pays compte", "fr") == "Organisation mondiale de la santé"


def test_a_place_inside_an_anonymous_sources_description_is_not_the_source():
    text = ("Titre\n\nUn responsable d'une organisation humanitaire présente dans la région, qui a requis "
            "l'anonymat, a estimé auprès de l'AFP que le bilan risque de s'alourdir.\n")
    assert speaker_of(text, "le bilan risque", "fr") == "responsable d'une organisation humanitaire présente dans la région"


def test_documents_obtained_by_an_outlet_are_not_the_outlets_claim():
    text = ("Titre\n\nSelon des données internes obtenues par Le Journal, 71 patients occupaient mardi les 37 "
            "civières des urgences.\n")
    assert speaker_of(text, "71 patients occupaient", "fr") != "Journal"


def test_a_colon_then_a_new_subject_and_its_verb_ends_the_statement():
    text = ("Titre\n\nPour l'association des parents, ce temps de trajet est « un mensonge » : la fédération affirme "
            "que certains élèves passent « plus de deux heures par jour » dans le car.\n")
    found = claims_of(text, "fr")
    assert [c.content for c in found] == ["ce temps de trajet est « un mensonge »",
                                          "certains élèves passent « plus de deux heures par jour » dans le car"]


def test_a_colon_then_a_list_of_what_it_is_goes_on():
    text = ("Titre\n\nSelon les enquêteurs, le mode opératoire est toujours le même : des annonces publiées sur des "
            "sites de petites annonces et un paiement exigé par virement.\n")
    (claim,) = claims_of(text, "fr")
    assert claim.content.endswith("un paiement exigé par virement")


def test_a_colon_then_selon_lui_opens_a_statement_of_its_own():
    text = ("Titre\n\nLe président de l'association, Paul Ravel, estime que l'affaire a déjà « changé les pratiques » : "
            "selon lui, les contrôles sont devenus systématiques.\n")
    found = claims_of(text, "fr")
    assert [c.content for c in found] == ["l'affaire a déjà « changé les pratiques »",
                                          "les contrôles sont devenus systématiques"]
    assert {c.speaker.name for c in found} == {"Paul Ravel"}


def test_a_named_audience_before_que():
    text = ("Titre\n\nLe nouveau maire, Saïd Abdou, a déclaré à l'Office de radio et télévision des Comores (ORTC) que "
            "sa priorité serait « le ramassage des ordures ».\n")
    assert speaker_of(text, "sa priorité serait", "fr") == "Saïd Abdou"


def test_par_la_voix_de_son_avocate_before_que():
    text = ("Titre\n\nLa municipalité, elle aussi partie civile, a indiqué par la voix de son avocate, Me Claire "
            "Pineau, que deux chantiers avaient dû être repris aux frais de la commune.\n")
    assert speaker_of(text, "deux chantiers avaient", "fr") == "municipalité"


def test_an_infinitive_after_the_audience_is_the_statement():
    text = ("Titre\n\nUn éleveur a expliqué à l'AFP avoir reçu en septembre une lettre du ministère l'informant que sa "
            "ferme figurait sur la liste.\n")
    (claim,) = claims_of(text, "fr")
    assert claim.content.startswith("avoir reçu en septembre")


def test_a_body_with_a_long_name_after_selon_closing_the_sentence():
    text = ("Titre\n\nLe cyclone a touché terre mercredi soir près de Mananjary, faisant au moins sept morts, selon un "
            "bilan provisoire du Bureau national de gestion des risques et des catastrophes (BNGRC) publié jeudi.\n")
    assert speaker_of(text, "Le cyclone a touché terre", "fr") == "Bureau national de gestion des risques et des catastrophes"


def test_the_company_is_the_two_word_company_opening_the_sentence_before():
    text = "Titre\n\nAir Austral a annulé 40 vols lundi. La compagnie a expliqué que des contrôleurs étaient en grève.\n"
    assert speaker_of(text, "des contrôleurs", "fr") == "Air Austral"


def test_a_person_who_spoke_before_is_no_company():
    text = ("Titre\n\nViktor Ianoukov a souligné lundi que les réserves couvraient 45 jours. La société a précisé que "
            "les livraisons reprendraient en mars.\n")
    assert speaker_of(text, "les livraisons reprendraient", "fr") != "Viktor Ianoukov"


def test_precise_after_the_sentences_subject_is_its_verb():
    text = "Titre\n\nLa mairie précise dans un communiqué que les écoles resteront fermées.\n"
    assert speaker_of(text, "les écoles resteront fermées", "fr") == "mairie"


def test_precise_after_a_noun_inside_a_subject_is_an_adjective():
    text = "Titre\n\nLa situation précise dans laquelle le drame s'est produit reste floue.\n"
    assert claims_of(text, "fr") == []


def test_a_reporting_verb_is_no_qualifier_of_a_bodys_noun():
    text = "Titre\n\nLa préfecture indique dans un communiqué que 300 pompiers sont mobilisés.\n"
    assert speaker_of(text, "300 pompiers", "fr") == "préfecture"


def test_a_role_continuing_a_statement_is_the_person_who_spoke_before():
    text = ("Titre\n\nEmmanuel Macron a salué « un accord historique ». Le chef de l'État a ajouté que la France serait "
            "prête.\n")
    assert speaker_of(text, "la France serait prête", "fr") == "Emmanuel Macron"


def test_a_courts_profession_continuing_is_someone_of_its_own():
    text = ("Titre\n\nL'avocate Marie Roux a plaidé la relaxe, estimant que « rien ne tient ». Le juge a ajouté que la "
            "décision serait rendue lundi.\n")
    assert speaker_of(text, "la décision serait rendue", "fr") != "Marie Roux"


def test_a_bodys_capitalised_noun_is_named_with_its_adjectives():
    text = ("Titre\n\nLa Banque centrale européenne a relevé ses taux. L'institution de Francfort juge que l'inflation "
            "reste trop élevée.\n")
    assert speaker_of(text, "l'inflation reste", "fr") == "Banque centrale européenne"
