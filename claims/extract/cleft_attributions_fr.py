"""French cleft attributions: "La ligne ouvrira en 2027. C'est ce qu'a indiqué la métropole mardi."
The sentence before is the claim; the cleft names its speaker. Drafts the sentence readers found
inside that sentence (a participle or a quotation read as the attribution) give way to it. Also a
quotation whose speaker the words after it name without a verb of speech: "« … » : c'est la
réaction de X", "« … » Ce sont les mots de X", "« … », peut-on lire dans le communiqué du ministère"."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft, trim
from claims.extract.inverted_subjects import mention_after
from claims.extract.speakers import Lexicon

# "C'est ce qu'a indiqué X", "C'est en tout cas ce qu'affirme X", "C'est ce qu'ont annoncé X".
# (or after a colon: "Un train sur quatre supprimé jusqu'au 12 décembre : c'est ce qu'a annoncé X")
_CLEFT = re.compile(
    r"[Cc]['’]est\s+(?:(?:en\s+tout\s+cas|du\s+moins|notamment|en\s+substance)\s+)?ce\s+qu['’]\s*"
    r"(?:(?P<aux>a|ont|avait|avaient)\s+)?(?P<verb>[a-zà-ÿ]+)\b")
# A time adjunct between the verb and its subject: "ce mercredi matin", "mardi soir", "lundi".
_TIME_AFTER_VERB = re.compile(
    r"\s*(?:ce\s+|cette\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|semaine)"
    r"(?:\s+(?:matin|midi|soir|après-midi|dernier|dernière))?\s*,?(?=\s)")
_SENTENCE_BREAK = re.compile(r"[.!?][»”\"]?\s+")
# "« Les délais seront respectés », peut-on lire dans le communiqué du ministère": the document speaks.
_QUOTATION_READ_IN = re.compile(
    r"«[ \u00a0]*(?P<quote>[^«»]{10,600}?)[ \u00a0]*,?[ \u00a0]*»[ \u00a0]*,[ \u00a0]*"
    r"(?P<cue>(?:peut-on|pouvait-on|pourra-t-on|pouvons-nous)[ \u00a0]+lire|lit-on)[ \u00a0]+(?:dans|sur)[ \u00a0]+")
# "« On sacrifie les travailleurs » : c'est la réaction de X": a quotation opening its paragraph, then
# whose reaction (or warning, or view) it is.
_QUOTATION_THEN_WHOSE = re.compile(
    r"«[ \u00a0]*(?P<quote>[^«»]{10,600}?)[ \u00a0]*»[ \u00a0]*"
    r"(?::[ \u00a0]*(?P<cue>[Cc]['’]est[ \u00a0]+(?:la|le|l['’]|tout[ \u00a0]+le)[ \u00a0]*"
    r"(?:réaction|constat|avis|analyse|réponse|message|verdict|sentiment|crainte|colère|regret|conviction|"
    r"cri[ \u00a0]+d['’]alarme|mise[ \u00a0]+en[ \u00a0]+garde|coup[ \u00a0]+de[ \u00a0]+gueule|résumé))"
    # "« Nous ne lâcherons rien. » Ce sont les mots de X": whose words they are
    r"|[,.]?[ \u00a0]*(?P<words>[Cc]e[ \u00a0]+sont[ \u00a0]+(?:là[ \u00a0]+)?les[ \u00a0]+(?:mots|propos|paroles|termes)))"
    r"[ \u00a0]+(?:de[ \u00a0]+|d['’]|du[ \u00a0]+)")


def with_cleft_attributions(text: str, drafts: list[Draft], paras, lex: Lexicon,
                            is_reporting) -> tuple[list[Draft], list[tuple[int, int]]]:
    """DRAFTS plus the claims whose speaker a following cleft sentence names, and the spans of those
    cleft sentences (attributions only: no assertion of their own)."""
    added: list[Draft] = []
    replaced: list[tuple[int, int]] = []
    clefts: list[tuple[int, int]] = []
    for paragraph, (ps, pe) in enumerate(paras):
        whose = _QUOTATION_THEN_WHOSE.match(text, ps, pe)
        read_in = _QUOTATION_READ_IN.finditer(text, ps, pe) \
            if text.find(" lire", ps, pe) != -1 or text.find("lit-on", ps, pe) != -1 else ()
        for named in [*read_in, *([whose] if whose else [])]:
            stop = _SENTENCE_BREAK.search(text, named.end(), pe)
            mention, _ = mention_after(text, named.end(), stop.start() + 1 if stop else pe, lex)
            if mention is not None and not mention.pronoun and (mention.name or mention.role):
                start, end = named.span("quote")
                cue = named.group("cue") or named.group("words")
                added.append(Draft("direct", [(start, end)], cue, mention, named.end(),
                                   paragraph=paragraph, sentence=(named.start(), stop.end() if stop else pe)))
                replaced.append((named.start(), named.end()))
                clefts.append((named.end("quote"), stop.end() if stop else pe))
        for cleft in _CLEFT.finditer(text, ps, pe):
            if not is_reporting(cleft.group("verb")):
                continue
            before = text[ps:cleft.start()].rstrip()
            after_colon = cleft.group()[0] == "c"
            if not before.endswith(":" if after_colon else (".", "»", "”")):
                continue  # "C'est" must open its own sentence, "c'est" follow its statement's colon
            starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, ps, cleft.start() - 1)]
            start = starts[-1] if starts else ps
            start, end = trim(text, start, text.rfind(":", ps, cleft.start()) if after_colon else cleft.start())
            if end - start < 20:
                continue
            stop = _SENTENCE_BREAK.search(text, cleft.end(), pe)
            after = cleft.end()
            if (time := _TIME_AFTER_VERB.match(text, after)) is not None:
                after = time.end()
            mention, _ = mention_after(text, after, stop.start() + 1 if stop else pe, lex)
            if mention is None or mention.pronoun or not (mention.name or mention.role):
                continue
            kind = "mixed" if re.search(r"[«“]", text[start:end]) else "indirect"
            cue = text[cleft.start():cleft.end()]
            added.append(Draft(kind, [(start, end)], cue, mention, after, paragraph=paragraph, sentence=(start, end)))
            replaced.append((start, cleft.end()))
            clefts.append((cleft.start(), stop.end() if stop else pe))
    if not added:
        return drafts, clefts
    kept = [d for d in drafts if not any(a <= d.start < b for a, b in replaced)]
    return sorted(kept + added, key=lambda d: d.start), clefts
