"""What the HTML reader keeps, drops and reads as metadata; and input made safe for html.parser."""

from __future__ import annotations

import re

# Elements whose whole content is never article text.
SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "select", "button", "form", "nav", "aside", "dialog", "footer",
    "map",
})
# Elements that never have an end tag: they can neither open a skipped region nor a capture.
VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "keygen",
})
# Elements that end the current block of text (paragraph-like boundaries).
BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div",
    "dl", "dt", "fieldset", "figure", "figcaption", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Containers that class/id rules must never drop: dropping them would drop the article.
PROTECTED_TAGS = frozenset({"html", "body", "article", "main"})

# class/id/role words (split on spaces, '-' and '_') marking page furniture.
FURNITURE_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing",
    "sharer", "social", "partage", "comment", "comments", "commentaire", "commentaires",
    "related", "recommended", "newsletter", "subscribe", "subscription", "sidebar", "advert",
    "advertisement", "ad", "ads", "adsbygoogle", "pub", "publicite", "promo", "sponsored",
    "cookie", "cookies", "consent", "banner", "popup", "modal", "pagination", "pager",
    "toolbar", "login", "signin", "paywall", "outbrain", "taboola", "tags", "hidden",
    "complementary", "contentinfo", "search", "dialog", "footer", "colophon",
})
# Word beginnings that mark furniture too ("sharedaddy", "relatedposts", "navmenu").
FURNITURE_PREFIXES = ("share", "social", "related", "comment", "newsletter", "advert", "sidebar", "breadcrumb", "nav")
# Lines of date and author above or below the text ("entry-meta", "post-meta").
META_WORDS = frozenset({"meta", "dateline", "timestamp"})
LEAD_WORDS = frozenset({"chapo", "chapeau", "standfirst", "lead", "lede", "intro", "dek", "deck", "summary", "excerpt", "subtitle", "subheadline"})
# class values (whole) and itemprop marking the element that holds the article body.
ARTICLE_BODY_CLASSES = frozenset({
    "entry-content", "post-content", "article-body", "article-content", "article__body",
    "article__content", "story-body", "story-content", "post-body", "article-text", "articlebody",
    "field-name-body", "content-body", "texte-article", "article-texte",
})
# Words that qualify rather than name an element ("has-sidebar", "no-comments").
QUALIFIER_WORDS = frozenset({"has", "no", "with", "without", "show", "is", "can", "enable", "disable"})
CAPTION_WORDS = frozenset({"caption", "legend", "legende", "légende", "figcaption"})
CREDIT_WORDS = frozenset({"credit", "credits", "copyright", "photographer", "photocredit"})
BYLINE_WORDS = frozenset({"byline", "author", "authors", "auteur", "signature"})

_CLASS_WORD_SEPARATORS = re.compile(r"[\s_-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# <meta> keys (property, name or itemprop, lower-cased) read as metadata.
TITLE_KEYS = ("og:title", "twitter:title")
OUTLET_KEYS = ("og:site_name", "application-name")
URL_KEYS = ("og:url",)
DATE_KEYS = (
    "article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "og:published_time",
)
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author")
LANGUAGE_KEYS = ("og:locale", "content-language", "language", "dc.language")

JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
MAX_JSON_LD_CHARS = 256 * 1024

# "Photo : Reuters", "Photo AFP", "Crédit photo : X", "(© KCNA)", "Source : Insee" at a caption's end.
CAPTION_CREDIT = re.compile(
    r"(?:^|[\s(\[|—–-])"
    r"(?:(?:photos?|photographie|image|illustration|crédits?(?:\s+photo)?|credits?|source)\s*[:：]|photos?\b|©|\(c\))"
    r"\s*([^\s()\[\]][^()\[\]]{0,60}?)\s*[)\]]?\s*$",
    re.I,
)
# A credit ends its caption: only this many last characters are searched.
MAX_CREDIT_TAIL_CHARS = 200
CREDIT_LABEL = re.compile(r"^\s*(?:photos?|crédits?(?:\s+photo)?|credits?|image|©|\(c\))\s*[:：]?\s*", re.I)
BYLINE_LABEL = re.compile(r"^\s*(?:par|by|de)\s+", re.I)

# Input that would make html.parser scan to the end of the document again and again
# (quadratic time) or raise: rewritten as text before parsing. See safe_markup().
_LT_NOT_MARKUP = re.compile(r"<(?![a-zA-Z/!?])")
_MARKED_SECTION = re.compile(r"<!\[")
_COMMENT_CLOSE = re.compile(r"--\s*>")


def attribute_words(attrs: dict[str, str]) -> frozenset[str]:
    """Lower-cased words of an element's class, id, role and itemprop attributes."""
    if not attrs:
        return frozenset()
    value = " ".join(attrs.get(name, "") for name in ("class", "id", "role", "itemprop"))
    if not value.strip():
        return frozenset()
    return frozenset(word for word in _CLASS_WORD_SEPARATORS.split(value.lower()) if word)


def is_furniture(tag: str, attrs: dict[str, str], words: frozenset[str]) -> bool:
    if tag in PROTECTED_TAGS or not attrs:
        return False
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return True
    if "style" in attrs and _HIDDEN_STYLE.search(attrs["style"]):
        return True
    if not words or not words.isdisjoint(QUALIFIER_WORDS):
        return False
    if not words.isdisjoint(FURNITURE_WORDS):
        return True
    return any(word.startswith(FURNITURE_PREFIXES) for word in words)


def is_article_body(attrs: dict[str, str]) -> bool:
    if not attrs:
        return False
    if attrs.get("itemprop", "").lower() == "articlebody":
        return True
    return not ARTICLE_BODY_CLASSES.isdisjoint(attrs.get("class", "").lower().split())


def safe_markup(text: str) -> str:
    """Escape every '<' that html.parser would have to search the rest of the document for.

    Python 3.11's parser re-scans to the end for each unterminated construct ('<a', '</',
    '<!--', '<?' with nothing closing them), which is quadratic on hostile input, and raises
    on some '<![' sections. Such '<' are text anyway, so escaping them keeps the meaning.
    """
    text = _MARKED_SECTION.sub("&lt;![", text)
    text = _LT_NOT_MARKUP.sub("&lt;", text)
    last_gt = text.rfind(">")
    if last_gt < len(text) - 1 and "<" in text[last_gt + 1:]:
        text = text[: last_gt + 1] + text[last_gt + 1:].replace("<", "&lt;")
    last_comment_close = -1
    for last_comment_close_match in _COMMENT_CLOSE.finditer(text):
        last_comment_close = last_comment_close_match.end()
    tail_start = max(last_comment_close, 0)
    if "<!--" in text[tail_start:]:
        text = text[:tail_start] + text[tail_start:].replace("<!--", "&lt;!--")
    return text
