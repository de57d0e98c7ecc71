"""French documents as speakers: the author given in apposition ("l'audit, réalisé par le cabinet X")
speaks for the document and for the document named again; a document with no author speaks as
itself with the participle saying which one it is, never as those it was handed to."""

from __future__ import annotations

from extract_support import claims_of


def test_an_audit_speaks_as_the_firm_that_made_it_and_so_does_the_report_after_it():
    found = claims_of(
        "Selon l'audit, réalisé par le cabinet Mazars & Fils à la demande de la mairie, la commune a perdu "
        "2 millions d'euros. Le rapport relève également que plusieurs marchés ont été passés sans appel d'offres.")
    assert [c.speaker.name for c in found] == ["Mazars & Fils"] * 2  # the firm by its name ("&" joins it as "et" does)


def test_a_study_led_by_a_named_person_speaks_as_that_person_and_her_pronoun_too():
    found = claims_of(
        "L'étude, dirigée par la sociologue Claire Fontanel, affirme que les jeunes lisent moins qu'avant. "
        "Elle souligne aussi que les filles lisent davantage.")
    assert [c.speaker.name for c in found] == ["Claire Fontanel"] * 2


def test_a_survey_conducted_by_a_body_speaks_as_that_body():
    found = claims_of("D'après l'enquête, conduite par l'institut Sondora auprès de 2 000 personnes, "
                      "60 % des habitants jugent la réforme injuste.")
    assert [c.speaker.name for c in found] == ["institut Sondora"]


def test_a_document_with_no_author_speaks_as_itself_not_as_its_recipients():
    found = claims_of(
        "Selon la fiche publiée sur le site officiel Rappel Conso, les produits concernés sont des yaourts.\n\n"
        "Les frais de personnel ont augmenté de 12 %, selon le document remis aux conseillers municipaux.\n\n"
        "La facture a bondi de 38 %, selon le tableau présenté aux élus lundi.")
    assert [c.speaker.name for c in found] == [
        "fiche publiée sur le site officiel Rappel Conso", "document remis aux conseillers municipaux",
        "tableau présenté aux élus"]


def test_a_report_handed_over_by_a_body_keeps_that_body():
    found = claims_of("Selon le rapport de l'Observatoire régional publié mardi, le chômage a baissé de 0,2 point.")
    assert [c.speaker.name for c in found] == ["Observatoire régional"]


def test_a_titled_person_after_a_ruling_is_the_clause_subject_not_the_ruling_name():
    found = claims_of(
        "La cour d'appel de Rennes a confirmé la condamnation jeudi. Selon l'arrêt, M. Lemoine, ancien directeur "
        "de la société, savait que les comptes étaient faux.")
    assert [(c.speaker.name, c.content) for c in found] == [
        ("cour d'appel de Rennes", "M. Lemoine, ancien directeur de la société, savait que les comptes étaient faux")]


def test_the_author_participle_may_follow_a_complement_another_participle_or_the_documents_body():
    found = claims_of(
        "Selon cette étude, menée auprès de 1 200 élèves par l'Institut national de la jeunesse, un adolescent "
        "sur trois dort moins de sept heures.\n\n"
        "Le rapport, commandé par le ministère et rédigé par l'Inspection générale des finances, estime que la "
        "réforme coûtera 2 milliards.\n\n"
        "L'enquête, réalisée par l'institut Sondora pour la région, montre que 70 % des habitants prennent la voiture.")
    assert [c.speaker.name for c in found] == [
        "Institut national de la jeunesse", "Inspection générale des finances", "institut Sondora"]


def test_the_study_s_principal_author_named_after_the_role_speaks_for_it():
    found = claims_of(
        "Les populations de tritons ont reculé d'un tiers en quinze ans, selon une étude publiée lundi.\n\n"
        "La principale autrice de l'étude, l'écologue Maren Olaizola, a déclaré à l'AFP que le réchauffement "
        "avait favorisé un champignon.")
    assert [c.speaker.name for c in found] == ["Maren Olaizola", "Maren Olaizola"]


def test_the_document_a_subject_speaks_in_is_that_subject():
    found = claims_of("La préfecture de la Manche, dans une note datée du 3 mars, indique que la digue sera renforcée. "
                      "Le document précise que les travaux dureront « au moins six mois ».")
    assert found[-1].speaker.name == "préfecture de la Manche"


def test_the_inspectors_after_a_report_are_the_body_that_wrote_it():
    found = claims_of("Selon un rapport de la Chambre régionale des comptes, la clinique a facturé des actes fictifs. "
                      "Selon ce document, le préjudice atteint 2 millions d'euros. Les inspecteurs relèvent que "
                      "certaines factures mentionnaient des séances « jamais réalisées ».")
    assert found[-1].speaker.name == "Chambre régionale des comptes"


def test_a_decision_is_no_person_of_the_paragraph_but_the_body_that_took_it():
    found = claims_of("Le président Paul Roux-Verdier dirige le Stade Garonne-Lot depuis 2019.\n\nLa sanction est "
                      "tombée vendredi. La Commission de contrôle des clubs professionnels (CCCP) a infligé un retrait "
                      "de trois points au Stade Garonne-Lot. Selon la décision, que L'Équipe a pu consulter, le club "
                      "aurait dépassé le plafond salarial de 200 000 euros.")
    assert found[-1].speaker.name == "Commission de contrôle des clubs professionnels"
