"""French resources for the extractor. Every language module defines the same names."""

# === Claims, speakers, cues (owned by the claim/speaker extractor) ===

# Reporting verbs: regular -er stems (conjugated by claims.extract.cues) and irregular surface forms.
REPORTING_VERB_STEMS = (
    "déclar", "affirm", "ajout", "assur", "confirm", "estim", "expliqu", "indiqu", "annonc",
    "soulign", "précis", "rappel", "dénonc", "démontr", "insist", "jug", "lanc", "salu", "évoqu",
    "pens", "confi", "raconté", "racont", "martel", "not", "observ", "constat", "avou", "assén",
    "rétorqu", "réplique", "répliqu", "ironis", "nuanc", "résum", "relev", "signal", "mentionn",
    "déplor", "regrett", "tweet", "twitt", "commen", "comment", "témoign", "accus", "reproch",
    "prédi", "affich", "clam", "proclam", "confess", "argu", "argument", "avanc", "expos", "qualifi", "trait",
    "décri", "réaffirm", "réitér", "renchéri", "tranch", "prévoi", "admett", "concéd", "consid",
    "espér", "suggér", "révél", "précon", "jur", "souten", "fustig", "critiqu", "alert", "répét",
    "appel", "interrog", "demand", "mett", "rassur", "écri", "énonc", "plaid", "félicit", "contest",
    "détaill", "gliss", "ni", "certifi", "garant",
    "condamn",  # "a condamné « un acte lâche »" (weak, and only with its quotation right after it: cue_patterns)
    "parl",  # "parle d'un « démarrage … »" (weak, and only with its quotation right after it: cue_patterns)
    "lâch", "tacl", "raill", "souffl", "soupir", "abond", "justifi", "fulmin",
    "analys", "décrypt", "invoqu", "calcul", "chiffr", "rigol", "enrag", "lament", "esclaff", "étrangl",
    # Incises of press copy after a quotation ("« … », tempête le maire"; weak: a que clause or a quotation).
    "tempêt", "grinc", "pest", "plaisant", "complét", "enchaîn", "développ", "object", "corrig", "rectifi", "illustr",
    "ripost", "murmur", "chuchot", "tonn", "jubil", "exult", "questionn", "remarqu", "embray", "tempér",
    "relativis", "minimis", "modér", "balay", "élud", "temporis", "assum", "philosoph",
    "attaqu", "cingl", "tanc", "persifl",  # "« … », attaque la conseillère" (weak: with a quotation or que only)
    "amus", "énerv", "enthousiasm", "impatient",  # reflexive only: "s'amuse", "s'impatiente"  # "« … », analyse X, économiste chez Natixis" (weak: only with a que clause or a quotation)
    # Reflexive only ("s'est indigné", "s'inquiète"): see cue_patterns._REFLEXIVE_ONLY.
    "indign", "insurg", "emport", "exclam", "étonn", "inquièt", "inquiét", "alarm", "agac", "désol", "offusqu",
    "cach",  # "on ne cache plus que …" (weak: only with a que clause)
    "montr",  # "l'étude montre que …" (weak: only with a que clause)
    "statu",  # "La Cour d'appel a statué que …" (weak: only with a que clause; "une statue")
    "inform",  # "a informé ses fournisseurs que …" (weak: only with a que clause; "les informations")
)
REPORTING_VERB_FORMS = (
    "rapporte", "rapportent", "rapporté", "rapportée", "rapportait", "rapportaient", "rapportant",
    "dit", "dis", "disent", "disait", "disaient", "dira", "disant", "dire", "dirait",
    "dite", "dites", "dits",  # reflexive only, agreeing: "L'ONU s'est dite « préoccupée »" (cue_patterns._REFLEXIVE_ONLY)
    "écrit", "écrivent", "écrivait", "écrivit", "écrivant", "écrire",
    "reconnaît", "reconnait", "reconnu", "reconnue", "reconnaissent", "reconnaissait", "reconnaissant", "reconnaître",
    "promet", "promis", "promettent", "promettait", "promettant",
    "prévient", "prévenu", "préviennent", "prévenait", "prévenant", "prévenir",
    "avertit", "averti", "avertissent", "avertissait", "avertissant",
    "répond", "répondu", "répondent", "répondait", "répondit", "répondant",
    "conclut", "conclu", "concluent", "concluait", "concluant",
    "soutient", "soutenu", "soutiennent", "soutenait", "soutenant",
    "admet", "admis", "admettent", "admettait", "admettant",
    "maintient", "maintenu", "maintenait", "maintenant",
    "croit", "cru", "croient", "croyait", "croyant",
    "démentit", "démenti", "dément", "démentent", "démentait", "démentant",
    "prédit", "prédisent", "prédisait",
    "décrit", "décrivent", "décrivait", "décrivant",
    "poursuit", "poursuivi", "poursuivait",
    "renchérit", "renchéri", "renchérissait",
    "réagit", "réagi",
    "conclure", "écrivit", "savoir", "valoir", "dixit",
    "considère", "considèrent", "considéré", "considérait", "considérant",
    "espère", "espèrent", "espéré", "suggère", "suggèrent", "suggéré", "révèle", "révèlent", "révélé",
    "rappelle", "rappellent", "répète", "répètent", "répété", "réitère", "réitéré", "précise", "soutient",
    "relève", "relèvent", "concède", "concèdent",  # e → è: the stems "relev", "concéd" do not give them
    "déclare", "affirme", "annonçant", "lançant", "dénonçant", "prononcé",
    "assure", "assuré", "assurait",
    "réjouit", "réjoui", "réjouie", "réjouis", "réjouies", "réjouissent", "réjouissait",
    "complète", "complètent", "tempère", "tempèrent", "modère", "modèrent", "balaie", "balaient",  # (è, ai forms)
    "sourit", "souri", "souriait", "surenchérit", "surenchéri",
    # Incises after a quotation ("« … », a défendu le directeur", "se plaint-elle"; weak: a quotation or que only).
    "défend", "défendu", "défendent", "défendait",
    "plaint", "plaignent", "plaignait", "plaignaient",  # reflexive only: "se plaint X", "s'est plaint"
    "souvient", "souviennent", "souvenait", "souvenu", "souvenue",  # reflexive only: "se souvient-elle"
    "martèle", "martèlent", "assène", "assènent",  # e → è: the stems "martel", "assén" do not give them
    "prévoit", "prévoira", "prévoiront",  # (the stem "prévoi" gives "prévoient" only)
    # What one sees in a thing, quoted: "y voit « un signal désastreux »", "voit dans cette mission « la preuve … »"
    # (weak, and only so: cue_patterns._SEEN_IN_QUOTE_FR).
    "voit", "voient", "voyait", "voyaient",
)
# Verbs whose complement only counts as a claim when it is a clause (que …) or a quotation.
WEAK_REPORTING_VERBS = ("condamn", "parl", "défend", "plaint", "plaign", "calcul", "chiffr", "rigol", "enrag", "lament", "esclaff", "étrangl", "souvien", "souven", "attaqu", "cingl", "tanc", "persifl", "pens", "croi", "cru", "espér", "consid", "jur", "demand", "appel", "mett", "fait", "fit", "interrog", "cit", "trait", "qualifi", "décri", "cach", "montr", "analys", "décrypt", "invoqu", "tempêt", "grinc", "pest", "plaisant", "complét", "enchaîn", "développ", "object", "corrig", "rectifi", "illustr", "ripost", "murmur", "chuchot", "tonn", "jubil", "exult", "questionn", "remarqu", "embray", "tempér", "relativis", "minimis", "modér", "balay", "élud", "temporis", "complèt", "balai", "souri", "amus", "énerv", "enthousiasm", "impatient", "statu", "assum", "philosoph", "prévoi", "prévoy", "voit", "voient", "voyait", "voyaient", "inform")
# French marks a reported clause with "que" (or an infinitive): no verb needs the English test.
NOUN_OBJECT_REPORTING_VERBS = ()
# French reporting verbs and their nouns differ ("un avertissement", "une déclaration").
NOMINAL_VERB_FORMS = ()
# Without "que", French weak verbs report no clause ("pense avoir raison" is an infinitive).
BARE_CLAUSE_WEAK_VERBS = ()
# Prepositional attributions: "selon X, …", "d'après X, …", "pour X, …".
SOURCE_PREPOSITIONS = ("selon", "d'après", "d’après", "de l'avis de", "aux yeux de")
COMPLEMENTISERS = ("que", "qu'", "qu’")
TITLES = ("M.", "Mme", "Mlle", "MM.", "Mmes", "Dr", "Dre", "Me", "Maître", "Mgr", "Pr", "Pre",  # (Québec: "la Dre Isabelle X")
          "Mama",  # (Central African honorific: "Mama Thérèse Mbuyi")
          "Hadja", "Hadj", "Elhadj", "El-Hadj", "Adja", "Alhaji",  # (West African pilgrimage honorifics: "Hadja Fatoumata Diallo")
          "cheikh", "Cheikh", "imam", "Imam",  # (a cleric's or a tribal chief's: "cheikh Salem Abou Rayyan")
          "Togbui", "Togbé", "Togbe",  # (an Ewe chief's, in Togo and Ghana: "le chef du quartier, Togbui Mensah Ayité")
          "S.E.M.", "S.E.")  # (Son Excellence Monsieur, in Lao and Cambodian copy: "S.E.M. Bounthong Sisavath")
ROLE_WORDS = (
    "président", "présidente", "porte-parole", "ministre", "premier ministre", "dirigeant", "wali",
    "dirigeante", "chef", "cheffe", "directeur", "directrice", "secrétaire", "général", "générale",
    "ambassadeur", "ambassadrice", "maire", "mairesse", "tāvana", "tavana", "député", "députée", "sénateur", "sénatrice", "procureur", "médiateur", "médiatrice",
    "procureure", "juge", "coroner", "avocat", "avocate", "porte-voix", "patron", "patronne", "PDG", "CEO", "DG", "fondateur",
    "fondatrice", "responsable", "commissaire", "gouverneur", "roi", "reine", "prince", "pape",
    "candidat", "candidate", "leader", "chercheur", "chercheuse", "scientifique", "professeur",
    "professeure", "expert", "experte", "analyste", "économiste", "vice-président", "vice-présidente",
    "ministre-président", "ministre-présidente",
    "négociateur", "négociatrice", "manifestant", "manifestante", "militant", "militante", "graphiste", "caricaturiste", "dessinateur", "dessinatrice",
    "journaliste", "photographe", "médecin", "témoin", "habitant", "habitante", "policier", "officier",
    "colonel", "commandant", "capitaine", "sergent", "délégué", "déléguée", "représentant",
    "lieutenant", "lieutenante", "lieutenant-colonel", "adjudant", "adjudante", "adjudant-chef", "major", "brigadier",
    "brigadière", "caporal", "skipper", "skippeuse", "navigateur", "navigatrice",
    "représentante", "conseiller", "conseillère", "envoyé", "envoyée", "émissaire", "haut-commissaire",
    "haute-commissaire", "chancelier", "chancelière", "empereur", "sultan", "émir", "cheikh", "ayatollah",
    "guide", "rapporteur", "coordinateur", "coordinatrice", "administrateur", "administratrice",
    "gérant", "gérante", "entraîneur", "sélectionneur", "manager", "manageuse", "coach", "vérificateur",
    "vérificatrice", "joueur", "joueuse", "ex-députée", "ex-député",
    # (a player's position: "le pilier géorgien du RC X, Levan Y" … "le joueur")
    "pilier", "ailier", "ailière", "talonneur", "buteur", "buteuse",
    "ancien", "ancienne", "épouse", "veuve", "mari", "fils", "fille", "père", "mère",
    # (kin: "le beau-frère du prévenu", "la grand-mère de l'enfant")
    "frère", "sœur", "beau-frère", "belle-sœur", "beau-père", "belle-mère", "gendre", "belle-fille", "oncle", "tante",
    "neveu", "nièce", "cousin", "cousine", "grand-père", "grand-mère", "petit-fils", "petite-fille",
    "compagnon", "compagne", "conjoint", "conjointe",
    "auteur", "autrice", "co-auteur", "biologiste", "écologue", "physicien", "physicienne", "chimiste",
    "historien", "historienne", "astronome", "ingénieur", "ingénieure", "acteur", "actrice",
    "chanteur", "chanteuse", "écrivain", "écrivaine", "romancier", "romancière", "artiste",
    "producteur", "productrice", "musicien", "musicienne",
    "compositeur", "compositrice", "soprano", "ténor", "baryton", "choriste", "pianiste", "violoniste", "violoncelliste",
    "organiste", "guitariste", "batteur", "batteuse", "harpiste", "flûtiste", "trompettiste", "saxophoniste", "percussionniste",
    "athlète", "astronaute", "infirmier",
    "infirmière", "chirurgien", "chirurgienne", "épidémiologiste", "virologue", "immunologiste",
    "psychologue", "sociologue", "géologue", "météorologue", "climatologue", "paléontologue",
    "archéologue", "anthropologue", "diplomate", "homologue", "entrepreneur", "entrepreneuse", "rédacteur",
    "rédactrice", "correspondant", "correspondante", "éditorialiste", "critique", "bénévole",
    "survivant", "survivante", "prêtre", "évêque", "archevêque", "vicaire", "curé", "abbé", "diacre", "aumônier", "imam", "rabbin", "pasteur", "politologue", "spécialiste",
    "préfet", "préfète", "sous-préfet", "sous-préfète", "réalisateur", "réalisatrice", "cinéaste",
    "architecte", "magistrat", "magistrate", "substitut", "bâtonnier", "bâtonnière", "enquêteur", "enquêtrice",
    "adjoint", "adjointe", "élu", "élue", "syndicaliste", "glaciologue", "prévisionniste", "pédiatre",
    "psychiatre", "technicien", "entraîneuse", "attaquant", "attaquante", "gardien", "gardienne",
    "contrôleur", "contrôleuse", "éducateur", "éducatrice",
    "vigneron", "vigneronne", "agriculteur", "agricultrice", "éleveur", "éleveuse", "commerçant",
    "commerçante", "accusé", "accusée", "prévenu", "prévenue", "plaignant", "plaignante",
    "édile", "infectiologue", "urgentiste", "cardiologue", "praticien", "praticienne", "premier magistrat", "première magistrate", "responsable",
    "universitaire", "exploitant", "exploitante", "cultivateur", "cultivatrice", "paysan", "paysanne",
    # Trades of the land and of the table ("l'œnologue mandaté par les enquêteurs", "un ostréiculteur du bassin").
    "œnologue", "oenologue", "sommelier", "sommelière", "caviste", "tonnelier", "tonnelière", "négociant", "négociante",
    "ostréiculteur", "ostréicultrice", "apiculteur", "apicultrice", "brasseur", "brasseuse",
    "fromager", "fromagère",
    "viticulteur", "viticultrice", "portier", "docteur", "docteure", "anesthésiste", "généraliste",
    "attaché", "attachée", "bourgmestre", "échevin", "échevine", "marathonien", "marathonienne", "sprinteur",
    "sprinteuse", "cycliste", "nageur", "nageuse", "coureur", "coureuse", "sportif", "sportive",
    # (sports' own nouns: "Le lutteur lui-même s'est montré plus mesuré. « … », a-t-il confié")
    "athlète", "judoka", "boxeur", "boxeuse", "escrimeur", "escrimeuse", "lutteur", "lutteuse", "skieur", "skieuse",
    "haltérophile", "gymnaste", "rameur", "rameuse", "tennisman", "footballeur", "footballeuse", "rugbyman",
    "basketteur", "basketteuse", "handballeur", "handballeuse",
    "greffier", "greffière", "trésorier", "trésorière", "notaire", "huissier", "huissière", "comptable",
    "bibliothécaire", "archiviste", "pharmacien", "pharmacienne", "vétérinaire", "sage-femme",
    "chauffeur", "mécanicien", "mécanicienne", "artisane", "vendeur", "vendeuse", "caissier", "caissière",
    "garde forestier", "garde forestière", "bûcheron", "bûcheronne", "sylviculteur", "sylvicultrice",
    # (the heads of schools and faculties: "le doyen de la faculté, le professeur X" … "Le doyen a reconnu")
    "doyen", "doyenne", "recteur", "rectrice", "proviseur", "proviseure",
    # (scholars and jurists: "a souligné un juriste de l'université Al-Quds, X")
    "juriste", "constitutionnaliste", "géographe", "démographe", "urbaniste", "philosophe", "volcanologue", "sismologue",
    "hydrologue",
    # (a school inspector: "a indiqué l'inspecteur d'académie, X"; "l'inspecteur de l'Éducation nationale de la
    # circonscription")
    "inspecteur d'académie", "inspectrice d'académie", "inspecteur de l'Éducation nationale",
    "inspectrice de l'Éducation nationale",
)
# Party names written as words that stand between a role and a name ("le député Renaissance Paul
# Roux"): not part of the name. (Acronyms — LFI, RN, LR — are recognised by their capitals.)
PARTY_LABELS = ("Renaissance", "Horizons", "Reconquête", "Ensemble", "MoDem", "Modem", "Écologistes", "Insoumis",
                "Républicains", "Patriotes", "Debout", "Ecolo", "Écolo", "Vert", "Verte", "Verts", "Vertes",
                "Socialiste", "Socialistes", "Communiste", "Communistes", "Insoumise", "Engagés", "DéFI")
# Role words that can name the same person ("le directeur général, X" … "le dirigeant a assuré").
ROLE_FAMILIES = (
    ("dirigeant", "dirigeante", "directeur", "directrice", "président", "présidente", "pdg", "ceo", "patron",
     "patronne", "chef", "cheffe", "fondateur", "fondatrice", "gérant", "gérante", "responsable"),
    ("réalisateur", "réalisatrice", "cinéaste"),
    ("entraîneur", "entraîneuse", "technicien", "sélectionneur", "coach"),
    ("chercheur", "chercheuse", "scientifique", "expert", "experte", "glaciologue", "climatologue",
     "épidémiologiste", "professeur", "professeure", "économiste", "sociologue", "politologue", "universitaire",
     "archéologue", "historien", "historienne", "anthropologue", "géologue", "volcanologue", "sismologue", "biologiste",
     "auteur", "autrice", "auteure", "spécialiste"),  # ("l'auteur principal de l'étude, X" … "le chercheur")
    # "La Dépêche a rencontré X, qui élève 300 brebis" … "l'éleveur", "l'agriculteur".
    ("agriculteur", "agricultrice", "éleveur", "éleveuse", "exploitant", "exploitante", "cultivateur", "cultivatrice",
     "paysan", "paysanne", "vigneron", "vigneronne", "viticulteur", "viticultrice"),
    # "le maire de Jargeau, Didier Roux" … "l'élu", "l'édile" (Belgian "le bourgmestre").
    ("maire", "mairesse", "bourgmestre", "élu", "élue", "édile", "député", "députée", "sénateur", "sénatrice", "parlementaire"),
    # "l'adjoint aux sports, Yann Le Goff" … "l'élu" (but "le maire" is not his adjoint); Belgian "l'échevin".
    ("élu", "élue", "adjoint", "adjointe", "échevin", "échevine"),
    ("écrivain", "écrivaine", "romancier", "romancière", "auteur", "autrice", "auteure", "poète", "poétesse"),
    # "Le P. Jean-Baptiste Moreau, curé de Cosne" … "le prêtre"; "le vicaire général, le père X" … "le prêtre".
    ("prêtre", "curé", "abbé", "vicaire", "aumônier", "père"),
    # "la chanteuse X" … "l'artiste", "l'interprète".
    ("chanteur", "chanteuse", "artiste", "musicien", "musicienne", "interprète", "rappeur", "rappeuse",
     "compositeur", "compositrice"),
    # "X, qui tient une boucherie rue …" … "le commerçant".
    ("commerçant", "commerçante", "boutiquier", "boutiquière", "marchand", "marchande", "restaurateur", "restauratrice"),
    # "l'attaquant X" … "le joueur", "l'international".
    ("joueur", "joueuse", "attaquant", "attaquante", "défenseur", "défenseure", "milieu", "international",
     "internationale", "ailier", "ailière", "pilier", "talonneur", "buteur", "buteuse"),
    # "le juge des référés a estimé …" … "le magistrat relève".
    ("juge", "magistrat", "magistrate"),
    # "la marathonienne kényane X" … "l'athlète".
    ("athlète", "sportif", "sportive", "marathonien", "marathonienne", "sprinteur", "sprinteuse", "cycliste",
     "nageur", "nageuse", "coureur", "coureuse",
     # (and the Olympic sports' own nouns: "le judoka québécois X" … "l'athlète de 26 ans")
     "judoka", "boxeur", "boxeuse", "escrimeur", "escrimeuse", "lutteur", "lutteuse", "skieur", "skieuse",
     "haltérophile", "gymnaste", "rameur", "rameuse", "kayakiste", "triathlète"),
    # "le gardien X" … "le portier" (football, handball).
    ("gardien", "gardienne", "portier"),
    # "le docteur X, anesthésiste" … "le praticien" ("le médecin légiste" is someone of their own).
    ("docteur", "docteure", "médecin", "praticien", "praticienne", "généraliste", "urgentiste", "anesthésiste",
     "chirurgien", "chirurgienne"),
    # "le Premier ministre israélien X" … "le dirigeant", "le chef du gouvernement".
    ("premier", "première", "dirigeant", "dirigeante", "chef", "cheffe"),
    # "le skipper néo-zélandais X" … "le navigateur"; "X, déléguée CGT" … "la syndicaliste".
    ("navigateur", "navigatrice", "skipper", "marin", "régatier", "régatière"),
    ("syndicaliste", "délégué", "déléguée"),
    # "le caricaturiste X" … "le dessinateur".
    ("caricaturiste", "dessinateur", "dessinatrice", "illustrateur", "illustratrice"),
)
# The United Nations' agencies, as French copy names them, and the epithet it then gives them ("Selon le Programme
# alimentaire mondial (PAM), … L'agence onusienne a annoncé …").
UN_AGENCY_EPITHETS = ("agence onusienne", "organisation onusienne", "organisme onusien", "agence de l'onu", "agence des nations unies")
UN_BODY_NAMES = ("Programme alimentaire mondial", "Haut-Commissariat des Nations unies pour les réfugiés", "Organisation mondiale de la santé",
                 "Fonds des Nations unies pour l'enfance", "Organisation des Nations unies pour l'alimentation et l'agriculture",
                 "Programme des Nations unies pour le développement", "Bureau de la coordination des affaires humanitaires",
                 "Organisation internationale pour les migrations", "Unicef", "Unesco", "Fonds des Nations unies pour la population")
# Bodies named after the person who leads them ("le gouvernement de Raphaël Roux", "le
# gouvernement Roux"): that person holds the role.
LED_BODIES = {"gouvernement": "premier ministre"}
# Places the press names a ministry by ("fait valoir Bercy"): when the article also names the
# ministry, the speaker is the ministry (its fullest name in the article).
SPELLING_VARIANTS: dict[str, str] = {}  # (one spelling: English copy has British and American ones)
METONYMS = {
    "Bercy": ("ministère de l'Économie", "ministère de l'Economie", "ministère des Finances"),
    "Beauvau": ("ministère de l'Intérieur",),
    "Quai d'Orsay": ("ministère des Affaires étrangères", "ministère de l'Europe et des Affaires étrangères"),
    "Hôtel de Brienne": ("ministère des Armées",),
    # Press epithets for a body: "a précisé l'exécutif européen" → the Commission the article names.
    "exécutif européen": ("Commission européenne",),
    "exécutif bruxellois": ("Commission européenne",),
    "exécutif communautaire": ("Commission européenne",),
    # Swiss press epithets for the federal court: "la Haute Cour", "les juges de Mon-Repos" (its seat in Lausanne).
    "Haute Cour": ("Tribunal fédéral",),
    "juges de Mon-Repos": ("Tribunal fédéral",),
    "juges de Lausanne": ("Tribunal fédéral",),
}
# Words of an office's portfolio between its role and the holder's name (English "Minister of
# Foreign Affairs X"); French writes the portfolio in lower case or after "de", so none are needed.
OFFICE_PORTFOLIOS: tuple[str, ...] = ()
# Roles in a trial, whose holder the press never calls by another role word ("Me X, avocat de …"
# is not "le médecin légiste"; "la procureure X" is not "le prévenu").
EXCLUSIVE_ROLES = ("avocat", "avocate", "bâtonnier", "bâtonnière", "procureur", "procureure", "juge", "prévenu",
                   "prévenue", "accusé", "accusée", "plaignant", "plaignante", "témoin", "médecin", "arbitre")
# Press epithets for a person the article named with a role ("le président Paul Roux" … "le chef de
# l'État"): the epithet → words of the roles it stands for; () for whoever was just named.
# Sports and culture copy names the person the story is about by their trade ("La Française X … a déclaré
# l'athlète", "le chanteur X … la chanteuse"): the one person the headline names, else the latest named in full.
TRADE_EPITHETS = ("athlète", "sportif", "sportive", "coureur", "coureuse", "nageur", "nageuse", "skieur", "skieuse",
                  "cycliste", "chanteur", "chanteuse", "comédien", "comédienne", "romancier", "romancière", "écrivain",
                  "écrivaine", "vainqueur", "vainqueure", "lauréat", "lauréate")
EPITHETS = {
    "chef de l'État": ("président", "présidente", "général", "roi", "reine", "émir", "chef de la junte"),
    "locataire de l'Élysée": ("président de la république", "présidente de la république", "président", "présidente",
                              "chef de l'État"),
    "chef du gouvernement": ("premier ministre", "première ministre"),
    "locataire de Matignon": ("premier ministre", "première ministre"),
    "chef de la diplomatie": ("affaires étrangères", "diplomatie"),
    "patron de Bercy": ("économie", "finances"),
    "locataire de Bercy": ("économie", "finances"),
    "locataire de Beauvau": ("intérieur",),
    "intéressé": (), "intéressée": (),
    # An elected official just named in an office: "X, vice-présidente de la métropole, … L'élue a reconnu".
    "élu": ("député", "sénateur", "maire", "conseiller", "vice-président", "adjoint", "président", "élu"),
    "élue": ("députée", "sénatrice", "maire", "conseillère", "vice-présidente", "adjointe", "présidente", "élue"),
    # "le procureur de la République, X" … "le magistrat" (in Switzerland, "le conseiller d'État X" … "le magistrat").
    # (a court's president and a prosecutor's deputy are magistrates too: "le président du tribunal de police, X")
    "magistrat": ("procureur", "procureure", "juge", "conseiller d'état", "conseillère d'état", "président du tribunal",
                  "présidente du tribunal", "substitut", "substitute"),
    "magistrate": ("procureure", "procureur", "juge", "conseillère d'état", "conseiller d'état", "présidente du tribunal",
                   "président du tribunal", "substitute", "substitut"),
    # The mayor: "le maire de Saint-Malo, X" … "le premier magistrat de la ville".
    "premier magistrat": ("maire",), "première magistrate": ("maire",), "édile": ("maire",),
    # "le directeur général de l'hôpital, le Dr X" … "le DG affirme".
    "dg": ("directeur général", "directrice générale"),
    "premier magistrat de la ville": ("maire",), "première magistrate de la ville": ("maire",),
    "premier magistrat de la commune": ("maire",), "première magistrate de la commune": ("maire",),
    # Faits divers name the person just introduced by their age or youth ("Un homme de 52 ans, X" … "le quinquagénaire").
    "trentenaire": (), "quadragénaire": (), "quinquagénaire": (), "sexagénaire": (), "septuagénaire": (),
    "octogénaire": (), "nonagénaire": (), "jeune homme": (), "jeune femme": (), "jeune fille": (),
    "adolescent": (), "adolescente": (),
    # Sports copy names a French athlete just introduced by the flag's colours ("Le Français X … le Tricolore").
    "tricolore": ("français", "française"),
    **dict.fromkeys(TRADE_EPITHETS, ()),
}
# Groups around a person, never a person: a name in apposition after "le cabinet de la ministre,
# X," is the minister's, and the group speaks ("le cabinet de la ministre a fait savoir").
COLLECTIVE_HEADS = ("cabinet", "entourage", "services", "équipe", "équipes", "proches", "bureau", "camp")
# Titles that stand for a role ("Me Claire Roux" … "l'avocate a plaidé").
TITLE_ROLES = {"Me": "avocat", "Maître": "avocat", "Pr": "professeur", "Mgr": "évêque", "Dr": "médecin"}
# Documents whose named author speaks for them ("selon un décompte de la préfecture" → préfecture).
DOCUMENT_WORDS = (
    "rapport", "étude", "inventaire", "décompte", "bilan", "relevé", "relevés", "communiqué", "estimation", "schéma directeur",
    "estimations", "chiffres", "données", "enquête", "note", "sondage", "avis", "projections", "budget",
    "prévisions", "calculs", "analyse", "analyses", "informations", "révélations", "baromètre", "statistiques",
    "simulation", "simulations", "synthèse", "décision", "arrêt", "jugement", "ordonnance",
    "consultation", "document", "texte", "recommandations", "bulletin", "arrêté", "décret", "circulaire", "classement",
    "règlement", "compte rendu", "procès-verbal", "casier judiciaire", "lettre", "courrier", "plan", "étude d'impact", "étude d’impact",
    # A government's message to its parliament, an indictment, an inquiry's findings.
    "message", "acte d'accusation", "acte d’accusation", "investigations", "constatations", "conclusions", "comptage", "comptages",
    # An audit by a consultancy ("un audit du cabinet X"); an amendment to a treaty ("un avenant à la convention").
    "audit", "avenant",
    # A council's vote ("une résolution adoptée lundi par le conseil de la MRC").
    "résolution", "délibération", "motion",
    # A count's or a survey's results ("les résultats de la campagne d'évaluation menée par l'Ifremer").
    "résultats", "campagne d'évaluation", "campagne d’évaluation", "campagne de mesures", "campagne de comptage",
    # What a body first saw after an event; what a company hands the press.
    "observations", "dossier de presse", "recensement",
)
AUTHOR_PREPOSITIONS = ("de la", "de l'", "de l’", "du", "des", "de", "d'", "d’", "publié par", "publiée par", "réalisé par", "réalisée par",
                       "effectué par", "effectuée par", "remis par", "remise par", "établi par", "établie par", "par")
ORGANISATION_WORDS = (
    "Kremlin", "Élysée", "Elysée", "Maison Blanche", "Pentagone", "Matignon", "gouvernement",
    # ("Le parc naturel régional du Marais poitevin dresse un constat …": the park's managing body)
    "parc",
    "ministère", "ministre", "armée", "police", "gendarmerie", "parquet", "Parquet", "justice",
    "tribunal", "juridiction", "cour", "Cour", "Conseil", "conseil", "commission", "Commission", "agence", "Agence",
    "direction", "entreprise", "groupe", "société", "syndicat", "parti", "Parti", "fédération",
    "Fédération", "Cercle", "association", "ONG", "ONU", "OTAN", "NASA", "UE", "Union", "union", "banque", "Banque",
    # (a country's negotiators: "La délégation iranienne a qualifié …" is no person named before)
    "délégation",
    # "la mission d'assistance des Nations unies en Afghanistan (Manua)", "la mission d'observation de l'UE"
    "mission", "Mission",
    # a United Nations peacekeeping mission ("l'Opération des Nations unies en Côte d'Ivoire (Onuci)")
    "Opération",
    # "le Commandement de la défense aérospatiale de l'Amérique du Nord", "le secrétariat aux droits de l'homme de la
    # présidence", "l'opérateur de la centrale accidentée de Fukushima Daiichi"
    "Commandement", "commandement", "secrétariat", "Secrétariat", "opérateur",
    "université", "Université", "hôpital", "mairie", "préfecture", "sous-préfecture", "ambassade", "opposition", "port",
    "Fondation", "fondation", "Confédération", "confédération", "Conférence", "Assemblée", "Chambre",
    "coalition", "Ligue", "ligue", "organisation", "Organisation", "institut", "Institut", "comité",
    "Comité", "Bruxelles", "Washington", "Moscou", "Pékin", "Paris", "Londres", "Berlin", "Tokyo",
    "Téhéran", "Kiev", "Kyiv", "Pyongyang", "Séoul", "documentaire", "reportage", "rapport", "étude",
    "communiqué", "quotidien", "journal", "chaîne", "chaine", "site", "médias", "presse",
    "brigade", "douane", "douanes", "inspection", "wilaya", "Office", "office", "Établissement",
    # Gendarmerie units ("le peloton de gendarmerie de haute montagne (PGHM) de Bourg-Saint-Maurice", "l'escadron").
    "peloton", "escadron",
    "Observatoire", "observatoire", "Autorité", "autorité", "municipalité", "collectivité", "Surintendance", "surintendance",
    "Métropole", "métropole", "Agglomération", "agglomération", "Communauté", "communauté", "Forum", "Collectif",
    "Syndicat", "Association", "Centre", "Ordre", "Mouvement", "Alliance", "Réseau", "Front", "Rassemblement",
    "collège", "consortium", "Regroupement", "regroupement", "Groupement", "groupement", "Coordination",
    "Intersyndicale", "intersyndicale", "Mutuelle", "Coopérative", "Laboratoire", "laboratoire", "Laboratoires", "laboratoires", "Hôtel",
    "Administration", "état-major", "Commissariat", "commissariat", "haut-commissariat", "Haut-commissariat", "Entente", "entente", "Interprofession", "interprofession",
    # Tourism boards named after their region ("Savoie Mont Blanc Tourisme", "Bretagne Tourisme").
    "Tourisme",
    # Local bodies named by their kind and their place ("la criée des Sables-d'Olonne", "la régie La Tamponnaise des
    # eaux", "le rectorat de l'Université libanaise", "le zoo de La Flèche", "la capitainerie du Grand port maritime de X").
    "criée", "régie", "amicale", "rectorat", "vice-rectorat", "zoo", "coopérative", "aéroport", "capitainerie",
    # Church bodies ("le diocèse de Tarbes et Lourdes", "l'évêché").
    "diocèse", "Diocèse", "évêché", "archevêché", "paroisse",
    # Companies of the performing arts ("l'Orchestre de chambre de la Côte-Nord", "l'opéra", "la troupe").
    "orchestre", "Orchestre", "opéra", "Opéra", "troupe", "chœur", "Chœur",
)
DETERMINERS = ("le", "la", "les", "l'", "l’", "un", "une", "des", "du", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre")
PERSON_PRONOUNS = ("il", "elle", "ils", "elles", "lui", "eux", "celui-ci", "celle-ci", "ceux-ci", "celles-ci")
# A singular one never refers back to a group known by a plural noun ("les enquêteurs … a-t-il dit").
SINGULAR_PERSON_PRONOUNS = ("il", "elle", "lui", "celui-ci", "celle-ci")
ORGANISATION_PRONOUNS = ()  # "il" / "elle" may be a person or an organisation
INVERTED_PRONOUN_SUFFIXES = ("-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles", "-t-on", "-on")
# Capitalised words that open sentences but never start a name.
CAPITALISED_FUNCTION_WORDS = (
    "Le", "La", "Les", "L'", "L’", "Un", "Une", "Des", "Du", "De", "D'", "Ce", "Cette", "Ces", "Il", "Elle",
    "Ils", "Elles", "On", "Nous", "Vous", "Je", "J'", "Selon", "Pour", "Par", "Dans", "En", "Au", "Aux",
    "Après", "Avant", "Depuis", "Lors", "Mais", "Et", "Ou", "Or", "Donc", "Car", "Si", "Quand", "Alors",
    "Cependant", "Toutefois", "Pourtant", "Ainsi", "Enfin", "Puis", "Interrogé", "Interrogée", "Mise",
    "Sur", "Sous", "Chez", "Contre", "Avec", "Sans", "Malgré", "Durant", "Pendant", "Tout", "Toute",
    "Son", "Sa", "Ses", "Leur", "Leurs", "Notre", "Nos", "Votre", "Mon", "Ma", "Mes", "C'est", "C’est",
    "Quant", "Comme", "Plus", "Moins", "Très", "Déjà", "Hier", "Aujourd'hui", "Lundi", "Mardi",
    "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Non", "Oui", "À", "Ainsi", "Autre",
    "Parmi", "Dès", "Vers", "Face", "Outre", "Suite", "Lorsque", "Lorsqu'", "Bien", "Reste", "Même",
    "D'après", "D’après", "Mise", "Photo", "Crédit", "Lien", "Comment", "Citant",
    "Plusieurs", "Certains", "Certaines", "Quelques", "Nombre", "Beaucoup", "Aucun", "Aucune", "Chaque", "Tous",
    # Approximations before a count ("Environ 90 accouchements étaient prévus").
    "Environ", "Quelque", "Près", "Presque", "Quasiment",
    "Toutes", "Deux", "Trois", "Quatre", "Cinq", "Dix", "Cent", "Mille", "Ceux", "Celles", "Celui", "Celle",
    "Devant", "Derrière", "Entre", "Près", "Hors", "Grâce", "Afin", "Côté", "Ici", "Là", "Désormais", "Ensuite",
    "Aussi", "Encore", "Certes", "Néanmoins", "Dorénavant", "Puisque", "Parce", "Cela", "Ceci", "Ça", "Rien",
    "Personne", "Interrogés", "Interrogées", "Questionné", "Questionnée", "Invité", "Invitée", "Contacté",
    "Contactée", "Joint", "Jointe", "Sollicité", "Sollicitée", "Concernant", "Jusqu'ici", "Pourquoi",
    "Qui", "Quel", "Quelle", "Quels", "Quelles", "Où", "Combien",
    # Ordinals opening an apposition ("Premier témoin entendu, un chauffeur … a raconté").
    "Premier", "Première", "Deuxième", "Dernier", "Dernière",
    # "Seules quatre ouvertures sont prévues": only, before a count.
    "Seul", "Seule", "Seuls", "Seules",
    # A news site's buttons ("Par X | 03/11/2026 à 14:12 | Réagir (48)").
    "Réagir", "Partager", "Commenter", "Imprimer",
)
NAME_PARTICLES = ("de", "du", "des", "d'", "d’", "le", "la", "von", "van", "der", "den", "ter", "al", "el", "ben", "bin", "bint", "da", "do", "dos", "di", "y", "ag", "ould")
# Words that end a noun phrase holding the speaker (place, time or manner adjuncts follow).
SPEAKER_PHRASE_STOPS = ("lors", "dans", "sur", "devant", "à", "au", "aux", "en", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "après", "avant", "depuis", "pendant", "sous", "avec", "lorsqu'", "lorsque", "quand", "qui", "dont", "alors")
# Works named by their trade, whose noun is part of the company's name ("la conserverie Kerlaouen",
# "l'armement Kervennic").
NAMED_WORKS = ("armement", "conserverie", "laiterie", "fromagerie", "biscuiterie", "fonderie", "scierie", "papeterie",
               "distillerie", "verrerie", "imprimerie", "cimenterie", "sucrerie", "forge", "forges", "brasserie", "tannerie",
               "filature", "cristallerie", "chocolaterie", "coutellerie", "savonnerie", "faïencerie", "tuilerie", "briqueterie",
               "minoterie", "cidrerie")
# Common nouns naming a company, and words for its management: "la direction" / "the management"
# speaks for the company the article introduced ("l'entreprise américaine Hewlett-Packard").
# French names a company's trade in lower case after an article ("le promoteur Nexity"), not as a title.
TRADES_BEFORE_COMPANY_NAMES = frozenset()
COMPANY_WORDS = ("entreprise", "groupe", "société", "firme", "compagnie", "constructeur", "fabricant", "opérateur", "régie",
                 "transporteur", "armateur", "distributeur", "assureur", "fournisseur", "enseigne", "équipementier",
                 "sous-traitant", "consortium") + NAMED_WORKS
MANAGEMENT_WORDS = ("direction",)
# Relatives and neighbours named by a possessive ("sa famille", "son épouse"); a French possessive does not tell
# the owner's gender: the speaker is that person's relative ("famille de Josiane Marchal").
KIN_NOUNS = ("mari", "épouse", "femme", "fils", "fille", "mère", "père", "frère", "sœur", "soeur", "famille", "voisin",
             "voisine", "compagnon", "compagne", "parents", "enfants", "proches", "veuve", "veuf", "oncle", "tante", "cousin",
             "cousine", "neveu", "nièce", "grand-mère", "grand-père", "fiancé", "fiancée")
KIN_POSSESSIVES = {"son": None, "sa": None, "ses": None}
# A person's legal counsel, named by a possessive: none in French, where "son avocat" keeps its words.
COUNSEL_NOUNS = ()
# Common nouns that introduce an organisation's name ("le quotidien français Le Figaro"), so
# that the bare noun later ("le quotidien") stands for it.
ORGANISATION_NOUNS = (
    "entreprise", "groupe", "société", "firme", "compagnie", "constructeur", "fabricant", "opérateur",
    "quotidien", "journal", "hebdomadaire", "bihebdomadaire", "trihebdomadaire", "magazine", "chaîne", "site", "agence", "parti", "syndicat",
    "association", "ONG", "asbl", "ASBL", "fédération", "banque", "université", "institut", "organisation",
    "hôpital", "clinique", "club", "école", "lycée", "collège", "musée", "laboratoire", "organisme",
    "institution", "instance", "établissement", "département", "transporteur", "armateur", "distributeur", "assureur",
    "fournisseur", "enseigne", "fondation", "trust", "collectif", "coopérative", "consortium", "maison",
    "régulateur", "organe", "initiative", "équipementier", "sous-traitant", "orchestre", "opéra", "troupe",
    # ("le réseau d'observateurs Veille citoyenne du Faso", "le mouvement Ansar Dine")
    "réseau", "mouvement", "coalition",
) + NAMED_WORKS
# Interview answers that say nothing checkable: a sentence holding one of these (lower case).
NON_ANSWERS = ("je ne sais pas", "je n'en sais rien", "aucune idée", "merci", "bonne question",
               "je ne peux pas répondre", "pas sûr", "enchanté", "je vous en prie")

# === end claims section ===

# === Dates, numbers, sources, names, negation (owned by the facts modules) ===

# Month names and abbreviations (lower case, accents as written; matching is case-insensitive).
MONTHS = {
    "janvier": 1, "janv.": 1, "janv": 1, "février": 2, "fevrier": 2, "févr.": 2, "fév.": 2, "févr": 2,
    "mars": 3, "avril": 4, "avr.": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7,
    "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept.": 9, "sept": 9, "octobre": 10,
    "oct.": 10, "novembre": 11, "nov.": 11, "décembre": 12, "decembre": 12, "déc.": 12, "dec.": 12,
}
# The months' full names, as written ("janvier" … "décembre"): the first longest form of each number above.
FULL_MONTH_NAMES = tuple(max((m for m, n in MONTHS.items() if n == number and "." not in m), key=len) for number in range(1, 13))
# Month names that are also common words: only read as months next to a day number or a year.
AMBIGUOUS_MONTHS = ("mars", "mai")
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
# Words after a weekday or month pointing to the previous / next one ("mardi dernier", "jeudi prochain").
PAST_MARKERS = ("dernier", "dernière", "passé", "passée")
FUTURE_MARKERS = ("prochain", "prochaine")
# Day offsets from the publication date.
RELATIVE_DAYS = {
    "avant-hier": -2, "hier": -1, "aujourd'hui": 0, "aujourd’hui": 0, "ce matin": 0,
    "cet après-midi": 0, "ce soir": 0, "cette nuit": 0, "demain": 1, "après-demain": 2,
}
# Periods relative to the publication date: (unit, offset) with unit "week", "month" or "year".
RELATIVE_PERIODS = {
    "la semaine dernière": ("week", -1), "la semaine passée": ("week", -1),
    "cette semaine": ("week", 0), "la semaine prochaine": ("week", 1),
    "le mois dernier": ("month", -1), "le mois passé": ("month", -1), "ce mois-ci": ("month", 0),
    "plus tôt ce mois-ci": ("month", 0), "en début de mois": ("month", 0),
    "le mois prochain": ("month", 1),
    "l'an dernier": ("year", -1), "l’an dernier": ("year", -1), "l'année dernière": ("year", -1),
    "l’année dernière": ("year", -1), "l'an passé": ("year", -1), "l’an passé": ("year", -1),
    "l'année passée": ("year", -1), "l’année passée": ("year", -1), "cette année": ("year", 0),
    "l'an prochain": ("year", 1), "l’an prochain": ("year", 1), "l'année prochaine": ("year", 1),
    "l’année prochaine": ("year", 1),
}
# Words before a bare four-digit number that make it a year ("depuis 2019", "en 2020").
YEAR_PREPOSITIONS = (
    "en", "depuis", "de", "d'", "d’", "dès", "jusqu'en", "jusqu’en", "avant", "après", "fin",
    "début", "mi", "vers", "année", "an", "l'an", "l’an", "entre", "et", "à", "au", "pour",
    "printemps", "été", "automne", "hiver", "courant", "janvier", "février", "mars", "avril",
    "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)
DAY_ORDINAL_SUFFIXES = ("er", "re")

# Written numbers. Values; "cent", "mille" multiply what precedes them.
NUMBER_WORDS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
    "octante": 80, "nonante": 90, "cent": 100, "cents": 100, "mille": 1000,
}
# Multipliers written as nouns ("trois millions", "1,5 milliard").
SCALE_WORDS = {
    "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "billion": 1e12,
    "billions": 1e12, "mille": 1e3, "mln": 1e6, "mds": 1e9, "md": 1e9,
}
# Number words read as quantities only before a unit or scale word ("un million", "une personne").
WEAK_NUMBER_WORDS = ("un", "une", "neuf", "sept")
# Joins inside written numbers: "vingt et un", "quatre-vingt-dix".
NUMBER_JOINERS = ("et",)
PERCENT_WORDS = ("pour cent", "pourcent", "pour-cent", "%")
# Unit surface forms → canonical unit shared across languages.
UNITS = {
    "%": "%", "pour cent": "%", "pourcent": "%", "pour-cent": "%",
    "point de pourcentage": "pp", "points de pourcentage": "pp",
    "km": "km", "kilomètre": "km", "kilomètres": "km", "kilometre": "km", "kilometres": "km",
    "km2": "km2", "km²": "km2", "kilomètres carrés": "km2",
    "m": "m", "mètre": "m", "mètres": "m", "cm": "cm", "mm": "mm",
    "mille nautique": "nmi", "milles nautiques": "nmi", "miles": "mile", "mile": "mile",
    "kg": "kg", "kilo": "kg", "kilos": "kg", "kilogramme": "kg", "kilogrammes": "kg",
    "tonne": "tonne", "tonnes": "tonne", "t": "tonne", "g": "g", "gramme": "g", "grammes": "g",
    "litre": "l", "litres": "l", "baril": "barrel", "barils": "barrel",
    "dollar": "USD", "dollars": "USD", "$": "USD", "us$": "USD", "usd": "USD",
    "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR",
    "rouble": "RUB", "roubles": "RUB", "livre sterling": "GBP", "livres sterling": "GBP", "£": "GBP",
    "yuan": "CNY", "yuans": "CNY", "yen": "JPY", "yens": "JPY", "won": "KRW", "wons": "KRW",
    "hryvnia": "UAH", "hryvnias": "UAH", "franc suisse": "CHF", "francs suisses": "CHF",
    "personne": "person", "personnes": "person", "habitant": "person", "habitants": "person",
    "mort": "dead", "morts": "dead", "tué": "dead", "tués": "dead", "décès": "dead",
    "victime": "victim", "victimes": "victim", "blessé": "injured", "blessés": "injured",
    "soldat": "soldier", "soldats": "soldier", "militaire": "soldier", "militaires": "soldier",
    "enfant": "child", "enfants": "child", "prisonnier": "prisoner", "prisonniers": "prisoner",
    "otage": "hostage", "otages": "hostage", "réfugié": "refugee", "réfugiés": "refugee",
    "missile": "missile", "missiles": "missile", "drone": "drone", "drones": "drone",
    "char": "tank", "chars": "tank", "avion": "aircraft", "avions": "aircraft",
    "fusil": "rifle", "fusils": "rifle", "voix": "vote", "siège": "seat", "sièges": "seat",
    "emploi": "job", "emplois": "job", "poste": "job", "postes": "job", "salarié": "employee",
    "salariés": "employee", "employé": "employee", "employés": "employee",
    "pays": "country", "jour": "day", "jours": "day", "semaine": "week", "semaines": "week",
    "mois": "month", "an": "year", "ans": "year", "année": "year", "années": "year",
    "heure": "hour", "heures": "hour", "minute": "minute", "minutes": "minute",
    "degré": "degree", "degrés": "degree", "°c": "celsius",
}
# Prepositions between a scaled number and its unit: "3 millions de dollars", "1,5 milliard d'euros".
UNIT_LINKS = ("de", "d'", "d’")

# Negation: the particle and the words that complete it, and words negating on their own.
NEGATION_PARTICLES = ("ne", "n'", "n’")
NEGATION_COMPLETIONS = ("pas", "plus", "jamais", "rien", "aucun", "aucune", "personne", "guère", "nullement", "point", "ni", "nulle")
NEGATIONS = ("aucun", "aucune", "jamais", "nullement", "non", "pas de", "pas d'", "pas d’", "pas question", "pas encore", "ni", "nulle part")

# Frequent words used to tell French from other languages; chosen to be rare in Spanish,
# Italian, Portuguese and German ("la", "de", "que", "il", "en" are shared and left out).
FUNCTION_WORDS = (
    "le", "les", "des", "du", "et", "est", "une", "dans", "pour", "pas", "au", "aux", "avec",
    "ce", "cette", "ces", "sont", "été", "ont", "qui", "mais", "nous", "vous", "ils", "elle",
    "elles", "leur", "leurs", "était", "sa", "ses", "sur", "par", "plus", "ne", "aussi", "où",
    "comme", "avait", "fait", "être", "avoir", "selon", "après", "été", "déjà", "très", "bien",
    "qu'il", "c'est", "n'a", "l'a", "d'un", "d'une", "s'est",
)

# News agencies and how they are cited in French copy.
AGENCY_ARTICLES = ("l'agence", "l’agence", "l'agence de presse", "l’agence de presse", "l'", "l’", "la", "le", "agence")
# Words just before an agency name that make it a cited source ("selon l'AFP", "a déclaré à l'AFP").
AGENCY_CITE_BEFORE = (
    "selon", "d'après", "d’après", "avec", "source", "sources", "à", "par", "auprès de",
    "rapporte", "rapporté par", "cité par", "citée par", "cités par", "citées par",
    "interrogé par", "interrogée par", "contacté par", "contactée par", "a appris", "indique",
    "relayé par", "relayée par", "repris par", "a rapporté", "rapportait", "annonce",
)
# Words just after an agency name that make it a cited source ("l'AFP a appris").
AGENCY_CITE_AFTER = (
    "a appris", "a pu constater", "a constaté", "a rapporté", "rapporte", "a indiqué", "indique",
    "a annoncé", "annonce", "a contacté", "n'a pas pu vérifier", "n’a pas pu vérifier",
    "n'a pas été en mesure", "n’a pas été en mesure", "a consulté",
)
# Markers opening a photo credit: "Photo : Reuters", "Crédit photo : AFP", "© AFP".
CREDIT_MARKERS = (
    "photo", "photos", "crédit photo", "crédits photo", "crédit", "crédits", "©", "illustration",
    "photo d'illustration", "photo d’illustration", "image", "images", "vidéo", "infographie",
    "capture d'écran", "capture d’écran", "source photo",
)
# Words in a line that show it is a photo caption ("(à droite)", "posent").
CAPTION_MARKERS = ("(à droite)", "(à gauche)", "(au centre)", "(c)", "(g)", "(d)", "photo", "image", "illustration")
# A site's links to other stories, among its page furniture: no one they name is in the story.
RELATED_LINKS = (r"lire (?:aussi|la suite|plus|également)\b.*", r"à lire (?:aussi|également)\b.*",
                 r"voir (?:aussi|également|plus)\b.*")
# Lines that are page furniture, never article text (matched on a whole line, case-insensitive).
BOILERPLATE = (
    r"lien source", r"source", r"comment(?:aire)?s?\s*\(\d+\)", r"\d+\s+comment(?:aire)?s?",
    r"commenter", r"réagir", r"partager(?: sur \w+| cet article| l'article| l’article)?",
    r"\d+\s+partages?", r"partages?\s*:?\s*\d+", r"tweeter", r"imprimer", r"envoyer",
    *RELATED_LINKS, r"s'abonner.*", r"s’abonner.*", r"abonnez-vous.*",
    r"newsletter.*", r"inscrivez-vous.*", r"publicité", r"suivez-nous.*", r"copier le lien",
    r"tous droits réservés.*", r"publié le .*", r"mis à jour le .*", r"modifié le .*",
    r"mise à jour\s*:.*", r"publication\s*:.*", r"temps de lecture\s*:?.*", r"\d+\s*min de lecture",
    r"ajouter à (?:mes favoris|ma liste)", r"écouter cet article", r"retour en haut",
    r"(?:facebook|twitter|linkedin|whatsapp|e-?mail|messenger|x)(?:\s*[|·,/]?\s*(?:facebook|twitter|linkedin|whatsapp|e-?mail|messenger|x))*",
)
# Lines opening an article byline: "Par Jean Dupont".
BYLINE_PREFIXES = ("par", "de notre correspondant", "de notre correspondante", "de notre envoyé spécial", "de notre envoyée spéciale")
# Inside a byline's parentheses: "(D'après AFP, Reuters)", "(avec AFP)".
BYLINE_SOURCE_PREFIXES = ("d'après", "d’après", "selon", "avec", "source", "sources", "sur la base de")
# Titles in front of names, stripped by name keys (lower case, without final dot).
NAME_TITLES = (
    "m", "mme", "mlle", "mm", "mmes", "dr", "pr", "me", "mgr", "président", "présidente",
    "ministre", "premier", "première", "général", "générale", "gén", "colonel", "capitaine",
    "sénateur", "sénatrice", "député", "députée", "maire", "mairesse", "pape", "roi", "reine", "prince",
    "princesse", "cheikh", "émir", "ayatollah", "maréchal", "amiral", "chancelier", "chancelière",
    "secrétaire", "porte-parole", "dirigeant", "dirigeante", "chef", "juge", "procureur", "saint",
    "sainte", "frère", "sœur", "père", "abbé", "monseigneur", "monsieur", "madame", "mademoiselle",
)

# Frequent places and organisations: French name → language-independent key.
PLACE_KEYS = {
    "russie": "russia", "ukraine": "ukraine", "corée du nord": "north korea",
    "corée du sud": "south korea", "corée": "korea", "états-unis": "united states",
    "etats-unis": "united states", "chine": "china", "france": "france", "allemagne": "germany",
    "royaume-uni": "united kingdom", "grande-bretagne": "united kingdom", "japon": "japan",
    "inde": "india", "iran": "iran", "irak": "iraq", "syrie": "syria", "israël": "israel",
    "israel": "israel", "turquie": "turkey", "biélorussie": "belarus", "bélarus": "belarus",
    "pologne": "poland", "italie": "italy", "espagne": "spain", "égypte": "egypt",
    "arabie saoudite": "saudi arabia", "liban": "lebanon", "jordanie": "jordan", "libye": "libya",
    "afghanistan": "afghanistan", "pakistan": "pakistan", "brésil": "brazil", "mexique": "mexico",
    "canada": "canada", "australie": "australia", "afrique du sud": "south africa",
    "géorgie": "georgia", "moldavie": "moldova", "crimée": "crimea", "taïwan": "taiwan",
    "taiwan": "taiwan", "vietnam": "vietnam", "viêt nam": "vietnam", "belgique": "belgium",
    "suisse": "switzerland", "pays-bas": "netherlands", "grèce": "greece", "europe": "europe",
    "moscou": "moscow", "pékin": "beijing", "kiev": "kyiv", "kyiv": "kyiv", "londres": "london",
    "washington": "washington", "paris": "paris", "berlin": "berlin", "varsovie": "warsaw",
    "pyongyang": "pyongyang", "séoul": "seoul", "tokyo": "tokyo", "téhéran": "tehran",
    "jérusalem": "jerusalem", "bruxelles": "brussels", "genève": "geneva", "vienne": "vienna",
    "le caire": "cairo", "bagdad": "baghdad", "damas": "damascus", "beyrouth": "beirut",
    "gaza": "gaza", "cisjordanie": "west bank", "new york": "new york", "vladivostok": "vladivostok",
    "extrême-orient": "far east", "kharkiv": "kharkiv", "kharkov": "kharkiv", "odessa": "odesa",
    "marioupol": "mariupol", "donetsk": "donetsk", "louhansk": "luhansk", "bakhmout": "bakhmut",
    "kherson": "kherson", "zaporijjia": "zaporizhzhia", "saint-pétersbourg": "saint petersburg",
    "nations unies": "united nations", "onu": "united nations", "otan": "nato",
    "union européenne": "european union", "ue": "european union",
    "conseil de sécurité": "security council",
    "conseil de sécurité des nations unies": "un security council",
    "conseil de sécurité de l'onu": "un security council",
    "maison blanche": "white house", "kremlin": "kremlin", "pentagone": "pentagon",
    "cosmodrome de vostotchny": "vostochny cosmodrome", "cosmodrome de vostochny": "vostochny cosmodrome",
    "fonds monétaire international": "imf", "fmi": "imf", "banque mondiale": "world bank",
    "organisation mondiale de la santé": "who", "oms": "who", "cour pénale internationale": "icc",
    "cpi": "icc", "agence internationale de l'énergie atomique": "iaea", "aiea": "iaea",
}

# International bodies, by their French names and short forms → the key their English names share
# (`names.organisation_key`): "l'OMS" and "the WHO" speak as one body across languages.
ORGANISATION_KEYS = {
    "onu": "united nations", "nations unies": "united nations", "organisation des nations unies": "united nations",
    "oms": "world health organization", "organisation mondiale de la santé": "world health organization",
    "otan": "nato", "organisation du traité de l'atlantique nord": "nato", "union européenne": "european union",
    "ue": "european union", "commission européenne": "european commission", "parlement européen": "european parliament",
    "banque centrale européenne": "ecb", "bce": "ecb", "fonds monétaire international": "imf", "fmi": "imf",
    "banque mondiale": "world bank", "organisation mondiale du commerce": "wto", "omc": "wto", "aiea": "iaea",
    "agence internationale de l'énergie atomique": "iaea", "agence internationale de l'énergie": "iea", "aie": "iea",
    "ocde": "oecd", "opep": "opec", "union africaine": "african union", "cour pénale internationale": "icc",
    "cpi": "icc", "comité international de la croix-rouge": "icrc", "cicr": "icrc", "croix-rouge": "red cross",
    "médecins sans frontières": "msf", "msf": "msf", "unicef": "unicef", "hcr": "unhcr", "unhcr": "unhcr",
    "haut-commissariat des nations unies pour les réfugiés": "unhcr", "programme alimentaire mondial": "wfp",
    "conseil de sécurité de l'onu": "un security council", "conseil de sécurité des nations unies": "un security council",
    "maison blanche": "white house", "pentagone": "pentagon", "kremlin": "kremlin",
}
# Capitalised words that still name no one in particular ("Plusieurs habitants", "ministère de
# la Santé") — with the role, body and document words above (`claims/extract/descriptions.py`).
DESCRIPTION_WORDS = (
    "plusieurs", "certains", "certaines", "nombreux", "nombreuses", "autres", "deux", "national",
    "nationale", "régional", "régionale", "local", "locale", "municipal", "municipale", "fédéral",
    "public", "publique", "source", "sources", "proches", "riverains", "secours", "secouristes",
    "pompiers", "salariés", "employés", "grévistes", "parents", "familles", "voisins", "autorités",
    "santé", "culture", "éducation", "intérieur", "économie", "défense", "environnement", "finances",
    "travail", "affaires", "étrangères", "transports", "agriculture", "armées", "sports", "logement",
    "énergie", "industrie", "commerce", "emploi", "solidarités", "territoires", "écologie",
)
# Words of a page's horodatage or byline line, besides its date, time and author's name ("Par Jean
# Roux | Publié le 27/11/2026 à 18h41, mis à jour à 19h"): such a line is no assertion of the outlet.
TIMESTAMP_WORDS = ("par", "publié", "publiée", "mis", "mise", "à", "jour", "modifié", "le", "h", "min", "lun",
                   "mar", "mer", "jeu", "ven", "sam", "dim", "et")
PUBLICATION_WORDS = ("publié", "publiée", "mis à jour", "mise à jour")
# Lower-case words that continue a capitalised organisation name: "Nations unies",
# "Union européenne", "Conseil de sécurité".
ENTITY_CONTINUATIONS = (
    "unies", "européenne", "européen", "nationale", "national", "centrale", "central",
    "populaire", "démocratique", "socialiste", "communiste", "républicain", "fédérale", "fédéral",
    "islamique", "internationale", "international", "mondiale", "mondial", "générale", "général",
    "suprême", "constitutionnel", "constitutionnelle", "sécurité", "défense", "affaires",
    "étrangères", "intérieur", "armées", "santé", "justice", "finances", "économie",
    "monétaire", "pénale", "atomique", "olympique", "blanche", "française", "arabe",
    "unis", "uni",
)
# Lower-case words allowed between two capitalised parts of one name: "Corée du Nord".
ENTITY_CONNECTORS = ("de", "du", "des", "de la", "de l'", "de l’", "d'", "d’")

# === end facts section ===
# Public bodies copy names by an acronym it need not spell out: the body's full name, for an article
# that gives no other expansion. (French copy spells its acronyms out, or the gold keeps them: none yet.)
KNOWN_ACRONYMS: dict[str, str] = {}
# Country adjectives for a bare "government" (English only: French copy's "le gouvernement" keeps the article's words).
COUNTRY_DEMONYMS: dict[str, str] = {}
