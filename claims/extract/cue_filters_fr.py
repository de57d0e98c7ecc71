"""French reporting verb forms that report nothing where they stand: the filters `CuePatterns.finditer` applies to a
French text's verb forms."""

from __future__ import annotations

import re

from claims.extract.cue_filters_en import name_with_number_before
from claims.extract.lang import fr as _fr


# French: a determiner and an adjective before a form in -ant ("l'ancien attaquant"): a noun.
_FR_DETERMINER_AND_ADJECTIVE_BEFORE = re.compile(
    r"(?<![\w’'])(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne|[Ss]on|[Ss]a|[Ll]eur|[Cc]et?|[Cc]ette|[Ll]['’]|[Dd]u|[Aa]u)\s*"
    r"(?:ancien|ancienne|jeune|nouveau|nouvel|nouvelle|premier|première|seul|seule|célèbre|principal|principale)\s+$")
_PASSIVE_AUX_FR = re.compile(r"(?:est|sont|était|étaient|sera|seront|serait|a[ \u00a0]+été|ont[ \u00a0]+été|avait[ \u00a0]+été)", re.IGNORECASE)
# French: where or for what someone is tried ("jugé devant le tribunal", "jugée pour homicide", "jugés en appel").
_TRIED_BEFORE_FR = re.compile(r"\s+(?:devant|pour|en\s+appel|en\s+première\s+instance|par\s+(?:le|la)\s+(?:tribunal|cour))\b")
# French: what an estimate bears on, then "à" and the figure ("chiffre la ressource à « … »", "chiffre à 300 le nombre").
_ESTIMATE_AT_NEXT_FR = re.compile(r"(?:\s+(?:la|le|les|l['’]|ses|sa|son|leurs?)\s*[^\s,.;:«»]+(?:\s+[^\s,.;:«»]+){0,4})?\s+à\s")
# French: the sentence closing on an inverted pronoun's attribution ("…, a-t-elle précisé.").
_INVERTED_PRONOUN_CLOSING_FR = re.compile(r",\s+(?:(?:a|avait|ont|avaient)-t-(?:il|elle|ils|elles)|[a-zéèêîû]+-t-(?:il|elle))"
                                          r"(?:\s+[a-zéèêîû]+)?\s*[.!?]?\s*$")
# What one sees in a thing, quoted ("y voit au contraire « une mise sous tutelle »", "voit dans cette mission « la preuve … »").
_SEEING_FORMS_FR = frozenset(("voit", "voient", "voyait", "voyaient"))
_QUOTE_SOON_FR = re.compile(r"[ \u00a0]+(?:(?:au\s+contraire|plutôt|surtout|aussi|également|d['’]abord|avant\s+tout)[ \u00a0]+)?"
                            r"(?:(?:une?|le|la|les|des|l['’])[ \u00a0]*)?«")
_SEEN_IN_QUOTE_FR = re.compile(r"[ \u00a0]+(?:surtout[ \u00a0]+)?dans[ \u00a0]+[^.;:!?«»\n]{1,60}?[ \u00a0]+(?:(?:une?|le|la|les|des|l['’])[ \u00a0]*)?«")
# French gerunds of judgement that "tout en" makes a second statement of ("tout en jugeant ce volume « … »").
_JUDGING_GERUNDS_FR = ("jugeant", "estimant", "qualifiant", "soulignant", "affirmant", "assurant", "rappelant", "précisant",
                       "dénonçant", "regrettant", "déplorant", "reconnaissant")
_QUOTE_IN_CLAUSE_NEXT = re.compile(r"[^.;:!?«»\n]{0,60}«")
# (not a year after "en": "un audit commandé par la région en 2023 concluait que …")
_DE_OR_NUMBER_BEFORE = re.compile(r"(?:(?<![\w’'])(?:de|d['’])|(?<!\ben\s\d\d)(?<!\ben\s\d\d\d)\d)\s*$", re.IGNORECASE)
# (and a place numbered in its own noun: "les locataires de la cité 12 affirment")
_FR_NAME_WITH_NUMBER_BEFORE = name_with_number_before(
    "n°|N°|cité|tour|bâtiment|quartier|fosse|ligne|zone|lot|îlot|résidence|secteur",
    "Le|La|Les|Un|Une|Des|Du|De|En|Au|Aux|Sur|Dans|Pour|Par|Selon|Plus|Près|Environ|Quelque|Entre")
_QUANTITY_BEFORE = re.compile(r"(?:\d|\b(?:de|d['’]|une|la|par|millions?|milliers?|centaines?)\s*)\s*$", re.IGNORECASE)
# French "poursuivi pour …": prosecuted, no reporting verb.
_PROSECUTED_FOR = re.compile(r"[ \u00a0]+(?:pour|par|en\s+justice|devant)\b")
# French: a participle's amount right after it ("estimé à 1,2 milliard", "évaluée à près de 30 %").
_ENTRUSTED_TO = re.compile(r"[ \u00a0]+(?:à|au|aux)[ \u00a0]")
_VALUED_AT = re.compile(r"\s+(?:à|entre)\s+(?:(?:près|plus|moins|environ|quelque)\s+(?:de\s+)?)?\d")
# French "informer": whom, then "que" ("a informé ses fournisseurs que …").
_INFORMED_THAT_FR = re.compile(r"[^,.;:«»“”]{0,60}?\b(?:que|qu['’])")
FR_BEFORE_INFINITIVE = re.compile(r"\bavant\s+(?:de\s+|d['’])$", re.IGNORECASE)
# The French gerund: "en promettant", "en leur assurant".
_FR_GERUND_BEFORE = re.compile(r"(?<![\w’'])en\s+(?:(?:leur|lui|nous|vous|se|les|la|le|y)\s+|[ls]['’])?$", re.IGNORECASE)
# (maybe after whom it was said to: "tout en estimant auprès de l'AFP que …")
_FR_QUE_NEXT = re.compile(r"\s+(?:(?:auprès\s+(?:de|du|des)|devant|à|au|aux)\s+[^,.;:«»]{1,40}?\s+)?(?:que|qu['’])", re.IGNORECASE)
# ("-tre" only after "t" or "i": "mettre", "reconnaître"; "montre", "démontre" are the present of -er verbs)
_FR_STEMS = frozenset(stem.lower() for stem in _fr.REPORTING_VERB_STEMS)
_FR_INFINITIVE = re.compile(r"(?:er|ire|dre|ttre|[iî]tre|ir)$", re.IGNORECASE)
# French verb forms that are also adjectives after a noun ("la situation précise", "une réponse claire").
_FR_SUBJECT_OPENING_SENTENCE = re.compile(r"(?:^|[.!?»]\s+|\n)(?:La|Le|Les|L['’])\s*[a-zà-ÿ-]{3,}\s+$")
_FR_ADJUNCT_THEN_QUE = re.compile(r"\s+(?:dans|lors|sur|à|au|en|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|également|aussi|encore)\b"
                                  r"[^.;:!?«»]{0,60}?\s(?:que\b|qu['’])")
_FR_ADJECTIVE_FORMS = frozenset(("précise", "précises", "juste", "justes", "ferme", "fermes", "calme", "calmes"))
_FR_NOUN_BEFORE = re.compile(r"\b(?:la|le|les|l['’]|une?|des|du|sa|son|ses|leur|leurs|cette|ce|ces)\s*[a-zà-ÿ-]{3,}\s+$", re.IGNORECASE)
# French verbs that report only as an incise ("« … », enchaîne le maire", "développe-t-il"), not before an object.
_FR_INCISE_ONLY = ("enchaîn", "développ", "illustr", "complét", "complèt", "corrig", "rectifi")
_FR_OBJECT_NEXT = re.compile(r"[ \u00a0]+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)[ \u00a0]+)?"
                             r"(?:des|les|le|la|l['’]|une?|ses|son|sa|leurs?|ces|cette|ce|cet)[ \u00a0]*[a-zà-ÿ]")
_FR_INCISE_BEFORE = re.compile(r"(?:[»”\"][ \u00a0\u202f]*,?|,)[ \u00a0]*$")  # (a quotation's close or a comma)
_FR_COPULA_BEFORE = re.compile(r"(?<![\w-])(?:reste|restent|restait|demeure|demeurent|semble|semblent|paraît|paraissent)"
                               r"(?:[ \u00a0]+(?:peu|très|bien|trop|plus|moins|encore|toujours|assez|mal))?[ \u00a0]+$")
# French: "de" and the thing spoken of, then its quotation ("parle d'un « démarrage … »", "parlent de « trahison »").
_FR_SPOKEN_OF_QUOTE_NEXT = re.compile(r"[ \u00a0]+(?:(?:aussi|également|même|plutôt|désormais)[ \u00a0]+)?"
                                      r"(?:d['’]une?[ \u00a0]+|de[ \u00a0]+(?:la[ \u00a0]+|l['’])?|des[ \u00a0]+|du[ \u00a0]+)"
                                      r"(?:[a-zà-ÿ-]+[ \u00a0]+)?[«“\"]")
# What one condemns, quoted right after the verb ("un « crime odieux »", "des faits « inacceptables »").
# (not a manner quoted: "a condamné « sans réserve » ces comportements", "« avec la plus grande fermeté »")
_FR_CONDEMNED_QUOTE_NEXT = re.compile(r"[ \u00a0]+(?:(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|aussi|également)[ \u00a0]+)?"
                                      r"(?:(?:une?|les?|la|des|l['’]|ces|cette|ce|cet)[ \u00a0]*"
                                      r"(?:[a-zà-ÿ-]+[ \u00a0]+)?)?[«“\"](?![ \u00a0]*(?:avec|sans)[ \u00a0])")
# A passive's "been" right before a participle ("a été accusé", "ont déjà été critiqués").
_FR_PASSIVE_BEEN_BEFORE = re.compile(r"(?<![\w'’-])(?:a|ont|avait|avaient|aurait|auraient|aura|auront)"
                                     r"(?:[ \u00a0]+(?:déjà|aussi|également|souvent|longtemps))?[ \u00a0]+été[ \u00a0]+$")
_FR_AGENT_NEXT = re.compile(r"[ \u00a0]*(?:«[^»]{1,100}»)?[^.;:!?\n«]{0,60}?\spar\s")
_FR_NOUN_JUST_BEFORE = re.compile(r"(?<![\w'’-])(?:des|les|la|une|ces|ses|leurs|aux)[ \u00a0]+[a-zà-ÿ-]{3,}[ \u00a0]+$")
# French: a short name in guillemets after "dit" ("le couloir dit « de la Grande Combe »", "la zone dite « des Lilas »").
_FR_NAMED_SO_NEXT = re.compile(r"[ \u00a0]*«[ \u00a0\u202f]*(?:de|du|des|d['’])[ \u00a0][^«»]{1,40}?[ \u00a0\u202f]*»")
_PLACE_PREPOSITION_NEXT_FR = re.compile(r"\s+(?:sur|dans|sous|vers|hors|jusqu|le\s+long|de\s+la\s+route|du\s+toit|au\s+sol)\b")
# "clamer son innocence": the object of the verb, never who speaks.
_INNOCENCE_NEXT_FR = re.compile(r"\s+(?:son|sa|leur|ses|leurs)\s+innocence\b")
# "qui a demandé à ne pas être identifié", "demande l'anonymat": anonymity asked for, no statement.
_ANONYMITY_ASKED_NEXT_FR = re.compile(r"\s+(?:à\s+ne\s+pas\s+être\s+(?:cité|nommé|identifié)e?s?|l['’]anonymat|à\s+(?:garder\s+l['’]anonymat|rester\s+anonymes?))\b")


def not_a_report_fr(text: str, end: int, hit: re.Match, verb: str, aux: str | None, pron: str | None, begin: int,
                    begin_token: int, stem_form: str) -> bool:
    """French: whether the reporting verb form HIT found reports nothing where it stands (a participle naming or valuing a
    thing, a passive, an adjective after its noun, a gerund of means, an infinitive), given its auxiliary AUX, from BEGIN."""
    if stem_form.startswith("inform") and not _INFORMED_THAT_FR.match(text, hit.end()):
        return True  # "n'ont pas informé l'autorité d'écarts « significatifs »": only "informer X que …" reports
    if verb.lower().startswith(("montr", "révél", "démontr")) \
            and _INVERTED_PRONOUN_CLOSING_FR.search(text, hit.end(), end) is not None:
        return True  # "Les analyses … montrent que les taux dépassent les normes, a-t-elle précisé": her statement, whole
    if aux is None and verb.lower().startswith("jugé") and _TRIED_BEFORE_FR.match(text, hit.end()):
        return True  # "X, jugé devant le tribunal correctionnel pour favoritisme": tried, no judgement said
    if verb.lower().startswith("chiffr") and not _ESTIMATE_AT_NEXT_FR.match(text, hit.end()):
        return True  # "les attaquants ont chiffré une partie des serveurs": encrypted, no estimate ("chiffre X à Y" is one)
    if aux is None and verb.lower() in ("cru", "crue", "crus", "crues"):
        return True  # "le foie gras de canard cru": raw, no belief (a belief takes its auxiliary: "a cru")
    if aux is None and text[begin_token - 2:begin_token] == "à-":
        return True  # "c'est-à-dire": no speech
    if aux is None and text[max(0, begin_token - 4):begin_token].lower() in ("non ", "non-") \
            and not text[max(0, begin_token - 5):max(0, begin_token - 4)].isalpha():
        return True  # "(PDR, non reconnu)", "des revenus non déclarés": an adjective, negated, no speech
    if aux is None and verb.endswith(("é", "ée", "és", "ées")) and _FR_COPULA_BEFORE.search(
            text, max(0, begin_token - 30), begin_token) is not None:
        return True  # "Le football féminin reste peu développé": an adjective after its copula
    if aux is None and stem_form.startswith("soutenu") and not _FR_QUE_NEXT.match(text, hit.end()):
        return True  # "un vent de sud-ouest soutenu pourrait …": steady, no one maintains anything
    if pron is None and stem_form.startswith(_FR_INCISE_ONLY) \
            and _FR_OBJECT_NEXT.match(text, hit.end()) and not _FR_INCISE_BEFORE.search(text, max(0, begin - 6), begin):
        return True  # "les aiguilleurs enchaînent des vacations de nuit « … »": what they do; "« … », enchaîne-t-il" speaks
    if verb.lower().startswith("parl") and not _FR_SPOKEN_OF_QUOTE_NEXT.match(text, hit.end()):
        return True  # "a parlé avec le ministre": speaking, no statement ("parle d'un « démarrage … »" is one)
    if verb.lower().startswith("condamn") and not _FR_CONDEMNED_QUOTE_NEXT.match(text, hit.end()):
        return True  # "Le tribunal a condamné X à six mois": a sentence; "a condamné un « crime odieux »" is a verdict said
    if aux is None and verb.endswith(("é", "ée", "és", "ées")) \
            and _FR_PASSIVE_BEEN_BEFORE.search(text, max(0, begin_token - 30), begin_token) is not None \
            and _FR_AGENT_NEXT.match(text, hit.end()) is None:
        return True  # "Le prévenu a été accusé de « fraude »": what was done to the subject, no one's words
    if aux is None and verb.endswith(("és", "ée", "ées")) \
            and _FR_NOUN_JUST_BEFORE.search(text, max(0, begin_token - 30), begin_token) is not None \
            and _FR_AGENT_NEXT.match(text, hit.end()) is None:  # (but "une mesure jugée « … » par les grévistes")
        return True  # "a dénoncé des licenciements annoncés « par un simple courriel »": an adjective after its noun
    if aux is None and verb in ("dit", "dite", "dits", "dites") \
            and _FR_NAMED_SO_NEXT.match(text, hit.end()) is not None:
        return True  # "le couloir dit « de la Grande Combe »": so named, no speech
    if aux is None and (verb.lower().endswith("ant") or verb.lower().startswith("prévenu")) \
            and _FR_DETERMINER_AND_ADJECTIVE_BEFORE.search(text, max(0, begin_token - 24), begin_token):
        return True  # "l'ancien attaquant Yann Bec", "l'avocat du principal prévenu": a noun after its determiner and adjective
    if aux is None and not verb.lower().endswith(("er", "ir", "re")) \
            and _DE_OR_NUMBER_BEFORE.search(text, max(0, begin_token - 4), begin_token) \
            and not _FR_NAME_WITH_NUMBER_BEFORE.search(text, max(0, begin_token - 24), begin_token):
        return True  # "2 millions de demandes", "l'épidémie de peste", "d'analyses": a noun, not a verb
    if aux is None and verb.lower() in ("tonne", "tonnes") and (
        verb.lower() == "tonnes" or _QUANTITY_BEFORE.search(text, max(0, begin_token - 14), begin_token)
    ):
        return True  # "2,1 millions de tonnes", "une tonne": the unit, not "tonner"
    if (aux is None or _PASSIVE_AUX_FR.fullmatch(aux)) and _VALUED_AT.match(text, hit.end()) \
            and verb.lower().startswith(("estim", "évalu", "chiffr")):
        return True  # "le coût des travaux, (qui est) estimé à 1,2 milliard": a valuation, not a statement
    if aux is None and verb.lower().startswith("poursuivi") and _PROSECUTED_FOR.match(text, hit.end()):
        return True  # "L'un des cadres, poursuivi pour abus de fonction, a affirmé": prosecuted, not went on
    if verb.lower() in _SEEING_FORMS_FR and not (
        text[max(0, begin_token - 2):begin_token] == "y " and _QUOTE_SOON_FR.match(text, hit.end())
        or _SEEN_IN_QUOTE_FR.match(text, hit.end())
    ):
        return True  # "on voit des maisons", "y voit une manœuvre": sight, or a view of no one's words
    if verb.lower().startswith("clam") and _INNOCENCE_NEXT_FR.match(text, hit.end()):
        return True  # "…, X, 38 ans, et Y, 41 ans, clament leur innocence": what they maintain, no inverted subject after it
    if verb.lower().startswith("demand") and _ANONYMITY_ASKED_NEXT_FR.match(text, hit.end()):
        return True  # "Un habitant joint par l'AFP, qui a demandé à ne pas être identifié, a raconté …": no statement
    if verb.lower().startswith("gliss") and _PLACE_PREPOSITION_NEXT_FR.match(text, hit.end()):
        return True  # "des tonnes de roches ont glissé sur la voie": a landslide, not a remark slipped in
    if aux is None and verb.lower() in ("confié", "confiée", "confiés", "confiées") \
            and _ENTRUSTED_TO.match(text, hit.end()):
        return True  # "le transport, confié au consortium": entrusted, not confided
    if aux is None and verb[-3:].lower() == "ant" \
            and _FR_GERUND_BEFORE.search(text, max(0, begin_token - 12), begin_token) \
            and not _FR_QUE_NEXT.match(text, hit.end()) \
            and not (text.endswith("tout en ", max(0, begin_token - 8), begin_token)
                     and verb.lower().startswith(_JUDGING_GERUNDS_FR) and _QUOTE_IN_CLAUSE_NEXT.match(text, hit.end())):
        return True  # "en leur promettant une « autonomie totale »": a means, not a statement (but "tout en jugeant
        # ce volume « très insuffisant »": a judgement said at the same time)
    if aux is None and _FR_INFINITIVE.search(verb) \
            and verb[:-1].lower() not in _FR_STEMS and not (  # ("soupire": soupir-e, no infinitive)
        FR_BEFORE_INFINITIVE.search(text, max(0, begin_token - 12), begin_token)
        and _FR_QUE_NEXT.match(text, hit.end())
    ):  # (but "…, avant d'assurer que …": the subject's next statement)
        return True  # "pour qualifier", "sans préciser": not a statement being reported
    if aux is None and verb.lower() in _FR_ADJECTIVE_FORMS \
            and _FR_NOUN_BEFORE.search(text, max(0, begin_token - 30), begin_token) \
            and not _FR_QUE_NEXT.match(text, hit.end()) and text[hit.end():hit.end() + 2].strip()[:1] not in (":", "«") \
            and not (_FR_SUBJECT_OPENING_SENTENCE.search(text, max(0, begin_token - 40), begin_token)
                     and _FR_ADJUNCT_THEN_QUE.match(text, hit.end())):
        # "la situation précise de Laval": an adjective after its noun (but "La mairie précise dans un
        # communiqué que …": the sentence's subject, then its verb)
        return True
    return False
