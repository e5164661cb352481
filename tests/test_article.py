"""Loading articles: formats, metadata, offsets, paragraphs and sentences."""

from __future__ import annotations

import hashlib

from summarizer.article import from_bytes, from_text, load_path

from .conftest import EXAMPLES


def test_text_file_offsets_index_the_file_text_and_sha256_is_of_the_bytes():
    path = EXAMPLES / "zh_trade_talks.txt"
    article = load_path(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert article.language == "zh"
    assert article.title == "海湾港口谈判陷入僵局 双方互设前提"


def test_every_sentence_and_paragraph_reproduces_from_its_offsets():
    for name in ("zh_trade_talks.txt", "en_port_dispute.md"):
        article = load_path(EXAMPLES / name)
        for seg in [*article.paragraphs, *article.sentences]:
            assert article.text[seg.start : seg.end] == seg.text


def test_chinese_sentences_end_after_closing_quotes():
    article = from_text("他说：“我们会谈。”她说：“不会。”随后散会。")
    assert [s.text for s in article.sentences] == ["他说：“我们会谈。”", "她说：“不会。”", "随后散会。"]


def test_english_abbreviations_do_not_end_sentences():
    article = from_text("Sen. Smith met Dr. Jones in the U.S. capital on Monday. They talked.")
    assert len(article.sentences) == 2


def test_markdown_front_matter_gives_title_and_date():
    article = load_path(EXAMPLES / "en_port_dispute.md")
    assert article.format == "markdown"
    assert article.title == "Port talks stall as both sides set conditions"
    assert article.published == "2026-03-14"
    assert article.language == "en"


def test_html_keeps_visible_text_and_metadata_only():
    html = (
        "<html><head><title>Budget vote</title><style>p{color:red}</style>"
        '<meta property="article:published_time" content="2026-01-02"></head>'
        "<body><script>var secret = 1;</script><p>The council voted.</p>"
        "<p>&ldquo;It passed,&rdquo; the mayor said.</p></body></html>"
    )
    article = from_bytes(html.encode(), source="page.html")
    assert article.format == "html"
    assert article.title == "Budget vote"
    assert article.published == "2026-01-02"
    assert "secret" not in article.text and "color" not in article.text
    assert article.text == "The council voted.\n“It passed,” the mayor said."


def test_utf8_bom_is_tolerated():
    article = from_bytes("\ufeff他说。".encode(), source="a.txt")
    assert article.text == "他说。"
