"""French sports and culture copy names a person by where they come from once it has named them ("le Suisse Fabien
Rüegg … Le Vaudois s'est dit « frustré »"): a demonym alone after its article is that person, the last one named
before it (in its paragraph or the one before) of the article's gender, not a body called "Vaudois"."""

from __future__ import annotations

import re

from claims.extract.drafts import Draft
from claims.extract.role_genders_fr import determiner_gender
from claims.extract.speaker_table import ArticleSpeakers
from claims.extract.speakers import fold
from claims.extract.types import SpeakerRef

# "Le Vaudois", "La Kényane", "L'Ivoirien", "Le Suisse": an article and one capitalised demonym (not "la Couronne",
# "la Section", "l'École": no demonym's ending).
_DEMONYM_ALONE = re.compile(
    r"(?P<article>[Ll]e|[Ll]a|[Ll]['’])[ \u00a0]*(?P<demonym>[A-ZÀ-ÖØ-Þ][a-zà-ÿ-]+(?:ois|oise|ais|aise|ien|ienne|éen|éenne|ain|aine|ane)"
    r"|Suisse|Suissesse|Belge|Russe|Tchèque|Slovaque|Basque|Corse|Grec|Grecque|Turc|Turque|Serbe|Croate|Slovène"
    r"|Allemand|Allemande|Espagnol|Espagnole|Argentin|Argentine|Breton|Bretonne|Burkinabè|Burkinabé)")
# A newspaper by that name ("Le Parisien", "La Marseillaise"): its capitalised article inside a sentence ("a révélé
# Le Parisien") or after its kind ("le quotidien La Provence").
_OUTLET_BEFORE = re.compile(r"(?:\b(?:selon|quotidien|journal|hebdomadaire|magazine|site|radio|chaîne)|[a-zà-ÿ,])[ \u00a0]+$")


def demonyms_to_their_person(text: str, paras, drafts: list[Draft], speakers_of: list[SpeakerRef | None],
                             speakers: ArticleSpeakers) -> None:
    for i, (draft, speaker) in enumerate(zip(drafts, speakers_of)):
        mention = draft.mention
        if speaker is None or mention is None or mention.pronoun or speaker.name != mention.name:
            continue
        written = mention.text.strip()
        if " " not in written and _DEMONYM_ALONE.fullmatch("le " + written) is not None \
                and (articled := list(re.compile(rf"\b(?:[Ll]e|[Ll]a|[Ll]['’])[ \u00a0]*{re.escape(written)}\b").finditer(
                    text, 0, draft.position + len(written)))):
            written = articled[-1].group()  # ("Battue en finale, la Camerounaise a contesté …, estimant": the participle's subject)
        if (alone := _DEMONYM_ALONE.fullmatch(written)) is None or alone.group("demonym") != speaker.name:
            continue
        if any(_OUTLET_BEFORE.search(text, max(0, at - 20), at) for at in _positions(text, written)):
            continue  # (a newspaper's title: "a révélé Le Parisien", "selon La Marseillaise")
        introduced = [m.group("name") for m in re.compile(
            rf"\b{re.escape(alone.group('demonym'))}[ \u00a0]+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]+){{1,3}})").finditer(
            text, 0, draft.position)]
        # ("en battant la Camerounaise Estelle Ngo Bassa … la Camerounaise a contesté": the one so introduced)
        person = introduced[-1] if len(set(introduced)) == 1 else \
            speakers.person_before_in_full(text, draft, paras, determiner_gender(fold(alone.group("article"))))
        if person is not None:
            speakers_of[i] = SpeakerRef(person, mention.text, None, "person")  # (where they come from is no function)


def _positions(text: str, phrase: str) -> list[int]:
    """Where PHRASE stands in TEXT, with a capitalised article ("Le Parisien"): a title's capital, wherever it is."""
    return [m.start() for m in re.finditer(re.escape(phrase[:1].upper() + phrase[1:]), text)]
