"""Finding who speaks a quotation: the attribution after it (tail) or before it (head)."""

from __future__ import annotations

import re

from claims.extract.anonymous_speakers_en import ANONYMITY_CLAUSE
from claims.extract.anonymous_speakers_fr import without_anonymity
from claims.extract.clause_starts import EN_CLEAR_FINITE, EN_RELEASED_DOCUMENT, EN_SUBORDINATOR_OPENING, clause_can_start_en
from claims.extract.cue_filters_en import JUDGING_STEMS_EN
from claims.extract.cue_patterns import JUDGING_STEMS_FR, infinitive_after_avant
from claims.extract.cues import is_weak
from claims.extract.drafts import word_count
from claims.extract.source_appositions import RELATIVE_AFTER_SOURCE, name_apposition_end, next_comma
from claims.extract.quotes import Quote
from claims.extract.reported_bounds import COMPLEMENTISER_NEXT
from claims.extract.segments import sentence_start
from claims.extract.passive_participles_fr import BARE_IRREGULAR_PARTICIPLES, passive_participle, qualifying_participle
from claims.extract.source_agents import source_phrase
from claims.extract.speakers import Mention, fold
from claims.extract.speaker_mentions import parse_mention
from claims.extract.inverted_subjects import mention_after
from claims.extract.lang import en as _en
from claims.extract.participle_subjects import absolute_subject, participle_subject
from claims.extract.subjects import find_subject

_OBJECT_RELATIVE_END = re.compile(r"\s(?:que|qu['’])\s*$")
_HEAD_SUBJECT = re.compile(
    r"(?P<np>(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w’'-]+)(?:\s+[\w’'-]+){0,4}?)"
    r"(?:\s+(?:itself|himself|herself|themselves|also))?\s+(?:[a-z]+ed|[a-z]+[^s\s]s)\s")
# English: where or how, opening the sentence before its subject ("On Twitter, ", "In a statement, ").
_OPENING_ADJUNCT_EN = re.compile(r"(?:On|In|Via|Through)\s+[^,.;:\"“”]{1,40},\s+")
_THE_FOLLOWING = re.compile(
    r"\s(?:made|issued|gave|posted|released|published|put\s+out|shared|sent)\s+the\s+following\s+"
    r"(?:statement|announcement|message|remarks|comment|comments|post|tweet|update|response)\s*:\s*$")
_DOCUMENT_READ = re.compile(r"\s(?:read|reads)(?:\s+in\s+part)?\s*[,:]?$")
# "Their statement also read "…"": the author of the document the previous sentence released.
_POSSESSIVE_DOCUMENT = re.compile(
    r"(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|release|note|memo|message|post|notice)\b", re.IGNORECASE)
_CAPITALISED_CUE_FIRST = re.compile(
    r"\s*(?:Said|Says|Added|Adds|Remarked|Wrote|Writes|Explained|Noted|Stated|Declared|Commented|Observed|"
    r"Continued|Concluded|Recalled|Warned|Replied|Answered|Responded|Tweeted|Quipped|Insisted|Argued)"
    r"(?=\s+(?P<np>[^\s.!?:;,][^.!?:;]{0,90}?)\s*[,:]\s*$)")
_SAYING = frozenset(("said", "says", "say", "told", "tells"))
# Verbs of what evidence shows ("Les prélèvements ont révélé une concentration « … »"), no one's words.
_FINDING_VERBS_FR = ("révél", "montr", "démontr", "prouv", "attest")
# The rest of a sentence between a quotation and an inverted verb closing it ("» au seuil réglementaire, a indiqué").
_INVERTED_TAIL_BEFORE = re.compile(r"[^.!?«»\n]*,\s*")
_QUE_IN_GAP = re.compile(r"\b(?:que|qu['’])", re.IGNORECASE)
_QUE_ENDS_GAP = re.compile(r",\s*(?:que|qu['’])\s*$", re.IGNORECASE)
_FRENCH_PARTICIPLE_IN_GAP = re.compile(r",\s+[a-zà-ÿ]{3,}ant\b")
# ""…," the minister, Ana Lopez, told parliament": the speaker's noun phrase between the quotation and its verb.
# ("at Hollister & Crane,", "Rep. Ann Lee (D-Va.), one of the holdouts,", "Deputy Commissioner (Traffic) Shahidul Islam")
# (one apposition, or an age then a role: "Maria Lopez, 70, a retired teacher, said")
# '"…," as one docker put it': a comment clause naming the quotation's speaker.
_AS_COMMENTER = re.compile(r"[Aa]s\s+(?P<np>\S.{0,60})")
_COMMENT_VERB = re.compile(r"put\s+it|puts\s+it|said|says|noted|notes|wrote|writes|observed|remarked", re.IGNORECASE)
# (an apposition may hold a number: "Lyndall Coote, who runs 3,000 merinos near Coonabarabran,")
# (an apposition may close on a body's initials: "X, president of the Rural Society (SRA), told Reuters")
_NAMED_BEFORE_VERB = re.compile(r"[\s,;”\"’)]*[\w.’'\- ]{1,90}(?:\([\w.’'\- ]{1,20}\)[\w.’'\- ]{0,90})?"
                                r"(?:(?:,\s*\d{1,3})?,(?:[\w.’'&\- ]|(?<=\d),(?=\d{3})){1,90}(?:\([A-Z][\w.&-]{1,11}\))?,)?\s")
# English: a subordinate clause between a weak verb and a quotation ("called the zoo after seeing "…"").
_SUBORDINATE_CLAUSE_IN_GAP_EN = re.compile(r"\b(?:after|before|when|while|since|until|because)\s+(?:[a-z]+ing|he|she|they|it|we|I)\b")
# The full stops of a clock time ("1 a.m."), which end no sentence.
_CLOCK_ABBREVIATION = re.compile(r"(?<=\d )[ap]\.m\.")
# English "A "…", he said, and B": the verb is an incise of the statement around it.
_INCISE_THEN_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?!(?:that|added|said|told|noted)\b)[a-z]")
# French: a subject, a verb and its object before a colon ("Le syndicaliste pose une condition").
_FR_SUBJECT_VERB_OBJECT = re.compile(
    r"(?P<np>(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne)\s+[a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)??|[Ll]['’][a-zà-ÿ-]+(?:\s+[a-zà-ÿ-]+)??)"
    r"\s+[a-zà-ÿ]+\s+(?:une?|la|le|les|des|sa|son|ses|leur|leurs)\s+[a-zà-ÿ].*")
# (also a relative word closing the gap: '"a gift" from a government that had promised …')
# (an indirect question too: '"adequately maintained" its substations and how it kept members informed')
_COMPLEMENTISER_INSIDE = re.compile(r"\b(?:that|whether)\s|\b(?:that|which|who)$|\b(?:how|why|where|what)\s+(?:it|he|she|they|we|I|you)\s")
# A second verb phrase of the quotation's clause ("it "fully supported" the doctors but would not ask …").
_COORDINATED_VERB_PHRASE = re.compile(r"\b(?:but|and)\s+(?:would|will|could|should|can|cannot|may|might|must|did|does|do)\b")
_OWNER_OF_WORDS = re.compile(
    r"(?P<owner>[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ][\w.-]*){0,3}['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?"
    r"(?:response|reply|answer|message|view|verdict|reaction|comment|words|advice|warning|explanation|conclusion)\b")
# English: a short noun phrase, then a quotation going on with it (a clause: 'the ruling "protects …"').
_SUBJECT_THEN_QUOTE = re.compile(r"\s+(?:the|this|that|its|his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+[\"“][a-z]")
# French predicates that introduce a quotation after a colon: a clitic or a copula, or a verb of
# stance ("se veut rassurant :", "est sans appel :", "apporte la même conclusion :", "va plus loin :").
_QUE_CLAUSE = re.compile(r"\b(?:que\s|qu['’])")
_RELATIVE_QUI_BEFORE = re.compile(r"\bqui\s+$")
_HAVING_BEFORE = re.compile(r"\bhaving\s+$")
# A chunk opening on a preposition of place, the end of a clause rather than a speaker ("sur les ruches de sa coopérative").
_PLACE_OPENING = re.compile(r"\s*(?:sur|dans|à|au|aux|en|avec|chez|sous|vers|contre|depuis|pendant|on|in|at|with|from|into|under)\s")
_FR_COLON_PREDICATE = re.compile(
    r"\s(?:se|s['’]|ne|n['’]|est|sont|reste|restent|demeure|demeurent|semble|semblent|apporte|apportent|"
    r"affiche|affichent|campe|campent|persiste|persistent|tient|tiennent|résume|résument|"
    r"va plus loin|vont plus loin|enfonce le clou|enfoncent le clou|"
    # "Une serveuse, rencontrée à la gare, fait le calcul : « … »"
    r"(?:fait|font)\s+(?:le\s+calcul|ses\s+comptes|les\s+comptes|le\s+constat|le\s+point)|"
    # "X le dit sans détour : « … »": the clitic of what follows
    r"(?:le|l['’])\s*(?:dit|disent|répète|répètent|reconnaît|résume|confie|affirme|assure|explique|expliquent|raconte|admet|avoue|exprime|expriment|formule|formulent|martèle|rappelle|assume|justifie))(?=[\s\w])")
# French: the agent of a participle right before a colon and its quotation ("balayée par le maire : « … »").
# (and the agent's name in apposition: "balayé par la procureure, Élodie Martin-Vidal : « … »")
_AGENT_GAP = re.compile(r"[ \u00a0]+par[ \u00a0]+(?P<agent>[^,;:.!?«»]{2,80}?(?:,[ \u00a0]*[^,;:.!?«»]{2,60}?)?)[ \u00a0]*:[ \u00a0]*")
_AGENT_AFTER_QUOTE = re.compile(r"[ \u00a0]+par[ \u00a0]+(?P<agent>(?:les|le|la|l['’]|des|un|une|ses|son|sa|leur|leurs|[A-ZÀ-ÖØ-ÞĀ-őŒŔ-ŽȘȚ])"
                                r"[^,;:.!?«»]{2,60}?)(?=[ \u00a0]*(?:[,;:.!?]|$))")
_PARTICIPLE_AGENT = re.compile(r"(?:[^ \u00a0]+[ \u00a0]+){1,4}?[a-zà-ÿ]+(?:é|ée|és|ées)[ \u00a0]+par[ \u00a0]+(?P<agent>[^,;:.!?«»]{2,80})")
# French: a present-tense verb alone (maybe with an adverb) between a subject's apposition and a colon.
# English: a predicate with no subject of its own before a colon ("was more cautious", "sounded a warning").
_EN_PREDICATE_ALONE = re.compile(r"(?:was|were|is|are|had|has|remained|remains|seemed|seems|sounded|sounds|struck|put it)\b")
_FR_VERB_ALONE = re.compile(
    r"[a-zà-ÿ]{3,}(?:e|t|d)(?:[ \u00a0]+(?:aussi|encore|alors|pourtant|même|désormais|toutefois|sobrement|"
    r"simplement|fermement|sèchement))?")
# "Comme l'", "comme le " right before a reporting verb: its subject follows it.
# ("Comme l'a expliqué X, « … »": the cue holds "l'a"; "ainsi que l'a rappelé X")
_COMME_BEFORE_VERB = re.compile(r"\b(?:[Cc]omme|[Aa]insi\s+que)\s+(?:l['’]|le\s+)?$")
_TITLE_AFTER_NOUN = re.compile(r"\b(?:revue|journal|magazine|quotidien|hebdomadaire|livre|ouvrage|émission|rapport|film|série)\s*$")
_RELATIVE_IN_GAP = re.compile(r",\s*qui\s")
# French: a second verb of the same subject, after "et" / "mais" ("…, mais a assuré qu'…").
# The end of a first clause, then "et a assuré", ", and added": a second reporting verb of the same subject.
_COORDINATED_CUE = re.compile(r"(?:,\s*|\s+)(?:et|and|mais|but)\s+(?:(?:il|elle|a|avait|ont|avaient|he|she|they|has|had|also)\s+){0,2}$")
# French: a determiner right before an opening quotation mark: the quotation is a noun phrase.
_WHICH_THEN_SUBJECT_EN = re.compile(r",\s+which\s+(?P<np>(?:it|he|she|they|(?:the|a)\s+[\w’'-]+(?:\s+[\w’'-]+)?))\s+$")
# French: what opens a quoted noun phrase that is the subject of the verb after it, with no comma between (a
# determiner, "que", "et").
_QUOTED_SUBJECT_BEFORE = re.compile(r"(?:\b(?:un|une|le|la|les|des|du|au|aux|ce|cette|ces|son|sa|ses|leur|leurs|que|et)"
                                    r"|\b(?:[lLdD]|[qQ]u)['’])[ \u00a0]*$")
# French: "que" right before a quotation, which opens the clause the quotation is the subject of.
_QUE_RIGHT_BEFORE = re.compile(r"\b(?:que[ \u00a0]+|qu['’][ \u00a0]*)$")
# French: "que" and a subject the quotation closes ("que le résultat « très serré » montrait …"): its clause's verb follows.
_QUE_THEN_SUBJECT_BEFORE = re.compile(r"\b(?:que|qu['’])[ \u00a0]*(?:le|la|les|l['’]|ce|cet|cette|ces|son|sa|ses|leur|leurs)[ \u00a0]*"
                                      r"[^,;:.!?«»\"“”]{1,40}$")
# English: the name a speaker gave in a relative clause ("who asked to be identified only as Brian").
_NAME_GIVEN_AS = re.compile(r"\b(?:identified|named|called|known)\s+(?:only\s+)?(?:as|by)\s+[A-Z]")
# French: a second verb of the same subject, coordinated or an infinitive after "avant de" ("a-t-il déclaré …, avant
# d'ajouter qu'il …").
_COORDINATED_VERB_BEFORE = re.compile(r"(?:,\s*|\s)(?:(?:et|mais)\s+(?:(?:a|avait|ont|avaient)\s+)?|avant\s+(?:de\s+|d['’]))[a-zà-ÿ]+\s")


_CLAUSE_COMMA = re.compile(r",(?!\d)")


def _clause_after_verb(text: str, start: int, end: int, min_words: int = 7) -> bool:
    """A clause follows the verb ("noted the size of the swing may have been …"), not its
    audience and an adjunct ("told Wikinews, a choice leaving her …")."""
    rest = text[start:end]
    head = _CLAUSE_COMMA.split(rest, 1)[0]  # (not the comma of "2,000")
    return (
        word_count(head) >= min_words and clause_can_start_en(text, start) and not rest.lstrip()[:1].isupper()
        and EN_CLEAR_FINITE.search(head) is not None
    )


_INFINITIVE_NEXT = re.compile(r"\s+to\s+[a-z]")
# (or the relative "ce que": "a annoncé un plan, ce que l'opposition qualifie de « … »")
_CONJUNCTION_BEFORE_QUE_FR = re.compile(r"\b(?:alors|tandis|bien|parce|pendant|sans|avant|après|dès|afin|ce)\s+$", re.IGNORECASE)
# '…"as of this morning", but residents said none had reached them': a new subject, its verb's own short clause
_CONTRASTING_OPENING = re.compile(r"(?:but|yet)\s", re.IGNORECASE)
# Cues that are also plural nouns ("objects", "claims"): a verb after a quotation only with a comma to close it.
_PLURAL_NOUN_CUES = frozenset(("objects", "claims", "notes", "reports", "states", "remarks", "comments", "answers", "replies",
                               "statements", "details", "points", "counters"))
_CLITIC_Y_GAP = re.compile(r"[\s,;»”\"’)]*,\s*y\s+")
# A reporting verb's bare form ("dispute", "claim") agrees only with a plural or first- or second-person subject:
# after a singular noun with no comma to close the quotation it is a noun ('"separate from" the trade dispute').
_BARE_CUES_EN = frozenset(_en.REPORTING_VERB_STEMS) | {"say", "tell", "write"}
_PLURAL_SUBJECT_END_EN = re.compile(r"(?:s|s'|s’|\b(?:I|we|you|they|police|people|staff|children|men|women))$", re.IGNORECASE)


_RELATIVE_OPENING = re.compile(r"(?:whose|who|which|that|where)\s")
_WENT_ON_CLOSING = re.compile(r"\s+(?:went\s+on|goes\s+on|continued|continues)\s*$")


# A prepositional phrase after a quotation, where a closing attribution would name its speaker.
_PREPOSITION_OPENING = re.compile(r"(?:for|of|to|into|on|with|by|from|about|over|against|without|than|ahead\s+of|after|before|during"
                                  r"|despite|amid|amidst|until|since|through|across|behind|beyond|among|towards?|under|within|like)\s")


def _participle_after_comma(text: str, cue, floor: int) -> bool:
    """CUE is a participle ("saying", "assurant") right after a comma (looked for no earlier than FLOOR)."""
    return cue.group("verb").lower().endswith(("ing", "ant")) and text[max(floor, cue.start() - 3):cue.start()].rstrip().endswith(",")
_AND_BEFORE_FR = re.compile(r"\bet\s+$")
# An English noun phrase right before a participle of publishing that qualifies it ("in a tribute posted on Facebook").
_NOUN_BEFORE_PARTICIPLE_EN = re.compile(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+)?[a-z-]+\s+$")
# French: a sentence's subject, then its relative clause up to a quotation inside it.
_SUBJECT_THEN_RELATIVE_FR = re.compile(r"\s*(?:Le|La|Les|L['’])\s*[^,;:«»\"“”]{1,60},\s+qui\s[^,;:.«»\"“”]*")


class QuoteAttribution:
    __slots__ = ()

    def _tail_attribution(self, q: Quote, tail_end: int, cues) -> tuple[re.Match, Mention | None, int] | None:
        text = self.text
        for m in cues:
            if m.start() < q.end or m.start() >= tail_end:
                continue
            if COMPLEMENTISER_NEXT.match(text, m.end()):
                break  # "…", she shared that …: the verb has its own complement
            gap = text[q.end:m.start()]
            if self.language == "fr" and _CLITIC_Y_GAP.fullmatch(gap):
                gap = ","  # "« … », y affirme le président": where (in the statement just named), not who
            if re.fullmatch(r"[\s,;»”\"’)]*", gap):
                if self.language == "fr" and "," in gap \
                        and _SUBJECT_THEN_RELATIVE_FR.fullmatch(text, sentence_start(text, q.open), q.open):
                    break  # "Le gouvernement, qui a qualifié le plan d'« inacceptable », a demandé …": the subject's own verb
                if self.language == "fr" and "," not in gap and _QUOTED_SUBJECT_BEFORE.search(text, max(0, q.open - 12), q.open):
                    # "qu'un « contrôle interne » avait révélé un taux …", "que le froid et « la lassitude » expliquaient
                    # …": the quoted words are the verb's subject
                    break
                if self.language == "en" and "," not in gap and text[q.content_end - 1:q.content_end] not in (",", ".", "!", "?", "…") \
                        and len(text[q.content_start:q.content_end].split()) <= 3 and text[q.content_start:q.content_start + 1].islower():
                    break  # 'one of the "employees" shared a date of birth': the quoted word is the verb's subject
                if m.group("pron") or (m.group("aux") and "-" in m.group("aux")):
                    return m, Mention(m.group(), pronoun=True), m.end()
                if m.group("aux") is None and m.group("verb").lower().endswith("ing" if self.language == "en" else "ant") \
                        and not (self.language == "fr" and "," in gap):
                    # "…", calling it a "difficult decision": the participle's subject is the sentence's; "des
                    # procès-verbaux « signés par … » montrant une participation": what they show, no speaker
                    break
                if self.language == "en" and _INFINITIVE_NEXT.match(text, m.end()):
                    break  # 'had "repeatedly broken" promises to pay …': the verb's infinitive, no speaker after it
                if self.language == "fr" and m.group("verb").lower().startswith("prévoi"):
                    break  # "a estimé que la villa « … », prévoit d'organiser des visites": the subject's plan, no incise
                if self.language == "en" and _SUBJECT_THEN_QUOTE.match(text, m.end()):
                    # 'X, a group that campaigns against what it calls "barn creep", said the ruling "protects …"':
                    # the verb's clause follows, its subject then a quotation; the quoted words are no statement
                    break
                if self.language == "fr" and (m.group("aux") or "").lower() in ("", "est", "sont", "était") \
                        and m.group("verb").lower().endswith(("é", "ée", "és", "ées")):
                    # "Le programme « Bâtir plus vite », lancé en 2024 pour …": the named thing's participle;
                    # "que « 94 % des heures » sont assurées": a passive, the quote its subject
                    break
                mention, _ = mention_after(text, m.end(), tail_end, self.lex)
                if mention is None and self.language == "fr" and m.group("aux") is None and m.group("verb").lower().endswith("ant"):
                    break  # "ont toutefois dénoncé un « … », estimant avoir perdu …": the subject's participle, no incise
                if self.language == "fr" and _QUE_RIGHT_BEFORE.search(text, max(0, q.open - 6), q.open) and (
                        mention is None or not (mention.name or mention.pronoun)
                        and not self.lex.names_someone(fold(mention.role or "-").split()[0])):
                    break  # "et que « le coût du logement, pas celui des études », expliquait l'exode": the quote is its subject
                if self.language == "fr" and "," not in gap and _QUE_THEN_SUBJECT_BEFORE.search(text, max(0, q.open - 60), q.open):
                    break  # "a estimé que le résultat « très serré » montrait « … »": the subject's verb, no incise
                return m, mention, m.end()
            if self.language == "en" and _NAMED_BEFORE_VERB.fullmatch(gap):
                if m.group("aux") is None and m.group("verb").lower().endswith("ing"):
                    break  # "…" and Tom Reyes calling …: a participle with its own subject, a new claim
                np = gap.strip(" ,;”\"’)")
                verb = m.group("verb").lower()
                if m.group("aux") is None and not any(mark in text[q.content_end - 1:q.end] + gap for mark in ",?!") \
                        and (verb in _PLURAL_NOUN_CUES or verb in _BARE_CUES_EN and not _PLURAL_SUBJECT_END_EN.search(np)):
                    # '"years behind" those in Australia on returning Indigenous objects', '"separate from" the trade
                    # dispute between …': a noun, no verb
                    break
                if np.startswith(("and ", "but ")) and " " in np[4:].strip():
                    break  # 'X said the figures "only scratch the surface", and its secretary, Y, told …': a clause of its own
                if (commenter := _AS_COMMENTER.fullmatch(np)) is not None and _COMMENT_VERB.fullmatch(m.group("verb")) \
                        and (mention := parse_mention(commenter.group("np"), self.lex)) is not None and not mention.pronoun:
                    return m, mention, m.end()  # '"…," as one docker put it': the comment clause's subject
                shortest_clause = 3 if _CONTRASTING_OPENING.match(np) else 7
                if _clause_after_verb(text, m.end(), tail_end, shortest_clause) or EN_SUBORDINATOR_OPENING.match(np) or _PREPOSITION_OPENING.match(np) \
                        or (np.startswith("in ") and "," not in np) \
                        or _COMPLEMENTISER_INSIDE.search(np) or _COORDINATED_VERB_PHRASE.search(np) or _RELATIVE_OPENING.match(np) \
                        or np.endswith((" and", " or")):  # ('"deeply regrets" the accident and had written': a second verb)
                    # ("… "closely watching" the dispute and that both sides had agreed": the quotation's
                    # clause goes on, its verb is no attribution)
                    # "…", while Trump noted his …: a clause of its own, not the quote's attribution
                    # ("… "a handful of ranches" whose owners had never asked for it": a relative clause of the quoted words)
                    break  # "…", however Bonham noted the swing may have …: the verb has its own clause
                    # ('given "no reason known to law" for keeping the editor in custody while the case continued': no subject)
                    # ('"framed by the widow's relatives" in a family dispute': a noun, no speaker; "in a statement, X"
                    # keeps its comma)
                words = word_count(np)
                if 0 < words and (words <= 10 or words <= 20 and ("," in np or ANONYMITY_CLAUSE.search(np) is not None)):
                    # (a name and its apposition; "a care worker who did not want to give her name": the anonymity
                    # clause looked for only past ten words)
                    if (anonymous := ANONYMITY_CLAUSE.search(np)) is not None and anonymous.group().startswith(","):
                        np = np[:anonymous.start()]  # "one physician, who asked not to be named because …,": the clause added later
                    mention = parse_mention(np, self.lex)
                    if mention is not None:
                        return m, mention, m.end()
            break
        return None

    def _head_attribution(self, q: Quote, head_start: int, cues, s: int):
        text = self.text
        before = [m for m in cues if head_start <= m.start() and m.end() <= q.open]
        if before and before[-1].group("verb").lower() in BARE_IRREGULAR_PARTICIPLES and passive_participle(text, before[-1], self.language):
            before.pop()  # "que les travaux d'isolation promis pour 2025 n'ont « … »": the noun's participle, no attribution
        if len(before) >= 2 and self.language == "fr" and qualifying_participle(text, before[-1]):
            before.pop()  # "mais a jugé le tarif annoncé « hors de portée »": the noun's participle, the earlier verb speaks
        if len(before) >= 2 and self.language == "en" and before[-1].group("aux") is None and not before[-1].group("pron") \
                and before[-1].group("verb").lower() in ("posted", "published", "shared", "released", "issued") \
                and _NOUN_BEFORE_PARTICIPLE_EN.search(text, max(head_start, before[-1].start() - 40), before[-1].start()):
            before.pop()  # "wrote in a tribute posted on Facebook that her father had cycled "…"": the noun's participle
        last_source = None
        for last_source in self.sources_before.finditer(max([head_start] + [m.end() for m in before]), q.open):
            pass
        if last_source is not None and (relative := self._relative_source(last_source, q.open)) is not None:
            return last_source, relative[0], text[relative[1]:q.open]  # "…, X, pour qui le texte « … »"
        if before and self.language == "fr" and self._inverted_cue_closing_sentence(q, before[-1]):
            return None
        if before:
            m = before[-1]
            for candidate in before[:-1]:
                if passive_participle(text, candidate, self.language):
                    continue  # "L'AMF, critiquée pour son retard, a indiqué qu'elle « … »": no verb of speech
                comp = self.pats.complementiser.search(text, candidate.end(), min(q.open, candidate.end() + 80))
                if comp and self.language == "fr" and _CONJUNCTION_BEFORE_QUE_FR.search(text, max(0, comp.start() - 10), comp.start()):
                    comp = None  # "a regretté une mère, alors qu'un retraité jugeait la grève « … »": a conjunction, the retiree's verb
                if comp and (self.language == "en" or _COORDINATED_VERB_BEFORE.search(text, candidate.end(), comp.start())) \
                        and any(candidate.end() <= other.start() < comp.start() for other in before):
                    # "confirmed the news on Facebook, writing that …", "a confié …, mais a assuré qu'il serait
                    # « … »": the later verb's "that"
                    comp = None
                if comp and any(comp.end() <= other.start() and _COORDINATED_CUE.search(text, comp.end(), other.start())
                                and (COMPLEMENTISER_NEXT.match(text, other.end())
                                     or self.language == "en" and clause_can_start_en(text, other.end())
                                     # "a indiqué que A et a qualifié l'épisode d'« exceptionnel »": the judgement's object
                                     or self.language == "fr" and other.group("verb").lower().startswith(JUDGING_STEMS_FR)
                                     and word_count(text[other.end():q.open]) <= 6)
                                for other in before):
                    # "a indiqué que A et a assuré que « B »", "claimed that A and said B "…"": the quotation
                    # belongs to the second verb's clause
                    comp = None
                if comp and any(candidate.end() <= other.start() < comp.start() and _participle_after_comma(text, other, candidate.end())
                                or comp.end() <= other.start() and _participle_after_comma(text, other, comp.end())
                                for other in before):
                    # "a appelé les collectivités à financer un voyage, assurant que le club ne pourrait pas « … »": the
                    # participle's "que"; "said that his client would appeal, saying the court had relied on "…"": the
                    # participle's clause
                    comp = None
                if comp and self.language == "fr" and any(
                        candidate.end() <= other.start() < comp.start()
                        and _RELATIVE_QUI_BEFORE.search(text, max(0, other.start() - 6), other.start()) for other in before):
                    comp = None  # "a reconnu son directeur, X, qui a assuré que … « … »": the relative clause's verb and its "que"
                if comp and word_count(text[candidate.end():q.open]) <= 40:
                    m = candidate  # "X affirme … qu'il voulait qualifier sa fille de « … »"
                    break
                if self.language == "en" and before[-1].group("aux") and candidate.group("verb").lower() in _SAYING \
                        and clause_can_start_en(text, candidate.end()) and word_count(text[candidate.end():q.open]) <= 12:
                    m = candidate  # "X said the authority had promised "six weeks"": X's clause holds the later verb
                    break
            gap = text[m.end():q.open]
            if self.language == "en" and is_weak(m.group("verb"), self.pats) and _SUBORDINATE_CLAUSE_IN_GAP_EN.search(gap):
                return None  # "a resident who called the zoo after seeing "a fluffy orange thing"": the clause's quotation
            if self.language == "en" and _INCISE_THEN_CLAUSE.match(gap) and text[max(0, m.start() - 30):m.start()].find(",") != -1:
                return None  # "A "…", he said, and B "…"": the verb is an incise of the statement around it
            if self.language == "fr" and _COMME_BEFORE_VERB.search(text, max(head_start, m.start() - 12), m.start()) \
                    and gap.rstrip().endswith(","):
                # "Comme l'explique la chercheuse Anne Morel, « … »": the inverted subject, then the whole quotation
                mention, _ = mention_after(text, m.end(), q.open, self.lex)
                if mention is not None and (mention.name or mention.role):
                    return m, mention, ":"
            if self.language == "fr" and _RELATIVE_IN_GAP.search(gap) and not gap.rstrip().endswith(":") \
                    and text[max(0, m.start() - 4):m.start()].strip(" ,\u00a0").endswith(("»", "”", '"')):
                return None  # "« … », estime le prêtre, qui craint un « éloignement »": the relative clause's words
            # "a reconnu, mardi, devant des parlementaires reçus pour un dîner, que « … »": adjuncts, then the clause
            clause_next = word_count(gap) <= 25 and _QUE_ENDS_GAP.search(gap) is not None
            # ("described her experience in a Facebook post that was shared … on Thursday: "…"": the colon ties them)
            colon_next = self.language == "en" and word_count(gap) <= 20 and gap.rstrip().endswith(":") \
                and is_weak(m.group("verb"), self.pats) and not COMPLEMENTISER_NEXT.match(gap)
            # (a full stop inside a name is no sentence's end: "told KL.FM: "…"")
            # ("dismissed the commission's guarantor system, under which …, as "an invitation to abuse"": the verdict after "as")
            verdict_next = self.language == "en" and word_count(gap) <= 25 and gap.rstrip().endswith(" as") \
                and m.group("verb").lower().startswith(JUDGING_STEMS_EN)
            if (word_count(gap) <= 10 or m is not before[-1] or clause_next or colon_next or verdict_next) \
                    and not re.search(r"[.!?](?![A-Za-z])", _CLOCK_ABBREVIATION.sub("", gap)):  # ("tweeted shortly after 1 a.m.: "…"")
                if m.group("pron") or (m.group("aux") and "-" in m.group("aux")):
                    if self.language == "fr" and _FRENCH_PARTICIPLE_IN_GAP.search(gap) and m is before[-1]:
                        return None  # "« … », a-t-elle lancé, réclamant la « solidarité »": a new predicate
                    return m, Mention(m.group(), pronoun=True), gap
                if self.language == "fr" and m.group("aux") is None and m.group("verb").lower().endswith(("é", "ée", "és", "ées")) \
                        and (agent := _AGENT_GAP.fullmatch(gap)) is not None \
                        and (mention := parse_mention(agent.group("agent"), self.lex)) is not None \
                        and (mention.name or mention.role) and not mention.pronoun:
                    return m, mention, gap  # "Une critique balayée par le maire : « … »": the agent speaks
                if self.language == "fr" and m.group("aux") is None and m.group("verb").lower().endswith(("é", "ée", "és", "ées")) \
                        and not gap.strip() and (agent := _AGENT_AFTER_QUOTE.match(text, q.end)) is not None \
                        and (mention := parse_mention(agent.group("agent"), self.lex)) is not None \
                        and (mention.name or mention.role) and not mention.pronoun:
                    return m, mention, gap  # "une mesure jugée « très insuffisante » par les grévistes": the agent speaks
                if m.group("aux") is None and (m.group("verb").lower().endswith(("ant", "ing"))
                                               or self.language == "en" and _HAVING_BEFORE.search(text, max(0, m.start() - 8), m.start())
                                               # ("…, a-t-il déclaré, selon le quotidien X, avant d'ajouter qu'il pensait « … »")
                                               or self.language == "fr" and infinitive_after_avant(text, m.start())):
                    # ("…, with analyst Kevin Bonham having declared it "…"": a perfect participle)
                    # "…, saying "…"", "…, with Ann Lee calling it "…"": the sentence's or the participle's subject
                    subject = (absolute_subject(text, s, m.start(), self.lex) if self.language == "en" else None) \
                        or participle_subject(text, s, m.start(), self.lex, self._sentence_quotes)
                elif self.language == "en" and (which := _WHICH_THEN_SUBJECT_EN.search(text, max(head_start, m.start() - 50), m.start())) \
                        is not None and (subject := parse_mention(which.group("np"), self.lex)) is not None:
                    pass  # "praised Varga for her work, which it said had "…"": the relative clause's subject speaks
                elif self.language == "fr" and m.group("aux") is None and _AND_BEFORE_FR.search(text, max(s, m.start() - 5), m.start()) \
                        and (first := next((c for c in reversed(self._sentence_cues) if c.start() < m.start() and c.group("aux")), None)):
                    # "Un porte-parole de l'association a confirmé à l'agence Reuters la réception et indiqué qu'elle serait
                    # examinée « … »": the participle shares the first verb's auxiliary, and its subject
                    subject = find_subject(text, self._subject_start(first, s), first.start(), self.lex, s)
                else:
                    subject = find_subject(text, max(head_start, self._subject_start(m, s)), m.start(), self.lex, s)
                    if subject is None and self.language == "fr" and head_start > self._subject_start(m, s) \
                            and not text[head_start:m.start()].strip(" ,\u00a0") and text[:m.start()].rstrip().endswith(","):
                        # "Son maire, Roland Ginoux, qui réclame « un plan d'urgence », assure que « … »": the quotation
                        # before the verb closes the subject's relative clause
                        subject = find_subject(text, self._subject_start(m, s), m.start(), self.lex, s)
                if subject is not None and self.language == "fr" and _OBJECT_RELATIVE_END.search(subject.text):
                    # "Un chiffre que conteste la direction, qui parle d'une production « … »": the
                    # relative clause's inverted subject speaks
                    inverted, _ = mention_after(text, m.end(), q.open, self.lex)
                    subject = inverted if inverted is not None and (inverted.name or inverted.role) else subject
                if subject is None and self.language == "en" and not COMPLEMENTISER_NEXT.match(text, m.end()):
                    # (not "had warned that the stopbank was "…"": the clause's own subject)
                    mention, _ = mention_after(text, m.end(), q.open, self.lex)
                    if mention is not None and mention.name and not is_weak(m.group("verb"), self.pats):
                        subject = mention
                if m is before[-1] and len(before) > 1 and gap.rstrip().endswith(":"):
                    earlier = self._colon_quote_speaker(before[0], subject, head_start, s, q.open)
                    if earlier is not None:
                        return earlier
                return m, subject, gap
        head = text[head_start:q.open]
        if self.language == "en" and head_start == s and (inverted := _CAPITALISED_CUE_FIRST.match(head)):
            # "Remarked ecologist Ann Lee, "…"": the verb opens the sentence, its subject follows.
            mention = parse_mention(inverted.group("np"), self.lex)
            if mention is not None and (mention.name or mention.role):
                return inverted, mention, ""
        # (not "pour" inside a clause: "la cour compétente pour les affaires", "Pour X, qui réclame des moyens pour …, « … »")
        source = next((found for found in reversed(list(self.sources_before.finditer(head_start, q.open)))
                       if not self._pour_inside_clause(found, s)), None)
        if source is not None:
            comma = next_comma(text, source.end(), q.open)
            np_end = comma if comma != -1 else q.open
            gap_start = np_end
            if comma != -1:
                np_end = name_apposition_end(text, comma, q.open, self.lex)  # "Selon la fédération des banques, Febelfin, « … »"
                gap_start = self._appositions_end(comma, q.open)
            np = source_phrase(text[source.end():np_end].strip(" ,:"))
            if self.language == "fr" and comma != -1 and RELATIVE_AFTER_SOURCE.match(text, np_end) is not None \
                    and text[s:source.start()].rstrip().endswith(","):
                # "Trois officines ont fermé, selon l'Union X (UPHR), qui redoute un « désert pharmaceutique »": the
                # source of the clause before it, its relative clause no attribution of the quotation
                return None
            if source.group().strip().lower() == "pour" and self._inverted_cue_after(q.end):
                return None  # "Pour un pavillon moyen, la hausse représentera « … » par an, estime l'Union …": the inverted subject
            if comma != -1 and before and self._own_subject_speaks(comma + 1, q.open):
                return None  # "According to X, Y's chief, Z, told officers … that it would be paid "in full"": Z's clause
            if comma == -1 and self.language == "fr" and _TITLE_AFTER_NOUN.search(text, source.end(), q.open):
                return None  # "selon une étude publiée dans la revue « Sommeil et Vigilance »": a title
            # (a source opening the sentence may be long: "Pour la présidente de l'association de familles de patients X,
            # Monique Berthelot, « … »", its holder's name in apposition not counted)
            if word_count(text[source.end():comma if comma != -1 else np_end]) > (16 if not text[s:source.start()].strip() else 10):
                mention = None
            elif np[:6].lower().startswith(("son ", "sa ", "ses ", "leur") if self.language == "fr" else ("his ", "her ", "their ")):
                # "selon son rapport, « … »", "à ses yeux, « … »", "In his view, …": the owner
                mention = self._source_mention(source, np)
            else:
                mention = parse_mention(without_anonymity(np) if self.language == "fr" else np, self.lex)
            if mention is not None:
                return source, mention, text[max(np_end, gap_start):q.open]
        stripped = head.rstrip()
        if self.language == "en" and (read := _DOCUMENT_READ.search(stripped)) is not None:
            # "The opinion of the Court, released on Wednesday, read in part, "…"": the document's words.
            mention = find_subject(text, head_start, head_start + read.start(), self.lex, s)
            if mention is not None and (mention.pronoun and mention.organisation or _POSSESSIVE_DOCUMENT.match(mention.text)):
                mention = self._document_author_before(s) or mention  # "… released a statement. It read, "…""
            if mention is not None and ((mention.name or mention.role) and not mention.pronoun or mention.organisation):
                return None, mention, ":"
        if stripped.endswith(":"):
            sentence_chunk = re.split(r"[.;!?]", stripped[:-1])[-1]
            chunk = sentence_chunk.split(",")[-1]
            if self.language == "en" and (owned := _OWNER_OF_WORDS.match(chunk.strip())) is not None:
                # "Lopez's response was blunt: "…"", "Her verdict: "…"": the owner of the words speaks
                owner = owned.group("owner")
                if owner.lower() in ("his", "her", "their"):
                    return None, Mention(owner, pronoun=True), ":"
                mention = parse_mention(owner[:-2], self.lex)
                if mention is not None and mention.name:
                    return None, mention, ":"
            if self.language == "fr" and (agent := _PARTICIPLE_AGENT.fullmatch(chunk.strip())) is not None \
                    and (mention := parse_mention(agent.group("agent"), self.lex)) is not None \
                    and (mention.name or mention.role) and not mention.pronoun:
                return None, mention, ":"  # "Une proposition rejetée par la préfète : « … »": the agent speaks
            if self.language == "fr" and (clause := _FR_SUBJECT_VERB_OBJECT.fullmatch(chunk.strip())) is not None \
                    and (mention := parse_mention(clause.group("np"), self.lex)) is not None \
                    and (mention.name or mention.role) and not mention.pronoun:
                return None, mention, ":"  # "Le syndicaliste pose une condition : « … »": the clause's subject
            if self.language == "en" and sentence_chunk != chunk and _EN_PREDICATE_ALONE.match(chunk.strip()):
                # "Its president, Andrea Schiappacasse, was more cautious: "…"": the subject before its appositions
                before = sentence_chunk[:len(sentence_chunk) - len(chunk)]
                mention = find_subject(before, 0, len(before), self.lex)
                if mention is not None and (mention.name or mention.role) and not mention.pronoun:
                    return None, mention, ":"
            if self.language == "en" and (going_on := _WENT_ON_CLOSING.search(chunk)) is not None:
                chunk = chunk[:going_on.start()]  # "The statement went on: "…"": the document goes on speaking
            if 0 < word_count(chunk) <= 6 and not (self.language == "fr" and _FR_COLON_PREDICATE.match(" " + chunk.strip())) \
                    and not _PLACE_OPENING.match(chunk) \
                    and not (chunk == sentence_chunk and chunk.lstrip()[:1].islower()
                             and text[:head_start].rstrip().endswith(("»", "”", '"'))):
                # ("… « arriver en quelques minutes » sur les ruches : « … »": where; "a dénoncé « l'état déplorable » des
                # radiers de sa commune : « … »": the quoted words' complement, no speaker)
                mention = parse_mention(chunk, self.lex)
                if mention is not None and (mention.name or mention.role):
                    return None, mention, ":"
            if self.language == "fr" and (predicate := _FR_COLON_PREDICATE.search(chunk)) is not None:
                # "le ministère se veut rassurant : « … »", "Un rapport de la Ligue arabe apporte la même
                # conclusion : « … »": the subject of the clause before the colon speaks.
                # (not a verb's que-clause: "a expliqué à l'agence Reuters que son service avait reçu … : « … »")
                mention = parse_mention(chunk[:predicate.start()], self.lex) \
                    if not _QUE_CLAUSE.search(chunk, 0, predicate.start()) else None
                if not chunk[:predicate.start()].strip() and sentence_chunk != chunk:
                    # "Julien, 34 ans, qui habite à Caluire, ne décolère pas : « … »": the subject before its appositions
                    before = sentence_chunk[:len(sentence_chunk) - len(chunk)]
                    mention = find_subject(before, 0, len(before), self.lex)
                if mention is not None and (mention.name or mention.role) and not mention.pronoun:
                    return None, mention, ":"
            if self.language == "fr" and sentence_chunk != chunk and _FR_VERB_ALONE.fullmatch(chunk.strip()):
                # "Dans un entretien, le ministre, Paul X, assume : « … »": the verb's subject before its appositions
                before = sentence_chunk[:len(sentence_chunk) - len(chunk)]
                mention = find_subject(before, 0, len(before), self.lex)
                if mention is not None and (mention.name or mention.role) and not mention.pronoun:
                    return None, mention, ":"
            if self.language == "en" and (following := _THE_FOLLOWING.search(text, s, q.open)) is not None:
                # "Earlier this week, an official government Twitter account made the following announcement: "…""
                mention = find_subject(text, s, following.start(), self.lex, s)
                if mention is not None and (mention.name or mention.role) and not mention.pronoun:
                    return None, mention, ":"
            if self.language == "en" and head_start == s and not self._sentence_cues:
                # "The study itself outlined the correlation: "…"": the sentence's subject speaks.
                adjunct = _OPENING_ADJUNCT_EN.match(text, s, q.open)  # ("On Twitter, the Picturehouse apologised …: "…"")
                subject = _HEAD_SUBJECT.match(text, adjunct.end() if adjunct is not None else s, q.open)
                mention = parse_mention(subject.group("np"), self.lex) if subject is not None else None
                if mention is not None and (mention.name or mention.role) and not mention.pronoun:
                    return None, mention, ":"
        return None

    def _inverted_cue_closing_sentence(self, q: Quote, head_cue) -> bool:
        """French "Les prélèvements ont révélé une concentration « 200 fois supérieure » au seuil, a indiqué la
        préfecture": a verb of evidence before the quotation takes a noun, and an inverted verb after it closes the
        sentence and reports the whole of it."""
        gap = self.text[head_cue.end():q.open]
        if not head_cue.group("verb").lower().startswith(_FINDING_VERBS_FR) or not gap.strip() \
                or gap.rstrip().endswith((":", ",")) or _QUE_IN_GAP.search(gap):
            return False  # ("ont révélé que « … »", "ont montré : « … »": the verb's own clause)
        for cue in self._sentence_cues:
            if cue.start() > q.end and _INVERTED_TAIL_BEFORE.fullmatch(self.text, q.end, cue.start()) \
                    and not cue.group("pron") and not (cue.group("aux") and "-" in cue.group("aux")):
                return True
        return False

    def _document_author_before(self, s: int) -> Mention | None:
        """The subject of the previous sentence when it released a document ("The federation
        released a statement."): who "it" stands for in "It read, "…""."""
        text = self.text
        dot = text.rfind(". ", 0, max(0, s - 2))
        start = max(dot + 2 if dot != -1 else 0, text.rfind("\n", 0, max(0, s - 1)) + 1)
        released = EN_RELEASED_DOCUMENT.search(text, start, s)
        if released is None:
            return None
        mention = find_subject(text, start, released.start(), self.lex, start)
        return mention if mention is not None and not mention.pronoun and (mention.name or mention.role) else None

    def _colon_quote_speaker(self, first, subject: Mention | None, head_start: int, s: int, q_open: int):
        """"X told Discover Magazine the frequency … suggested a pattern: "…"": when the verb
        right before the colon has a whole clause for subject, the quote is the first verb's."""
        if subject is not None and (subject.pronoun or word_count(subject.text) <= 6
                                    or subject.name and _NAME_GIVEN_AS.search(subject.text) is not None):
            return None  # (nor "One of them, who asked to be identified only as Brian, said:": the name given)
        mention = find_subject(self.text, max(head_start, self._subject_start(first, s)), first.start(), self.lex, s)
        if mention is None or not (mention.pronoun or mention.name or mention.role) or word_count(mention.text) > 6:
            return None
        self._shared_cues.add(first.start())  # the verb's own clause is a claim too
        return first, mention, self.text[first.end():q_open]
