"""Where a reported statement's content starts, past its verb's adjuncts, and where it ends."""

from __future__ import annotations

import re

from claims.extract.clause_starts import (
    EN_ADJUNCT, EN_AUDIENCE, EN_FINITE, FR_ADJUNCT, FR_PERFECT_INFINITIVE, clause_can_start_en, has_clear_verb_en,
    sure_clause_en, takes_bare_clause_en, takes_noun_object_en,
)
from claims.extract.cues import is_weak
from claims.extract.drafts import Draft, trim, word_count
from claims.extract.glosses import gloss_start
from claims.extract.passive_participles_fr import passive_participle
from claims.extract.trailing_attribution_en import CAPITALISED_WORD


# ", two days after The Australian " before a cue inside a statement: a source reporting on its own.
_SOURCE_REPORTED_AFTER_EN = re.compile(
    r",\s+(?:(?:a|an|one|two|three|four|five|six|seven|several|\d+)\s+(?:days?|hours?|weeks?|months?)\s+)?(?:after|since)\s+"
    r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s+$")
# A clause's subject and verb: "(told CNA) he was on a train that …".
_SUBJECT_AND_VERB = re.compile(
    r"\b(?:he|she|they|it|we|I|the\s+[a-z]+)\s+(?:was|were|is|are|had|has|have|would|will|could|did|does|do)\b")
# The statement's subject and an apposition before its verb: "Officer Tyler Brandt, 29, ",
# "the driver, a 34-year-old man, ".
# ("Gerald Moyer, 58, of Halifax, wrote": an age, then a town)
_SUBJECT_AND_APPOSITION_EN = re.compile(r"\s*(?:[\w'’.$-]+\s+){0,4}[\w'’.-]+,\s+(?:(?:[\w'’.-]+\s+){0,5}[\w'’.-]+,\s+){1,2}")
# French: the statement's subject, then words of the speaker's own in apposition ("ce système, « organisé, méthodique
# et lucratif », ").
_SUBJECT_AND_QUOTED_APPOSITION_FR = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s+«[^«»]{1,100}»\s*,\s+")
# English: the statement's subject, then a participle in apposition and its adjunct ("the survey, carried out by
# university divers in October, ").
_SUBJECT_AND_PARTICIPLE_EN = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+[a-z]+(?:ed|en|ade|one|ilt|eld|un|ent|ld)"
    r"\s+(?:(?:out|up)\s+)?(?:by|in|at|on|for|from|with|during|over|after|last)\s+[^,;:\"“”]{1,80},\s+")
# English: a manner or an occasion, then a colon before the statement ("bluntly in her closing remarks: ").
_ADJUNCT_THEN_COLON_EN = re.compile(
    r"\s*(?:[a-z]+ly\s+)?(?:in|at|during|on)\s+(?:his|her|their|its|the|a|an)\s+[^:,;.\"“”]{1,40}:\s")
# French "a évoqué la possibilité d'une coopération …": a possibility stated is a statement, its
# noun phrase the content (a risk, a prospect or a fear is not).
_FR_POSSIBILITY_OBJECT = re.compile(r"\s*(?:la\s+possibilité|l['’]hypothèse|l['’]éventualité)\s+(?:d['’]|de\s|du\s|des\s|que\s|qu['’])")
# A direct object between the verb and "que" makes "que" a relative pronoun: "demandant aux
# clients de réintroduire les codes qu'ils utilisaient".
_OBJECT_BEFORE_QUE = re.compile(
    r"(?<!\bà)(?<!\bau)(?<!\baux)(?<!\bsur)(?<!\bdans)(?<!\bdevant)(?<!\blors)(?<!\bde)(?<!\bd')(?<!\ben)(?<!\bpour)"
    r"(?<!\bpar)(?<!\bavec)(?<!\bto)(?<!\bon)(?<!\bin)(?<!\bat)(?<!\bafter)(?<!\bbefore)(?<!\bduring)"
    r"(?<!\bfrom)(?<!\bwith)(?<!\bfor)(?<!\bby)(?<!\bover)(?<!\baprès)(?<!\bavant)(?<!\bpendant)(?<!\blors\sde)"
    r"(?<!\bthrough)(?<!\bvia)"
    r"\s+(?-i:les|des|un|une|the|a|an)\s+\w", re.IGNORECASE)  # (not a title: "au quotidien Les Échos que")
# "la Chambre des représentants", "le Conseil des ministres": a name's complement, no object.
_NAME_COMPLEMENT_BEFORE = re.compile(r"(?:\b[Ll][ae]\s+|\b[Ll]['’])[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w-]*$")


# English: a subject pronoun and a verb right after the cue: the statement's clause has begun.
_PRONOUN_SUBJECT_FIRST = re.compile(r"\s+(?:they|he|she|we|I|you)\s+[a-z]{3,}\s")


# English reporting verbs whose past is no participle ("…, while X, a farmer, wrote on Facebook that"): never in apposition.
_PAST_ONLY_CUES_EN = frozenset(("wrote", "said", "told", "spoke"))
# English: a time or place adjunct's noun and "of" ("on the day of the shooting"): its complement, no object.
_ADJUNCT_NOUN_OF_BEFORE = re.compile(r"\b(?:on|in|at|during|after|before|since)\s+(?:the|a|an)\s+[\w-]+\s+of$")


def _object_before_que(between: str) -> bool:
    return any(not (found.group().split()[0] == "des" and _NAME_COMPLEMENT_BEFORE.search(between, 0, found.start()))
               and not _ADJUNCT_NOUN_OF_BEFORE.search(between, 0, found.start())
               for found in _OBJECT_BEFORE_QUE.finditer(between))


_THAT_OPENING = re.compile(r"that\s+")
# French ", qui montrent …": a relative clause; with "que" after its verb, a statement of its own.
QUI_BEFORE = re.compile(r",\s+qui\s+$")
COMPLEMENTISER_NEXT = re.compile(r"\s*(?:that\b|que\b|qu['’])", re.IGNORECASE)
# French verbs that report a finding or count what was found ("relevé plus de 140 feux de camp"); before a
# number or an indefinite object, they are the statement's own verb.
_COUNTING_VERBS_FR = ("relev", "constat", "recens", "dénombr", "observ", "signal")
_COUNTED_OBJECT_NEXT_FR = re.compile(r"\s+(?:(?:l['’]|cet|cette|ce)\s*[\w-]+\s+(?:dernier|dernière|passé|passée)\s+|en\s+\d{4}\s+)?"
                                     r"(?:plus\s+de|moins\s+de|près\s+de|environ|quelque|\d|des|une?|plusieurs|de\s+nombreu)")
_QUE_NEXT = re.compile(r"\s+(?:que\b|qu['’])")
# A colon, then a source phrase: "… « changé les pratiques » : selon lui, …".
_COLON_THEN_SOURCE = re.compile(r"\s?:\s+(?:selon|d['’]après|according\s+to)\s", re.IGNORECASE)
# A range's "and": "between March and August".
_NEGATED_INCISE = re.compile(r",\s*(?:et|mais)\s+(?:non|pas)\s+[^,]{1,60},\s*(?:\S+\s+){0,1}$|,\s*(?:and|but)\s+not\s+[^,]{1,60},\s*(?:\S+\s+){0,1}$")
_AND_CAPITAL = re.compile(r" and [A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:\S+\s+){0,2}\S+$")
_PLACE_BEFORE_AND = re.compile(r"\b(?:in|from|across)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’-]+$")  # "buyers in Ontario and Quebec had asked"
# The verb of a relative clause on the subject ("The association, which says it …, said"): its
# statement runs to the comma closing the clause.
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)(?:\s+[a-z]+){1,2}\s*$")
# French: ", et" and a longer definite subject, then a verb and its "que" (checked with it).
_LONG_SUBJECT_AFTER_ET_FR = re.compile(r",\s*(?:et|mais)\s+(?:le|la|les|l['’])\S*\s+(?:\S+\s+){0,6}$")
# The conjunction or comma opening the next reported clause: "… et pense que", "…, and said".
_NEXT_CLAUSE = re.compile(r"(?:,\s*|\s+)(?:et|and|mais|but)\s+(?:\S+\s+){0,4}$|,\s+but\s+(?:\S+\s+){5}$|(?:(?<!\d),|,(?!\d)|;|\s[-–—])\s*(?:\S+\s+){0,4}$"
                          # ("…, and a ranger who was not named told …": the next subject and its relative clause)
                          r"|,\s*(?:and|but)\s+(?:\S+\s+){1,3}who\s+(?:\S+\s+){1,5}$"
                          r"|,\s*(?:though|although|while|whereas)\s+(?:\S+\s+){0,10}$"
                          # "…, despite more than 40 Labour MPs warning …": a participle with its own subject
                          r"|,\s*(?:despite|amid)\s+(?:\S+\s+){0,8}$"
                          # "…, the state news agency Xinhua reported": an outlet described, then its name
                          r"|,\s*(?:the\s+)?(?:[\w-]+\s+){0,3}(?:agency|newspaper|daily|broadcaster|channel|outlet|website|magazine|weekly)"
                          r"\s+(?:[A-Z]\S*\s+){1,3}$"
                          # "…, the state-run Philippine News Agency reported": an outlet's name after its description
                          r"|,\s*the\s+(?:[a-z][\w-]*\s+){1,2}(?:[A-Z]\S*\s+){1,4}$")
# "… « un mensonge » : la fédération de parents d'élèves affirme que …": a colon, then a new sentence's subject
_COLON_THEN_SUBJECT = re.compile(r"\s:\s*(?=[Ll]e\s|[Ll]a\s|[Ll]es\s|[Ll]['’]|[Tt]he\s|[Ss]on\s|[Ss]a\s|[Ss]es\s|[Ll]eurs?\s|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])"
                                r"(?:\S+\s+){1,8}$")  # (not ": des annonces publiées …": a list of what it is)
# ", mais a cependant réitéré …": a second predicate of the same subject, not part of the statement.
_CONTRAST = re.compile(
    r",\s+(?:mais|but)\s+(?:a|ont|avait|est|has|have|had|did|was|is|also|aussi|également|then|ensuite)\b"
    # "a reconnu que …, mais il a assuré n'avoir …": the speaker's second statement, a claim of its own
    r"|,\s+mais\s+(?:il|elle|ils|elles)\s+(?:a|ont|avait|avaient)\s+(?:aussi\s+|également\s+|toutefois\s+|cependant\s+)?"
    r"(?:assuré|affirmé|déclaré|ajouté|souligné|estimé|expliqué|indiqué|précisé|nié|contesté|démenti|reconnu)\b"
    # "…, but he declined to say how much had been demanded": the speaker's refusal, told by the article
    r"|,\s+but\s+(?:he|she|they)\s+(?:declined|refused|would\s+not|did\s+not|could\s+not|gave\s+no)\b"
    # "said that it "understands the pressure" but feared the closures would …": the speaker's second verb
    r"|,?\s+but\s+(?:feared|warned|insisted|argued|stressed|cautioned|conceded|questioned|denied|added)\b"
    # "Elle a rappelé que …, puis requis 80 000 euros d'amende": the speaker's next act
    r"|,\s+(?:puis|avant\s+d['’]avoir)\s+(?:requis|réclamé|demandé|annoncé|ajouté|conclu|plaidé|dénoncé|souligné|précisé"
    r"|indiqué|expliqué|affirmé|estimé|rappelé)\b", re.IGNORECASE)
_CONDITIONAL = re.compile(r"(?:e|i|d|tt|[îi]t)rai(?:t|ent)$")  # ("reconnaîtrait", "promettrait"; not the imperfect "assurait")
_FR_AUDIENCE_FIRST = re.compile(
    r"\s*(?:à|au|aux)\s+(?:la\s+|l['’]|le\s+)?(?:radio|télévision|chaîne|quotidien|journal|site|agence|presse|micro)\b"
    # "a assuré jeudi sur les ondes de la radio privée Walo FM que": the station first
    # ("a reconnu mercredi sur les ondes de la Radio Télévision Suisse (RTS) que": a station's name)
    r"|\s*(?:(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:sur\s+les\s+ondes|sur\s+l['’]antenne)\s+(?:de\s+la|du)\s+"
    r"(?:[Rr]adio|[Tt]élévision|[Cc]haîne)\b"
    # "a estimé dans un entretien à la Chaîne 3 de la Radio algérienne que": where it was said, then the audience
    # ("a déclaré lundi soir lors d'une conférence de presse à Port-Louis que": the day first)
    r"|\s*(?:(?:hier|(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))(?:\s+(?:soir|matin|après-midi))?\s+)?"
    r"(?:dans|lors\s+d['’]|au\s+cours\s+d['’])\s*(?:un|une|son|sa|leur)\s+(?:entretien|interview|communiqué|message|lettre"
    r"|courrier|déclaration|conférence|émission|tribune|point\s+(?:de\s+)?presse|réunion|séance|briefing)\b"
    # "a déclaré à l'Office de radio et télévision des Comores (ORTC) que", "a indiqué par la voix de son avocate, Me X, que"
    # (not "a expliqué à l'AFP avoir reçu une lettre l'informant que …": the statement, before its own "que")
    r"|\s*(?-i:(?:à|au|aux)\s+(?:la\s+|l['’]|le\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])(?!.*\b(?:avoir|être)\s)|\s*par\s+la\s+voix\s+d[eu']"
    # "a rappelé lors de l'assemblée générale du syndicat, le 29 octobre à Lure, que": the occasion first
    r"|\s*(?:lors|au\s+cours)\s+(?:de\s+la|de\s+l['’]|du|des|d['’]|de)\s*[a-zà-ÿ]"
    # "a annoncé mardi 3 novembre aux 27 éleveurs qui la livrent que": the day, then the people told
    r"|\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+\d{1,2}(?:er)?\s+[a-zéû]+)?\s+aux\s+(?:\d+\s+)?[a-zà-ÿ]{4,}s\b"
    # "a assuré sous couvert d'anonymat au quotidien X, proche du pouvoir, que": how, then the audience
    r"|\s*sous\s+(?:le\s+)?couvert\s+(?:de\s+l['’]|d['’])anonymat\b"
    # "a affirmé mardi devant la commission d'enquête sur l'industrie de la construction qu'il": before whom
    # ("a affirmé lundi devant plusieurs centaines d'ouvriers rassemblés à l'entrée de la cité minière que": a crowd)
    r"|\s*(?:(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:soir|matin|après-midi))?\s+)?devant\s+"
    r"(?:(?:la|le|les|l['’]|des|une?|plusieurs|quelques?|près\s+de)\s*[a-zà-ÿ]|\d)(?!.*\b(?:avoir|être)\s)")
_FR_ADJUNCT_BETWEEN_COMMAS = re.compile(
    r",\s*(?:(?:dans|lors|au\s+cours|pendant|sur|devant|en|à|au|aux|via|selon)\s|(?:avant|après|alors|tandis)\s+qu(?:e\s|['’]))[^,]+,\s*$")
_FR_DAY_ONLY = re.compile(r"\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir|après-midi))?)?\s*")
_OUT_NEXT = re.compile(r"\s+(?:(?:it|them|this|that)\s+)?out\b")  # ("would not rule it out")


# French: the outlet's own incise closing a statement ("…, a-t-on appris vendredi", "…, apprend-on de source sûre").
_LEARNT_INCISE_FR = re.compile(r",\s*(?:a-t-on\s+(?:appris|indiqué|précisé|confirmé)|apprend-on|indique-t-on|précise-t-on)\b")
_SECOND_COMPLEMENT = re.compile(r"(?:,\s*|\s+)(?:et|and|mais|but)\s+(?:que\b|qu['’]|that\b)", re.IGNORECASE)
_COLON_QUOTE = re.compile(r"\s*:\s*[«“\"„]")
_INFINITIVE_NEXT = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|reporters\b|journalists\b)[a-z]")
# What follows an English statement without belonging to it: the speaker's own participle
# (", citing …", ", adding …"), "without elaborating", or a second action of the speaker
# ("… and sought to overturn the results", "… and urged people to stay indoors").
_EN_PREDICATE_TAIL = re.compile(
    r",\s+(?:citing|adding|saying|noting|arguing|insisting|blaming|accusing|calling|describing|urging|warning)\b"
    r"|\s+without\s+(?:elaborating|giving|providing|offering|citing|explaining|specifying|naming)\b"
    r"|\s+and\s+(?:has\s+|have\s+|had\s+)?(?:sought|seeks|tried|tries|vowed|vows|pledged|pledges|threatened|threatens|"
    r"refused|refuses|declined|declines|promised|promises|went\s+on)\s+to\b"
    r"|\s+and\s+(?:called|calls|appealed|appeals)\s+for\b|\s+and\s+(?:demanded|demands)\s"
    # "… were "a disgrace" and called on the trust's board to appear …": an exhortation, the speaker's own act
    r"|\s+and\s+(?:called|calls)\s+on\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){1,4}?to\s"
    # "said Labour was “at war with itself” and accused ministers of …": a second statement, an accusation
    r"|\s+and\s+(?:accused|accuses|blamed|blames)\s+(?:[\w’'-]+\s+){1,3}?(?:of|for)\b"
    r"|,?\s+and\s+(?:urged|urges|asked|asks|encouraged|encourages|advised|advises)\s+"  # ("called on": above)
    r"(?:people|residents|citizens|the\s+public|everyone|voters|parents|drivers|members|them|him|her"
    r"|farmers|owners|homeowners|landowners|businesses|shoppers|customers|motorists|anyone)\s+to\b"
    # "… and thanked the coach", "… but declined to comment further", "… and did not rule out …": the
    # speaker's own acts after the statement (not backshifted "… and would not rule out …", reported too)
    r"|,?\s+(?:and|but)\s+(?:also\s+)?(?:thanked|apologi[sz]ed|advised\s+(?:people|residents|the\s+public|passengers|"
    r"travellers|travelers|customers|drivers|motorists|parents|patients|anyone|everyone)|pointed\s+to|"
    r"did\s+not\s+rule\s+out|declined\s+to\s+(?:comment|say|elaborate|give|provide|discuss|specify)|"
    r"asked\s+(?:members\s+of\s+the\s+public|the\s+public|people|residents|anyone|everyone|drivers|passengers|"
    r"parents|customers|fans|visitors))\b"
    # "… in May, and rejected any suggestion that …", "… but did not name a successor", "… but would not give the
    # buyer's name": the speaker's refusal or second judgement, no part of the statement
    # (but "said it was reviewing the decision and would not comment further": what it said it would not do)
    r"|,?\s+(?:and|but)\s+(?:rejected|dismissed|denied|did\s+not|would\s+not(?!\s+comment)|could\s+not|refused\s+to)\s+"
    r"(?:any|the|a|an|to|name|give|say|identify|disclose|specify|elaborate|comment|provide|reveal|confirm)\b")
# French: the speaker's own exhortation after the statement ("… était injuste et a exhorté les élus à …").
_FR_PREDICATE_TAIL = re.compile(r"[ \u00a0]+(?:et|mais)[ \u00a0]+(?:(?:a|ont)[ \u00a0]+)?(?:exhorté|invité|incité|enjoint|sommé|encouragé|remercié"
                                # ("… des autorités et réclamé une enquête": a demand, the speaker's own act)
                                r"|réclamé|exigé|demandé[ \u00a0]+(?:une?|la|le|les|des|l['’]))\b")
_TO_NEXT = re.compile(r"\s+to\s+|")
# English: a non-restrictive relative clause closing the statement, with no comma or quotation after its
# start, that tells the past ("…, which in 2017 ordered the state to clean up the lake", "…, who had been
# named as a reserve"): what the article adds, not what was said (but "…, which can cause deafness" is said).
RELATIVE_GLOSS_OPENING_EN = r",\s+(?:which|who|whose)\s"
_TRAILING_RELATIVE_EN = re.compile(RELATIVE_GLOSS_OPENING_EN + r"[^,\"“”]*$")
_NARRATED_PAST = re.compile(r"\b(?:(?:19|20)\d\d|had|was|were|did)\b")
# French: what "selon" introduces when it says how, not who ("calculée selon la formule provinciale").
# ("paient selon le nombre de levées de leur bac, et non plus selon la valeur locative": by what measure)
MANNER_AFTER_SELON = re.compile(r"\s*(?:la|le|les|l['’]|un|une|des|leurs?|son|sa|ses)\s*(?:formules?|barèmes?|règles?|critères?|modalités"
                                r"|principes?|méthodes?|grilles?|besoins|cas|âges?|tailles?|revenus|profils?|types?|niveaux?"
                                r"|valeurs?|nombre|montants?|poids|durée|volume|quantité|superficie|surface"
                                # ("vont de 15 000 à 48 000 euros selon l'ancienneté")
                                r"|ancienneté|gravité|saisons?|périodes?|distances?|régions|secteurs|circonstances)\b")
# French: the speaker's second verb, of fear or wish, joined by "et" ("… et redoutent une multiplication des dépôts").
_FEAR_OR_WISH_JOINED_FR = re.compile(r"\s+et\s+(?:redout|craign|souhait|espèr|espér)(?:e|ent|ait|aient|é)\b|\s+et\s+craint\b")
# French "selon elle" followed by more of the statement: the speaker's incise.
_PRONOUN_GOING_ON = re.compile(r"(?:lui|elle|eux|elles)\s+[\w«“\"]")
# A relative clause between commas (", which was shared with Wikinews,").
_RELATIVE_BETWEEN_COMMAS = re.compile(r",\s+(?:which|who)\s[^,]{1,80},")
# English auxiliaries and modals of the statement itself, and the "and" before its second verb.
_AUXILIARY_EN = re.compile(r"\b(?:would|will|had|has|have|was|were|is|are|could|can|should|might|may)\b")
_MODAL_EN = re.compile(r"\b(?:would|will|could|should|can|may|might|must|to)\s")
_AND_BEFORE = re.compile(r"\band\s+$")
# French: a verb summing up the situation, then a colon and the statement ("résume la situation : …"; only the verbs of
# _SUMMING_UP_STEMS_FR take it without "que").
_SUMMING_UP_STEMS_FR = ("résum", "expliqu", "constat", "conclu", "tranch", "insist", "soulign", "rappel", "prévien", "avert",
                        "lanc", "martèl", "prévi", "préven", "détaill", "dit", "affirm", "assur", "répét")
# (what is summed up: "résume la situation", "a détaillé le mode opératoire")
# (and how or when: "l'a expliqué sans détour :", "a prévenu mardi :")
_SUMMED_UP_COLON_FR = re.compile(r"(?:\s+(?:la\s+situation|l['’]enjeu|les\s+enjeux|le\s+problème|la\s+question|les\s+choses"
                                 r"|le\s+constat|le\s+bilan|le\s+mode\s+opératoire|les\s+chiffres"
                                 r"|le\s+calendrier|le\s+dispositif|les\s+faits|le\s+montage))?"
                                 r"(?:\s+(?:sans\s+détour|sans\s+ambages|clairement|simplement|franchement|sobrement|fermement"
                                 r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier))?[\s\u00a0]*:[\s\u00a0]+(?=[a-zà-ÿ])")
_THAT_BEFORE = re.compile(r"\bthat\s+$")
_PERFECT_EN = re.compile(r"\b(?:had|has|have)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne|ht|un)\b")
# "…, a claim Syria denied", "…, a figure the ministry could not confirm": the narrator's comment on
# the statement, in apposition to it; its noun phrase is no speaker.
_COMMENT_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?:claim|allegation|charge|accusation|assertion|figure|estimate|number|account|version|"
    r"contention|characterization|characterisation|description|condition)s?\s"
    # "…, many of them sheltering in schools": the narrator's absolute clause after the statement
    r"|,\s+(?:many|most|some|all|several|half|none|thousands|hundreds|dozens)\s+of\s+(?:them|whom)\s+[a-z]+ing\b")
# "called it unlikely that …", "found it hard to believe that …": "it" and an adjective before "that".
_COORDINATED_BEFORE_THAT = re.compile(r"\s(?:and|but)\s*,?\s*$")
_IT_ADJECTIVE = re.compile(r"\s*it\s+(?:(?:very|highly|more|most|quite|so)\s+)?[a-z]+\s*")
# "said in a filing with the Securities and Exchange Commission that …": adjuncts before "that" may be long.
_PREPOSITION_FIRST_EN = re.compile(r"\s*(?:in|on|at|during|to|with|after|before|via|through)\s")
# A list of reported clauses, each opening with "that", separated by semicolons.
_THAT_LIST_GOES_ON = re.compile(r"\s*(?:and\s+|but\s+)?that\s")
# Verbs whose audience comes before the statement: "told reporters (that) …", "informed police …".
TELLING = frozenset(("tell", "tells", "told", "telling", "inform", "informs", "informed", "informing",
                     "remind", "reminds", "reminded", "reminding"))
# (", as well as penalties and interest" inside a statement is a noun phrase; ", as well as calling
# for …" is the speaker's second act)
# (", though it was later found …": a concession with a clause of its own is the narrator's caveat)
# (a French gerund after a comma or "tout" is the speaker's act, "…, en appelant à …", "a salué « une victoire » tout en
# répétant …"; with neither, the clause's own: "le skipper avait « pris la bonne décision » en renonçant à …")
_GERUND_BREAK = re.compile(r"(?:(?:,|(?<=,))\s+(?:tout\s+)?en\s+\w+ant\b|,?\s+tout\s+en\s+\w+ant\b|,\s+(?:whereas|as\s+well\s+as\s+\w+ing)\b"
                           r"|,\s+(?:though|although)\s+(?:it|this|that|there|the|he|she|they)\s+\w+"
                           r"|(?<=,[\"”])\s+(?:while|whereas)\b"
                           # (", while the Barbados Water Authority put the number …": another body's own statement)
                           r"|,\s+while\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+)?[A-Z][\w'’-]+)+\s+(?:[a-z]+ed|put|said|says|told)\b)")
_PLATFORM_ADJUNCT = re.compile(r"\s*(?:on|in|via)\s+(?:(?:his|her|their|its|the)\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*|social\s+media|a\s+(?:post|video|blog))(?:\s+(?:account|page|feed|post|story|video))?"
                               r"(?:\s+(?:on|late|early|last)\s+\w+)?\s*,?\s*")
# When, between a weak verb and "that" ("found in November 2019 that", "found last year that"): no object.
_TIME_ADJUNCT_EN = re.compile(r"\s*(?:(?:in|on|during)\s+(?:(?:early|late|mid-)\s*)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
                              r"|in\s+\d{4}|last\s+(?:year|month|week|[A-Z][a-z]+)|(?:earlier\s+)?this\s+(?:year|month|week))\s*,?\s*")
# A title in quotation marks: "a indiqué au « Nord Éclair Express » que …".
_QUOTED_TITLE = re.compile(r"\b(?:au|à|aux|la|le|du)\s+«[^«».!?]{1,50}»")
# The dot of an abbreviation between a verb and its "that": "said on Sept. 14 that", "told Dr. Lee that",
# or inside a site's name: "told the news server Novinky.cz that".
_ABBREVIATION_DOT = re.compile(r"\b(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][a-z]{0,4}|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚa-z])\.|(?<=\w)\.(?=[a-z]{2,4}\b)")
# "…, tandis que son homologue estime …": a contrasting clause with a statement of its own.
_WHEREAS = re.compile(r",?\s+(?:tandis\s+qu|alors\s+qu)")
_QUE_AFTER_COMMA = re.compile(r",\s*(qu['’]|que\b)")
_SUBORDINATOR_BEFORE_QUE = re.compile(r"\b(?:alors|tandis|parce|bien|avant|afin|pendant|depuis|sans|pour)\s+$")


def _holds(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether text[start:end] holds one of WORDS (a cheap test before a pattern that needs one)."""
    return any(text.find(word, start, end) != -1 for word in words)


# English "A, he said, and B.": the statement resumes after its attribution.
_RESUMED_AFTER_INCISE = re.compile(r",\s+(?P<rest>(?:and|but)\s+(?!(?:that|added|said|told|noted)\b)\S)")
# "…, a-t-il précisé, pourra …" (not "…, a-t-elle précisé, faisant état d'une hausse": a participle's own clause)
_RESUMED_AFTER_INCISE_FR = re.compile(r",\s+(?!(?!(?:cependant|pendant|avant|maintenant|durant)\b)[a-zà-ÿ]+ant\b)(?P<rest>[a-zà-ÿ])")


# "that runs the hospital": "that", a verb in -s and the object's determiner (not "that costs had risen").
_THAT_THEN_VERB_AND_OBJECT = re.compile(r"that\s+[a-z]{3,}s\s+(?:(?:the|a|an|its|their|his|her)\s|[A-Z])")  # ("… plant that supplies Ford")


# A court right before its verb ("…, tribunal rules", "Coroner rules …", "…, the sheriff ruled").
COURT_JUST_BEFORE = re.compile(
    r"\b(?:[Tt]ribunal|[Cc]ourt|[Jj]udge|[Jj]ustice|[Cc]oroner|[Pp]anel|[Oo]mbudsman|[Jj]ury|[Ss]heriff|[Aa]rbitrator"
    r"|[Aa]djudicator)(?:\s+(?:in|at|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*$")
# (and where it sits: "…, an employment tribunal in Ashford has ruled")
# French: what "prévoit" reports when it reports (a que clause or a quotation).
_CLAUSE_OR_QUOTE_NEXT_FR = re.compile(r"\s*(?:que\b|qu['’]|[«“\"])")


class ReportedContentBounds:
    __slots__ = ()

    def _resumed_after_incise(self, m, e: int) -> list[tuple[int, int]]:
        """English "A, he said, and B." / "A, Hayward said, but B."; French "Le ministre, a-t-il
        précisé, pourra …": the statement resumes after its attribution; its second part, when no
        other reporting verb opens there."""
        if self.language == "fr":
            inverted = m.group("pron") or (m.group("aux") and "-" in m.group("aux"))
            resumed = _RESUMED_AFTER_INCISE_FR.match(self.text, m.end(), e) if inverted else None
        else:
            resumed = _RESUMED_AFTER_INCISE.match(self.text, m.end(), e) if self.language == "en" else None
        if resumed is None or any(resumed.start("rest") <= cue.start() < e for cue in self._sentence_cues):
            return []
        start, end = trim(self.text, resumed.start("rest"), e)
        return [(start, end)] if word_count(self.text[start:end]) >= (4 if self.language == "en" else 3) else []

    def _content_end(self, start: int, e: int, drafts: list[Draft], cue_end: int | None = None) -> int:
        text = self.text
        end = e
        for cue in self._sentence_cues:
            if start < cue.start() < end:
                if self.language == "fr" and cue.group("pron") and text[start:cue.start()].rstrip().endswith(",") \
                        and (colon := text.rfind(" : ", start, cue.start())) != -1 \
                        and not any(mark in text[colon:cue.start()] for mark in "«»\""):
                    end = colon  # "estime que la commune « ne pourra pas suivre » : elle a déjà engagé …, rappelle-t-il": his next
                    break
                if cue.group("pron") or (cue.group("aux") and "-" in cue.group("aux")):
                    continue
                if self.language == "en" and (after := _SOURCE_REPORTED_AFTER_EN.search(text, start, cue.start())) is not None:
                    end = after.start()  # "…, two days after The Australian reported that …": the paper's own claim
                    break
                if self.language == "en" and _INFINITIVE_NEXT.match(text, cue.end()):
                    continue  # "… and continued to attack others": not a second statement
                if self.language == "en" and cue.group("verb").lower().startswith("rul") and _OUT_NEXT.match(text, cue.end()):
                    continue  # "… and would not rule out a strike": no ruling
                if self.language == "en" and (cue.group("aux") or "").lower() == "had" and _AND_BEFORE.search(text, max(start, cue.start() - 6), cue.start()):
                    continue  # "it was assisting the company and had informed other providers": the statement's own verb
                if self.language == "en" and cue.group("aux") is None and cue.group("verb").lower() in ("found", "showed", "shown") \
                        and _AND_BEFORE.search(text, max(start, cue.start() - 6), cue.start()) and _PERFECT_EN.search(text, start, cue.start()):
                    continue  # "said the forum had surveyed 160 farms and found that …": the statement's own finding
                if self.language == "en" and cue.group("aux") is None and cue.group("verb").lower() in ("finding", "concluding") \
                        and text.endswith(", after ", start, cue.start()):
                    continue  # "said that it had reduced the ban to two years, after finding that …": the statement's own ground
                if self.language == "en" and cue.group("aux") is None and cue.group("verb").lower() == "decided" \
                        and text.endswith((" but ", " and "), start, cue.start()) and _PERFECT_EN.search(text, start, cue.start()):
                    continue  # "told Ritzau that they had considered an appeal but decided that …": the statement's own verb
                if self.language == "en" and cue.group("aux") is None and not cue.group("verb").lower().endswith(("s", "d", "ing")) \
                        and _AND_BEFORE.search(text, max(start, cue.start() - 6), cue.start()) and _MODAL_EN.search(text, start, cue.start()):
                    continue  # "it would keep its office open and continue surveys": a bare verb under the statement's modal
                if passive_participle(text, cue, self.language):
                    continue  # "ouverte pour « … » et confiée à la brigade": a passive participle, no speech
                if self.language == "en" and cue.group("aux") is None and text.endswith(", ", start, cue.start()) \
                        and _PREPOSITION_FIRST_EN.match(text, cue.end()) and cue.group("verb").lower() not in _PAST_ONLY_CUES_EN:
                    continue  # "said the larvae, found at the port of Shanghai, had been …": a participle in apposition
                if self.language == "en" and (cue.group("aux") or "").lower() in ("had", "has", "have") and takes_noun_object_en(cue.group("verb")) \
                        and not COMPLEMENTISER_NEXT.match(text, cue.end()) and not sure_clause_en(text, cue.end(), e):
                    continue  # "said the levy, introduced in October, had added 180,000 tögrög to …": a thing added, no report
                if self.language == "fr" and cue.group("verb").lower().startswith("prévoi") and text.endswith(" et ", start, cue.start()) \
                        and not _CLAUSE_OR_QUOTE_NEXT_FR.match(text, cue.end()):
                    continue  # "le texte fixe une ligne … et prévoit la création d'une zone": what it provides, no report
                if self.language == "fr" and cue.group("aux") is None and _CONDITIONAL.search(cue.group("verb")):
                    continue  # "que le régime … et gazières afficherait un déficit": the clause's own verb
                if self.language == "fr" and cue.group("verb").lower().startswith(_COUNTING_VERBS_FR) \
                        and _COUNTED_OBJECT_NEXT_FR.match(text, cue.end()) is not None:
                    continue  # "… a doublé et ses agents ont relevé l'été dernier plus de 140 feux": what they counted
                if self.language == "fr" and QUI_BEFORE.search(text, max(start, cue.start() - 6), cue.start()) \
                        and not _QUE_NEXT.match(text, cue.end()):
                    continue  # "…, des campagnes menées cet été, qui montrent un recul": a relative clause of the statement
                if cue.group("aux") is None and not cue.group("verb").endswith(("é", "ée", "és", "ées")) \
                        and (colon := _COLON_THEN_SUBJECT.search(text[start:cue.start()])) is not None:
                    end = start + colon.start()  # (not ": des annonces publiées sur des sites …": a participle)
                    break
                if self.language == "en" and text[start:cue.start()].rstrip().endswith(",") \
                        and _IN_RELATIVE_CLAUSE.search(text, max(0, start - 40), start):
                    end = start + text[start:cue.start()].rstrip().rfind(",")  # "X, which says A, B and C, said …"
                    break
                if self.language == "en" and _SUBJECT_AND_APPOSITION_EN.fullmatch(text, start, cue.start()) \
                        and not has_clear_verb_en(text, start, cue.start()):
                    continue  # "said that Officer Tyler Brandt, 29, had continued …": the statement's subject, its verb
                if self.language == "en" and cue.group("aux") and _SUBJECT_AND_PARTICIPLE_EN.fullmatch(text, start, cue.start()):
                    continue  # "said the survey, carried out by university divers in October, had found …": its subject, its verb
                if self.language == "fr" and _SUBJECT_AND_QUOTED_APPOSITION_FR.fullmatch(text, start, cue.start()):
                    continue  # "que ce système, « organisé, méthodique et lucratif », avait rapporté …": its subject, its verb
                head = text[start:cue.start()]
                joint = _NEXT_CLAUSE.search(head)
                if joint is None and self.language == "fr" and _QUE_NEXT.match(text, cue.end()):
                    joint = _LONG_SUBJECT_AFTER_ET_FR.search(head)  # "…, et le syndicat des restaurateurs du bassin estime que"
                if joint and _SECOND_COMPLEMENT.match(text, start + joint.start(), cue.start()):
                    continue  # "… et qu'il avait demandé …", "…, and that he had asked …": a second clause of the same verb
                if joint and _NEGATED_INCISE.search(text, start, cue.start()):
                    continue  # "que les marges, et non la fiscalité, expliquaient …": an incise, then the verb
                if joint and self.language == "en" and (cue.group("aux") or "").lower() == "had" and "," not in head \
                        and not has_clear_verb_en(text, start, cue.start()):
                    continue  # "said on Tuesday the umpires and both captains had agreed …": two subjects, one verb of the statement
                ranged = False
                while joint and self.language == "en" and text[start + joint.start()] != "," and (
                        _BETWEEN_BEFORE.search(text, max(start, start + joint.start() - 40), start + joint.start())
                        or _AND_CAPITAL.match(text, start + joint.start())
                        and _PLACE_BEFORE_AND.search(text, max(start, start + joint.start() - 40), start + joint.start())):
                    # "surveys between March and August had found": "and" joins the range's ends (or two places);
                    # a later joint may still open the speaker's next clause ("… between Derby and Broome, and said …")
                    joint, ranged = _NEXT_CLAUSE.search(head, joint.start() + 1), True
                if ranged and joint is None:
                    continue
                if joint:
                    end = start + joint.start()
                    break
                if self.language != "en" and cue.group("aux") is not None:
                    break
                # A verb inside the statement ("said that he did indicate to them that …", "que la sécurité
                # relevait de l'État") may be followed by the speaker's second one ("… but denied that …",
                # "…, précisant que …"): look further.
        for d in drafts:
            if start < d.start < end and d.kind != "mixed":
                end = min(end, d.start)
        if self.language == "fr" and " et " in text[start:end] and (feared := _FEAR_OR_WISH_JOINED_FR.search(text, start, end)) is not None:
            end = feared.start()  # "ont dénoncé un système « compliqué » et redoutent une multiplication …": a fear, no statement
        if ":" in text[start:end] and (colon := _COLON_THEN_SOURCE.search(text, start, end)) is not None:
            end = colon.start()  # "… « changé les pratiques » : selon lui, les contrôles …": a statement of its own
        after = self.pats.source_after.search(text, start, end)
        if after and not after.group().startswith(",") and _PRONOUN_GOING_ON.match(text, after.end(), end):
            after = None  # "son surplus, qui dépasse selon elle les 9 M$": the speaker's incise inside the statement
        if after and self.language == "fr" and MANNER_AFTER_SELON.match(text, after.end()):
            after = None  # "calculée selon la formule provinciale": a manner, no source
        if after and "," not in text[after.end():end]:
            end = after.start()
        gerund = _GERUND_BREAK.search(text, start, end)
        if gerund:
            end = gerund.start()
        if self.language == "fr" and "-on" in text[start:end] and (learnt := _LEARNT_INCISE_FR.search(text, start, end)) is not None:
            end = learnt.start()  # "… était conforme à la Constitution, a-t-on appris vendredi": how the outlet knows
        if (tail := (_EN_PREDICATE_TAIL if self.language == "en" else _FR_PREDICATE_TAIL).search(text, start, end)):
            end = tail.start()
        if self.language == "en" and (comment := _COMMENT_APPOSITION.search(text, start, end)) is not None:
            end = comment.start()
        semicolon = text.find(";", start, end)
        while semicolon != -1 and self.language == "en" and _THAT_LIST_GOES_ON.match(text, semicolon + 1):
            semicolon = text.find(";", semicolon + 1, end)  # "… coal; that race was a factor; and that …"
        if semicolon != -1:
            end = semicolon
        contrast = _CONTRAST.search(text, start, end)
        if contrast:
            end = contrast.start()
        whereas = _WHEREAS.search(text, start, end) if _holds(text, start, end, ("tandis", "alors")) else None
        if whereas and any(whereas.end() <= c.start() < e for c in self._sentence_cues):
            end = whereas.start()
        if self.language == "en" and ", wh" in text[start:end] \
                and (relative := _TRAILING_RELATIVE_EN.search(text[start:end])) is not None \
                and _NARRATED_PAST.search(relative.group()) is not None:
            end = start + relative.start()  # "…, which in 2017 ordered the state to …": the narrator's gloss
        colon_quote = _COLON_QUOTE.search(text, start, end) if text.find(":", start, end) != -1 else None
        if colon_quote:
            end = colon_quote.start()
        end = gloss_start(text, start, trim(text, start, end)[1], self.language)
        return trim(text, start, end)[1]

    def _adjuncts_then_clause(self, m, e: int) -> bool:
        """"The chief, Ann Lee, announced on Facebook on Tuesday there were …": after the verb's
        adjuncts, a clause, not an inverted subject."""
        start = self._complement_start(m, e)
        # ("X, the public body, said in a statement that two schools taught pupils": "that" opens the clause)
        return start > m.end() and clause_can_start_en(self.text, start) and (
            sure_clause_en(self.text, start, e) or _THAT_BEFORE.search(self.text, m.end(), start) is not None)

    def _complement_start(self, m, limit: int) -> int:
        """Where the reported statement begins after a cue: past `que`/`that`, the audience of
        `told` and time or place adjuncts."""
        text = self.text
        start = m.end()
        # (French adjuncts run longer: "a affirmé mardi devant la commission d'enquête sur l'octroi des contrats publics dans
        # l'industrie de la construction que")
        comp = self.pats.complementiser.search(text, start, min(limit, start + (130 if self.language == "fr" else 100)))
        if comp is not None and self.language == "en" and any(start <= cue.start() < comp.start() for cue in self._sentence_cues):
            comp = None  # "insists reforms are working, but builders warn that …": the later verb's "that"
        if comp is not None and self.language == "fr" and _SUBORDINATOR_BEFORE_QUE.search(text, max(start, comp.start() - 12), comp.start()):
            # "l'a annoncé ce lundi, alors que le niveau …": a subordinate clause, not what was said; "a
            # indiqué, alors que la crise dure, que …": the statement's "que" after it
            resumed = _QUE_AFTER_COMMA.search(text, comp.end(), min(limit, comp.end() + 100))
            comp = self.pats.complementiser.search(text, resumed.start(1), resumed.end()) if resumed else None
        # (but "wrote in a message to other health workers, which was shared with Wikinews, that …": the relative clause
        # of an adjunct)
        if comp is not None and self.language == "en" and (_AUXILIARY_EN.search(_RELATIVE_BETWEEN_COMMAS.sub(",", text[start:comp.start()]))
                                                         or _PRONOUN_SUBJECT_FIRST.match(text, start, comp.start())):
            # "said extra trams would run on the lines that cross …", "say they received farmland that
            # cannot be …": the statement's own relative clause
            comp = None
        between = text[start:comp.start()] if comp else ""
        telling = self.language == "en" and m.group("verb").lower() in TELLING
        weak_object = self.language == "en" and is_weak(m.group("verb"), self.pats) and word_count(between) >= 2 \
            and _IT_ADJECTIVE.fullmatch(between) is None  # "blaming charges that it says …" (not "called it unlikely that")
        if weak_object and (_PLATFORM_ADJUNCT.fullmatch(between) or _TIME_ADJUNCT_EN.fullmatch(between)):
            weak_object = False  # "posted on Instagram that …", "found in November 2019 that …": where or when, not what
        if comp is not None and self.language == "en" and _COORDINATED_BEFORE_THAT.search(between) \
                and EN_FINITE.search(between) is not None:
            comp = None  # "said markets had run short and that prices had risen": the first clause has no "that"
        if comp is not None and telling and (audience := EN_AUDIENCE.match(text, start)) is not None \
                and audience.end() < comp.start() and _SUBJECT_AND_VERB.search(text, audience.end(), comp.start()) is not None:
            comp = None  # "told CNA he was on a train that stopped": "that" opens a relative clause of the statement
        if comp is not None and self.language == "en" and between.strip() and _THAT_THEN_VERB_AND_OBJECT.match(text, comp.start()):
            comp = None  # "have written to the trust that runs the hospital": "that" opens the object's relative clause
        if comp and not weak_object and not re.search(r"[.!?«“\"]", _ABBREVIATION_DOT.sub("", _QUOTED_TITLE.sub("", between))) and word_count(between) <= (
            # ("told Tullis at the end of the hearing at the California Men's Colony in San Luis Obispo that": where)
            18 if telling and "," not in between and EN_FINITE.search(CAPITALISED_WORD.sub(" ", between)) is None
            # ("a affirmé mardi devant la commission d'enquête sur l'octroi des contrats publics dans l'industrie de la
            # construction que": before whom, at length)
            or self.language == "fr" and "," not in between and _FR_AUDIENCE_FIRST.match(between)
            else 14 if self.language == "en" and (telling or _PREPOSITION_FIRST_EN.match(between))
            or self.language == "fr" and (_FR_ADJUNCT_BETWEEN_COMMAS.search(between) or _FR_AUDIENCE_FIRST.match(between)) else 8) and (
            # (French "a estimé au contraire, dans une chronique publiée par le Daily Telegraph, que …")
            telling or not _object_before_que(between)  # "told the court that": the audience
            or self.language == "fr" and _FR_AUDIENCE_FIRST.match(between) is not None
            # "a précisé mercredi, lors d'une réunion du comité régional …, que": a day, then where it was said
            or self.language == "fr" and (adjunct := _FR_ADJUNCT_BETWEEN_COMMAS.search(between)) is not None
            and _FR_DAY_ONLY.fullmatch(between, 0, adjunct.start()) is not None
        ):
            return comp.end()
        if self.language == "fr" and (colon := _SUMMED_UP_COLON_FR.match(text, start, limit)) is not None:
            return colon.end()  # "résume la situation : sans eau dans le lac, le Verdon perd …"
        if self.language == "fr":
            for _ in range(2):
                adjunct = FR_ADJUNCT.match(text, start, min(len(text), limit + 3))
                if adjunct is None:
                    break
                start = adjunct.end()
            return start
        if self.language == "en":
            if m.group("verb").lower().startswith("refer"):
                start = _TO_NEXT.match(text, start).end()  # "referred to the vote as "…"": the object
            if telling:
                aud = EN_AUDIENCE.match(text, start)
                if aud is not None:
                    start = aud.end()
            skipped = False
            for _ in range(3):
                adj = EN_ADJUNCT.match(text, start)
                if adj is None:
                    break
                start, skipped = adj.end(), True
            if skipped and (that := _THAT_OPENING.match(text, start)) is not None:
                start = that.end()  # "said at the close of the hearing that a decision …"
            if (adjunct_then_colon := _ADJUNCT_THEN_COLON_EN.match(text, start, limit)) is not None:
                start = adjunct_then_colon.end()  # "put it bluntly in her closing remarks: the region …"
        return start

    def _clause_without_complementiser(self, m, start: int) -> bool:
        """A reported statement with no que/that: "X said the plan…", "Moscou affirme avoir abattu…"."""
        text, verb = self.text, m.group("verb").lower()
        if self.language == "fr" and _FR_POSSIBILITY_OBJECT.match(text, start):
            return True
        if is_weak(verb, self.pats) and not (self.language == "en" and takes_bare_clause_en(verb)) \
                and not (self.language == "en" and verb.startswith("rule")
                         and COURT_JUST_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None):
            return False  # (but "Coroner rules missed signs contributed …": a court's finding)
        if self.language == "fr" and verb.startswith(_SUMMING_UP_STEMS_FR) and (colon := _SUMMED_UP_COLON_FR.match(text, m.end())) is not None \
                and colon.end() == start:
            return True  # "résume la situation : sans eau dans le lac, …" (not "Objectif affiché : couvrir …")
        if self.language == "fr":
            return FR_PERFECT_INFINITIVE.match(text, start) is not None
        if self.language != "en":
            return False
        if verb in TELLING and EN_AUDIENCE.match(text, m.end()) is None:
            return False
        return clause_can_start_en(text, start)
