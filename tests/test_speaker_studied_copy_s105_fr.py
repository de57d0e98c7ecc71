"""French rules found in session 105 (on the copies studied then). Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of, speaker_of


def _speaker(text: str, words: str) -> str | None:
    return speaker_of(text, words, "fr")


def _article(*paragraphs: str, title: str = "Titre") -> str:
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_quotation_inside_a_second_statement_is_not_the_first_quotation_resumed():
    text = _article("Le directeur de la fonderie, Paul Kermarrec, a reçu les salariés. « Nous avons du travail jusqu'en mars. "
                    "Le problème, c'est la trésorerie », a-t-il expliqué, précisant que la hausse du prix du cuivre, « plus de "
                    "30 % en un an », avait réduit les marges de l'usine.")
    claims = claims_of(text, "fr")
    quote = next(c for c in claims if c.content.startswith("Nous avons du travail"))
    assert "30 %" not in quote.content
    assert _speaker(text, "la hausse du prix du cuivre") == "Paul Kermarrec"


def test_a_headline_role_of_the_family_of_the_role_the_article_gives():
    text = _article("L'entreprise « ne fermera pas », a assuré mercredi son président-directeur général, Alain Morvézen, "
                    "devant les salariés.",
                    title="Bretagne : les Conserveries Morvézen « ne fermeront pas », assure leur PDG")
    assert _speaker(text, "ne fermeront pas") == "Alain Morvézen"


def test_an_object_relative_clause_is_no_subject_of_the_report():
    text = _article("Le cabinet d'expertise mandaté par les élus avait alerté la direction. Son rapport, que le quotidien "
                    "L'Écho du Léon a pu consulter, estime que le site « pouvait absorber la perte du contrat ».")
    assert _speaker(text, "pouvait absorber la perte") != "L'Écho du Léon"


def test_the_management_of_a_subsidiary_is_the_subsidiary():
    text = _article("La société de maintenance Ouest Levage, filiale de l'opérateur Norvia Services, a présenté lundi un plan "
                    "de départs. Le site perd un contrat qui représentait « près de 30 % » de son activité, a expliqué la "
                    "direction dans un communiqué.", title="Finistère : Ouest Levage supprime 80 postes")
    assert _speaker(text, "près de 30 %") == "Ouest Levage"


def test_the_management_is_the_company_the_headline_is_about():
    text = _article("Le constructeur naval Chantiers Kerbiriou a signé mardi avec l'armateur norvégien Fjordline Marine "
                    "une commande de quatre navires, a annoncé l'entreprise.",
                    "En mai, les salariés avaient accepté un accord proposé par la direction.",
                    "La direction a de son côté indiqué qu'une négociation salariale s'ouvrirait « à l'automne ».",
                    title="Bretagne : les Chantiers Kerbiriou décrochent une commande de quatre navires")
    assert _speaker(text, "à l'automne") == "Chantiers Kerbiriou"


def test_a_headline_count_by_someone_described_is_the_lede_s_for_the_same_count():
    text = _article("Les affrontements qui opposent depuis une semaine deux tribus à Sebha ont fait au moins 30 morts, a "
                    "affirmé mardi un membre du conseil local, Ali Ghoudbane.",
                    "Un responsable de la communauté toubou, Issa Mahamat, a accusé les brigades de « bombarder les quartiers ».",
                    title="Libye : au moins 30 morts dans des affrontements à Sebha, selon un responsable local")
    assert _speaker(text, "au moins 30 morts dans des affrontements à Sebha") == "Ali Ghoudbane"


def test_a_quotation_closing_the_subject_of_a_que_clause_is_no_incise():
    text = _article("Son président, Bernard Rochat, a estimé lundi dans les colonnes du quotidien 24 heures que le résultat "
                    "« très serré » montrait « un canton coupé en deux ».")
    assert _speaker(text, "un canton coupé en deux") == "Bernard Rochat"


def test_a_body_whose_name_holds_et_before_its_initials():
    text = _article("Six ans après la plainte, l'Association guadeloupéenne pour la santé et la mer (AGSM) a dénoncé mercredi "
                    "une instruction « enlisée ».")
    assert _speaker(text, "enlisée") == "Association guadeloupéenne pour la santé et la mer"


def test_where_it_was_said_before_an_inverted_subject():
    text = _article("« J'ai mis trois heures pour arriver. Si ça recommence, je prends la voiture », racontait mardi matin à "
                    "la gare de Lausanne une aide-soignante frontalière.")
    assert _speaker(text, "je prends la voiture") == "aide-soignante frontalière"


def test_a_source_with_its_relative_clause_then_a_finding():
    text = _article("Pour la Fédération des entreprises romandes, qui avait mené campagne contre le texte, le résultat montre "
                    "que « les Suisses ne veulent pas d'une taxe de plus ».")
    assert _speaker(text, "ne veulent pas d'une taxe") == "Fédération des entreprises romandes"


def test_a_body_named_after_two_towns():
    text = _article("Une dizaine de chapelles ont été cambriolées depuis avril, a affirmé vendredi le diocèse de Bayeux et "
                    "Lisieux, qui a déposé plainte.")
    assert _speaker(text, "chapelles ont été cambriolées") == "diocèse de Bayeux et Lisieux"
