"""English resources for the extractor. Every language module defines the same names."""

# === Claims, speakers, cues (owned by the claim/speaker extractor) ===

# Reporting verbs: regular stems (conjugated by claims.extract.cues: +s, +ed, +ing) and irregular forms.
REPORTING_VERB_STEMS = (
    "add", "confirm", "announce", "claim", "warn", "insist", "argue", "note", "explain",
    "acknowledge", "report", "tweet", "suggest", "believe", "reply", "replie", "respond", "predict",
    "estimate", "allege", "admit", "assert", "maintain", "contend", "recall", "reveal", "disclose",
    "indicate", "conclude", "emphasize", "emphasise", "stress", "remark", "comment", "observe",
    "declare", "affirm", "assure", "promise", "complain", "concede", "agree", "testify", "testifie",
    "mention", "posit", "recount", "reiterate", "speculate", "urge",
    "caution", "accuse", "describe", "call", "label", "post", "add", "continue", "advise", "quip",
    "joke", "boast", "exclaim", "question", "deny", "denie", "justify", "justifie", "blame",
    "decide", "tell", "answer", "counter", "clarify", "clarifie", "summarize", "summarise", "dispute",
    "vow", "reckon", "concur", "contend", "reassure", "share", "propose", "react", "defend", "speak",
    "characterize", "characterise", "refer", "inform",
    # An objection's grounds ("the parish council objected that the lane was single-track"); weak:
    # "objected to the plan" states nothing.
    "object",
    # West African copy's "She intimated that …" (weak: "intimated her wish" states nothing).
    "intimate",
    # Naming with a quoted word ("termed the shooting "cold-blooded""); weak: "dubbed the plant X" states nothing.
    "term", "dubb",
    # A court's finding ("ruling that the allocation was unlawful"); weak: "ruled the country" states nothing.
    "rule",
    # Restating, stressing and conceding, frequent in wire copy ("reaffirmed that", "underlined that").
    "reaffirm", "reassert", "underline", "underscore", "highlight", "repeat", "restate", "lament",
    "confess", "proclaim", "retort", "remind", "recognise", "recognize", "theorize", "theorise",
    "hypothesize", "hypothesise", "surmise", "forecast",
    # Incises of press copy after a quotation (""…," he fumed"); "plead" weak ("pleaded not guilty" states nothing).
    "fume", "sigh", "scoff", "muse", "gripe", "gush", "plead", "reason",
    # South Asian and West African copy's "opined that …".
    "opine",
    # Attributes a quoted question ("…?" she asked); weak: "asked him to leave" states nothing.
    "ask",
    # A document's finding ("figures show completions fell"); weak: "showed the way" states nothing.
    "show",
    # A court's finding ("the court ruled that …"); weak: "ruled out a rise", "ruled the country" state nothing.
    "rule",
    # Judging with a quoted word ("dismissed the petition as "a tactic …"", "rejected the results as "a fiction"");
    # weak: "rejected the offer" states nothing.
    "dismiss", "reject", "denounce", "decry",
)
REPORTING_VERB_FORMS = (
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote",
    "written", "writing", "think", "thinks", "thought", "thinking", "feel", "feels", "felt",
    "deny", "denies", "denied", "denying", "reply", "replies", "replied", "replying", "testify",
    "testifies", "testified", "claimed", "found", "find", "finds", "admitted", "admitting",
    "predicted", "argued", "arguing", "stated", "stating", "noted", "noting", "spoke", "referred", "referring", "finding",
    "point out", "points out", "pointed out", "pointing out",
    # A witness in court ("Det Garda X gave evidence that …").
    "give evidence", "gives evidence", "gave evidence", "giving evidence", "given evidence",
    # "as one docker put it", "'…,' as she puts it"
    "put it", "puts it",
    # West African copy's "He furthered that …" (not the adverb "further"; weak: "furthered his career").
    "furthered",
    # A document's wording ("the report states", "the papers state", "the forecast projects that"); only after a
    # document's noun (`cues`), as "the states" are places and "the projects" works.
    "states", "state", "projects", "project", "projected",
    # What a hearing was told ("The court heard that …"); only after a hearing's noun and before "that" (`cues`), and no one's.
    "heard",
    # Stems that double their last consonant ("quip" → "quipped", not "quiped").
    "quipped", "quipping",
    # "aver" doubles its "r" ("He averred that …").
    "aver", "avers", "averred", "averring",
    # A central bank's or a body's hint ("signalled that a further cut was likely"), in both spellings; weak:
    # "signalled its intention" (no base form: "a traffic signal" is a noun).
    "signalled", "signalling", "signaled", "signaling",
)
WEAK_REPORTING_VERBS = ("furthered", "signal", "intimate", "term", "dub", "plead", "reason", "think", "thought", "believe", "feel", "felt", "find", "found", "call", "label", "describe", "post", "continue", "advise", "question", "blame", "cite", "justify", "justifie", "decide", "urge", "accuse", "promise", "share", "propose", "estimate", "react", "answer", "defend", "speak", "spoke", "characteriz", "characteris", "refer",
                        # mostly with a noun object ("repeated his call for …", "recognised the need")
                        "repeat", "restate", "remind", "recognis", "recogniz", "ask", "show", "rule",
                        # "recalled 1.2 million cans": a product recall, not a memory
                        "recall",
                        # "objected to the plan": an objection with no grounds stated
                        "object",
                        # "put it on the table": a clause only as a comment ("as one docker put it")
                        "put it", "puts it",
                        # judging a thing, with a quoted word only ("dismissed the petition as "…"")
                        "dismiss", "reject", "denounce", "decry")
# Reporting verbs that as often take a noun phrase as a clause for object ("announced new rules",
# "declared victory", "confirmed the death of …"): with no "that", what follows them is a reported
# clause only when it has a verb beyond doubt ("announced the talks had failed").
NOUN_OBJECT_REPORTING_VERBS = (
    "announce", "declare", "confirm", "report", "reveal", "disclose", "deny", "denie", "admit", "acknowledge",
    "predict", "promise", "propose", "mention", "recount", "describe", "question", "dispute", "share",
    "agree", "vow", "concede", "recall", "note", "counter",
    "reaffirm", "reassert", "underline", "underscore", "highlight", "repeat", "restate", "lament", "confess",
    "proclaim", "remind", "recognise", "recognize", "forecast", "stress", "explain",
    # "warned residents to stay indoors": a person and an infinitive, a warning but no statement
    "warn",
    # "added sleep duration to its list of key measures": a thing added, no statement
    "add",
    # "maintained his innocence", "volunteers maintain locks on the canal": a thing kept up
    "maintain",
)
# Weak reporting verbs that report a clause with no "that" when it has a verb of its own
# ("found most of the victims were …", "thinks the plan will fail"; not "estimate the herd by …").
BARE_CLAUSE_WEAK_VERBS = ("think", "thought", "believe", "feel", "felt", "find", "found", "estimat", "show")
# Forms of reporting verbs that are also nouns, read as nouns after "a"/"an" ("a flash flood
# warning covering …", "in a Facebook post on Tuesday").
NOMINAL_VERB_FORMS = (
    "warning", "finding", "posting", "writing", "reporting", "thinking", "feeling", "questioning", "post", "posts",
    "report", "reports", "tweet", "tweets", "comment", "comments", "reply", "answer", "claim", "claims", "estimate",
    "promise", "question", "call", "note", "remark", "statement", "ruling", "rulings",
)
SOURCE_PREPOSITIONS = ("according to", "in the words of", "as reported by")
COMPLEMENTISERS = ("that",)
TITLES = ("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady", "Rev.", "Gen.", "Sen.", "Rep.", "Gov.", "Capt.", "Col.", "Lt.", "Sgt.",
          # Police and military ranks abbreviated before a name ("Det. Sgt. Ray Holt", "Maj. Gen. …"); a state
          # delegate ("Del. Aaron Whitt").
          "Det.", "Supt.", "Insp.", "Del.", "Cpl.", "Pte.", "Maj.", "Adm.", "Cmdr.", "Brig.", "Hon.",
          # Honorifics of West African and Muslim copy ("Alhaji Tunde Bakare"), kept out of the name.
          # ("Maulana Abdul Qadir", "Sheikh Ahmed Salem": a cleric's)
          "Alhaji", "Alhaja", "Mallam", "Hajia", "Maulana", "Sheikh", "Shaikh",
          # Nigerian union leaders and barristers ("Comrade Ibinabo Tamuno", "Barr. Ngozi Eze"), an Akan elder ("Opanin Kwaku Agyemang").
          "Comrade", "Comr.", "Barr", "Barr.", "Opanin",
          # Samoan honorifics before a chief's name ("Afioga Tuala Sione Lemalu"), the Fijian chief's ("Ratu Josaia
          # Vuniwai"); Sesotho ones ("Ntate Lebohang Mofoka").
          "Afioga", "Susuga", "Ratu", "Ntate", "Mme",
          # Zulu and Tswana traditional leaders ("Inkosi Mbuyiseni Ntshangase", "Kgosi X"; "Nkosi", also a surname, is
          # speakers._TITLES_BEFORE_A_NAME_ONLY).
          "Inkosi", "Kgosi",
          # Tokelau's atoll heads and village mayors ("Faipule Sione Aukuso", "Pulenuku Ioane Tinielu").
          "Faipule", "Pulenuku",
          # Malaysian and Singaporean courtesy titles ("Datuk Ravi Nair"), British councillor's abbreviation ("Coun Ann Lee").
          "Madam", "Datuk", "Dato'", "Dato’", "Datin", "Tun", "Coun", "Coun.", "Cr", "Cllr", "Cllr.", "Clr", "Clr.",
          # Bruneian and Malay honorifics ("Yang Berhormat Dato Seri Setia Awang Haji Kamaluddin", "Dayang Hajah
          # Siti Rafeah"); the ranks that follow one are speakers._TITLE_RANK_WORDS.
          "Berhormat", "Mulia", "Dato", "Pehin", "Pengiran", "Awang", "Dayang", "Haji", "Hajah",
          # Malaysian and Indonesian forms of address and a state legislator's style ("Puan Rosmawati", "Pak Ahmad",
          # "YB Khoo Seng Aun"), an engineer's title ("Ir Mohd Nazri Ismail").
          "Puan", "Encik", "Cik", "Pak", "Ibu", "YB", "Ir", "Ir.",
          # Indian honorifics ("Shri Anil Kumar Sharma", "Smt. Kavita Deshmukh").
          "Shri", "Smt", "Smt.", "Shrimati",
          # Professional titles of Philippine and East African copy ("Engr Ana Cruz", "Atty. Jose Lim").
          "Engr", "Engr.", "Atty", "Atty.",
          # Clergy ("Museum director Father Tomasz Nowicki"); Buddhist monks' and Muslim clerics' styles of South Asian copy
          # ("Venerable Pallegama Dhammaloka Thero", "Moulavi Mohamed Rizvi Farook").
          "Father", "Fr", "Fr.", "Rev", "Reverend", "Venerable", "Ven.", "Moulavi", "Maulavi", "Maulvi",
          # Advocates of the Channel Islands, Scotland and South Africa ("Advocate Paul Robilliard").
          "Advocate")
ROLE_WORDS = (
    "president", "spokesman", "spokeswoman", "spokesperson", "minister", "prime minister", "leader",
    # Civil service offices of two words ("Deputy Permanent Secretary X").
    "permanent secretary", "principal secretary", "permanent representative",
    "chief", "director", "secretary", "general", "ambassador", "mayor", "senator", "representative",
    "prosecutor", "judge", "lawyer", "attorney", "chairman", "chairwoman", "chair", "ceo", "CEO",
    "founder", "head", "official", "commissioner", "governor", "king", "queen", "prince", "pope",
    "candidate", "hopeful", "researcher", "scientist", "professor", "expert", "analyst", "economist",
    "vice president", "negotiator", "protester", "activist", "journalist", "doctor", "witness",
    "resident", "realtor", "officer", "colonel", "commodore", "admiral", "first admiral", "rear admiral", "vice admiral", "brigadier", "commander", "captain", "sergeant", "delegate", "adviser",
    # Ranks before a name, the real gold's "Lieutenant-Commander Dana Whitford" → "Dana Whitford".
    "lieutenant", "sub-lieutenant", "lieutenant-commander", "lieutenant-colonel", "lieutenant-general", "major-general",
    "corporal", "lance corporal", "flight lieutenant", "squadron leader", "wing commander", "warrant officer",
    # The Philippine Coast Guard's and US naval junior ranks ("Lieutenant Junior Grade Alvin Pacquing", "Ensign X").
    "lieutenant junior grade", "ensign",
    "advisor", "envoy", "chancellor", "emperor", "sultan", "emir", "sheikh", "ayatollah",
    "coordinator", "administrator", "manager", "coach", "player", "broadcaster", "dispatcher",
    "skip",  # a curling team's captain ("Laval skip Éric Bouchard")
    "speaker", "whip", "mp", "MP", "TD", "lawmaker", "congressman", "congresswoman", "father", "mother",
    "wife", "husband", "son", "daughter", "mum", "mom", "dad", "grandmother", "grandfather", "interviewee",
    "brother", "sister", "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter",
    "member", "inspector", "superintendent",
    "sheriff", "deputy", "executive", "owner", "winner", "student", "teacher", "victim", "forester",
    # Philippine village heads and councillors ("Punong Barangay Virginia Caoili", "Kagawad Ana Cruz").
    "punong barangay", "barangay captain", "barangay chairman", "kagawad",
    # Malaysian and Indonesian local heads ("Ketua Kampung Abang Jamil", "Penghulu X", "Bupati X", "Camat X").
    "ketua kampung", "penghulu", "bupati", "camat", "lurah",
    "author", "co-author", "ecologist", "biologist", "physicist", "chemist", "historian", "astronomer",
    "engineer", "actor", "actress", "singer", "writer", "novelist", "artist", "designer", "producer",
    "musician", "athlete", "runner", "astronaut", "physician", "GP", "gp", "locum", "nurse", "surgeon", "epidemiologist", "virologist",
    "immunologist", "psychologist", "sociologist", "geologist", "meteorologist", "climatologist",
    "paleontologist", "zoologist", "archaeologist", "anthropologist", "lecturer", "diplomat",
    "politician", "councillor", "councilor", "corporator", "entrepreneur", "businessman", "businesswoman", "editor",
    "reporter", "correspondent", "columnist", "critic", "campaigner", "organizer", "organiser",
    "volunteer", "survivor", "priest", "bishop", "imam", "rabbi", "pastor", "costumer", "cosplayer",
    "abbot", "abbess", "monk", "nun", "friar", "vicar", "chaplain", "deacon", "archdeacon", "cleric", "preacher", "mufti", "patriarch",
    "canon",
    # Occupations written as a title before a name ("Architect Jane Doe", "Cllr John Smith").
    "cllr", "councilman", "councilwoman", "councilmember", "alderman", "alderwoman", "selectman", "selectwoman", "warden", "juror", "provost",
    "architect", "florist", "catcher", "pitcher",
    "shortstop", "quarterback", "goalkeeper", "striker", "midfielder", "defender", "filmmaker",
    "photographer", "firefighter", "detective", "constable", "garda", "gardaí", "gardai", "trustee", "shopkeeper", "headteacher",
    "headmaster", "headmistress", "head teacher", "schoolteacher", "matron", "janitor", "publican",
    "pathologist", "archbishop", "cardinal", "forecaster", "glaciologist", "defendant", "claimant",
    "plaintiff", "brigadier", "counterpart", "intendente", "volcanologist", "seismologist", "MLA", "mla",
    # People met in vox pops, also written before a name ("Commuter Ian Reyes, 52, said").
    "commuter", "passenger", "motorist", "shopper", "customer", "traveller", "traveler", "tourist",
    "supporter", "spectator", "voter", "pensioner", "retiree", "homeowner", "tenant", "agent",
    "parent", "pupil", "landlord", "beachgoer", "churchgoer", "holidaymaker", "onlooker", "passer-by", "visitor",
    "surfer", "hiker", "angler", "camper",
    # Trades and crafts written before a name ("Dancer Lily Crane, 24, told"; not "Baker", "Gardener": surnames).
    "dancer", "performer", "grocer", "fishmonger", "landlady", "innkeeper", "restaurateur", "distiller", "roofer",
    "surveyor", "dentist", "carer",
    # Musicians, as arts copy names them before a name ("Soprano Ella Roy, 17, said", "the violinist said").
    "soprano", "mezzo-soprano", "contralto", "tenor", "baritone", "chorister", "vocalist", "violinist", "cellist",
    "pianist", "organist", "guitarist", "drummer", "harpist", "flautist", "trumpeter", "saxophonist", "percussionist",
    "composer", "conductor", "choirmaster", "bandleader",
    # People of the land, as rural copy names them before a name ("Grazier Hugh Tennant", "Landholders east of Guyra").
    "grazier", "pastoralist", "orchardist", "irrigator", "landholder", "landowner", "vigneron", "shearer", "drover",
    # People of sport and show business, as sports and entertainment copy names them before a name
    # ("Rovers boss Ian Treadwell", "Pop star Kaya Lindqvist") and alone later ("the rapper said").
    "boss", "star", "rapper", "comedian", "presenter", "pundit", "blogger", "influencer", "podcaster",
    "skipper", "winger", "batsman", "bowler", "jockey", "cyclist", "swimmer", "golfer", "boxer",
    "sprinter", "footballer", "cricketer", "rugby player", "tennis player", "olympian", "paralympian", "champion",
    "medallist", "medalist", "rower",
    # Athletes by their event, and artists by their craft ("Hurdler Rose Kiriau wrote", "Sculptor Lindiwe Ngcobo said";
    # not "Potter", "Weaver", "Painter": surnames).
    "hurdler", "decathlete", "heptathlete", "marathoner", "javelin thrower", "high jumper", "long jumper", "triple jumper",
    "pole vaulter", "sculptor", "ceramicist", "printmaker", "illustrator",
    # Boxing and combat-sport weight classes written before a name ("Lightweight Amélie Dufresne, the national champion, said").
    "flyweight", "bantamweight", "featherweight", "lightweight", "welterweight", "middleweight", "super-middleweight",
    "light-heavyweight", "cruiserweight", "heavyweight", "super-heavyweight",
    # Match officials ("Assistant referee Ana Ruiz, one of the officials who was struck, told …").
    "referee", "umpire", "linesman", "assistant",
    # Sports and British legal roles ("Bramley boss Martin Haigh", "His barrister told the judge").
    "centre-back", "full-back", "fly-half", "barrister", "solicitor", "counsel",
    # Basketball positions ("Tuli Shikongo, point guard for the league leaders X, tweeted").
    "point guard", "shooting guard", "power forward", "small forward",
    # Offices of committees and public services ("Committee chairperson X", "Incident controller X").
    "chairperson", "convenor", "convener", "treasurer", "clerk", "registrar", "notary", "librarian", "accountant", "bailiff", "caretaker", "controller", "paramedic", "pilot", "ranger", "steward", "shop steward",
    "partner", "principal", "elder", "headman", "headwoman", "midwife", "midwives", "pharmacist", "vet", "veterinarian", "farmer", "villager", "fisherman", "curator", "archivist",
    "collector", "district collector", "tehsildar",  # (Indian district officers: "District Collector X")
    "neighbour", "neighbor", "bystander", "eyewitness", "relative",
    # Offices of parliaments and audit ("Legislator Wang Mei", "the Auditor General said").
    "legislator", "assemblyman", "assemblywoman", "parliamentarian", "auditor", "undersecretary",
    "magistrate", "ombudsman", "ombudsperson", "assemblymember", "marshal", "fire marshal", "commandant", "investigator",
    # A principal or permanent secretary of a ministry ("PS Hoareau said").
    "PS",
    "under-secretary", "MSP", "msp", "MEP", "mep", "MHK", "mhk", "moderator",
    # Advisers and technicians written before a name ("Dairy consultant Anna Ferris", "Geophysicist X").
    "consultant", "technician", "mechanic", "electrician", "statistician", "mathematician", "geophysicist",
    "astrophysicist", "oceanographer", "agronomist", "nutritionist", "dietitian", "pediatrician", "paediatrician",
    # Titles of games and competitions ("Grandmaster Vishnu Raghavan", "International Master Aarav Kulkarni").
    "grandmaster", "international master", "arbiter",
    # Ranks of state police and offices of courts, university boards and ports ("KSP spokesperson Trooper
    # Cody Hensley", "Recorder Julian Ashcroft", "Regent Carl Ostrander", "Justice of the Peace Alfred Dunn",
    # "Harbour Master Lena Ruiz").
    "trooper", "recorder", "regent", "reeve", "deputy reeve", "justice of the peace", "harbour master", "harbor master", "harbourmaster",
    "harbormaster",
    # Trades and offices written before a name ("Builder Marcus Laville said", "Bonefishing guide X",
    # "Supervisor of Elections Nadia Pascall-Thomas").
    "builder", "plumber", "carpenter", "guide", "chef", "vendor",
    # ("Rancher Jim Tafoya, whose family …", "Driver Ernesto Luján said", "Permittee Wade Etcheverry")
    "rancher", "driver", "trucker", "permittee", "grower", "beekeeper", "herder", "irrigator", "outfitter",
    # Keepers of gardens, parks and zoos, and naturalists ("Horticulturist Imogen Trott", "Zookeeper Ben Ashe").
    "horticulturist", "botanist", "arborist", "groundsman", "groundskeeper", "greenkeeper", "gamekeeper", "zookeeper",
    "keeper", "conservationist", "ornithologist", "entomologist", "naturalist", "herpetologist",
    "winemaker", "vintner", "lobsterman", "oysterman", "welder", "bartender", "lifeguard", "cashier",
    "hotelier", "supervisor", "supervisor of elections",
    # People in training, written before a name ("Graduate Shauna Littlefield said", "Apprentice Tom Reid").
    "graduate", "trainee", "apprentice", "intern",
    # A lifeboat's crew ("Helm Jack Verrill said", "Coxswain Ian Reid").
    "helm", "helmsman", "helmswoman", "coxswain", "crewman", "crewmember",
    # Scottish prosecutors ("Fiscal depute Lorna Rae told the court", "Procurator fiscal Ian Gow").
    "fiscal depute", "procurator fiscal depute", "procurator fiscal", "depute fiscal", "depute",
    # Kentucky's county officers ("Pike County Jailer Eddie Slone", "Elliott County Judge-Executive Myron Sparks").
    "jailer", "judge-executive", "coroner", "assessor", "commonwealth's attorney", "commonwealth’s attorney",
    # Irish police ranks and a council chair ("Det Garda Aidan Regan", "cathaoirleach of the Municipal District").
    "garda", "detective garda", "det garda", "cathaoirleach", "leas-chathaoirleach",
    # Hobbyists named by their pursuit ("Radio amateur Dale Brinkley"; "Radio" alone opens a station's name).
    "radio amateur", "radio ham", "amateur astronomer", "birdwatcher",
    # A parent's epithet between a place and a name ("Morpeth mum-of-two Jade Pringle").
    *(f"{parent}-of-{count}" for parent in ("mum", "mom", "mother", "dad", "father", "grandmother", "grandfather", "gran", "nan")
      for count in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")),
)
ROLE_WORDS += tuple(word[:-3] + "men" for word in ROLE_WORDS if word.endswith("man"))  # "fishermen", "spokesmen"
# Role words that can name the same person ("chief executive X" … "the executive said").
ROLE_FAMILIES = (
    ("executive", "ceo", "chief", "chairman", "chairwoman", "chair", "director", "head", "leader",
     "president", "founder", "owner", "boss"),
    ("filmmaker", "director"),
    ("coach", "manager", "trainer", "boss"),
    ("captain", "skipper", "skip"),
    ("scientist", "researcher", "expert", "professor", "biologist", "epidemiologist", "virologist",
     "climatologist", "glaciologist", "meteorologist"),
    ("novelist", "author", "writer"),
    # Members of a parliament ("Ciaran Mulvey, a Labour TD" … "the Labour deputy said").
    ("td", "mp", "deputy", "lawmaker", "legislator", "parliamentarian"),
    # A part-time judge of the Crown Court ("Recorder Julian Ashcroft" … "The judge said").
    ("judge", "recorder"),
    ("prosecutor", "fiscal depute", "procurator fiscal", "procurator fiscal depute"),
)
# Titles that stand for a role ("Gov. Arlene Whitcomb" … "the governor said").
COLLECTIVE_HEADS = ()  # (French: "le cabinet de la ministre, X," — the minister is X)
TITLE_ROLES = {
    "Gov": "governor", "Sen": "senator", "Rep": "representative", "Gen": "general", "Col": "colonel",
    "Capt": "captain", "Sgt": "sergeant", "Lt": "lieutenant", "Prof": "professor", "Insp": "inspector",
    "Det": "detective", "Supt": "superintendent",
}
# Documents whose named author speaks for them ("a report by council officers" → council officers).
DOCUMENT_WORDS = (
    "report", "study", "count", "tally", "statement", "estimate", "estimates", "figures", "data",
    "survey", "analysis", "review", "assessment", "poll", "projections", "opinion", "ruling", "judgment", "verdict",
    "letter", "memo", "notice", "webcast", "filing", "programme", "program", "update", "bulletin", "presentation",
    # A forecaster's publications ("the Bureau of Meteorology's summer outlook").
    "outlook", "forecast",
    # A body's press release, a board's resolution, the police summary of facts read in court.
    "release", "resolution", "summary of facts",
    # What a body puts out for comment ("the department's consultation document").
    "document", "paper", "findings", "business case", "book", "log",
    # An election's count ("unofficial results from the county board of elections").
    "results",
)
AUTHOR_PREPOSITIONS = ("by the", "by", "from the", "from", "of the", "of", "published by", "released by")
ORGANISATION_WORDS = (
    "Kremlin", "White House", "Pentagon", "Downing Street", "government", "ministry", "Ministry", "Síochána",
    "department", "Department", "army", "military", "police", "Police", "court", "Court", "council",
    "Council", "commission", "Commission", "agency", "Agency", "company", "group", "union", "Union",
    "party", "Party", "federation", "association", "NASA", "UN", "NATO", "EU", "bank", "Bank",
    "university", "University", "hospital", "embassy", "Embassy", "consulate", "Consulate", "office", "Office", "Chambers",
    "committee", "sub-committee", "subcommittee", "Mechanism",
    "Committee", "league", "League", "organization", "organisation", "Organization", "institute",
    "Institute", "Diocese", "Archdiocese", "Washington", "Moscow", "Beijing", "London", "Brussels", "Tehran", "Kyiv",
    "Pyongyang", "Seoul", "documentary", "report", "study", "statement", "newspaper", "media",
    "press", "website", "network", "TV", "News", "Times", "Post", "Guardian", "Reuters", "AFP",
    "BBC", "CNN", "NPR", "ABC", "CBS", "NBC", "Fox", "Telegraph", "Insider", "Agency", "Service",
    "Corps", "Guard", "Force", "Forces", "Coast Guard", "Association", "Foundation",
    "bureau", "Bureau", "authority", "Authority", "regulator", "watchdog", "administration", "delegation",
    "Administration", "service", "trust", "Trust", "board", "Board", "campaign", "family",
    # Chambers ("the Prince George Chamber of Commerce", "the Chamber of Mines").
    "Chamber",
    # Trades' and investors' bodies ("the South West Artisan Bakers' Guild", "the Harbour Consortium").
    "guild", "Guild", "consortium", "Consortium", "syndicate", "Syndicate",
    # Churches' associations ("the Accra Fellowship of Gospel Churches … the fellowship had asked").
    "Fellowship", "fellowship",
    "Forum", "Alliance", "Coalition", "Confederation", "Centre", "Center", "Society", "Fund", "Project", "Programme",
    "Initiative", "Institution", "Corporation", "Airlines", "Airways", "Museum", "Observatory", "Laboratory", "Zoo", "zoo",
    "Presidency", "Academy", "academy", "Directorate", "Secretariat", "Survey", "Inspectorate", "Tribunal",
    "parliament", "Parliament", "assembly", "Assembly", "Senate", "Congress", "cabinet", "Cabinet",
    "municipality", "Municipality", "tribunal", "College", "Organisation", "Division", "division", "Railways",
    # ("the Government Communications Unit", "the unit wrote")
    "Unit", "unit",
    # ("A disciplinary panel of the X Association has suspended …", "It said": a body deciding)
    "panel", "Panel",
    # ("Rimu Grove Hospice in Timaru announced …", "the hospice said")
    "Hospice", "hospice",
    # Movements and armed or protest groups ("the Quillabamba Defence Front", "the front said").
    "Front", "front", "Movement", "movement", "Brigades",
    # Military units ("the base's 436th Airlift Wing", "the 101st Airborne Division"), services ("the U.S. Navy")
    # and commands ("Iraq's Joint Operations Command").
    "Command", "Wing", "Squadron", "Brigade", "Regiment", "Battalion", "Fleet", "Navy", "navy",
    # Clubs ("Erne Dolphins Swimming Club", "the Rotary Club of Suva", "Cardiff RFC", "Bury FC").
    "Club", "FC", "RFC", "AFC",
    # Teams named as bodies ("the Haweswater and Shap Mountain Rescue Team").
    "Team",
    # Co-operatives ("Red Fork Electric Cooperative", "the Orkney Native Meat Co-operative").
    "Cooperative", "Co-operative", "cooperative", "co-operative",
    # Local authorities of the Isle of Man and of US counties ("Ramsey Town Commissioners").
    "Commissioners",
    # Indigenous governments ("the Leech Lake Band of Ojibwe", "the band said").
    "Band", "band",
    # Broadcasters named by their medium ("according to state television", "local radio reported").
    "television", "radio",
    # Words of newspaper names ("the Las Vegas Review-Journal", "the Miami Herald").
    "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Observer", "Examiner", "Courier", "Inquirer",
    "Dispatch", "Mirror", "Mail", "Review-Journal",
    # Institutions named in their own language in English copy ("the École Polytechnique Fédérale
    # de Lausanne", "the Universidad Nacional de Asunción").
    "École", "Université", "Universidad", "Universidade", "Università", "Universität", "Universiteit",
    "Instituto", "Institut", "Hôpital", "Hospital", "Ministerio", "Ministério", "Ministère", "Banco", "Banque",
    "Fundación", "Fundação", "Stiftung",
    # ("the Federación Agraria del Oeste Bonaerense": no person named "Oeste Bonaerense" after "del")
    "Federación", "Federação", "Asociación", "Associação", "Confederación", "Confederação", "Sindicato", "Cámara",
    "Consejo", "Corporación", "Cooperativa", "Sociedad",
    # Records that speak for their makers ("according to traffic camera footage").
    "footage", "video", "recording", "data", "census", "testimony", "transcript",
)
DETERMINERS = ("the", "a", "an", "another", "this", "that", "these", "those", "his", "her", "its", "their", "our", "some")
PERSON_PRONOUNS = ("he", "she", "they", "him", "them")
# A singular one never refers back to a group known by a plural noun ("the researchers … she said").
SINGULAR_PERSON_PRONOUNS = ("he", "she", "him", "her")
ORGANISATION_PRONOUNS = ("it", "its")
INVERTED_PRONOUN_SUFFIXES = ()
CAPITALISED_FUNCTION_WORDS = (
    "The", "A", "An", "This", "That", "These", "Those", "He", "She", "They", "It", "We", "I", "You",
    "His", "Her", "Its", "Their", "Our", "My", "According", "In", "On", "At", "By", "For", "From",
    "To", "With", "Without", "After", "Before", "Since", "During", "But", "And", "Or", "So", "If",
    "When", "While", "However", "Although", "Though", "Also", "As", "Then", "Now", "Yesterday",
    "Today", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Some",
    "Many", "Most", "One", "Two", "Three", "Several", "Other", "Another", "Both", "All", "No", "Yes",
    # Quantifiers opening a sentence ("Numerous Maker Clubs were on hand"): no word of a name.
    "Numerous", "Various", "Countless", "Multiple", "Few",
    # Approximations before a count ("About 200 growers blockaded …", "More than 150 family lawyers").
    "About", "Around", "Nearly", "Almost", "Roughly", "Approximately", "More",
    "There", "Here", "Not", "Under", "Over", "Despite", "Meanwhile", "Later", "Earlier", "Last",
    "Next", "Speaking", "Asked", "Commenting", "Specifically", "Similarly", "Previously", "Finally",
    "Former", "Amid", "Amidst", "Among", "Amongst", "Part", "Following", "Given", "Like", "Unlike",
    "January", "February", "March", "July", "September", "October", "November", "December",
    "Says", "Added", "Adds", "Remarked", "Wrote", "Writes", "Explained", "Noted", "Stated", "Declared",
    "Commented", "Observed", "Continued", "Concluded", "Recalled", "Warned", "Replied", "Answered",
    "Responded", "Tweeted", "Quipped", "Insisted", "Argued",
    # Headline adjectives glued to a name ("Late Adeyemi header settles derby", "Embattled Hale quits").
    "Late", "Early", "Veteran", "Teenage", "Embattled", "Beleaguered", "Outgoing",
    # Site boilerplate before an outlet's name ("Follow SBS News on Facebook", "Subscribe to The Post").
    "Follow", "Subscribe", "Watch", "Listen",
    # A photo credit before the name of who lent the picture ("(Courtesy of Kanshin Denki Co.)").
    "Courtesy",
    "What", "Why", "How", "Where", "Who", "Whom", "Whose", "Which",
    # Spoken openers and auxiliaries that start an answer's sentence ("Well it tells us that …",
    # "Maybe the neighbours told them …", "Had they said …").
    "Well", "Maybe", "Perhaps", "Absolutely", "Actually", "Basically", "Thank", "Thanks", "Regarding",
    "Oh", "Um", "Uh", "Yeah", "Okay", "Had", "Could", "Would", "Should", "Did", "Does", "Do",
)
# ("anak": the Iban and Malay patronymic, "Stanley Jau anak Ngau"; "binti": daughter of; Tuareg "ag" and
# Mauritanian "ould", son of: "Iyad ag Ghaly")
NAME_PARTICLES = ("de", "du", "des", "von", "van", "der", "den", "ter", "al", "el", "ben", "bin", "bint", "binti", "anak", "da", "do", "dos",
                  "di", "y", "la", "le", "ap", "ag", "ould")
SPEAKER_PHRASE_STOPS = ("in", "on", "at", "during", "to", "after", "before", "while", "when", "per", "who", "which", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "this", "earlier", "later", "as", "with")
# Party labels before a person's name, no part of it ("Democrat Chuck Schumer").
PARTY_LABELS = ("Democrat", "Democratic", "Republican", "Tory", "Conservative", "Liberal Democrat", "Lib Dem")
# Common nouns naming a company, and words for its management: "la direction" / "the management"
# speaks for the company the article introduced ("l'entreprise américaine Hewlett-Packard").
NAMED_WORKS = ()  # (French "la conserverie X": English names no company by its works)
# A company's trade written before its name at a sentence's start ("Contractor Rother Marine Civils said").
TRADES_BEFORE_COMPANY_NAMES = frozenset((
    "Contractor", "Developer", "Housebuilder", "Builder", "Haulier", "Retailer", "Supplier", "Insurer", "Lender",
    "Manufacturer", "Carmaker", "Brewer", "Distributor", "Wholesaler", "Processor", "Exporter", "Importer", "Operator"))
COMPANY_WORDS = ("company", "firm", "group", "corporation", "carmaker", "manufacturer", "retailer", "operator", "utility")
MANAGEMENT_WORDS = ("management", "board",)
# Relatives and neighbours named by a possessive ("her neighbour", "his family"), with the owner's gender where the
# possessive tells it: the speaker is that person's relative ("Lorna Cabahug's neighbour").
KIN_NOUNS = ("husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "family", "neighbour", "neighbor",
             "partner", "parents", "children", "widow", "widower", "relatives", "cousin", "uncle", "aunt", "niece", "nephew",
             "grandmother", "grandfather", "grandson", "granddaughter", "fiancée", "fiancé", "boyfriend", "girlfriend")
KIN_POSSESSIVES = {"his": "m", "her": "f"}
# A person's legal counsel, named by a possessive ("his lawyers"): under the short name the article gives the person.
COUNSEL_NOUNS = ("lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors", "counsel")
# Common nouns that introduce an organisation's name ("le quotidien français Le Figaro"), so
# that the bare noun later ("le quotidien") stands for it.
ORGANISATION_NOUNS = (
    "company", "firm", "group", "corporation", "carmaker", "manufacturer", "retailer", "operator",
    "newspaper", "daily", "magazine", "channel", "network", "website", "agency", "party", "union",
    "association", "charity", "federation", "bank", "university", "institute",
    "airline", "supplier", "brewer", "utility", "developer", "maker", "insurer", "lender",
    "club", "automaker", "miner", "startup", "consultancy", "broker", "brokerage", "studio", "label",
    "venture", "consortium", "contractor", "conglomerate", "cooperative", "co-operative", "nonprofit", "non-profit",
    "not-for-profit", "publisher",
    "processor", "exporter", "importer", "distributor", "wholesaler", "refiner", "shipbuilder", "haulier", "carrier", "caterer",
    "exchange", "platform", "app", "chain", "team", "railway", "railroad", "regulator", "watchdog",
    "brewery", "distillery", "winery", "orchestra", "festival", "park", "sanctuary", "aquarium", "gallery", "zoo",
    "museum", "partnership",
)

# British and American spellings of the nouns of bodies and portfolios ("the centre" where the
# article writes "… Center", "the labour ministry" for a "Ministry of … Labor").
SPELLING_VARIANTS = {"centre": "center", "center": "centre", "organisation": "organization", "organization": "organisation",
                     "defence": "defense", "defense": "defence", "programme": "program", "labour": "labor", "labor": "labour"}

# Resources of the French speaker rules (`claims/extract/speaker_french.py`: press epithets, roles
# exclusive to a trial, bodies named after their leader, places standing for a ministry). English
# copy has no rule that reads them yet, so they are empty here.
TRADE_EPITHETS: tuple[str, ...] = ()
EPITHETS: dict[str, tuple[str, ...]] = {}
EXCLUSIVE_ROLES: tuple[str, ...] = ()
# The United Nations' agencies, as English copy names them, and the epithet it then gives them ("the World Food
# Programme said … The UN agency warned …").
UN_AGENCY_EPITHETS = ("UN agency", "United Nations agency", "UN body", "UN organisation", "UN organization")
UN_BODY_NAMES = ("World Food Programme", "World Health Organization", "UN refugee agency", "UNHCR", "UNICEF", "Unicef",
                 "Food and Agriculture Organization", "UN Development Programme", "United Nations Development Programme",
                 "Office for the Coordination of Humanitarian Affairs", "International Organization for Migration", "UNESCO",
                 "UN Population Fund")
LED_BODIES: dict[str, str] = {}
METONYMS: dict[str, tuple[str, ...]] = {}
# Words of an office's portfolio written between its role and the holder's name ("Minister of
# Foreign Affairs Hanna Lind", "Secretary of Economic Planning Jo Ray"): never part of the name.
OFFICE_PORTFOLIOS = (
    "affairs", "foreign", "home", "internal", "interior", "economic", "economy", "finance", "finances",
    "health", "defence", "defense", "justice", "education", "trade", "industry", "industries",
    "agriculture", "energy", "environment", "transport", "transportation", "labour", "labor", "culture",
    "tourism", "fisheries", "planning", "works", "security", "development", "communications",
    "information", "sport", "sports", "youth", "housing", "water", "mines", "mining", "petroleum",
    "lands", "treasury", "welfare", "employment", "commerce", "infrastructure", "science", "technology",
    "innovation", "immigration", "public", "social", "natural", "resources", "budget", "revenue",
    "supply", "sanitation", "irrigation", "forestry", "forests", "aviation", "railways", "roads", "power",
    "electricity", "urban", "rural", "climate", "disaster", "women", "children", "family", "digital",
    "heritage", "arts", "gender", "wildlife", "livestock", "cooperatives", "veterans", "investment",
    "marine", "antiquities", "services", "wellness", "safety",
)
# Interview answers that say nothing checkable: a sentence holding one of these (lower case).
NON_ANSWERS = ("don't know", "do not know", "no idea", "clear idea", "thank you", "thanks", "good question",
               "cannot answer", "can't answer", "don't have an answer", "nice to meet", "you're welcome",
               "not sure", "i am good", "i'm good", "already covered", "nothing to add", "nothing more to add")
# === end claims section ===

# === Dates, numbers, sources, names, negation (owned by the facts modules) ===

# Month names and abbreviations (lower case; matching is case-insensitive).
MONTHS = {
    "january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3,
    "mar.": 3, "april": 4, "apr.": 4, "apr": 4, "may": 5, "june": 6, "jun.": 6, "july": 7,
    "jul.": 7, "august": 8, "aug.": 8, "aug": 8, "september": 9, "sept.": 9, "sep.": 9,
    "sept": 9, "sep": 9, "october": 10, "oct.": 10, "oct": 10, "november": 11, "nov.": 11,
    "nov": 11, "december": 12, "dec.": 12, "dec": 12,
}
# The months' full names, as written ("January" … "December"): the first longest form of each number above.
FULL_MONTH_NAMES = tuple(max((m for m, n in MONTHS.items() if n == number and "." not in m), key=len).capitalize()
                         for number in range(1, 13))
# Month names that are also common words: only read as months next to a day number or a year.
AMBIGUOUS_MONTHS = ("march", "may", "jan", "mar", "sep", "dec")
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon.": 0, "tue.": 1, "tues.": 1, "wed.": 2, "thu.": 3, "thurs.": 3,
    "fri.": 4, "sat.": 5, "sun.": 6,
}
# Words before a weekday pointing to the previous / next one ("last Tuesday", "next Friday").
PAST_MARKERS = ("last", "past")
FUTURE_MARKERS = ("next", "coming")
RELATIVE_DAYS = {
    "the day before yesterday": -2, "yesterday": -1, "today": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "tonight": 0, "tomorrow": 1,
    "the day after tomorrow": 2,
}
RELATIVE_PERIODS = {
    "last week": ("week", -1), "this week": ("week", 0), "earlier this week": ("week", 0),
    "next week": ("week", 1), "last month": ("month", -1), "this month": ("month", 0),
    "earlier this month": ("month", 0), "next month": ("month", 1), "last year": ("year", -1),
    "this year": ("year", 0), "earlier this year": ("year", 0), "next year": ("year", 1),
}
YEAR_PREPOSITIONS = (
    "in", "since", "of", "by", "until", "till", "before", "after", "from", "to", "through",
    "early", "late", "mid", "and", "year", "between", "during", "spring", "summer", "autumn",
    "fall", "winter", "the", "around", "circa", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december",
)
DAY_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "a": 1,
    "dozen": 12,
}
SCALE_WORDS = {
    "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "trillion": 1e12,
    "trillions": 1e12, "thousand": 1e3, "mn": 1e6, "bn": 1e9,
}
WEAK_NUMBER_WORDS = ("a", "one", "dozen")
NUMBER_JOINERS = ("and",)
PERCENT_WORDS = ("percent", "per cent", "%")
UNITS = {
    "%": "%", "percent": "%", "per cent": "%", "percentage point": "pp", "percentage points": "pp",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "km2": "km2", "km²": "km2", "square kilometres": "km2", "square kilometers": "km2",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "cm": "cm", "mm": "mm",
    "mile": "mile", "miles": "mile", "nautical mile": "nmi", "nautical miles": "nmi",
    "kg": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg",
    "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "metric tons": "tonne",
    "g": "g", "gram": "g", "grams": "g", "litre": "l", "litres": "l", "liter": "l", "liters": "l",
    "barrel": "barrel", "barrels": "barrel",
    "dollar": "USD", "dollars": "USD", "$": "USD", "us$": "USD", "usd": "USD",
    "euro": "EUR", "euros": "EUR", "€": "EUR", "eur": "EUR", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "pound": "GBP", "pounds": "GBP", "£": "GBP",
    "yuan": "CNY", "yen": "JPY", "won": "KRW", "hryvnia": "UAH", "hryvnias": "UAH",
    "swiss francs": "CHF", "swiss franc": "CHF",
    "person": "person", "people": "person", "persons": "person", "residents": "person",
    "inhabitants": "person", "dead": "dead", "killed": "dead", "deaths": "dead", "death": "dead",
    "victim": "victim", "victims": "victim", "injured": "injured", "wounded": "injured",
    "soldier": "soldier", "soldiers": "soldier", "troops": "soldier", "child": "child",
    "children": "child", "prisoner": "prisoner", "prisoners": "prisoner", "hostage": "hostage",
    "hostages": "hostage", "refugee": "refugee", "refugees": "refugee", "missile": "missile",
    "missiles": "missile", "drone": "drone", "drones": "drone", "tank": "tank", "tanks": "tank",
    "aircraft": "aircraft", "planes": "aircraft", "rifle": "rifle", "rifles": "rifle",
    "vote": "vote", "votes": "vote", "seat": "seat", "seats": "seat", "job": "job", "jobs": "job",
    "employee": "employee", "employees": "employee", "workers": "employee",
    "country": "country", "countries": "country", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute",
    "degree": "degree", "degrees": "degree", "°c": "celsius",
}
UNIT_LINKS = ("of",)

NEGATION_PARTICLES = ()
NEGATION_COMPLETIONS = ()
NEGATIONS = (
    "not", "n't", "n’t", "never", "no", "none", "nobody", "nothing", "neither", "nor",
    "no one", "no longer", "cannot", "without",
)

# Frequent English words, rare in French, German, Spanish and Italian.
FUNCTION_WORDS = (
    "the", "of", "and", "to", "is", "that", "for", "with", "by", "at", "from", "he", "she", "it",
    "are", "were", "has", "have", "had", "said", "this", "be", "not", "which", "but", "they",
    "his", "her", "its", "their", "would", "been", "an", "or", "there", "who", "about", "after",
    "also", "than", "into", "some", "could", "more", "other", "these", "when", "what", "can",
)

AGENCY_ARTICLES = ("the", "news agency", "the news agency")
AGENCY_CITE_BEFORE = (
    "according to", "told", "tell", "telling", "to", "by", "with", "via", "from", "source",
    "sources", "reported by", "quoted by", "cited by", "speaking to", "said to", "in an interview with",
    "contacted by", "reached by", "confirmed to",
)
AGENCY_CITE_AFTER = (
    "reported", "reports", "reporting", "said", "says", "has learned", "learned", "could not verify",
    "could not independently verify", "was unable to verify", "has not verified", "contributed to this report",
    "contributed reporting", "was told", "news agency reported", "cited", "quoted",
)
CREDIT_MARKERS = (
    "photo", "photos", "photo credit", "picture", "pictures", "image", "images", "credit",
    "©", "photograph", "photo illustration", "file photo", "video", "graphic",
)
CAPTION_MARKERS = ("(left)", "(right)", "(center)", "(centre)", "(c)", "(l)", "(r)", "photo", "pictured", "file photo", "image")
# A site's links to other stories, among its page furniture: no one they name is in the story.
RELATED_LINKS = (r"read more\b.*", r"read (?:also|next)\b.*", r"see also\b.*", r"related\s*:.*")
BOILERPLATE = (
    r"source link", r"source", r"comments?\s*\(\d+\)", r"\d+\s+comments?", r"comment",
    r"share(?: this(?: article| story)?| on \w+)?", r"\d+\s+shares?", r"shares?\s*:?\s*\d+",
    r"tweet", r"print", r"email", *RELATED_LINKS, r"subscribe.*", r"sign up.*", r"newsletter.*", r"advertisement",
    r"follow us.*", r"copy link", r"all rights reserved.*", r"copyright.*", r"published\s*:?.*",
    r"updated\s*:?.*", r"last updated.*", r"\d+\s*min(?:ute)? read", r"listen to this article",
    r"back to top", r"article content", r"\(?reporting by [^)]*\)?", r"\(?additional reporting by [^)]*\)?",
    r"\(?editing by [^)]*\)?", r"\(?writing by [^)]*\)?", r"our standards\s*:.*",
    r"(?:facebook|twitter|linkedin|whatsapp|e-?mail|messenger|x)(?:\s*[|·,/]?\s*(?:facebook|twitter|linkedin|whatsapp|e-?mail|messenger|x))*",
)
BYLINE_PREFIXES = ("by",)
BYLINE_SOURCE_PREFIXES = ("with", "from", "via", "source", "sources", "based on", "according to")
NAME_TITLES = (
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "rev", "reverend", "gen", "general", "sen", "senator", "rep", "representative", "gov",
    "governor", "capt", "captain", "col", "colonel", "lt", "lieutenant", "sgt", "sergeant",
    "president", "vice", "prime", "minister", "chancellor", "king", "queen", "prince",
    "princess", "pope", "sheikh", "emir", "ayatollah", "marshal", "admiral", "commodore", "brigadier", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "judge", "justice", "mayor", "saint", "st",
    "father", "brother", "sister", "chief", "leader", "premier", "former", "late",
)

PLACE_KEYS = {
    "russia": "russia", "ukraine": "ukraine", "the ukraine": "ukraine", "north korea": "north korea",
    "south korea": "south korea", "korea": "korea", "united states": "united states",
    "the united states": "united states", "us": "united states", "u.s.": "united states",
    "usa": "united states", "america": "united states", "china": "china", "france": "france",
    "germany": "germany", "united kingdom": "united kingdom", "uk": "united kingdom",
    "britain": "united kingdom", "great britain": "united kingdom", "japan": "japan",
    "india": "india", "iran": "iran", "iraq": "iraq", "syria": "syria", "israel": "israel",
    "turkey": "turkey", "türkiye": "turkey", "belarus": "belarus", "poland": "poland",
    "italy": "italy", "spain": "spain", "egypt": "egypt", "saudi arabia": "saudi arabia",
    "lebanon": "lebanon", "jordan": "jordan", "libya": "libya", "afghanistan": "afghanistan",
    "pakistan": "pakistan", "brazil": "brazil", "mexico": "mexico", "canada": "canada",
    "australia": "australia", "south africa": "south africa", "georgia": "georgia",
    "moldova": "moldova", "crimea": "crimea", "taiwan": "taiwan", "vietnam": "vietnam",
    "belgium": "belgium", "switzerland": "switzerland", "netherlands": "netherlands",
    "the netherlands": "netherlands", "greece": "greece", "europe": "europe",
    "moscow": "moscow", "beijing": "beijing", "kyiv": "kyiv", "kiev": "kyiv", "london": "london",
    "washington": "washington", "paris": "paris", "berlin": "berlin", "warsaw": "warsaw",
    "pyongyang": "pyongyang", "seoul": "seoul", "tokyo": "tokyo", "tehran": "tehran",
    "jerusalem": "jerusalem", "brussels": "brussels", "geneva": "geneva", "vienna": "vienna",
    "cairo": "cairo", "baghdad": "baghdad", "damascus": "damascus", "beirut": "beirut",
    "gaza": "gaza", "west bank": "west bank", "new york": "new york", "vladivostok": "vladivostok",
    "far east": "far east", "kharkiv": "kharkiv", "kharkov": "kharkiv", "odesa": "odesa",
    "odessa": "odesa", "mariupol": "mariupol", "donetsk": "donetsk", "luhansk": "luhansk",
    "lugansk": "luhansk", "bakhmut": "bakhmut", "kherson": "kherson", "zaporizhzhia": "zaporizhzhia",
    "st petersburg": "saint petersburg", "st. petersburg": "saint petersburg",
    "saint petersburg": "saint petersburg",
    "united nations": "united nations", "un": "united nations", "u.n.": "united nations",
    "nato": "nato", "european union": "european union", "eu": "european union",
    "security council": "security council", "un security council": "un security council",
    "united nations security council": "un security council",
    "white house": "white house", "the white house": "white house", "kremlin": "kremlin",
    "the kremlin": "kremlin", "pentagon": "pentagon", "the pentagon": "pentagon",
    "vostochny cosmodrome": "vostochny cosmodrome",
    "international monetary fund": "imf", "imf": "imf", "world bank": "world bank",
    "world health organization": "who", "who": "who", "international criminal court": "icc",
    "icc": "icc", "international atomic energy agency": "iaea", "iaea": "iaea",
}

# International bodies, by their English names and short forms → one key, shared with the French
# names in fr.ORGANISATION_KEYS (`names.organisation_key`).
ORGANISATION_KEYS = {
    "un": "united nations", "u.n.": "united nations", "united nations": "united nations",
    "who": "world health organization", "world health organization": "world health organization",
    "world health organisation": "world health organization", "nato": "nato",
    "north atlantic treaty organization": "nato", "european union": "european union", "eu": "european union",
    "european commission": "european commission", "european parliament": "european parliament",
    "european central bank": "ecb", "ecb": "ecb", "international monetary fund": "imf", "imf": "imf",
    "world bank": "world bank", "world trade organization": "wto", "wto": "wto", "iaea": "iaea",
    "international atomic energy agency": "iaea", "international energy agency": "iea", "iea": "iea",
    "oecd": "oecd", "organisation for economic co-operation and development": "oecd", "opec": "opec",
    "african union": "african union", "international criminal court": "icc", "icc": "icc",
    "international committee of the red cross": "icrc", "icrc": "icrc", "red cross": "red cross",
    "doctors without borders": "msf", "medecins sans frontieres": "msf", "msf": "msf", "unicef": "unicef",
    "unhcr": "unhcr", "un refugee agency": "unhcr", "world food programme": "wfp", "wfp": "wfp",
    "un security council": "un security council", "united nations security council": "un security council",
    "white house": "white house", "pentagon": "pentagon", "kremlin": "kremlin",
}
# Capitalised words that still name no one in particular, as they open a speaker described
# rather than named ("Many residents", "Local authorities", "Interior Ministry") — with the role,
# body, document and portfolio words above (`claims/extract/descriptions.py`).
DESCRIPTION_WORDS = (
    "many", "several", "some", "most", "other", "others", "both", "all", "few", "various", "numerous",
    "local", "national", "regional", "federal", "state", "provincial", "municipal", "city", "county",
    "district", "central", "supreme", "constitutional", "high", "civil", "senior", "top", "former",
    "unnamed", "anonymous", "environmental", "emergency", "medical", "legal", "people", "person",
    "authorities", "source", "sources", "media", "staff", "team", "rescuers", "workers", "employees",
    "critics", "supporters", "opponents", "families", "relatives", "protesters", "organisers",
    "investigators", "villagers", "locals", "fans", "voters", "citizens", "parents", "children",
    "doctors", "teachers", "students", "documents", "records", "officials", "observers", "group",
)
# Words of a page's timestamp or byline line, besides its date, time and author's name ("By Jane
# Roe | Updated Wed, Nov 12, 2026 6:41 pm GMT"): such a line is no assertion of the outlet.
TIMESTAMP_WORDS = ("by", "updated", "published", "posted", "last", "modified", "am", "pm", "a", "m", "gmt",
                   "utc", "bst", "edt", "pst", "pdt", "cet", "cest", "ist", "at", "on", "mon", "tue",
                   "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
PUBLICATION_WORDS = ("posted", "updated", "published", "last updated")
ENTITY_CONTINUATIONS = ()
ENTITY_CONNECTORS = ("of", "the", "de", "du", "von", "van", "der", "al", "bin")

# === end facts section ===
# Public bodies copy names by an acronym it need not spell out ("A Defra spokesperson", "USDA data"):
# the body's full name, for an article that gives no other expansion. (Not "FDA", "FEMA": copy and
# readers use those acronyms as the name itself.)
KNOWN_ACRONYMS = {
    "Defra": "Department for Environment, Food and Rural Affairs", "DfE": "Department for Education",
    "DfT": "Department for Transport", "DWP": "Department for Work and Pensions",
    "DHSC": "Department of Health and Social Care", "HMRC": "HM Revenue and Customs", "MoD": "Ministry of Defence",
    "DCMS": "Department for Culture, Media and Sport", "CQC": "Care Quality Commission",
    "USDA": "U.S. Department of Agriculture", "CDC": "Centers for Disease Control and Prevention",
}
# The adjective of a country whose government copy names bare ("the government said" in a story about Oman: the Omani
# government), where it is not the name plus "n" or "ian" ("Lithuania" → "Lithuanian", "Egypt" → "Egyptian").
COUNTRY_DEMONYMS = {
    "Afghanistan": "Afghan", "Azerbaijan": "Azerbaijani", "Bahrain": "Bahraini", "Bangladesh": "Bangladeshi",
    "Benin": "Beninese", "Bhutan": "Bhutanese", "Burkina Faso": "Burkinabe", "Canada": "Canadian",
    "China": "Chinese", "Congo": "Congolese", "Cyprus": "Cypriot", "Denmark": "Danish", "El Salvador": "Salvadoran",
    "Eswatini": "Swazi", "Finland": "Finnish", "France": "French", "Gabon": "Gabonese", "Germany": "German", "Ghana": "Ghanaian",
    "Greece": "Greek", "Guyana": "Guyanese", "Iceland": "Icelandic", "Iraq": "Iraqi", "Ireland": "Irish", "Israel": "Israeli",
    "Japan": "Japanese", "Kazakhstan": "Kazakh", "Kuwait": "Kuwaiti", "Kyrgyzstan": "Kyrgyz", "Laos": "Lao",
    "Lebanon": "Lebanese", "Luxembourg": "Luxembourg", "Madagascar": "Malagasy", "Malta": "Maltese", "Mexico": "Mexican",
    "Morocco": "Moroccan", "Myanmar": "Myanmar", "Nepal": "Nepali", "Netherlands": "Dutch", "New Zealand": "New Zealand",
    "Niger": "Nigerien", "Norway": "Norwegian", "Oman": "Omani", "Pakistan": "Pakistani", "Panama": "Panamanian",
    "Peru": "Peruvian", "Philippines": "Philippine", "Poland": "Polish", "Portugal": "Portuguese", "Qatar": "Qatari",
    "Saudi Arabia": "Saudi", "Senegal": "Senegalese", "Spain": "Spanish", "Sudan": "Sudanese", "South Sudan": "South Sudanese",
    "Sweden": "Swedish", "Switzerland": "Swiss", "Taiwan": "Taiwanese", "Tajikistan": "Tajik", "Thailand": "Thai",
    "Togo": "Togolese", "Turkey": "Turkish", "Turkmenistan": "Turkmen", "United Arab Emirates": "Emirati",
    "Uzbekistan": "Uzbek", "Vietnam": "Vietnamese", "Yemen": "Yemeni", "Lesotho": "Lesotho", "Botswana": "Botswana",
    "Mali": "Malian", "Chad": "Chadian", "Haiti": "Haitian", "Fiji": "Fijian", "Chile": "Chilean",
    "Malawi": "Malawian", "Burundi": "Burundian", "Djibouti": "Djiboutian", "Kosovo": "Kosovan",
    "Singapore": "Singaporean", "Mauritius": "Mauritian",
    "Sierra Leone": "Sierra Leonean", "Italy": "Italian", "Hungary": "Hungarian",
    "Uruguay": "Uruguayan", "Paraguay": "Paraguayan", "Zimbabwe": "Zimbabwean",
    "Vanuatu": "Ni-Vanuatu", "Palestine": "Palestinian", "Argentina": "Argentine",
    # (no rule of suffixes makes these)
    "Belgium": "Belgian", "Belize": "Belizean", "Honduras": "Honduran", "Montenegro": "Montenegrin", "Mozambique": "Mozambican",
    "Ukraine": "Ukrainian", "Barbados": "Barbadian", "Bahamas": "Bahamian", "Dominican Republic": "Dominican",
    "Suriname": "Surinamese", "Ivory Coast": "Ivorian", "Cape Verde": "Cape Verdean", "Cabo Verde": "Cape Verdean",
    "Comoros": "Comorian", "Seychelles": "Seychellois", "Maldives": "Maldivian", "Brunei": "Bruneian", "East Timor": "Timorese",
    "Timor-Leste": "Timorese", "Czech Republic": "Czech", "Monaco": "Monegasque", "Slovakia": "Slovak", "Somalia": "Somali",
    "Trinidad and Tobago": "Trinidadian", "Solomon Islands": "Solomon Islands", "Kiribati": "Kiribati",
    "Guinea-Bissau": "Bissau-Guinean", "Central African Republic": "Central African", "Liechtenstein": "Liechtenstein",
}
