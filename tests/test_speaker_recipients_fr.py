"""French: who a statement is made to (an outlet, a radio's microphone, the paper that contacted the
source) and the byline's journalist are never its speaker; an organisation's name that runs on in
lower-case words is kept whole; "l'organisation" is the body introduced with a short form."""

from __future__ import annotations

from extract_support import claims_of, speaker_of_last


def test_pronoun_skips_the_radio_the_statement_was_made_to():
    found = claims_of(
        "Le directeur de la clinique, Hervé Campion, parle d'un choix difficile. « Nous n'avions plus "
        "d'anesthésiste », explique-t-il au micro d'ici Berry. Il assure que le service rouvrira en mars.")
    assert [c.speaker.name for c in found] == ["Hervé Campion", "Hervé Campion"]


def test_byline_journalist_is_not_the_minister_of_the_standfirst():
    found = claims_of(
        "Les stocks de gaz baissent\n\n"
        "Le ministre de l'Industrie assure qu'un navire arrive.\n\n"
        "TLV / Par Odile Marchetti, le 3 mars 2026\n\n"
        "Le ministre de l'Industrie, Karim Sefrou, a affirmé lundi qu'un méthanier était en route.")
    assert [c.speaker.name for c in found] == ["Karim Sefrou", "Karim Sefrou"]


def test_subject_with_a_participle_naming_the_outlet_is_no_statement():
    found = claims_of(
        "Le préfet a promis des renforts. Une source au ministère de l'Intérieur, contactée par "
        "La Gazette du Nord, nuance ce calendrier. Selon elle, les effectifs ne seront pas prêts avant l'été.")
    assert all("contactée" not in c.content for c in found)
    assert "Gazette du Nord" not in [c.speaker.name for c in found if c.speaker]


def test_statement_to_a_newspaper_with_a_capitalised_article_keeps_its_content():
    found = claims_of("Le PDG de Fermalis, Yann Le Goff, a assuré au quotidien Les Nouvelles qu'aucun site ne fermerait.")
    assert [(c.speaker.name, c.content) for c in found] == [("Yann Le Goff", "aucun site ne fermerait")]


def test_organisation_name_running_on_in_lower_case_words_is_kept_whole():
    found = claims_of(
        "Le Comité national pour la défense des forêts, une association écologiste, a estimé mardi que "
        "la coupe était illégale. L'organisation Pêcheurs sans rivages a indiqué que ses membres manifesteraient.")
    assert [c.speaker.name for c in found] == [
        "Comité national pour la défense des forêts", "Pêcheurs sans rivages"]


def test_the_organisation_is_the_body_introduced_with_a_short_form():
    found = claims_of(
        "L'Organisation internationale des bassins (OIB) a alerté lundi sur la sécheresse. Selon un "
        "communiqué de l'organisation, douze pays sont touchés. L'association Terres sans frontières "
        "a indiqué qu'elle enverrait des équipes.")
    assert [c.speaker.name for c in found] == ["Organisation internationale des bassins", "Terres sans frontières"]


def test_outlet_between_guillemets_is_a_title_not_the_person_she_refers_to():
    found = claims_of(
        "C'est la botaniste Irène Vuilleumier qui a donné l'alerte. Dans une note que la «Feuille d'Avis» a pu "
        "consulter, elle relève que trois espèces ont disparu du vallon.")
    assert [c.speaker.name for c in found] == ["Irène Vuilleumier"]


def test_title_of_an_exhibition_is_no_quotation():
    found = claims_of(
        "Le musée a annoncé mercredi l'annulation de l'exposition « Masques du Pacifique », qui devait "
        "ouvrir en mars.")
    assert [c.content for c in found if c.kind == "direct"] == []


def test_short_form_in_brackets_after_a_speaker_is_that_speaker():
    found = claims_of(
        "Le match sera rejoué, a indiqué vendredi la Confédération africaine de volley (CAV). "
        "La CAV précise que l'arbitre sera suspendu. D'après un relevé de la CAV, six matches ont été arrêtés.")
    names = [c.speaker.name for c in found]
    assert names[0] == "Confédération africaine de volley"
    assert set(names) == {"Confédération africaine de volley"}


def test_numbered_short_form_takes_the_long_name():
    found = claims_of(
        "Le feu a été maîtrisé vers 4 heures, a précisé le Service départemental d'incendie et de secours "
        "de la Drôme (Sdis 26) dans un communiqué.\n\n"
        "Selon le Sdis 26, quarante pompiers ont été mobilisés.")
    assert [c.speaker.name for c in found] == [
        "Service départemental d'incendie et de secours de la Drôme"] * 2


def test_long_subject_with_a_participle_apposition_is_no_statement_but_a_price_is():
    found = claims_of(
        "Une source à la direction de la SNCF, jointe par notre rédaction, tempère ce calendrier.\n\n"
        "L'offre valorise chaque action Verlan à 12,40 euros et représente une prime de 20 %, a précisé "
        "Transmar dans un communiqué.")
    assert [(c.speaker.name, c.content[:9]) for c in found] == [("Transmar", "L'offre v")]


def test_person_a_fact_was_learnt_from_stays_a_candidate():
    found = claims_of(
        "Un marin a été blessé, a-t-on appris auprès de Jean Morel. Il a précisé que le feu était éteint.")
    assert [c.speaker.name for c in found] == ["Jean Morel", "Jean Morel"]


def test_association_name_with_au_is_kept_whole():
    found = claims_of("Contactée par Le Courrier, l'association Droit au toit a estimé que « ce procès doit servir ».")
    assert [c.speaker.name for c in found] == ["Droit au toit"]


def test_outlet_after_a_present_tense_verb_is_no_person_and_the_newspaper_is_the_outlet():
    found = claims_of(
        "Le CHU de Brest a fermé deux blocs, a révélé Le Télégramme mardi. Selon le quotidien, trente "
        "interventions ont été reportées.\n\n"
        "« Nous n'avons pas le choix », explique à France 3 Bretagne la directrice, Hélène Ricard. Elle assure "
        "que les urgences restent ouvertes.")
    assert [c.speaker.name for c in found] == ["Le Télégramme", "Le Télégramme", "Hélène Ricard", "Hélène Ricard"]


def test_the_praticien_is_the_doctor_just_quoted():
    found = claims_of(
        "Le docteur Paul Le Meur, anesthésiste depuis quinze ans, a confié son « épuisement ». Le praticien "
        "estime que « le point de rupture est atteint ».")
    assert [c.speaker.name for c in found] == ["Paul Le Meur", "Paul Le Meur"]


def test_organisation_and_an_adjective_that_is_also_a_role_word():
    found = claims_of("La Confédération paysanne, elle, dénonce « un mouvement récupéré ».")
    assert [c.speaker.name for c in found] == ["Confédération paysanne"]


def test_participle_after_a_statement_to_a_radio_keeps_the_speaker_not_the_radio():
    found = claims_of(
        "Le maire sortant, Henri Valette, a reconnu sa défaite. « Les électeurs ont tranché », a-t-il "
        "déclaré à la radio publique Radio Sud, tout en précisant qu'il resterait conseiller municipal.")
    assert [c.speaker.name for c in found] == ["Henri Valette", "Henri Valette"]


def test_place_adjunct_before_the_complement_clause_is_no_inverted_speaker():
    found = claims_of(
        "L'avocate de M. Ferrand, Claire Bastide, a annoncé à la sortie de l'audience que son client ferait "
        "appel. « Il a toujours clamé son innocence », a-t-elle déclaré.")
    assert [(c.speaker.name, c.content) for c in found] == [
        ("Claire Bastide", "son client ferait appel"), ("Claire Bastide", "Il a toujours clamé son innocence")]


def test_interview_and_outlet_between_the_verb_and_the_inverted_speaker():
    found = claims_of(
        "« Nous n'avons plus d'infirmières la nuit », a expliqué en entrevue au Courrier la directrice "
        "adjointe du centre de santé, Josée Tremblay-Caron.")
    assert [c.speaker.name for c in found] == ["Josée Tremblay-Caron"]


def test_the_outlet_that_asked_is_not_the_role_after_it():
    found = claims_of("Travaux\n\nInterrogé par France Bleu, le maire a assuré que les travaux reprendraient lundi.\n")
    assert [c.speaker.name for c in found] == ["maire"]


def test_the_outlet_that_reached_the_speaker_is_no_part_of_the_subject():
    found = claims_of("Le club a annoncé lundi le départ de son entraîneur, Franck Roux.\n\nJoint par Midi Olympique, "
                      "l'entraîneur a dit « comprendre » la décision.")
    assert [c.speaker.name for c in found][-1] == "Franck Roux"


def test_a_present_participle_apposition_with_the_outlet_is_not_the_subject():
    assert speaker_of_last("Une habitante du quartier, s'exprimant auprès du journal Le Soir, a affirmé que les "
                           "coupures duraient depuis une semaine.") == "habitante du quartier"


def test_participle_of_the_outlet_that_reached_the_speaker_opens_the_sentence():
    # "Joint par la chaîne X, M. Y a rejeté … et a affirmé que": the subject after the adjunct speaks
    assert speaker_of_last("Le président de la fédération, Ratu Josefa Vakaloloma, est mis en cause. Joint par la chaîne "
                           "Fiji One, M. Vakaloloma a rejeté les accusations et a affirmé que toutes les dépenses avaient "
                           "été « approuvées par le conseil ».") == "Ratu Josefa Vakaloloma"


def test_participle_between_commas_with_its_agent_belongs_to_the_subject():
    assert speaker_of_last("Une commerçante du marché de Gikomba, interrogée par l'agence Reuters, a expliqué qu'elle "
                           "avait marché plus de deux heures.") == "commerçante du marché de Gikomba"
    assert speaker_of_last("Le maire, contacté par Ouest-France, a indiqué que la route restait fermée.") == "maire"
