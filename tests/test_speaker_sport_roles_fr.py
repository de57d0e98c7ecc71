"""French sports copy names an athlete by her discipline ("la marathonienne kényane X"), then by
"l'athlète": one family of roles."""

from __future__ import annotations

from extract_support import claims_of


def test_l_athlete_is_the_marathon_runner_named_in_the_lede():
    claims = claims_of("L'Unité d'intégrité a suspendu lundi pour trois ans la marathonienne éthiopienne Tigist "
                       "Alemu Bekele, contrôlée positive en mars.\n\nDans sa décision, l'AIU indique que ses "
                       "explications étaient « peu convaincantes ».\n\nL'athlète, qui peut faire appel, a nié toute "
                       "faute. « Je n'ai jamais rien pris », a-t-elle déclaré au quotidien The Reporter. Son agent, "
                       "l'Italien Marco Bellini, a annoncé un recours.")
    said = next(c for c in claims if c.content.startswith("Je n'ai jamais"))
    assert said.speaker is not None and said.speaker.name == "Tigist Alemu Bekele"
