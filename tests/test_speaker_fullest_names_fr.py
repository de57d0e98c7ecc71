"""French: a speaker written in a cut-down form ("la municipalité", "la wilaya") is the fullest
form of that entity the article gives or implies."""

from __future__ import annotations

from extract_support import claims_of
from claims.extract.local_authorities_fr import article_town


def test_municipality_alone_is_the_municipality_of_the_article_town():
    found = claims_of(
        "Les fouilles reprennent à Vernoux\n\n"
        "Des archéologues de Grenoble ont repris lundi les fouilles près de Vernoux. Le site de Vernoux "
        "attire déjà des visiteurs. La municipalité a annoncé qu'un parcours de visite ouvrirait en juin.")
    assert [c.speaker.name for c in found] == ["municipalité de Vernoux"]


def test_elided_town_after_a_vowel():
    found = claims_of(
        "Les coupures d'eau continuent dans plusieurs quartiers d'Annaba. Le barrage d'Annaba est presque vide. "
        "Selon un communiqué de la wilaya, 30 citernes seront envoyées dès lundi.")
    assert [c.speaker.name for c in found] == ["wilaya d'Annaba"]


def test_no_town_when_two_are_named_as_often():
    found = claims_of(
        "Le bus relie désormais le centre de Vernoux à la gare de Tournon. Les habitants de Vernoux et "
        "ceux de Tournon l'attendaient. La municipalité a annoncé que le service serait gratuit.")
    assert [c.speaker.name for c in found] == ["municipalité"]


def test_article_town_is_named_at_least_twice():
    assert article_town("Un concert a eu lieu à Privas samedi.") is None
    assert article_town("Un concert a eu lieu à Privas. Le maire de Privas était présent.") == "Privas"
    assert article_town("Le centre de Saint-Agrève et le marché de Saint-Agrève ferment.") == "Saint-Agrève"


def test_anonymous_executive_after_a_named_director_keeps_the_description():
    found = claims_of(
        "Le directeur du port, Samir Haddad, a affirmé que les grues seraient livrées en mai. Une version "
        "que conteste un cadre de la Compagnie des docks de Béjaïa, sous le couvert de l'anonymat. Selon "
        "lui, « les grues sont bloquées en douane depuis l'été ».")
    assert [c.speaker.name for c in found] == [
        "Samir Haddad", "cadre de la Compagnie des docks de Béjaïa"]


def test_role_with_an_indefinite_complement_who_stays_anonymous_is_not_the_named_director():
    found = claims_of(
        "Le théâtre fermera deux ans, confirme son directeur, Paul Jaccard. «Deux ans sans spectacles, "
        "c'est deux ans sans clients», résume le gérant d'un bar voisin, qui préfère rester anonyme.")
    assert [c.speaker.name for c in found][-1] == "gérant d'un bar voisin"


def test_bare_anonymous_description_takes_the_place_the_sentence_opened_on():
    found = claims_of(
        "La conseillère municipale Anne Roux, élue d'opposition, dénonce un projet « bâclé ». "
        "Sur le marché du Cours, une maraîchère installée depuis vingt ans s'inquiète. « Mes clients "
        "viennent en voiture », confie-t-elle, sous couvert d'anonymat.")
    assert [c.speaker.name for c in found][-1] == "maraîchère du marché du Cours"


def test_anonymous_source_does_not_take_the_quote_of_the_named_person_before_it():
    found = claims_of(
        "Le délégué syndical, Marc Olivier, affirme que l'usine tourne à moitié. « On alerte depuis "
        "un an », lâche-t-il. Un autre ouvrier, qui a souhaité rester anonyme, raconte avoir été "
        "blessé deux fois.")
    assert [c.speaker.name for c in found][:2] == ["Marc Olivier", "Marc Olivier"]


def test_anonymous_description_keeps_its_adjective_and_participle():
    found = claims_of(
        "Le ministre des Mines, Paul Ekané, a affirmé que la mine rouvrirait en mars. Un géologue travaillant sur le "
        "site, qui a requis l'anonymat, estime que le calendrier est « intenable ». Un autre employé, "
        "qui préfère rester anonyme, affirme que les pompes sont en panne.")
    assert [c.speaker.name for c in found] == [
        "Paul Ekané", "géologue travaillant sur le site", "autre employé"]


def test_judgment_speaks_as_the_court_named_with_a_place_apposition():
    found = claims_of(
        "12 mars 2026. - Le tribunal de Faro, en Algarve, a condamné jeudi un promoteur à trois ans de prison.\n\n"
        "Selon le jugement, le promoteur a versé 80 000 euros à deux élus.")
    assert [c.speaker.name for c in found][-1] == "tribunal de Faro"


def test_report_named_with_its_author_head_speaks_as_the_author_whole_name():
    found = claims_of(
        "Le ministre a démissionné après la publication d'un rapport de l'Office national de contrôle sur "
        "les marchés publics.\n\nLe rapport, publié lundi, conclut que douze contrats ont été surfacturés. "
        "Le directeur de l'Office national de contrôle, Jan Novak, a déclaré que le dossier était transmis.")
    assert [c.speaker.name for c in found][:1] == ["Office national de contrôle"]


def test_study_cited_with_its_journal_is_not_its_first_author():
    found = claims_of(
        "Une équipe de géologues a présenté mardi ses travaux. Selon l'étude, publiée le même jour dans "
        "la revue Earth Letters, le glacier a perdu un tiers de sa masse. « Le recul s'accélère », a déclaré "
        "Marta Oliveira, première autrice de l'étude.")
    assert [c.speaker.name for c in found][:1] == ["étude publiée dans la revue Earth Letters"]
    assert [c.speaker.name for c in found][-1] == "Marta Oliveira"


def test_body_named_after_its_kind_keeps_its_foreign_connector_and_first_word():
    found = claims_of(
        "L'association Terra e Vida a salué mardi une décision « courageuse », tout en affirmant que les "
        "forêts restaient mal protégées. L'association des commerçants Lorient Cœur Marine indique que "
        "douze boutiques ont fermé.")
    assert [c.speaker.name for c in found] == ["Terra e Vida", "Terra e Vida", "Lorient Cœur Marine"]


def test_short_form_after_a_lower_case_long_form_speaks_under_the_long_form():
    found = claims_of(
        "La sonde a été lancée par une fusée de l'agence spatiale européenne (ESA) depuis Kourou. "
        "L'ESA a indiqué que la mise en orbite s'était déroulée normalement.")
    assert [c.speaker.name for c in found] == ["agence spatiale européenne"]


def test_long_form_chosen_by_its_initials_among_articles():
    from claims.extract.acronyms_fr import bracketed_long_form
    assert bracketed_long_form("selon les experts de la caisse nationale de la santé (CNS) à Paris", "CNS") == \
        "caisse nationale de la santé"


def test_municipality_written_out_once_is_that_one_even_if_another_town_is_named_more():
    found = claims_of(
        "Les habitants de Tournon et ceux de Tournon-Est se plaignent. Le car de Tournon passe à Vernoux. "
        "Le conseil de la municipalité de Vernoux a voté un abri. Selon la municipalité, "
        "les travaux commenceront en mai.")
    assert [c.speaker.name for c in found][-1] == "municipalité de Vernoux"


def test_indefinite_person_opening_the_previous_sentence_is_the_pronouns_speaker():
    found = claims_of(
        "La maire, Anne Roux, a défendu le projet devant le conseil. Une riveraine de la rue ne cache pas "
        "sa colère. « On ne dort plus », lance-t-elle.")
    assert [c.speaker.name for c in found] == ["riveraine de la rue"]


def test_indefinite_thing_opening_the_previous_sentence_is_no_speaker():
    found = claims_of(
        "La maire, Anne Roux, a défendu le projet. Une enquête a été ouverte. « Nous ferons la lumière », "
        "a-t-elle assuré.")
    assert [c.speaker.name for c in found] == ["Anne Roux"]


def test_an_unnamed_person_described_with_a_place_is_the_description_not_the_place():
    for verb_and_subject, speaker in [
        ("affirme un distributeur de la zone de Hassi Bounif.", "distributeur de la zone de Hassi Bounif"),
        ("s'emporte un distributeur agréé de la zone de Hassi Bounif, qui a requis l'anonymat.",
         "distributeur agréé de la zone de Hassi Bounif"),
        ("affirme une monitrice de l'École suisse de ski de Verbier.", "monitrice de l'École suisse de ski de Verbier"),
    ]:
        found = claims_of(f"Lait\n\n« Nous travaillons à perte », {verb_and_subject}\n")
        assert [c.speaker.name for c in found] == [speaker]


def test_a_short_form_bracketed_after_a_capitalised_name_is_that_name():
    text = ("Crabe\n\nCARAQUET – Pêches et Océans Canada (MPO) a annoncé jeudi une réduction du quota. "
            "Selon le MPO, la ressource devrait se reconstituer. Joint par téléphone, un porte-parole du MPO a "
            "rappelé que le quota avait atteint un sommet en 2022.\n")
    speakers = {c.content[:12]: c.speaker.name for c in claims_of(text)}
    assert speakers == {"la ressource": "Pêches et Océans Canada", "le quota ava": "porte-parole de Pêches et Océans Canada"}


def test_a_role_of_a_short_form_keeps_the_article_of_the_long_name():
    found = claims_of(
        "Grève\n\nQuatre cents vols ont été annulés, a indiqué la Direction générale de l'aviation civile (DGAC).\n\n"
        "« Nous demandons aux passagers de vérifier leur vol », a déclaré un porte-parole de la DGAC.\n")
    assert [c.speaker.name for c in found][-1] == "porte-parole de la Direction générale de l'aviation civile"


def test_a_public_body_noun_alone_is_the_body_the_article_named_with_its_complement():
    found = claims_of(
        "Le canton de Vaud a autorisé l'abattage de deux sangliers. Le canton a indiqué que les "
        "cultures avaient subi 80 000 francs de dégâts.\n\n"
        "Le ministère de l'Agriculture suit le dossier. Selon le ministère, 40 communes sont touchées.")
    assert [c.speaker.name for c in found] == ["canton de Vaud", "ministère de l'Agriculture"]


def test_a_public_body_noun_alone_stays_as_written_when_the_article_named_two_such_bodies():
    found = claims_of(
        "Le ministère de la Culture et le ministère du Travail ont reçu les syndicats. Le ministère a "
        "affirmé que le dialogue reprendrait en mars.")
    assert [c.speaker.name for c in found] == ["ministère"]


def test_a_public_body_written_before_the_place_it_serves_is_the_whole_phrase():
    found = claims_of(
        "L'agence régionale de santé (ARS) Bourgogne-Franche-Comté indique que le service rouvrira en mai. "
        "Elle a précisé que deux médecins seraient recrutés.\n\n"
        "Le suspect a été interpellé lundi, selon un communiqué de la zone de police Val de Sambre.")
    assert [c.speaker.name for c in found] == [
        "agence régionale de santé Bourgogne-Franche-Comté", "agence régionale de santé Bourgogne-Franche-Comté",
        "zone de police Val de Sambre"]


def test_an_agency_or_an_office_before_its_own_name_is_that_name():
    found = claims_of(
        "Selon l'agence Reuters, l'accord a été signé vendredi. D'après l'office européen des statistiques "
        "Eurostat, l'inflation a ralenti à 1,9 % en juin.")
    assert [c.speaker.name for c in found] == ["Reuters", "Eurostat"]


def test_a_short_form_written_as_a_word_after_au_is_its_long_form():
    found = claims_of("« Le fossile est complet », explique Ana Pérez, chercheuse au Conseil supérieur de la recherche "
                      "scientifique (Csic). Selon le Csic, la fouille a duré deux ans.")
    assert found[-1].speaker.name == "Conseil supérieur de la recherche scientifique"


def test_a_spokesman_of_a_foundation_or_a_trust_named_by_its_kind_keeps_the_whole_phrase():
    found = claims_of("Le porte-parole de la fondation Terre Vivante a indiqué que des cérémonies seraient organisées.")
    assert found[-1].speaker.name == "porte-parole de la fondation Terre Vivante"
    found = claims_of("Le porte-parole du trust maori Ngāti Whenua a indiqué que la plage resterait fermée.")
    assert found[-1].speaker.name == "porte-parole du trust maori Ngāti Whenua"


def test_public_body_written_short_is_the_one_fuller_name_the_article_gives():
    found = claims_of("Le SMC a affirmé lundi que 72 % des médecins avaient cessé le travail, tandis que le département "
                      "de la Santé de la Generalitat a fait état d'un taux de 41 %. Le département de la Santé a indiqué "
                      "que 1 340 opérations avaient été reportées.")
    assert found[-1].speaker.name == "département de la Santé de la Generalitat"


def test_prosecutor_named_with_its_town_is_not_the_body_with_a_short_form_before():
    found = claims_of("L'Association nationale pour l'étude de la neige et des avalanches (Anena) a rappelé que le "
                      "risque était marqué.\n\nLe parquet d'Albertville, qui a ouvert une enquête, a indiqué dimanche "
                      "que les victimes étaient « des pratiquants expérimentés ».")
    assert found[-1].speaker.name == "parquet d'Albertville"


def test_a_verb_after_a_public_body_s_name_is_no_part_of_a_fuller_name():
    found = claims_of("Le ministère de la Santé indique que la campagne aura lieu au printemps. Le ministère de la "
                      "Santé a précisé que tout irait bien.")
    assert [c.speaker.name for c in found] == ["ministère de la Santé", "ministère de la Santé"]
