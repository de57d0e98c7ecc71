"""Speakers described rather than named ("police", "Ministry of Health", "le gouvernement"):
one speaker per article in the database, since the same words mean someone else in another
story; searching by those words still finds every article's claims."""

from __future__ import annotations

import json

import pytest

from claims.extract.descriptions import is_description


@pytest.mark.parametrize("name", [
    "police", "officials", "Officials", "Many residents", "Local authorities", "Two people familiar with the discussions",
    "Ministry of Health", "Interior Ministry", "Ministry of Climate and Environment", "Constitutional Court",
    "his office", "court documents", "study", "gouvernement", "ministère de la Justice", "leur syndicat",
    "source proche du dossier", "entourage du Premier ministre", "commission électorale nationale",
    "agence régionale de santé", "vigneron de 58 ans", "Plusieurs habitants", "residents",
])
def test_a_description_names_no_one_in_particular(name):
    assert is_description(name)


@pytest.mark.parametrize("name", [
    "Dmitri Peskov", "Reuters", "Kremlin", "Chinese authorities", "Tyrol state police", "parquet de Paris",
    "ministère italien de la Culture", "gouvernement norvégien", "Avenatti's legal team", "Scottish Government spokesperson",
    "agence régionale de santé Nouvelle-Aquitaine", "Organisation mondiale de la santé", "World Health Organization",
    "Fédération internationale de ski et de snowboard", "Ligue arabe", "G7 leaders", "Camille", "",
])
def test_a_name_is_not_a_description(name):
    assert not is_description(name)


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


LIMA = ("Landslide buries road near Lima\n\n"
        "LIMA, March 4, 2025 (Reuters) - A landslide buried a road near Lima on Tuesday, police said.\n\n"
        "\"Three lorries were swept away,\" police said in a statement.\n")
OSLO = ("Oslo fire destroys warehouse\n\n"
        "OSLO, March 5, 2025 (AP) - A fire destroyed a warehouse in Oslo on Wednesday, police said.\n\n"
        "\"Nobody was inside,\" police said.\n")
OSLO_AGAIN = ("Oslo warehouse fire: arson ruled out\n\n"
              "OSLO, March 6, 2025 (AP) - Investigators ruled out arson on Thursday, police said.\n")


def test_one_description_is_one_speaker_per_article(cli, tmp_path):
    cli("ingest", _write(tmp_path, "lima.txt", LIMA), _write(tmp_path, "oslo.txt", OSLO), "--lang", "en")
    listed = [(s["name"], s["article_id"], s["claims"]) for s in cli.json("speakers")]
    assert sorted(listed) == [("police", 1, 2), ("police", 2, 2)]
    table = cli("speakers")
    assert "police (article 1)" in table.stdout and "police (article 2)" in table.stdout
    assert len(cli.json("search", "--speaker", "police")) == 4


def test_a_name_stays_one_speaker_across_articles(cli, tmp_path):
    one = _write(tmp_path, "one.txt", "\"We will appeal,\" Dana Whitcombe said on Monday.\n")
    two = _write(tmp_path, "two.txt", "\"The ruling is wrong,\" Dana Whitcombe said on Tuesday.\n")
    cli("ingest", one, two, "--lang", "en")
    assert [(s["name"], s["article_id"], s["claims"]) for s in cli.json("speakers")] == [("Dana Whitcombe", None, 2)]


def test_a_one_word_description_joins_no_speaker_of_another_article(cli, tmp_path):
    cli("ingest", _write(tmp_path, "one.txt", "\"The water rose in minutes,\" many residents said on Monday.\n"), "--lang", "en")
    cli("ingest", _write(tmp_path, "two.txt", "\"We had no warning,\" residents said on Tuesday.\n"), "--lang", "en")
    assert sorted((s["name"], s["article_id"]) for s in cli.json("speakers")) == [("many residents", 1), ("residents", 2)]


def test_show_gathers_every_article_of_a_description(cli, tmp_path):
    cli("ingest", _write(tmp_path, "lima.txt", LIMA), _write(tmp_path, "oslo.txt", OSLO), "--lang", "en")
    result = cli("speakers", "show", "police")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "police (organisation): described in 2 articles, one speaker each (#1, #2)"
    shown = cli.json("speakers", "show", "police")
    assert (shown["speakers"], shown["described_in"], len(shown["claims"])) == ([1, 2], [1, 2], 4)
    one = cli("speakers", "show", "#2")
    assert one.stdout.splitlines()[0] == "police (#2, organisation, described in article 2)"


def test_merging_a_description_needs_its_id_and_moves_only_that_article(cli, tmp_path):
    cli("ingest", _write(tmp_path, "lima.txt", LIMA), _write(tmp_path, "oslo.txt", OSLO), "--lang", "en")
    cli("ingest", _write(tmp_path, "named.txt", "\"Patrols are doubled,\" the Oslo Police District said on Thursday.\n"),
        "--lang", "en")
    ambiguous = cli("speakers", "merge", "Oslo Police District", "police")
    assert ambiguous.exit_code == 1
    assert ambiguous.stderr == (
        "error: 'police' describes a different speaker in each of 2 articles; give one by its id: #1, #2\n")
    merged = cli("speakers", "merge", "Oslo Police District", "#2")
    assert merged.exit_code == 0, merged.stderr
    assert merged.stdout == "merged police (#2) into Oslo Police District (#3): 2 claims moved\n"
    # A later article's "police" is its own speaker again, not the Oslo district's.
    cli("ingest", _write(tmp_path, "oslo2.txt", OSLO_AGAIN), "--lang", "en")
    district = cli.json("speakers", "show", "Oslo Police District")
    assert len(district["claims"]) == 3
    assert sorted((s["name"], s["article_id"], s["claims"]) for s in cli.json("speakers", "--search", "police")) == [
        ("Oslo Police District", None, 3), ("police", 1, 2), ("police", 4, 1)]


def test_the_export_says_which_speakers_are_described(cli, tmp_path):
    cli("ingest", _write(tmp_path, "lima.txt", LIMA), "--lang", "en")
    cli("ingest", _write(tmp_path, "named.txt", "\"Patrols are doubled,\" the Oslo Police District said on Thursday.\n"),
        "--lang", "en")
    exported = [json.loads(line) for line in cli("export", "--format", "jsonl").stdout.splitlines()]
    assert sorted((c["speaker"]["name"], c["speaker"]["described"]) for c in exported) == [
        ("Oslo Police District", False), ("police", True), ("police", True)]


def test_one_article_s_description_is_one_speaker_whatever_its_surface(cli, tmp_path):
    text = ("Flooding closes bridge\n\n"
            "The bridge was closed on Monday after the river rose, the police said.\n\n"
            "\"It will stay closed until Friday,\" Police said.\n")
    cli("ingest", _write(tmp_path, "bridge.txt", text), "--lang", "en")
    assert [(s["article_id"], s["claims"]) for s in cli.json("speakers")] == [(1, 2)]


def test_a_description_s_row_from_before_the_upgrade_is_shown_with_the_new_ones(cli, tmp_path):
    import sqlite3

    cli("db", "upgrade")
    with sqlite3.connect(cli.db_path) as conn:  # one row for every article's "police", as before session 16
        conn.execute("INSERT INTO speakers (name, key, kind) VALUES ('police', 'police', 'organisation')")
    cli("ingest", _write(tmp_path, "lima.txt", LIMA), "--lang", "en")
    result = cli("speakers", "show", "police")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == "police (organisation): described in 1 article, one speaker each (#1, #2)"


def test_a_common_description_walks_the_date_index_and_finds_the_same_claims(cli, tmp_path, monkeypatch):
    from claims.store import queries

    cli("ingest", _write(tmp_path, "lima.txt", LIMA), _write(tmp_path, "oslo.txt", OSLO),
        _write(tmp_path, "oslo2.txt", OSLO_AGAIN), "--lang", "en")
    sorted_by_speaker = cli.json("search", "--speaker", "police")
    monkeypatch.setattr(queries, "COMMON_TERM_MATCHES", 2)  # every description counts as common
    walked = cli.json("search", "--speaker", "police")
    assert [c["id"] for c in walked] == [c["id"] for c in sorted_by_speaker]
    assert len(walked) == 5
