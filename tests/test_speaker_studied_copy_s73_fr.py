"""French rules found on the copies studied in session 73. Sentences and names invented for these tests."""

from __future__ import annotations

from extract_support import claims_of


def _speaker(text: str, words: str) -> str | None:
    found = next(c for c in claims_of(text) if words in c.content)
    return found.speaker.name if found.speaker else None


def test_a_body_whose_name_holds_a_trade_adjective():
    text = "Le nageur risque une suspension de deux ans, selon la Fédération cycliste internationale.\n"
    assert _speaker(text, "risque une suspension") == "Fédération cycliste internationale"


def test_an_aged_description_after_a_body_spoke_is_the_person_of_its_trade():
    text = ("La nageuse genevoise Camille Borel a été contrôlée positive, a annoncé mardi Antidoping Suisse.\n\n"
            "« Je n'ai jamais triché », a déclaré la nageuse de 22 ans dans un communiqué.\n")
    assert _speaker(text, "Je n'ai jamais triché") == "Camille Borel"


def test_the_latter_named_in_apposition_after_selon():
    text = ("« Je ferai appel », a déclaré le coureur Luca Berset dans un communiqué diffusé par son avocat. Selon ce "
            "dernier, Me Hugo Vuilleumier, la procédure présente « de graves lacunes ».\n")
    found = next(c for c in claims_of(text) if "la procédure présente" in c.content)
    assert (found.content, found.speaker.name) == ("la procédure présente « de graves lacunes »", "Hugo Vuilleumier")


def test_the_latter_then_a_titled_subject_with_an_age_is_no_apposition():
    text = "Le témoin a parlé lundi. Selon ce dernier, M. Rochat, 54 ans, a menti aux enquêteurs.\n"
    assert _speaker(text, "a menti aux enquêteurs") != "Rochat"


def test_a_coroner_named_with_her_role_then_called_by_it():
    text = ("La coroner Annie Bélanger-Roy a rendu son rapport mercredi.\n\n"
            "Dans son rapport, la coroner estime que le conducteur « ne pouvait pas voir » le piéton.\n")
    assert _speaker(text, "le conducteur") == "Annie Bélanger-Roy"


def test_an_interprofession_named_by_what_it_covers():
    text = "L'Interprofession du gruyère a rappelé que son prix indicatif restait fixé à 70 centimes.\n"
    assert _speaker(text, "son prix indicatif") == "Interprofession du gruyère"


def test_the_union_named_in_a_person_s_role_then_by_its_noun():
    text = ("Une cinquantaine d'éleveurs ont manifesté lundi. « Avec ce prix, on ne couvre pas nos coûts », a lancé Paul "
            "Dumas, président de l'Union des producteurs de lait de la Broye (UEB), « qui dépassent 90 centimes ». L'union "
            "assure que douze exploitations ont fermé depuis janvier.\n")
    assert _speaker(text, "douze exploitations") == "Union des producteurs de lait de la Broye"


def test_the_company_noun_closing_the_sentence_its_capitalised_name_opens():
    text = "La Fromagerie des Alpes, à Bulle, paiera 60 centimes par kilo dès août, a annoncé lundi l'entreprise.\n"
    assert _speaker(text, "paiera 60 centimes") == "Fromagerie des Alpes"


def test_a_capitalised_body_that_is_no_company_is_not_the_company():
    text = "La Commission Delaunay paiera 60 centimes par kilo dès août, a annoncé lundi l'entreprise.\n"
    assert _speaker(text, "paiera 60 centimes") != "Commission Delaunay"


def test_an_office_with_its_field_after_a():
    text = ("« Il ne s'agit pas de fermer des écoles », a expliqué le délégué régional à la formation continue, "
            "cité par le quotidien local.\n")
    assert _speaker(text, "fermer des écoles") == "délégué régional à la formation continue"


def test_an_office_told_the_press_keeps_its_own_words():
    text = "« Il ne s'agit pas de fermer des écoles », a expliqué le délégué syndical à la presse.\n"
    assert _speaker(text, "fermer des écoles") == "délégué syndical"


def test_a_department_in_brackets_after_the_body_opening_the_sentence():
    text = ("3 mai 2012. - Le conseil de prud'hommes de Bobigny (Seine-Saint-Denis) a condamné mardi la société Ardan "
            "Logistique à verser 800 000 euros, jugeant ses pratiques « abusives ».\n")
    assert _speaker(text, "ses pratiques") == "conseil de prud'hommes de Bobigny"


def test_a_committee_named_in_lower_case_then_by_its_noun():
    text = ("Une pétition lancée par le comité de sauvegarde de la gare a recueilli plus de 3 000 signatures, "
            "affirme le comité.\n")
    assert _speaker(text, "Une pétition") == "comité de sauvegarde de la gare"


def test_a_collective_named_in_lower_case_then_by_its_noun():
    text = ("Le collectif contre la fermeture de la poste a manifesté lundi. Le collectif estime que la direction "
            "a menti.\n")
    assert _speaker(text, "la direction a menti") == "collectif contre la fermeture de la poste"


def test_a_headline_s_group_by_its_kind_is_the_group_the_lede_names():
    text = ("Belgique : la réforme « vide les villages », dénonce un regroupement de communes\n\n"
            "4 avril 2012. - Des bourgmestres se sont réunis. « Cette réforme vide les villages », a lancé le président "
            "du Regroupement des communes rurales du Luxembourg (RCRL), Marc Henrard.\n")
    assert _speaker(text, "vide les villages") == "Regroupement des communes rurales du Luxembourg"


def test_the_text_after_a_letter_signed_by_no_one_named_is_the_letter():
    text = ("Une lettre ouverte signée par plus de 200 musiciens, dont plusieurs chefs reconnus, a été adressée mercredi "
            "au ministre. Le texte qualifie la décision d'« absurde » et juge que « la Région sacrifie la musique "
            "vivante ».\n")
    assert _speaker(text, "absurde") == "lettre ouverte signée par plus de 200 musiciens"
    assert _speaker(text, "sacrifie la musique") == "lettre ouverte signée par plus de 200 musiciens"


def test_a_prefect_is_not_the_director_named_after_him():
    text = ("À Korhogo, les bornes-fontaines ne sont plus alimentées, a indiqué lundi le préfet de la région du Poro.\n\n"
            "« Les paysans se rabattront sur le maïs », a précisé son directeur régional, Adama Koné.\n")
    assert _speaker(text, "bornes-fontaines") == "préfet de la région du Poro"


def test_a_body_s_name_listing_adjectives_before_its_short_form():
    text = ("Selon la Société d'exploitation et de développement aéroportuaire, aéronautique et météorologique (Sodexam), "
            "il n'est tombé que 210 millimètres de pluie depuis avril.\n")
    found = next(c for c in claims_of(text) if "210 millimètres" in c.content)
    assert (found.content, found.speaker.name) == (
        "il n'est tombé que 210 millimètres de pluie depuis avril",
        "Société d'exploitation et de développement aéroportuaire, aéronautique et météorologique")


def test_the_court_the_claim_names_in_lower_case_is_the_jurisdiction():
    text = ("Le délai moyen d'une affaire devant le conseil de prud'hommes de Bobigny (Seine-Saint-Denis) a atteint 18 mois "
            "en 2011, a indiqué mercredi la juridiction lors de son assemblée générale.\n")
    assert _speaker(text, "Le délai moyen") == "conseil de prud'hommes de Bobigny"


def test_a_participle_after_an_inverted_subject_named_after_whom_it_was_told():
    text = ("« Elle a besoin de repos », a expliqué mercredi au quotidien La Presse son agent, Marc Gauthier, précisant "
            "que les billets seraient remboursés.\n")
    assert _speaker(text, "billets seraient remboursés") == "Marc Gauthier"


def test_a_director_of_a_festival_whose_title_opens_on_an_article():
    text = ("Le directeur du festival Les Nuits acadiennes de Moncton a assuré que la soirée était maintenue avec "
            "d'autres artistes.\n")
    assert _speaker(text, "soirée était maintenue") == "directeur du festival Les Nuits acadiennes de Moncton"


def test_whom_a_view_was_voiced_to_is_no_part_of_it():
    text = "Le directeur a regretté auprès de l'AFP une annulation « tardive ».\n"
    assert [c.content for c in claims_of(text)] == ["une annulation « tardive »"]


def test_a_headline_s_management_is_the_one_company_introduced_by_its_kind():
    text = ("Burkina Faso : grève à la mine d'or de Kalsaka, la direction dénonce un « sabotage »\n\n"
            "3 septembre 2012. - Quelque 500 employés de la mine sont en grève depuis samedi, selon la société australienne "
            "Faso Gold Mining, qui exploite le site depuis 2009.\n")
    assert _speaker(text, "sabotage") == "Faso Gold Mining"


def test_a_headline_s_press_is_the_one_outlet_the_lede_cites():
    text = ("Belgique : le club de football de Tubize menacé de faillite, selon la presse\n\n"
            "5 octobre 2012. - Le club accuse une dette de 3 millions d'euros, rapporte vendredi le quotidien La Libre. "
            "Plusieurs joueurs n'ont pas été payés, selon le journal.\n\n"
            "« Les chiffres sont exagérés », a assuré à la RTBF le président du club, Paul Masson.\n")
    assert _speaker(text, "menacé de faillite") == "La Libre"


def test_a_source_s_role_then_where_then_its_holder():
    text = ("Pour la directrice de la résidence Les Tilleuls, à Sion, Anne Rey, le problème tient moins aux lits qu'au "
            "personnel.\n")
    assert _speaker(text, "le problème tient") == "Anne Rey"


def test_a_headline_s_possessive_role_after_a_clause_of_its_own():
    text = ("Rugby : le RC Vannes rétrogradé en Fédérale 1, son président dénonce une « décision injuste »\n\n"
            "14 juin 2012. - « C'est une décision injuste », a réagi le président du club, Pierre Le Goff.\n")
    assert _speaker(text, "décision injuste »") == "Pierre Le Goff"


def test_a_lawyer_s_body_s_standing_in_the_case_then_her_name():
    text = ("« C'est une décision historique », a déclaré mercredi à la sortie de l'audience l'avocate de l'association "
            "Sauvegarde du Trieux, partie civile, Me Claire Guéguen.\n")
    assert _speaker(text, "décision historique") == "Claire Guéguen"
