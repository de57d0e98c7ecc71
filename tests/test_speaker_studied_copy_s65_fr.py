"""French rules found while studying the copy of session 65. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def test_a_fronted_citant_names_who_made_the_claim():
    text = "Citant le ministère de la Santé, l'agence a rapporté que 40 personnes étaient mortes à Kindia.\n"
    assert speaker_of(text, "40 personnes", "fr") == "ministère de la Santé"


def test_a_fronted_citant_giving_a_reason_is_no_name_of_the_speaker():
    text = "Citant une hausse des coûts, l'entreprise a annoncé qu'elle supprimerait 300 emplois à Rennes.\n"
    assert speaker_of(text, "300 emplois", "fr") == "entreprise"


def test_a_date_in_the_speaker_s_relative_clause_after_the_claim_is_not_when_it_was_said():
    text = ("Les parents ont versé chacun 20 euros pour la nouvelle cantine, a expliqué Agnès Morel, dont le fils est "
            "entré à l'école en janvier.\n")
    claim = next(c for c in claims_of(text, "fr") if "cantine" in c.content)
    assert claim.speaker is not None and claim.speaker.name == "Agnès Morel"
    assert claim.said_on is None


def test_the_leader_s_apposition_after_led_by_is_no_speaker_of_the_body():
    text = ("L'opposition municipale, menée par Sylvie Carrel, proche de l'ancien maire, a quant à elle dénoncé "
            "« un règlement de comptes ».\n")
    assert speaker_of(text, "règlement de comptes", "fr") == "opposition municipale"


def test_celle_ci_is_the_woman_named_last_not_the_man_before_her():
    text = "Paul Vidal a rencontré Marie Castel. Celle-ci a affirmé que la commune consacrait trop à la voirie.\n"
    assert speaker_of(text, "consacrait trop", "fr") == "Marie Castel"


def test_celle_ci_after_a_sentence_closing_on_a_body_is_that_body():
    text = ("Son avocat, Me Laurent Sabatier, a plaidé la relaxe. L'affaire avait éclaté après un signalement de la "
            "chambre régionale des comptes d'Occitanie. Dans un rapport publié en mars 2011, celle-ci relevait que la "
            "commune consacrait à la voirie « un budget trois fois supérieur à la moyenne ».\n")
    assert speaker_of(text, "voirie", "fr") == "chambre régionale des comptes d'Occitanie"


def test_a_sports_noun_opening_the_sentence_before_il_is_the_athlete_it_named():
    text = ("Le comité olympique a déposé une réclamation après l'élimination de son lutteur Mamadou Faye.\n\n"
            "« C'est un arbitrage scandaleux », a déclaré le secrétaire général du comité, Alioune Ndiaye.\n\n"
            "Le lutteur lui-même s'est montré plus mesuré. « Je suis déçu, mais je ne vais pas pleurer », a-t-il confié.\n")
    assert speaker_of(text, "pas pleurer", "fr") == "Mamadou Faye"


def test_a_participle_after_a_ce_que_clause_has_that_clause_s_subject():
    text = ("Le président du club, Sékou Traoré, a accusé la mairie de Korhogo de ne pas avoir versé la subvention "
            "promise, ce que la municipalité a démenti mardi auprès de l'AFP, assurant que la somme avait été "
            "« virée le 2 avril ».\n")
    assert speaker_of(text, "virée le 2 avril", "fr") == "municipalité"


def test_il_after_a_sentence_opening_on_the_sous_prefet_of_a_place_is_that_office():
    text = ("La direction de Lactalpe a dénoncé un blocage « illégal ».\n\n"
            "Le sous-préfet de Mortain s'est rendu sur place mercredi. Il a indiqué aux manifestants qu'une table ronde "
            "serait organisée « avant la fin du mois ».\n")
    assert speaker_of(text, "table ronde", "fr") == "sous-préfet de Mortain"


def test_a_demonym_alone_after_a_person_s_sentence_is_that_person():
    text = ("Battu en finale, Fabien Rochat a reconnu avoir « manqué de lucidité ». Le Vaudois s'est dit « frustré mais "
            "pas abattu ».\n")
    assert speaker_of(text, "frustré", "fr") == "Fabien Rochat"


def test_a_newspaper_named_like_a_demonym_stays_the_newspaper():
    text = "Paul Roux a été interpellé lundi. « Il était connu des services », a révélé Le Parisien.\n"
    assert speaker_of(text, "connu des services", "fr") == "Le Parisien"


def test_le_vainqueur_is_the_one_person_the_headline_names():
    text = ("Tennis : Julien Morel s'offre son premier titre à Colmar\n\n"
            "Le Français Julien Morel a remporté dimanche le tournoi de Colmar, en battant en finale le Suisse Fabien "
            "Rochat.\n\n« J'ai eu des crampes », a raconté dimanche soir le vainqueur en conférence de presse.\n")
    assert speaker_of(text, "des crampes", "fr") == "Julien Morel"


def test_le_vainqueur_without_a_person_in_the_headline_is_the_subject_of_the_win_else_no_guess():
    text = ("Tennis : premier titre à Colmar\n\n"
            "Julien Morel a remporté dimanche le tournoi de Colmar, en battant en finale Fabien Rochat.\n\n"
            "« J'ai eu des crampes », a raconté dimanche soir le vainqueur en conférence de presse.\n")
    assert speaker_of(text, "des crampes", "fr") == "Julien Morel"  # (session 79: the subject of "a remporté")
    text = ("Tennis : premier titre à Colmar\n\n"
            "Julien Morel et Fabien Rochat se sont affrontés dimanche en finale du tournoi de Colmar.\n\n"
            "« J'ai eu des crampes », a raconté dimanche soir le vainqueur en conférence de presse.\n")
    assert speaker_of(text, "des crampes", "fr") == "vainqueur"
