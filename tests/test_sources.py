from pathlib import Path

from claims.extract.sources import KNOWN_AGENCIES, canonical_source, find_credits

SEED = Path(__file__).parent / "fixtures" / "seed" / "000_c8db046f7b2a35e8.txt"


def excluded_texts(text, credits):
    return [text[s:e] for s, e in credits.excluded]


def test_seed_article_credits():
    text = SEED.read_text(encoding="utf-8")
    credits = find_credits(text, "fr")
    assert credits.cited_sources == ["AFP", "Reuters"]
    assert credits.photo_credits == ["Reuters", "KCNA"]
    assert credits.byline == "Huyen Le"
    spans = excluded_texts(text, credits)
    assert "Huyen Le (D'après AFP , Reuters )" in spans
    assert "Lien source" in spans and "Comment (0)" in spans
    # Both caption lines (ending with their photo credit) are excluded whole.
    assert any(s.startswith("Le président Poutine et le ministre russe") and s.endswith("Photo : Reuters") for s in spans)
    assert any(s.startswith("Le président russe Vladimir Poutine (à droite)") and s.endswith("Photo : KCNA") for s in spans)
    # The article's body is never excluded.
    assert not any("a déclaré le porte-parole du Kremlin" in s for s in spans)


def test_french_wire_credits():
    text = (
        "MOSCOU (AFP) - Le Kremlin a confirmé jeudi la visite.\n"
        "« Nous sommes prêts », a-t-il déclaré à l'AFP.\n"
        "Le ministre l'a confirmé, selon l'agence Reuters.\n"
        "Avec AFP"
    )
    credits = find_credits(text, "fr")
    assert credits.cited_sources == ["AFP", "Reuters"]
    assert credits.photo_credits == []
    assert excluded_texts(text, credits) == ["MOSCOU (AFP) - ", "Avec AFP"]


def test_english_wire_credits_and_tagline():
    text = (
        "MOSCOW, Sept 14 (Reuters) - The Kremlin said on Thursday that Kim would visit.\n"
        "\"We are ready,\" Peskov told Reuters.\n"
        "Vladimir Putin and Kim Jong Un at the Vostochny cosmodrome. Photo: AP\n"
        "(Reporting by Guy Faulconbridge; Editing by Mark Heinrich)"
    )
    credits = find_credits(text, "en")
    assert credits.cited_sources == ["Reuters"]
    assert credits.photo_credits == ["AP"]
    assert excluded_texts(text, credits) == [
        "MOSCOW, Sept 14 (Reuters) - ",
        "Vladimir Putin and Kim Jong Un at the Vostochny cosmodrome. Photo: AP",
        "(Reporting by Guy Faulconbridge; Editing by Mark Heinrich)",
    ]


def test_initials_line_cites_without_byline():
    text = "Le Kremlin a confirmé la visite.\nzc/rt (AFP, Reuters)"
    credits = find_credits(text, "fr")
    assert credits.cited_sources == ["AFP", "Reuters"]
    assert credits.byline is None
    assert excluded_texts(text, credits) == ["zc/rt (AFP, Reuters)"]


def test_byline_lines():
    text = "Par Jean Dupont\nLe Kremlin a confirmé la visite, a rapporté l'agence Tass."
    credits = find_credits(text, "fr")
    assert credits.byline == "Jean Dupont"
    assert credits.cited_sources == ["TASS"]
    text = "By Jane Smith\nThe Kremlin said the visit would go ahead, the Associated Press reported."
    credits = find_credits(text, "en")
    assert credits.byline == "Jane Smith"
    assert credits.cited_sources == ["AP"]


def test_photo_credits_are_never_cited_sources():
    text = (
        "Kim Jong Un visits a factory.\n"
        "A view of the summit. AFP PHOTO / KCNA VIA KCNA WATCH\n"
        "Kim Jong Un inspects a rifle. Reuters/Maxim Shemetov\n"
        "© AFP\n"
        "Crédit photo : Sputnik\n"
        "Kim Jong-un (au centre) inspecte une usine. (Reuters)"
    )
    credits = find_credits(text, "en")
    assert credits.cited_sources == []
    assert credits.photo_credits == ["AFP", "KCNA", "Reuters", "Sputnik"]
    assert len(credits.excluded) == 5


def test_trailing_agency_in_parentheses_cites_the_paragraph():
    text = "La visite a eu lieu mercredi, a indiqué le Kremlin. (AFP)"
    credits = find_credits(text, "fr")
    assert credits.cited_sources == ["AFP"]
    assert excluded_texts(text, credits) == ["(AFP)"]


def test_dash_and_source_lines():
    text = "The Kremlin confirmed the visit.\n— Reuters\nSources : AFP, dpa"
    credits = find_credits(text, "en")
    assert credits.cited_sources == ["Reuters", "AFP", "dpa"]
    assert excluded_texts(text, credits) == ["— Reuters", "Sources : AFP, dpa"]


def test_boilerplate_lines():
    lines = [
        "Lien source", "Comment (0)", "Commentaires (12)", "Partager", "12 partages",
        "Lire aussi : Kim en Russie", "Read more: Kim visits Russia", "Share this article",
        "Comments (3)", "Subscribe to our newsletter", "Facebook Twitter LinkedIn",
    ]
    text = "Le Kremlin a confirmé la visite.\n" + "\n".join(lines)
    credits = find_credits(text, "fr")
    assert excluded_texts(text, credits) == lines


def test_agency_names_without_citing_cue_are_not_sources():
    text = "Il travaillait autrefois pour une agence concurrente de Reuters à Londres."
    assert find_credits(text, "fr").cited_sources == []


def test_extra_agencies_extend_the_list():
    text = "The Kremlin confirmed the visit, according to NK News.\nPhoto: Yomiuri"
    credits = find_credits(text, "en", extra_agencies=("NK News",))
    assert credits.cited_sources == ["NK News"]
    assert credits.photo_credits == ["Yomiuri"]
    assert find_credits(text, "en").cited_sources == []


def test_canonical_source():
    assert canonical_source("Agence France-Presse") == "AFP"
    assert canonical_source("l'agence Reuters") == "Reuters"
    assert canonical_source("the Associated Press") == "AP"
    assert canonical_source("Associated Press") == "AP"
    assert canonical_source("ITAR-TASS") == "TASS"
    assert canonical_source("Le Monde") is None
    assert canonical_source("NK News", extra_agencies=("NK News",)) == "NK News"
    for name in ("AFP", "Reuters", "AP", "dpa", "EFE", "ANSA", "Kyodo", "Yonhap", "KCNA", "TASS",
                 "RIA Novosti", "Interfax", "Xinhua", "Anadolu", "Belga", "Keystone-ATS", "Bloomberg"):
        assert name in KNOWN_AGENCIES


def test_credit_lines_found_from_their_markers_and_agencies():
    cases = {
        "Un soldat pose devant un char. (AFP PHOTO / John Doe)": (["AFP"], (0, 53)),
        "Kim Jong-un inspecte une usine. AFP via Getty Images": (["AFP"], (0, 52)),
        "Des manifestants à Kiev. ( Photo : Reuters )": (["Reuters"], (0, 44)),
    }
    for text, (photo_credits, span) in cases.items():
        credits = find_credits(text, "fr")
        assert (credits.photo_credits, credits.cited_sources, credits.excluded) == (photo_credits, [], [span])


def test_agency_cited_in_running_text():
    text = "« Nous gagnerons », a-t-il déclaré à l'AFP. Selon l’agence de presse dpa, rien n'a changé."
    assert find_credits(text, "fr").cited_sources == ["AFP", "dpa"]


def test_boilerplate_lines_in_any_case():
    # Matched on the lower-cased line; with IGNORECASE when lower-casing moves offsets ("İ").
    lines = ["LIEN SOURCE", "ReAd MoRe: Kim visits Russia", "ſhare this article", "prınt", "À LIRE AUSSI la suite"]
    text = "Le Kremlin a confirmé la visite.\n" + "\n".join(lines)
    assert excluded_texts(text, find_credits(text, "fr")) == lines
    text = "İstanbul a confirmé la visite.\n" + "\n".join(lines)
    assert excluded_texts(text, find_credits(text, "fr")) == lines


def test_boilerplate_patterns_are_lower_case():
    from claims.extract.sources import _RES
    assert all(pattern == pattern.lower() for res in _RES for pattern in res.BOILERPLATE)


def test_credit_keys_hold_no_other_key():
    # A key holding another ("photos" holds "photo") would find no line the shorter one misses.
    from claims.extract.sources import _CREDIT_KEYS
    assert "photo" in _CREDIT_KEYS and "photos" not in _CREDIT_KEYS
    assert not any(k != other and other in k for k in _CREDIT_KEYS for other in _CREDIT_KEYS)


def test_a_source_list_names_the_outlets_an_article_is_based_on():
    text = ("Maroc : un train déraille près de Sidi Kacem\n\n"
            "Un train a déraillé samedi près de Sidi Kacem, selon les autorités locales.\n\n"
            "Sources\n\n"
            "« Déraillement près de Sidi Kacem : le bilan s'alourdit » — MAP, 8 novembre 2026.\n\n"
            "« Maroc : au moins quatre morts dans le déraillement d'un train » — Agence France-Presse, 8 novembre 2026.\n\n"
            "(es) « Descarrila un tren en Marruecos », El País, 9 novembre 2026.\n\n"
            "« \"Trois heures en rase campagne\" : le calvaire des voyageurs » — Le Parisien, 2 novembre 2026.\n\n"
            "\"Court halts port land deal\" — Daily Mirror (Sri Lanka), November 23, 2026\n")
    credits = find_credits(text, "fr")
    assert credits.cited_sources == ["MAP", "AFP", "El País", "Le Parisien", "Daily Mirror"]
    assert len(credits.excluded) == 5 and all(text[s] in "«(\"" for s, _ in credits.excluded)


def test_a_quoted_line_outside_a_source_list_cites_nothing():
    text = ("Le maire s'explique\n\n"
            "« Nous ne céderons pas » — Jean Dupont, 3 mars 2026.\n\n"
            "Le conseil municipal a voté mardi.\n")
    assert find_credits(text, "fr").cited_sources == []
