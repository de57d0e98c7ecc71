"""A quotation of one sentence as a draft: direct, or mixed inside the clause of its reporting verb, and
where a mixed claim ends; short quoted titles and labels make none."""

from __future__ import annotations

import re

from claims.extract.institution_names import FRENCH_ADJECTIVE
from claims.extract.clause_starts import EN_AUXILIARIES, EN_FINITE, clause_can_start_en
from claims.extract.cue_patterns import JUDGING_STEMS_FR, Cue
from claims.extract.cues import is_weak
from claims.extract.drafts import Draft, trim, word_count
from claims.extract.lang import en as english, fr as french
from claims.extract.quotes import WORK_TITLE_EN, Quote
from claims.extract.reported_speech import COMPLEMENTISER_NEXT
from claims.extract.speaker_mentions import parse_mention
from claims.extract.speakers import Mention
from claims.extract.inverted_subjects import mention_after
from claims.extract.subjects import find_subject


# A pronoun and its verb: a clause, no speaker named after the verb.
_PRONOUN_THEN_VERB_EN = re.compile(r"(?:he|she|they|it|we|I)\s+[a-z]+\s")
# What may follow the last quotation of a mixed claim without belonging to it.
_ADJUNCT_START = re.compile(
    r"\s*(?:,|(?:en|dans|à|au|aux|pour|avec|lors|après|avant|pendant|selon|where|when|while|in|at|with|for|after|"
    r"before|during|according)\b)", re.IGNORECASE)
_MIXED_TAIL_WORDS = 4
_GERUND_WITHOUT_COMMA = re.compile(r"\s+en\s+[a-zà-ÿ]+ant\b")
# English: a second reported clause of the same verb after the quotation ("…, and that …").
_SECOND_THAT_CLAUSE = re.compile(r",?\s+(?:and|but)\s+that\s")
# English: "for" and "after" go on with the statement ("was "the best moment" for stopping …", "had
# "no choice" after a cut in …"); "in"/"at"/"during"/"on" set the scene of the speaking only before an
# occasion of it.
# "in" and "on" only for a place, a day, a medium or an occasion of the speaking ("in an interview",
# "on Monday", "on a call"), not the statement's own complement ("was travelling "far too fast" on the
# descent", "a "significant increase" in attendances").
_EN_ADJUNCT_START = re.compile(
    r"\s*(?:,|(?:according|where)\b|when\s+(?:asked|questioned|speaking)\b|while\s+(?:speaking|addressing|visiting|talking|answering)\b"
    # ("at a news conference", "during a visit to …": the occasion of the speaking; "before the lights went out",
    # "while emergency calls went unanswered", "during maintenance at …" go on with the statement)
    r"|(?:at|during|with)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:conference|briefing|interview|hearing|"
    r"meeting|rally|event|ceremony|launch|forum|summit|session|visit|speech|gathering|reporters|journalists)s?\b"
    # (not "some of the "fishers" at the meeting were owners": the statement's subject, its verb after it)
    r"(?!\s+(?:were|was|are|is|had|have|has|would|will|could|should|must|may|might)\b)"
    r"|in\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:interview|statement|speech|letter|post|"
    r"video|briefing|conference|hearing|debate|message|email|e-mail|tweet|broadcast|podcast|address|court|"
    r"parliament|chamber|session|meeting|note|release|filing|op-ed|column|report)s?\b)"
    r"|on\s+(?:[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ]|(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:call|podcast|show|programme|program|radio|"
    r"television|TV|broadcast|visit|trip|tour|sidelines|phone|website|blog|page|account|day|eve|morning|afternoon|"
    r"evening|night)\b|social\s+media|television|radio|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))")
# ""…", reads the report.": a document's words, the verb before its subject.
_READS_DOCUMENT = re.compile(
    r"[\s,]*(?:(?:reads|read)\s+(?P<np>(?:the|a|an|his|her|its|their)\s+[^.,;:!?\"“”]{1,60}?)"
    r"|(?P<np2>(?:the|a|an|his|her|its|their)\s+[^.,;:!?\"“”]{1,60}?)\s+(?:reads|read))\s*(?:[.!?]|,?\s*$)")  # (a comma: ""A", reads the release, "B"")
_HIS_OR_HER_DOCUMENT = re.compile(r"(?:his|her)\s+(?:written\s+)?(?:statement|letter|deposition|message|post|note)")
# "an AEW press release", "the club's statement": the organisation that wrote the document speaks.
_AUTHORED_DOCUMENT = re.compile(
    r"(?:a|an|the)\s+(?P<author>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w&.-]*){0,4})(?:['’]s)?\s+(?:press\s+)?"
    r"(?:statement|release|letter|report|notice|post|message)$")
# A body publishing a document, whose words a colon then gives: "Le ministère a publié mardi soir un
# communiqué dont voici un extrait :", "The council issued a statement:".
_PUBLISHED_DOCUMENT = re.compile(
    r"\s(?:a|ont|avait|avaient)\s+(?:publié|diffusé|transmis|envoyé|adressé|posté|rendu\s+public)\s+(?:[^.!?:]{0,30}\s)?"
    r"(?:un|une|le|la|son|sa|ses|leur)\s+(?:" + "|".join(french.DOCUMENT_WORDS) + r")\b[^.!?:]{0,60}:\s*$"
    r"|\s(?:released|issued|published|posted|sent\s+out|put\s+out)\s+(?:[^.!?:]{0,30}\s)?"
    r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:" + "|".join(english.DOCUMENT_WORDS) + r")\b[^.!?:]{0,60}:\s*$")
_SUBJECT_ONLY = re.compile(
    r"(?:The|This|That|These|Those|His|Her|Its|Their|Our|My|Le|La|Les|L['’]|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs)"
    r"\s*[\w’'-]+(?:\s+[\w’'-]+){0,2}")
_QUOTED_PREDICATE = re.compile(
    r"(?:" + EN_AUXILIARIES + "|"
    r"est|sont|était|étaient|a|ont|avait|sera|serait|va|vont|doit|peut)\b")


# "described the ruling as "The Great Betrayal"", "called the plan "A Disgrace"": the quotation
# completes the verb's object, a fragment of the statement, whatever its capital.
_AS_BEFORE_QUOTE = re.compile(r"\bas$")
_NAMING_VERBS = ("call", "label", "term", "dub")
# A verb right after a quoted title with no punctuation between: the title is its subject ("« Les Enfants du phare »
# remporte le Cristal", ""The Salt Road" wins the prize").
_VERB_AFTER_TITLE = re.compile(r"[ \u00a0]+(?:(?:a|ont|est|sont|va|vont|has|have|is|was)[ \u00a0]+)?[a-zà-ÿ]{3,}(?:e|ent|s|é|ée|és|ées|it|u)[ \u00a0]+[a-zà-ÿ]")


# English: a participle clause between the verb and the quotation ("conceded in a post, thanking residents "…""), whose
# object the quotation is.
# (not a preposition, "…, including "…"", nor a noun, "…, something Belgium "…"")
_PARTICIPLE_CLAUSE_IN_GAP_EN = re.compile(r",\s+(?!(?:including|excluding|according|regarding|concerning|following|something|anything|nothing"
                                          r"|everything)\s)[a-z]{3,}ing\s+[a-z]")
# A second verb of the same subject, then its quoted object: " et révèle « ", " and reveals "".
_AND_VERB_THEN_QUOTE = re.compile(r"[ \u00a0]+(?:et|and)[ \u00a0]+[a-zà-ÿ]+[ \u00a0]+[«“\"]")


def _predicative_quote(m: Cue, gap_bare: str) -> bool:
    return bool(gap_bare) and (_AS_BEFORE_QUOTE.search(gap_bare) is not None or m.group("verb").lower().startswith(_NAMING_VERBS))


_FRENCH_NEXT_PREDICATE = re.compile(r"\s*,\s*(?:mais|et|puis)\s", re.IGNORECASE)
_TITLE_BEFORE_QUE = re.compile(r"\b(?:au|à|aux|du)\s*$", re.IGNORECASE)
# ("a dénoncé un plan « … » et réclame une aide": a second verb in the present; not "ouverte pour « … » et confiée à la
# brigade": a participle of the statement)
_FRENCH_SECOND_PREDICATE = re.compile(r"\s+et\s+(?:a\s+|ont\s+)?(?:[a-zà-ÿ]+(?:é|és|it|is)|[a-zà-ÿ]{4,}(?<!é)e|[a-zà-ÿ]{4,}ent)\s+"
                                      r"(?:le|la|les|l['’]|un|une|des|du|de|à)\b")


_FRENCH_VERB_AFTER_QUOTE = re.compile(
    r"\s*(?:(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*[a-zà-ÿ'’-]+\s+)?"  # ("« au moins six enfants » de la tour ont été vus")
    r"(?:(?:se\s|s['’]|y\s|en\s)(?=[a-zà-ÿ]))?"  # ("que « la totalité des départs » se ferait sans licenciement")
    r"(?:ne\s|n['’]|est\s|sont\s|était\s|étaient\s|serait\s|seraient\s|a\s|ont\s|avait\s|avaient\s|"
    r"pourrait\s|pourraient\s|allait\s|devait\s|va\s|vont\s|sera\s|seront\s|aura\s|auront\s|"
    # a relative clause of the quoted subject: "constate que «la moitié des voitures» qui traversent le village «…»"
    r"qui\s|dont\s|"
    # a conjugated verb in the conditional or the imperfect: "que « toute provocation » recevrait une réponse"
    r"[a-zà-ÿ]{2,}(?:erait|eraient|irait|iraient|rait|raient)\s|"
    # a plural verb in the present: "selon lui, « l'ensemble des services » fonctionnent de nouveau"
    r"(?![a-zà-ÿ]*ment\s)[a-zà-ÿ]{3,}ent\s|"
    # a singular verb in the present, then an adverb or its complement: "« l'image de vin de comptoir » colle encore au …"
    r"[a-zà-ÿ]{3,}e\s(?=(?:encore|toujours|déjà|désormais|aussi|au|aux|à)\s)|"
    # a singular verb of state or measure in the present: "que « tout rassemblement sur la voie publique » reste soumis à …"
    r"(?:reste|demeure|semble|paraît|devient|représente|concerne|dépasse|atteint|coûte)\s|"
    # a verb in the imperfect closing the clause: "a assuré que « la sécurité des mères » primait."
    r"(?!(?:portrait|attrait|souhait|extrait|retrait|bienfait|méfait|forfait|parfait|abstrait|distrait)\b)[a-zà-ÿ]{3,}(?:ait|aient)(?=[\s.,;!?]))")
# French: whom a letter went to, then what for ("au ministre de la Santé pour obtenir").
_WROTE_TO_FOR = re.compile(r"\s*(?:à|au|aux)\s[^«»“”.;:]{1,60}?\spour\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+(?:er|ir|re)\s*$")
_AUXILIARY_IN_GAP = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\b")
_ENGLISH_VERB_AFTER_QUOTE = re.compile(  # ('that "over 90%" of the overpayments had been refunded': a partitive)
    # ('that "everybody knows" dinghies are driven too fast': the quotation, then the clause's own subject and verb)
    r"(?:\s+of\s+(?:the|its|their|his|her|all|these|those)\s[^,.;:\"“”]{1,60}?|(?:\s+[a-z][\w'’-]*){1,3}?)?\s+(?:" + EN_AUXILIARIES + r"|remains|remained)\s")
# English: verbs by which a document or its figures say something ("the results showed that").
_FINDING_VERBS_EN = frozenset(("show", "shows", "showed", "shown", "found", "finds", "suggest", "suggests", "suggested",
                               "confirm", "confirms", "confirmed"))
# English: the clause going on after a quoted fragment, with a word that opens no adjunct ('concluding that "unsafe
# and undignified" waits in the corridors contributed to …').
_ENGLISH_CLAUSE_WORD_AFTER = re.compile(
    r"\s+(?!(?:on|in|at|by|for|from|to|after|before|because|when|while|since|as|and|but|or|during|over|with|without|unless"
    r"|if|until|last|this|next|yesterday|today)\b)[a-z]")
# French: a verb of judgement, then the thing it judges, right before a quotation ("juge pour sa part ce plan « … »").
# ("a salué un plan « qui va dans le bon sens »", "ont dénoncé une opération « disproportionnée »": what is hailed or
# decried, then what it is)
_JUDGED_NOUN_BEFORE = re.compile(r"\b(?:jug|estim|trouv|salu|dénon)[a-zéèê]*\s+(?:pour\s+sa\s+part\s+|pour\s+leur\s+part\s+)?"
                                 r"(?:ce|cette|ces|le|la|les|l['’]|son|sa|ses|leur|leurs|un|une)\s*[a-zà-ÿ-]+\s*$")
# French nouns whose name follows in quotation marks: "le collectif « … »", "l'opération « … »", "une journée « justice
# morte »".
_NAMED_BY_THE_NOUN_BEFORE = re.compile(
    r"\b(?:opération|journées?|plan|programme|campagne|dispositif|slogan|label|baptisée?s?|pétition|"
    # (a body, maybe with its adjective: "le comité référendaire « … »")
    r"(?:collectif|association|mouvement|(?<=\b[Ll]e\s)(?:comité|syndicat|groupe|réseau|club))(?:\s+" + FRENCH_ADJECTIVE + r")?|"
    # (a work or a ship after a definite article: "l'exposition « … »", not "un film « d'une justesse rare »")
    r"(?<=\bl['’])exposition|(?<=\ble\s)(?:festival|spectacle|film|livre|navire|yacht|bateau)|"
    r"intitulée?s?|nommée?s?|surnommée?s?|(?<=\bsous\sle\s)titre|(?<=\ble\s)titre)\s*$")  # ("publiée sous le titre « … »")
# ("Under the headline "Thank you, Calder Valley", the notice said": the headline's words, no statement)
_TITLED_BEFORE_EN = re.compile(r"\b(?:titled|entitled|headlined|subtitled|(?:[Uu]nder|[Ww]ith)\s+the\s+(?:headline|title|banner))[ \u00a0]*$")
# English: a name in quotation marks used as a noun of the sentence ("spoke to the ‘Daily News’").
_NAME_IN_TITLE_CASE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*(?:\s+(?:of\s+|the\s+|and\s+)?[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w'’&-]*)*")
# ("The separatist "Luhansk People's Republic" accused": an adjective between the article and the name)
_ARTICLE_BEFORE_EN = re.compile(r"\b(?:[Tt]he|to|in|by|from|on)(?:\s+[a-z]+(?:-[a-z]+)?)?\s*$")
# French: a gerund (and its "que") after a comma, then the words before the quotation ("…, tout en reconnaissant que",
# "…, tout en se félicitant d'une").
_GERUND_THEN_QUE_FR = re.compile(r",\s+(?P<cue>(?:tout\s+)?en\s+(?:se\s+|s['’])?[a-zéèêàâîôûç]+ant)(?:\s+que\s+|\s+qu['’]|\s+)"
                                 r"(?P<rest>[^«»\"“”,]*)$")
# French: the "de" of "parler de" ("d'un « … »", "de « … »").
_OF_BEFORE_SPOKEN_FR = re.compile(r"d['’]|de[ \u00a0]+(?=[«“\"]|la[ \u00a0]|l['’])")
# A French verb in the present, third person ("défend", "estiment"), no participle.
_PRESENT_CUE_FR = re.compile(r"(?:[^é]e|ent|it|ond|end)$")
# A work's title after its noun, capitalised: "l'exposition « Bronzes du Tibet »", "son livre « La Nuit »".
_TITLE_OF_A_WORK_BEFORE = re.compile(
    r"\b(?:exposition|festival|spectacle|film|livre|ouvrage|roman|album|documentaire|émission|série|revue)\s*$")
# French: "dit", "dite" after a name and its comma, before the name someone goes by ("X, dit « Ti Wes »,").
_NICKNAME_BEFORE_FR = re.compile(r",[ \u00a0]+dite?[ \u00a0]*$")
# French verbs of appeal: "appeler / exhorter / inviter quelqu'un « à … »" asks, it does not state.
_APPEAL_STEMS = "appel|exhort|invit|enjoi"
_APPEAL_VERB = re.compile(rf"(?:{_APPEAL_STEMS})", re.IGNORECASE)
# French: an appeal after a verb of speech ("…, a-t-il ajouté, avant d'appeler les gendarmes à « … »", "en exhortant …").
_APPEAL_AFTER_VERB_FR = re.compile(rf",\s*(?:avant\s+d['’]|en\s+|après\s+avoir\s+)(?:{_APPEAL_STEMS}|somm)")
_INVERTED_SUBJECT_THEN_RELATIVE = re.compile(r"\s*[^,;:«»]{2,80},\s+(?:qui|dont)\s")
# "que « … » et que …", "that "…" and that …": a second clause of the same verb follows the quotation.
_SECOND_COMPLEMENT_AFTER = re.compile(r"\s*,?\s*(?:et|and|mais|but)\s+(?:que\b|qu['’]|that\b)", re.IGNORECASE)
# "que « … » pour une partie des objets": the clause goes on after the marks with a complement.
_FRENCH_COMPLEMENT_AFTER = re.compile(r"[\s\u00a0]+(?:pour|à|au|aux|dans|sur|avec|par|de|du|des|d['’])\s*\w")
# 'that "no guard will lose their job" under the plan': the English clause goes on after the marks (not "in a
# statement", "on Twitter", "to reporters": where it was said).
_ENGLISH_COMPLEMENT_AFTER = re.compile(
    r"[\s\u00a0]+(?:under|for|from|over|until|within|because|despite|unless|if|when|after|before|by)\s+\w")
# A quotation signed after a dash: ' — Mayor Lucia Ferrante', closing its sentence.
_DASH_SIGNATURE = re.compile(r"[\s,.]*[—–]\s*(?P<np>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][^.!?«»\"“”—–()\n]{2,80}?)[\s.]*")
_LOWER_CASE_WORD_AROUND = re.compile(r"[a-z] .*\S [a-z]$", re.DOTALL)
# "a practice critics call "buy and dry"", "what it calls "…"", "a Facebook group called "Nova Scotians Without Doctors"":
# the quotation names the thing before
_CALLS_BEFORE = re.compile(r"\b(?:calls?(?:[ \u00a0]+(?:the|an?))?|(?:calls?|called|calling|bills|billed|billing|styles|styled|styling)[ \u00a0]+"
                           r"(?:itself|himself|herself|themselves)(?:[ \u00a0]+(?:the|an?))?|(?<=[a-z] )(?:called|dubbed|nicknamed))[ \u00a0]+$")
_TITLE_LINKS = frozenset(("of", "the", "and", "a", "in", "on", "de", "la", "le", "du", "des", "et"))
# English: a pronoun or a name, maybe after its role, then "said" closing the sentence ("…, she said.", "…, battalion chief
# Marcus Whitlow of Eugene Springfield Fire said.").
_SUBJECT_SAID_CLOSING_EN = re.compile(r",\s+(?:(?:he|she|they)\s+|(?:[a-z-]+\s+){0,3}(?:[A-Z][\w'’.-]*\s+){1,4}"
                                      r"(?:of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4})?)"
                                      r"(?:said|says|added|told\s+[\w ]{2,40}?)\s*[.!?]?\s*$")
_WORDS_RIGHT_AFTER = re.compile(r"[ \u00a0\u202f]+[a-zà-ÿ][\w'’-]*[ \u00a0]+\w")  # (two words or more: not "« … » évidemment.")
_TO_OPENING = re.compile(r"[\s\u00a0\u202f]*[àÀ][\s\u00a0]")

# A comma and a coordinator: the source before it closed its own clause.
_COORDINATED_CLAUSE_IN_GAP = re.compile(r",\s+(?:et|and|mais|but)\s")


def _judged_right_before(text: str, cue, quote_open: int) -> bool:
    """French: whether CUE judges the quotation right after it, maybe through a few words before it ("a salué « une
    victoire »", "a jugé la réforme « bâclée »")."""
    gap = text[cue.end():quote_open]
    return cue.group("verb").lower().startswith(JUDGING_STEMS_FR) and word_count(gap) <= 6 \
        and COMPLEMENTISER_NEXT.match(gap) is None and "," not in gap


class QuotationDrafts:
    """The quotation half of `SentenceReader` (its attributes: `text`, `language`, `pats`, `lex`)."""

    def _title_between(self, quote: Quote, drafts: list[Draft]) -> bool:
        """QUOTE is a short capitalised title that no claim holds ("The Glassworks"), a word or two
        quoted inside a noun phrase ("one of the three "no" votes"), or a label ("what it calls
        "wedding barn creep"")."""
        words = self.text[quote.content_start:quote.content_end].split()
        return 0 < len(words) <= 5 and not any(d.start <= quote.open < d.end for d in drafts) \
            and (all(w[:1].isupper() or w in _TITLE_LINKS for w in words)
                 or self.language == "en" and _CALLS_BEFORE.search(self.text, max(0, quote.open - 12), quote.open) is not None
                 or len(words) <= 2 and _LOWER_CASE_WORD_AROUND.match(self.text[max(0, quote.open - 2):quote.end + 2]) is not None)

    def _clause_before_colon(self, m: Cue, gap: str) -> bool:
        """English: "X said cruise passengers spend far less than overnight guests: "…"": the verb
        reports the clause before the colon as well as the quotation after it."""
        if self.language == "fr":
            # "a raconté qu'il passait déjà quarante minutes dans le car : « … »": the que-clause, then the quotation
            return gap.rstrip().endswith(":") and COMPLEMENTISER_NEXT.match(gap) is not None and word_count(gap) >= 5
        return self.language == "en" and gap.rstrip().endswith(":") and word_count(gap) >= 4 \
            and clause_can_start_en(self.text, m.end()) and EN_FINITE.search(gap) is not None

    def _quote(self, q: Quote, head_start: int, tail_end: int, s: int, e: int, cues, used_cues, paragraph,
               previous_direct: bool = False) -> Draft | None:
        text = self.text
        content = text[q.content_start:q.content_end]
        n_words = word_count(content)
        head = text[head_start:q.open]
        tail = text[q.end:tail_end]
        head_bare = head.strip(" \t\u00a0,;—–-")
        tail_bare = tail.strip(" \t\u00a0.,;!?»”\"")
        upper = content[:1].isupper() or content[:1] in "[(…." or content[:1].isdigit()
        if n_words <= 8 and _TITLE_BEFORE_QUE.search(head) and COMPLEMENTISER_NEXT.match(text, q.end):
            return None  # "a indiqué au « Nord Éclair Express » que …": a title, the clause is the claim
        if self.language == "fr" and n_words <= 8 and _NAMED_BY_THE_NOUN_BEFORE.search(head) \
                and not (content[:1].islower() and (head.rstrip().endswith(" le mouvement") or _JUDGED_NOUN_BEFORE.search(head))):
            # "l'appel du collectif « Nos enfants d'abord »": the group's name, not a statement (but "a jugé le
            # mouvement « compréhensible »", "juge pour sa part ce plan « insuffisant et tardif »": the thing judged)
            return None
        if self.language == "fr" and n_words <= 8 and content[:1].isupper() and _TITLE_OF_A_WORK_BEFORE.search(head):
            return None  # "l'annulation de l'exposition « Bronzes du Tibet »": a title, not a statement
        if self.language == "fr" and n_words <= 4 and _NICKNAME_BEFORE_FR.search(head) and tail.lstrip().startswith(","):
            return None  # "Wesly Dorméus, dit « Ti Wes », a dénoncé": the name he goes by, not a statement
        if self.language == "en" and n_words <= 12 and _TITLED_BEFORE_EN.search(head):
            return None  # "A staff report to the meeting, titled “Flood Protection: Options Review”, said": its title
        if self.language == "en" and n_words <= 4 and _NAME_IN_TITLE_CASE.fullmatch(content) and _ARTICLE_BEFORE_EN.search(head):
            return None  # "Tour operators who spoke to the ‘Daily News’ said …": a paper's name, not a statement
        if self.language == "en" and n_words <= 8 and head.rstrip().endswith(",") and tail.lstrip().startswith(",") \
                and WORK_TITLE_EN.fullmatch(content):
            return None  # "According to the consultation document, “Connecting Our Island”, passenger numbers …": its title

        attribution = self._tail_attribution(q, tail_end, cues)
        if attribution is not None and self.language == "en" and attribution[1] is not None \
                and _PRONOUN_THEN_VERB_EN.match(attribution[1].text):
            attribution = None  # "X, from the area known as "the olive grove", said he had …": a clause follows, no speaker
        relayed = attribution is not None and self.language == "fr" and attribution[0].group("verb").lower().startswith("rapport")
        if relayed and any(head_start <= c.start() < q.open and c.group("aux") and not _judged_right_before(text, c, q.open)
                           for c in self._sentence_cues):
            return None  # "La direction a jugé que la route était « signalée », rapporte L'Équipe": the outlet relays the clause
        if relayed and any(head_start <= c.start() < q.open and (_PRESENT_CUE_FR.search(c.group("verb")) or c.group("aux")
                                                                 or c.group("verb").lower().endswith("ant"))
                           for c in self._sentence_cues):
            # "La région Bretagne, qui …, défend un investissement « vital … », rapporte le quotidien X": hers; so is "X a
            # salué « une victoire », rapporte la chaîne Y", and "La cour a acquitté …, estimant qu'ils avaient agi « … »,
            # rapporte l'agence Mena"
            attribution = None
        if attribution is not None and self.language == "en" and attribution[0].group("verb").lower() in ("reported", "reports") \
                and any(head_start <= c.start() < q.open and (c.group("verb").lower().endswith("ing")
                                                              or c.group("verb").lower() in ("said", "says", "told"))
                        for c in self._sentence_cues):
            # "X requested a recount, saying that ballots had been "set aside", RTÉ News reported", "The Department … said the
            # order could be reviewed "once …", the state-run Philippine News Agency reported": X's words, the outlet relays
            attribution = None
        if attribution is not None and self.language == "en" and _CALLS_BEFORE.search(text, max(0, q.open - 30), q.open):
            return None  # "a Facebook group called "Nova Scotians Without Doctors", told Wikinews that …": a name
        if attribution is not None:
            m, mention, pos = attribution
            used_cues.add(m.start())
            if self.language == "fr" and not upper and head_bare in ("et", "ou") and head_start > s \
                    and any(s <= other.open and other.end <= head_start for other in self._sentence_quotes):
                # "… poursuivis pour « extorsion » et « atteinte à un système », a précisé le parquet":
                # the clause holding both fragments, from the sentence start.
                head_start, head_bare = s, text[s:q.open].strip(" \t\u00a0,;—–-")
            if head_bare and not upper and word_count(head_bare) >= 2:
                # "M. Poutine a donné à M. Kim « un gant … », a ajouté M. Peskov": a mixed claim (from after a
                # semicolon: "Supplier ceases trading; customer credit 'protected', says Ofgem")
                semicolon = text.rfind("; ", head_start, q.open)
                cs, _ = trim(text, head_start if semicolon == -1 else semicolon + 1, q.open)
                return Draft("mixed", [(cs, q.end)], m.group(), mention, pos, paragraph=paragraph)
            if n_words < 3 and not upper and head_bare:
                return None
            return Draft("direct", list(q.spans), m.group(), mention, pos, paragraph=paragraph)

        reads = _READS_DOCUMENT.match(text, q.end, tail_end) if self.language == "en" and not head_bare and n_words >= 3 else None
        authored = _AUTHORED_DOCUMENT.match(reads.group("np") or reads.group("np2")) if reads is not None else None
        if authored is not None:
            reads_np = authored.group("author")
        elif reads is not None:
            reads_np = reads.group("np") or reads.group("np2")
        if reads is not None and authored is None and _HIS_OR_HER_DOCUMENT.fullmatch(reads_np) is not None:
            # '"…," his statement read': the person he stands for wrote it
            return Draft("direct", list(q.spans), reads.group().strip(" ,.!?"), Mention(reads_np.split()[0], pronoun=True),
                         reads.start("np") if reads.group("np") else reads.start("np2"), paragraph=paragraph)
        if reads is not None and (mention := parse_mention(reads_np, self.lex)) is not None and (mention.role or mention.name):
            return Draft("direct", list(q.spans), reads.group().strip(" ,.!?"), mention,
                         reads.start("np") if reads.group("np") else reads.start("np2"), paragraph=paragraph)

        signed = _DASH_SIGNATURE.fullmatch(text, q.end, e) if not head_bare and upper and n_words >= 3 else None
        if signed is not None and (mention := parse_mention(signed.group("np"), self.lex)) is not None and mention.name \
                and " " in mention.name and not mention.organisation and not mention.pronoun:
            # '"We will rebuild." — Mayor Lucia Ferrante': a quotation signed with a dash, no verb, by a person
            # (not "— Reuters": the agency's credit)
            return Draft("direct", list(q.spans), None, mention, signed.start("np"), paragraph=paragraph)

        head_attr = self._head_attribution(q, head_start, cues, s)
        if head_attr is not None and self.language == "en" and isinstance(head_attr[0], Cue) \
                and is_weak(head_attr[0].group("verb"), self.pats) and _SUBJECT_SAID_CLOSING_EN.search(text, q.end, e) is not None:
            # 'Churchwardens found rainwater "pouring down the walls" in March, she said.': her words, the finding in them
            return None
        if head_attr is not None and not isinstance(head_attr[0], Cue) and _COORDINATED_CLAUSE_IN_GAP.search(head_attr[2]) \
                and next(iter(self.sources_before.finditer(q.end, e)), None) is not None:
            return None  # "…, selon la direction, et par « plus de 60 % » des infirmiers, selon les syndicats": the later source's
        if head_attr is not None and head_attr[0] is None and head_attr[2] == ":" and (source := next(iter(
                self.sources_before.finditer(q.end, e)), None)) is not None and not text[q.end:source.start()].strip(" ,\u00a0"):
            return None  # "Perpignan : « Le cinéma catalan a trouvé son public », selon le délégué du festival": his
        if head_attr is not None:
            m, mention, gap = head_attr
            gerund = _GERUND_THEN_QUE_FR.search(gap) if self.language == "fr" and isinstance(m, Cue) else None
            if gerund is not None and text[:m.start()].rstrip().endswith(",") \
                    and (mention is None or mention.name is None and not mention.pronoun and word_count(mention.text) >= 4) \
                    and (inverted := mention_after(text, m.end(), q.open - len(gap) + gerund.start("cue"), self.lex)[0]) is not None \
                    and not inverted.pronoun and (inverted.name or inverted.role):
                mention = inverted  # "…, a précisé le groupe dans un communiqué, en invoquant « … »": the inverted verb's subject
            if gerund is not None and mention is not None:
                # "a rappelé que les pêcheurs touchaient une aide, tout en reconnaissant que « … »": the gerund's own
                # clause, its subject the verb's (the clause before it is the verb's claim)
                start = q.open - len(gap) + gerund.start("cue")
                if not gerund.group("rest").strip() and not self._clause_goes_on_after(q.end, e):
                    return Draft("direct", list(q.spans), gerund.group("cue"), mention, start, paragraph=paragraph)
                cs, _ = trim(text, q.open - len(gerund.group("rest")), q.open)
                return Draft("mixed", [(cs, self._mixed_end(q.end, e))], gerund.group("cue"), mention, start, paragraph=paragraph)
            if self.language == "fr" and isinstance(m, Cue) and _INVERTED_SUBJECT_THEN_RELATIVE.match(gap) \
                    and text[:m.start()].rstrip().endswith(","):
                return None  # "…, estime la CNSA, qui redoute une « … »": the relative clause's words, not the statement
            if self.language == "fr" and isinstance(m, Cue) and _WROTE_TO_FOR.match(gap) is not None:
                return None  # "Il a écrit au ministre de la Santé pour obtenir « un délai »": a purpose, no statement
            if self.language == "en" and isinstance(m, Cue) and _CALLS_BEFORE.search(text, max(0, q.open - 30), q.open):
                # "a practice critics call “buy and dry.”", "which calls itself the "RV Capital"": the name of the thing
                # before, no statement
                return None
            if m is None and upper and n_words <= 6 and _VERB_AFTER_TITLE.match(text, q.end, e) is not None:
                return None  # "Cinéma : « Les Enfants du phare » remporte le Cristal …": a title, the clause's subject
            if self.language == "en" and isinstance(m, Cue) and mention is not None and not mention.name and not mention.pronoun \
                    and m.group("verb").lower() in _FINDING_VERBS_EN and (outer := next((
                        c for c in self._sentence_cues if c.end() <= m.start()
                        and text[c.end():m.start()].strip().removeprefix("that ") == mention.text.strip()), None)) is not None \
                    and (speaker := find_subject(text, s, outer.start(), self.lex)) is not None:
                # 'X said the results showed that "…"': X's statement, the finding with it
                used_cues.update((outer.start(), m.start()))
                start, _ = trim(text, outer.end(), q.open)
                return Draft("mixed", [(start, self._mixed_end(q.end, e))], outer.group().strip(), speaker, outer.start(),
                             paragraph=paragraph)
            if isinstance(m, Cue) and m.start() not in self._shared_cues and not self._clause_before_colon(m, gap):
                used_cues.add(m.start())
            cue_text = m.group().strip() if m is not None else ":"
            position = m.start() if m is not None else q.open
            gap_bare = gap.strip(" \t\u00a0,")
            first_comp = self.pats.complementiser.search(gap) if isinstance(m, Cue) else None
            full = (
                gap_bare.endswith(":")
                or (first_comp is not None and not gap[first_comp.end():].strip()  # "… que « … »", not "qu'elles ne feraient que « … »"
                    and not self._clause_goes_on_after(q.end, e)  # nor "que « rien dans le dossier » ne prouvait …"
                    and not _SECOND_COMPLEMENT_AFTER.match(text, q.end, e)  # nor "que « … » et que …"
                    and not (self.language == "fr" and _FRENCH_COMPLEMENT_AFTER.match(text, q.end, e))
                    and not (self.language == "en" and _ENGLISH_COMPLEMENT_AFTER.match(text, q.end, e))
                    and not (self.language == "en" and text[q.content_start:q.content_start + 1].islower()
                             and _ENGLISH_CLAUSE_WORD_AFTER.match(text, q.end, e)))  # 'that "unsafe and undignified" waits …'
                or (upper and first_comp is None and word_count(gap_bare) <= 6 and n_words >= 3
                    and not (isinstance(m, re.Match) and gap_bare)  # ("Selon X, les vagues pourraient atteindre « 5 à 6 mètres » …")
                    and not (self.language == "en" and isinstance(m, Cue) and _predicative_quote(m, gap_bare))
                    and not (self.language == "en" and _AUXILIARY_IN_GAP.search(gap_bare)))  # "said the firm was working to install "100 …""
                or (upper and first_comp is None and word_count(gap_bare) <= 10 and n_words >= 3 and gap.rstrip().endswith(","))
                or (m is not None and not isinstance(m, Cue) and not gap_bare and not self._clause_goes_on_after(q.end, e)
                    and not (self.language == "fr" and _WORDS_RIGHT_AFTER.match(text, q.end, e)))
                # ("Pour X, « la filière ne survivra pas » sans revalorisation du prix": the clause goes on, a mixed claim)
            )
            follows = mention is None and isinstance(m, Cue)
            if self.language == "en" and isinstance(m, Cue) and m.group("verb").lower() == "heard":
                mention, follows = None, False  # "The court heard that … "trust float" …": what a hearing was told, by no one named
            if full:
                return Draft("direct", list(q.spans), cue_text, mention, position, participle=follows, paragraph=paragraph)
            if m is None:
                return None
            if not isinstance(m, Cue):
                # "pour Montebourg, le nucléaire est une « filière d'avenir »"
                cs, _ = trim(text, q.open - len(gap), q.open)
                end = self._mixed_end(q.end, e)
                if (joined := _AND_VERB_THEN_QUOTE.match(text, end)) is not None \
                        and (nxt := next((o for o in self._sentence_quotes if o.open == joined.end() - 1), None)) is not None:
                    end = self._mixed_end(nxt.end, e)  # "…, la crise est « cyclique » et révèle « la dépendance … »": one clause
                return Draft("mixed", [(cs, end)], m.group().strip(), mention, position, paragraph=paragraph)
            if self.language == "fr" and _APPEAL_VERB.match(m.group("verb")) and (
                _TO_OPENING.match(text, q.content_start) or gap.rstrip().endswith((" à", " a"))
            ):
                return None  # "a appelé les habitants « à la prudence »": an appeal, not a statement
            if self.language == "fr" and _APPEAL_AFTER_VERB_FR.search(text, m.end(), q.open):
                return None  # "a-t-il ajouté, avant d'appeler les gendarmes à « regagner leurs postes »": an appeal
            if self.language == "en" and isinstance(m, Cue) and first_comp is None and _PARTICIPLE_CLAUSE_IN_GAP_EN.search(gap):
                return None  # "conceded in a post on Facebook, thanking residents "for …"": the quotation is what he thanked for
            if isinstance(m, Cue):
                start = self._complement_start(m, q.open)
                start, _ = trim(text, start, q.open)
                if self.language == "fr" and m.group("verb").lower().startswith("parl") \
                        and (of := _OF_BEFORE_SPOKEN_FR.match(text, start)) is not None:
                    start = of.end()  # "parle d'un « démarrage … »": what was spoken of, "un « … »"
                end = self._mixed_end(q.end, e, fragment_only=start >= q.open, clause=first_comp is not None)
                return Draft("mixed", [(start, end)], cue_text, mention, position, participle=follows, paragraph=paragraph)
            return None

        if not head_bare and (not tail_bare or tail.lstrip().startswith(("«", "“", '"'))
                              or paragraph == 0 and n_words >= 3 and tail.lstrip().startswith(":")
                              or upper and n_words >= 3 and text[q.content_end - 1:q.content_end] in ("?", "!")
                              and tail[:1].isspace() and tail.lstrip()[:1].isupper()):
            # ("‘We are not where we need to be’: OC Transpo boss apologizes …": a headline's quotation and its label;
            # '"How are they supposed to get there?" Pell said more than 2,000 people had …': a sentence of its own)
            if n_words < 3 and not (upper and self._claim_paragraph == paragraph):
                return None  # (a short piece after a claim of its paragraph may continue it: '… she said. "Not once."')
            return self._incise_draft(q, paragraph) or Draft("direct", list(q.spans), None, None, q.open, inherit=True,
                                                             paragraph=paragraph)
        if head_bare.lower() in ("and", "et", "or", "ou", "then", "puis") and previous_direct and n_words >= 3:
            # said "A" and "B": the second quotation has the first one's speaker.
            return Draft("direct", list(q.spans), None, None, q.open, inherit=True, paragraph=paragraph)
        if head_bare.endswith(":") and n_words >= 4:
            return Draft("direct", list(q.spans), None, None, q.open, inherit=True, paragraph=paragraph)
        if (
            n_words >= 3 and head_start == s and _SUBJECT_ONLY.fullmatch(head_bare)
            and _QUOTED_PREDICATE.match(content) and not self._sentence_cues and self._claim_paragraph == paragraph
        ):
            # The costume "is very warm […]": a subject, then the speaker's own words as its
            # predicate; the speaker is the one just quoted.
            cs, _ = trim(text, head_start, q.open)
            return Draft("mixed", [(cs, self._mixed_end(q.end, e))], None, None, q.open, inherit=True, paragraph=paragraph)
        return None

    def _clause_goes_on_after(self, quote_end: int, e: int) -> bool:
        """The quoted words are only the subject of the clause, its verb follows the mark
        ("que « rien dans le dossier » ne prouvait …", "… office, "neutralizing the threat" is an aim …")."""
        verb_after = _FRENCH_VERB_AFTER_QUOTE if self.language == "fr" else _ENGLISH_VERB_AFTER_QUOTE
        return self.language in ("fr", "en") and verb_after.match(self.text, quote_end, e) is not None

    def _quote_after_colon(self, q: Quote, prev: tuple[int, int], paragraph: int) -> Draft | None:
        """A quote paragraph introduced by the previous paragraph's `… wrote:`."""
        text = self.text
        ps, pe = prev
        m = None
        for m in self.pats.finditer(text, ps, pe):
            pass
        if m is None:
            published = _PUBLISHED_DOCUMENT.search(text, ps, pe)
            subject = find_subject(text, ps, published.start(), self.lex) if published is not None else None
            if subject is not None and (subject.name or subject.role or subject.pronoun):
                # "Le ministère a publié mardi un communiqué dont voici un extrait :": its publisher speaks
                return Draft("direct", list(q.spans), ":", subject, published.start(), paragraph=paragraph)
            return Draft("direct", list(q.spans), ":", None, q.open, inherit=True, paragraph=paragraph)
        subject = find_subject(text, ps, m.start(), self.lex)
        if subject is None:
            subject, _ = mention_after(text, m.end(), pe, self.lex)
        return Draft("direct", list(q.spans), m.group(), subject, m.start(), paragraph=paragraph)

    def _mixed_end(self, quote_end: int, e: int, fragment_only: bool = False, clause: bool = False) -> int:
        """End of a mixed claim: through later quotations of the clause, plus at most a short
        complement ("une « victoire éclatante » sur son rival"), not a trailing adjunct. CLAUSE: the quotation is
        inside the verb's "que" clause."""
        text = self.text
        end = max(quote_end, self._content_end(quote_end, e, []))
        last_close = quote_end
        for q in self._sentence_quotes:
            if quote_end <= q.open < end:
                last_close = max(last_close, q.end)
        tail = text[last_close:end]
        if _SECOND_COMPLEMENT_AFTER.match(tail):
            return end  # "… « … » et que …": the verb's second clause belongs to the claim
        if self.language == "en" and _SECOND_THAT_CLAUSE.search(tail):
            return end  # "said roads faced a "sharp rise" in traffic, and that 40 cameras …": one statement goes on
        if word_count(tail) > _MIXED_TAIL_WORDS and (_EN_ADJUNCT_START if self.language == "en" else _ADJUNCT_START).match(tail) \
                and not self._french_clause_goes_on(tail) and not (clause and self.language == "fr" and _GERUND_WITHOUT_COMMA.match(tail)):
            # (a gerund with no comma inside a "que" clause is the clause's: "a estimé que le skipper avait « pris la bonne
            # décision » en renonçant à rallier …"; not the speaker's: "a salué le « … » en accueillant Kim Jong-un")
            end = last_close
        elif self.language == "fr" and _FRENCH_SECOND_PREDICATE.match(tail):
            end = last_close  # "a jugé la situation « critique » et interdit l'irrigation"
        elif fragment_only and self.language == "fr" and _FRENCH_NEXT_PREDICATE.match(tail):
            end = last_close  # "Il se dit « prêt au dialogue », mais refuse …": the narrator goes on
        return end
