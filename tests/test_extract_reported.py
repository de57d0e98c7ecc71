"""Reported speech: reporting verb + que/that in every tense and inverted form, selon / according to,
mixed claims, headlines; demands and narration are not claims."""

from __future__ import annotations

from extract_support import claims_of, only


def test_french_reporting_verbs_in_several_tenses():
    for verb in ("a déclaré", "affirme", "avait assuré", "a également confirmé", "estime", "a rappelé",
                 "a reconnu", "a souligné", "vient d'annoncer", "a précisé"):
        claim = only(f"Le ministre Paul Martin {verb} que la réforme serait votée avant l'été.")
        assert claim.kind == "indirect", verb
        assert claim.content == "la réforme serait votée avant l'été", verb
        assert claim.speaker.name == "Paul Martin", verb


def test_french_inverted_attributions():
    claim = only("La réforme sera votée avant l'été, a indiqué le ministre Paul Martin.")
    assert claim.content == "La réforme sera votée avant l'été"
    assert claim.speaker.name == "Paul Martin"
    claim = only("Le ministre Paul Martin était à Lyon. La réforme sera votée avant l'été, ajoute-t-il.")
    assert claim.speaker.name == "Paul Martin"


def test_french_reflexive_reporting_verbs():
    for verb in ("s'est réjoui", "s'indigne", "s'est insurgée", "s'exclame", "s'inquiète"):
        claim = only(f"« La ligne sera rouverte en mai », {verb} le maire de Dax, Julien Dutournier.")
        assert claim.speaker.name == "Julien Dutournier", verb
    assert claims_of("La tempête a emporté le toit du gymnase, qui venait d'être rénové pour la saison.") == []


def test_french_inverted_subject_followed_by_a_long_adjunct():
    claim = only("Le nombre de nuits tropicales a doublé en dix ans à Toulouse, a indiqué jeudi l'agence régionale "
                 "Occitanie Climat, avec une moyenne de 21 nuits par été sur la dernière décennie.")
    assert claim.content == "Le nombre de nuits tropicales a doublé en dix ans à Toulouse"
    assert claim.speaker.name == "Occitanie Climat"


def test_english_reporting_verbs_with_and_without_that():
    claim = only("Mayor Ann Lee said on Tuesday that the bridge would reopen in May.", "en")
    assert claim.content == "the bridge would reopen in May"
    assert claim.speaker.name == "Ann Lee"
    claim = only("Mayor Ann Lee said the bridge would reopen in May.", "en")
    assert claim.content == "the bridge would reopen in May"
    claim = only("Ann Lee told Reuters that the bridge would reopen in May.", "en")
    assert claim.content == "the bridge would reopen in May"
    claim = only("Mayor Ann Lee said on Tuesday the bridge would reopen in May.", "en")
    assert claim.content == "the bridge would reopen in May"
    claim = only("Prosecutor Ann Lee told reporters today the bridge would reopen in May.", "en")
    assert claim.content == "the bridge would reopen in May"
    assert claim.speaker.name == "Ann Lee"
    claim = only("The bridge would reopen in May, said Ann Lee.", "en")
    assert claim.content == "The bridge would reopen in May"
    assert claim.speaker.name == "Ann Lee"
    claim = only("The bridge would reopen in May, Ann Lee said.", "en")
    assert claim.speaker.name == "Ann Lee"


def test_selon_and_according_to():
    claim = only("Selon la police, 3 000 personnes ont défilé dans le centre-ville.")
    assert claim.kind == "indirect"
    assert claim.content == "3 000 personnes ont défilé dans le centre-ville"
    assert claim.speaker.name.lower() == "police"
    claim = only("D'après le ministre Paul Martin, la réforme sera votée avant l'été.")
    assert claim.speaker.name == "Paul Martin"
    claim = only("Les pluies pourraient durer deux jours, selon Météo-France.")
    assert claim.content == "Les pluies pourraient durer deux jours"
    assert claim.speaker.name == "Météo-France"
    claim = only("According to the ministry, 40 people were injured in the blast.", "en")
    assert claim.content == "40 people were injured in the blast"
    claim = only("Forty people were injured in the blast, according to police.", "en")
    assert claim.content == "Forty people were injured in the blast"


def test_mixed_claims_keep_the_quoted_fragment():
    claim = only("Le président Paul Martin a salué le « renforcement de la coopération » entre les deux pays.")
    assert claim.kind == "mixed"
    assert "« renforcement de la coopération »" in claim.content
    claim = only('Senator Ann Lee said the plan was "dead on arrival" in the Senate.', "en")
    assert claim.kind == "mixed"
    assert claim.content == 'the plan was "dead on arrival" in the Senate'


def test_mixed_claims_end_before_trailing_adjuncts_and_second_predicates():
    claim = only("Paul Martin avait promis d'engager « la baisse des impôts » en conformité avec l'accord signé avec ses alliés.")
    assert claim.content == "d'engager « la baisse des impôts »"
    claim = only("Le dirigeant Paul Martin a déclaré que son pays remporterait une « victoire éclatante » sur son rival.")
    assert claim.content == "son pays remporterait une « victoire éclatante » sur son rival"
    claim = only("Le ministre Paul Martin a affirmé que la croissance serait de 1 %, mais a refusé de commenter le budget.")
    assert claim.content == "la croissance serait de 1 %"
    claim = only("Il précise que la construction a nécessité « 100 millions d'euros » d'investissement.")
    assert (claim.kind, claim.content) == ("mixed", "la construction a nécessité « 100 millions d'euros » d'investissement")


def test_headline_claims_count():
    text = "Grève : les syndicats affirment que 60 % des enseignants ont cessé le travail\n\nLe mouvement continue."
    claim = only(text)
    assert claim.content == "60 % des enseignants ont cessé le travail"
    assert claim.speaker.name == "syndicats"


def test_coordinated_and_participle_verbs_keep_the_sentence_subject():
    claims = claims_of('Senator Tom Walsh called the deal "lousy" and said he would vote against it.', "en")
    assert [c.speaker.name for c in claims] == ["Tom Walsh", "Tom Walsh"]
    claims = claims_of("« Le sommet était utile », a déclaré Paul Martin, ajoutant que d'autres visites suivraient.")
    assert [c.speaker.name for c in claims] == ["Paul Martin", "Paul Martin"]
    assert claims[1].content == "d'autres visites suivraient"


def test_passives_modals_and_relative_que_are_not_reports():
    assert claims_of("Thirty people were reported missing after the storm hit the coast.", "en") == []
    assert claims_of("The president may declare a state of emergency next week.", "en") == []
    assert claims_of("La banque envoie un message demandant aux clients de saisir les codes qu'ils utilisent.") == []


def test_perfect_infinitive_and_quantities_as_complements():
    claim = only("Moscou affirme avoir abattu 20 drones dans la nuit.")
    assert (claim.kind, claim.content, claim.speaker.name) == ("indirect", "avoir abattu 20 drones dans la nuit", "Moscou")
    claim = only("Officials said at least 40 people were killed.", "en")
    assert claim.content == "at least 40 people were killed"


def test_relative_clause_attribution():
    claim = only("Fires broke out at the plant, which state media said were under control.", "en")
    assert claim.content == "were under control"
    assert claim.speaker.name == "state media"


def test_narration_and_capitalised_nouns_are_not_claims():
    assert claims_of("Le président est arrivé à Moscou pour une visite de deux jours.") == []
    assert claims_of("Reports on the crash vary widely between outlets and witnesses.", "en") == []
    assert claims_of("The United States is a large country with many states.", "en") == []


def test_told_with_an_adverbial_before_that_and_this_as_a_clause_subject():
    claim = only("Ms Ortiz told the station after the hearing that the verdict would be appealed.", "en")
    assert claim.content == "the verdict would be appealed"
    assert claim.speaker.name == "Ortiz"
    claim = only("The engineer Tom Reyes said this is unlikely to fail again.", "en")
    assert claim.content == "this is unlikely to fail again"
    claim = only("Tom Reyes said this morning the pumps would restart.", "en")
    assert claim.content == "the pumps would restart"
    claim = only("Le maire Paul Martin a annoncé après la réunion que le pont serait rouvert.")
    assert claim.content == "le pont serait rouvert"


def test_according_to_a_document_by_its_author():
    claim = only('"The plant will close in June," according to a statement on Friday by the mayor Ann Lee.', "en")
    assert (claim.kind, claim.content, claim.speaker.name) == ("direct", "The plant will close in June", "Ann Lee")
    claim = only("According to a report by the ministry, the plant will close in June.", "en")
    assert claim.speaker.name == "ministry"
    claim = only("The plant will close in June, according to a post published on Monday by the city council.", "en")
    assert claim.content == "The plant will close in June"
    assert claim.speaker.name == "city council"
    claim = only("« L'usine fermera en juin », selon un communiqué publié lundi par le ministère de l'Industrie.")
    assert (claim.kind, claim.content) == ("direct", "L'usine fermera en juin")
    assert claim.speaker.name == "ministère de l'Industrie"


def test_outlet_reporting_what_someone_said_gives_that_someone():
    claim = only("The Herald reported on Friday a senior engineer, whom it did not name, said the dam was safe.", "en")
    assert claim.content == "the dam was safe"
    assert claim.speaker.name == "senior engineer"
    claim = only("The Herald reported that police said two men had been arrested.", "en")
    assert claim.content == "two men had been arrested"
    assert claim.speaker.name == "police"
    claim = only("Le journal rapporte qu'un ingénieur, qui n'a pas été nommé, a déclaré que le barrage était sûr.")
    assert claim.content == "le barrage était sûr"
    assert claim.speaker.name == "ingénieur"
    claim = only("Le barrage est sûr, rapporte le quotidien Ouest-France.")
    assert claim.speaker.name == "Ouest-France"
    assert claims_of("Ces mesures ne rapporteront que 3 milliards d'euros à l'État.") == []


def test_with_subject_and_participle_has_its_own_speaker():
    claim = only("The city closed the bridge on Monday, with engineers saying it could collapse.", "en")
    assert claim.content == "it could collapse"
    assert claim.speaker.name == "engineers"
    claim = only("Mayor Ann Lee closed the bridge, saying it could collapse.", "en")
    assert claim.speaker.name == "Ann Lee"


def test_adjectival_participles_are_not_reporting_verbs():
    assert claims_of("The council fined the firm over alleged safety breaches at its plant.", "en") == []
    claim = only("The Courier reports the firm's owner, Dan Ruiz, has alleged links to the cartel.", "en")
    assert claim.speaker.name == "Courier"
    assert claim.content == "the firm's owner, Dan Ruiz, has alleged links to the cartel"
    claim = only("Police reported two people were injured.", "en")
    assert claim.content == "two people were injured"


def test_inverted_verb_before_a_possessive_noun_phrase():
    claim = only("The bridge will not reopen this year, said the council's chief engineer, Ana Ortiz.", "en")
    assert claim.content == "The bridge will not reopen this year"
    assert claim.speaker.name == "Ana Ortiz"
    assert claims_of("Talks failed, said the union's spokesman.", "en") == []


def test_share_and_propose_need_that_and_estimate_a_clause_marker():
    claim = only("The painter Lou Berg shared that she had sold every canvas.", "en")
    assert claim.content == "she had sold every canvas"
    claim = only("The authors proposed that the drought started earlier.", "en")
    assert claim.content == "the drought started earlier"
    assert claims_of("The authors proposed a new model of the drought.", "en") == []
    assert claims_of("Surveyors estimate the herd by counting tracks in the snow.", "en") == []
    claim = only("Ann Lee called the mayor's proposed budget \"a disgrace\".", "en")
    assert claim.speaker.name == "Ann Lee"


def test_elliptic_clauses_and_noun_objects_are_not_statements():
    assert claims_of("The wreck lay far from where the charts predicted it would be.", "en") == []
    assert claims_of("The drone sent back data, which revealed a hull at a depth of 400 metres.", "en") == []
    assert claims_of("The council acknowledged the mayor's cousin, Omar, as the new treasurer.", "en") == []
    claim = only("Ann Lee said prices rose in May.", "en")
    assert claim.content == "prices rose in May"


def test_announce_or_declare_with_a_noun_object_is_not_a_statement():
    for text in ("Canada announces new limits on travel to Brazil",
                 "The rebels have since declared victory, but the army has remained in the city.",
                 "The company had not announced any plans to close the plant, which employs 300 people.",
                 "Ms. Brown announced the upcoming referendum in an email to party members.",
                 "From Monday, Spanish authorities declared similar checks for Madrid and Barcelona airports.",
                 "Portugal declares a state of alert as wildfires spread north",
                 "Farm ministers agree joint seed purchase, Nordic states want more",
                 "The rebels vowed revenge for the attack on their leaders."):
        assert claims_of(text, "en") == [], text
    claim = only("The firm announced the plant would close in May.", "en")
    assert claim.content == "the plant would close in May"
    claim = only("Acme announced the company plans to cut 300 jobs.", "en")
    assert claim.content == "the company plans to cut 300 jobs"
    claim = only("The league announced the final, which was set for June, has been postponed.", "en")
    assert claim.content == "the final, which was set for June, has been postponed"


def test_an_ing_noun_in_an_indefinite_phrase_is_not_a_reporting_verb():
    text = "Although rain is expected, the agency has issued a flash flood warning covering an area from Leeds to York."
    assert claims_of(text, "en") == []
    claim = only("The paper quoted a spokesman warning that the dam could fail.", "en")
    assert claim.content == "the dam could fail"
    claim = only("The agency sent a message warning that the dam could fail.", "en")
    assert claim.content == "the dam could fail"


def test_a_quoted_view_built_on_as_is_a_mixed_claim():
    claim = only('The Foreign Ministry of Peru characterized the raid as "a grave breach of national sovereignty".', "en")
    assert (claim.kind, claim.content) == ("mixed", 'the raid as "a grave breach of national sovereignty"')
    assert claim.speaker.name == "Foreign Ministry of Peru"
    claim = only('On Twitter, Senator Ann Lee referred to the ruling as "The Great Betrayal".', "en")
    assert (claim.kind, claim.content) == ("mixed", 'the ruling as "The Great Betrayal"')
    assert claim.speaker.name == "Ann Lee"
    found = claims_of('Ann Lee called the inquiry a "witch hunt", and on Twitter referred to the vote as "The Big Hoax".', "en")
    assert [(c.kind, c.content) for c in found] == [
        ("mixed", 'the inquiry a "witch hunt"'), ("mixed", 'the vote as "The Big Hoax"')]
    assert claims_of('He referred to the "special operation" in Ukraine.', "en") == []
    assert claims_of('The "Red Brigade" referred the matter to the police.', "en") == []


def test_find_think_estimate_report_a_clause_with_a_verb_of_its_own_without_that():
    claim = only("The researchers found most of the people who died were exposed to smoke.", "en")
    assert claim.content == "most of the people who died were exposed to smoke"
    claim = only("Analysts estimate the economy will shrink by 2% this year.", "en")
    assert (claim.content, claim.speaker.name) == ("the economy will shrink by 2% this year", "Analysts")
    claim = only("The researchers also found in 12 states most of the victims were exposed to smoke from elsewhere.", "en")
    assert claim.content == "most of the victims were exposed to smoke from elsewhere"
    for text in ("Police found the man who had attacked her.",
                 "Surveyors estimate the herd by counting the area turned white by the birds.",
                 "In his speech, the minister found the ban justified and called it overdue."):
        assert claims_of(text, "en") == [], text


def test_a_participle_after_a_released_document_speaks_for_its_author():
    text = "On Friday, researchers at Leeds University posted findings estimating the number of people infected may exceed 5000."
    claim = only(text, "en")
    assert claim.content == "the number of people infected may exceed 5000"
    assert claim.speaker.name == "researchers at Leeds University"


def test_adjuncts_then_a_clause_after_a_subject_in_apposition():
    claim = only("The police chief, Omar Haddad, announced on Facebook on Tuesday there were suspects in custody.", "en")
    assert (claim.content, claim.speaker.name) == ("there were suspects in custody", "Omar Haddad")
    claim = only("The bridge will reopen in May, said the mayor on Tuesday.", "en")
    assert claim.content == "The bridge will reopen in May"


def test_a_name_ending_in_to_before_the_verb_is_no_infinitive_marker():
    for name in ("Ann Sarmiento", "Luis Prieto", "Maria Soto"):
        claim = only(f"{name} said that hospitals were full.", "en")
        assert (claim.content, claim.speaker.name) == ("hospitals were full", name)
    assert claims_of("The firm agreed to add that clause.", "en") == []


def test_the_speaker_urging_people_ends_the_statement():
    claim = only("Ann Lee said on Wednesday that hospitals had been put on alert and urged people to stay home.", "en")
    assert claim.content == "hospitals had been put on alert"


def test_a_later_verb_keeps_its_own_that():
    text = "Ann Lee insists planning reforms are working, but builders warn that a shortage of bricklayers could derail the plan."
    found = claims_of(text, "en")
    assert [(c.content, c.speaker.name) for c in found] == [
        ("planning reforms are working", "Ann Lee"), ("a shortage of bricklayers could derail the plan", "builders")]


def test_an_abbreviation_between_the_verb_and_that():
    claim = only("Coach Dana Reed said on Sept. 14 that the club had no plan to sell the striker.", "en")
    assert (claim.content, claim.speaker.name) == ("the club had no plan to sell the striker", "Dana Reed")


def test_an_approximate_quantity_opens_a_clause():
    claim = only("Figures from the organisers indicate roughly 20,000 people joined the march in Leeds.", "en")
    assert claim.content == "roughly 20,000 people joined the march in Leeds"


def test_a_long_source_name_opening_the_sentence():
    text = ("According to the Centers for Plant Health and Soil Protection in the Republic of Moldova, "
            "one field in ten was damaged by the frost.")
    claim = only(text, "en")
    assert claim.content == "one field in ten was damaged by the frost"
    assert claim.speaker.name == "Centers for Plant Health and Soil Protection"


def test_a_gerund_after_when_or_while_is_a_time_adjunct_not_a_report():
    text = 'The agency, when announcing the arrest in May, identified him only as "Mr. A" as the inquiry continued.'
    assert claims_of(text, "en") == []
    text = 'When announcing the closure on Monday, Mayor Ann Lee called on "all parents and teachers" to stay calm.'
    assert claims_of(text, "en") == []
    claim = only("While describing the scene, the witness said the car was red.", "en")
    assert claim.content == "the car was red"


def test_a_concessive_clause_with_its_own_reporting_verb_ends_the_statement():
    text = ("Local fishermen said the herd had shrunk over the decade, though Dr. Ann Lee of the University of Leeds "
            "has argued that the count was flawed. These seals, she suggested, hunt most of the fish stocks.")
    found = claims_of(text, "en")
    assert [(c.content, c.speaker.name) for c in found] == [
        ("the herd had shrunk over the decade", "Local fishermen"), ("the count was flawed", "Ann Lee"),
        ("These seals hunt most of the fish stocks", "Ann Lee")]
    assert claims_of("The authors only noted various hypotheses about the cause of the decline.", "en") == []


def test_informed_and_told_with_their_audience_before_the_statement():
    claim = only("Ann Lee informed the council that the bridge was closed.", "en")
    assert claim.content == "the bridge was closed"
    claim = only("Ann Lee informed police she had left the country.", "en")
    assert claim.content == "she had left the country"
    claim = only("Ann Lee told investors the company would grow.", "en")
    assert claim.content == "the company would grow"
    assert claims_of("The mayor informed residents of the closure.", "en") == []


def test_went_as_far_as_to_say():
    claim = only('The coach Ann Lee even went as far as to say, "We were robbed by the referee."', "en")
    assert (claim.kind, claim.speaker.name) == ("direct", "Ann Lee")


def test_according_to_a_record_that_is_no_plural():
    claim = only("The van was parked on the pavement according to security camera footage.", "en")
    assert (claim.content, claim.speaker.name) == ("The van was parked on the pavement", "security camera footage")


def test_the_agent_of_a_passive_reporting_verb_is_the_speaker():
    claim = only("The mayor and the bishop were reported by local media to have visited the hospital on Monday.", "en")
    assert (claim.content, claim.speaker.name) == ("to have visited the hospital on Monday", "local media")
    found = claims_of("Police said a badge was used by the attacker, reported by The Herald as convicted of fraud "
                      "and by the Daily Post of theft, to get in.", "en")
    assert ("convicted of fraud", "Herald") in [(c.content, c.speaker.name) for c in found]
    assert claims_of("Ten people were reported injured by the police.", "en") == []


def test_told_an_institution_then_a_clause():
    claim = only("Shop owners on Mill Lane have told the city's market authority they will not pay the new fee.", "en")
    assert (claim.content, claim.speaker.name) == ("they will not pay the new fee", "Shop owners on Mill Lane")


def test_a_later_verb_with_an_auxiliary_inside_the_said_clause():
    claim = only('Shop owner Tom Reyes said the council had promised "two weeks" of work and delivered "two months."', "en")
    assert (claim.kind, claim.speaker.name) == ("mixed", "Tom Reyes")
    assert claim.content == 'the council had promised "two weeks" of work and delivered "two months."'


def test_a_participle_qualifying_the_opening_noun_phrase_has_it_for_subject():
    text = "Several farmers' groups claiming the 2024 harvest was ruined by the floods met on Friday in the capital."
    claim = only(text, "en")
    assert (claim.content, claim.speaker.name) == ("the 2024 harvest was ruined by the floods", "Several farmers' groups")


def test_a_reporting_noun_in_an_indefinite_phrase_is_no_verb():
    text = 'Acme called the demand "unprecedented", while Zenco, in a Facebook post on Tuesday, called it "unexpected".'
    assert [c.speaker.name for c in claims_of(text, "en")] == ["Acme", "Zenco"]
    claim = only("A Reuters report said the mine would close.", "en")
    assert claim.content == "the mine would close"
    claim = only("A council spokesman claims the bins will be emptied weekly.", "en")
    assert claim.content == "the bins will be emptied weekly"


def test_verb_with_its_own_that_clause_is_not_the_attribution_of_a_prior_quote():
    text = 'With the heat and "the weight of the armour", Nadia Perez shared that she nearly fainted.'
    claim = only(text, "en")
    assert (claim.kind, claim.content, claim.speaker.name) == ("indirect", "she nearly fainted", "Nadia Perez")
    text = "Ann Lee owns a house that she shared with her sister, and in 2010 Lee also sold a farm."
    assert claims_of(text, "en") == []


def test_a_source_with_a_quoted_fragment_is_one_claim_over_the_whole_clause():
    found = claims_of("Pour le maire, la ville est « en danger », alors que les caisses sont vides.")
    assert [(c.kind, c.content) for c in found] == [
        ("mixed", "la ville est « en danger », alors que les caisses sont vides")]
    found = claims_of('According to a memo by Senator Ann Lee, the hearing was cancelled because the firm "refused to cooperate."', "en")
    assert len(found) == 1 and found[0].speaker.name == "Ann Lee"


def test_subject_adverbs_and_a_clause_after_the_verb():
    claim = only("Tom Reyes once told The Herald he considered himself \"a farmer first.\"", "en")
    assert claim.speaker.name == "Tom Reyes"
    claim = only("Although he lived abroad for years, his daughter said he died at home.", "en")
    assert claim.content == "he died at home"


def test_reporting_noun_inside_a_source_name_is_not_a_verb():
    claim = only("The storm killed 12 people, including, according to police reports, three children on a bus.", "en")
    assert claim.speaker.name == "police reports"


def test_a_second_reporting_verb_after_but_is_the_same_speakers_second_claim():
    # "that … but denied that": not a relative clause whose subject is "the ferry was late but".
    found = claims_of("Captain Ivo Rask said that the ferry was late but denied that anyone was hurt.", "en")
    assert [(c.content, c.speaker.name) for c in found] == [
        ("the ferry was late", "Ivo Rask"), ("anyone was hurt", "Ivo Rask")]
    # A verb inside the first statement ("warned the crew that") does not hide the second one.
    found = claims_of("Captain Ivo Rask said that he did warn the crew that the sea was rough "
                      "but denied that the ferry had been overloaded.", "en")
    assert [(c.content, c.speaker.name) for c in found] == [
        ("he did warn the crew that the sea was rough", "Ivo Rask"), ("the ferry had been overloaded", "Ivo Rask")]


def test_according_to_after_a_semicolon_opens_its_own_claim():
    found = claims_of("The council said the dam had held; according to engineers, the lake fell by two metres.", "en")
    assert [(c.content, c.speaker.name) for c in found] == [
        ("the dam had held", "council"), ("the lake fell by two metres", "engineers")]


def test_a_short_phrase_opening_the_sentence_before_according_to_belongs_to_the_claim():
    claim = only("Since the dig began, according to the museum, more than 400 coins have been found.", "en")
    assert claim.spans is not None and len(claim.spans) == 2
    assert claim.content == "Since the dig began more than 400 coins have been found"
    claim = only("But, according to the museum, more than 400 coins have been found.", "en")
    assert claim.content == "more than 400 coins have been found"


def test_warning_someone_to_do_something_is_no_claim():
    assert claims_of("Coastguards warned people near the harbour to stay inside and close their doors and windows.", "en") == []
    claim = only("Coastguards warned the tide would turn within the hour.", "en")
    assert claim.content == "the tide would turn within the hour"


def test_a_relative_clause_after_the_source_is_not_the_statement():
    claim = only("According to the coroner, who read the pilot's log, the engine had failed twice.", "en")
    assert claim.content == "the engine had failed twice"
    assert claim.speaker.name == "coroner"


def test_french_demands_and_fears_are_not_statements():
    found = claims_of(
        "Le syndicat a appelé à une grève reconductible dès lundi. La sénatrice Odile Varenne-Bost a jugé que la "
        "loi était « mal écrite » et a appelé le gouvernement à « revoir sa copie ». Le collectif Vélo Nantes dit "
        "craindre une « saison noire » pour les livreurs.")
    assert [(c.kind, c.content) for c in found] == [("mixed", "la loi était « mal écrite »")]


def test_french_quotation_after_a_demand_is_still_a_statement():
    found = claims_of(
        "Le maire a appelé à la création d'une commission d'enquête : « Nous voulons savoir qui a donné l'ordre "
        "de fermer les vannes ». Le député Marc Aubriot-Seyne a dit espérer que le texte serait voté avant l'été.")
    assert [c.kind for c in found] == ["direct", "indirect"]


def test_french_infinitive_after_avant_de_is_a_second_statement_of_the_subject():
    found = claims_of(
        "La directrice, Sandrine Pellegrin-Roy, a affirmé que le site avait « tout tenté » pour garder ses clients, "
        "avant de reconnaître que la fermeture était inévitable. Le préfet a pris la parole, sans préciser la date.")
    assert [(c.content, c.speaker.name) for c in found] == [
        ("le site avait « tout tenté » pour garder ses clients", "Sandrine Pellegrin-Roy"),
        ("la fermeture était inévitable", "Sandrine Pellegrin-Roy"),
    ]


def test_restating_and_stressing_verbs_report_a_clause():
    cases = {
        "The minister reaffirmed that the border would stay open.": "the border would stay open",
        "Ms Dale underlined the agreement is only a first step.": "the agreement is only a first step",
        "The union pointed out that wages had not risen since 2019.": "wages had not risen since 2019",
        "The senator repeated that the bill would not pass.": "the bill would not pass",
        "Critics highlighted that the plan had no budget.": "the plan had no budget",
    }
    for text, content in cases.items():
        claim = only(text, "en")
        assert claim.kind == "indirect" and claim.content == content, (text, claim.content)


def test_restating_verbs_with_a_noun_object_report_nothing():
    for text in ("He repeated his call for a ceasefire.", "The company highlighted the strength of its brand.",
                 "The mayor reminded residents to stay indoors.", "She recognised the need for change."):
        assert claims_of(text, "en") == [], text


def test_nationality_and_role_without_article_is_a_role_not_a_name():
    text = ("Greek prime minister reaffirms the port will stay public\n\n"
            "The Greek prime minister Eleni Vasilaki spoke in Athens on Tuesday.")
    claim = claims_of(text, "en")[0]
    assert claim.content == "the port will stay public"
    assert claim.speaker.name == "Eleni Vasilaki"


def test_in_the_view_or_analysis_of_x_attributes_the_main_clause():
    claim = only("In the analysis of the Baltic Energy Institute, the high costs render the project unrealistic.", "en")
    assert (claim.kind, claim.content) == ("indirect", "the high costs render the project unrealistic")
    assert claim.speaker.name == "Baltic Energy Institute"
    claim = only("In the opinion of the court, the law was applied correctly.", "en")
    assert (claim.content, claim.speaker.name) == ("the law was applied correctly", "court")


def test_stress_and_explain_with_a_noun_object_report_nothing():
    assert claims_of("Lopez stressed the need for calm.", "en") == []
    claim = only("Lopez stressed the plan would save money.", "en")
    assert claim.content == "the plan would save money"


def test_according_to_x_then_a_relative_clause_gives_two_claims_of_x():
    found = claims_of("The fire broke out at 3 a.m., according to the fire department, which said no one was hurt.", "en")
    assert [(c.content, c.speaker.name) for c in found] == [
        ("The fire broke out at 3 a.m.", "fire department"), ("no one was hurt", "fire department")]
    claim = only("The fire broke out at 3 a.m., according to the fire department, which did not give a cause.", "en")
    assert claim.content == "The fire broke out at 3 a.m."


def test_that_of_a_later_participle_belongs_to_it_not_to_the_first_verb():
    claim = only('Reyes confirmed the news on Facebook, writing that he was "deeply saddened".', "en")
    assert (claim.kind, claim.content, claim.speaker.name) == ("mixed", 'he was "deeply saddened"', "Reyes")


def test_weak_verb_with_it_and_an_adjective_before_that_reports_the_clause():
    claim = only("Lagos called it unlikely that the EU would finance the bridge.", "en")
    assert (claim.content, claim.speaker.name) == ("the EU would finance the bridge", "Lagos")
    claim = only("The panel found it highly likely that the fire was deliberate.", "en")
    assert claim.content == "the fire was deliberate"


def test_a_verb_form_naming_the_medium_is_a_noun_even_before_that():
    claim = only('Lopez wrote in a blog post that the rules were "absurd" and should be scrapped.', "en")
    assert (claim.kind, claim.speaker.name) == ("mixed", "Lopez")
    assert claim.content == 'the rules were "absurd" and should be scrapped'


def test_a_participle_right_after_a_trailing_source():
    claim = only("Forty people were injured yesterday according to health officials, ranging in age from eleven to 75.", "en")
    assert claim.content == "Forty people were injured yesterday ranging in age from eleven to 75"
    found = claims_of("Forty people were injured yesterday, according to health officials, "
                      "adding that two were in a critical condition.", "en")
    assert [(c.content, c.speaker.name) for c in found] == [
        ("Forty people were injured yesterday", "health officials"), ("two were in a critical condition", "health officials")]


def test_french_verbs_whose_stem_takes_a_grave_accent_are_reporting_verbs():
    found = claims_of("«Le chantier a pris deux ans de retard», relève Armelle Quintin-Vidal, présidente de l'association.")
    assert [(c.kind, c.speaker.name) for c in found] == [("direct", "Armelle Quintin-Vidal")]
    found = claims_of("« Nous avons perdu du temps », concède le maire, Paul Vernier-Lacaze.")
    assert [(c.kind, c.speaker.name) for c in found] == [("direct", "Paul Vernier-Lacaze")]


def test_french_source_with_a_short_form_or_a_publication_is_not_too_long_to_be_a_source():
    found = claims_of(
        "Aucune victime n'est à déplorer, selon le Service départemental d'incendie et de secours (Sdis) de la Manche.")
    assert [(c.kind, c.content) for c in found] == [("indirect", "Aucune victime n'est à déplorer")]
    found = claims_of(
        "Selon une étude de l'Observatoire régional de la santé de Bretagne publiée lundi dans la revue Santé "
        "publique, un habitant sur quatre renonce à consulter un spécialiste.")
    assert [(c.kind, c.content) for c in found] == [
        ("indirect", "un habitant sur quatre renonce à consulter un spécialiste")]


def test_french_montre_and_demontre_report_what_a_document_shows():
    found = claims_of(
        "Selon une enquête de l'Agence de l'eau publiée jeudi, un tiers des rivières sont polluées. "
        "L'enquête montre aussi que les nitrates ont doublé en dix ans.")
    assert [c.speaker.name for c in found] == ["Agence de l'eau", "Agence de l'eau"]
    found = claims_of("Le rapport démontre que les coûts ont été sous-estimés de moitié.")
    assert [(c.kind, c.speaker.name) for c in found] == [("indirect", "rapport")]


def test_french_demonstrative_subject_is_the_articles_own_inference():
    assert claims_of("Les ventes ont chuté de 12 %. Cela montre que la crise est profonde.") == []
    assert claims_of("Le chômage a baissé, ce qui confirme que la reprise est là.") == []


def test_french_source_opening_a_sentence_with_a_relative_clause_then_a_colon_quote():
    found = claims_of(
        "Pour la géographe Irène Castelnau-Brun, qui a étudié la ville pendant dix ans, le tramway a changé le "
        "quartier : « Les loyers ont doublé, les commerces ont suivi. »")
    assert [(c.kind, c.speaker.name, c.content) for c in found] == [
        ("indirect", "Irène Castelnau-Brun", "le tramway a changé le quartier"),
        ("direct", "Irène Castelnau-Brun", "Les loyers ont doublé, les commerces ont suivi."),
    ]
    # A relative clause after a source closing the sentence stays outside the claim.
    found = claims_of("Le quartier a changé, selon Irène Castelnau-Brun, qui a étudié la ville pendant dix ans.")
    assert [(c.kind, c.content) for c in found] == [("indirect", "Le quartier a changé")]


def test_document_commissioned_by_someone_speaks_as_itself_not_as_who_paid_for_it():
    found = claims_of("Selon un audit commandé par la métropole, la dette a triplé en six ans.")
    assert [c.speaker.name for c in found] == ["audit commandé par la métropole"]
    found = claims_of("Selon un audit réalisé par la chambre régionale des comptes, la dette a triplé en six ans.")
    assert found[0].speaker.name != "audit réalisé par la chambre régionale des comptes"


def test_french_gerund_and_pour_adjunct_inside_a_clause_are_not_statements():
    found = claims_of(
        "L'agence a loué 40 appartements à des étudiants, souvent étrangers, pour des loyers allant jusqu'à "
        "900 euros, en leur promettant un « accompagnement personnalisé » qui n'a jamais existé.")
    assert found == []
    # A gerund with a que clause reports a statement.
    found = claims_of("Le ministre a quitté la salle en assurant que le texte serait retiré d'ici à lundi.")
    assert [c.content for c in found] == ["le texte serait retiré d'ici à lundi"]


def test_english_broadcaster_named_by_its_medium_is_a_source():
    text = (
        "The fire spread through the market overnight. The blaze, which started in a bakery, killed two people, "
        "according to state television.\n\nLocal radio reported that the coast road was closed.\n"
    )
    claims = claims_of(text, "en")
    assert [(c.speaker.name if c.speaker else None, c.content) for c in claims if c.kind == "indirect"] == [
        ("state television", "The blaze, which started in a bakery, killed two people"),
        ("Local radio", "the coast road was closed"),
    ]


def test_english_countered_with_a_noun_object_is_not_a_claim_but_countered_that_is():
    text = (
        "The mayor countered claims about her health at a press conference on Monday.\n\n"
        "The mayor countered that the budget was balanced.\n"
    )
    claims = [c for c in claims_of(text, "en") if c.kind == "indirect"]
    assert [c.content for c in claims] == ["the budget was balanced"]


def test_french_reporting_verbs_told_to_the_journalist():
    for sentence in ("Paul Roche nous a confié que l'État participerait.",
                     "« L'État participerait », nous a assuré le préfet Paul Roche.",
                     "« L'État participerait », m'a expliqué Paul Roche.",
                     "Paul Roche, le préfet, m'avait assuré que l'État participerait."):
        claim = only(sentence)
        assert claim.speaker.name == "Paul Roche", sentence
        assert "participer" in claim.content, sentence
    assert only("Le préfet m'a assuré que l'État participerait.").speaker.mention == "Le préfet"


def test_a_possibility_raised_is_a_statement_whose_noun_phrase_is_the_content():
    claim = only("La ministre Anne Roche a évoqué la possibilité d'un report du scrutin, faute de candidats.")
    assert (claim.kind, claim.content, claim.speaker.name) == (
        "indirect", "la possibilité d'un report du scrutin, faute de candidats", "Anne Roche")
    claim = only("Le maire Paul Fabre a évoqué jeudi l'hypothèse d'une fermeture de la piscine.")
    assert claim.content == "l'hypothèse d'une fermeture de la piscine"
    assert claims_of("La maire a dénoncé le risque d'une fermeture de la piscine.") == []  # a fear, no statement


def test_a_french_time_adjunct_before_an_elided_article_is_not_the_statement():
    claim = only("Le parquet a annoncé vendredi l'ouverture d'une enquête pour « faux et usage de faux ».")
    assert claim.content.startswith("l'ouverture d'une enquête")


def test_according_to_an_agency_then_a_subject_that_said_the_subject_speaks():
    claim = only("According to Reuters, dealers in Rotterdam said the cut was unlikely to move prices.", "en")
    assert (claim.content, claim.speaker.name) == ("the cut was unlikely to move prices", "dealers in Rotterdam")


def test_according_to_a_source_the_clause_after_it_is_its_claim_whatever_its_verb():
    claim = only("According to the police, the driver admitted the theft.", "en")
    assert (claim.content, claim.speaker.name) == ("the driver admitted the theft", "police")


def test_told_an_outlet_a_clause_with_a_relative_that_keeps_the_whole_clause():
    claim = only("Commuter Ian Reyes told the Courier he was on a train that stopped in the tunnel.", "en")
    assert claim.content == "he was on a train that stopped in the tunnel"
    claim = only("The mayor told reporters at the town hall on Monday that the bridge would reopen.", "en")
    assert claim.content == "the bridge would reopen"


def test_a_source_published_or_heard_on_a_day_leaves_that_day_out_of_the_claim():
    claim = only("Selon le rapport final, rendu public jeudi, les masques avaient été achetés à un prix dérisoire.", "fr")
    assert claim.content == "les masques avaient été achetés à un prix dérisoire"
    claim = only("Selon ces travaux, publiés mardi dans la revue Nature Ecology, les fleurs ont reçu 32 % de visites en moins.", "fr")
    assert claim.content == "les fleurs ont reçu 32 % de visites en moins"
    claim = only("Selon le médecin légiste, entendu lundi, deux des trois coups auraient suffi à provoquer la mort.", "fr")
    assert claim.content == "deux des trois coups auraient suffi à provoquer la mort"
    claim = only("According to the report, published on Tuesday, the masks had been bought at a low price.", "en")
    assert claim.content == "the masks had been bought at a low price"


def test_a_number_after_a_noun_in_apposition_stays_in_the_claim():
    claim = only("Selon le parquet, le prix de vente, 38 000 euros, était inférieur de moitié à la valeur du terrain.", "fr")
    assert claim.content == "le prix de vente, 38 000 euros, était inférieur de moitié à la valeur du terrain"


def test_a_reporting_verb_with_a_noun_object_inside_a_that_clause_names_no_speaker():
    claim = only("Residents said that the detour added an hour to their commute.", "en")
    assert (claim.content, claim.speaker.name) == ("the detour added an hour to their commute", "Residents")
