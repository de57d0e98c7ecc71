"""HTML pages: article text without page furniture, metadata, photo credits."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claims.article import Article
from claims.errors import InputError
from claims.read import ArticleDefaults, iter_articles
from claims.read.html import read_page

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def page(body: str, head: str = "", lang: str = "fr") -> str:
    return f'<!DOCTYPE html><html lang="{lang}"><head>{head}</head><body>{body}</body></html>'


def test_news_page_gives_headline_standfirst_and_paragraphs_only():
    [article] = iter_articles([str(FIXTURES / "page.html")])
    assert isinstance(article, Article)
    assert article.text == (FIXTURES / "page.expected.txt").read_text(encoding="utf-8").rstrip()


def test_news_page_metadata():
    [article] = iter_articles([str(FIXTURES / "page.html")])
    assert article.title == "Le Kremlin confirme un échange de cadeaux"
    assert article.outlet == "La Gazette du Nord"
    assert article.url == "https://gazette.example/monde/kremlin-cadeaux"
    assert article.published == date(2023, 9, 15)
    assert article.language == "fr"
    assert article.byline == "Claire Martin"
    assert article.photo_credits == ["Reuters", "KCNA"]
    assert article.path == str(FIXTURES / "page.html")


@pytest.mark.parametrize("stem", ["44269", "44374"])
def test_wikinews_page_text_equals_its_plain_text(stem):
    [article] = iter_articles([str(FIXTURES / "wikinews" / f"{stem}.html")])
    expected = (FIXTURES / "wikinews" / f"{stem}.txt").read_text(encoding="utf-8").rstrip()
    assert article.text == expected


def test_scripts_styles_comments_and_forms_never_reach_the_text():
    markup = page(
        "<script>var s = '<p>evil</p>';</script><style>p{}</style><!-- <p>hidden</p> -->"
        "<p>Le ministre a parlé.</p><form><label>Nom</label><input></form>"
        "<noscript>Activez JavaScript</noscript><template><p>modèle</p></template>"
        "<div hidden>caché</div><div style='display: none'>invisible</div>"
    )
    assert read_page(markup).text == "Le ministre a parlé."


def test_entities_are_decoded_and_no_break_spaces_kept():
    result = read_page(page("<p>Tom &amp; Jerry&nbsp;: &laquo;&#160;oui&#xA0;&raquo; &eacute;t&eacute;</p>"))
    assert result.text == "Tom & Jerry\u00a0: «\u00a0oui\u00a0» été"


def test_line_breaks_inside_a_paragraph_become_newlines_and_spaces_collapse():
    result = read_page(page("<p>Ligne   un<br>\n  ligne <b>deux</b></p><p>Suite</p>"))
    assert result.text == "Ligne un\nligne deux\n\nSuite"


def test_link_lists_are_dropped_but_a_linked_headline_is_kept():
    result = read_page(page(
        '<h1><a href="/a">Le titre</a></h1><ul><li><a href="/1">Autre article</a></li></ul>'
        '<p>Texte avec <a href="/x">un lien</a> au milieu de la phrase.</p><p><a href="/s">Lien source</a></p>'
    ))
    assert result.text == "Le titre\n\nTexte avec un lien au milieu de la phrase."


def test_largest_article_element_is_chosen_and_headline_outside_it_is_prepended():
    result = read_page(page(
        "<h1>Le vrai titre</h1>"
        "<article><p>Le corps de l'article est long, bien plus long que le reste.</p></article>"
        "<article><p>Teaser court.</p></article>"
    ))
    assert result.text == "Le vrai titre\n\nLe corps de l'article est long, bien plus long que le reste."


def test_qualifier_classes_on_body_do_not_drop_the_article():
    result = read_page('<body class="has-sidebar no-comments"><div class="content"><p>Le texte.</p></div></body>')
    assert result.text == "Le texte."


def test_page_whose_text_is_all_in_furniture_is_read_without_furniture_rules():
    result = read_page(page('<div class="menu"><p>Le seul texte de la page, dans un menu.</p></div>'))
    assert result.text == "Le seul texte de la page, dans un menu."


def test_caption_credit_forms():
    result = read_page(page(
        "<p>Texte.</p>"
        "<figure><figcaption>Le port. Photo : AFP/Jean Dupont</figcaption></figure>"
        "<figure><figcaption>La digue <span class='credit'>Crédit : Ouest Matin</span></figcaption></figure>"
        "<div class='caption'>Les quais (© Reuters)</div>"
        "<figure><figcaption>Sans crédit</figcaption></figure>"
    ))
    assert result.text == "Texte."
    assert result.photo_credits == ["AFP/Jean Dupont", "Ouest Matin", "Reuters"]


def test_metadata_fallbacks():
    result = read_page(page(
        "<h1>Titre du corps</h1><p class='byline'>Par Marie Curie</p>"
        "<p>Publié le <time datetime='2021-03-04T10:00'>4 mars</time>, un texte.</p>",
        head="<title>Titre - Site</title><meta property='og:url' content='https://ex.org/a'>"
             "<meta name='date' content='not a date'><meta property='og:locale' content='en_GB'>",
        lang="",
    ))
    assert result.title == "Titre du corps"
    assert result.url == "https://ex.org/a"
    assert result.published == date(2021, 3, 4)
    assert result.language == "en"
    assert result.byline == "Marie Curie"
    assert result.outlet is None


def test_title_tag_is_used_without_og_title_or_h1():
    assert read_page(page("<p>Texte.</p>", head="<title>Le titre</title>")).title == "Le titre"


def test_json_ld_date_is_read_and_bad_dates_are_ignored():
    head = (
        "<meta property='article:published_time' content='hier'>"
        '<script type="application/ld+json">{"datePublished": "2020-02-29T23:00:00-05:00"}</script>'
    )
    assert read_page(page("<p>Texte.</p>", head=head)).published == date(2020, 2, 29)
    assert read_page(page("<p>Texte.</p>", head="<meta name='date' content='2020-13-45'>")).published is None


def test_rfc2822_date_in_meta():
    head = "<meta name='pubdate' content='Thu, 21 Jun 2012 10:00:00 GMT'>"
    assert read_page(page("<p>Texte.</p>", head=head)).published == date(2012, 6, 21)


def test_declared_charset_is_used_when_bytes_are_not_utf8(tmp_path):
    path = tmp_path / "koi8.html"
    path.write_bytes('<html><head><meta charset="koi8-r"></head><body><p>Москва</p></body></html>'.encode("koi8-r"))
    [article] = iter_articles([str(path)])
    assert article.text == "Москва"


def test_latin1_declared_page_is_read_as_cp1252(tmp_path):
    path = tmp_path / "latin.html"
    path.write_bytes('<meta charset="iso-8859-1"><p>L\x92été à 5 \x80</p>'.encode("latin-1"))
    [article] = iter_articles([str(path)])
    assert article.text == "L’été à 5 €"


def test_page_metadata_wins_over_defaults_but_language_is_forced():
    defaults = ArticleDefaults(outlet="Autre", url="https://other.example", published=date(2000, 1, 1), language="en")
    [article] = iter_articles([str(FIXTURES / "page.html")], defaults=defaults)
    assert (article.outlet, article.url, article.published, article.language) == (
        "La Gazette du Nord", "https://gazette.example/monde/kremlin-cadeaux", date(2023, 9, 15), "en",
    )


def test_page_without_text_is_an_input_error(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>T</title></head><body><img src=x><script>x()</script></body></html>")
    [error] = iter_articles([str(path)])
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: no article text in the HTML"


@pytest.mark.parametrize(
    ("caption", "credits"),
    [
        ("Le port. Photo AFP", ["AFP"]),
        ("Le port (Crédit photo : Ouest Matin)", ["Ouest Matin"]),
        ("Le chômage par région, source : Insee", ["Insee"]),
        ("La source de la rivière, en amont du village", []),
        ("Une image du port au petit matin", []),
    ],
)
def test_credit_is_read_only_from_a_credit_line(caption, credits):
    result = read_page(page(f"<p>Texte.</p><figure><figcaption>{caption}</figcaption></figure>"))
    assert result.photo_credits == credits


def test_blog_page_body_container_wins_over_page_furniture():
    [article] = iter_articles([str(FIXTURES / "blog.html")])
    assert article.text == (
        "Mayor says bridge will close\n\n"
        "RIVERSIDE — The Old Mill bridge will close for six months from May, Mayor Ann Smith said on Monday.\n\n"
        "“We have no choice,” Smith told reporters. “The structure is unsafe.”\n\n"
        "Repairs will cost $4.2 million, according to a council report seen by Reuters."
    )
    assert (article.title, article.byline, article.language) == ("Mayor says bridge will close", "Jane Doe", "en")
    assert article.published == date(2024, 3, 4)
    assert article.photo_credits == ["Riverside Herald/John Roe"]


def test_standfirst_before_the_body_container_is_kept_and_teasers_are_not():
    result = read_page(page(
        "<h1>Le titre</h1><p class='chapo'>Le chapeau de l'article.</p>"
        "<div itemprop='articleBody'><p>Le corps de l'article.</p></div>"
        "<div class='teasers'><p class='summary'>Résumé d'un autre article.</p></div>"
    ))
    assert result.text == "Le titre\n\nLe chapeau de l'article.\n\nLe corps de l'article."


def test_furniture_named_by_word_beginnings_is_dropped():
    result = read_page(page(
        "<p>Le texte.</p><div class='sharedaddy'><h3>Partager :</h3></div>"
        "<div id='jp-relatedposts'><p>Un autre article</p></div><div class='entry-meta'>Publié le 3 mai</div>"
    ))
    assert result.text == "Le texte."
