"""French rules found on the copies studied in session 96. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, content_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _article(*paragraphs: str, title: str = "Titre") -> str:
    return f"{title}\n\n12 mars 2012. - Rien de neuf.\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_statement_issued_before_an_inverted_subject_is_no_part_of_it():
    text = _article("La hausse finance « des travaux lourds », a précisé dans un communiqué l'entreprise, qui a rappelé "
                    "que ses tarifs restaient « dans la moyenne ».")
    assert _speaker(text, "ses tarifs restaient") == "entreprise"


def test_a_joint_body_named_later_with_the_place_it_runs():
    text = _article("La compagnie Baltic Air quittera l'aéroport de Dole-Jura en octobre, a annoncé le syndicat mixte.",
                    "Selon le président du syndicat mixte de l'aéroport de Dole-Jura, Marc Vuillet, la compagnie "
                    "réclamait des aides.",
                    "Le syndicat mixte a indiqué qu'il discutait avec deux autres compagnies.")
    assert _speaker(text, "il discutait avec deux autres") == "syndicat mixte de l'aéroport de Dole-Jura"


def test_an_indefinite_spokeswoman_of_a_named_company_is_the_pronoun_s():
    text = _article("La ligne vers Londres fermera, a annoncé Jean Marchal.",
                    "Interrogée par l'AFP, une porte-parole de Baltic Air à Riga a confirmé la fermeture. « Dole "
                    "n'atteint plus nos objectifs », a-t-elle affirmé.")
    assert _speaker(text, "Dole n'atteint plus") == "porte-parole de Baltic Air à Riga"


def test_two_adjuncts_before_an_inverted_subject():
    text = _article("Les travaux respecteront le calendrier prévu, a assuré mardi à Nantes, lors d'une conférence de "
                    "presse, Réseau ferré de France (RFF), maître d'ouvrage du projet.")
    assert _speaker(text, "Les travaux respecteront") == "Réseau ferré de France"


def test_an_outlet_relaying_a_body_s_present_verb_and_its_quotation():
    text = _article("La région Normandie, qui finance la ligne, défend un investissement « vital pour le port », "
                    "rapporte le quotidien L'Écho du Havre.")
    assert _speaker(text, "vital pour le port") == "région Normandie"


def test_findings_shown_then_her_attribution_are_hers_whole():
    text = _article("L'interdiction est prolongée jusqu'en 2014, a annoncé mardi la préfecture de la Drôme. Les "
                    "analyses réalisées en 2011 montrent que les taux dépassent les normes, a-t-elle précisé.")
    assert _speaker(text, "les taux dépassent les normes") == "préfecture de la Drôme"
    assert content_of(text, "les taux dépassent", "fr").startswith("Les analyses réalisées en 2011 montrent que")


def test_a_body_s_name_inside_a_role_is_no_person_for_lui():
    text = _article("« On ouvre un parc avec un égout au milieu », a ironisé un responsable de l'association Mer claire "
                    "Provence. Selon lui, les eaux usées sont rejetées sans traitement.")
    assert _speaker(text, "les eaux usées sont rejetées") == "responsable de l'association Mer claire Provence"


def test_a_body_s_name_with_an_elided_complement():
    text = _article("« Le site sera protégé », s'est félicité Luc Barral, président du groupement d'intérêt public des "
                    "Calanques de Cassis.",
                    "Le site reçoit chaque année un million de visiteurs, d'après le groupement d'intérêt public.")
    assert _speaker(text, "un million de visiteurs") == "groupement d'intérêt public des Calanques de Cassis"


def test_a_quotation_across_two_paragraphs_is_not_claimed_twice():
    text = _article("Le directeur, Paul Ravel, a présenté le projet. « Nous n'utiliserons pas de produits chimiques.",
                    "« Si les forages confirment nos estimations, les puits ouvriront en 2016 », a assuré M. Ravel "
                    "devant 300 personnes.")
    found = [c for c in claims_of(text, "fr") if "forages" in c.content]
    assert [c.kind for c in found] == ["direct"]


def test_chiffrer_with_its_quoted_estimate():
    text = _article("Le directeur, Paul Ravel, a présenté le projet. Il chiffre la ressource à « dix ans de "
                    "consommation de la région ».")
    assert _speaker(text, "dix ans de consommation") == "Paul Ravel"


def test_tout_en_reconnaissant_que_and_a_quotation_is_a_claim_of_its_own():
    text = _article("Un responsable de la direction départementale des territoires, joint par téléphone, a rappelé que "
                    "les pêcheurs touchaient déjà une aide, tout en reconnaissant que « la situation est difficile ».")
    found = {c.content: c.speaker.name for c in claims_of(text, "fr")}
    assert found == {
        "les pêcheurs touchaient déjà une aide": "responsable de la direction départementale des territoires",
        "la situation est difficile": "responsable de la direction départementale des territoires",
    }


def test_tried_before_a_court_is_no_judgement_and_the_role_before_an_office_s_name_is_the_person_s():
    text = _article("Le parquet de Sens a requis lundi un an de prison contre l'ancien directeur général de l'office HLM "
                    "Sénonais Habitat Services, Robert Vallet, jugé devant le tribunal correctionnel pour favoritisme.",
                    "L'ancien directeur a contesté toute irrégularité. « Je n'ai jamais signé un marché seul », a-t-il "
                    "affirmé à la barre.")
    assert _speaker(text, "Je n'ai jamais signé") == "Robert Vallet"
    assert not any(c.cue == "jugé" for c in claims_of(text, "fr"))


def test_a_report_of_the_controleur_general_keeps_his_role():
    text = _article("Un rapport du contrôleur général des lieux de privation de liberté jugeait « indignes » les cellules.")
    assert _speaker(text, "indignes") == "contrôleur général des lieux de privation de liberté"


def test_a_regional_management_of_the_group_is_the_company():
    text = _article("L'enseigne de grande distribution Prix Malins fermera le 30 septembre son magasin de Pessac, a confirmé "
                    "lundi la direction régionale du groupe.")
    assert _speaker(text, "fermera le 30 septembre") == "Prix Malins"


def test_a_headline_group_of_a_town_is_its_union_the_lede_names():
    text = ("Hautes-Pyrénées : les commerçants de Tarbes dénoncent un été « désastreux »\n\n5 septembre 2012. - Le "
            "chiffre d'affaires a reculé de 9 %, a annoncé mardi l'Union des commerçants tarbais (UCT).\n")
    assert _speaker(text, "désastreux") == "Union des commerçants tarbais"


def test_the_same_source_after_a_subject_and_its_apposition():
    text = _article("Un gendarme a été blessé dimanche, a annoncé lundi le groupement de gendarmerie de l'Aisne. Le "
                    "militaire, projeté sur plusieurs mètres, souffre de fractures, a précisé la même source, selon "
                    "laquelle ses jours ne sont plus en danger.")
    assert _speaker(text, "souffre de fractures") == "groupement de gendarmerie de l'Aisne"


def test_an_apposition_with_soit_before_her_inverted_attribution():
    text = _article("Les saisonniers peinent à se loger, a expliqué à l'AFP Corinne Vial. Le loyer d'un studio dépasse "
                    "souvent 500 euros, soit la moitié d'un salaire de serveur, a-t-elle ajouté.")
    assert _speaker(text, "Le loyer d'un studio") == "Corinne Vial"


def test_parler_de_and_its_quotation():
    text = _article("Au Grand-Bornand, Marc Perrier, qui loue des skis depuis vingt ans, parle d'un « démarrage comme "
                    "on n'en avait pas vu ». Il a parlé avec le maire de la saison.")
    assert content_of(text, "démarrage", "fr") == "un « démarrage comme on n'en avait pas vu »"
    assert _speaker(text, "démarrage") == "Marc Perrier"
    assert len(claims_of(text, "fr")) == 1
