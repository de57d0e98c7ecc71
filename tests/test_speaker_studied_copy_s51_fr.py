"""French speaker rules found on the copy studied in session 51: a document qualified by a
complement keeps the participle that says which one it is; a document paid for by a body, with no
author, speaks itself; an association introduced with an elided complement is the one "l'association"
means; a pronoun after a company introduced by its noun and named is that company. Sentences and
names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_document_with_a_complement_keeps_its_participle():
    text = "Titre\n\nSelon le document de synthèse remis aux élus, la région apportera 12 millions d'euros.\n"
    assert speaker_of(text, "12 millions", "fr") == "document de synthèse remis aux élus"


def test_a_document_commissioned_by_a_committee_speaks_itself():
    text = ("Titre\n\nSelon un rapport d'expertise commandé par le comité social et économique, l'usine a perdu "
            "3,2 millions d'euros en 2025.\n")
    assert speaker_of(text, "3,2 millions", "fr") == "rapport d'expertise commandé par le comité social et économique"


def test_an_association_introduced_with_a_complement_is_the_association():
    text = ("Titre\n\n« C'est un rattrapage », a réagi le président de l'association d'usagers Ligne Brive-Tulle, "
            "Marc Delpech. L'association a rappelé qu'en 2025, un train sur quatre avait été supprimé.\n")
    assert speaker_of(text, "un train sur quatre", "fr") == "Ligne Brive-Tulle"


def test_elle_after_a_company_introduced_by_its_noun_and_named():
    text = ("Titre\n\nDans un communiqué, la compagnie nationale d'électricité Volta Power a attribué la panne à "
            "une ligne. Elle a précisé que le courant avait été rétabli dans 80 % des foyers.\n")
    assert speaker_of(text, "80 % des foyers", "fr") == "Volta Power"


def test_the_manager_of_a_named_firm_speaks_not_the_firm_his_apposition_describes():
    text = ("Titre\n\nContacté par nos soins, le gérant de Canoës du Lot, un loueur de Cahors, assure que ses clients "
            "reçoivent des consignes de sécurité.\n")
    assert speaker_of(text, "consignes de sécurité", "fr") == "gérant de Canoës du Lot"


def test_a_manner_adjective_between_the_place_and_the_inverted_subject():
    text = ("Titre\n\n« Je dédie ce prix à ma mère », a déclaré sur la scène du Grand Théâtre Lumière, visiblement ému, "
            "Tomás Aranda, dont c'était le premier film.\n")
    assert speaker_of(text, "dédie ce prix", "fr") == "Tomás Aranda"


def test_a_newspaper_always_written_with_its_article_keeps_it():
    text = ("Titre\n\nLe film divise la presse : Le Monde a salué jeudi un film « d'une rigueur bouleversante ».\n")
    assert speaker_of(text, "rigueur bouleversante", "fr") == "Le Monde"


def test_a_quoted_title_in_the_subject_leaves_the_object_no_speaker():
    from extract_support import claims_of
    text = ("Titre\n\nLe distributeur français de « La Maison du fleuve », la société Ciné-Sud, a annoncé une sortie en "
            "salles le 19 septembre.\n")
    assert [c.content for c in claims_of(text, "fr") if c.kind != "assertion"] == []


def test_an_acronym_with_its_place_takes_the_long_form():
    text = ("Titre\n\nLe directeur a parlé devant la commission locale d'information (CLI). D'après le dernier rapport "
            "de la CLI du Tricastin, la centrale emploie 1 300 salariés.\n")
    assert speaker_of(text, "1 300 salariés", "fr") == "commission locale d'information du Tricastin"


def test_an_audience_named_by_its_kind_and_titled_before_the_inverted_subject():
    text = ("Titre\n\n« Je n'ai pas pu joindre mes clients », a témoigné auprès du quotidien Le Progrès un plombier de "
            "Vénissieux.\n")
    assert speaker_of(text, "joindre mes clients", "fr") == "plombier de Vénissieux"


def test_a_possessive_determiner_after_an_adjunct_opens_the_inverted_subject():
    text = ("Titre\n\n« C'est énorme, elle a couru avec une maturité incroyable », a réagi en zone mixte sa partenaire "
            "d'entraînement Lucie Morel, qui a terminé onzième.\n")
    assert speaker_of(text, "maturité incroyable", "fr") == "Lucie Morel"


def test_the_athlete_is_the_person_of_the_headline():
    text = ("Athlétisme : Inès Dufour bat le record de France du 3 000 mètres\n\n7 juillet 2012. - La Française Inès "
            "Dufour a battu vendredi le record de France, derrière la Kényane Mercy Wanjiru. « Je savais que j'étais "
            "en forme », a déclaré l'athlète au micro de France Télévisions.\n")
    assert speaker_of(text, "en forme", "fr") == "Inès Dufour"


def test_a_delegation_is_no_person_named_before():
    text = ("Titre\n\nLe négociateur européen Anton Weber a jugé les discussions difficiles. La délégation iranienne a "
            "qualifié ces propositions de « déséquilibrées ».\n")
    assert speaker_of(text, "déséquilibrées", "fr") == "délégation iranienne"


def test_an_ngo_is_named_after_what_it_defends():
    text = "Titre\n\nL'ONG de défense des droits de l'homme Vigilia a dénoncé un usage « disproportionné » de la force.\n"
    assert speaker_of(text, "disproportionné", "fr") == "Vigilia"


def test_a_body_in_lower_case_is_the_one_named_in_full():
    text = ("Titre\n\nLa Commission électorale nationale a proclamé les résultats samedi. Selon la commission "
            "électorale, la participation a atteint 87 %.\n")
    assert speaker_of(text, "87 %", "fr") == "Commission électorale nationale"


def _content(text: str, words: str) -> str:
    from extract_support import claims_of
    return next(c.content for c in claims_of(text, "fr") if words in c.content)


def test_a_demand_after_the_statement_is_no_part_of_it():
    text = "Titre\n\nLe syndicat a dénoncé une « communication défaillante » des autorités et réclamé une enquête indépendante.\n"
    assert _content(text, "défaillante") == "une « communication défaillante » des autorités"


def test_the_interview_a_verdict_was_given_in_is_no_part_of_it():
    text = ("Titre\n\nLe chercheur a qualifié ces résultats d'« encourageants mais préliminaires » dans un entretien au "
            "quotidien Le Figaro.\n")
    assert _content(text, "encourageants") == "ces résultats d'« encourageants mais préliminaires »"


def test_a_specialist_in_apposition_after_the_source_is_no_part_of_the_claim():
    text = ("Titre\n\nSelon Thierry Vasseur, spécialiste de l'Iran à l'Institut de relations internationales, les deux "
            "camps « ont surtout évité la rupture ».\n")
    assert _content(text, "évité la rupture") == "les deux camps « ont surtout évité la rupture »"


def test_a_headline_source_with_no_comma_before_it_says_what_follows_the_last_comma():
    text = ("Télécommunications : panne géante chez Volto, « un incident sans précédent » selon l'opérateur\n\n"
            "Une panne a privé 8 millions d'abonnés de réseau mobile.\n")
    assert _content(text, "sans précédent") == "un incident sans précédent"


def test_a_quoted_title_before_its_verb_in_a_headline_is_no_claim():
    from extract_support import claims_of
    text = ("Cinéma : « Les Enfants du port » remporte le Cristal du long métrage à Annecy\n\n10 juin 2012. - Le film "
            "a remporté samedi le prix.\n")
    assert [c.content for c in claims_of(text, "fr") if c.kind != "assertion"] == []
