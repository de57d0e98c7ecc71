"""French rules found on the copy studied in session 64 (set own/fr-blind198). Sentences and names invented for
these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def test_the_institution_is_no_party_named_with_a_short_form():
    text = ("Le Conseil d'État a rejeté mardi le recours. Le nom de Paul Arnaud, président du Rassemblement pour la "
            "Lozère (RPL), n'y figure pas. Le recours a été déposé hors délai, a précisé l'institution.\n")
    assert speaker_of(text, "hors délai", "fr") == "Conseil d'État"


def test_an_adverb_phrase_between_the_auxiliary_and_the_participle():
    text = ("Marc Le Bihan est arrivé en tête. Son adversaire a au contraire affirmé que les électeurs avaient voté "
            "contre le bilan du maire.\n")
    claim = claims_of(text)[0]
    assert claim.speaker.mention == "Son adversaire"
    assert claim.content == "les électeurs avaient voté contre le bilan du maire"


def test_a_quotation_in_the_subject_s_relative_clause_is_the_subject_s_statement():
    text = ("Le syndicat, qui a qualifié le projet d'« inacceptable en l'état », a demandé au préfet de recevoir une "
            "délégation.\n")
    claims = claims_of(text)
    assert [(c.cue, c.content) for c in claims] == [("a qualifié", "le projet d'« inacceptable en l'état »")]
    assert speaker_of(text, "inacceptable", "fr") == "syndicat"


def test_an_hour_between_the_verb_and_the_inverted_subject():
    text = ("« C'est un accord solide », a déclaré peu avant 2 heures du matin le porte-parole du ministre, "
            "Jean-Loup Marchal.\n")
    assert speaker_of(text, "accord solide", "fr") == "Jean-Loup Marchal"


def test_an_outlet_after_the_inverted_subject_holds_no_role():
    text = ("« Nous reviendrons », a déclaré le maire au quotidien régional L'Écho de la Loire.\n")
    assert speaker_of(text, "Nous reviendrons", "fr") == "maire"


def test_the_stage_director_is_the_person_the_work_was_staged_by():
    text = ("Le spectacle le plus attendu, « Les Vagues », mis en scène par le Suisse Anton Keller, a divisé le public. "
            "« Le public a le droit de siffler », a déclaré le metteur en scène au quotidien régional La Gazette du "
            "Rhône.\n")
    assert speaker_of(text, "le droit de siffler", "fr") == "Anton Keller"


def test_the_management_of_a_festival_speaks_as_the_festival():
    text = ("Cabourg : le Festival clôt sa 26e édition sur 20 000 entrées, selon la direction\n\n"
            "25 avril 2012. - Les projections du 26e Festival du film de Cabourg ont attiré 20 000 spectateurs, a annoncé "
            "vendredi la direction du festival. Quelque 6 000 billets ont été vendus, a-t-elle précisé, faisant "
            "état d'une hausse des concerts gratuits.\n\n"
            "« On a joué devant une salle vide », raconte Léo Martin, guitariste de la compagnie rennaise Théâtre "
            "du Vent.\n")
    assert speaker_of(text, "20 000 spectateurs", "fr") == "Festival du film de Cabourg"
    assert speaker_of(text, "6 000 billets", "fr") == "Festival du film de Cabourg"
    assert speaker_of(text, "sa 26e édition", "fr") == "Festival du film de Cabourg"
    assert content_of(text, "6 000 billets", "fr") == "Quelque 6 000 billets ont été vendus"


def test_a_regional_government_is_no_union_named_with_a_short_form():
    text = ("La Centrale des métallos bretons (CMB) a appelé à la grève. Dans un communiqué, le gouvernement breton a "
            "jugé la fermeture « brutale ».\n")
    assert speaker_of(text, "brutale", "fr") == "gouvernement breton"


def test_a_headline_s_ngo_is_the_non_governmental_organisation_the_lede_names():
    text = ("Niger : plus de 20 000 déplacés à Agadez, selon une ONG\n\n"
            "14 novembre 2012. - Plus de 20 000 personnes sont hébergées à Agadez, a affirmé mardi l'organisation non "
            "gouvernementale nigérienne Secours Aïr, qui appelle à une aide d'urgence.\n")
    assert speaker_of(text, "20 000 déplacés", "fr") == "Secours Aïr"


def test_the_newly_elected_is_the_winner_of_the_election():
    text = ("3 décembre 2012. - L'avocate Sophie Lemieux, candidate indépendante, a remporté dimanche l'élection "
            "partielle du district, avec 47,8 % des voix, devant le candidat du parti Renouveau, Marc Côté (38,1 %), a "
            "annoncé la présidente d'élection de la Ville. Le taux de participation a été de 23,4 %, a-t-elle précisé.\n\n"
            "« Les citoyens ont parlé », a lancé la nouvelle élue devant ses partisans.\n")
    assert speaker_of(text, "Les citoyens ont parlé", "fr") == "Sophie Lemieux"


def test_an_inspection_report_speaks_as_itself():
    text = ("L'agence régionale de santé a publié le rapport d'inspection de la maternité. Selon le rapport "
            "d'inspection, trois des cinq postes sont vacants.\n")
    assert speaker_of(text, "postes sont vacants", "fr") == "rapport d'inspection"


def test_an_agency_s_one_word_name_before_the_person_it_heard():
    text = "« L'eau est montée en une heure », a raconté à l'agence Reuters Zalika Moussa, 41 ans, réfugiée dans une école.\n"
    assert speaker_of(text, "montée en une heure", "fr") == "Zalika Moussa"


def test_a_long_inverted_subject_then_an_adjunct_after_its_comma():
    text = ("Les pluies ont fait au moins 12 morts et 30 000 sinistrés, a annoncé mercredi soir le ministère nigérien "
            "chargé de l'Action humanitaire, dans un bilan lu à la télévision publique.\n")
    assert speaker_of(text, "au moins 12 morts", "fr") == "ministère nigérien chargé de l'Action humanitaire"


def test_a_weekly_s_title_then_the_inverted_subject():
    text = ("« Les camions passent sous nos fenêtres », a raconté à l'hebdomadaire Le Réveil de Chicoutimi une "
            "résidente de la rue Racine, Jocelyne Tremblay.\n")
    assert speaker_of(text, "sous nos fenêtres", "fr") == "Jocelyne Tremblay"


def test_the_same_paper_is_the_paper_just_quoted():
    text = ("Selon L'Écho du Roussillon, le procès a duré deux jours. Selon le même journal, une trentaine d'habitants "
            "avaient fait le déplacement.\n")
    assert speaker_of(text, "une trentaine d'habitants", "fr") == "L'Écho du Roussillon"
