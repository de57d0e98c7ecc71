"""`claims speakers`: listing, show, hand merge and aliases that later ingests respect."""

from __future__ import annotations

from conftest import ARTICLES, SEED


def test_speakers_list_has_counts_outlets_and_dates(cli):
    cli("ingest", SEED, "--outlet", "Le Courrier", "--published", "2023-09-15")
    speakers = cli.json("speakers")
    peskov = next(s for s in speakers if s["name"] == "Dmitri Peskov")
    assert peskov["claims"] >= 6
    assert peskov["outlet_names"] == ["Le Courrier"]
    assert peskov["first"] == "2023-09-14"
    assert peskov["last"] == "2023-09-15"
    assert [s["name"] for s in cli.json("speakers", "--search", "pesk")] == ["Dmitri Peskov"]


def test_speakers_show_lists_aliases_and_claims(cli):
    cli("ingest", SEED)
    shown = cli.json("speakers", "show", "peskov")
    assert shown["name"] == "Dmitri Peskov"
    assert {"Dmitri Peskov", "M. Peskov"} <= set(shown["aliases"])
    assert len(shown["claims"]) >= 6
    table = cli("speakers", "show", "Peskov")
    assert table.exit_code == 0 and table.stdout.startswith("Dmitri Peskov (#")


def test_transliterations_are_one_speaker_across_languages(cli):
    cli("ingest", SEED)
    cli("ingest", ARTICLES / "en-kremlin-rifles.txt")
    names = [s["name"] for s in cli.json("speakers", "--search", "peskov")]
    assert len(names) == 1


def test_an_international_body_is_one_speaker_across_languages(cli, tmp_path):
    (tmp_path / "fr.txt").write_text(
        "L'OMS s'inquiète d'une hausse des cas de rougeole\n\n"
        "Genève, 3 mars 2024 (AFP) - L'Organisation mondiale de la santé (OMS) a indiqué lundi que "
        "les cas de rougeole avaient triplé en Europe en 2023.\n\n"
        "« Nous constatons une hausse sans précédent », a déclaré l'organisation dans un communiqué.\n",
        encoding="utf-8")
    (tmp_path / "en.txt").write_text(
        "WHO warns of a rise in measles cases\n\n"
        "GENEVA, March 3, 2024 (Reuters) - The World Health Organization said on Monday that measles "
        "cases had tripled in Europe in 2023.\n\n"
        "\"We are seeing an unprecedented rise,\" the organization said in a statement.\n", encoding="utf-8")
    cli("ingest", tmp_path / "fr.txt", tmp_path / "en.txt")
    speakers = cli.json("speakers")
    assert [(s["name"], s["kind"], s["claims"]) for s in speakers] == [("Organisation mondiale de la santé", "organisation", 4)]
    found = cli.json("search", "--speaker", "OMS")
    assert sorted(c["article"]["language"] for c in found) == ["en", "en", "fr", "fr"]
    assert cli.json("search", "--speaker", "the WHO") == found


def test_a_body_stored_under_its_french_name_before_the_lists_is_still_found(cli, tmp_path):
    import sqlite3

    cli("db", "upgrade")
    with sqlite3.connect(cli.db_path) as conn:  # a row as a database filled before session 15 keeps it
        conn.execute("INSERT INTO speakers (name, key, kind) VALUES ('OTAN', 'otan', 'organisation')")
    (tmp_path / "en.txt").write_text(
        "NATO sends more jets to the Baltic\n\n"
        "BRUSSELS, May 6, 2024 (Reuters) - NATO said on Monday that it would send twelve more jets to "
        "the Baltic states.\n\n\"We will defend every inch of allied territory,\" NATO said.\n",
        encoding="utf-8")
    cli("ingest", tmp_path / "en.txt")
    assert [(s["name"], s["claims"]) for s in cli.json("speakers")] == [("OTAN", 2)]
    assert len(cli.json("search", "--speaker", "NATO")) == 2


def test_merge_moves_claims_and_later_ingests_follow(cli, tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("« Nous allons gagner », a déclaré Jean Dupont lundi.\n", encoding="utf-8")
    two = tmp_path / "two.txt"
    two.write_text("« Rien n'est perdu », a affirmé Johnny Dupont-Martin mardi.\n", encoding="utf-8")
    cli("ingest", one, "--lang", "fr")
    cli("ingest", two, "--lang", "fr")
    result = cli("speakers", "merge", "Jean Dupont", "Johnny Dupont-Martin")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("merged Johnny Dupont-Martin (#")
    assert result.stdout.strip().endswith("1 claims moved")
    three = tmp_path / "three.txt"
    three.write_text("« La victoire est proche », a lancé Johnny Dupont-Martin jeudi.\n", encoding="utf-8")
    cli("ingest", three, "--lang", "fr")
    shown = cli.json("speakers", "show", "Jean Dupont")
    assert len(shown["claims"]) == 3
    assert [s["name"] for s in cli.json("speakers")] == ["Jean Dupont"]


def test_alias_is_respected_by_later_ingests_and_queries(cli, tmp_path):
    cli("ingest", SEED)
    result = cli("speakers", "alias", "Dmitri Peskov", "le porte-parole")
    assert result.exit_code == 0
    assert result.stdout.strip().startswith("'le porte-parole' now means Dmitri Peskov (#")
    later = tmp_path / "later.txt"
    later.write_text("« Tout va bien », a déclaré le porte-parole vendredi.\n", encoding="utf-8")
    cli("ingest", later, "--lang", "fr")
    texts = [c["text"] for c in cli.json("speakers", "show", "le porte-parole")["claims"]]
    assert "Tout va bien" in texts


def test_unknown_and_ambiguous_speakers_are_clear_errors(cli):
    cli("ingest", SEED)
    result = cli("speakers", "show", "Zorglub")
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: no speaker matches 'Zorglub'"
    result = cli("speakers", "merge", "Peskov", "Dmitri Peskov")
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: 'Peskov' and 'Dmitri Peskov' are already the same speaker"
